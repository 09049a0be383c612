"""The everyday noun a resume uses for the object of an asked duty: "Enter vendor bills
into QuickBooks" enters invoices (Invoice processing), "Schedule material drops" schedules
deliveries (Delivery Coordination), "Transfer callers to the right desk" routes calls.

The deed readers (``synonym_deeds``, ``verb_synonyms``) take the object of a skill's
"<object> <action>" name as written, singular or plural. People on the floor, the dock
and the front desk name the same things in plainer words, and a posting's "invoices"
is a clerk's "bills". The table is of nouns that mean the asked thing wherever the
asked noun is used (never one posting's words); the reader still needs the ask's verb
(or a synonym of it) done to the noun, so a lone "bills" or "drops" shows nothing.

A noun that also names something else in a fixed phrase is left out there: a bill of
lading, of materials or of sale is no invoice.
"""

from __future__ import annotations

import re

__all__ = ["everyday_nouns", "names_other_thing"]

# The ask's object noun (singular, lower case) -> everyday nouns for it (singular).
EVERYDAY_OBJECTS: dict[str, tuple[str, ...]] = {
    "invoice": ("bill",),
    "delivery": ("drop",),
    "call": ("caller",),
    "admission": ("admit",),
    "blueprint": ("print",),
    "schematic": ("print",),
    # "Give scheduled and PRN meds", "passed meds on two halls": a nurse's clipped word.
    "medication": ("med",),
    # "Titrate heparin infusions": a drip is an infusion wherever a nurse says it.
    "drip": ("infusion",),
}

# The everyday nouns that open a fixed phrase naming another thing ("bill of lading").
_OTHER_THING = re.compile(r"[ \t]+of[ \t]+(?:lading|materials?|sale|rights|exchange|health)\b",
                          re.IGNORECASE)
_EVERYDAY = frozenset(n for nouns in EVERYDAY_OBJECTS.values() for n in nouns)


def _forms(noun: str) -> frozenset[str]:
    return frozenset({noun, noun + "s"})


def everyday_nouns(forms: frozenset[str]) -> frozenset[str]:
    """The everyday nouns (singular and plural) for an object given by its ``forms``
    ("invoice", "invoices"), or the empty set when the table has none."""
    out: set[str] = set()
    for form in forms:
        for noun in EVERYDAY_OBJECTS.get(form, ()):
            out |= _forms(noun)
    return frozenset(out)


def names_other_thing(text: str, object_start: int, object_end: int) -> bool:
    """Is the object at ``text[object_start:object_end]`` an everyday noun opening a
    fixed phrase of another thing ("bills of lading")?"""
    word = text[object_start:object_end].lower()
    if word.endswith("s"):
        word = word[:-1]
    return word in _EVERYDAY and _OTHER_THING.match(text, object_end) is not None
