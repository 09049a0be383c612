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


@pytest.mark.parametrize(("bullet", "header"), [
    # Booked for the teachers, prepared for with one, interpreted at: not held.
    ("Scheduled fall and spring conferences for 30 teachers",
     "Front Office Secretary — Lincoln Elementary School (2019–present)"),
    ("Helped my cooperating teacher prepare for spring conferences",
     "Student Teacher — Jefferson Elementary School (Spring 2025)"),
    ("Translated for Hmong-speaking families at fall and spring conferences",
     "Paraprofessional — Lincoln Elementary School (2019–present)"),
    # Spoken at: a reading association's conferences are no families'.
    ("Presented at the fall and spring conferences of the state reading association",
     "3rd Grade Teacher — Jefferson Elementary School (2019–present)"),
    # A soccer academy is no school.
    ("Met with parents each fall to go over player goals",
     "Head Coach — Fox Valley Soccer Academy (2020–present)"),
])
def test_conferences_the_writer_did_not_hold_show_none(bullet: str, header: str) -> None:
    assert not _shown(bullet, header), bullet
    # The control: the teacher who held them.
    assert _shown("Held fall and spring conferences with every family",
                  "3rd Grade Teacher — Jefferson Elementary School (2019–present)")


def test_a_goal_is_no_conference_held() -> None:
    assert not _shown("Goal: hold fall and spring conferences with every family")
