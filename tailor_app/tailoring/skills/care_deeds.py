"""A care aide's everyday words for the help with daily living a posting asks by name.

The same kind of table as ``field_deeds.py`` (``everyday_deeds.py`` reads it): a
skill's name and one pattern of the words that do it, read only in the resume's own
entries. Postings ask for bathing, toileting, feeding, ambulation, grooming and
dressing assistance and for pressure injury prevention; aides write "Help patients
shower, eat, get to the bathroom and walk the halls", "help with showers, shaving,
hair and getting to the bathroom", "Turn my patients every two hours and float heels".
The help is read as a list: the people helped, then the things they do ("shower",
"eat"), or "with" and the things helped with ("showers", "meals"); a verb of the list
needs the people named before it, so "help customers walk through options" helps
nobody walk.
"""

from __future__ import annotations

import re

__all__ = ["CARE_DEEDS", "DAILY_LIVING"]

_HELP = r"\b(?:help(?:ed|s|ing)?|assist(?:ed|s|ing)?)\s+"
# The people helped, counted as aides count them ("10–12 residents a shift", "8-10
# patients per shift", "all my residents each morning").
_PEOPLE = (r"(?:(?:my|our|the|all|\d+(?:\s*(?:[–-]|to)\s*\d+)?\+?)\s+)?(?:[\w-]+\s+)?"
           r"(?:patients|residents|clients|seniors|elders|individuals|consumers|members|them"
           r"|him|her)\s+(?:(?:a|each|every|per)\s+(?:shift|day|night|morning|evening)\s+)?")
# The list before the activity: up to five items of up to four words, joined by
# commas, "and" or "or".
_ITEMS = r"(?:(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:,\s*|,?\s+(?:and|&|or)\s+)){0,5}?"


def _helped(verbs: str, nouns: str) -> re.Pattern[str]:
    """Help given to people doing ``verbs``, or with ``nouns``."""
    return re.compile(
        rf"{_HELP}{_PEOPLE}(?:to\s+)?{_ITEMS}(?:{verbs})\b"
        rf"|{_HELP}(?:{_PEOPLE})?with\s+{_ITEMS}(?:{nouns})\b", re.IGNORECASE)


_BATHING = _helped(r"shower|bathe|wash\s+up", r"showers|showering|baths|bathing")
_TOILETING = _helped(r"(?:get|go)\s+to\s+the\s+(?:bathroom|toilet|restroom)|use\s+the\s+"
                     r"(?:bathroom|toilet|commode)",
                     r"(?:getting|going)\s+to\s+the\s+(?:bathroom|toilet|restroom)|toileting"
                     r"|the\s+bathroom|bedpans|incontinence\s+care")
# "Help those who can't feed themselves", "fed residents unable to feed themselves".
_FEEDING = re.compile(
    _helped(r"eat", r"meals|eating|feeding|mealtimes").pattern
    + r"|\b(?:unable\s+to|can(?:no|['’])?t|could\s*n(?:o|['’])?t)\s+feed\s+themselves\b",
    re.IGNORECASE)
_AMBULATION = _helped(r"walk", r"walking|ambulation|ambulating")
_GROOMING = _helped(r"shave|brush\s+(?:their|his|her)\s+(?:teeth|hair)"
                    r"|do\s+(?:their|his|her)\s+hair",
                    r"shaving|hair|grooming|oral\s+care|nail\s+care|brushing\s+teeth")
_DRESSING = _helped(r"dress|get\s+dressed", r"dressing|getting\s+dressed")

# Turning people in bed on a schedule keeps their skin whole: "Turn my patients every
# two hours and float heels", "turned residents q2h", "Turn and reposition bed-bound
# residents every two hours", "Repositioned residents on a two-hour turning schedule"
# (names24). Repositioning without the schedule ("reposition patients for an X-ray") is
# not this care.
_TURNED = re.compile(
    r"\b(?:turn(?:ed|s|ing)?(?:\s+and\s+reposition(?:ed|s|ing)?)?|reposition(?:ed|s|ing)?)\s+"
    r"(?:my\s+|all\s+|our\s+|the\s+)?(?:[\w-]+\s+)?(?:patients|residents"
    r"|clients)\s+(?:every|q\s?2|on\s+an?\s+(?:[\w-]+\s+)?turning\s+schedule)"
    r"|\bfloat(?:ed|s|ing)?\s+(?:their\s+|the\s+)?heels\b", re.IGNORECASE)

# Incontinence care is told by what is changed: "change briefs", "checked and changed
# incontinent residents' pads", "peri care".
_INCONTINENCE = re.compile(
    r"\bchang(?:e|ed|es|ing)\s+(?:[\w'’-]+\s+){0,2}?(?:briefs|(?:incontinence|chux)\s+pads"
    r"|adult\s+diapers|depends|attends)\b"
    r"|\bperi(?:neal)?[ -]?care\b", re.IGNORECASE)

CARE_DEEDS: dict[str, re.Pattern[str]] = {
    "Bathing Assistance": _BATHING,
    "Toileting Assistance": _TOILETING,
    "Feeding Assistance": _FEEDING,
    "Feeding": _FEEDING,
    "Ambulation Assistance": _AMBULATION,
    "Ambulation": _AMBULATION,
    "Grooming Assistance": _GROOMING,
    "Grooming": _GROOMING,
    "Dressing Assistance": _DRESSING,
    "Dressing": _DRESSING,
    "Incontinence Care": _INCONTINENCE,
    "Pressure Injury Prevention": _TURNED,
    "Repositioning": _TURNED,
}

# The activities of daily living, each told by the help given with it: two of them in
# one clause show the whole (skills/parts_named.py).
DAILY_LIVING: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bathing", _BATHING), ("toileting", _TOILETING), ("feeding", _FEEDING),
    ("walking", _AMBULATION), ("grooming", _GROOMING), ("dressing", _DRESSING))
