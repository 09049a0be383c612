"""Greeting the people who come in, asked in a posting's everyday words: "greet walk-in
customers", "greets every guest who walks through the door", "greet arriving guests".

Greeting is the commonest everyday ask of a front desk, a store, a showroom and a
dining room, and labellers list it (Greeting customers, Greeting visitors); resumes say
it as often ("Greeted shoppers"). The vocabulary holds the plain pairs ("greet
customers", "greet visitors"), but postings put words between the verb and the people
(who they are, when they come: "walk-in", "arriving", "every", "showroom"), and those
asks were lost. The skill follows the people: an office greets visitors, clients,
patients and residents (Greeting Visitors); a store, a showroom or a dining room greets
customers, shoppers, guests and patrons (Customer greeting). Only the second is read
here: labellers fold an office's greeting into its reception or check-in ("Reception|greet
patients", "Patient check-in|…|greet patients"), and read so it was a false ask in eight
of 33 earlier fresh office pairs. "Greet and seat guests" is the host's seating, which
the vocabulary reads already.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tailor_app.tailoring.posting.shared import SharedHit

__all__ = ["greeting_hits"]

_GREET = re.compile(
    r"\bgreet(?:s|ing)?(?![ \t]+and[ \t]+seat)(?:[ \t]+(?:and|&)[ \t]+(?:welcome|welcomes"
    r"|welcoming|assist|assists|assisting|check[ \t]+in|help|helps|helping|direct|directs"
    r"|directing))?[ \t]+"
    r"(?:(?:every|each|all|our|the|your|incoming|arriving|new|returning|walk-in|showroom"
    r"|store|hotel|restaurant|drive-thru|lobby|front-door|in-store|prospective|potential"
    r"|visiting)[ \t]+){0,3}"
    r"(?:customers?|shoppers?|guests?|patrons?|diners?|homeowners?|buyers?|members?"
    r"|everyone)\b",
    re.IGNORECASE)


def greeting_hits(text: str, lookup: Callable[[str], Any]) -> list[SharedHit]:
    """Hits of Customer greeting where ``text`` asks to greet a place of service's
    people, with words between the verb and the people or not."""
    if "greet" not in text and "Greet" not in text:
        return []
    skill = lookup("Customer greeting")
    if skill is None:
        return []
    return [SharedHit(skill, m.start(), m.end(), m.group()) for m in _GREET.finditer(text)]
