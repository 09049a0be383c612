"""The common fields' everyday asks are named, and the words those asks share with other
fields' postings name nothing there.

A blind batch of postings showed the vocabulary finding about two thirds of what a
posting of a common field asks: the curated files had grown from the labelled postings'
own misses. These lines were added from each field's practice; every sentence here was
written for this test in the way such postings word things, none copied from a posting.
"""

from __future__ import annotations

import pytest
from skill_names import names

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


FOUND = [
    # accounting and finance
    ("Prepare the trial balance, maintain the chart of accounts and file payroll taxes "
     "each quarter.",
     {"Trial Balance", "Chart of Accounts", "Payroll Taxes", "Payroll", "General Ledger"}),
    ("Review AR aging, book the allowance for doubtful accounts and send ACH payments.",
     {"Aging Reports", "Allowance for Doubtful Accounts", "Accounts Receivable",
      "ACH Payments"}),
    ("Pull PBC requests together for the auditors, keep tidy workpapers and file "
     "escheatment reports and property tax returns.",
     {"PBC Requests", "Audit", "Workpapers", "Unclaimed Property", "Property Tax"}),
    ("Allocate overhead allocations across departments and track unbilled revenue.",
     {"Cost Allocation", "Cost Accounting", "Unbilled Revenue"}),
    # registered nursing
    ("Complete admission assessments and neuro checks; scan with BCMA and chart on the MAR.",
     {"Admission Assessment", "Neurological Assessment", "Patient Assessment",
      "Barcode Medication Administration", "Medication Administration Record",
      "Medication Administration"}),
    ("Manage heparin drips and arterial lines, give blood administration safely and serve "
     "as relief charge nurse when needed; charge nurse duties twice a month.",
     {"Titrating Drips", "Arterial Lines", "Blood Transfusion", "Charge Nurse Experience"}),
    ("Care for hospice patients and postpartum mothers; track the Morse fall scale and "
     "core measures.",
     {"Hospice Care", "Postpartum Care", "Morse Fall Scale", "Fall Prevention",
      "Core Measures"}),
    # skilled trades
    ("Install three-phase systems and high-voltage switchgear; follow arc flash rules; "
     "replace GFCIs and handle cable pulling.",
     {"Three-Phase Power", "High Voltage", "Arc Flash Safety", "GFCI", "Cable Pulling",
      "Electrical Wiring"}),
    ("Service rooftop units, air handlers and furnace installation; check superheat "
     "and subcooling and run combustion testing on R-410A systems.",
     {"Rooftop Units", "Air Handlers", "Furnaces", "HVAC", "Superheat and Subcooling",
      "Refrigeration", "Combustion Analysis", "R-410A"}),
    ("Work to the Uniform Plumbing Code with copper pipe and PVC pipe; hold a backflow "
     "certification.",
     {"Plumbing Codes", "Plumbing Pipe Materials", "Plumbing",
      "Backflow Prevention Certification"}),
    ("Pass a guided bend test; torch cut and grind plate.", {"Weld Bend Test", "Welding"}),
    # warehouse and logistics
    ("Pick with an RF gun, drive a clamp truck, rotate stock FIFO and check ASNs against "
     "receipts.",
     {"Barcode Scanners", "Clamp Truck", "Forklift Operation", "FIFO",
      "Advance Ship Notices"}),
    ("Handle unloading trailers, keep order accuracy above 99% and hold a hazmat endorsement.",
     {"Container Unloading", "Shipping and Receiving", "Order Accuracy",
      "Hazmat Endorsement"}),
    # dental and allied health
    ("Take alginate impressions, fabricate temporary crowns and do coronal polishing; "
     "an EFDA or RDA is a plus.",
     {"Dental Impressions", "Temporary Crowns", "Coronal Polishing", "Dental Assisting",
      "EFDA", "Registered Dental Assistant"}),
    ("Give local anesthesia and monitor nitrous oxide sedation; apply fluoride varnish and "
     "teach oral hygiene instructions.",
     {"Local Anesthesia", "Nitrous Oxide Administration", "Fluoride Application",
      "Oral Hygiene Instruction", "Patient Education"}),
    ("Use DEXIS, an intraoral camera and CEREC; assist with root canals and orthodontic "
     "procedures.",
     {"DEXIS", "Intraoral Cameras", "CEREC", "Endodontics", "Orthodontics"}),
    ("Room patients, give intramuscular injections, collect throat cultures and do suture "
     "removal; a limited x-ray license is required.",
     {"Medication Injections", "Throat Cultures", "Specimen Collection", "Suture Removal",
      "Radiography Certification"}),
    # sales
    ("Run email sequences to prospects, close deals and grow strategic accounts.",
     {"Email Outreach", "Prospecting", "Deal Closing", "Account Management"}),
    ("Own reseller relationships as a route sales rep.",
     {"Partner Enablement", "Channel Sales", "Route Sales"}),
    # HR
    ("Run compensation planning and salary administration, keep OSHA 300 logs and lead "
     "I-9 audits across sites.",
     {"Compensation Management", "OSHA Recordkeeping", "I-9 Audits"}),
    ("Coach managers through progressive discipline, collect new hire paperwork and "
     "handle multi-state compliance.",
     {"Progressive Discipline", "Employee Relations", "New Hire Paperwork",
      "Multi-State Employment Compliance"}),
    # marketing
    ("Write to AP Style, run social listening and grow Instagram content and our YouTube "
     "channel.",
     {"Editing and Proofreading", "Social Listening", "Instagram Marketing",
      "Social Media Marketing", "YouTube Channel Management"}),
    ("Host webinars, write customer case studies, protect email deliverability and keep "
     "sends CAN-SPAM compliant in Iterable; test in Litmus.",
     {"Webinars", "Case Studies", "Email Deliverability", "Email Marketing", "CAN-SPAM",
      "Iterable", "Litmus"}),
    # K-12 teaching
    ("Protect records under FERPA and keep up with grading papers.",
     {"FERPA", "Grading Student Work"}),
    ("Trained in LETRS and Kagan structures; use CKLA, Second Step and CHAMPS; give "
     "benchmark assessments and follow pacing guides; WIDA screener experience.",
     {"LETRS", "Kagan Cooperative Learning", "CKLA", "Second Step", "CHAMPS",
      "Benchmark Assessments", "Pacing Guides", "WIDA"}),
    ("Teach dual enrollment courses and run a reader's workshop.",
     {"Dual Enrollment", "Reader's Workshop"}),
    # administrative and office
    ("Run the multi-line switchboard, book meeting room "
     "scheduling and place catering orders.",
     {"Switchboard", "Reception Duties",
      "Conference Room Scheduling", "Catering Orders"}),
    # data analysis
    ("Run trend analysis and survey data analysis; write window functions and common "
     "table expressions in Sigma Computing.",
     {"Trend Analysis", "Survey Analysis", "Data Analysis", "SQL Window Functions",
      "Common Table Expressions", "SQL", "Sigma Computing"}),
    ("Report confidence intervals, plan sampling methods and keep a data dictionary; "
     "optimise with Excel Solver.",
     {"Confidence Intervals", "Statistical Sampling", "Statistics", "Data Dictionary",
      "Excel Solver"}),
    # software
    ("Build authentication and rate limiting behind an API gateway; tune the JVM.",
     {"Authentication", "Rate Limiting", "API Gateways", "JVM"}),
    ("Review pull requests, write design docs, keep code coverage high with mocks and "
     "work trunk-based development.",
     {"Pull Requests", "Code Review", "Design Documents", "Code Coverage", "Mocking",
      "Unit Testing", "Trunk-Based Development"}),
    ("Ship centralized logging and structured logging for every service.",
     {"Log Management"}),
    # second pass over the first fields
    ("Run flux analysis and the 13-week cash flow, do PO matching and keep prepaid "
     "schedules and rollforwards; reconcile WIP inventory.",
     {"Flux Analysis", "Variance Analysis", "13-Week Cash Flow", "PO Matching",
      "Accounts Payable", "Supporting Schedules", "WIP Inventory"}),
    ("Empty JP drains, program Alaris pumps, read rhythm strips and teach diabetes care "
     "and hand hygiene to heart failure patients.",
     {"Surgical Drains", "IV Pumps", "Cardiac Monitoring", "Diabetes Management",
      "Hand Hygiene", "Infection Control", "Heart Failure Care"}),
    ("Hunt net new logos, practise selling to the C-suite with mutual action plans and a land and "
     "expand motion; keep 3x pipeline coverage.",
     {"New Logo Acquisition", "C-Suite Selling", "Mutual Action Plans", "Land and Expand",
      "Pipeline Coverage"}),
    ("Drive a turret truck, a walkie rider and a tugger as an order selector; move "
     "trailers with a yard truck.",
     {"Turret Truck", "Walkie Rider", "Tugger", "Order Selector", "Order Picking",
      "Yard Truck"}),
    ("Install geothermal heat pumps and hydronic heating to Title 24; "
     "program Metasys; do megger testing, thermal imaging and panel schedules; set "
     "meter bases.",
     {"Geothermal Heat Pumps", "Hydronic Heating", "Energy Codes",
      "Metasys", "Insulation Resistance Testing", "Thermal Imaging", "Panel Schedules",
      "Service Entrance"}),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_common_field_asks_are_named(vocabulary: Vocabulary, text: str,
                                     expected: set[str]) -> None:
    found = names(vocabulary, text)
    assert expected <= found, expected - found


# Sentences of other fields using the words these asks share with them.
ELSEWHERE = [
    ("We serve as the conduit between product and engineering.", {"Conduit Work"}),
    ("Our ads earned two million impressions last quarter.", {"Dental Impressions"}),
    ("The role includes medical, dental insurance and a 401(k).", {"Dental Billing"}),
    ("Report changes in a resident's condition to the charge nurse.",
     {"Charge Nurse Experience"}),
    ("Handle product recalls and customer referrals with care.",
     {"Recall Scheduling"}),
    ("Experience with transformers and large language models.", {"Electric Motors"}),
    ("Must be able to lift 50 lbs and work around hazardous materials.",
     {"Hazmat Endorsement"}),
    ("Manage partners' calendars and coordinate client meetings.",
     {"Partner Enablement"}),
    ("This is a W-2 position with weekly pay.", {"Payroll Taxes"}),
    ("Our community outreach team visits 40 schools a year.", {"Email Outreach"}),
    ("You must have work authorization in the United States.", {"Authentication"}),
    ("Our offices are in Aurora, Colorado, near Locust Street.",
     {"Amazon Aurora", "Load Testing"}),
    ("Attentive, friendly service is what our guests remember.", {"Attentive Mobile"}),
    ("Clever ideas win here; our CTE pathway serves 400 students.",
     {"Clever Portal", "Common Table Expressions"}),
    ("The site crew handles grading, excavation and paving.", {"Grading Student Work"}),
    ("Applications are scored against a rubric; we offer training and development.",
     {"Student Assessment", "Learning and Development"}),
    ("Receive approval on any job offer you receive.", {"Recruiting"}),
    ("Design a new logo and brand kit for the spring launch.", {"New Logo Acquisition"}),
    ("Our 4G and 5G network covers the whole county.", {"Welding"}),
]


@pytest.mark.parametrize(("text", "absent"), ELSEWHERE, ids=[t[:30] for t, _ in ELSEWHERE])
def test_shared_words_name_nothing_in_another_field(vocabulary: Vocabulary, text: str,
                                                    absent: set[str]) -> None:
    assert not names(vocabulary, text) & absent


def test_stock_rotation_is_fifo_wherever_it_is_written(vocabulary: Vocabulary) -> None:
    """A cook's 'stock rotation' and a warehouse's 'FIFO' are one practice."""
    assert "FIFO" in names(vocabulary, "Rotated stock and labeled every container.")
    assert "FIFO" in names(vocabulary, "Keep stock rotation tight in the walk-in.")
