"""IV work told as nurses tell it: "Stick IVs when the floor needs one", "Start IVs",
"hang IV antibiotics and PCAs", "Push meds through IVs", "hang piggybacks and heparin
drips", "IV pushes and antibiotic piggybacks".

Nurses name the deed, not the skill: the verb of the trade with its object (an IV, a
piggyback, a drip, meds pushed). The vocabulary names the skills ("IV Catheter
Placement", "IV push", "IV Piggyback", "IV Therapy") and their aliases as nouns ("IV
catheter placement", "IV piggybacks"), which these lines never write. Each deed shows
its skill and, through the vocabulary's broader skills, IV Therapy. The IV must be the
object the writer's verb acts on: a bare "IV" elsewhere ("IV certified", "IV team is
busy", "IV pumps") places nothing, and a line told of others ("the IV team starts the
IVs") is refused by ``writers_own.by_another``.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.writers_own import by_another, opens_a_clause

__all__ = ["iv_deed"]

# An IV as a thing placed: "IVs", or "IV" closing its phrase ("stick an IV on the first
# try"), never "IV" describing a noun after it ("put in IV orders").
_IVS = (r"(?-i:P?IVs)(?![\w-])"
        r"|(?-i:P?IV)(?=\s*(?:[,.;)]|$)|\s+(?:on|in|for|when|and|with|at|first|every)\b)"
        r"|IV\s+(?:lines?|catheters?|access)\b|peripheral\s+(?-i:P?IVs?)\b")
_PLACED = (rf"\b(?:stick|sticks|stuck|sticking|start|starts|started|starting|place|places|placed"
           rf"|placing|insert|inserts|inserted|inserting|put\s+in|puts\s+in|putting\s+in)\s+"
           rf"(?:[\w-]+\s+){{0,2}}?(?:{_IVS})"
           rf"|\b(?-i:IV|PIV)\s+starts\b")
# Meds pushed are pushed IV; pushed to someone is selling ("pushed new drugs to doctors").
_PUSHED = (r"\b(?:push|pushes|pushed|pushing)\s+(?:[\w-]+\s+){0,2}?(?:meds|medications|doses"
           r"|antiemetics|pain\s+meds)\b(?!\s+(?:to|for|on)\s)|\b(?-i:IV)\s+push(?:es)?\b")
_PIGGYBACK = (r"\b(?:hang|hangs|hung|hanging|run|runs|ran|running|give|gives|gave|giving)\s+"
              r"(?:[\w-]+\s+){0,2}?piggybacks?\b|\b(?:antibiotic|IV|IVPB)\s+piggybacks?\b")
_INFUSED = (r"\b(?:hang|hangs|hung|hanging|run|runs|ran|running|give|gives|gave|giving"
            r"|administer|administers|administered|administering|titrate|titrates|titrated"
            r"|titrating)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:(?-i:IV)\s+(?:antibiotics|abx|fluids|meds|medications|drips|infusions|PCAs?"
            r"|iron|potassium|heparin|insulin|vanc\w*|TPN|blood|blood\s+products)"
            r"|[\w-]+\s+drips)\b")
# The skill each deed shows; "IV Therapy" also by any of the others.
_DEEDS = {
    "iv catheter placement": re.compile(_PLACED, re.IGNORECASE),
    "iv push": re.compile(_PUSHED, re.IGNORECASE),
    "iv push medications": re.compile(_PUSHED, re.IGNORECASE),
    "iv piggyback": re.compile(_PIGGYBACK, re.IGNORECASE),
    "iv therapy": re.compile("|".join((_INFUSED, _PLACED, _PUSHED, _PIGGYBACK)), re.IGNORECASE),
}


_GATE = re.compile(r"IV|piggyback|push|drip", re.IGNORECASE)


def iv_deed(mention: SkillMention, lines: list[ResumeLine]) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a work line of the writer's does the IV deed the ask names (or
    any IV deed, for IV Therapy); else (0.0, None)."""
    deed = _DEEDS.get(mention.name.casefold())
    if deed is None or mention.kind != "hard":
        return 0.0, None
    for line in lines:
        if line.part not in ("bullet", "summary") or not _GATE.search(line.text):
            continue
        for found in deed.finditer(line.text):
            # A deed told with its verb is the writer's when the verb opens its clause
            # ("Stick IVs", "Pass meds, hang piggybacks"; not "The IV team starts IVs");
            # a noun ("IV pushes", "antibiotic piggybacks") is read in the writer's line.
            verb_led = found.group()[:1].islower() or not found.group().startswith(
                ("IV", "PIV", "IVPB", "antibiotic", "Antibiotic"))
            if verb_led and not opens_a_clause(line.text, found.start()):
                continue
            if not by_another(line.text, found.start()):
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                       found.group())
    return 0.0, None
