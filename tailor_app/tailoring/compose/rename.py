"""Renaming a skill to the posting's own word: which renames, and applying them.

This is the tailoring step's side. The guard does not use it: it derives what a
renamed line may read from the source by its own code, so a bug here (a dropped
or changed word) is caught rather than repeated on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tailor_app.tailoring.model import ParsedResume
from tailor_app.tailoring.skills.vocabulary import Vocabulary


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


_ENDINGS = ("ers", "ing", "ies", "er", "es", "ed", "s")


def _stem(term: str) -> str:
    words = term.casefold().split()
    last = words[-1] if words else ""
    for ending in _ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            last = last[: -len(ending)]
            break
    return " ".join([*words[:-1], last])


def worth_renaming(old: str, new: str) -> bool:
    """Rename only a short form to the fuller name of the same skill:
    "Postgres" -> "PostgreSQL", "JS" -> "JavaScript", "k8s" -> "Kubernetes"; never
    "Prototyping" -> "prototypes" (an inflection), "JavaScript" -> "JS" (a poorer
    word) or a phrase the user chose ("general ledger" -> "general ledger accounting"),
    which would read oddly inside their sentence."""
    if old.casefold() == new.casefold() or _stem(old) == _stem(new) or len(new) < len(old):
        return False
    if " " in old.strip() or "-" in old:
        return False  # a phrase is the user's wording: "general ledger" stays as written
    a, b = old.casefold(), new.casefold()
    if " " not in b and b.startswith(a):
        return True  # a short spelling of one name: Postgres, Node
    letters = re.sub(r"[^A-Za-z]", "", old)
    if old.isupper() and letters and letters == _initials(new):
        return True  # an acronym: JS, SEO, AWS
    numeronym = re.fullmatch(r"([a-z])(\d+)([a-z])", a)
    return bool(numeronym and len(b) == int(numeronym[2]) + 2
                and b[0] == numeronym[1] and b[-1] == numeronym[3])  # k8s


def _initials(term: str) -> str:
    """JavaScript -> JS, search engine optimization -> SEO, Amazon Web Services -> AWS."""
    humps = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", term)
    return "".join(h[0] for h in humps if h.casefold() not in {"of", "and", "the", "for"}).upper()


# Words after which a noun is one thing: "every BEO", "a W-2".
_ONE = frozenset({"a", "an", "each", "every", "one", "this", "that", "another", "per"})


def _counted_as_one(word: str, lines: Sequence[str]) -> bool:
    """Does a line write ``word`` after a word that makes it one thing ("every BEO")?"""
    pattern = re.compile(rf"(?<![\w-])(\w+)\s+{re.escape(word)}(?![\w-])", re.IGNORECASE)
    return any(m.group(1).casefold() in _ONE for line in lines for m in pattern.finditer(line))


def _sentence_cased(name: str) -> bool:
    """ "Pulmonary function testing": two words or more, the first capitalised, every
    other in lower case, as a sentence writes a common noun at its start."""
    words = name.split()
    return (len(words) > 1 and words[0][:1].isupper() and words[0][1:].islower()
            and all(w.islower() for w in words[1:]))


def _a_common_noun(name: str, vocabulary: Vocabulary) -> bool:
    """Is ``name`` a practice's or a method's words (the vocabulary's hard or soft skill
    with no capital inside a word: "Machine Learning", "Pulmonary function testing"),
    not a product's name ("PostgreSQL", "Microsoft Excel")?"""
    skill = vocabulary.lookup(name)
    return (skill is not None and skill.kind in ("hard", "soft")
            and all(w[1:].islower() or not w[1:].isalpha() for w in name.split()))


def _proper_words(vocabulary: Vocabulary) -> frozenset[str]:
    """The words the vocabulary's sentence-cased names capitalise past their first word
    ("Teaching English as a second language"): proper words, which keep their capital
    wherever a line puts them. Built once, kept with the vocabulary (``Vocabulary.kept``)."""
    return vocabulary.kept("rename.proper_words", lambda: _capitalised_inside(vocabulary))


def _capitalised_inside(vocabulary: Vocabulary) -> frozenset[str]:
    words: set[str] = set()
    for skill in vocabulary.skills:
        later = skill.name.split()[1:]
        capital = [w for w in later if w[:1].isupper() and w[1:].islower()]
        # One capital among words written in lower case ("Teaching English as a
        # second language"), not a title-cased name ("Food Safety and Sanitation").
        if len(capital) == 1 and sum(1 for w in later if w.islower() and len(w) > 3) >= 1:
            words.add(capital[0].casefold())
    return frozenset(words)


