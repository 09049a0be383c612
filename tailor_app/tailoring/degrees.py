"""Degree levels, so "BSc", "Bachelor of Arts" and "4-year degree" compare as equals.

Both the posting analyser (what is asked) and the matcher (what the resume holds)
need one ordering of levels; keeping it here means they never disagree.
"""

from __future__ import annotations

import re

# Lowest to highest. The names are what the match report shows.
LEVELS = ("high school", "associate", "bachelor", "master", "doctorate")

_PATTERNS: dict[str, re.Pattern[str]] = {
    "doctorate": re.compile(
        r"\b(ph\.?\s?d\.?|doctorate|doctoral|doctor of \w+|d\.?phil|ed\.?d\.?|"
        r"m\.?d\.?(?=[\s,])|pharm\.?d|j\.?d\.?(?=[\s,]))", re.IGNORECASE),
    "master": re.compile(
        r"\b(master'?s?|m\.?sc\.?|m\.?s\.(?=[\s,])|m\.?a\.(?=[\s,])|mba|m\.?eng\.?|msn|mph|"
        r"m\.?ed\.?|mfa|mpa|llm|graduate degree)\b", re.IGNORECASE),
    "bachelor": re.compile(
        r"\b(bachelor'?s?|b\.?sc\.?|b\.?s\.(?=[\s,])|b\.?a\.(?=[\s,])|b\.?eng\.?|bsn|bba|b\.?ed\.?|"
        r"b\.?tech|b\.?com|undergraduate degree|four[- ]year degree|4[- ]year degree|"
        r"college degree|university degree)", re.IGNORECASE),
    "associate": re.compile(r"\b(associate'?s? degree|associate of \w+|a\.?a\.?s\.?|adn)\b",
                            re.IGNORECASE),
    "high school": re.compile(r"\b(high school|secondary school|ged|hs diploma)\b",
                              re.IGNORECASE),
}
# "MS Office", "MS Excel": Microsoft's products, never a master's degree.
NOT_MICROSOFT = (r"(?![ \t]+(?:Office|Word|Excel|Outlook|PowerPoint|Project|Teams|Access"
                 r"|Visio|Dynamics|SQL|Windows|365|Publisher|OneNote|SharePoint)\b)")
# Bare two-letter abbreviations are only trusted in capitals: "BS", "BA", "MS", "MA".
_CAPS = {
    "bachelor": re.compile(r"\b(BS|BA|BSc|BEng)\b"),
    "master": re.compile(r"\b(MS|MA|MSc|MEng)\b" + NOT_MICROSOFT),
    "doctorate": re.compile(r"\b(PhD|DPhil)\b"),
}


def rank(level: str | None) -> int:
    """Position of a level (-1 for none) so levels compare with < and >=."""
    return LEVELS.index(level) if level in LEVELS else -1


# Every level's pattern in one, each in a group named for its level, so that a text is
# read once for all of them (and once more for the capitals) rather than eight times.
_ANY_LEVEL = re.compile("|".join(
    f"(?P<{level.replace(' ', '_')}>{_PATTERNS[level].pattern})" for level in LEVELS),
    re.IGNORECASE)
_ANY_CAPS = re.compile("|".join(
    f"(?P<{level}>{pattern.pattern})" for level, pattern in _CAPS.items()))


# The words a line naming a degree holds one of: the patterns above are read only in such
# a line (they cost about half a millisecond on a page read whole; most lines name none).
_SHORT_DEGREE_WORDS = frozenset(w + end for w in (
    "md", "m.d", "ms", "m.s", "ma", "m.a", "mba", "msn", "mph", "med", "m.ed", "mfa", "mpa",
    "llm", "bs", "b.s", "ba", "b.a", "bsn", "bba", "bed", "b.ed", "aas", "a.a.s", "adn", "ged",
    "hs", "jd", "j.d", "phd", "ph.d", "edd", "ed.d", "dphil", "d.phil", "bsc", "b.sc", "msc",
    "m.sc", "beng", "b.eng", "meng", "m.eng", "btech", "b.tech", "bcom", "b.com", "pharmd",
    "pharm.d") for end in ("", "."))
_DEGREE_STEMS = ("bachelor", "master", "associate", "doctor", "graduate", "college",
                 "university", "degree", "diploma", "high school", "secondary", "year degree")
_PUNCTUATION = str.maketrans({c: " " for c in ",;:()[]{}\"'“”‘’/|*•"})


def _names_a_degree(line: str) -> bool:
    low = line.lower()
    return any(map(low.__contains__, _DEGREE_STEMS)) or not _SHORT_DEGREE_WORDS.isdisjoint(
        low.translate(_PUNCTUATION).split())


def degree_levels(text: str) -> set[str]:
    """Every degree level the text mentions ("a bachelor's degree; a master's is a
    plus" mentions two), for a posting that asks one and prefers another."""
    found: set[str] = set()
    for line in text.splitlines():
        if not _names_a_degree(line):
            continue
        found |= {m.lastgroup.replace("_", " ") for m in _ANY_LEVEL.finditer(line)
                  if m.lastgroup}
        found |= {m.lastgroup for m in _ANY_CAPS.finditer(line) if m.lastgroup}
    return found


def highest_degree(text: str) -> str | None:
    """The highest degree level the text mentions, or None."""
    for level in reversed(LEVELS):
        if _PATTERNS[level].search(text):
            return level
        caps = _CAPS.get(level)
        if caps and caps.search(text):
            return level
    return None
