"""A list item that is one bare noun naming a field's equipment area or managed thing:
"Brakes", "Tires" and "Transmissions" under a technician's duties are brake, tire and
transmission work; "Occupancy" and "Inventory" under a manager's are occupancy and
inventory management.

Trades and service postings list the areas of the work as single words, one a bullet.
The shape readers take a lone word only when it names an activity ("Abstracting",
"Scheduling"), since a plain plural is as often what a duty handles; and the
vocabulary names the area with its head ("Brake Systems", "Occupancy management"), so
the item asked nothing. Here the word alone on its line is read with the heads that
name a field's areas, and kept only where the vocabulary holds that phrase:

- an equipment area, with "systems", "repair", "service" or "maintenance" ("brake
  systems", "tire service", "elevator maintenance"), whatever the skill is called;
- a managed thing, with "management", only where the skill is called just that
  ("Occupancy management", "Inventory Management"): "Travel" is no Travel Planning,
  "Medication" no Medication Administration.

Only a line of one word, under duties or requirements, is read: in a sentence the same
word is an object of something else ("check brakes and lights", "travel to sites").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tailor_app.tailoring.posting.terms import ShapeTerm

__all__ = ["bare_item_term"]

_EQUIPMENT_HEADS = ("systems", "repair", "service", "maintenance")
_MANAGED_HEAD = "management"
# One word, alone on the line but for a bullet's mark and a closing stop: not a
# heading (a colon) and not a sentence.
_ALONE = re.compile(r"[ \t•·*▪◦‣–—-]*([A-Z][a-z]{3,19})[ \t.;]*")


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def bare_item_term(text: str, lookup: Callable[[str], Any]) -> ShapeTerm | None:
    """The ask a one-word line names with a head of the field's areas, or None."""
    if len(text) > 24 or " " in text.strip():
        return None  # most lines: more than one word
    m = _ALONE.fullmatch(text)
    if m is None:
        return None
    word = m.group(1)
    base = _singular(word.lower())
    for head in _EQUIPMENT_HEADS:
        skill = lookup(f"{base} {head}")
        if skill is not None and skill.kind == "hard":
            return ShapeTerm(skill.name, "hard", m.start(1), m.end(1))
    skill = lookup(f"{base} {_MANAGED_HEAD}")
    if skill is not None and skill.kind == "hard" \
            and skill.name.casefold() == f"{base} {_MANAGED_HEAD}":
        return ShapeTerm(skill.name, "hard", m.start(1), m.end(1))
    return None
