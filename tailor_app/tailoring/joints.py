"""Where a list of two words may open: the word right before a joint ("and", "or",
"&" after a blank, or a slash).

Two readers find a pair or list of kinds with a pattern whose first item is a run of
ASCII letters and hyphens that opens after no letter, figure or hyphen, and which a
joint must follow at once or after blanks ("written and verbal", "IM/SubQ").
``re`` tried that pattern at every letter of a posting; a posting has a few dozen
joints, so the pattern is tried only at the start of the word before each
(``matches_before_joints``), which finds the same matches in the same order
(``tests/engine/test_regex_shortcuts.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["matches_before_joints"]

# A joint: "and", "or" or "&" after a blank or a tab (found with the blank, so ``re``
# skips to the blanks), or a slash.
_JOINT = re.compile(r"[ \t](?:and|or|&)|/")
_RUN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _starts(text: str) -> list[int]:
    """Where the run of ASCII letters and hyphens before each joint opens (blanks and
    tabs between them skipped), when it opens with a letter: every place a match of
    the patterns may open (its first item is that run, never given back)."""
    out: list[int] = []
    for joint in _JOINT.finditer(text):
        end = joint.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        start = end
        while start > 0 and text[start - 1] in _RUN:
            start -= 1
        if start < end and text[start] in _LETTERS:
            out.append(start)
    return out


def matches_before_joints(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern every match of which opens with a run of
    ASCII letters and hyphens, not preceded by one, then blanks or tabs and a joint
    ("and", "or", "&" after a blank, or a slash) and never is empty."""
    end = 0
    for start in sorted(set(_starts(text))):
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            end = m.end()
            yield m
