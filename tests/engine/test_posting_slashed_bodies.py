"""Bodies named in a slash list, and a body after "of", are asked by their letters.

"Knowledge of CDC/NFPA/AAMI standards" asked CDC alone: the acronym reading passes
over capitals after a slash (two joined are as often one name: "TCP/IP", "CI/CD"), so
every body after the first that no vocabulary holds was lost. A run of three acronyms
or more, or of two before a plain item ("FMLA/ADA/short-term disability leaves"), lists
bodies: each is read. Two alone are one joint name ("ATS/ERS standards"), and a number
after the run makes it one standard's name ("ISO/IEC 17025").

"Knowledge of AAMI standards" was read as a product named "of AAMI": the cue's word
went and left its "of". A joining word opens no name. Texts are written for these
tests, in several fields.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_sterile_processing_posting_asks_each_body() -> None:
    found = asks("Sterile Processing Technician\n\nRequirements:\n"
                 "- Knowledge of CDC/NFPA/AAMI standards for reprocessing")
    assert "NFPA" in found and "AAMI" in found


def test_a_food_plant_and_a_lab_ask_each_agency() -> None:
    found = asks("Food Safety Technician\n\nRequirements:\n"
                 "- Comply with FDA/USDA/state labeling rules on every run")
    assert "USDA" in found
    found = asks("Environmental Lab Assistant\n\nRequirements:\n"
                 "- Familiarity with OSHA/EPA/DOT regulations for hazardous waste")
    assert "EPA" in found


def test_a_body_after_of_is_named_without_it() -> None:
    found = asks("Sterile Processing Technician\n\nRequirements:\n"
                 "- Knowledge of AAMI standards")
    assert "AAMI" in found
    assert not any(name.startswith("of ") for name in found)
    found = asks("Electrical Inspector\n\nRequirements:\n- Knowledge of the NFPA standards")
    assert not any(name.startswith(("of ", "the ")) for name in found)


def test_two_capitals_joined_stay_one_name() -> None:
    found = asks("Network Technician\n\nRequirements:\n- Maintain TCP/IP networks\n"
                 "- Experience with ISO/IEC 17025 accreditation")
    assert "TCP/IP" in found and "ISO/IEC 17025" in found
    assert "IP" not in found and "IEC" not in found
    found = asks("Pulmonary Function Technologist\n\nRequirements:\n"
                 "- Run daily quality control to ATS/ERS standards")
    assert "ERS" not in found


def test_two_bodies_before_a_plain_item_are_each_asked() -> None:
    # The list goes on after the letters with a plain item: each letters' body is asked.
    found = asks("Benefits Coordinator\n\nResponsibilities:\n"
                 "- Process FMLA/ADA/short-term disability leaves")
    assert "ADA" in found and "FMLA" in found
    found = asks("Pharmacy Technician\n\nResponsibilities:\n"
                 "- Follow USP/NIOSH/hazardous drug handling rules in the IV room")
    assert "NIOSH" in found
