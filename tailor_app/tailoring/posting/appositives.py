"""The employer told in an aside before it hires: "Whitfield & Osei LLP, a 22-attorney
family law and estate planning firm in Raleigh, is hiring a Legal Receptionist".

A one-paragraph posting often opens so, and the aside between the employer's name and
"is hiring" names the employer's trade, not the hire's: its "family law" and "estate
planning" were asked of a receptionist, each a false "missing" in the match report. The
aside is set off by commas after a capitalised name and opens with an article; the
clause after it turns to the hire ("is hiring", "is looking for", "seeks").
"""

from __future__ import annotations

import re

__all__ = ["employer_aside_spans"]

_ASIDE = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*)[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z&][\w&'’.-]*|of|and|the))"
    r"{0,6},[ \t]+((?:a|an|the)[ \t][^,.;:!?\n]{3,140}?),[ \t]+(?:(?:is|are)[ \t]+"
    r"(?:now[ \t]+|currently[ \t]+)?(?:hiring|seeking|looking|recruiting|searching)"
    r"|seeks|wants|needs)\b")


def employer_aside_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the asides that describe the employer before it says whom it hires."""
    if "," not in text:
        return []
    return [m.span(1) for m in _ASIDE.finditer(text)]
