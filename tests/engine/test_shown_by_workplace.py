"""An ask for a kind of workplace ("hospital experience", "banking background") is
shown by where the person worked, the employer's name included; a school one studied
at is no workplace, and the summary line never says "experience in Hospital"."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _resume(header: str, bullet: str) -> str:
    return (f"Sam Ortiz\nsam.ortiz@example.com\n\nExperience\n{header}\n- {bullet}\n\n"
            "Education\nB.A. English, Riverside State University, 2015\n")


def _report(resume: str, ask: str):
    return match_resume(parse_resume(resume),
                        analyse_posting(f"Associate\n\nRequirements\n- {ask}\n"))


@pytest.mark.parametrize(("ask", "header", "skill"), [
    ("Hospital experience required", "Unit Clerk | Saint Anne's Hospital, Tulsa, OK | 2019 - 2024",
     "Hospital"),
    ("Banking experience", "Teller | First Prairie Bank, Ames, IA | 2019 - 2024", "Banking"),
    ("Financial services experience",
     "Member Service Rep | Cedar Valley Credit Union | 2019 - 2024",
     "Financial services"),
    ("Experience in a law firm", "Legal Secretary | Okafor & Lind LLP | 2019 - 2024", "Law firm"),
    ("Construction experience", "Project Coordinator | Halvorsen Construction | 2019 - 2024",
     "Construction"),
    ("Healthcare experience", "Front Desk | Maple Grove Family Medicine | 2019 - 2024",
     "Healthcare"),
])
def test_the_employer_shows_the_setting(ask: str, header: str, skill: str) -> None:
    report = _report(_resume(header, "Answered phones and kept records"), ask)
    assert skill in {m.name for m in report.matched}, (report.matched, report.missing)


def test_another_setting_or_a_school_studied_at_shows_nothing() -> None:
    report = _report(_resume("Teller | First Prairie Bank | 2019 - 2024", "Counted cash"),
                     "Hospital experience required")
    assert report.missing == ["Hospital"]
    resume = ("Sam Ortiz\nsam.ortiz@example.com\n\nExperience\nClerk | Quick Stop | 2019 - 2024\n"
              "- Ran the register\n\nEducation\nDiploma, Lincoln High School, 2018\n")
    assert _report(resume, "Experience in a law firm").missing == ["Law firm"]


def test_the_summary_line_names_no_setting() -> None:
    resume = _resume("Registered Nurse | Mercy General Hospital, Fresno, CA | 2018 - 2024",
                     "Gave IV medications and dressed wounds")
    result = tailor(resume, "Registered Nurse\n\nRequirements\n- Hospital experience\n"
                            "- IV therapy\n", today=date(2026, 12, 5))
    assert "Hospital" in {m.name for m in result.match_after.matched}
    opening = result.text.split("Experience\n")[0]
    assert "IV" in opening and "Hospital" not in opening


def test_a_setting_is_known_by_its_whole_name_or_without_its_tail() -> None:
    # "public sector" ends in a tail word ("sector") and is a setting as written;
    # "hospital setting" is the hospital.
    from tailor_app.tailoring.skills.settings import names_a_setting
    assert names_a_setting("Public sector") and names_a_setting("Hospital setting")
    assert names_a_setting("Manufacturing environment")
    assert not names_a_setting("Sector") and not names_a_setting("Setting")
