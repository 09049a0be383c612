"""A skill named by a noun of a verb and its particle ("new hire setup", "guest
check-in", "project closeout") is shown by the verb and particle done to its object
("Set up new hires", "Checked in 200 guests", "Closed out 14 projects"). The verb alone
says something else, and an object past a preposition or another noun is not it."""

from __future__ import annotations

import pytest
from match_probe import shown_by_bullet

from tailor_app.tailoring.skills.particle_deeds import ParticleDeeds


def _shown(ask: str, bullet: str) -> set[str]:
    return shown_by_bullet(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Experience with new hire setup", "Set up new hires and terminations in ADP",
     "New hire setup"),
    ("Guest check-in and check-out", "Checked in 1,200 guests a week at a 300-room hotel",
     "Guest check-in"),
    ("Project closeout", "Closed out 14 projects with punch lists and O&M manuals",
     "Project closeout"),
    ("Jobsite cleanup", "Cleaned up the jobsite at the end of every shift", "Jobsite Cleanup"),
    ("Event setup", "Set up and tore down events for up to 300 guests", "Event setup"),
])
def test_the_verb_and_its_particle_show_the_skill(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # The verb without its particle, another object, an object past a preposition, a
    # three-word name's first word missing.
    ("Experience with new hire setup", "Set new hires' schedules for the first week",
     "New hire setup"),
    ("Experience with new hire setup", "Set up hire dates in the payroll calendar",
     "New hire setup"),
    ("Guest check-in and check-out", "Checked guests' IDs at the door", "Guest check-in"),
    ("Event setup", "Set up the room for weekly events", "Event setup"),
    ("Project closeout", "Closed out the register and counted the drawer", "Project closeout"),
])
def test_other_words_show_nothing(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


def test_the_index_reads_names_closed_up_or_hyphenated() -> None:
    index = ParticleDeeds([(0, "Guest check-in"), (1, "Project closeout"), (2, "New hire setup"),
                           (3, "Check-in and checkout"), (4, "Quality control")])
    assert ("check", "in", "guest") in index.pairs
    assert ("close", "out", "project") in index.pairs
    assert index.pairs[("set", "up", "hire")] == [(2, "new")]
    assert not any(o == "and" for _v, _p, o in index.pairs)
    assert "control" not in {v for v, _p, _o in index.pairs}
