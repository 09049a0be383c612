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


def degree_levels(text: str) -> set[str]:
    """Every degree level the text mentions ("a bachelor's degree; a master's is a
    plus" mentions two), for a posting that asks one and prefers another."""
    found = set()
    for level in LEVELS:
        caps = _CAPS.get(level)
        if _PATTERNS[level].search(text) or (caps and caps.search(text)):
            found.add(level)
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
