"""A hit outside every chunk with a slash is in no web address (context.slash_chunks)."""

from __future__ import annotations

import itertools

from tailor_app.tailoring.skills.context import _in_address, slash_chunks

PARTS = ["https://", "www.", "r/", "/r/", "ar/", "x/", "/", " ", "\n", "\t", "python", "r", "9"]


def test_no_address_outside_the_chunks() -> None:
    for parts in itertools.product(PARTS, repeat=4):
        text = "".join(parts)
        chunks = slash_chunks(text)
        for a in range(len(text)):
            for b in range(a + 1, len(text) + 1):
                if _in_address(text, a, b):
                    assert any(x <= a and b <= y for x, y in chunks), (text, a, b)
