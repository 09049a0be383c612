"""De-escalation shown the way people write it: "Calm down angry callers", "Talk kids down
when they escalate", "settled agitated residents".

The vocabulary holds the name and its fixed phrases ("de-escalate", "calmed upset
customers"); a resume as often says it with a verb of calming and whoever was calmed,
in words no list can hold for every field (callers, guests, drivers, residents,
students). Two English shapes, in a bullet of the person's own work:

- a verb of calming, then an upset person: "calm(ed) (down) an angry caller",
  "soothe distressed families", "defused hostile visitors";
- "talk(ed) <people> down": "talked agitated patients down", "talk kids down" (never
  "talked the price down": the object must name people).
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, work_bullet_showing

__all__ = ["calmed"]

_UPSET = (r"(?:angry|upset|irate|agitated|hostile|aggressive|escalated|escalating|frustrated"
          r"|distressed|combative|belligerent|volatile|disruptive)")
_PEOPLE = (r"(?:customers?|callers?|guests?|patients?|clients?|residents?|students?|kids"
           r"|children|youths?|members?|people|visitors?|passengers?|tenants?|families"
           r"|drivers?|patrons?|shoppers?|employees?|parents?|them|him|her)")
_CALMED = re.compile(
    r"\b(?:calm(?:s|ed|ing)?|sooth(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|defus(?:e|es|ed|ing))"
    r"(?:[ \t]+down)?[ \t]+(?:(?:an?|the|any|\d+\+?)[ \t]+)?(?:[a-z-]+[ \t]+)?"
    rf"{_UPSET}\b"
    rf"|\btalk(?:s|ed|ing)?[ \t]+(?:(?:an?|the)[ \t]+)?(?:{_UPSET}[ \t]+)?{_PEOPLE}[ \t]+down\b",
    re.IGNORECASE)


def calmed(mention: SkillMention, lines: list[ResumeLine]) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when the ask is De-escalation and a bullet of the resume's work calms
    an upset person (see the module docstring), else (0.0, None)."""
    if mention.name != "De-escalation":
        return 0.0, None
    return work_bullet_showing(mention, lines, _CALMED)
