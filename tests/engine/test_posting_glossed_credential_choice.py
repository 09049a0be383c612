"""Two credentials offered as a choice, each glossed by its own letters, are two asks by
their names.

"Tax Credit Specialist (TCS) or Specialist in Housing Credit Management (SHCM)
certification preferred" was asked as "Tax Credit Specialist (TCS) certification", which
no resume writes; "Certified Dietary Manager (CDM) or Food Protection Professional (FPP)
credential" as one credential holding "or"; "Construction Health and Safety Technician
(CHST)" was cut at its "and". Texts are written for these tests.
"""

from __future__ import annotations

import re

from tailor_app.tailoring import analyse_posting


def credentials(posting: str) -> list[str]:
    """The credentials asked, without the letters a name may keep in brackets (the
    report lists such a credential by them)."""
    return [re.sub(r" \([A-Z]+\)$", "", name) for name in analyse_posting(posting).certifications]


def test_a_property_managers_choice_of_credentials() -> None:
    found = credentials(
        "Community Manager\n\nQualifications\n- Certified Apartment Manager (CAM) or "
        "Certified Apartment Portfolio Supervisor (CAPS) certification a plus\n"
        "- Lease apartments and collect rent\n")
    assert "Certified Apartment Manager" in found
    assert "Certified Apartment Portfolio Supervisor" in found
    assert not any(name.endswith("certification") or name.startswith("Apartment Manager")
                   for name in found)
    found = credentials(
        "Compliance Specialist\n\nPreferred\n- Tax Credit Specialist (TCS) or Specialist in "
        "Housing Credit Management (SHCM) certification\n- Audit tenant files\n")
    assert "Tax Credit Specialist" in found
    assert "Specialist in Housing Credit Management" in found


def test_a_kitchens_choice_of_credentials() -> None:
    found = credentials(
        "Dietary Supervisor\n\nQualifications\n- Certified Dietary Manager (CDM) or Food "
        "Protection Professional (FPP) credential a plus\n- Plan therapeutic diets\n")
    assert found == ["Certified Dietary Manager", "Food Protection Professional"]


def test_a_name_with_and_glossed_by_its_letters_is_one_credential() -> None:
    found = credentials(
        "Safety Coordinator\n\nQualifications\n- OSHA 30 or Construction Health and Safety "
        "Technician (CHST) certification preferred\n- Lead toolbox talks\n")
    assert "Construction Health and Safety Technician" in " | ".join(found)
    assert not any(name.startswith("Construction Health certification") for name in found)
