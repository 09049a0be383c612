"""An ask of two one-word halves ("Returns and refunds", "Shipping & receiving") shown
by a resume line that names both halves close together, in any order and with other
items between ("returns/exchanges, refunds in Shopify").

Postings pair two duties in one name; resumes list them as separate items of one line.
Each half must be written as a whole word (or its plural) on the same line, at most a
few words apart and within one clause, never in an employer's name: one half alone
("suspension, alignments") leaves the ask missing, as a reader would find it.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank

__all__ = ["both_halves"]

_HALVES = re.compile(r"(?P<a>[A-Za-z]{4,})\s+(?:and|&)\s+(?P<b>[A-Za-z]{4,})")
_NEAR = 6  # words between the two halves at most
_CLAUSE_END = re.compile(r"[.;:]\s")
_IFICATION = re.compile(r"(?P<stem>[A-Za-z]{3,}if)ications?$", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    found = _HALVES.fullmatch(name.strip())
    if found is None:
        return None
    def half(word: str) -> re.Pattern[str]:
        # "-ification" is the noun of a verb in "-ify" and its deed may stand for it:
        # "accommodations and modified materials" (Accommodations and Modifications).
        done = _IFICATION.match(word)
        if done is not None:
            stem = re.escape(done["stem"])
            return re.compile(rf"(?<![\w-]){stem}(?:ications?|ied|ies|y|ying)(?![\w-])",
                              re.IGNORECASE)
        return re.compile(rf"(?<![\w-]){re.escape(word)}(?:s|es)?(?![\w-])", re.IGNORECASE)

    return half(found["a"]), half(found["b"])


def both_halves(mention: SkillMention, lines: list[ResumeLine], resume_low: str
                ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when one resume line names both halves of the ask, else (0.0, None)."""
    patterns = _patterns(mention.name)
    if patterns is None or any(p.search(resume_low) is None for p in patterns):
        return 0.0, None
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part in ("contact", "heading"):
            continue
        a = next((m for m in patterns[0].finditer(line.text)
                  if not line.in_name(m.start(), m.end())), None)
        b = next((m for m in patterns[1].finditer(line.text)
                  if not line.in_name(m.start(), m.end())), None)
        if a is None or b is None:
            continue
        start, end = min(a.start(), b.start()), max(a.end(), b.end())
        between = line.text[start:end]
        if len(between.split()) - 2 <= _NEAR and _CLAUSE_END.search(between) is None:
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   between)
    return 0.0, None
