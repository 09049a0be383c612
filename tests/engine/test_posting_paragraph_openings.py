"""A one-paragraph posting that opens with the job "wanted" or "needed" at its employer
("Infant room teacher wanted at Sunny Days Child Care!") names its title and employer
there, so neither is read as an ask; its "CDA" is the Child Development Associate, and a
degree's subject ends where the next demand, a credential, begins."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.noise import degree_subjects

PARAGRAPH = (
    "Infant room teacher wanted at Sunny Days Child Care Center! We have cared for "
    "Tulsa's littlest learners since 2011. You'll plan daily activities, feed and change "
    "infants, and keep a daily log for each family. Must have a CDA or an associate "
    "degree in child development, CPR and First Aid certification, and pass a background "
    "check.")


def test_the_job_wanted_at_its_employer_names_both() -> None:
    analysis = analyse_posting(PARAGRAPH)
    assert analysis.title == "Infant Room Teacher"
    assert analysis.company == "Sunny Days Child Care Center"
    assert "Learning centers" not in {s.name for s in analysis.skills}


def test_praise_before_the_job_is_no_part_of_its_title() -> None:
    analysis = analyse_posting("Experienced prep cook needed at Olive Row. You will prep "
                               "vegetables and sauces. ServSafe required.")
    assert analysis.title == "Prep Cook"
    assert analysis.company == "Olive Row"


def test_a_child_care_cda_is_the_child_development_associate() -> None:
    asked = {s.name for s in analyse_posting(PARAGRAPH).skills}
    assert "Child Development Associate" in asked
    assert "Certified Dental Assistant" not in asked


def test_a_dental_cda_stays_a_dental_assistant() -> None:
    asked = {s.name for s in analyse_posting(
        "Dental Assistant\n\nRequirements\n- CDA preferred\n- Take dental x-rays and "
        "assist chairside\n").skills}
    assert "Certified Dental Assistant" in asked


def test_a_credential_after_the_degrees_subject_is_still_asked() -> None:
    text = "an associate degree in child development, CPR and First Aid certification"
    spans = degree_subjects(text, text.lower())
    assert all(text.find("CPR") >= b for _a, b in spans)
    asked = {s.name for s in analyse_posting(PARAGRAPH).skills}
    assert {"CPR Certification", "First Aid Certification"} <= asked
