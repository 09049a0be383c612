"""A posting laid out as a form or a small careers page: "Title:", "Company:",
"Description:" labels, a "WHY SUNRISE?" perks heading, a key holder's store duties.

Each failed on a posting written for the purpose: the duties under "Description:" were
read as wishes (preferred), the employer's label was not read, "WHY SUNRISE?" was read
as two acronyms to ask, and "open and close the store" asked a seller's deal closing.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting

FORM = """Title: Pharmacy Technician
Company: Harbor Drug
Location: Eugene, OR

Description:
Fill prescriptions accurately, process insurance claims, and manage inventory in PioneerRx.

Qualifications:
PTCB certification, 1 year of retail pharmacy experience.
"""


def test_a_forms_labels_give_title_and_employer() -> None:
    analysis = analyse_posting(FORM)
    assert analysis.title == "Pharmacy Technician"
    assert analysis.company == "Harbor Drug"


def test_duties_under_description_are_required() -> None:
    analysis = analyse_posting(FORM)
    assert {"PioneerRx", "Inventory Management"} <= set(analysis.required_skills)


def test_a_label_over_a_paragraph_names_no_employer() -> None:
    text = ("ORGANIZATION: Second Street Pantry is a regional food bank serving four "
            "counties.\n\nRequirements\n- 2 years of grant writing\n")
    assert analyse_posting(text).company is None


CAREGIVER = """CAREGIVER
Sunrise Home Companions

RESPONSIBILITIES
* Assist clients with bathing and grooming
* Medication reminders

WHY SUNRISE?
* Weekly pay
* Flexible schedules
"""


def test_a_why_us_heading_is_perks_not_asks() -> None:
    asked = {s.name for s in analyse_posting(CAREGIVER).skills}
    assert not {"WHY", "SUNRISE", "Weekly pay"} & asked
    assert "Medication Reminders" in asked


@pytest.mark.parametrize("duty", [
    "Open and close the store following company procedures",
    "Close the books each month with the controller",
])
def test_closing_a_store_or_the_books_is_no_sellers_closing(duty: str) -> None:
    text = f"Key Holder - Part Time\n\nResponsibilities\n- {duty}\n- Cash handling\n"
    analysis = analyse_posting(text)
    assert "Deal Closing" not in {s.name for s in analysis.skills}
    assert analysis.title == "Key Holder - Part Time" or analysis.title == "Key Holder"


def test_closing_deals_is_still_asked() -> None:
    text = "Account Executive\n\nResponsibilities\n- Prospect and close deals with SMBs\n"
    assert "Deal Closing" in {s.name for s in analyse_posting(text).skills}
