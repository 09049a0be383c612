"""The lines a rare phrase can stand in: a gate for the scanners that read a whole
posting for something most postings never say.

The span scanners of the posting reader (gifts in ``offered``, idioms and errands in
``idioms``) each run IGNORECASE patterns over the whole text on every job, and an
IGNORECASE pattern opening with a word boundary is tried at every character. Every
match of such a pattern holds one of a few plain words ("pay", "reimburse", "rope"),
and none runs past a line's end. So the pattern needs reading only on the lines that
hold one of those words: finding them is a handful of ``str.find`` calls on the
lower-cased text, and a posting that never says them is not scanned at all.

Scanning a line with ``pattern.finditer(text, start, end)`` gives the matches a scan
of the whole text gives there: ``re`` reads the characters before ``start`` for a
word boundary or a look-behind, and the line's end stands where its newline did for
a boundary or a look-ahead. When lower-casing does not stand in for IGNORECASE
(``caseless.folded``), the whole text is one range: the scan is the old one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

__all__ = ["cue_lines", "scan_cued"]


def cue_lines(low: str | None, size: int, cues: Sequence[str],
              also: Sequence[str] = ()) -> list[tuple[int, int]]:
    """The (start, end) of each line of the text (newline excluded) where ``low`` holds
    one of ``cues`` and, when ``also`` is given, one of ``also``; in order. ``low`` is
    the text as its pattern reads it: lower-cased (``caseless.folded``) for an
    IGNORECASE pattern, the text itself for one that minds case. A cue opening with a
    space is the word after a blank: after a tab too. ``size`` is the text's length;
    with ``low`` None, the whole text."""
    if low is None:
        return [(0, size)]
    if also and not any(w in low for w in also):
        return []  # no line holds one: the cues need no looking for
    if "\t" in low:  # a cue opening with a space stands for one after a tab too
        cues = [*cues, *("\t" + c[1:] for c in cues if c.startswith(" "))]
    found: set[tuple[int, int]] = set()
    for cue in cues:
        at = low.find(cue)
        while at >= 0:
            start = low.rfind("\n", 0, at) + 1
            end = low.find("\n", at)
            if end < 0:
                end = len(low)
            found.add((start, end))
            at = low.find(cue, end)
    if also:
        found = {(a, b) for a, b in found if any(low.find(w, a, b) >= 0 for w in also)}
    return sorted(found)


def scan_cued(pattern: re.Pattern[str], text: str, lines: list[tuple[int, int]]
              ) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` read on ``lines`` alone (see the module docstring:
    the pattern must not match across a newline, and each of its matches holds a cue
    of the lines)."""
    for start, end in lines:
        yield from pattern.finditer(text, start, end)
