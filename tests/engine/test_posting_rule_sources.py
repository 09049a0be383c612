"""An agency named as the source of a rule: who requires it, or whose rules on a subject.

"earn the CCHT within 18 months as required by CMS", "keep ratios as required by the
state licensing board", "notarize signings as required by the Secretary of State": the
body says whose rule makes the credential or the duty a demand, no ask of its own.
"following CDC guidelines for infection control", "CDC infection control guidelines",
"OSHA bloodborne pathogens standards": the subject is the ask, the body its spelling.
"according to EPA regulations" is asked as EPA regulations (the labels' rule), also where
the posting asks EPA 608 too, and "for EPA compliance" on a resume shows it. Texts are
written for these tests, in several fields.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.framework_followed import framework_followed


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_the_body_that_requires_a_credential_is_no_ask_in_a_dialysis_clinic() -> None:
    found = asks(
        "Patient Care Technician\nWhat we need\nYou must hold a CCHT credential or earn it "
        "within 18 months as required by CMS, and a current BLS card.")
    assert "CMS" not in found
    assert "Basic Life Support" in found


def test_the_board_that_requires_a_duty_is_no_ask_in_a_child_care_center() -> None:
    found = asks(
        "Lead Teacher\nResponsibilities\n- Keep child-to-staff ratios as required by the "
        "DCFS licensing board\n- Sanitize toys and surfaces daily\n")
    assert not any("DCFS" in name for name in found), found


def test_the_agency_that_requires_a_duty_is_no_ask_in_a_pharmacy() -> None:
    found = asks(
        "Pharmacy Technician. Count and log controlled substances as required by the DEA, "
        "and compound sterile products in line with USP 797.")
    assert "DEA" not in found, found
    assert "USP 797" in found and "Sterile compounding" in found


def test_the_cdc_is_no_second_ask_beside_infection_control() -> None:
    for line in ("Clean patient rooms following CDC guidelines for infection control.",
                 "Sterilize instruments following CDC infection control guidelines."):
        found = asks(f"Dental Assistant\nResponsibilities\n- {line}\n")
        assert "Infection Control" in found, (line, found)
        assert not any(name.startswith("CDC") for name in found), (line, found)


def test_osha_is_no_card_asked_beside_bloodborne_pathogens() -> None:
    found = asks(
        "Dental Hygienist. Perform cleanings and follow OSHA bloodborne pathogens standards.")
    assert "Bloodborne Pathogens Training" in found
    assert "OSHA Safety Training" not in found


def test_a_bodys_regulations_are_asked_beside_its_credential() -> None:
    found = asks(
        "HVAC Technician. Handle refrigerant recovery and charging according to EPA "
        "regulations. EPA 608 certification required.")
    assert "EPA regulations" in found
    found = asks("Vet Tech. Keep the controlled substance log in line with DEA rules.")
    assert "DEA rules" in found


def test_a_bodys_rules_alone_stay_asked() -> None:
    found = asks("Child Care Teacher\nResponsibilities\n- Sanitize toys following CDC guidelines\n")
    assert "CDC guidelines" in found


def test_a_card_beside_a_subjects_rules_stays_asked() -> None:
    # review26 A2, A3: a card is held, no body's rules; the list's other card stays.
    found = asks("Carpenter\n\nRequirements\n- Must hold an OSHA 30 card and follow fall "
                 "protection standards")
    assert "OSHA 30" in found and "Fall Protection Training" in found
    found = asks("Registered Nurse\n\nRequirements\n- Current BLS and ACLS certification per "
                 "AHA guidelines")
    assert "Basic Life Support" in found and "Advanced Cardiovascular Life Support" in found
    assert not any(name.startswith("AHA") for name in found), found


def test_the_grantors_standards_for_a_card_are_no_ask() -> None:
    # review26 A5: the body sets the card's course; the card is the ask.
    found = asks("Lifeguard\n\nRequirements\n- CPR and AED certification under current ARC "
                 "standards")
    assert "CPR Certification" in found
    assert not any(name.startswith("ARC") for name in found), found


def test_a_scheme_known_by_its_letters_stays_asked() -> None:
    # review26 A2: a scheme's letters before a subject's rules, asked as knowledge, are
    # the ask; only a body the work follows ("following CDC ...") gives way to the subject.
    found = asks("Maintenance Tech\n\nRequirements\n- Working knowledge of GMP and SQF food "
                 "safety requirements\n")
    assert "SQF" in found
    # review26 A6: a law by its number after "as required by" is a rule, asked.
    found = asks("Counselor\n\nDuties\n- Report suspected child abuse as required by RCW 26.44\n")
    assert "RCW 26.44" in found and "Mandated Reporting" in found


def test_two_bodies_before_a_subjects_rules_give_way_to_the_subject() -> None:
    # review26 A9: the same reading for CDC with or without another body before it.
    found = asks("Dental Assistant\n\nResponsibilities\n- Follow OSHA and CDC guidelines for "
                 "infection control in the operatory\n")
    assert "Infection Control" in found
    assert not any(name.startswith(("CDC", "OSHA")) for name in found), found


def _line(text: str) -> ResumeLine:
    return ResumeLine(text=text, part="bullet", section="experience")


def test_a_resume_keeping_to_the_bodys_rules_shows_them() -> None:
    # review26 A8: "for EPA compliance" shows EPA regulations; a good sold "EPA-compliant"
    # (A7) or the body's credential shows nothing. One reader of the class stays:
    # shown26's ``framework_followed`` (asks26's ``body_rules`` read the same).
    asked = SkillMention("EPA regulations", "hard", True, "according to EPA regulations",
                         "responsibilities", "EPA regulations")
    kept = "Recover and charge refrigerant and keep refrigerant logs for EPA compliance"
    credit, match = framework_followed(asked, [_line(kept)], kept)
    assert match is not None and credit > 0
    for text in ("EPA Section 608 Universal Certification",
                 "Sold EPA-compliant gas cans and mowers at the garden center"):
        assert framework_followed(asked, [_line(text)], text) == (0.0, None)
