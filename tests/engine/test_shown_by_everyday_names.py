"""Skills a resume shows by the everyday name of the thing the work is done to or the
meeting it is done in, read with the app's own vocabulary: a clerk's "bills" for
invoices, a super's "drops" for deliveries, a front desk's "callers" for calls, a
nurse's "new admits" for admissions; a care conference (the care plan meeting), a safety
meeting (the toolbox talk), notes typed at a meeting (minutes); a product's and a
feature's short name ("PCC", "pivots"). And what they do not show. Texts written for
these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tests.match_probe import asks, bullets_report, shown


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("bullet", "asked"), [
    # The everyday noun for the asked duty's object, the duty's own verb or a synonym.
    ("Entered 300 freight bills a week into Sage", "Invoice processing"),
    ("Processing supplier bills for three restaurants", "Invoice processing"),
    ("Scheduled truss drops with the crane company", "Delivery Coordination"),
    ("Transferred callers to the right department", "Call routing"),
    ("Completed admission assessments on new admits within 4 hours", "Admission Assessment"),
    # A meeting's everyday name.
    ("Hold a 15-minute safety meeting with the crew every Monday", "Toolbox talks"),
    ("Led weekly safety talks for framers and laborers", "Toolbox talks"),
    ("Presented at quarterly care conferences with residents and their families",
     "Care Planning"),
    ("Took notes at board meetings and sent them to directors", "Minute Taking"),
    ("Typed up notes from the weekly ops meeting", "Minute Taking"),
    ("Kept the meeting notes for the safety committee", "Minute Taking"),
    # A product's and a feature's short name.
    ("Charted assessments and vitals in PCC", "PointClickCare"),
    ("Built weekly labor reports with pivots and charts", "Pivot Tables"),
])
def test_the_everyday_name_shows_the_skill(full: Vocabulary, bullet: str, asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked in shown(r), shown(r)


@pytest.mark.parametrize(("bullet", "asked"), [
    # A bill of lading, of materials or of sale is no invoice.
    ("Entered bills of lading for every outbound load", "Invoice processing"),
    ("Processed bills of sale for used vehicles", "Invoice processing"),
    # The noun without the asked verb (or a synonym) does nothing.
    ("Paid the utility bills on time", "Invoice processing"),
    ("Cut drop ceiling tiles around the lights", "Delivery Coordination"),
    ("Answered questions from callers", "Call routing"),
    # A lower-case "pcc" or a note taken elsewhere.
    ("Chaired the pcc committee", "PointClickCare"),
    ("Kept notes in the client file after each home visit", "Minute Taking"),
])
def test_what_the_everyday_name_does_not_show(full: Vocabulary, bullet: str,
                                             asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked not in shown(r), shown(r)
