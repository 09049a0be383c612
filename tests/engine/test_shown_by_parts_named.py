"""A whole told by its parts in one list: vital signs by two signs (one of them telling),
OS&D by over, short and damaged together; never one sign, temporary workers, a count's
shortages and overages, or another's list."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import PostingAnalysis
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tests.match_probe import asks


def _shown(bullet: str, ask: str) -> bool:
    resume = ("Sam Rivera\nsam.rivera@example.com\n\nExperience\n"
              "Associate | Harbor Point Co. | 2020 - Present\n"
              f"- Keep the area clean and stocked\n- {bullet}\n")
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asks(ask),
                               keywords=[], min_years=None, degree=None, certifications=[])
    return ask in {m.name for m in match_resume(parse_resume(resume), analysis).matched}


@pytest.mark.parametrize(("bullet", "ask"), [
    ("Room patients: weights, BPs, pulse, temps and O2 sats", "Vital Signs"),
    ("Take temps, pulses, BPs and O2 sats and chart them", "Vital Signs"),
    ("Write up shorts, overs and busted boxes and send photos to purchasing", "OS&D"),
    ("Note overages, shortages and damaged cartons on the BOL", "OS&D"),
])
def test_the_parts_show_the_whole(bullet: str, ask: str) -> None:
    assert _shown(bullet, ask), bullet


@pytest.mark.parametrize(("bullet", "ask"), [
    ("Take BPs before the dentist comes in", "Vital Signs"),          # one sign
    ("Scheduled temps and checked their pulse surveys", "Vital Signs"),  # workers
    ("Dig into shortages and overages after each count", "OS&D"),    # a count's
    ("The nurse took temps, pulses and BPs before I roomed them", "Vital Signs"),
    ("Goal: learn to take BPs, pulses and temps", "Vital Signs"),     # a wish
])
def test_too_few_parts_or_anothers_list_shows_nothing(bullet: str, ask: str) -> None:
    assert not _shown(bullet, ask), bullet
