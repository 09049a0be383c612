"""A credential asked by its kind alone is met by the credential its sentence names and
the resume holds ("National certification required (ABC or XYZ)"), and letters no
vocabulary skill is known by, offered beside a held credential in a choice ("PTCB or
NHA"), are the other credential of the choice: no gap. A credential the sentence does
not name meets neither. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _report(title: str, ask: str, held: str) -> tuple[set[str], set[str]]:
    resume = parse_resume(
        "Morgan Lee\nmorgan.lee@example.com\n\nExperience\n"
        f"{title} | Brookside Clinic | 2019 - Present\n- Answered the front phones\n\n"
        f"Certifications\n{held}\n")
    report = match_resume(resume, analyse_posting(
        f"{title}\n\nRequirements\n- {ask}\n- Two years of clinic experience\n"))
    return ({m.name for m in report.matched},
            {*report.missing, *report.maybe_shown, *report.unconfirmed})


def test_a_records_credential_meets_the_national_certification_its_sentence_names() -> None:
    shown, unmet = _report("Health Information Technician",
                           "National certification required (RHIT or CCA)",
                           "Registered Health Information Technician (RHIT), 2021")
    assert unmet == set()
    assert "National certification" in shown


def test_unknown_letters_offered_beside_a_held_pharmacy_credential_are_no_gap() -> None:
    shown, unmet = _report("Pharmacy Technician",
                           "Certification through PTCB or NHA required within a year of hire",
                           "Certified Pharmacy Technician (PTCB), 2022")
    assert "Certified Pharmacy Technician" in shown
    assert not {"NHA"} & unmet


def test_a_credential_the_sentence_does_not_name_meets_nothing() -> None:
    shown, unmet = _report("Health Information Technician",
                           "National certification required (RHIT or CCA)",
                           "Forklift Operator Certification, 2021")
    assert "National certification" not in shown
    assert {"CCA", "National certification"} <= unmet


def test_the_higher_credential_of_the_same_body_is_still_missing() -> None:
    shown, unmet = _report("Network Administrator", "CCNA required; CCNP preferred",
                           "Cisco CCNA, 2020")
    assert "Cisco Certified Network Associate" in shown
    assert "Cisco Certified Network Professional" in unmet


def test_a_named_higher_grade_is_no_generic_ask() -> None:
    # review27's S3: the FPC held meets no Certified Payroll Professional.
    shown, unmet = _report("Payroll Specialist", "FPC required; CPP preferred",
                           "Fundamental Payroll Certification (FPC), 2021")
    assert "Certified Payroll Professional" not in shown
    assert "Certified Payroll Professional" in unmet


def test_a_held_credential_meets_a_choice_asked_as_a_certification_as_one_or_other() -> None:
    # "certification as a CNA or HHA": the other name offered is no qualifier of the one
    # held (nursing aide and medical assistant wordings).
    for title, ask, held in (
            ("Caregiver", "Current certification as a CNA or HHA",
             "Certified Nursing Assistant (CNA), Ohio, 2022"),
            ("Medical Assistant", "Current certification as an RMA or CCMA",
             "Registered Medical Assistant (RMA), 2020")):
        _shown_names, unmet = _report(title, ask, held)
        assert unmet == set(), (ask, unmet)


def test_a_state_before_the_credential_still_qualifies_it() -> None:
    _shown_names, unmet = _report("Staff Nurse", "Arizona RN license",
                                  "Registered Nurse, Nevada State Board, 2019")
    assert unmet
