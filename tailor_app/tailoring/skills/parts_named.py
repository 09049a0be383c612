"""A whole told by its parts in one list: vital signs as "weights, BPs, pulse, temps,
O2 sats"; OS&D as "shorts, overs and damaged cartons"; a three-way match as "invoices ...
including PO and receiver matching"; activities of daily living as
"help residents wash up, get dressed and use the bathroom".

A worker lists what they took or wrote up, not the name of the whole. A whole is shown
only by enough of its parts in one clause of the writer's own line: two signs of which
one names nothing else (a blood pressure, an O2 saturation, respirations, a heart rate:
"temps" are as often temporary workers, a "pulse" a survey), and all three of over,
short and damaged (shorts and overages alone are a count's discrepancies, no receiving's
OS&D).
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.care_deeds import DAILY_LIVING
from tailor_app.tailoring.skills.evidence import ResumeLine

__all__ = ["parts_named"]

_Part = tuple[str, re.Pattern[str], bool]  # (part, pattern, names nothing else)


def _part(name: str, pattern: str, telling: bool = True) -> _Part:
    return name, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), telling


# The whole's name (lower case) -> its parts and how many must be listed.
_WHOLES: dict[str, tuple[int, tuple[_Part, ...]]] = {
    "vital signs": (2, (
        _part("blood pressure", r"(?-i:BPs?)|blood\s+pressures?"),
        _part("pulse", r"pulses?", telling=False),  # a "pulse survey" is none
        _part("heart rate", r"heart\s+rates?"),
        _part("oxygen", r"(?:O2|oxygen)\s*sats?|(?-i:SpO2)|pulse\s*ox(?:imetry)?"
                        r"|oxygen\s+saturations?"),
        _part("respirations", r"respirations?|respiratory\s+rates?|resps?"),
        _part("temperature", r"temps|temperatures?", telling=False),
    )),
    # "Help 10–12 residents a shift wash up, get dressed and use the bathroom": the
    # activities of daily living, each told by the help given (skills/care_deeds.py).
    "activities of daily living": (2, tuple((name, pattern, True)
                                            for name, pattern in DAILY_LIVING)),
    # "Match vendor invoices to POs and receiving slips", "invoices ..., including PO
    # and receiver matching": an AP clerk's three-way match told by the three papers it
    # matches. Without the invoice it is a receiver's two-way check ("matched packing
    # slips to POs", review19's M2); without a matching word they are only keyed in.
    "three-way match": (4, (
        _part("invoice", r"invoices?|vendor\s+bills?"),
        _part("matching", r"match|matche[sd]|matching"),
        _part("purchase order", r"(?-i:POs?)|purchase\s+orders?"),
        _part("receiving", r"receivers?|receiving(?:\s+(?:slips?|reports?|documents?))?"
                           r"|receipts?|packing\s+slips?"),
    )),
    "os&d": (3, (
        _part("over", r"overs|overages?"),
        _part("short", r"shorts|shortages?"),
        _part("damage", r"damages?|damaged|busted|broken|crushed"),
    )),
}
# A clause opened by someone named, not by the writer's verb ("The nurse took ...").
_OTHERS_OPEN = re.compile(r"\s*(?:the|our|my|his|her|their|a|an)\s+(?!\d)", re.IGNORECASE)
_OTHERS_BEFORE = re.compile(r"\b(?:who|he|she|they|nurses?|doctors?|aides?|techs?)\b",
                            re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:]|\s[-–—]\s")


def parts_named(mention: SkillMention, lines: list[ResumeLine]
                ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when one clause of a work line lists enough of the asked whole's
    parts (at least one telling part), the writer the doer; else (0.0, None)."""
    whole = _WHOLES.get(mention.name.casefold())
    if whole is None or mention.kind != "hard":
        return 0.0, None
    needed, parts = whole
    for line in lines:
        if line.part not in ("bullet", "summary"):
            continue
        start = 0
        for clause in [*_CLAUSE_END.split(line.text)]:
            found = [(name, m, telling) for name, pattern, telling in parts
                     if (m := pattern.search(clause)) is not None]
            at = line.text.find(clause, start)
            start = at + len(clause) if at >= 0 else start
            if len(found) < needed or not any(telling for _n, _m, telling in found):
                continue
            first = min(m.start() for _n, m, _t in found)
            last = max(m.end() for _n, m, _t in found)
            if _OTHERS_OPEN.match(clause) or _OTHERS_BEFORE.search(clause[:first]):
                continue  # "The nurse took temps, pulses and BPs"
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   clause[first:last])
    return 0.0, None
