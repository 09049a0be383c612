"""A credential's word that only names the body or grade of a longer credential of
another role shows nothing of its own: "State Bar Certified Paralegal" is a paralegal's
certificate, no attorney's bar admission; "Journeyman Certified Welder" a welder's
certificate, no journeyman's licence. An ask of a body's credentials of any kind ("ASE
certification") is still shown by any of them, and the credential said plainly still
shows. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _shown(title: str, ask: str, held: str) -> set[str]:
    resume = parse_resume(
        "Dana Ruiz\ndana.ruiz@example.com\n\nExperience\n"
        f"{title} | Harbor & Pine LLP | 2018 - Present\n- Kept the shared calendar\n\n"
        f"Certifications\n{held}\n")
    report = match_resume(resume, analyse_posting(
        f"{title}\n\nRequirements\n- {ask}\n- Three years of experience\n"))
    return {m.name for m in report.matched}


def test_a_paralegal_certificate_granted_by_the_bar_is_no_bar_admission() -> None:
    assert "Bar Admission" not in _shown("Associate Attorney", "Bar admission required",
                                         "State Bar Certified Paralegal, 2020")


def test_a_welder_certificate_of_journeyman_grade_is_no_journeyman_licence() -> None:
    assert "Journeyman License" not in _shown("Pipefitter", "Journeyman license required",
                                              "Journeyman Certified Welder, 2019")


def test_an_ask_of_a_body_s_credentials_is_shown_by_any_of_them() -> None:
    assert "ASE Certification" in _shown("Automotive Technician", "ASE certification",
                                         "ASE Certified Master Technician, 2017")


def test_the_credential_said_plainly_still_shows() -> None:
    assert "Bar Admission" in _shown("Associate Attorney", "Bar admission required",
                                     "Admitted to the Ohio bar, 2018")


def test_a_grade_before_the_licence_it_names_is_held() -> None:
    # review27's S4: "Journeyman Licensed Electrician" holds the journeyman licence.
    assert "Journeyman License" in _shown("Electrician", "Journeyman electrician license required",
                                          "Journeyman Licensed Electrician, Texas, 2018")


def test_a_credential_of_the_ask_s_own_role_holds_the_ask() -> None:
    # review27's S4: "RN Certified Wound Care Nurse" is a registered nurse.
    assert "Registered Nurse" in _shown("Wound Care Nurse", "Active RN license required",
                                        "RN Certified Wound Care Nurse, 2022")
