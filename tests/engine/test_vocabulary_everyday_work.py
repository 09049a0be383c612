"""The everyday wording of trades' work the curated files name (Dec 6 additions): a
posting that says "rekey locks", "stage pallets" or "doc cam" asks for the skill. Our
own text."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text, vocabulary=load_vocabulary()).skills}


def test_a_maintenance_posting_in_plain_words() -> None:
    found = asks("Maintenance Tech\n\nResponsibilities\n"
                 "- Rekey locks and replace door hardware at move-out\n"
                 "- Unclog drains and fix running toilets\n"
                 "- Recaulk tubs, patch drywall and do touch-up painting\n"
                 "- Service AC units and test pool water weekly\n")
    assert {"Lock Changes", "Door hardware repair", "Drain Cleaning", "Plumbing Fixtures",
            "Caulking", "Drywall", "HVAC", "Pool Maintenance"} <= found
    # Named more narrowly than the kind of work: shown by a resume that names either.
    assert "Touch-up painting" in found or "Interior painting" in found


def test_a_dock_posting_in_plain_words() -> None:
    found = asks("Dock Lead\n\nWhat you'll do\n"
                 "- Receive freight and put stock away by location\n"
                 "- Pick orders and stage pallets in the outbound lanes\n")
    assert {"Delivery Receiving", "Putaway", "Order Picking", "Freight Staging"} <= found


def test_a_floor_nurse_posting_in_plain_words() -> None:
    found = asks("LPN\n\nDuties\n"
                 "- Pass meds from the med cart and chart on the e-MAR\n"
                 "- Dressing changes on pressure ulcers; admit new residents\n"
                 "- Care for a resident with dementia; transfer with a mechanical lift\n")
    assert {"Medication Cart", "eMAR", "Pressure Injury Care", "Patient Admissions",
            "Dementia Care", "Mechanical lifts"} <= found


def test_a_teacher_and_a_cook_posting_in_plain_words() -> None:
    assert {"Document Camera", "Student Assessment", "Differentiated Instruction"} <= asks(
        "Teacher\n\nResponsibilities\n- Teach with a doc cam and give quizzes and tests\n"
        "- Modify lessons for English learners\n")
    assert {"Ticket Reading", "Following Recipes"} <= asks(
        "Line Cook\n\nResponsibilities\n- Read tickets and call them to the line\n"
        "- Cook from standardized recipes\n")


def test_a_thing_sold_or_prevented_shows_no_work_on_it() -> None:
    from tailor_app.tailoring import tailor

    resume = ("Kevin Moss\nkevin@example.com\n\nExperience\nSales Associate, Home Depot, "
              "2021 - present\n- Sold AC units, ceiling fans and water heaters to homeowners\n")
    posting = ("Maintenance Technician\n\nResponsibilities\n- Repair AC units, appliances and "
               "plumbing in 200 apartments\n\nRequirements\n- HVAC experience\n")
    report = getattr(tailor, "tailor", tailor)(resume, posting).match_before
    assert "HVAC" not in {m.name for m in report.matched}
    aide = ("Alma Reyes\nalma@example.com\n\nExperience\nCertified Nursing Assistant, Maple "
            "Court, 2019 - present\n- Turned and repositioned residents every two hours to "
            "prevent bedsores\n")
    wound = ("Wound Care Nurse (LPN)\n\nResponsibilities\n- Perform wound care and dressing "
             "changes per physician orders\n\nRequirements\n- Active LPN license\n")
    report = getattr(tailor, "tailor", tailor)(aide, wound).match_before
    assert "Wound Care" not in {m.name for m in report.matched}


def test_art_is_no_house_painting() -> None:
    from tailor_app.tailoring import tailor

    resume = ("June Park\njune.park@example.com\n\nExperience\nActivities Assistant, Sunny "
              "Days Senior Center, 2020 - present\n- Taught watercolor painting classes to 20 "
              "seniors a week\n")
    posting = ("Apartment Maintenance Technician\n\nResponsibilities\n- Patch and paint walls "
               "between residents\n- Replace faucets and unclog drains\n")
    report = getattr(tailor, "tailor", tailor)(resume, posting).match_before
    assert not {"Interior painting", "Painting"} & {m.name for m in report.matched}
    assert "Interior painting" not in asks("Preschool Teacher\n\nAbout us\nOur kids love "
                                           "painting, building forts and digging.\n")
