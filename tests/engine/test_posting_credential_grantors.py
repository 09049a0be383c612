"""Who grants a credential is no ask of its own, and a body's generic credential is read
by the trade that names it.

"a credential from PayrollOrg", "a designation granted by AIPB", "MLT(ASCP)": the body
after "from/by/through/granted by", or in brackets after the credential's letters, says
who grants the paper; read as a term of its own it became a false "missing" skill.
"PTCB or NHA certification" in a pharmacy's posting is the pharmacy technician's exam,
no medical assistant's. Texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import analyse_posting, tailor

TODAY = date(2026, 12, 1)


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_grantor_after_from_or_granted_by_is_no_ask() -> None:
    found = asks("Payroll Coordinator\n\nRequirements\n- Process payroll in Paylocity\n"
                 "- CPP or FPC credential from PayrollOrg is a plus\n")
    assert "PayrollOrg" not in found
    assert "Certified Payroll Professional" in found
    found = asks("Bookkeeper\n\nWhat we need\n- Reconcile bank accounts in QuickBooks\n"
                 "- Certified Bookkeeper designation granted by AIPB\n")
    assert "AIPB" not in found and "Certified Bookkeeper" in found
    found = asks("Maintenance Technician\n\nNice to have\n"
                 "- CMRT credential awarded by SMRP\n- Troubleshoot VFDs and PLCs\n")
    assert "SMRP" not in found


def test_a_body_in_brackets_after_the_credentials_letters_is_no_ask() -> None:
    found = asks("Phlebotomist\n\nRequirements\n- PBT (ASCP) or CPT (NHA) certification\n"
                 "- Perform venipuncture on adult and pediatric patients\n")
    assert "ASCP Certification" not in found
    found = asks("Medical Laboratory Technician\n\nWhat you bring\n"
                 "- MLT(ASCP) certification or AMT equivalent\n- Run hematology QC\n")
    assert "ASCP Certification" not in found and "Medical Laboratory Technician" in found


def test_a_bodys_generic_credential_in_a_pharmacy_is_its_pharmacy_exam() -> None:
    found = asks("Pharmacy Technician\n\nResponsibilities\n- Fill prescriptions\n\n"
                 "Requirements\n- PTCB or NHA certification\n")
    assert "Medical Assistant Certification" not in found
    assert "Certified Pharmacy Technician" in found
    found = asks("IV Room Technician\n\nWhat you need\n- Compound sterile admixtures\n"
                 "- Active state registration and NHA certification\n")
    assert "Medical Assistant Certification" not in found
    # A clinic's posting keeps the medical assistant's credential.
    found = asks("Medical Assistant\n\nRequirements\n- NHA certification required\n"
                 "- Room patients, take vitals and give injections\n")
    assert "Medical Assistant Certification" in found


def test_one_credential_of_a_choice_shown_leaves_the_other_unmissed() -> None:
    resume = (
        "Jo Park\n\nEXPERIENCE\nPharmacy Technician, Corner Drug, 2020 - 2024\n"
        "- Filled 250 prescriptions a day\n\nCERTIFICATIONS\n"
        "ExCPT (NHA), 2020\nCertified Management Accountant (CMA), 2019\n")
    result = tailor(resume, "Pharmacy Technician\n\nRequirements\n- PTCB or NHA certification\n"
                    "- Fill prescriptions\n- CPA or CMA preferred\n", today=TODAY)
    missing = [*result.match_before.missing_required, *result.match_before.missing_preferred]
    assert "Certified Pharmacy Technician" not in missing
    assert "Certified Public Accountant" not in missing


def test_a_system_papers_are_kept_in_is_no_grantor() -> None:
    # review25 A2: plural papers kept "through" a system name the system, an ask.
    found = asks("Safety Coordinator\n\nRequirements\n- Maintain subcontractor certifications "
                 "through ISNetworld and Avetta\n- Conduct OSHA toolbox talks\n")
    assert "ISNetworld" in found and "Avetta" in found
    found = asks("HR Coordinator\n\nRequirements\n- Track nurse licenses through Nursys and "
                 "staff certifications through MedTrainer\n- Run background checks in Checkr\n")
    assert "MedTrainer" in found
