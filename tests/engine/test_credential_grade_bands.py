"""A credential named with a grade band ("Middle Education 6–8 Science endorsement",
"Special Education K–12") keeps its band, and a resume's licensure line listing several
endorsements shows the one it names, not one whose band another item holds."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume

_POSTING = ("8th Grade Math Teacher\nPine Hollow Middle School\n\nRequirements\n"
            "- A Maryland teaching certificate with a Mathematics 4–9 endorsement\n"
            "- Two years of classroom teaching\n")


def _resume(licensure: str) -> str:
    return ("Jordan Ellis\njordan.ellis@example.com\n\nExperience\n"
            "Math Teacher  Aug 2022 – Present\nBay Ridge Middle School, Annapolis, MD\n"
            "- Teach four sections of 8th grade math and one of Algebra I\n\n"
            f"Licensure\n{licensure}\n")


def _missing(licensure: str) -> list[str]:
    analysis = analyse_posting(_POSTING)
    return match_resume(parse_resume(_resume(licensure)), analysis).missing


def test_the_band_stays_in_the_credentials_name() -> None:
    names = analyse_posting(_POSTING).certifications
    assert "Mathematics 4–9 endorsement" in names
    assert not any("4 9" in n for n in names)


def test_a_licensure_line_listing_the_endorsement_bare_shows_it() -> None:
    missing = _missing("Maryland Standard Professional Certificate — Biology 7–12; "
                       "Mathematics 4–9")
    assert "Mathematics 4–9 endorsement" not in missing


def test_another_band_of_the_same_subject_does_not_show_it() -> None:
    missing = _missing("Maryland Standard Professional Certificate — Mathematics 7–12; "
                       "Science 4–9")
    assert "Mathematics 4–9 endorsement" in missing
