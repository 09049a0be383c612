"""A program or method named in capitals is asked by its name, not by a trait inside it.

"Training in Collaborative Problem Solving" asked Problem Solving (a soft skill the
posting never asks) and not the program; "Training in Situational Leadership Method"
asked Leadership. The whole name is read after "training in", "certified in" or
"certification in" as after "experience with". A grading word or "Skills" beside the
trait ("Strong Problem Solving Skills") makes no program's name. Texts are written for
these tests, in two fields.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_counselors_program_is_asked_by_its_name() -> None:
    found = asks("School Counselor\nNice to have\n- Training in Collaborative Problem Solving\n")
    assert "Collaborative Problem Solving" in found
    assert "Problem Solving" not in found
    # A graded trait in capitals is no program's name: still asked.
    found = asks("Analyst\nRequirements\n- Strong Problem Solving Skills\n"
                 "- Excellent Communication Skills\n")
    assert "Problem Solving" in found and "Communication" in found


def test_a_managers_leadership_program_is_no_trait() -> None:
    found = asks("Store Manager\nRequirements\n- Run the floor and close the registers\n"
                 "- Training in Situational Leadership Method\n")
    assert "Leadership" not in found
