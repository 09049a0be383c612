"""The truthfulness guard: a tailored resume may reorder, never invent or lose.

It re-derives everything from the source on its own and trusts nothing the
tailoring step claims, so a bug in tailoring (or a future smarter rewriter) can
only ever fail a job, never save a lie or a loss. The rules (DESIGN.md, promise 1):

* Every contact line, heading, entry header and bullet of the source is in the
  output, word for word, except for renames of a skill to another name the
  vocabulary gives the *same* skill. Items of a skills list may be reordered.
* Every word and number of the output is in the source, except those renames, the
  few linking words of the summary line, the -ing form of a source verb in the
  summary line ("resolving" of "Resolve"), and the years of experience computed
  from the source's own dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from datetime import date

from tailor_app.tailoring.ascii_twin import ascii_words
from tailor_app.tailoring.compose.gerund import is_gerund_of
from tailor_app.tailoring.model import GuardReport, ParsedResume
from tailor_app.tailoring.resume.skill_list import split_skill_line
from tailor_app.tailoring.skills.matching import acronym_parent, experience_years
from tailor_app.tailoring.skills.vocabulary import CJK_LETTERS, Vocabulary, load_vocabulary

# Words the summary line may use that the resume need not contain.
SUMMARY_WORDS = frozenset({"with", "year", "years", "of", "experience", "in", "and",
                           "speaks", "holds", "key", "skills", "a", "an"})
# A word never mixes Chinese/Japanese/Korean letters with others: "熟悉Python" is two
# words, as the match report reads it, so a summary that names "Python" from it is
# not an invention.
_LETTER = rf"[^\W{CJK_LETTERS}]"  # a word character, not one of theirs
# (Possessive quantifiers: nothing after one must match, so the words are the same.)
_TOKEN = re.compile(rf"[{CJK_LETTERS}]++|{_LETTER}++(?:[+#]++|(?:[.'’]{_LETTER}++)*+)")
# The same on a text whose word characters are all ASCII (no Chinese, Japanese or
# Korean letter in it; a word character is one of [A-Za-z0-9_] there), found faster:
# see ascii_twin.py.
_TOKEN_ASCII = re.compile(r"[A-Za-z0-9_]++(?:[+#]++|(?:[.'’][A-Za-z0-9_]++)*+)")
RENAMABLE = frozenset({"bullet", "skills"})


def tokens(text: str) -> list[str]:
    """Words and numbers, case-folded: what the guard compares."""
    if text.isascii():  # case-folding ASCII changes no character's class: fold once
        return _TOKEN_ASCII.findall(text.lower())
    if ascii_words(text):  # "•", "–", "’" beside ASCII words: the same words
        return [t.lower() for t in _TOKEN_ASCII.findall(text)]
    return [t.casefold() for t in _TOKEN.findall(text)]


def token_spans(text: str) -> Iterator[re.Match[str]]:
    """The same words with where they are (the editor underlines what it flags)."""
    return (_TOKEN_ASCII if ascii_words(text) else _TOKEN).finditer(text)


def expected_text(text: str, renames: dict[str, str]) -> str:
    """What a source line may read after the renames, by the guard's own means: each
    whole-word occurrence of a renamed word (any case) replaced by its new name.

    Deliberately not the tailoring step's renaming (which follows vocabulary hits),
    so a fault there shows as a difference here instead of being repeated."""
    for old, new in sorted(renames.items(), key=lambda p: -len(p[0])):
        pattern = rf"(?<![\w.#+\-]){re.escape(old)}(?![\w#+]|[.\-]\w)"
        text = re.sub(pattern, _literally(new), text, flags=re.IGNORECASE)
    return text


def _literally(replacement: str) -> Callable[[re.Match[str]], str]:
    """A replacement for ``re.sub`` that inserts ``replacement`` as written (a
    replacement string would read its backslashes as escapes)."""
    return lambda _m: replacement


def skill_items(line: str) -> tuple[str, Counter[str]]:
    """A skills-list line as (its category, the multiset of its items)."""
    parts = split_skill_line(line)
    return parts.category, Counter(i.casefold() for i in parts.items if i)


def units(resume: ParsedResume) -> list[tuple[str, str]]:
    """(kind, text) for every line a reader must find again in the output."""
    found = [("contact", line) for line in resume.contact.lines]
    for section in resume.sections:
        if section.heading:
            found.append(("heading", section.heading))
        for entry in section.entries:
            kind = "skills" if section.kind == "skills" else "header"
            found.extend((kind, line) for line in entry.header)
            found.extend(("bullet", b) for b in entry.bullets)
    return found


def _unit_key(kind: str, text: str) -> tuple[str, object]:
    if kind == "skills":
        prefix, items = skill_items(text)
        return ("skills", (prefix, tuple(sorted(items.elements()))))
    return ("line", " ".join(text.split()))


def _valid_renames(renamed: dict[str, str], vocabulary: Vocabulary) -> tuple[dict[str, str],
                                                                            list[str]]:
    valid: dict[str, str] = {}
    bad: list[str] = []
    for old, new in renamed.items():
        a, b = vocabulary.lookup(old), vocabulary.lookup(new)
        if a is not None and b is not None and a.name == b.name:
            valid[old] = new
        else:
            bad.append(new)
    return valid, bad


def shown_skills(resume: ParsedResume, vocabulary: Vocabulary,
                 resume_units: list[tuple[str, str]] | None = None) -> set[str]:
    """The skills the vocabulary reads in the resume's own lines (with the skill an
    all-capitals first word names: "AWS EC2" shows AWS): the only skills an output
    line or the summary line may name. ``resume_units``: ``units(resume)``, when the
    caller has it."""
    if resume_units is None:
        resume_units = units(resume)
    hits = [h for _k, t in resume_units for h in vocabulary.find(t, cjk=True)]
    found = {h.skill.name for h in hits}
    found.update(parent.skill.name for h in hits
                 if (parent := acronym_parent(h, vocabulary)) is not None)
    return found


def check(
    source: ParsedResume,
    tailored: ParsedResume,
    summary: str | None,
    renamed: dict[str, str],
    *,
    vocabulary: Vocabulary | None = None,
    today: date | None = None,
    left_out: Collection[str] = (),
    source_years: tuple[float | None] | None = None,
) -> GuardReport:
    """Compare a tailored resume with its source; see the module docstring.

    ``left_out`` names lines left out to fit a page count: they are listed to the
    user and may be missing; any other line may not. ``source_years`` holds
    ``experience_years(source, today)`` when the caller has read it already."""
    vocabulary = vocabulary or load_vocabulary()
    valid, invented = _valid_renames(renamed, vocabulary)
    excused = Counter(left_out)

    # Nothing lost. (The output's lines are mostly the source's own: each distinct line's
    # key is worked out once.)
    keys: dict[tuple[str, str], tuple[str, object]] = {}

    def key_of(kind: str, text: str) -> tuple[str, object]:
        found = keys.get((kind, text))
        if found is None:
            found = keys[(kind, text)] = _unit_key(kind, text)
        return found

    # Each resume's lines, listed once for the checks below.
    source_units, tailored_units = units(source), units(tailored)
    have = Counter(key_of(k, t) for k, t in tailored_units)
    lost: list[str] = []
    for kind, text in source_units:
        # Renames reach bullets and skills lists only: a name, a job title, an
        # employer or a heading is kept exactly as the user wrote it.
        if kind in RENAMABLE:
            text = expected_text(text, valid)
        key = key_of(kind, text)
        if have[key] > 0:
            have[key] -= 1
        elif excused[text] > 0:
            excused[text] -= 1
        else:
            lost.append(text)

    # Nothing invented. The output's lines are mostly the source's own: each distinct
    # line is split into words once.
    words_of: dict[str, list[str]] = {}

    def words(text: str) -> list[str]:
        found = words_of.get(text)
        if found is None:
            found = words_of[text] = tokens(text)
        return found

    allowed = set()
    for _kind, text in source_units:
        allowed.update(words(text))
    for new in valid.values():
        allowed.update(tokens(new))
    summary_allowed = set(allowed) | SUMMARY_WORDS
    # (Read only for a summary line: the years are what the line may count.)
    years = None if not summary else source_years[0] if source_years is not None \
        else experience_years(source, today or date.today())
    if years is not None and summary:
        # The line counts the years of the work its title names, which some roles'
        # dates may not add to: a whole figure up to all the dates' is no overclaim,
        # and only as a count of years ("5 years of experience"), no other number.
        summary_allowed.update(
            str(n) for n in range(1, int(years) + 1)
            if re.search(rf"(?<![\w.]){n} years?\b", summary))

    source_skills = shown_skills(source, vocabulary, source_units)
    out_lines = [t for _k, t in tailored_units]
    for line in [*out_lines, *([summary] if summary else [])]:
        for hit in vocabulary.find(line, cjk=True):
            if hit.skill.name not in source_skills and hit.surface not in invented:
                invented.append(hit.surface)
    for line in out_lines:
        invented.extend(t for t in words(line) if t not in allowed and t not in invented)
    if summary:
        # The line may say a bullet's verb in its -ing form ("resolving guest
        # complaints" of "Resolve guest complaints"): the same word, and no claim.
        invented.extend(t for t in tokens(summary)
                        if t not in summary_allowed and t not in invented
                        and not is_gerund_of(t, allowed))
    return GuardReport(invented=invented, lost=lost)
