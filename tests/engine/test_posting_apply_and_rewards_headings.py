"""Headings over what an application must hold or what the job gives ask for no skill.
Texts are written for these tests: "Application Requirements: letter of introduction,
EdJoin application" listed "Introduction" and "EdJoin" as missing skills."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_an_inline_label_of_application_materials_asks_nothing() -> None:
    text = ("Library Aide\n\nQualifications\n- Experience with Destiny library software\n"
            "\nApplication Materials: letter of interest, resume, online application "
            "on SchoolSpring, two references\n")
    asked = _asked(text)
    assert "SchoolSpring" not in asked
    assert any("Destiny" in name for name in asked)
    text = ("Library Aide\n\nRequirements for applying: SchoolSpring application and "
            "transcripts\n\nQualifications\n- Experience with Destiny library software\n")
    assert "SchoolSpring" not in _asked(text)


def test_requirements_still_read_as_requirements() -> None:
    asked = _asked("Library Aide\n\nRequirements: Destiny library software, "
                   "Microsoft Excel\n")
    assert "Microsoft Excel" in asked


def test_a_heading_saying_what_the_employer_provides_heads_the_rewards() -> None:
    """ "WE PROVIDE / Take-home truck, iPad, jetter, paid training": what the job gives,
    which listed "Hydro-Jetting" and "Paid training" as missing skills."""
    from tailor_app.tailoring.posting.headings import classify_heading

    assert classify_heading("WE PROVIDE") == "benefits"
    assert classify_heading("What we provide") == "benefits"
    assert classify_heading("We provide excellent care") is None
    text = ("Drain Technician\n\nRequirements\n- 2 years of drain cleaning\n\nWE PROVIDE\n"
            "- Take-home van, camera and jetter, paid training, dental insurance\n")
    asked = _asked(text)
    assert "Drain Cleaning" in asked
    assert "Hydro-Jetting" not in asked
