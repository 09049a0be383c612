"""Review16's findings on evidence16, each reproduced before the fix: a product whose
bare name is also a word (a surgical robot, a Java interface, a cocktail, an audio
product) gives no kind of system; sections of a course the writer taught are not parts
of an exam; a mandated reporter listed under certifications holds the training. Texts
written for these tests after the review's examples."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import MatchReport

_RESUME = ("Robin Ash\nrobin@example.com\n\nExperience\n{title} | Lakeside Co | 2019 - Present\n"
           "- {bullet}\n")


def _report(title: str, bullet: str, posting: str) -> MatchReport:
    return tailor(_RESUME.format(title=title, bullet=bullet), posting).match_before


@pytest.mark.parametrize(("title", "bullet", "posting", "kind"), [
    ("Surgical Technologist", "Assisted in DaVinci robotic surgeries and laparoscopic cases.",
     "Video Editor\n\nRequirements\n- Video editing for training content\n", "Video editing"),
    ("Audio Engineer", "Mixed and mastered podcasts in Pro Tools.",
     "Video Producer\n\nRequirements\n- Video editing for patient education content\n",
     "Video editing"),
    ("Software Engineer", "Implemented Iterable and Comparable interfaces in Java.",
     "Marketing Ops\n\nRequirements\n- Marketing automation experience required\n",
     "Marketing Automation"),
    ("Bartender", "Served Fishbowl cocktails and kept the bar stocked.",
     "Bar Manager\n\nRequirements\n- Track liquor counts in our inventory management software\n",
     "Inventory Management Software"),
])
def test_a_product_name_that_is_also_a_word_gives_no_kind(title: str, bullet: str,
                                                           posting: str, kind: str) -> None:
    report = _report(title, bullet, posting)
    assert kind not in {m.name for m in report.matched}
    assert kind in report.missing


def test_sections_of_a_course_taught_are_not_parts_of_an_exam() -> None:
    report = _report("Clinical Educator",
                     "Instructed two sections of the BLS course for entry-level staff.",
                     "Trainer\n\nResponsibilities\n- Teach BLS classes to staff\n\n"
                     "Requirements\n- BLS certification required\n")
    assert "Basic Life Support" in {m.name for m in report.matched}


def test_a_mandated_reporter_listed_under_certifications_holds_the_training() -> None:
    resume = ("Robin Ash\nrobin@example.com\n\nExperience\nPreschool Teacher | Little Stars | "
              "2019 - 2024\n- Led circle time and small groups for 18 children\n\n"
              "Certifications\nMandated Reporter (Illinois DCFS, 2023)\nCPR and First Aid\n")
    posting = ("Preschool Teacher\n\n- Lead circle time and small groups\n\nRequirements:\n"
               "- Mandated reporter training required\n- CPR and First Aid certification\n")
    report = tailor(resume, posting).match_before
    assert "Mandated Reporter Training" in {m.name for m in report.matched}
    assert "Mandated Reporter Training" not in report.missing
