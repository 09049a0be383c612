"""A body's rules or model asked by the body's letters ("ASCA National Model", "DOT
compliance", "OSHA standards") shown where the resume says its work follows that body:
"an ASCA-aligned counseling program", "audited driver files per DOT and FMCSA rules",
"HACCP-based plan", "cleaned to CDC standards".

The ask's name is the letters (case-exact, three to six capitals) and words that only
say "its rules" (``_RULE_WORDS``: model, standards, guidelines, regulations, code,
compliance ...). The resume must write the letters as the rule-maker of its work:

- joined to a word of following: "ASCA-aligned", "OSHA-compliant", "HACCP-based" (never
  "-approved" or "-certified": "FDA-approved generics" tell of a product, not work; nor
  on a line about goods sold, stocked or shipped: "Sold DOT-compliant tires");
- before a word of rules, maybe after another body's letters: "DOT rules", "DOT and FMCSA
  regulations";
- after a word of following: "per OSHA", "under DOT rules", "in line with ASCA".

A membership ("Member of ASCA since 2019") or the letters alone say nothing of the work.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, quoted_by

__all__ = ["framework_followed"]

_RULE_WORDS = frozenset({
    "model", "national", "standards", "standard", "guidelines", "guideline", "regulations",
    "regulation", "regs", "rules", "requirements", "code", "codes", "framework",
    "compliance", "protocols", "principles", "criteria", "mindsets", "behaviors",
    "behaviours", "federal", "and", "&"})
_ASKED = re.compile(r"(?P<letters>[A-Z]{3,6})(?P<rest>(?:[ \t]+[A-Za-z&]+){1,4})")
_FOLLOWING = r"(?:aligned|based|compliant|conforming|consistent)"
_RULES = (r"(?:rules|regulations|regs|standards|guidelines|requirements|codes?|model"
          r"|framework|protocols|compliance)")
_BEFORE = (r"(?:per|under|following|follow(?:ed|s)?|compl(?:y|ied|ies)[ \t]+with"
           r"|in[ \t]+(?:line|compliance|keeping)[ \t]+with|according[ \t]+to"
           r"|aligned[ \t]+(?:with|to)|compliant[ \t]+with)")


# A line about goods bought or sold: its "-compliant" tells of a product ("Sold
# DOT-compliant tires", review26's S4).
_TRADED = re.compile(r"\b(?:s(?:old|ell|ells|elling)|stock(?:ed|s|ing)?|order(?:ed|s|ing)?"
                     r"|carr(?:y|ied|ies|ying)|ship(?:s|ped|ping)?|b(?:uy|ought|uys|uying)"
                     r"|purchas(?:e|ed|es|ing)|pric(?:e|ed|es|ing)|display(?:ed|s|ing)?"
                     r"|merchandis(?:e|ed|es|ing)|rent(?:ed|s|ing)?|demo(?:ed|s)?"
                     r"|recommend(?:ed|s|ing)?|upsell|upsold)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _patterns(letters: str) -> tuple[re.Pattern[str], ...]:
    acr = rf"(?<![\w&/-]){letters}(?![\w&/])"
    other = r"(?:[ \t]+(?:and|or|&)[ \t]+[A-Z]{2,6}|/[A-Z]{2,6})?"
    return (re.compile(rf"{acr}[ \t]*-[ \t]*(?i:{_FOLLOWING})\b"),
            re.compile(rf"{acr}{other}[ \t]+{_RULES}\b"),
            re.compile(rf"\b{_BEFORE}[ \t]+(?:the[ \t]+)?{acr}(?!-)"))


def framework_followed(mention: SkillMention, lines: list[ResumeLine], resume_text: str
                       ) -> tuple[float, SkillMatch | None]:
    """(credit, match) quoting the line whose work follows the asked body's rules (see the
    module docstring), else (0.0, None)."""
    if mention.kind not in ("hard", "tool"):
        return 0.0, None
    for name in dict.fromkeys((mention.name, mention.term)):
        asked = _ASKED.fullmatch(name.strip()) if name else None
        if asked is None or asked["letters"] not in resume_text:
            continue
        if not all(w.lower() in _RULE_WORDS for w in asked["rest"].split()):
            continue
        joined, *others = _patterns(asked["letters"])
        worked = [line for line in lines if not _TRADED.search(line.text)]
        for read, patterns in ((worked, (joined,)), (lines, tuple(others))):
            credit, match = quoted_by(mention, read, patterns)
            if match is not None:
                return credit, match
    return 0.0, None
