"""A credential's areas named by their codes after the credential's word: "ASE
certifications in A4, A5 and A6" holds ASE A4, ASE A5 and ASE A6; "AWS certified to
D1.1 and D1.5" holds AWS D1.1 and AWS D1.5; "ASE certified: T2/T4/T6" holds ASE T2,
T4 and T6.

Technicians and welders write the body's letters once, then the word of the paper, then
the codes of each test they passed (or that the job wants). Read name by name, the text
holds only the umbrella ("ASE certification"), and every area asked was lost: a posting
that wants A4, A5 and A6 said nothing a resume could fall short of, and a resume listing
its areas this way showed none of them. Each code is given back with the body's letters
before it, as a reader hears it; callers keep only the names that mean something to them
(the vocabulary's, or a credential's shape).

Kept narrow on purpose: the body is an acronym of two to six capitals; the codes open
with one or two capitals and a figure ("A4", "T8", "D1.1", "L1"), so a year or a count
("CPR certified in 2019", "BLS certification for 2 years") is none, nor a quarter
("certification in Q2 and Q4"); the codes are one
list (commas, "and", "or", "&", slashes) on one line, and a bracket right after it may
add more ("(A8 and L1 a plus)"), whose wording then decides how firm they are.
"""

from __future__ import annotations

import re

__all__ = ["coded_areas"]

# A code of an area: one or two capitals, then a figure (and a dotted part or a letter).
_CODE = r"[A-Z]{1,2}\d{1,3}(?:\.\d{1,2})?[A-Z]?"
_JOINT = r"(?:,?[ \t]+(?:and[ \t]+|or[ \t]+|&[ \t]+)?|[ \t]*/[ \t]*|,[ \t]*)"
# The body's letters, the paper's word, an optional "in"/"to"/":" and the first code.
# (The look-behind after the first capital, so ``re`` skips from capital to capital.)
_AREAS = re.compile(
    rf"([A-Z](?<![\w/-][A-Z])[A-Z]{{1,5}})(?:[ \t]+|-)(?i:certifications?|certificates?|certified"
    rf"|credentials?)(?:[ \t]+(?:in|to|on)|[ \t]*:)?[ \t]+({_CODE}(?:{_JOINT}{_CODE})*)"
    rf"(?![\w.-])")
# More codes in a bracket right after the list: "(A8 and L1 a plus)".
_BRACKET = re.compile(rf"[ \t]*\([ \t]*({_CODE}(?:{_JOINT}{_CODE})*)(?![\w.-])")
_ONE = re.compile(_CODE)
# A run of areas a resume writes as a range after the body's letters and the paper's
# name: "ASE Master Automobile Technician (A1-A8)", "ASE certified A1 through A5".
_RANGE = re.compile(
    r"([A-Z](?<![\w/-][A-Z])[A-Z]{1,5})(?:[ \t]+[A-Za-z-]+){0,4}?[ \t]*[(:]?[ \t]*"
    r"([A-Z]{1,2})(\d{1,2})[ \t]*(?:-|–|through|thru|to)[ \t]*\2(\d{1,2})(?![\w.-])")
# A quarter or a half of the year says when the paper is due, never an area: "our SOC
# certification in Q2 and Q4" (review23 A5).
_WHEN = re.compile(r"Q[1-4]|H[12]|FY\d{2,3}")
# A paper's word must be in the text at all: most lines have none.
_CUE = re.compile(r"certifi|credential", re.IGNORECASE)


def coded_areas(text: str, ranges: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, name) for each area code read with its body's letters, where
    ``text[start:end]`` is the code as written ("A5") and ``name`` the area ("ASE A5").
    With ``ranges`` (a resume's papers), a range of areas ("(A1-A8)") is each area in
    it, all spanning the range as written; a posting's "ASE A1-A8" stays one umbrella
    ask, so its readers leave ranges out."""
    found: list[tuple[int, int, str]] = []
    if ranges and any(c.isdigit() for c in text):
        for m in _RANGE.finditer(text):
            first, last = int(m.group(3)), int(m.group(4))
            if first < last <= first + 9:
                found += [(m.start(2), m.end(), f"{m.group(1)} {m.group(2)}{n}")
                          for n in range(first, last + 1)]
    if _CUE.search(text) is None:
        return found
    for m in _AREAS.finditer(text):
        body = m.group(1)
        spans = [(m.start(2) + c.start(), m.start(2) + c.end()) for c in _ONE.finditer(m.group(2))]
        more = _BRACKET.match(text, m.end())
        if more is not None:
            spans += [(more.start(1) + c.start(), more.start(1) + c.end())
                      for c in _ONE.finditer(more.group(1))]
        found += [(a, b, f"{body} {text[a:b]}") for a, b in spans
                  if _WHEN.fullmatch(text, a, b) is None]
    return found
