"""A resume shows an ask in its own trade's words: a score's letters (CSAT), a plan's
letters with its state's (BCBSTX), the trade's short name (work comp, one-line
drawings, preventive work orders, pinpointing leaks), a subject taught ("Teach reading
and math") and work changed to each student ("modifying tasks and tests"). And two
words that look like an ask name another thing: a hygienist's "home care" is what the
patient does at home, "nursing school" the school, no home health care or school
nursing. Sentences written for these tests, two fields each."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, shown_by_bullet, tsv_vocabulary


@pytest.mark.parametrize(("ask", "bullet", "title", "skill"), [
    # a score's letters for the satisfaction it measures
    ("Meet targets for customer satisfaction (CSAT)", "Kept CSAT at 92% on 70 calls a day",
     "Customer Service Representative", "Customer satisfaction"),
    ("Keep customer satisfaction high", "Held a 96% CSAT score on 40 tickets a day",
     "Support Specialist", "Customer satisfaction"),
    # a leak check done with the detector
    ("Perform leak checks on refrigeration systems",
     "Pinpoint leaks with an electronic leak detector", "Refrigeration Technician",
     "Leak Detection"),
    ("Leak checks on gas piping and appliances", "Find gas leaks with a combustible leak detector",
     "Gas Service Technician", "Leak Detection"),
    # the short name of a line of insurance
    ("Workers' compensation experience", "Quote GL and work comp policies for 200 contractors",
     "Commercial Lines Account Manager", "Workers' Compensation"),
    ("Manage workers' compensation claims",
     "Filed work comp claims and tracked return-to-work dates",
     "HR Generalist", "Workers' Compensation"),
    # a payer by its plan's letters
    ("Submit claims to Medicare, Medicaid and BCBS", "Send 300 claims a day to BCBSTX and Aetna",
     "Billing Specialist", "Blue Cross Blue Shield"),
    ("Verify coverage with Blue Cross Blue Shield", "Verified BCBSM eligibility before each visit",
     "Patient Access Representative", "Blue Cross Blue Shield"),
    # the same drawing called one-line
    ("Read single-line diagrams", "Work from blueprints and one-line drawings",
     "Journeyman Electrician", "Single-line diagrams"),
    ("Prepare single-line diagrams for PV systems",
     "Drew one-line diagrams for 40 rooftop PV systems",
     "Solar Designer", "Single-line diagrams"),
    # preventive work orders are the preventive maintenance
    ("Complete preventive maintenance on production equipment",
     "Close preventive and corrective work orders in eMaint", "Maintenance Mechanic",
     "Preventive Maintenance"),
    ("Perform preventive maintenance on building systems",
     "Work preventive work orders on boilers and air handlers", "Building Engineer",
     "Preventive Maintenance"),
    # a subject taught
    ("Deliver math instruction to students with IEPs", "Teach reading and math to small groups",
     "Special Education Teacher", "Math Instruction"),
    ("Math instruction for adult learners", "Taught math and GED prep to 30 adult learners",
     "Adult Education Instructor", "Math Instruction"),
    # work changed to each student's need
    ("Differentiate instruction for diverse learners",
     "Support IEPs by modifying tasks and tests for each student", "Mathematics Teacher",
     "Differentiated Instruction"),
    ("Differentiated instruction", "Adjusted assignments and tests for English learners",
     "ESL Teacher", "Differentiated Instruction"),
    # a product that is one of the kind asked
    ("Document all activity in our agency management system",
     "Log every call and policy change in EZLynx", "Commercial Lines Account Manager",
     "Agency Management Systems"),
    ("Experience with an agency management system", "Quote and service auto policies in EZLynx",
     "Personal Lines CSR", "Agency Management Systems"),
])
def test_an_ask_shown_in_the_trades_own_words(ask: str, bullet: str, title: str,
                                                skill: str) -> None:
    assert skill in shown_by_bullet(ask, bullet, title)


@pytest.mark.parametrize(("ask", "bullet", "title", "skill"), [
    ("Home health care experience", "Coach patients on brushing, flossing and home care",
     "Dental Hygienist", "Home Health Care"),
    ("Home health care experience", "Teach owners tooth brushing and home care for their pets",
     "Veterinary Technician", "Home Health Care"),
    # review18's M3: everyone's words for changing work, with no learner in them
    ("Differentiated instruction", "Adjusted assignments when baristas called out",
     "Shift Lead", "Differentiated Instruction"),
    ("Differentiated instruction", "Modified tasks and due dates in Asana as priorities changed",
     "Project Coordinator", "Differentiated Instruction"),
    ("School nursing experience", "Work our table at nursing school career fairs",
     "Recruiting Coordinator", "School Nursing"),
    ("School nursing experience", "Speak to classes at nursing schools about hospice careers",
     "Hospice Liaison", "School Nursing"),
])
def test_words_that_name_another_thing_show_no_ask(ask: str, bullet: str, title: str,
                                                   skill: str) -> None:
    assert skill not in shown_by_bullet(ask, bullet, title)


def test_care_given_at_home_is_still_home_health_care() -> None:
    assert "Home Health Care" in shown_by_bullet(
        "Home health care experience", "Provide home care to 8 elderly clients: bathing and meals",
        "Home Health Aide")
    # review18's M4: a homemaker's cleaning is the home care, no dental cleaning
    assert "Home Health Care" in shown_by_bullet(
        "Home health care experience",
        "Provided home care: light cleaning, laundry, meal prep and errands", "Homemaker")



@pytest.mark.parametrize(("ask", "title"), [
    ("Reception", "Medical Receptionist"),
    ("Reception", "Front Desk Receptionist"),
    ("Perfusion", "Staff Perfusionist"),
])
def test_a_practice_ending_in_ion_is_shown_by_its_ist_doer(ask: str, title: str) -> None:
    vocabulary = tsv_vocabulary("Scheduling\thard\tscheduling")
    r = bullets_report(["Greet visitors and answer a 6-line phone"], asks(ask), vocabulary,
                       role=f"{title}  May 2019 – Present\nLakeside Clinic, Duluth, MN")
    assert ask in {m.name for m in r.matched}


def test_an_ion_practice_is_not_shown_by_another_doer() -> None:
    vocabulary = tsv_vocabulary("Scheduling\thard\tscheduling")
    r = bullets_report(["Run the press line"], asks("Operation", "Reception"), vocabulary,
                       role="Machine Operator  May 2019 – Present\nLakeside Works, Duluth, MN")
    assert r.matched == []


@pytest.mark.parametrize(("ask", "bullet", "title"), [
    ("Hydraulics", "Bend EMT and rigid with hand benders and a hydraulic bender",
     "Journeyman Electrician"),
    ("Hydraulics", "Unloaded pallets with the hydraulic lift gate and a pallet jack",
     "Delivery Driver"),
])
def test_a_tool_run_by_hydraulics_shows_no_hydraulics(ask: str, bullet: str, title: str) -> None:
    assert "Hydraulics" not in shown_by_bullet(f"{ask} experience", bullet, title)


@pytest.mark.parametrize(("bullet", "title"), [
    ("Troubleshoot hydraulic cylinders, hoses and valves on presses", "Maintenance Mechanic"),
    ("Repaired hydraulic lift gates and replaced leaking hoses", "Fleet Mechanic"),
])
def test_hydraulic_systems_worked_on_are_hydraulics(bullet: str, title: str) -> None:
    assert "Hydraulics" in shown_by_bullet("Hydraulics experience", bullet, title)


def test_a_dental_offices_home_care_instructions_ask_no_home_health_care() -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting
    for duty in ("Chart in Dentrix, assist chairside with fillings and crowns, and give "
                 "patients post-op and home care instructions",
                 "Explain aligner and retainer home care to patients"):
        asked = {m.name for m in analyse_posting(f"Assistant\n\nDuties\n- {duty}\n").skills}
        assert "Home Health Care" not in asked


@pytest.mark.parametrize(("bullet", "title", "shown"), [
    ("Set panels and dry-type transformers and wire them to the drawings",
     "Journeyman Electrician", True),
    ("Troubleshoot 277/480V branch circuits, feeders and panels in office buildings",
     "Facilities Electrician", True),
    ("Set panels on roof racking and run the home runs", "Solar Installer", False),
])
def test_panels_beside_the_distribution_are_panelboards(bullet: str, title: str,
                                                        shown: bool) -> None:
    assert ("Panelboards" in shown_by_bullet("Install and wire panelboards", bullet, title)) \
        is shown
