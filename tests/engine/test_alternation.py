"""The split alternation test answers as ``re.search`` does (alternation.py)."""

from __future__ import annotations

import itertools
import re

from tailor_app.tailoring.alternation import AnywhereTest, _branches

PATTERNS = [
    r"equal (?:employment )?opportunit|\beeo\b|^application (?:requirements|materials)\b"
    r"|^(?:the )?legal(?: notices?)?$|affirmative",
    r"^physical (?:demands?|requirements?)|(?:^|\band )(?:working|work) (?:conditions)\b",
    r"prefer|\bplus(?:es)?\b|[^|]x\||a\|b|\bassets?\b",
    r"^only$",
    r"\bbring\b",
]
TEXTS = ["", "eeo", "the eeo statement", "geeo", "application requirements", "our application "
         "requirements", "legal", "the legal notice", "legal stuff", "affirmative action",
         "physical demands", "the physical demands", "working conditions", "and work conditions",
         "land work conditions", "preferred", "plus", "pluses", "surplus", "assets", "assetsx",
         "zx|", "a|b", "only", "not only", "bring", "bringing", "you bring", "x|"]


def test_branches_split_only_at_the_top_level() -> None:
    assert _branches(r"a|(b|c)|[|]|\||[]|]|d") == ["a", "(b|c)", "[|]", r"\|", "[]|]", "d"]


def test_same_answer_as_search() -> None:
    for pattern in PATTERNS:
        test, plain = AnywhereTest(pattern), re.compile(pattern)
        for a, b in itertools.product(TEXTS, repeat=2):
            text = f"{a} {b}".strip()
            assert test(text) == (plain.search(text) is not None), (pattern, text)
