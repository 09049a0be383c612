"""What every word-processor reader does with page headers and footers.

A header or footer is defined once per section kind (first page, odd, even) and
often repeats the same line; a footer's page number is no part of the resume.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tailor_app.tailoring.model import TextLine

__all__ = ["PAGE_NUMBER", "unique_lines"]

PAGE_NUMBER = re.compile(r"(?i)^(page\s*)?\d+(\s*(of|/)\s*\d+)?$")


def unique_lines(lines: Iterable[TextLine], *, footer: bool) -> list[TextLine]:
    """Each non-blank line once, in order; a footer's bare page number dropped."""
    seen: set[str] = set()
    kept: list[TextLine] = []
    for line in lines:
        if not line.text or line.text in seen or (footer and PAGE_NUMBER.match(line.text)):
            continue
        seen.add(line.text)
        kept.append(line)
    return kept
