"""keys.is_simple answers as the plain-words pattern does."""

from __future__ import annotations

import itertools

from tailor_app.tailoring.skills.keys import _SIMPLE, is_simple

PIECES = ["", "a", "Z", "1", "_", " ", "é", "٣", "²", "-", ".", "\t", "\n", "中"]


def test_same_as_the_pattern() -> None:
    for parts in itertools.product(PIECES, repeat=4):
        text = "".join(parts)
        assert is_simple(text) == (_SIMPLE.fullmatch(text) is not None), repr(text)
