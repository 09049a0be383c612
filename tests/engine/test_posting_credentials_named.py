"""A credential written out and then named by its acronym in brackets is one ask,
by the vocabulary's name, with the line's own required/preferred reading."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _posting(line: str) -> str:
    return ("Staff Nurse\nRequirements:\n- Current BLS certification\n"
            f"- {line}\n- Three years of acute care experience\n")


def test_the_bracketed_acronym_names_the_credential_once() -> None:
    analysis = analyse_posting(_posting("Oncology nursing certification (OCN) is a plus"))
    assert "Oncology Certified Nurse" in analysis.certifications
    assert not any("nursing certification" in c.casefold() for c in analysis.certifications)


def test_that_credential_is_missing_as_preferred_not_required() -> None:
    analysis = analyse_posting(_posting("Oncology nursing certification (OCN) is a plus"))
    resume = parse_resume("Ana Ruiz\nana@example.com\n\nEXPERIENCE\n"
                          "Staff Nurse, City Hospital    2019 – Present\n"
                          "• Cared for 5 oncology patients a shift; BLS certified\n")
    report = match_resume(resume, analysis)
    assert "Oncology Certified Nurse" in report.missing_preferred
    assert not any("oncology" in m.casefold() for m in report.missing_required)


def test_an_issuing_body_in_brackets_is_no_credential_of_its_own() -> None:
    analysis = analyse_posting(_posting("BLS and ACLS certification (AHA)"))
    assert {"Basic Life Support", "Advanced Cardiovascular Life Support"} <= set(
        analysis.certifications)


def test_the_entry_level_payroll_credential_is_not_the_senior_one() -> None:
    analysis = analyse_posting(
        "Payroll Specialist\nRequirements:\n- Fundamental Payroll Certification (FPC)\n")
    assert analysis.certifications == ["Fundamental Payroll Certification"]


def test_a_drivers_licence_is_one_ask_whatever_its_case() -> None:
    analysis = analyse_posting("Service Technician\nRequirements\n- A valid driver's license "
                               "and a clean driving record\n- EPA 608 certification\n")
    resume = parse_resume("Ana Ruiz\nana@example.com\n\nEXPERIENCE\n"
                          "Technician, Cool Air Co.    2019 – Present\n"
                          "• Serviced heat pumps; valid driver's license\n")
    report = match_resume(resume, analysis)
    named = [m.name for m in report.matched] + report.missing_required
    assert sum(n.casefold() == "driver's license" for n in named) == 1


def test_an_acronym_spelled_out_in_brackets_is_the_credential() -> None:
    # The bracket spells the acronym out: its words are no credential of their own.
    analysis = analyse_posting(_posting("CNOR (Certified Perioperative Nurse) preferred"))
    assert "Certified Perioperative Nurse)" not in " ".join(analysis.certifications)
    assert any(c in ("CNOR", "Certified Perioperative Nurse") for c in analysis.certifications), \
        analysis.certifications
    guard = analyse_posting("Security Officer\nRequirements\n- A current TWIC card (Transportation "
                            "Worker Identification Credential)\n")
    assert not any(c.startswith("(") for c in guard.certifications), guard.certifications


def test_a_states_name_before_a_credential_the_acronym_names_is_the_vocabularys() -> None:
    analysis = analyse_posting(_posting("Active Texas Certified Nurse Aide (CNA) certification"))
    assert "Certified Nursing Assistant" in analysis.certifications, analysis.certifications
    assert not any("(CNA)" in c for c in analysis.certifications), analysis.certifications


def test_endorsements_are_credentials_with_or_without_their_letter() -> None:
    analysis = analyse_posting("Tanker Driver\nRequirements\n- Class A CDL\n\nNice to have\n"
                               "- Hazmat (H) and Tanker (N) endorsements\n"
                               "- Doubles/Triples (T) endorsement\n")
    for name in ("Hazmat Endorsement", "Tanker Endorsement", "Doubles/Triples Endorsement"):
        assert name in analysis.certifications, analysis.certifications
    preferred = {s.name for s in analysis.skills if not s.required}
    assert {"Hazmat Endorsement", "Tanker Endorsement"} <= preferred, analysis.skills


def test_an_insurers_policy_endorsements_are_no_credential() -> None:
    analysis = analyse_posting("Policy Service Rep\nResponsibilities\n- Process policy "
                               "endorsements and renewals for commercial accounts\n")
    assert not any("ndorsement" in c for c in analysis.certifications), \
        analysis.certifications


def test_a_credential_one_is_without_is_not_asked_as_held() -> None:
    analysis = analyse_posting("Math Teacher\nRequirements\n- A Texas teaching certificate\n"
                               "- Teachers without an ESL endorsement must earn one within "
                               "two years\n")
    # The credential word's reading names nothing there ("ESL"); the vocabulary's own
    # name for the endorsement is another reading's to judge.
    assert "ESL" not in analysis.certifications, analysis.certifications
