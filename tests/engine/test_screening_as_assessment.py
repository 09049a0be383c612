"""An assessment asked is shown by a screening of the same thing, and a screening asked
by an assessment of it (shown26, Dec 7): "suicide risk screenings" for risk assessment,
"Screened every admission for fall risk" for fall risk assessment, "depression
assessments" for depression screening. A screening that tests a sample or checks people
at a door, or a thing that is only near the word, shows nothing. Texts written for these
tests."""

from __future__ import annotations

import pytest
from one_bullet_report import one_bullet_report as _report


@pytest.mark.parametrize(("ask", "bullet", "title", "skill"), [
    ("Conduct risk assessments for students in crisis",
     "Completed suicide risk screenings for students referred by teachers",
     "School Counselor", "Risk Assessment"),
    ("Fall risk assessment", "Screened every admission for fall risk with the Morse scale",
     "Staff Nurse", "Fall risk assessment"),
    ("Depression screening", "Completed depression assessments at intake with the PHQ-9",
     "Behavioral Health Counselor", "Depression screening"),
    ("Developmental screening", "Ran developmental assessments for incoming preschoolers",
     "Preschool Teacher", "Developmental Screening"),
])
def test_a_screening_and_an_assessment_of_one_thing_are_one_deed(
        ask: str, bullet: str, title: str, skill: str) -> None:
    shown, unmet = _report(ask, bullet, title)
    assert skill in shown
    assert skill not in unmet


@pytest.mark.parametrize(("ask", "bullet", "title", "skill"), [
    # a blood test at a newborn's heel is no newborn assessment
    ("Newborn assessment", "Drew newborn screening heel sticks before discharge",
     "Nursery Nurse", "Newborn assessment"),
    # the thing screened for is another: "the risk team", "safety hazards"
    ("Risk assessment", "Screened calls for the risk team", "Receptionist",
     "Risk Assessment"),
    ("Safety assessment", "Screened for safety hazards on each site walk",
     "Safety Coordinator", "Safety Assessment"),
    # a background check is no assessment
    ("Background screening", "Completed background assessments for 40 hires",
     "HR Assistant", "Background Screening"),
    # the purpose of a screening, and a door check told after its noun (review26's S5)
    ("Job evaluation experience", "Screened candidates for every warehouse job",
     "Recruiter", "Job evaluation"),
    ("Credit evaluation", "Ran credit screenings for rental applicants", "Leasing Agent",
     "Credit evaluation"),
])
def test_a_screening_of_another_kind_or_thing_shows_nothing(
        ask: str, bullet: str, title: str, skill: str) -> None:
    shown, _ = _report(ask, bullet, title)
    assert skill not in shown
