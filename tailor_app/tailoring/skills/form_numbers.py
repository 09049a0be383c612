"""A government form asked by its name ("Form 1065", "Form 941") shown by its number
alone where the resume lists the forms it files ("small-business returns (1065,
1120S)", "Prepare 941s and state withholding filings").

Preparers and payroll clerks write the forms they file by number, and drop the word
"Form". A bare number is many things (a count, a model, a room), so it shows the form
only on a line that speaks of filing papers (returns, forms, filings, prepared): "Drove
1065 miles" names no form.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank

__all__ = ["form_number"]

# Letters right before the number name another issuer's form of it.
_ISSUER_BEFORE = re.compile(r"\b[A-Z]{2,4}[ -]$")

_ASKED = re.compile(r"(?:IRS\s+)?Forms?\s+(?P<code>\d{3,4}(?:-?[A-Z]{1,3})?|W-?\d|I-\d{1,3})",
                    re.IGNORECASE)
_PAPER_WORDS = re.compile(r"\b(?:returns?|forms?|filings?|filed|file|schedules?|prepar\w*"
                          r"|quarterly|year-end|amended|extensions?)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def _pattern(name: str) -> tuple[str, re.Pattern[str]] | None:
    found = _ASKED.fullmatch(name.strip())
    if found is None:
        return None
    code = found["code"]
    return code, re.compile(rf"(?<![\w$.,/-]){re.escape(code)}s?(?![\w/-])(?!,\d)",
                            re.IGNORECASE)


def form_number(mention: SkillMention, lines: list[ResumeLine], resume_text: str
                ) -> tuple[float, SkillMatch | None]:
    """(credit, match) when a line of filing work names the asked form by its number."""
    parts = _pattern(mention.name)
    if parts is None or parts[0].upper() not in resume_text.upper():
        return 0.0, None
    pattern = parts[1]
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part in ("contact", "heading"):
            continue
        for found in pattern.finditer(line.text):
            if line.in_name(found.start(), found.end()) or _ISSUER_BEFORE.search(
                    line.text, max(0, found.start() - 6), found.start()):
                continue  # "Ohio IT 1040", "NJ-1040": a state's form of that number
            if _PAPER_WORDS.search(line.text):
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, found.group())
    return 0.0, None
