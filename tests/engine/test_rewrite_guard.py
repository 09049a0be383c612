"""The rewrite guard: plain words may change, a bullet's facts may not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailor_app.tailoring.compose.rewrite_guard import check_rewrite

BULLET = "Cut month-end close from 10 to 6 days by automating reconciliations in Excel and SAP"
ROLE = "Senior Accountant, Northwind Foods  2019 – Present"


@pytest.mark.parametrize("proposal", [
    "Shortened the month-end close from 10 to 6 days by automating reconciliations in "
    "Excel and SAP",
    "Reduced month-end close from ten to six days by automating reconciliations in Excel "
    "and SAP",
    "Automated reconciliations in Excel and SAP, cutting month-end close from 10 to 6 days",
    "Cut month-end close from 10 to 6 days at Northwind Foods by automating "
    "reconciliations in Excel and SAP",  # the bullet's own employer
])
def test_plain_rewording_passes(proposal: str) -> None:
    verdict = check_rewrite(BULLET, proposal, context=ROLE)
    assert verdict.ok, verdict.reason


@pytest.mark.parametrize(("proposal", "reason"), [
    (BULLET + ", a 45% gain", "adds a number: 45%"),
    (BULLET.replace("6 days", "5 days"), "adds a number: 5"),
    (BULLET.replace("from 10 to 6 days ", ""), "drops a number: 10"),
    (BULLET + " and Kubernetes", "adds a tool: Kubernetes"),
    (BULLET.replace(" and SAP", ""), "drops a tool: SAP"),
    (BULLET + " with a PMP", "adds a certification: PMP"),
    (BULLET + " at Deloitte", "adds a name: Deloitte"),
    (BULLET + " as Director", "adds a title: Director"),
    (BULLET + " during my MBA", "adds a degree: MBA"),
    (BULLET + " in March", "adds a date: March"),
    (BULLET + " " + "through careful and thorough automation work" * 2, "is too long"),
    ("Réduit la clôture mensuelle de 10 à 6 jours avec les rapprochements dans Excel et SAP",
     "another language"),
    ("   ", "empty"),
])
def test_each_fact_change_is_refused_with_its_reason(proposal: str, reason: str) -> None:
    verdict = check_rewrite(BULLET, proposal, context=ROLE)
    assert not verdict.ok
    assert reason in verdict.reason


@settings(max_examples=60, deadline=None)
# (2019 is in the role line, so the resume already states it: not a new number.)
@given(st.integers(min_value=11, max_value=99_999).filter(lambda n: n != 2019))
def test_any_new_number_is_refused(number: int) -> None:
    verdict = check_rewrite(BULLET, f"{BULLET}, saving {number:,} hours", context=ROLE)
    assert not verdict.ok and "adds a number" in verdict.reason


LETTER = ("Dear Lakeview Health hiring team,\n\nI am writing to apply for the Accounting "
          "Manager position.\n\nSincerely,\nPriya Raman\n")


def test_a_letters_new_line_starts_like_a_sentence() -> None:
    # "Thank" follows "team," on a new line: a line's first word, not a name
    polished = LETTER.replace("I am writing", "Thank you for reading. I am writing")
    verdict = check_rewrite(LETTER, polished)
    assert verdict.ok, verdict.reason
    named = LETTER.replace("Sincerely,", "Thank you, as Jordan Lee at Google said.\n\n"
                                         "Sincerely,")
    assert check_rewrite(LETTER, named).reasons == ("adds a name: Jordan Lee",
                                                    "adds a name: Google")
