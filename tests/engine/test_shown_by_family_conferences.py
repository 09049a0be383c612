"""Parent-teacher conferences as teachers write them: the season of the conferences, or
the meeting with each family by its season or what it goes over; never a caseworker's
meetings, a conference of the teacher's own learning, or another teacher's conferences."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume

_TEACHER = "Third Grade Teacher | Brookfield Elementary School | 2019 - Present"
_POSTING = ("Third Grade Teacher\n\nResponsibilities\n- Hold parent-teacher conferences "
            "twice a year\n- Plan daily lessons\n")


def _shown(bullet: str, header: str = _TEACHER) -> bool:
    resume = (f"Avery Lindqvist\navery.l@example.com\n\nExperience\n{header}\n"
              f"- Teach reading, writing and math to 26 third graders\n- {bullet}\n")
    report = match_resume(parse_resume(resume), analyse_posting(_POSTING))
    return "Parent-teacher conferences" in {m.name for m in report.matched}


@pytest.mark.parametrize("bullet", [
    "Weekly newsletter to families; fall and spring conferences",
    "Lead winter and spring conferences for every student",
    "Meet with every family in fall and spring",
    "Sit down with each family twice a year to go over progress",
    "Met with parents/guardians each semester to review report cards",
    "Student-led conferences in March",
])
def test_a_teacher_shows_conferences_by_their_season_or_the_meeting(bullet: str) -> None:
    assert _shown(bullet), bullet


@pytest.mark.parametrize(("bullet", "header"), [
    # A caseworker meets families twice a year, and holds no parent-teacher conference.
    ("Meet with families twice a year to review progress on service plans",
     "Case Manager | Lakeside Family Services | 2019 - Present"),
    # Conferences of the teacher's own learning, and a meeting with no season or review.
    ("Attended two state literacy conferences", _TEACHER),
    ("Met with parents about the spelling bee", _TEACHER),
    # Another's conferences, watched or held by someone else.
    ("Observed my mentor teacher's fall and spring conferences", _TEACHER),
    ("My co-teacher led fall and spring conferences while I covered the class", _TEACHER),
])
def test_what_is_no_conference_of_the_writers_shows_none(bullet: str, header: str) -> None:
    assert not _shown(bullet, header), bullet


def test_a_goal_is_no_conference_held() -> None:
    assert not _shown("Goal: hold fall and spring conferences with every family")
