"""The deed filters' patterns keep their own names: a second module-level pattern named
like the first silently replaced it, so "manage product seeding" was read as managing a
product again, and a letter the pattern did not expect right after a duty made the
whole posting's analysis fail (posting/hit_filters.py)."""

from __future__ import annotations

import logging

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_a_letter_right_after_a_duty_does_not_fail_the_analysis(
        caplog: pytest.LogCaptureFixture) -> None:
    # "ǅ" (a title-case letter) straight after "staff": the analysis must still read
    # the duty, and log no failure.
    with caplog.at_level(logging.ERROR):
        analysis = analyse_posting("Shift Lead\n\nDuties\n- schedule staffǅ\n"
                                   "- Create the weekly schedule for 20 staff\n")
    assert "Staff scheduling" in {s.name for s in analysis.skills}
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(("text", "not_asked"), [
    ("Brand Coordinator\n\nDuties\n- Work with creators and manage product seeding "
     "programs\n", "Product Management"),
    ("Merchandising Lead\n\nDuties\n- Manage store sampling events on weekends\n",
     "Store Management"),
])
def test_an_object_that_goes_on_into_a_longer_name_is_not_the_duty(
        text: str, not_asked: str) -> None:
    assert not_asked not in {s.name for s in analyse_posting(text).skills}


def test_a_will_drafted_is_still_read_beside_a_helping_will() -> None:
    names = {s.name for s in analyse_posting(
        "Estate Paralegal\n\nDuties\n- Handle will prep, trust funding and probate "
        "filings\n- You will prep closing binders for the attorneys\n").skills}
    assert "Will Drafting" in names
