"""Setting up and breaking down the place of service is asked in the words the floor
uses: the bar set up before open, the line broken down at close, banquet rooms broken
down and reset between events. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def asks(line: str) -> set[str]:
    posting = f"Server\n\nWhat you'll do\n- {line}\n"
    return {s.name for s in analyse_posting(posting, vocabulary=load_vocabulary()).skills}


@pytest.mark.parametrize(("line", "skill"), [
    ("Set up the service bar and cut garnishes before doors open", "Bar setup"),
    ("Break down the bar, restock the coolers and wipe the rail at last call",
     "Bar breakdown"),
    ("Break down and scrub the cook line after the last ticket", "Line breakdown"),
    ("Break down and reset ballrooms between the ceremony and the reception",
     "Banquet Setup"),
    ("Handle room resets between afternoon sessions", "Banquet Setup"),
])
def test_setup_and_breakdown_are_asked(line: str, skill: str) -> None:
    assert skill in asks(line)


def test_bar_setup_is_opening_work() -> None:
    vocabulary = load_vocabulary()
    skill = vocabulary.lookup("bar setup")
    assert skill is not None and "Opening and Closing Duties" in skill.broader
