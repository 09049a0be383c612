"""A body's rules shown by the resume's word for following them: "EPA regulations" asked
(``posting/rule_sources.rule_name``), "keep refrigerant logs for EPA compliance",
"stored chemicals per OSHA regulations" shown.

The body's letters beside a noun of its rules or of keeping them (compliance,
regulations, rules, guidelines, standards, requirements) tell that the writer worked to
them. Not "-compliant", which describes a thing as often as work ("Sold DOT-compliant
tires", review26 A7), and not the letters alone: "EPA Section 608 Universal
Certification" is a credential the body grants, "DEA Form 222" a form it issues.

shown26's ``framework_followed`` reads the same class with more wordings (review26 A8):
where both land, one reader should stay.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine

__all__ = ["body_rules"]

_RULES_ASKED = re.compile(r"([A-Z][A-Z&]{1,5}) (?:regulations|rules|guidelines)")
_RULE_WORDS = (r"(?:compliance|regulations?|regulatory|rules?|guidelines?"
               r"|standards?|requirements?)")


def body_rules(mention: SkillMention, lines: list[ResumeLine]
               ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) for an ask of a body's rules ("EPA regulations") when a resume line
    holds the body's letters beside a word of its rules ("for EPA compliance"); else
    (0.0, None)."""
    asked = _RULES_ASKED.fullmatch(mention.name)
    if asked is None:
        return 0.0, None
    body = re.escape(asked.group(1))
    told = re.compile(rf"(?<![\w-]){body}[ \t]+{_RULE_WORDS}\b"
                      rf"|\b{_RULE_WORDS}[ \t]+(?:of|from|set[ \t]+by|under)[ \t]+"
                      rf"(?:the[ \t]+)?{body}(?![\w-])", re.IGNORECASE)
    for line in lines:
        found = told.search(line.text)
        if found is not None and asked.group(1) in found.group():
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   found.group())
    return 0.0, None
