"""The employer needing a worker for the work it goes on to tell is the job, not its story.

"Our clinic needs a medical receptionist to check patients in, verify insurance
eligibility and schedule appointments in athenahealth" opens like the employer's story
("Our clinic ..."), and every ask in it was left unread. A job's noun before "to",
"who", "with", "that" or "for" turns the sentence to the hire; "Our clients need a
partner who ..." (the people served) and "adding a paralegal to a busy team handling
construction disputes" (a place, not the work) stay as they were read. Texts are
written for these tests, in several fields.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_clinic_needing_a_receptionist_asks_the_work() -> None:
    found = asks(
        "Our clinic needs a medical receptionist to check patients in, verify insurance "
        "eligibility and schedule appointments in athenahealth. You will also collect copays.")
    assert "Insurance Verification" in found and "athenahealth" in found
    assert "Appointment scheduling" in found


def test_a_shop_needing_a_mechanic_asks_the_work() -> None:
    found = asks(
        "Our shop needs a diesel mechanic to diagnose engines with Cummins INSITE, rebuild air "
        "brake systems and perform DOT inspections. You will also keep records.")
    assert "Cummins INSITE" in found and "Air Brake Systems" in found


def test_an_agency_needing_an_aide_asks_the_work_not_its_clients_needs() -> None:
    found = asks(
        "Our agency needs a case aide to complete intake assessments and make community "
        "referrals. You will also drive clients.")
    assert "Intake Assessment" in found
    # The people served needing someone stay the employer's story.
    found = asks(
        "Our clients need a partner who understands SAP and Salesforce. We are a consulting "
        "firm in Ohio.")
    assert "SAP" not in found and "Salesforce" not in found
    # A worker added to a team is no duty told: "to a busy team ... handling disputes".
    found = asks(
        "Our Houston office is adding a litigation paralegal to a busy team of eight partners "
        "handling oil and gas, construction and contract disputes. You will draft discovery "
        "responses.")
    assert "Construction disputes" not in found
