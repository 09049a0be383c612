"""Letters the posting spells out itself mean what the posting says, not the vocabulary's
other sense.

"Medicare Set-Aside (MSA)" in a claims posting was read as Measurement System Analysis,
"American Thoracic Society (ATS)" in a lung lab's as an applicant tracking system,
"place of service (POS)" in a billing office's as a point-of-sale system: each a false
"missing" skill. A bracket that glosses letters beside their words defines them for the
posting, whether or not the vocabulary knows the words. Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.posting.glosses import gloss_of


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_claims_desks_set_asides_are_no_measurement_system_analysis() -> None:
    found = asks("Claims Specialist\n\nResponsibilities\n"
                 "- Coordinate Medicare Set-Asides (MSAs) with vendors and review every MSA\n"
                 "- Negotiate settlements and attend mediations\n")
    assert "Measurement System Analysis" not in found
    assert "Medicare Set-Asides" in found


def test_a_lung_labs_society_is_no_applicant_tracking() -> None:
    found = asks("Pulmonary Function Technologist\n\nResponsibilities\n"
                 "- Perform spirometry and DLCO testing to American Thoracic Society/European "
                 "Respiratory Society (ATS/ERS) standards\n"
                 "- Grade each maneuver against ATS acceptability criteria\n")
    assert "Applicant Tracking Systems" not in found


def test_a_billing_offices_codes_are_no_point_of_sale_or_operating_system() -> None:
    found = asks("Medical Biller\n\nResponsibilities\n"
                 "- Check the place of service (POS) and date of service (DOS) on each claim\n"
                 "- Work denials in athenahealth\n")
    assert "Point of Sale" not in found and "DOS" not in found
    # Spelled out as the vocabulary means them, the letters keep their skill.
    found = asks("Cashier\n\nResponsibilities\n- Run the point-of-sale (POS) register\n"
                 "- Enter charts in the electronic health record (EHR)\n")
    assert "Point of Sale" in found and "Electronic Health Records" in found


def test_the_words_a_posting_glosses_its_letters_with() -> None:
    assert gloss_of("MSA", "coordinate Medicare Set-Aside (MSA) allocations") \
        == "Medicare Set-Aside"
    assert gloss_of("PHA", "work with the PHA (Public Housing Authority) on") \
        == "Public Housing Authority"
    assert gloss_of("DOS", "the date of service (DOS) on each claim") == "date of service"
    assert gloss_of("ATS", "American Thoracic Society/European Respiratory Society (ATS/ERS)") \
        == "American Thoracic Society"
    # Letters in brackets after other words, or with more than letters, are no gloss.
    assert gloss_of("ATS", "Experience with our hiring tools (ATS) required") is None
    assert gloss_of("MSA", "review the MSA (signed last year) before renewal") is None


def test_capitalised_words_the_vocabulary_lacks_name_the_ask() -> None:
    # The posting's own name for its letters is the ask, not nothing.
    found = asks("Medical Biller\n\nResponsibilities\n"
                 "- Verify the Place of Service (POS) and modifiers on every claim\n")
    assert "Place of Service" in found and "Point of Sale" not in found
