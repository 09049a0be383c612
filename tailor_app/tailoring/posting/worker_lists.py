"""A skill word that names workers: listed among them ("supervises trade partners
(framers, plumbers, electricians, drywall, painters)") or the trade of colleagues the
job works beside ("work with outside sales reps", "co-teach with a special education
teacher"). The word names the people of that trade, not a skill the job asks; read as
an ask it becomes a false "missing" in the match report.

Only a hit standing as a whole item of a comma list is judged, and only when most of
the list's other items are plural job nouns ("plumbers", "electricians"): a list of
things with one worker in it ("forklifts, pallet jacks and operators") keeps its asks.
"""

from __future__ import annotations

import re
from itertools import repeat

from tailor_app.tailoring.posting.title import is_person_noun
from tailor_app.tailoring.text_memo import per_text

__all__ = ["listed_among_workers", "names_colleagues", "trades_of_others"]

# Where a list stops: a bracket, a clause's or sentence's end, a colon, a line break.
_STOPS = "();:.!?\n"
_STOP = re.compile(r"[();:.!?\n]")  # the first of them
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+|\s*/\s*")
_REACH = 160  # characters looked at on each side of the hit


def _is_workers(item: str) -> bool:
    """Is a list item a plural job noun ("plumbers", "HVAC technicians")?"""
    words = item.split()
    last = words[-1] if words else ""
    return len(last) > 3 and last[-1:] == "s" and is_person_noun(last)


def listed_among_workers(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one item of a list whose other items are mostly workers?
    A hit with no comma beside it is no list's item: most hits need no more look."""
    if text[end:end + 1] != "," and not text[max(0, start - 5):start].endswith(
            (", ", " and ", " or ", " & ")):
        return False
    lo = max(0, start - _REACH)
    a = max(max(map(text.rfind, _STOPS, repeat(lo), repeat(start))) + 1, lo)
    hi = min(len(text), end + _REACH)
    stop = _STOP.search(text, end, hi)
    b = stop.start() if stop is not None else hi
    items = _workers_list(text[a:b])
    return items is not None and text[start:end].lower() in items


@per_text()
def _workers_list(span: str) -> frozenset[str] | None:
    """The lower-cased items of the list in ``span`` when it has three or more and most
    of them are workers, else None. (A list's hits share its span: it is split once.)"""
    items = [i.strip() for i in _ITEM_SPLIT.split(span) if i.strip()]
    if len(items) < 3:
        return None
    workers = sum(1 for i in items if _is_workers(i))
    if workers >= 2 and workers * 2 >= len(items):
        return frozenset(i.lower() for i in items)
    return None


# Colleagues named by their trade: the skill word, then one of these nouns.
_COLLEAGUE_AFTER = re.compile(
    r"[ \t]+(?:reps?|representatives?|teachers?|specialists?|technicians?|engineers?"
    r"|developers?|managers?|nurses?|therapists?|coordinators?|consultants?|analysts?"
    r"|assistants?|aides?|attorneys?|paralegals?|counsel(?:l)?ors?|educators?|designers?"
    r"|planners?|recruiters?|estimators?|superintendents?|supervisors?|inspectors?"
    r"|instructors?|professionals?|colleagues|staff|teams?|departments?|crews?"
    # The trades a seller or a lender refers business with: "referral relationships with
    # real estate agents and mortgage brokers".
    r"|agents?|brokers?|adjusters?|advisors?|advisers?|officers?|underwriters?|appraisers?"
    r"|lenders?)\b",
    re.IGNORECASE)
# Before them, a word of working beside someone: "with", "alongside", "to", "from".
_BESIDE_BEFORE = re.compile(
    r"\b(?:with|alongside|beside|to|from)[ \t]+(?:(?:the|our|your|their|a|an)[ \t]+)?"
    r"(?:(?:other|fellow|senior|lead|experienced|certified|licensed|assigned|field|local)"
    r"[ \t]+)?$", re.IGNORECASE)


# A later item of a list of people after "with" ("work with our engineering team, our
# accounting department and the leasing brokers"): the joining word, and "with" earlier
# in the clause.
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor|&)[ \t]+(?:(?:the|our|your|their)[ \t]+)?$",
                            re.IGNORECASE)
# The first item after "with": up to three words, then a word for people ("our
# engineering team").
_FIRST_ITEM = re.compile(r"(?i:with|alongside|beside)[ \t]+(?:(?:the|our|your|their)[ \t]+)?"
                         r"((?:[\w&-]+[ \t]+){0,2}?[\w&-]+)(?=[ \t]+[a-z]+s?\b)")
_WITH_EARLIER = re.compile(r"\b(?:with|alongside|beside)[ \t]+[^.;:!?\n]*$", re.IGNORECASE)


def names_colleagues(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name the trade of people the job works with ("partner
    with outside sales reps", "hand off to the project management team", "work with
    our engineering team and the leasing brokers")? Only a hit followed by a word for
    people, after "with", "to" or "alongside" or later in a list of people they open,
    is judged."""
    if _COLLEAGUE_AFTER.match(text, end) is None:
        return False
    if _BESIDE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    if _LISTED_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    opened = _WITH_EARLIER.search(text, max(0, start - 100), start)
    if opened is None:
        return False
    # The list's first item names people too ("with our engineering team, ..."); a
    # list of skills after "experience with" ("ADP, onboarding and payroll team
    # audits") is no list of colleagues (review23 P6).
    first = _FIRST_ITEM.match(text, opened.start())
    return first is not None and _COLLEAGUE_AFTER.match(text, first.end(1)) is not None


# The others a job works with, named before a bracket that lists their trades: "Coordinate
# facility vendors (pest control, HVAC service, forklift repair)", "schedule our
# subcontractors (framing, drywall, paint)". The trades are theirs, not asked of the job.
_OTHERS_BEFORE_BRACKET = re.compile(
    r"\b(?:vendors?|contractors|subcontractors|suppliers|partners|agencies|providers"
    r"|trades|teams|crews|departments|shops?)[ \t]*\($", re.IGNORECASE)


def trades_of_others(text: str, start: int) -> bool:
    """Does ``start`` stand inside a bracket right after a word for the people or firms
    the job works with ("facility vendors (pest control, …")? Only a hit with an open
    bracket not far before it is looked at further."""
    paren = text.rfind("(", max(0, start - 80), start)
    if paren < 0 or text.find(")", paren, start) >= 0:
        return False
    return _OTHERS_BEFORE_BRACKET.search(text, max(0, paren - 20), paren + 1) is not None
