"""De-escalation asked in a posting's everyday words: "stay calm with frustrated
customers", "handle irate callers", "calm upset guests", "deal with difficult patrons",
"Handle escalated calls and upset members with patience".

Every service job asks it, in the words of its own people (callers, guests, shoppers,
members, patients, tenants), so no list of fixed phrases holds them all: the vocabulary
held "calm upset customers" and "de-escalate", and fresh postings in customer service,
hospitality and retail lost the ask in every other wording. Labellers name it
De-escalation ("De-escalation|upset members"), as the resume side reads "Calmed irate
callers" (``skills/calming.py``). The English shape: a verb of calming or of handling
people, or "stay/remain/keep calm with", then an upset person. The person must be named
(callers, guests …): "handle difficult situations" or "manage demanding deadlines" are
no one to calm, and a "demanding" client is one who asks much, not one to calm.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tailor_app.tailoring.caseless import folded, lowered
from tailor_app.tailoring.posting.cue_lines import cue_lines, scan_cued
from tailor_app.tailoring.posting.shared import SharedHit

__all__ = ["upset_people_hits"]

_UPSET = (r"(?:angry|upset|irate|agitated|hostile|aggressive|escalated|frustrated|distressed"
          r"|combative|belligerent|difficult|unhappy|dissatisfied|disgruntled|emotional|unruly"
          r"|confused[ \t]+and[ \t]+upset)")
_PEOPLE = (r"(?:customers?|callers?|guests?|patients?|clients?|residents?|members?|people"
           r"|visitors?|passengers?|tenants?|families|parents?|patrons?|shoppers?|diners?"
           r"|travell?ers?|riders?|homeowners?|consumers?|account[ \t]+holders?|individuals)")
_DET = r"(?:(?:an?|the|any|all|every|our|your|those|some|occasionally|sometimes|often)[ \t]+)?"
_CALMING = re.compile(
    r"\b(?:calm(?:s|ing)?(?:[ \t]+down)?|sooth(?:e|es|ing)|defus(?:e|es|ing)|diffus(?:e|es|ing)"
    r"|settl(?:e|es|ing)[ \t]+down|handl(?:e|es|ing)|deal(?:s|ing)?[ \t]+with|manag(?:e|es|ing)"
    r"|(?:stay|stays|staying|remain|remains|remaining|keep|keeps|keeping|be)[ \t]+"
    r"(?:calm|composed|patient|cool|level-headed)(?:[ \t]+(?:and|&)[ \t]+[a-z-]+)?[ \t]+"
    r"(?:with|around|when[ \t]+(?:dealing|working|speaking|talking)[ \t]+with))"
    # "Handle escalated calls and upset members": another object first, then the people.
    r"[ \t]+(?:[a-z-]+(?:[ \t]+[a-z-]+)?,?[ \t]+(?:and|or|&)[ \t]+)?" + _DET
    + _UPSET + r"(?:,?[ \t]+(?:or|and|&)[ \t]+" + _UPSET + r"|/" + _UPSET + r")?"
    r"[ \t]+(?:[a-z-]+[ \t]+)?" + _PEOPLE + r"\b"
    # The people end their noun phrase: "difficult customer returns" and "difficult
    # patient cases" are hard returns and cases, no one to calm.
    r"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:and|or|with|who|that|at|in|on|by|during|when"
    r"|while|before|after|without|from|to|for|as|over|via|through|under|&|calmly"
    r"|professionally|politely|patiently|courteously|respectfully|effectively|daily)\b)",
    re.IGNORECASE)
# The words every match holds: a posting without one is not scanned, and in one that
# holds one only its lines holding one are (no match runs past a line's end; the
# case-blind pattern was tried at every character of the posting).
_CUES = ("angry", "upset", "irate", "agitated", "hostile", "aggressive", "escalated",
         "frustrated", "distressed", "combative", "belligerent", "difficult", "unhappy",
         "dissatisfied", "disgruntled", "emotional", "unruly")


def upset_people_hits(text: str, lookup: Callable[[str], Any]) -> list[SharedHit]:
    """Hits of De-escalation where ``text`` asks to calm or handle an upset person."""
    low = lowered(text)
    if not any(cue in low for cue in _CUES):
        return []
    skill = lookup("De-escalation")
    if skill is None:
        return []
    lines = cue_lines(folded(text), len(text), _CUES)
    return [SharedHit(skill, m.start(), m.end(), m.group())
            for m in scan_cued(_CALMING, text, lines)]
