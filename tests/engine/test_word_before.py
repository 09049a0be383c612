"""shared._word_before reads what the _BEFORE pattern finds (posting/shared.py)."""

from __future__ import annotations

import itertools

from tailor_app.tailoring.posting.shared import _BEFORE
from tailor_app.tailoring.skills.phrases import word_before as _word_before

PIECES = ["a", "Bc", "-", " ", "\t", "\n", "1", "_", "é", ",", "x-y"]


def test_same_as_the_pattern() -> None:
    for parts in itertools.product(PIECES, repeat=4):
        text = "".join(parts)
        for pos in range(len(text) + 1):
            for lo in (0, max(0, pos - 3), pos):
                m = _BEFORE.search(text, lo, pos)
                assert _word_before(text, lo, pos) == (
                    None if m is None else (m.group(1), m.start(1))), (text, lo, pos)
