"""What tradespeople, dispatchers, aides and nurses write for an asked skill shows it:
a product for its kind ("McLeod" for a TMS, a Hoyer lift for mechanical lifts), how a
transfer is done ("gait belt transfers"), repair of a system for the field
("pneumatic troubleshooting" for pneumatics), a nurse's shorthand ("pt & family
teaching", "tele monitoring"), a plumber's "camera inspections", one verb done to a
list ("Repaired leaks, clogs, gas lines"), a crew run or led, forklifts for powered
industrial trucks, "PIVs" for IV therapy, "walked customers thru" for basic
troubleshooting, a skilled nursing facility for long-term care, "pre/post trip
inspections" for pre-trip inspections, a maker's scan tool for scan tools, a dental
practice system for an EHR (an EMR is one too) and transcribed orders for physician
orders; a nurse's "vented pts", pressors and CVCs, a clerk's "ran reports"; an ask of
two halves by a line naming both. Each is still missing when the resume writes
something else. Texts written for these tests."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, shown, unmet

from tailor_app.tailoring.model import MatchReport, PostingAnalysis
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


SHOWN = [
    ("Transportation Management System", "Planned 30 loads a day in McLeod LoadMaster"),
    ("Transportation Management System", "Tendered freight to carriers through MercuryGate"),
    ("Mechanical lifts", "Moved bariatric residents with a Hoyer lift"),
    ("Transfer Assistance", "Did gait belt transfers and two-person transfers"),
    ("Pneumatics", "Hydraulic/pneumatic troubleshooting on bottling lines"),
    ("Hydraulics", "Hydraulic repair on loader arms and dump bodies"),
    ("Patient Education", "Charted in Cerner, did pt & family teaching at discharge"),
    ("Telemetry", "Five-patient assignment with tele monitoring"),
    ("Sewer camera inspection", "Ran camera inspections before quoting line replacements"),
    ("Troubleshooting", "Diagnosed & repaired furnaces and boilers"),
    ("Sales Presentations", "Gave product presentations to roofing contractors"),
    ("Greeting Visitors", "Greeted walk-ins and signed for deliveries"),
    ("Gas line repair", "Repaired leaks, clogs, water heaters (tank + tankless), gas lines"),
    ("Water heater installation", "Installed softeners, water heaters and disposals"),
    ("Crew supervision", "Running crews of 5 on commercial framing jobs"),
    ("Crew supervision", "Led a crew of 8 through a hospital buildout"),
    ("IV Therapy", "Inserted PIVs and drew labs off central lines"),
    ("Long-Term Care", "CNA at Willow Creek, a 90-bed skilled nursing facility"),
    ("Staff scheduling", "Handled manpower scheduling for three crews"),
    ("Pre-trip Inspection", "pre/post trip inspections, DVIRs on the ELD"),
    ("Pre-trip Inspection", "Did pre- and post-trip inspections on every load"),
    ("Scan Tools", "Diagnosed drivability faults with Techstream and a lab scope"),
    ("Electronic Health Records", "Charted perio exams and treatment plans in Dentrix"),
    ("EMR", "Charted every visit in PointClickCare"),
    ("Physician Orders", "Called MDs with changes and transcribed orders"),
    ("Ventilator Management", "1:2 assignment of vented pts in the MICU"),
    ("Vasoactive Drips", "Titrated pressors to MAP goals"),
    ("Central Line Care", "Art line and CVC management for septic patients"),
    ("Visual Merchandising", "Inventory counts, visual merch and shoe sales"),
    ("Scheduling", "Managed complex calendars for three partners"),
    ("Report preparation", "Ran month-end reports in Excel for the billing manager"),
    ("Returns and refunds", "Handled WISMO, returns/exchanges, refunds in Shopify"),
    ("Shipping and receiving", "Receiving against POs, cycle counts and UPS shipping"),
]


@pytest.mark.parametrize(("ask", "bullet"), SHOWN, ids=[f"{a[:20]}-{b[:20]}" for a, b in SHOWN])
def test_the_resume_s_words_show_the_ask(vocabulary: Vocabulary, ask: str, bullet: str) -> None:
    report = bullets_report([bullet], asks(ask), vocabulary)
    assert ask in shown(report), report.missing


NOT_SHOWN = [
    ("Transportation Management System", "Kept the driver roster in Excel"),
    ("Mechanical lifts", "Helped residents walk with a cane"),
    ("Patient Education", "PT evaluations for post-op knees"),
    ("Telemetry", "Five-patient assignment on med-surg"),
    # The list ends at a preposition, and an item must be the object, no more.
    ("Gas line repair", "Repaired valves for homeowners, gas lines"),
    ("Gas line repair", "Repaired leaks, pulled gas line permits"),
    ("Gas line repair", "Inspected gas lines, repaired leaks"),
    ("Crew supervision", "Ran crew trucks to the yard each night"),
    ("IV Therapy", "Issued PIV cards to new federal staff"),
    ("Pre-trip Inspection", "Post-trip inspections at the yard"),
    ("Central Line Care", "Verified card CVC codes on phone orders"),
    ("Report preparation", "Ran reporting meetings for the sales team"),
    ("Returns and refunds", "Processed refunds for online orders"),
    ("Returns and refunds", "Prepared tax returns. Tracked refunds for clients"),
    ("Steering and Suspension", "Brakes, suspension, alignments on imports"),
]


@pytest.mark.parametrize(("ask", "bullet"), NOT_SHOWN,
                         ids=[f"{a[:20]}-{b[:20]}" for a, b in NOT_SHOWN])
def test_other_words_leave_the_ask_missing(vocabulary: Vocabulary, ask: str,
                                           bullet: str) -> None:
    report = bullets_report([bullet], asks(ask), vocabulary)
    assert ask in unmet(report), shown(report)


def test_a_posting_s_names_for_the_same_work_are_the_resume_s_skill(
        vocabulary: Vocabulary) -> None:
    # OSHA's "powered industrial trucks" are the forklifts; "basic troubleshooting"
    # is troubleshooting for customers, however basic.
    posting = ("Warehouse Associate\nRequirements\n- Operate powered industrial trucks\n"
               "- Basic troubleshooting of customer devices\n")
    asked = analyse_posting(posting, vocabulary=vocabulary).skills
    report = bullets_report(["Drove sit-down forklifts and a reach truck",
                             "Walked customers thru modem resets over the phone"],
                            asked, vocabulary)
    assert {"Forklift Operation", "Technical Troubleshooting for Customers"} <= set(
        shown(report)), report.missing


def _licence_report(vocabulary: Vocabulary, contact: str, *asked: str) -> MatchReport:
    text = ("Nia Boyd\n" + contact + "\n\nExperience\nCharge Nurse  2019 – Present\n"
            "Oak Hill Care Center, Mobile, AL\n- Passed meds for 30 residents\n")
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=[],
                               keywords=[], min_years=None, degree=None,
                               certifications=list(asked))
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary)


def test_credentials_under_the_name_count_by_their_whole_name(vocabulary: Vocabulary) -> None:
    # "IV certified" among the licences under the name holds the IV certification; a
    # bare "IV" there is a name's suffix, no certificate.
    report = _licence_report(vocabulary, "Mobile AL | 251-555-0100 | AL LPN #2-01 | IV certified",
                             "IV certification")
    assert "IV certification" in {m.name for m in report.matched}
    report = _licence_report(vocabulary, "Robert Lane IV | 251-555-0100", "IV certification")
    assert "IV certification" in report.missing


def test_a_cdl_s_endorsements_are_written_after_it(vocabulary: Vocabulary) -> None:
    report = _licence_report(vocabulary, "CDL-A w/ Hazmat, Tanker | 251-555-0100",
                             "Hazmat Endorsement", "Tanker Endorsement",
                             "Passenger Endorsement")
    assert {"Hazmat Endorsement", "Tanker Endorsement"} <= {m.name for m in report.matched}
    assert report.missing == ["Passenger Endorsement"]
    # No CDL on the line: a teacher's endorsements say nothing of a driver's.
    report = _licence_report(vocabulary, "K-6 teaching certificate, ESL endorsement; hazmat "
                             "awareness training", "Hazmat Endorsement")
    assert report.missing == ["Hazmat Endorsement"]


def test_credentials_listed_in_capitals_vouch_for_each_other(vocabulary: Vocabulary) -> None:
    # A line of capitals reads a word-like acronym only in a list that confirms it: a
    # nurse's "BLS, ACLS, PALS" does, a shouted "IT AND OR" heading does not.
    report = _licence_report(vocabulary, "KY RN #1122334, BLS, ACLS, PALS",
                             "Basic Life Support", "Advanced Cardiovascular Life Support")
    assert not report.missing
    assert not vocabulary.find("IT AND OR DEPARTMENT MANAGER")
