"""Work asked across states ("multi-state payroll", "multi-state sales tax filings")
shown by a line doing that work for two states or more named in full ("Run payroll for
650 employees in Iowa, Nebraska and Missouri").

A resume names the states it worked in rather than the posting's word for doing so.
The line must name the work itself too (each of its words' stems: payroll; sales, tax)
and two different states or provinces; a header's place ("Des Moines, IA") names one.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.posting.places import is_region
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank

__all__ = ["multi_state"]

_ASKED = re.compile(r"multi[- ]?state\s+(?P<work>[A-Za-z][\w -]*)", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of\s+[A-Z][a-z]+))?")


@functools.lru_cache(maxsize=256)
def _work_stems(name: str) -> tuple[str, ...]:
    """The stems of the work's words ("payroll"; "sales", "tax"), or () for no such ask."""
    found = _ASKED.fullmatch(name.strip())
    if found is None:
        return ()
    return tuple(w.lower()[:6] for w in found["work"].split())


def _states(text: str) -> set[str]:
    """The states and provinces ``text`` names in full, lower-cased."""
    named: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        words = m.group()
        if is_region(words):
            named.add(words.lower())
        elif " " in words and is_region(words.split()[0]):
            named.add(words.split()[0].lower())
    return named


def multi_state(mention: SkillMention, lines: list[ResumeLine], resume_low: str
                ) -> tuple[float, SkillMatch | None]:
    """(credit, match) when a line does the asked work for two states or more."""
    stems = _work_stems(mention.name)
    if not stems or any(stem not in resume_low for stem in stems):
        return 0.0, None
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part not in ("bullet", "summary"):
            continue
        low = line.text.lower()
        if all(stem in low for stem in stems) and len(_states(line.text)) >= 2:
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   mention.name)
    return 0.0, None