def _proper_opening(name: str, vocabulary: Vocabulary) -> bool:
    """Does ``name`` open with a proper word ("English language arts", "Linux servers",
    "Medicare billing"): a language's or a product's name, or a word the vocabulary
    capitalises inside its names? Its capital is the name's, not a sentence's (review24 T2)."""
    first = name.split()[0] if name.split() else ""
    alone = vocabulary.lookup(first)
    if alone is not None and alone.kind in ("tool", "language"):
        return True
    return first.casefold() in _proper_words(vocabulary)


_MARKS = " \t-*•·‣◦–"


def _places(word: str, lines: Sequence[str]) -> tuple[bool, bool]:
    """(whether ``word`` opens a line, after its bullet mark; whether it stands inside
    one): where a sentence would capitalise it and where it would not."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    opening = inside = False
    for line in lines:
        for found in pattern.finditer(line):
            if line[:found.start()].strip(_MARKS):
                inside = True
            else:
                opening = True
    return opening, inside


def in_the_lines_words(old: str, new: str, vocabulary: Vocabulary,
                       lines: Sequence[str] = ()) -> str | None:
    """The posting's word for a skill as the resume's lines can carry it, or None.

    A rename replaces one word inside the user's sentence, so the new word must agree
    with it: no plural name for a word the line counts as one ("Read every BEO" does
    not become "every Banquet Event Orders"; the line keeps "BEO"), and an everyday
    word in lower case ("8th-grade math team") takes the name in lower case
    ("mathematics", not the posting's title-case "Mathematics"), while a product's
    name ("Excel") and one with capitals of its own ("JavaScript") keep them."""
    last = new.split()[-1] if new.split() else ""
    if last.endswith("s") and not last.endswith("ss") and _counted_as_one(old, lines):
        return None
    if (_sentence_cased(new) or (" " in new and new.islower())) and _a_common_noun(
            new, vocabulary) and not _proper_opening(new, vocabulary):
        # "Pulmonary function testing": the capital is a sentence's, not the name's. The
        # acronym it replaces mid-line ("in the PFT lab") takes it in lower case, at a
        # line's opening with a capital; written both ways, the acronym stays.
        opening, inside = _places(old, lines)
        if opening and inside:
            return None
        new = (new[:1].lower() if inside else new[:1].upper()) + new[1:]
    if old.islower() and all(w[:1].isupper() and w[1:].islower() for w in new.split()):
        skill = vocabulary.lookup(new)
        if skill is not None and skill.kind in ("hard", "soft"):
            new = new.lower()
    return new


def choose_renames(resume: ParsedResume, terms: dict[str, str],
                   vocabulary: Vocabulary) -> dict[str, str]:
    """Resume word -> posting word, for skills shown in bullets or skills lists."""
    renamed: dict[str, str] = {}
    every_line = [line for section in resume.sections for entry in section.entries
                  for line in (*entry.bullets, *entry.header)]
    for section in resume.sections:
        for entry in section.entries:
            lines = [*entry.bullets, *(entry.header if section.kind == "skills" else [])]
            for line in lines:
                for hit in vocabulary.find(line):
                    wanted = terms.get(hit.skill.name)
                    if not wanted or hit.surface in renamed:
                        continue
                    if wanted.islower() and wanted.casefold() == hit.skill.name.casefold() and not (
                            " " in wanted and _a_common_noun(hit.skill.name, vocabulary)):
                        # "postgresql" in a posting: use its name; "pulmonary function
                        # testing", a practice's words, is no name to capitalise
                        wanted = hit.skill.name
                    same = vocabulary.lookup(hit.surface)
                    if same is None or same.name != hit.skill.name or not worth_renaming(
                            hit.surface, wanted):
                        continue
                    said = in_the_lines_words(hit.surface, wanted, vocabulary, every_line)
                    if said is not None:
                        renamed[hit.surface] = said
    return renamed


def rename_resume(resume: ParsedResume, renamed: dict[str, str],
                  vocabulary: Vocabulary) -> ParsedResume:
    """The resume with its bullets and skills lines renamed (never a header)."""
    if not renamed:
        return resume
    def fix(lines: list[str]) -> list[str]:
        return [apply_renames(t, renamed, vocabulary) for t in lines]

    sections = [replace(s, entries=[
        replace(e, header=fix(e.header) if s.kind == "skills" else e.header,
                bullets=fix(e.bullets)) for e in s.entries]) for s in resume.sections]
    return replace(resume, sections=sections)


__all__ = ["apply_renames", "choose_renames", "in_the_lines_words", "rename_resume",
           "worth_renaming"]
