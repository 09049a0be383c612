"""The truthfulness guard: a tailored resume may reorder, never invent or lose.

It re-derives everything from the source on its own and trusts nothing the
tailoring step claims, so a bug in tailoring (or a future smarter rewriter) can
only ever fail a job, never save a lie or a loss. The rules (DESIGN.md, promise 1):

* Every contact line, heading, entry header and bullet of the source is in the
  output, word for word, except for renames of a skill to another name the
  vocabulary gives the *same* skill. Items of a skills list may be reordered.
* Every word and number of the output is in the source, except those renames, the
  few linking words of the summary line, and the years of experience computed
  from the source's own dates.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from tailor_app.tailoring.model import GuardReport, ParsedResume
from tailor_app.tailoring.skills.matching import acronym_parent, experience_years
from tailor_app.tailoring.skills.vocabulary import CJK_LETTERS, Vocabulary, load_vocabulary

# Words the summary line may use that the resume need not contain.
SUMMARY_WORDS = frozenset({"with", "year", "years", "of", "experience", "in", "and"})
# A word never mixes Chinese/Japanese/Korean letters with others: "熟悉Python" is two
# words, as the match report reads it, so a summary that names "Python" from it is
# not an invention.
_LETTER = rf"(?:(?![{CJK_LETTERS}])\w)"
_TOKEN = re.compile(rf"[{CJK_LETTERS}]+|{_LETTER}+(?:[+#]+|(?:[.'’]{_LETTER}+)*)")
RENAMABLE = frozenset({"bullet", "skills"})
SKILL_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\||•|·|/)\s*")


def split_items(text: str) -> tuple[list[str], list[str]]:
    """A skills list's items and the separators between them, never splitting inside
    brackets: "Excel (pivot tables, XLOOKUP), SAP" is two items, not three."""
    items: list[str] = []
    seps: list[str] = []
    cursor = 0
    for match in SKILL_ITEM_SPLIT.finditer(text):
        before = text[cursor:match.start()]
        opened = before.count("(") + before.count("[") - before.count(")") - before.count("]")
        if opened > 0:
            continue  # inside brackets: this separator belongs to the item
        items.append(before)
        seps.append(match.group())
        cursor = match.end()
    items.append(text[cursor:])
    return items, seps


def tokens(text: str) -> list[str]:
    """Words and numbers, case-folded: what the guard compares."""
    return [t.casefold() for t in _TOKEN.findall(text)]


def apply_renames(text: str, renamed: dict[str, str], vocabulary: Vocabulary) -> str:
    """Replace each whole skill mention ``old`` by ``new``, leaving every other word."""
    if not renamed:
        return text
    folded = {old.casefold(): new for old, new in renamed.items()}
    out: list[str] = []
    cursor = 0
    for hit in vocabulary.find(text):
        new = folded.get(hit.surface.casefold())
        if new is None:
            continue
        out.append(text[cursor:hit.start])
        out.append(new)
        cursor = hit.end
    out.append(text[cursor:])
    return "".join(out)


def skill_items(line: str) -> tuple[str, Counter[str]]:
    """A skills-list line as (its "Category:" prefix, the multiset of its items)."""
    prefix, sep, rest = line.partition(":")
    if not sep or len(prefix) > 40:
        prefix, rest = "", line
    items = Counter(i.strip().casefold() for i in split_items(rest)[0] if i.strip())
    return prefix.strip().casefold(), items


def _units(resume: ParsedResume) -> list[tuple[str, str]]:
    """(kind, text) for every line a reader must find again in the output."""
    units = [("contact", line) for line in resume.contact.lines]
    for section in resume.sections:
        if section.heading:
            units.append(("heading", section.heading))
        for entry in section.entries:
            kind = "skills" if section.kind == "skills" else "header"
            units.extend((kind, line) for line in entry.header)
            units.extend(("bullet", b) for b in entry.bullets)
    return units


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


def check(
    source: ParsedResume,
    tailored: ParsedResume,
    summary: str | None,
    renamed: dict[str, str],
    *,
    vocabulary: Vocabulary | None = None,
    today: date | None = None,
) -> GuardReport:
    """Compare a tailored resume with its source; see the module docstring."""
    vocabulary = vocabulary or load_vocabulary()
    valid, invented = _valid_renames(renamed, vocabulary)

    # Nothing lost.
    have = Counter(_unit_key(k, t) for k, t in _units(tailored))
    lost: list[str] = []
    for kind, text in _units(source):
        # Renames reach bullets and skills lists only: a name, a job title, an
        # employer or a heading is kept exactly as the user wrote it.
        if kind in RENAMABLE:
            text = apply_renames(text, valid, vocabulary)
        key = _unit_key(kind, text)
        if have[key] > 0:
            have[key] -= 1
        else:
            lost.append(text)

    # Nothing invented.
    allowed = set()
    for _kind, text in _units(source):
        allowed.update(tokens(text))
    for new in valid.values():
        allowed.update(tokens(new))
    summary_allowed = set(allowed) | SUMMARY_WORDS
    years = experience_years(source, today or date.today())
    if years is not None:
        summary_allowed.add(str(int(years)))

    source_hits = [h for _k, t in _units(source) for h in vocabulary.find(t, cjk=True)]
    source_skills = {h.skill.name for h in source_hits}
    source_skills.update(parent.skill.name for h in source_hits
                         if (parent := acronym_parent(h, vocabulary)) is not None)
    out_lines = [t for _k, t in _units(tailored)]
    for line in [*out_lines, *([summary] if summary else [])]:
        for hit in vocabulary.find(line, cjk=True):
            if hit.skill.name not in source_skills and hit.surface not in invented:
                invented.append(hit.surface)
    for line in out_lines:
        invented.extend(t for t in tokens(line) if t not in allowed and t not in invented)
    if summary:
        invented.extend(t for t in tokens(summary)
                        if t not in summary_allowed and t not in invented)
    return GuardReport(invented=invented, lost=lost)
