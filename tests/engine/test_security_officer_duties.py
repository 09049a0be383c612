"""A security officer's everyday duties as postings and resumes say them: escorting
people, issuing badges, a hospital's combative patients, lockdowns. Other fields'
sentences with the same verbs keep their own sense."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def _names(text: str) -> list[str]:
    return [hit.skill.name for hit in load_vocabulary().find(text)]


def test_a_hospital_security_posting_asks_its_officers_duties() -> None:
    posting = ("Security Officer, nights. You will patrol the parking decks, escort staff"
               " to their cars, issue visitor badges at the lobby desk, assist nurses with"
               " combative patients and run lockdown drills twice a year.")
    asked = {skill.name for skill in analyse_posting(posting).skills}
    assert {"Security Escorts", "Visitor Badging", "Combative Patient Response",
            "Lockdown Procedures"} <= asked


def test_a_resume_shows_them_in_its_own_words() -> None:
    assert "Security Escorts" in _names("Escorted employees to the garage after late shifts")
    assert "Visitor Badging" in _names("Issued visitor and vendor badges at the front desk")
    assert "Combative Patient Response" in _names(
        "Helped nurses hold combative patients in the emergency department")


def test_a_care_worker_s_or_a_host_s_words_keep_their_own_sense() -> None:
    assert "Security Escorts" not in _names("Escort patients to radiology and the lab")
    assert "Security Escorts" not in _names("Greet and escort guests to their tables")
    assert "Security Escorts" not in _names("Escorted visitors on plant tours")
    assert "Visitor Badging" not in _names("Issue badges and laptops to new hires")
    assert "Combative Patient Response" not in _names("Agitated patients may need a sitter")
    assert "Combative Patient Response" not in _names(
        "Managed behavioral emergencies on the inpatient psych unit")
    assert "Workplace Violence Prevention" not in _names(
        "Deliver violence prevention workshops in schools")
