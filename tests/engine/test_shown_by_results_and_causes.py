"""Skills a resume shows by a result only the practice gives, told with its number (a
call's average length, issues solved on the first call, stock counted right, renewals
kept), and by finding out why something went wrong (root cause analysis,
troubleshooting), read with the app's own vocabulary. And what they do not show. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tests.match_probe import asks, bullets_report, shown


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Held an average call time of 4:10 on a billing queue", "Average Handle Time"),
    ("Calls averaged under 6 minutes while I trained two new reps", "Average Handle Time"),
    ("Resolved 82% of member issues on first contact", "First call resolution"),
    ("Fix most password and login problems during the first call", "First call resolution"),
    ("Ran nightly counts of the high-value cage at 99.6% accuracy", "Inventory Accuracy"),
    ("Held the forward pick area at 99.5% location accuracy", "Inventory Accuracy"),
    ("Kept 91% of my clients through renewal season", "Renewal Management"),
    ("Renewed 88% of commercial accounts in 2024", "Renewal Management"),
    ("Figured out why invoices kept short-paying and fixed the rate table",
     "Root Cause Analysis"),
    ("Dig into the cause of every late shipment with the carrier", "Root Cause Analysis"),
    ("Track down why the label printer stopped printing", "Troubleshooting"),
    ("Find what's wrong with the walk-in cooler before calling the vendor", "Troubleshooting"),
    ("Located a shorted coil and two loose lugs in the compressor panel", "Troubleshooting"),
])
def test_the_result_or_the_search_shows_the_skill(full: Vocabulary, bullet: str,
                                                 asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked in shown(r), shown(r)


@pytest.mark.parametrize(("bullet", "asked"), [
    # A share with no stock counted, a seller's first call, a time with no call.
    ("Picked 180 lines an hour at 99.8% accuracy", "Inventory Accuracy"),
    ("Closed the sale on the first call with most walk-ins", "First call resolution"),
    ("Average 40 hours a week on the floor", "Average Handle Time"),
    # Renewals with no share kept; finding out what the customer wants.
    ("Sent renewal notices 60 days out", "Renewal Management"),
    ("Found out what each buyer needed before quoting", "Root Cause Analysis"),
    ("Figured out what customers wanted from the new menu", "Troubleshooting"),
    ("Found dead stock in the back room and marked it down", "Troubleshooting"),
])
def test_what_the_result_or_the_search_does_not_show(full: Vocabulary, bullet: str,
                                                    asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked not in shown(r), shown(r)
