"""Hiring or recruiting the people a job runs is an ask: "hire, train and schedule a
crew", "recruit and onboard volunteers and interns" ask Recruiting beside the training
and scheduling they already asked; "supervise paraprofessionals" asks for supervision.
"Hire" is also a word for a person ("train new hires"), and "we're hiring" tells of the
opening, not a duty. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def asks(line: str) -> set[str]:
    posting = f"Shift Lead\n\nResponsibilities\n- {line}\n"
    return {s.name for s in analyse_posting(posting, vocabulary=load_vocabulary()).skills}


@pytest.mark.parametrize("line", [
    "Hire, train and schedule a crew of 12 prep cooks",
    "Recruit, hire, train and coach associates and shift leads",
    "Interview, hire and onboard seasonal pickers and packers",
    "You will recruit and onboard volunteers and interns",
])
def test_hiring_the_team_asks_recruiting(line: str) -> None:
    assert "Recruiting" in asks(line)


@pytest.mark.parametrize("line", [
    "Train new hires on the register and opening duties",
    "We're hiring servers and bartenders for the patio season",
    "Schedule new hires for orientation with the trainers",
])
def test_new_hires_and_openings_ask_no_recruiting(line: str) -> None:
    assert "Recruiting" not in asks(line)


def test_new_hires_are_still_trained() -> None:
    assert "Staff training" in asks("Train new hires on the register and opening duties")


@pytest.mark.parametrize("line", [
    "Supervise and direct the work of two paraprofessionals",
    "Supervise laborers and apprentices on the jobsite",
])
def test_supervising_named_workers_asks_supervision(line: str) -> None:
    assert "Team Leadership" in asks(line)


def test_teaching_patients_and_caregivers_is_no_staff_training() -> None:
    assert "Staff training" not in asks(
        "Teach patients and caregivers about new medications before discharge")
