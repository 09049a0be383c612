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

__all__ = ["CARE_DEEDS"]

_HELP = r"\b(?:help(?:ed|s|ing)?|assist(?:ed|s|ing)?)\s+"
_PEOPLE = (r"(?:(?:my|our|the|all|\d+)\s+)?(?:[\w-]+\s+)?(?:patients|residents|clients|seniors"
           r"|elders|individuals|consumers|members|them|him|her)\s+")
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
_FEEDING = _helped(r"eat", r"meals|eating|feeding|mealtimes")
_AMBULATION = _helped(r"walk", r"walking|ambulation|ambulating")
_GROOMING = _helped(r"shave|brush\s+(?:their|his|her)\s+(?:teeth|hair)"
                    r"|do\s+(?:their|his|her)\s+hair",
                    r"shaving|hair|grooming|oral\s+care|nail\s+care|brushing\s+teeth")
_DRESSING = _helped(r"dress|get\s+dressed", r"dressing|getting\s+dressed")

# Turning people in bed on a schedule keeps their skin whole: "Turn my patients every
# two hours and float heels", "turned residents q2h".
_TURNED = re.compile(
    r"\bturn(?:ed|s|ing)?\s+(?:my\s+|all\s+|our\s+|the\s+)?(?:[\w-]+\s+)?(?:patients|residents"
    r"|clients)\s+(?:every|q\s?2)"
    r"|\bfloat(?:ed|s|ing)?\s+(?:their\s+|the\s+)?heels\b", re.IGNORECASE)

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
    "Pressure Injury Prevention": _TURNED,
    "Repositioning": _TURNED,
}
