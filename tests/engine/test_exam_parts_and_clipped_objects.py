"""What a resume shows in a writer's own words, and what it only comes close to.

A paper earned by an exam of several parts is not held while only some parts are passed
("Passed the FAR and AUD sections of the CPA exam"): the report calling it shown, or a
summary naming it, would invent it. A nurse's clipped "meds" given with coordinated
modifiers ("Give scheduled and PRN meds") is medication administration. A related but
different skill stays missing: Cerner is an EHR but not Epic, First Aid is not CPR.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import MatchReport
from tests.match_probe import shown_by_bullet

_POSTING = ("Staff Accountant\n\nRequirements\n- Prepare journal entries\n"
            "- A CPA license would be an advantage\n")


def _report(credential_line: str) -> MatchReport:
    resume = ("Ana Ruiz\nana.ruiz@example.com\n\nExperience\nStaff Accountant | Ridge Foods | "
              "2022 - Present\n- Book journal entries for accruals\n\nEducation\n"
              f"B.S. Accounting, Ohio State, 2022\n\nCertifications\n{credential_line}\n")
    return tailor(resume, _POSTING).match_before


@pytest.mark.parametrize("line", [
    "Passed the FAR and AUD sections of the CPA exam (2025)",
    "Passed 2 of 4 CPA exam sections",
    "CPA Exam: FAR (passed 2024), REG (passed 2025)",
])
def test_some_parts_of_a_credentials_exam_do_not_show_it(line: str) -> None:
    report = _report(line)
    assert "Certified Public Accountant" not in {m.name for m in report.matched}
    assert "Certified Public Accountant" in report.missing


@pytest.mark.parametrize("line", ["CPA, Ohio (2024)", "Certified Public Accountant (Ohio)"])
def test_a_held_credential_is_still_shown(line: str) -> None:
    report = _report(line)
    assert "Certified Public Accountant" in {m.name for m in report.matched}


@pytest.mark.parametrize("bullet", [
    "Give scheduled and PRN meds, titrate heparin drips per protocol",
    "Gave IV and PO meds to 5 patients a shift",
    "Administer scheduled and PRN medications",
])
def test_meds_given_are_medication_administration(bullet: str) -> None:
    assert "Medication Administration" in shown_by_bullet(
        "Administer medications", bullet, "Staff Nurse")


def test_a_second_verb_after_and_is_not_the_first_verbs_object() -> None:
    # "prepared reports and reviewed budgets": the budgets were reviewed, not prepared.
    assert "Budget Preparation" not in shown_by_bullet(
        "Budget preparation", "Prepared reports and reviewed budgets", "Analyst")


@pytest.mark.parametrize(("ask", "bullet", "title", "absent"), [
    ("Epic EHR", "Chart assessments and care plans in Cerner PowerChart", "Staff Nurse", "Epic"),
    ("CPR certification", "First Aid certified (American Red Cross)", "Family Advocate",
     "CPR Certification"),
    ("Desmos", "Build GeoGebra sketches for the geometry unit", "Math Teacher", "Desmos"),
])
def test_a_related_but_different_skill_stays_missing(ask: str, bullet: str, title: str,
                                                      absent: str) -> None:
    assert absent not in shown_by_bullet(ask, bullet, title)


@pytest.mark.parametrize(("line", "term", "held"), [
    ("Passed CFA Level I (2024)", "CFA", False),
    ("CMA Part 1 passed", "CMA", False),
    ("Passed all four sections of the CPA exam", "CPA", True),
    # A level alone is often a paper of its own.
    ("Google Certified Educator Level 1", "Google Certified Educator", True),
    ("NDT Level II (UT, MT)", "NDT", True),
    ("CPA part of the audit team", "CPA", True),
])
def test_a_level_is_a_step_only_when_told_as_passed(line: str, term: str, held: bool) -> None:
    from tailor_app.tailoring.skills.evidence import not_yet_held
    at = line.index(term)
    assert not_yet_held(line, at, at + len(term)) is not held
