"""Reading, writing and science taught as subjects: "lessons in reading, writing, math
and science" asks for Reading instruction, Writing Instruction and Science.

The vocabulary names the subjects a teacher teaches by their words alone (Mathematics,
Chemistry), but "reading" and "writing" are everyday words first ("reading blueprints",
"writing reports", "reading and writing English"), so they are no alias. They name a
subject taught where they stand as a list's item or a teaching verb's object (never
before a noun of their own) in a clause that speaks of teaching and names another
subject or a teaching verb. Fresh postings of teachers and paraprofessionals ask them
so ("Teach phonics, early reading, math …", "work in small groups on reading and math
skills", "Teach argumentative, analytical and narrative writing"). "Science" alone is
no alias either ("data science", "the science of reading", a degree's "Computer
Science"), so it is read the same way. A subject may be followed by the means it is
taught through ("reading and writing through our Wit & Wisdom units", "science using
hands-on kits") or the standards it is aligned to ("math and science aligned to the
TEKS"): neither is a noun of the subject's own. Not after "with", which as
often tells how well ("reading with fluency") or what else ("Teach reading with the
district's program" was read as no subject before, and stays so).

A cheap word test gates the patterns: most units name neither word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tailor_app.tailoring.caseless import Caseless, lowered, stands_in

__all__ = ["SHOWN_AS", "SubjectTerm", "may_name_subjects", "subject_terms", "taught_by_writer"]

# Science is named as postings and people name it, "Science" (as a list's item was read
# before): the vocabulary's Science Instruction is a teacher's own word for it, and a
# resume's "taught science" shows the bare name literally.
_NAMES = {"reading": "Reading instruction", "writing": "Writing Instruction",
          "science": "Science"}
# The vocabulary's skill a resume's subject taught shows, where its name differs from the
# posting's: a posting's "Teach science" is read by the vocabulary as Science Instruction,
# and the resume's "Taught reading, writing, science and math" must show that too.
SHOWN_AS = {"Science": "Science Instruction"}
# The word as an item: after a list's comma, a joining word, a preposition of what is
# taught or a teaching verb, past up to three describing words ("early", "narrative");
# before a list's end, a joining word, "skills"/"instruction"/"lessons" or whom it is
# taught to ("narrative writing to small groups") or through what ("writing through
# our curriculum"). Read case-blind, on the lower-cased text where that stands in (twice
# as fast on a resume: see caseless.py).
_ITEM_REST = (
    r"(?:(?:early|guided|independent|shared|foundational|[a-z]+ive|[a-z]+al),?\s+"
    r"(?:and\s+)?){0,3}"
    r"(reading|writing|science)\b"
    r"(?=\s*(?:[,;.:)]|and\b|or\b|skills\b|instruction\b|lessons?\b|to\b|for\b"
    r"|through\b|using\b|via\b|aligned\b|$))")
_OPENERS = ("and", "or", "in", "on", "of", "teach", "teaches", "teaching", "taught")
_ITEM = Caseless(
    r"(?:^|[,;:(]\s*|\b(?:" + "|".join(_OPENERS) + r")\s+)" + _ITEM_REST)
# The same past the text's start, each opener its own branch opening with a plain
# character ("\bx" written "x(?<!\wx)"): ``re`` then skips ahead to a character that
# can open a match instead of trying every branch at every character (about six times
# as fast on a teacher's resume). ``_items`` reads the start with ``_ITEM`` itself.
_ITEM_SKIPPING = re.compile(
    r"(?:,\s*|;\s*|:\s*|\(\s*|"
    + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}\\s+" for w in _OPENERS) + ")" + _ITEM_REST)
# The clause speaks of teaching, and names another subject or a teaching verb.
_TEACHING = re.compile(
    r"\b(?:teach\w*|taught|lessons?|instruction(?:al)?|instruct\w*|tutor\w*|curricul\w*"
    r"|students?|intervention|learners?|classroom|grade)\b", re.IGNORECASE)
_SUBJECT_OR_VERB = re.compile(
    r"\b(?:math|maths|mathematics|science|social studies|phonics|spelling|ELA|literacy"
    r"|reading|writing|teach|teaches|teaching|taught)\b", re.IGNORECASE)
# The stems of ``_TEACHING``'s words: a unit with none is not read at all.
_TEACHING_STEMS = ("teach", "taught", "lesson", "instruct", "tutor", "curricul", "student",
                   "intervention", "learner", "classroom", "grade")
_CLAUSE_END = re.compile(r"[.;:!?\n]\s")


@dataclass(frozen=True)
class SubjectTerm:
    """A subject taught, named as the vocabulary names it, and where it stands."""

    name: str
    start: int
    end: int


def _clause(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in ".;:!?\n") + 1
    m = _CLAUSE_END.search(text, pos)
    return start, m.start() if m else len(text)


def may_name_subjects(low: str) -> bool:
    """Can a text, lower-cased, name reading, writing or science taught? (A posting that cannot
    is not read unit by unit.)"""
    return ("reading" in low or "writing" in low or "science" in low) \
        and any(w in low for w in _TEACHING_STEMS)


def _items(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``_ITEM.finditer(text, low)``. On the lower-cased text the one match that may
    open at the start (where "^" reads) is asked of ``_ITEM``, every later one of
    ``_ITEM_SKIPPING``: past the start the two find the same matches."""
    if low is None:
        yield from _ITEM.finditer(text, None)
        return
    first = _ITEM.fast.match(low)
    if first is not None:
        yield first
    yield from _ITEM_SKIPPING.finditer(low, 0 if first is None else first.end())


def subject_terms(text: str) -> list[SubjectTerm]:
    """The subjects ``text`` asks to be taught by the words "reading", "writing" and
    "science"."""
    low = lowered(text)
    if not may_name_subjects(low):
        return []
    out: list[SubjectTerm] = []
    # (A match's group is the subject in lower case where the lower-cased text is read:
    # only its lower case and its offsets are used.)
    for m in _items(text, low if stands_in(text, low) else None):
        a, b = _clause(text, m.start(1))
        clause = text[a:b]
        others = [s for s in _SUBJECT_OR_VERB.findall(clause)
                  if s.lower() != m.group(1).lower()]
        if others and _TEACHING.search(clause):
            out.append(SubjectTerm(_NAMES[m.group(1).lower()], m.start(1), m.end(1)))
    return out


# A resume's clause that tells the writer teaching: it opens with a teaching verb ("Taught
# reading, writing and science", "Teach math"), alone or after one other verb of the
# writer's ("Planned and taught …"). Not a subject the writer was taught ("Was taught
# reading at home"), studied ("Completed coursework in teaching math") or watched another
# teach ("Observed the lead teacher teach math and science").
_TEACHES = r"(?:co-)?(?:teach|teaches|teaching|taught|tutor|tutors|tutored|tutoring|instruct" \
    r"|instructs|instructed|instructing)\b"
_WRITER_TEACHES = re.compile(rf"[\s•*·–-]*(?:[A-Za-z]+\s+(?:and|&)\s+)?{_TEACHES}",
                             re.IGNORECASE)


def taught_by_writer(text: str, start: int) -> bool:
    """Does the resume clause holding ``text[start]`` open with the writer's own teaching
    verb (see ``_WRITER_TEACHES``)?"""
    clause = max(text.rfind(c, 0, start) for c in ".;\n") + 1
    return _WRITER_TEACHES.match(text, clause, start) is not None

