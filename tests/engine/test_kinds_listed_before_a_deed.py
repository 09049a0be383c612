"""A deed told with a list of kinds before its thing is read without the list too:
"Take card/EFT payments" takes payments; "Took cash, card and check payments" too; a
word before the list that is no verb keeps the last kind ("business internet plans").
A list of deeds is no list of kinds ("Answer phones and route calls"), nor verbs at a
line's start. A role with two titles joined by a slash has both: a
"Caregiver / Home Health Aide" has done caregiving. Patients of a kind are the same
people as residents or clients of that kind ("hospice clients"). Texts written for
these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.kinds_dropped import kinds_dropped
from tests.match_probe import shown_by_bullet


@pytest.mark.parametrize("bullet", [
    "Take card/EFT payments and enroll customers in autopay",
    "Took cash, card and check payments at the front window",
])
def test_payments_of_listed_kinds_are_payments_taken(bullet: str) -> None:
    assert "Payment Processing" in shown_by_bullet("Take payments", bullet,
                                                   "Customer Service Rep")


@pytest.mark.parametrize("text", [
    "Answer phones and route calls",
    "Stock and rotate inventory",
    "Work 24/7 support shifts",
    "Build dashboards in Google Analytics 4 and Looker Studio and present weekly results",
])
def test_no_list_of_kinds_no_second_reading(text: str) -> None:
    assert kinds_dropped([ResumeLine(text, "bullet", "experience")]) == []


def test_the_reading_quotes_the_written_words() -> None:
    [reading] = kinds_dropped([ResumeLine("Took cash, card and check payments", "bullet",
                                          "experience")])
    assert (reading.line.text, reading.phrase) == ("Took payments",
                                                   "Took cash, card and check payments")


def test_a_word_before_the_list_never_meets_the_head_alone() -> None:
    [reading] = kinds_dropped([ResumeLine("Sold business phone and internet plans", "bullet",
                                          "experience")])
    assert reading.line.text == "Sold business internet plans"


def test_both_titles_of_a_role_name_a_doer() -> None:
    assert "Caregiving" in shown_by_bullet("Caregiving experience", "Cook simple meals",
                                           "Caregiver / Home Health Aide")
    assert "Caregiving" not in shown_by_bullet("Caregiving experience", "Cook simple meals",
                                               "Home Health Aide")


def test_patients_of_a_kind_are_the_same_as_residents_or_clients() -> None:
    assert "Hospice patients" in shown_by_bullet(
        "Experience with hospice patients", "Sat with two hospice clients in their last weeks",
        "Home Health Aide")
    assert "New patients" not in shown_by_bullet(
        "Register new patients", "Booked new clients for color services", "Stylist")
