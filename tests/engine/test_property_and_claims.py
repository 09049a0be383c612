"""A multifamily community manager's and an auto claims adjuster's postings and resumes:
their own work, their software and their credentials, read in the words each trade
uses. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting

COMMUNITY = (
    "Community Manager (Multifamily) – Oakridge Residential – Boise, ID\n\n"
    "Oakridge manages 9,000 apartment homes across the Mountain West.\n\n"
    "You'll keep occupancy above 95%, make sure rent is collected on time, handle "
    "delinquencies and evictions under Idaho landlord-tenant law, oversee turns and walk "
    "the property weekly. Yardi Voyager required. CAM or ARM designation preferred.\n")

MANAGER = (
    "Tanya Ruiz\ntanya@example.com\n\nExperience\nAssistant Community Manager, Riverstone "
    "Flats, 2021 to Present\n- Kept occupancy at 96% for two years\n- Collected rent and "
    "worked the delinquency list every week\n- Scheduled turns with maintenance in Yardi\n"
    "\nCredentials\nCertified Apartment Manager (CAM), NAA, 2024\n")


def test_a_community_managers_posting_asks_her_work_and_her_designation() -> None:
    analysis = analyse_posting(COMMUNITY)
    asked = {s.name: s.required for s in analysis.skills}
    assert analysis.company == "Oakridge Residential"  # not "Oakridge manages 9"
    for name in ("Occupancy management", "Rent collection", "Delinquency management",
                 "Evictions", "Landlord-Tenant Law", "Unit turns", "Property Inspections",
                 "Yardi Voyager"):
        assert asked.get(name) is True, name
    assert asked.get("Certified Apartment Manager") is False
    assert asked.get("Accredited Residential Manager") is False
    assert "Computer-Aided Manufacturing" not in asked  # a machine shop's CAM


def test_her_resume_shows_that_work_in_her_own_words() -> None:
    report = tailor(MANAGER, COMMUNITY).match_before
    matched = {m.name for m in report.matched}
    assert {"Occupancy management", "Rent collection", "Delinquency management",
            "Unit turns", "Yardi Voyager", "Certified Apartment Manager"} <= matched
    assert "Landlord-Tenant Law" in report.missing


def test_a_machine_shops_cam_is_still_computer_aided_manufacturing() -> None:
    asked = {s.name for s in analyse_posting(
        "CNC Programmer\n\nRequirements\n- CAM programming of toolpaths for 5-axis mills\n"
        "- CAD/CAM with Mastercam\n").skills}
    assert "Computer-Aided Manufacturing" in asked
    assert "Certified Apartment Manager" not in asked


ADJUSTER = (
    "Auto Claims Adjuster I (Field) | Harborline Insurance | Sacramento, CA\n\n"
    "As a field auto adjuster you will inspect damaged vehicles, write estimates in CCC ONE, "
    "and settle first- and third-party auto claims. You'll investigate liability and take "
    "recorded statements.\n\nMust have:\n• California adjuster license\n"
    "• 1-2 years of auto damage appraisal experience\n")


def test_an_adjusters_posting_asks_the_claims_work_and_the_licence() -> None:
    asked = {s.name for s in analyse_posting(ADJUSTER).skills}
    assert {"Vehicle Inspection", "Repair Estimating", "CCC ONE", "Claim Settlement",
            "Recorded Statements", "Adjuster License", "Auto Damage Appraisal"} <= asked


def test_an_appraisers_resume_shows_the_estimates_and_the_licence() -> None:
    resume = ("Jordan Pake\njordan@example.com\n\nExperience\nAuto Damage Appraiser, Capitol "
              "Collision, 2022 to Present\n- Wrote 8 to 12 repair estimates a day in CCC ONE\n"
              "\nLicenses\nCalifornia Independent Adjuster License (2024)\n")
    matched = {m.name for m in tailor(resume, ADJUSTER).match_before.matched}
    assert {"Repair Estimating", "CCC ONE", "Auto Damage Appraisal"} <= matched
    assert any("adjuster license" in name.casefold() for name in matched)


def test_the_objects_and_times_in_a_list_of_duties_are_no_asks() -> None:
    """ "contact insureds within 24 hours, inspect damaged homes, barns and sheds,
    photograph and measure losses, and write estimates": the duties are read, not
    "Hours", "Barns" or "Sheds". One-word activities in such a list still are."""
    asked = {s.name for s in analyse_posting(
        "Property Adjuster\n\nYou will contact insureds within 24 hours, inspect damaged "
        "homes, barns and sheds, photograph and measure losses, and write estimates in "
        "Xactimate.\n").skills}
    assert "Xactimate" in asked and "Repair Estimating" in asked
    assert not asked & {"Hours", "Barns", "Sheds"}, asked
    asked = {s.name for s in analyse_posting(
        "Home Health Aide\n\nYou will help with bathing, dressing, toileting and "
        "incontinence care, and assist with transfers.\n").skills}
    assert "Dressing" in asked or "Dressing Assistance" in asked, asked
