"""Electrical or mechanical troubleshooting shown the way a tradesperson writes it: a
deed of troubleshooting and the kind of thing troubleshot, in one clause of a work
bullet. "Troubleshoot faults on Allen-Bradley PLCs" and "Diagnose no-cool calls: test
capacitors and contactors" are electrical troubleshooting; "Fix hydraulic and pneumatic
problems" and "Diagnosed noisy gearboxes" mechanical.

The vocabulary holds the fixed phrases ("electrical fault finding", "traced wiring
faults"); a bullet more often names the troubleshooting and the parts apart, with words
no list of phrases can hold. The deed is a verb of troubleshooting (troubleshoot,
diagnose, chase or track down, find and fix) or fixing a problem, fault or issue;
the parts are each trade's own nouns for its kind (a circuit, a breaker, a PLC, a
contactor are electrical; a gearbox, a bearing, a pump, a hydraulic cylinder
mechanical), never a word with another sense in other work ("motor" may be a motor
mount, "panel" a review panel, "valve" a heart valve). The clause ends at a full stop or
a semicolon; a colon or a comma only lists what was done ("Diagnose no-heat calls:
check pressures, test capacitors").
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank

__all__ = ["troubleshot_kind"]

_DEED = re.compile(
    r"\b(?:troubleshoot(?:s|ed|ing)?|troubleshot|diagnos(?:e|es|ed|ing)"
    r"|(?:chas(?:e|es|ed|ing)|track(?:s|ed|ing)?)[ \t]+down"
    r"|f(?:ind|inds|inding|ound)[ \t]+and[ \t]+fix(?:es|ed|ing)?)\b", re.IGNORECASE)
_ELECTRICAL = (r"(?:electrical|circuits?|wiring|breakers?|PLCs?|capacitors?|contactors?|relays?"
               r"|VFDs?|fuses?|transformers?|ground[ \t]+faults?|control[ \t]+boards?"
               r"|thermostats?|igniters?|switchgear|disconnects?)")
_MECHANICAL = (r"(?:mechanical|gearbox(?:es)?|gear[ \t]+boxes|bearings?|pumps?|conveyors?"
               r"|hydraulics?|pneumatics?|cylinders?|couplings?|sprockets?|seals?|compressors?)")
_PROBLEMS = r"(?:problems?|faults?|issues?|failures?)"


def _fixed(kind: str) -> re.Pattern[str]:
    """Fixing a problem of the kind: "Fix hydraulic and pneumatic problems", "solved
    faults on the PLCs" (the kind names the problem, not a customer after it)."""
    word = r"[A-Za-z/-]+[ \t]+"
    return re.compile(
        rf"\b(?:fix(?:es|ed|ing)?|solv(?:e|es|ed|ing))[ \t]+(?:{word}){{0,3}}?{kind}"
        rf"(?:[ \t]+(?:and|or|&)[ \t]+[A-Za-z-]+)?[ \t]+(?:{word}){{0,1}}?{_PROBLEMS}\b"
        rf"|\b(?:fix(?:es|ed|ing)?|solv(?:e|es|ed|ing))[ \t]+(?:{word}){{0,2}}?{_PROBLEMS}"
        rf"[ \t]+(?:with|on|in)[ \t]+(?:{word}){{0,2}}?{kind}\b", re.IGNORECASE)


_KINDS = {
    "Electrical Troubleshooting": (re.compile(rf"\b{_ELECTRICAL}\b", re.IGNORECASE),
                                   _fixed(_ELECTRICAL)),
    "Mechanical Troubleshooting": (re.compile(rf"\b{_MECHANICAL}\b", re.IGNORECASE),
                                   _fixed(_MECHANICAL)),
}
_CLAUSE_END = re.compile(r"[.;](?:\s|$)")


def troubleshot_kind(mention: SkillMention, lines: list[ResumeLine]
                     ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when the ask is electrical or mechanical troubleshooting and a bullet
    of the resume's work troubleshoots a part of that kind in one clause (see the module
    docstring), else (0.0, None)."""
    kinds = _KINDS.get(mention.name)
    if kinds is None:
        return 0.0, None
    kind, fixed = kinds
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part != "bullet" or line.section not in ("experience", "volunteering"):
            continue
        found = fixed.search(line.text)
        if found is not None and not line.in_name(found.start(), found.end()):
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                   line.text, found.group())
        for deed in _DEED.finditer(line.text):
            end = _CLAUSE_END.search(line.text, deed.end())
            part = kind.search(line.text, deed.start(), end.start() if end else len(line.text))
            if part is not None and not line.in_name(deed.start(), part.end()):
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, line.text[deed.start():part.end()])
    return 0.0, None
