"""A duty named as an action noun with "of" and its object ("Calculation of overtime",
"administration of oral medications", "appraisals of vehicle damage") asks for the
skill the vocabulary names object first (Dec 7, asks24, ``posting/of_phrases.py``).

Each test is on text written for it, not a batch's posting.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(duty: str) -> set[str]:
    text = f"Coordinator\n\nWhat you'll do\n- {duty}\n"
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("duty", "skill"), [
    # A payroll desk, a care home, a claims desk, a warehouse, an AP desk.
    ("Calculation of overtime and holiday pay for hourly staff", "Overtime Calculation"),
    ("Accurate calculation of overtime, shift premiums and bonuses", "Overtime Calculation"),
    ("Administration of oral medications to residents on the day shift",
     "Medication Administration"),
    ("Safe administration of medications under the nurse's direction",
     "Medication Administration"),
    ("Written appraisals of vehicle damage at body shops", "Auto Damage Appraisal"),
    ("Safe handling of hazardous materials on the dock", "Hazardous materials handling"),
    ("Timely processing of invoices and expense reports", "Invoice processing"),
    ("Timely processing of invoices and expense reports", "Expense Report Processing"),
])
def test_action_noun_of_object_is_an_ask(duty: str, skill: str) -> None:
    assert skill in _asked(duty)


@pytest.mark.parametrize(("text", "skill"), [
    # A body, a degree and a place named with "of" turn into nothing.
    ("Department of Human Services, Lansing office", "Human Services"),
    ("Bachelor of Science in nursing", "Science"),
])
def test_a_name_with_of_is_not_turned_round(text: str, skill: str) -> None:
    assert skill not in _asked(text)


@pytest.mark.parametrize("text", [
    # review24 A6: a moment of the day ("from the opening of the store") is no duty.
    "Barista\n\nAbout the job\nShifts run from the opening of the store until 2 pm.\n\n"
    "Duties\n- Make espresso drinks.\n",
    "Sales Associate\n\nAbout the job\nYou work from the opening of the store to the "
    "closing of the mall.\n\nDuties\n- Greet shoppers.\n",
    "Stock Clerk\n\nSchedule\nShifts start after the opening of the store and end "
    "before the closing of the mall.\n\nDuties\n- Stock shelves.\n",
])
def test_a_moment_of_the_day_is_no_duty(text: str) -> None:
    assert "Store Management" not in {s.name for s in analyse_posting(text).skills}
