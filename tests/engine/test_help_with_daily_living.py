"""An aide tells the help with daily living as the people helped and what they do, counted
as aides count them: "help 10–12 residents a shift wash up, get dressed, do their hair and
shave, and use the bathroom"; two such activities show the activities of daily living;
"change briefs" is incontinence care; "help those who can't feed themselves" is feeding
(their "can't" is no negation of the writer's deed). Helping a nurse start an IV is the
nurse's deed, not the helper's. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.compose.tailor import tailor

_POSTING = ("Certified Nursing Assistant\n\nResponsibilities\n- Assist residents with "
            "activities of daily living, including bathing, dressing, grooming, toileting and "
            "feeding\n- Provide incontinence care\n- Start peripheral IVs\n")


def _shown(bullet: str) -> set[str]:
    resume = ("Tess Morrow\ntess.m@example.com\n\nExperience\nNursing Assistant | Maple Court "
              f"Care Center | 2021 - Present\n- {bullet}\n")
    return {m.name for m in tailor(resume, _POSTING).match_before.matched}


def test_help_counted_per_shift_shows_each_activity_and_the_whole() -> None:
    shown = _shown("I help 10–12 residents a shift wash up, get dressed, do their hair and "
                   "shave, and use the bathroom")
    assert {"Activities of Daily Living", "Bathing Assistance", "Dressing",
            "Grooming", "Toileting Assistance"} <= shown


def test_one_activity_alone_is_not_the_whole() -> None:
    shown = _shown("Help 8-10 residents per shift get to the bathroom")
    assert "Toileting Assistance" in shown
    assert "Activities of Daily Living" not in shown


def test_changing_briefs_is_incontinence_care() -> None:
    assert "Incontinence Care" in _shown("Check and change briefs every two hours")


def test_feeding_those_who_cannot_feed_themselves() -> None:
    assert "Feeding" in _shown("Set up meal trays and help those who can't feed themselves")


def test_helping_nurses_shows_no_nursing_deed() -> None:
    assert "IV Catheter Placement" not in _shown("Helped nurses start IVs and empty Foley bags")
    assert "IV Catheter Placement" not in _shown("Assisted the RN with starting IVs")


def test_the_writers_own_deed_beside_help_given_stays_shown() -> None:
    assert "IV Catheter Placement" in _shown("Start IVs and help nurses with admissions")
