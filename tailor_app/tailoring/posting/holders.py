"""Holders of a credential the job helps, who are no ask of it.

"Assist journeyman plumbers", "under the direction of a journeyman electrician",
"help registered nurses with patient care": the vocabulary reads a credential by its
holder's name ("journeyman plumber" is the Journeyman License), so a helper's posting
asked for the licence of the people it works for. A demand ("must be a journeyman
plumber") names one holder and no helping verb, and stays an ask.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.posting.protocols import HitLike
from tailor_app.tailoring.posting.title import is_person_noun

__all__ = ["helped_holders"]

_HELPER_BEFORE = re.compile(
    r"\b(?:assist(?:s|ing)?|help(?:s|ing)?|support(?:s|ing)?|shadow(?:s|ing)?|alongside"
    r"|under[ \t]+(?:the[ \t]+)?(?:direction|supervision|guidance)[ \t]+of)[ \t]+"
    r"(?:(?:a|an|the|our|experienced|senior|licensed)[ \t]+)*$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def helped_holders(text: str, hit: HitLike) -> bool:
    """Does a credential named by its holder ("journeyman plumber") name the people the
    job helps rather than a demand: several of them ("journeyman plumbers"), or one the
    job works under ("under the direction of a journeyman electrician")?"""
    surface = text[hit.start:hit.end]
    if surface.isupper():
        return False  # letters ("RN") are read by ``hit_filters.names_people``
    words = surface.split()
    after = _NEXT_WORD.match(text, hit.end)
    if after is not None and is_person_noun(after.group(1)):
        words.append(after.group(1))  # "journeyman" of "journeyman plumbers"
    if len(words) < 2 or not is_person_noun(words[-1]):
        return False
    if words[-1].lower().endswith("s") and not hit.skill.name.lower().endswith("s"):
        return True
    return _HELPER_BEFORE.search(text, max(0, hit.start - 50), hit.start) is not None
