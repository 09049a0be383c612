"""A bar piece's decoration cut from its ends is what ``_DECOR.sub`` cuts (chrome.py)."""

from __future__ import annotations

import itertools

from tailor_app.tailoring.posting.chrome import _DECOR, _undecorated

PARTS = ["", "a", "Save", "1", "_", ".", " ", "(", ")", "(0)", " (12)", "(12345)", "★", "→",
         "é", "٣", "\u00a0", "-", "|"]


def test_same_as_the_substitution() -> None:
    for parts in itertools.product(PARTS, repeat=4):
        piece = "".join(parts).strip()
        assert _undecorated(piece) == _DECOR.sub("", piece), piece
