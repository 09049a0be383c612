"""How often, said as a phrase instead of the name's first word: "Quarterly payroll tax"
is shown by "Prepare 941s and state withholding filings each quarter", "Monthly
reconciliations" by "Reconcile the bank accounts every month".

A posting names recurring work by its period ("quarterly", "monthly", "weekly"); a
resume says the work and then when ("each quarter", "every month", "once a week", "at
month-end"). The rest of the name must be shown on the same line, by the vocabulary
(the skill itself, or the broader skill it was split from: a line that shows payroll
taxes by "941s" shows the payroll tax asked) or by its own words; the period must be
the same one ("each month" is no quarterly work).
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.entries import SkillHit
from tailor_app.tailoring.skills.evidence import ALIAS_CREDIT, ResumeLine, evidence_rank
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["period_said_otherwise"]

# The period a name's first word gives, and the unit a phrase counts it in.
_PERIODS = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
            "annual": "year", "annually": "year", "yearly": "year", "biweekly": "2w",
            "bi-weekly": "2w", "semimonthly": "2m", "semi-monthly": "2m"}
_UNIT_WORDS = {"day": r"day|business day|shift", "week": r"week", "month": r"month|month-end",
               "quarter": r"quarter|quarter-end", "year": r"year|year-end",
               "2w": r"two weeks|other week|2 weeks", "2m": r"half[ -]month"}
_ADVERBS = {"day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly",
            "year": r"annually|yearly", "2w": r"bi-?weekly", "2m": r"semi-?monthly"}


def _period_pattern(unit: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?:each|every|a|per|once an?|twice an?|at|at each|at every)[ \t]+"
        rf"(?:{_UNIT_WORDS[unit]})|{_ADVERBS[unit]})\b", re.IGNORECASE)


_PATTERNS = {unit: _period_pattern(unit) for unit in set(_PERIODS.values())}


def period_said_otherwise(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
                          shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                          vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """(credit, match) quoting a line that does the rest of the asked name's work and
    says its period in a phrase (see the module docstring), else (0.0, None)."""
    if mention.kind != "hard":
        return 0.0, None
    first, _, rest = mention.name.strip().partition(" ")
    unit = _PERIODS.get(first.lower())
    if unit is None or not rest:
        return 0.0, None
    period = _PATTERNS[unit]
    if period.search(resume_low) is None:
        return 0.0, None
    texts: dict[str, str] = {}  # a line that shows the rest: the words that show it
    skill = vocabulary.lookup(rest)
    if skill is not None:
        for name in (skill.name, *skill.broader):
            for line, hit in shown.get(name, []):
                texts.setdefault(line.text, hit.surface)
    words = [w for w in re.split(r"[ \t-]+", rest) if w]
    own = re.compile(r"(?<![\w-])" + r"[ \t-]+".join(re.escape(w) for w in words[:-1])
                     + (r"[ \t-]+" if len(words) > 1 else "")
                     + re.escape(words[-1].rstrip("s")) + r"(?:s|es)?(?![\w-])", re.IGNORECASE)
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part in ("contact", "heading"):
            continue
        if not period.search(line.text):
            continue
        written = own.search(line.text)
        term = written.group() if written else texts.get(line.text)
        if term:
            return ALIAS_CREDIT, SkillMatch(mention.name, mention.kind, mention.required,
                                            line.text, term)
    return 0.0, None
