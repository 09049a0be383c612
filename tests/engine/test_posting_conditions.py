"""What a candidate brings to a job, and an approach every field names alike, are
read as what they are: "a reliable car" is a condition of hire, not a skill, and
"trauma-informed practice" in a shelter's posting is no teaching method.

Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def asks(*lines: str) -> set[str]:
    posting = ("Community Support Worker\nMaple Street Housing Services\n\nRequirements\n"
               + "".join(f"- {line}\n" for line in lines))
    return {s.name for s in analyse_posting(posting).skills}


def test_a_reliable_car_is_no_skill() -> None:
    found = asks("Must have a reliable car to visit tenants", "CPR certification")
    assert not any("car" in name.lower().split() for name in found)
    found = asks("Dependable vehicle and a clean driving record")
    assert not any("vehicle" in name.lower() for name in found)


def test_trauma_informed_practice_is_the_care_approach_not_a_classroom_method() -> None:
    found = asks("Trauma-informed practice with adults in crisis")
    assert "Trauma-Informed Care" in found
    assert "Trauma-Informed Teaching" not in found


def test_a_teacher_s_trauma_informed_classroom_shows_the_approach() -> None:
    resume = ("Jo Park\njo.park@example.com\n\nExperience\nTeacher  2019 – Present\n"
              "Lincoln Elementary, Reno, NV\n- Ran a trauma-informed classroom of 24\n")
    r = match_resume(parse_resume(resume), analyse_posting(
        "Youth Worker\nMaple Street Housing Services\n\nRequirements\n"
        "- Trauma-informed approach\n"))
    assert not (set(r.missing_required) | set(r.missing_preferred))
