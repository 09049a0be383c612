"""A body's rules shown by the resume's word for following them: "EPA regulations" asked
(``posting/rule_sources.rule_name``), "keep refrigerant logs for EPA compliance",
"stored chemicals per OSHA standards", "EPA-compliant disposal" shown.

The body's letters beside a word of rules or of keeping them (compliance, compliant,
regulations, rules, guidelines, standards, requirements) tell that the writer worked
to them. The letters alone do not: "EPA Section 608 Universal Certification" is a
credential the body grants, "DEA Form 222" a form it issues, and either may be asked on
its own.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine

__all__ = ["body_rules"]

_RULES_ASKED = re.compile(r"([A-Z][A-Z&]{1,5}) (?:regulations|rules|guidelines)")
_RULE_WORDS = (r"(?:compliance|compliant|regulations?|regulatory|rules?|guidelines?"
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
    told = re.compile(rf"(?<![\w-]){body}(?:[ \t]*-[ \t]*|[ \t]+){_RULE_WORDS}\b"
                      rf"|\b{_RULE_WORDS}[ \t]+(?:of|from|set[ \t]+by|under)[ \t]+"
                      rf"(?:the[ \t]+)?{body}(?![\w-])", re.IGNORECASE)
    for line in lines:
        found = told.search(line.text)
        if found is not None and asked.group(1) in found.group():
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   found.group())
    return 0.0, None
