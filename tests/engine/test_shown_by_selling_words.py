"""A seller's plain "sold" shows the kind of selling its object and buyer name: sold to
the people who buy for a business (its directors, managers, purchasing agents) is
business-to-business selling; sold "as an add-on", or an extended warranty or a
protection plan sold at all, is upselling. Sold to people buying for themselves, or
the thing alone, shows neither. Texts written for these tests."""

from __future__ import annotations

from one_bullet_report import one_bullet_report


def test_sold_to_a_firm_s_directors_and_managers_is_b2b_selling() -> None:
    shown, _ = one_bullet_report(
        "B2B sales experience",
        "Sold floor-care supplies to facility directors and office managers in three counties",
        "Sales Representative")
    assert "B2B Sales" in shown


def test_sold_to_purchasing_agents_is_b2b_selling() -> None:
    shown, _ = one_bullet_report(
        "B2B sales experience",
        "Sell lab consumables and pipette tips to university purchasing agents",
        "Account Representative")
    assert "B2B Sales" in shown


def test_sold_to_families_is_no_b2b_selling() -> None:
    shown, unmet = one_bullet_report(
        "B2B sales experience", "Sold season passes to families and teachers",
        "Sales Representative")
    assert "B2B Sales" not in shown and "B2B Sales" in unmet


def test_sold_as_add_ons_is_upselling() -> None:
    shown, _ = one_bullet_report(
        "Upselling", "Sold tire rotations and wiper blades as add-ons to oil changes",
        "Service Advisor")
    assert "Upselling" in shown


def test_an_extended_warranty_sold_anywhere_is_upselling() -> None:
    shown, _ = one_bullet_report(
        "Upselling", "Sold extended warranties at the register on most laptop sales",
        "Sales Associate")
    assert "Upselling" in shown


def test_an_idea_pitched_inside_one_s_firm_is_no_b2b_selling() -> None:
    # review27's S5
    for bullet, title in (
            ("Sold the new onboarding process to department managers and rolled it out",
             "HR Generalist"),
            ("Sold the dashboard redesign to the marketing directors before launch",
             "Product Designer")):
        shown, _ = one_bullet_report("B2B sales experience", bullet, title)
        assert "B2B Sales" not in shown, bullet
