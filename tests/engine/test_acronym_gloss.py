"""An acronym the posting spells out after it: "CPO (Certified Pool Operator)".

Postings write a credential either way round, "Certified Pool Operator (CPO)" or
"CPO (Certified Pool Operator)". Both name one credential: one ask, not two (the
second would be a false "missing"), and a resume that writes the letters shows it,
because the posting itself says which credential its letters mean. Without the
posting's gloss, a credential's initials still show nothing ("CPT" is a phlebotomy
technician's as much as a pharmacy technician's). Texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import analyse_posting, tailor
from tailor_app.tailoring.posting.terms import acronym_pairs

TODAY = date(2026, 12, 1)

RESUME = """Sam Lee
sam.lee@example.com | 512-555-0101

EXPERIENCE
Pool Technician, Blue Lagoon Pools, Austin, TX, 2020 - 2024
- Cleaned and balanced 40 residential pools a week
- Replaced pumps, filters and heaters

CERTIFICATIONS
CPO, 2021
First Aid and CPR
"""


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_both_ways_round_are_pairs_in_text_order() -> None:
    text = "CPO (Certified Pool Operator) and Food Handler Card (FHC) preferred"
    pairs = [(spelled, acronym) for _a, _b, spelled, _pa, _pb, acronym in acronym_pairs(text)]
    assert pairs == [("Certified Pool Operator", "CPO"), ("Food Handler Card", "FHC")]
    # Brackets that hold more than the words the letters stand for are no gloss.
    assert acronym_pairs("CPO (required within 90 days of hire)") == []
    assert acronym_pairs("Knows AWS (Amazon Web Services, Azure)") == []


def test_a_glossed_credential_is_asked_once() -> None:
    posting = ("Apartment Maintenance Technician\nRequirements:\n"
               "- Two years of apartment maintenance\n- CPO (Certified Pool Operator) a plus\n")
    found = asks(posting)
    assert "Certified Pool Operator" in found
    assert "CPO" not in found


def test_the_letters_on_the_resume_show_the_glossed_credential_either_way_round() -> None:
    for line in ("- CPO (Certified Pool Operator) required",
                 "- Certified Pool Operator (CPO) required"):
        posting = f"Pool Maintenance Technician\nRequirements:\n{line}\n"
        report = tailor(RESUME, posting, today=TODAY).match_before
        assert [(m.name, m.resume_term) for m in report.matched] == \
            [("Certified Pool Operator", "CPO")]
        assert report.missing == []


def test_a_credential_s_initials_without_the_posting_s_gloss_show_nothing() -> None:
    posting = ("Pharmacy Technician\nRequirements:\n"
               "- Certified Pharmacy Technician required\n")
    resume = RESUME.replace("CPO, 2021", "CPT (phlebotomy), 2021")
    report = tailor(resume, posting, today=TODAY).match_before
    assert "Certified Pharmacy Technician" in report.missing


def test_an_organisation_s_training_glossed_either_way_is_asked() -> None:
    for line in ("- CPI (Crisis Prevention Institute) training is a plus",
                 "- Crisis Prevention Institute (CPI) training is a plus"):
        found = asks(f"Paraprofessional\nRequirements:\n- Associate degree\n{line}\n")
        assert any("CPI" in a or "Crisis Prevention" in a for a in found), (line, found)
    # Where the job is, named with its letters, is still no ask.
    found = asks("UX Designer\nThe General Services Administration (GSA) is hiring a "
                 "designer for its Technology Transformation Services (TTS).\n"
                 "Requirements:\n- Figma\n")
    assert found == ["Figma"]
