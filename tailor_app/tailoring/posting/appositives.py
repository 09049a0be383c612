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

from tailor_app.tailoring.posting.cue_lines import cue_lines, scan_cued

__all__ = ["employer_aside_spans"]

_ASIDE = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*)[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z&][\w&'’.-]*|of|and|the))"
    r"{0,6},[ \t]+((?:a|an|the)[ \t][^,.;:!?\n]{3,140}?),[ \t]+(?:(?:is|are)[ \t]+"
    r"(?:now[ \t]+|currently[ \t]+)?(?:hiring|seeking|looking|recruiting|searching)"
    r"|seeks|wants|needs)\b")


# The words one of which every match ends on, as written (the pattern minds case), and
# no match runs past a line's end: only the lines holding one are read (``cue_lines``;
# the pattern opened on nearly every capital of the posting).
_HIRES = ("hiring", "seeking", "looking", "recruiting", "searching", "seeks", "wants", "needs")


def employer_aside_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the asides that describe the employer before it says whom it hires."""
    if "," not in text:
        return []
    return [m.span(1) for m in scan_cued(_ASIDE, text, cue_lines(text, len(text), _HIRES))]
