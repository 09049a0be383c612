"""The terms a job is offered on are no asks: hours, shifts, kind of employment, pay band.

A title glued to a one-paragraph posting's first sentence, or a list of openings,
carries its terms in brackets ("(Part Time, Evenings and Saturdays)", "(Temp-to-Hire,
Day Shift)"); read as named things they became false "missing" skills. A pay grade among
those terms made a whole one-paragraph posting read as a hiring notice that asks
nothing. Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.posting.work_terms import is_term_of_work


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_glued_titles_schedule_is_no_ask_in_a_dental_office() -> None:
    found = asks(
        "Dental Hygienist - Pediatric Office (Part Time, Evenings and Saturdays) Brightsmile "
        "Dental seeks a hygienist to perform prophylaxis and take radiographs; an Oregon RDH "
        "license is required.")
    assert "Evenings" not in found and "Saturdays" not in found and "Part Time" not in found
    assert "Prophylaxis" in found


def test_a_glued_titles_employment_terms_are_no_ask_at_a_clinic_desk() -> None:
    found = asks(
        "Medical Receptionist – Family Clinic (Temp-to-Hire, Day Shift) Cedar Clinic needs a "
        "receptionist for patient check-in, insurance verification and scheduling in Epic.")
    assert "Temp-to-Hire" not in found and "Day Shift" not in found
    assert "Insurance Verification" in found and "Epic" in found


def test_terms_in_a_list_of_openings_are_no_ask() -> None:
    found = asks(
        "Harbor Grill\nOpen positions\nLine Cook - Banquets (PRN, Weekends)\n"
        "Prep Cook - Main Kitchen (Full Time, Nights)\n"
        "Work the grill and saute stations and keep ServSafe standards.\n")
    for term in ("PRN", "Weekends", "Full Time", "Nights"):
        assert term not in found


def test_a_pay_grade_in_the_title_does_not_silence_the_posting() -> None:
    found = asks(
        "Budget Analyst II (Pay Grade 14, Hybrid) - The City of Marlow seeks an analyst to "
        "prepare the operating budget in Tyler Munis, forecast revenue in Excel and present "
        "variance reports to council.")
    assert "Tyler Munis" in found and "Microsoft Excel" in found
    assert not any("Grade" in name or "Hybrid" in name for name in found)
    found = asks(
        "Payroll Analyst – Corporate Finance (Remote, Pay Grade 12) Acme needs an analyst who "
        "runs payroll in Workday and reconciles payroll taxes.")
    assert "Workday" in found and "Payroll" in found


def test_which_names_are_terms_of_work() -> None:
    for term in ("Full Time", "Rotating Nights", "Temp-to-Hire", "3rd Shift", "0.9 FTE",
                 "Pay Grade 12", "Mon-Fri", "On-Call", "Per Diem"):
        assert is_term_of_work(term), term
    for name in ("Epic", "Day Surgery", "Microsoft Office", "Night Audit", "Weekend Warriors Inc",
                 "Shift Scheduling Software"):
        assert not is_term_of_work(name), name
