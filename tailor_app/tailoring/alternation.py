"""A "does it match anywhere?" test of a long alternation, at the speed ``re`` gives one
whose branches all open with a letter.

``re`` scans a text for an alternation quickly only when it knows each branch's first
character: it then skips ahead to the characters that can start one. A single branch
that opens with ``^`` or ``\\b`` takes that away, and the whole alternation is tried at
every character (a heading's kind took a few microseconds a search for ten words). The
same test, split in two, keeps the skip: the branches that open with ``^`` are tried
once, at the start; in the others a leading ``\\b`` before a lower-case letter ``x`` is
written ``x(?<!\\wx)``, which says the same (``x`` is a word character, so the boundary
is a non-word character or the text's start before it).
"""

from __future__ import annotations

import re

__all__ = ["AnywhereTest"]


def _branches(pattern: str) -> list[str]:
    """The top-level branches of ``pattern`` (its ``|`` outside groups and classes)."""
    out: list[str] = []
    depth, in_class, escaped, start, class_start = 0, False, False, 0, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            # "]" right after "[" or "[^" is a member, not the class's end.
            if ch == "]" and i > class_start:
                in_class = False
        elif ch == "[":
            in_class = True
            class_start = i + 2 if pattern[i + 1:i + 2] == "^" else i + 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _letter_led(branch: str) -> str:
    r"""``\bx...`` written ``x(?<!\wx)...`` for a lower-case letter ``x``; other
    branches as they are."""
    if branch.startswith("\\b") and branch[2:3].isascii() and branch[2:3].islower():
        x = branch[2]
        return f"{x}(?<!\\w{x}){branch[3:]}"
    return branch


class AnywhereTest:
    """``bool(re.compile(pattern).search(text))`` for a pattern without flags."""

    __slots__ = ("_anywhere", "_at_start")

    def __init__(self, pattern: str) -> None:
        branches = _branches(pattern)
        at_start = [b for b in branches if b.startswith("^")]
        anywhere = [_letter_led(b) for b in branches if not b.startswith("^")]
        self._at_start = re.compile("|".join(at_start)) if at_start else None
        self._anywhere = re.compile("|".join(anywhere)) if anywhere else None

    def __call__(self, text: str) -> bool:
        return (self._at_start is not None and self._at_start.match(text) is not None) or (
            self._anywhere is not None and self._anywhere.search(text) is not None)
