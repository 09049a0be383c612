"""A skill word listed among workers: "supervises trade partners (framers, plumbers,
electricians, drywall, painters)". Its neighbours name people, so the word names the
crew of that trade (the drywallers), not a skill the job asks; read as an ask it
becomes a false "missing" in the match report.

Only a hit standing as a whole item of a comma list is judged, and only when most of
the list's other items are plural job nouns ("plumbers", "electricians"): a list of
things with one worker in it ("forklifts, pallet jacks and operators") keeps its asks.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.posting.title import TITLE_NOUNS

__all__ = ["listed_among_workers"]

# Where a list stops: a bracket, a clause's or sentence's end, a colon, a line break.
_STOPS = "();:.!?\n"
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+|\s*/\s*")
_REACH = 160  # characters looked at on each side of the hit


def _is_workers(item: str) -> bool:
    """Is a list item a plural job noun ("plumbers", "HVAC technicians")?"""
    words = item.split()
    last = words[-1] if words else ""
    return len(last) > 3 and last[-1:] == "s" and TITLE_NOUNS.fullmatch(last) is not None


def listed_among_workers(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one item of a list whose other items are mostly workers?
    A hit with no comma beside it is no list's item: most hits need no more look."""
    if text[end:end + 1] != "," and not text[max(0, start - 5):start].endswith(
            (", ", " and ", " or ", " & ")):
        return False
    lo = max(0, start - _REACH)
    a = max(text.rfind(c, lo, start) for c in _STOPS) + 1
    a = max(a, lo)
    hi = min(len(text), end + _REACH)
    ends = [i for i in (text.find(c, end, hi) for c in _STOPS) if i >= 0]
    b = min(ends) if ends else hi
    items = [i.strip() for i in _ITEM_SPLIT.split(text[a:b]) if i.strip()]
    surface = text[start:end].lower()
    if len(items) < 3 or surface not in (i.lower() for i in items):
        return False
    workers = sum(1 for i in items if _is_workers(i))
    return workers >= 2 and workers * 2 >= len(items)
