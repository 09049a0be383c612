"""A degree the posting asks for is named at the top, as the resume writes it; a degree
not asked for, not yet held, below the level asked or already at the top is not."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring.compose.degree_note import degree_sentence, held_degrees
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.degrees import degree_levels
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume

TODAY = date(2026, 12, 1)

_RESUME = """Odalys Ferreira
Tucson, AZ · 520-555-0190 · odalys.ferreira@example.com

EXPERIENCE
Case Manager, Desert Bloom Family Services, Tucson, AZ — 2020 to present
• Carry a caseload of 28 families and visit each home twice a month
• Write service plans with each family and review them every quarter
• Refer families to food banks, housing programs and counseling
• Keep case notes current in the state system within 48 hours
• Testify at review hearings and write court reports

Youth Program Aide, Pima Boys & Girls Club, Tucson, AZ — 2017 to 2020
• Ran after-school homework help for 30 children
• Planned summer field trips

EDUCATION
Bachelor of Social Work, Northern Arizona University, 2017
{extra}"""

_POSTING = """Family Case Manager

What you will do
- Manage a caseload of families and conduct home visits
- Write and review service plans
- Make referrals to community resources
- Document case notes on time

What you need
- {degree}
- Two years of case management experience
- Valid driver's license
"""


def _tailored(degree: str, extra: str = "") -> str:
    result = tailor(_RESUME.format(extra=extra), _POSTING.format(degree=degree), today=TODAY)
    assert result.guard.ok
    return result.summary or ""


def test_an_asked_degree_is_named_as_written() -> None:
    summary = _tailored("Bachelor's degree in social work or a related field")
    assert "Education: Bachelor of Social Work." in summary
    head = tailor(_RESUME.format(extra=""), _POSTING.format(
        degree="A bachelor's degree in social work is required"), today=TODAY).text
    assert "Bachelor of Social Work" in head[: len(head) // 3]


def test_no_degree_named_when_none_is_asked() -> None:
    assert "Education" not in _tailored("Bilingual in Spanish a plus")
    assert "Education" not in _tailored("High school diploma or GED")


def test_a_degree_below_the_level_asked_is_not_named() -> None:
    assert "Education" not in _tailored("Master's degree in social work (MSW)")


def test_a_degree_still_being_earned_is_not_named() -> None:
    extra = "Master of Social Work, Arizona State University (expected May 2027)\n"
    summary = _tailored("Bachelor's degree required; master's degree preferred", extra)
    assert "Bachelor of Social Work" in summary
    assert "Master of Social Work" not in summary


def test_the_higher_degree_comes_first() -> None:
    extra = "Master of Social Work, Arizona State University, 2021\n"
    summary = _tailored("Bachelor's degree required; master's degree preferred", extra)
    assert "Education: Master of Social Work; Bachelor of Social Work." in summary


def test_a_degree_in_the_first_third_already_is_not_repeated() -> None:
    resume = """Jun Park
Reno, NV · 775-555-0101 · jun.park@example.com

EDUCATION
B.S. Accounting, University of Nevada, Reno, 2026

EXPERIENCE
Accounting Intern, Sierra CPA Group, Reno, NV — 2025 to 2026
• Posted journal entries and reconciled two bank accounts each month
"""
    posting = ("Staff Accountant\nRequirements\n- Bachelor's degree in accounting\n"
               "- Journal entries\n")
    parsed = parse_resume(resume)
    assert held_degrees(parsed, analyse_posting(posting), TODAY) == []


def test_levels_read_from_a_posting_line() -> None:
    assert degree_levels("Bachelor's degree required; a master's is a plus") == {
        "bachelor", "master"}
    assert degree_levels("Duties\n- Dispatch 40 drivers\nNice to have\n- MBA or Ph.D.") == {
        "master", "doctorate"}
    assert degree_levels("Requirements\n- BSN preferred\n- A.A.S. or ADN") == {
        "bachelor", "associate"}
    assert degree_levels("Advanced MS Excel and MS Office") == set()
    assert degree_sentence(["M.Ed., Curriculum and Instruction", "B.S., Mathematics"]) == (
        "Education: M.Ed., Curriculum and Instruction; B.S., Mathematics")


_UNFINISHED_RESUME = """Priya Castellanos
Yakima, WA · 509-555-0133 · priya.castellanos@example.com

Experience
Youth Counselor — Valley Teen Center (2020–present)
- Run daily groups for 12 teens and write weekly progress notes
- Meet families monthly and refer them to counseling and food programs
- Keep case files current in the county system

Education
{education}
"""
_COUNSELOR_POSTING = """Youth Case Manager
Requirements
- Bachelor's degree in social work, psychology or a related field
- Case notes and referrals
"""


@pytest.mark.parametrize("education", [
    # The lines under the degree say it was never finished.
    "Bachelor of Arts in Sociology — Central Washington University (2015–2018)\n"
    "- Finished three years; did not graduate",
    "Bachelor of Social Work, Heritage University\nWithdrew after sophomore year (2017)",
    "Bachelor of Social Work — Heritage University\n"
    "- Graduation planned for 2028; 60 of 180 credits completed",
    "Some college toward a Bachelor of Arts in Psychology, Heritage University, 2016–2018",
    # A blank line parts the note from the degree it speaks of.
    "B.A. Psychology\nCentral Washington University\n\nLeft before completing the degree",
    # A table-like line, the note in brackets.
    "B.A. Psychology | Central Washington University | 2014 – 2016 (not completed)",
])
def test_a_degree_the_resume_says_is_not_held_is_not_named(education: str) -> None:
    result = tailor(_UNFINISHED_RESUME.format(education=education), _COUNSELOR_POSTING,
                    today=TODAY)
    assert result.guard.ok
    assert "Education" not in (result.summary or ""), result.summary


def test_a_finished_degree_with_its_coursework_is_named() -> None:
    education = ("B.A. Psychology, Central Washington University, 2016\n"
                 "- Relevant coursework: abnormal psychology, case management, ethics")
    result = tailor(_UNFINISHED_RESUME.format(education=education), _COUNSELOR_POSTING,
                    today=TODAY)
    assert "Education: B.A. Psychology." in (result.summary or ""), result.summary
