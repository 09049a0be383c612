"""De-escalation shown by a verb of calming and an upset person, or by talking people down:
the way people in care, service and security work write it. Texts written for this test."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report

from tailor_app.tailoring.model import MatchReport
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def report(bullet: str) -> MatchReport:
    return bullets_report([bullet], asks("De-escalation"), load_vocabulary(),
                          role="Night Attendant — Lakeside Shelter, Duluth, MN\nMay 2019 – Present")


@pytest.mark.parametrize(("bullet", "said"), [
    ("Calm down angry callers before they hang up", "Calm down angry"),
    ("Calmed an agitated resident during a fire drill", "Calmed an agitated"),
    ("Talked upset guests down at the front gate", "Talked upset guests down"),
    ("Defused hostile visitors in the lobby", "Defused hostile"),
])
def test_calming_an_upset_person_shows_de_escalation(bullet: str, said: str) -> None:
    assert {m.name: m.resume_term for m in report(bullet).matched} == {"De-escalation": said}


@pytest.mark.parametrize("bullet", [
    "Talked the price down with three suppliers",
    "Kept a calm lobby with music and plants",
    "Answered angry emails from the regional office within a day",
])
def test_other_calm_or_down_words_show_nothing(bullet: str) -> None:
    assert report(bullet).matched == []
