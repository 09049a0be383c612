"""Duties done to people read as the staff skills they are (skills/staff.py)."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def deeds(text: str) -> set[str]:
    return {h.skill.name for h in load_vocabulary().deeds(text)}


@pytest.mark.parametrize(("text", "skill"), [
    ("Train servers on wine and menu knowledge", "Staff training"),
    ("Lead and schedule a front- and back-of-house team of about 35", "Staff scheduling"),
    ("Supervised 22 room attendants and 4 housepersons", "Team Leadership"),
    ("Supervise, schedule and train front office staff", "Staff training"),
])
def test_a_duty_to_people_is_a_staff_skill(text: str, skill: str) -> None:
    assert skill in deeds(text)


@pytest.mark.parametrize("text", [
    "Schedule interviews with hiring managers",  # the interviews are scheduled
    "Train on our systems for two weeks",  # no one is trained by the applicant
    "Build a team culture",  # too general to name a skill
])
def test_other_objects_are_no_staff_skill(text: str) -> None:
    assert not deeds(text) & {"Staff scheduling", "Staff training", "Team Leadership",
                              "Team Building"}


def test_a_duty_never_crosses_a_line() -> None:
    """A bullet ending in a verb and the next opening with people are no duty; a duty
    on a later line is found at its own place in the whole text."""
    text = "Inventory counts and ordering; schedule\nServers of the year award\nTrain servers"
    hits = [(h.skill.name, text[h.start:h.end]) for h in load_vocabulary().deeds(text)]
    assert hits == [("Staff training", "Train servers")]


def test_the_posting_asks_for_staff_skills_and_the_resume_shows_them() -> None:
    posting = analyse_posting("Assistant Manager\n\nDuties\n- Train servers and bartenders\n"
                              "- Schedule the kitchen crew each week\n")
    assert {"Staff training", "Staff scheduling"} <= {s.name for s in posting.skills}
