"""The employer's name asks nothing when ordering lines, unless the posting also writes
its word as an everyday one."""

from __future__ import annotations

from tailor_app.tailoring.compose.relevance import _posting_words, content_stems
from tailor_app.tailoring.posting.analyse import analyse_posting

_POSTING = """HVAC Technician

Responsibilities
- Service central air conditioners and heat pumps for homeowners
- Keep the Summit van stocked and clean

Requirements
- EPA 608 certification
"""


def _stem(word: str) -> str:
    return next(iter(content_stems(word)))


def test_a_name_word_the_posting_also_writes_in_lower_case_still_counts() -> None:
    analysis = analyse_posting(_POSTING, "HVAC Technician", "Summit Air Services")
    words = _posting_words(analysis, {})
    assert _stem("air") in words  # "central air conditioners"
    assert _stem("Summit") not in words  # only the name's own word, capitalised


def test_without_a_company_every_asked_word_counts() -> None:
    analysis = analyse_posting(_POSTING, "HVAC Technician", None)
    words = _posting_words(analysis, {})
    assert _stem("air") in words and _stem("Summit") in words
