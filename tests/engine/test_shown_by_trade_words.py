"""A skill the resume shows in the trade's own words is shown, not reported missing
(names24, Dec 7): an analyzer named by its maker's model for the kind asked, the team
that answers a code, the papers the work produces (OS&D's reports, freight's papers, the
OFCCP's affirmative action plan), a rating scale that is the assessment asked, the care
that prevents pressure injuries, a fixture's repair by its parts, and a number word for
multi-factor sign-in. Each rule has a related but different skill that stays missing."""

from __future__ import annotations

import pytest
from match_probe import shown_by_bullet


@pytest.mark.parametrize(("ask", "bullet", "skill", "title"), [
    # An analyzer named by its model shows the kind the posting asks for.
    ("Experience running a blood gas analyzer", "Ran ABGs on the ABL90 FLEX and called "
     "critical values", "Blood gas analyzers", "Respiratory Therapist"),
    ("Blood gas analyzer experience", "Ran point-of-care samples on the i-STAT and the "
     "GEM Premier 5000", "Blood gas analyzers", "Perfusionist"),
    # The arterial draw by the bedside's word.
    ("Arterial blood gas sampling", "Performed arterial sticks on ventilated patients",
     "Blood Gas Analysis", "Respiratory Therapist"),
    # The team that answers the code.
    ("Respond to code blue calls", "Member of the hospital code team and the stroke team",
     "Code blue", "Respiratory Therapist"),
    ("Code blue response", "Sat on the code teams for both cardiac floors", "Code blue",
     "Critical Care Technician"),
    # The papers the work produces, named for the work.
    ("Handle OS&D claims", "File shortage and damage reports with the receiver",
     "OS&D", "Dispatcher"),
    ("OS&D experience", "Logged overages, shortages and damages on every inbound trailer",
     "OS&D", "Receiving Clerk"),
    ("Own freight documentation for each shipment", "Checked bills of lading and PODs "
     "before billing", "Shipping Documentation", "Dispatcher"),
    ("Shipping documentation", "Kept the freight paperwork for every outbound load",
     "Shipping Documentation", "Shipping Clerk"),
    ("Working knowledge of OFCCP record-keeping", "Supported the annual affirmative "
     "action plan and EEO-1 filing", "OFCCP", "Recruiter"),
    ("OFCCP compliance", "Prepared affirmative action plans for two plants", "OFCCP",
     "HR Generalist"),
    # A dispatcher's hours of service by the desk's word.
    ("Monitor hours of service", "Watch drivers' clocks so each run stays legal",
     "Hours of service", "Dispatcher"),
    ("Knowledge of HOS rules", "Planned loads around driver clocks and 34-hour "
     "resets", "Hours of service", "Fleet Manager"),
    # The Columbia scale is a suicide risk assessment.
    ("Complete suicide risk assessments", "Complete suicide risk screenings with the "
     "C-SSRS", "Suicide risk assessment", "School Counselor"),
    ("Suicide risk assessment", "Screened every intake with the Columbia Protocol",
     "Suicide risk assessment", "Crisis Counselor"),
    # Turning and repositioning prevents pressure injuries.
    ("Pressure injury prevention", "Turn and reposition bed-bound residents every two "
     "hours", "Pressure Injury Prevention", "Nursing Assistant"),
    ("Prevent pressure ulcers", "Repositioned residents on a two-hour turning schedule",
     "Pressure Injury Prevention", "Patient Care Technician"),
    # A fixture's repair by the part replaced.
    ("Repair plumbing fixtures", "Replace flush valves and faucet cartridges in four "
     "buildings", "Plumbing Fixtures", "Maintenance Technician"),
    ("Plumbing fixture repair", "Rebuilt flushometers and fill valves in the school "
     "restrooms", "Plumbing Fixtures", "Custodial Engineer"),
    # Multi-factor sign-in said with its number word.
    ("Multi-factor authentication", "Rolled out Duo two-factor sign-in for all staff",
     "Multi-Factor Authentication", "Systems Administrator"),
    ("MFA", "Set up two-step verification for 300 accounts", "Multi-Factor Authentication",
     "IT Support Specialist"),
])
def test_shown_in_the_trades_words(ask: str, bullet: str, skill: str, title: str) -> None:
    assert skill in shown_by_bullet(ask, bullet, title)


@pytest.mark.parametrize(("ask", "bullet", "skill", "title"), [
    # Another analyzer is not a blood gas analyzer.
    ("Blood gas analyzer experience", "Ran CBCs on the Sysmex XN hematology analyzer",
     "Blood gas analyzers", "Lab Assistant"),
    # A coding team codes charts; it answers no code.
    ("Code blue response", "Member of the coding team for inpatient charts", "Code blue",
     "Medical Coder"),
    # Damage alone is not over, short and damaged freight.
    ("Handle OS&D claims", "Filed damage reports for the fleet's trucks", "OS&D",
     "Dispatcher"),
    # A time clock is no driver's clock.
    ("Monitor hours of service", "Maintained the time clocks and payroll punches",
     "Hours of service", "Office Assistant"),
    # Another assessment is not the suicide risk assessment.
    ("Complete suicide risk assessments", "Completed threat assessments with the team",
     "Suicide risk assessment", "School Counselor"),
    # Helping with transfers prevents no pressure injury.
    ("Pressure injury prevention", "Helped residents with transfers and meals",
     "Pressure Injury Prevention", "Nursing Assistant"),
    # Repositioning without a schedule is not the turning that prevents them.
    ("Pressure injury prevention", "Repositioned patients on the table for X-rays",
     "Pressure Injury Prevention", "Radiologic Technologist"),
    # A diversity training is no OFCCP compliance.
    ("OFCCP compliance", "Completed diversity and inclusion training", "OFCCP",
     "HR Assistant"),
    # Backflow testing is plumbing, but not a fixture.
    ("Repair plumbing fixtures", "Tested backflow preventers every spring",
     "Plumbing Fixtures", "Maintenance Technician"),
    # A statistician's and a quant's factors are no sign-in (review24 N1).
    ("Multi-factor authentication", "Analyzed crop yields with two-factor ANOVA in R",
     "Multi-Factor Authentication", "Research Analyst"),
    ("Multi-factor authentication", "Built multi-factor equity risk models in Python",
     "Multi-Factor Authentication", "Quant Analyst"),
    # A review's and a city's code are no code blue (review24 N2).
    ("Respond to code blue calls", "Responded to code review comments within one day",
     "Code blue", "Software Engineer"),
    ("Respond to code blue calls", "Responded to code violation complaints from residents",
     "Code blue", "Code Enforcement Officer"),
    # A cash drawer's overage and shortage is no freight's (review24 N3).
    ("Handle OS&D claims", "Balanced the cash drawer daily and reported any overage and "
     "shortage", "OS&D", "Bank Teller"),
    # A boiler's fill valve is no fixture's (review24 N4).
    ("Repair plumbing fixtures", "Replaced boiler fill valves and expansion tanks",
     "Plumbing Fixtures", "HVAC Technician"),
    # A password reset is no second factor.
    ("Multi-factor authentication", "Reset passwords and unlocked accounts",
     "Multi-Factor Authentication", "Help Desk Technician"),
])
def test_a_related_skill_is_not_shown(ask: str, bullet: str, skill: str, title: str) -> None:
    assert skill not in shown_by_bullet(ask, bullet, title)


# The thing the work makes, the people it serves and the verb a trade uses for it.
@pytest.mark.parametrize(("ask", "bullet", "skill", "title"), [
    ("Direct mail appeals", "Manage the annual fund; our year-end appeal letters raised "
     "$610,000", "Direct Mail", "Development Coordinator"),
    ("Direct mail", "Wrote the spring appeal mailing to 4,000 donors", "Direct Mail",
     "Annual Giving Officer"),
    ("Peer-to-peer fundraising", "Built the Giving Tuesday peer-to-peer page on GiveSmart",
     "Peer-to-Peer Fundraising", "Development Coordinator"),
    ("Peer-to-peer fundraising", "Coached 25 peer-to-peer fundraisers for the spring 5K",
     "Peer-to-Peer Fundraising", "Events Coordinator"),
    ("Solid understanding of prepress", "Send press-ready files to our can printer",
     "Prepress", "Graphic Designer"),
    ("Prepress", "Exported press-ready PDFs with bleeds and crop marks", "Prepress",
     "Production Artist"),
    ("Create social media graphics", "Create weekly Instagram and Facebook graphics",
     "Social Media Graphics", "Graphic Designer"),
    ("Social media graphics", "Designed LinkedIn graphics for every product launch",
     "Social Media Graphics", "Marketing Designer"),
    ("Income calculation", "Work out qualifying income for W-2 and self-employed borrowers",
     "Income Calculation", "Loan Officer"),
    ("Calculate borrower income", "Reviewed qualifying income from two years of tax "
     "returns", "Income Calculation", "Loan Processor"),
    ("Flat-rate pricing", "Present flat-rate options to homeowners on a tablet",
     "Flat-Rate Pricing", "Service Plumber"),
    ("Flat-rate pricing", "Walked homeowners through flat-rate quotes before every repair",
     "Flat-Rate Pricing", "HVAC Service Technician"),
    ("Project closeout", "Led punch walks, commissioning and turnover", "Project closeout",
     "Project Manager"),
    ("Project closeout", "Closed out punch lists with the architect", "Project closeout",
     "Assistant Superintendent"),
    ("Alzheimer's care", "Keep clients with Alzheimer's company with walks and music",
     "Alzheimer's care", "Home Health Aide"),
    ("Alzheimer's care", "Sat with residents with Alzheimer's during meals",
     "Alzheimer's care", "Resident Assistant"),
    ("Alzheimer's care", "Cared for patients with Alzheimer's on a 24-bed memory unit",
     "Alzheimer's care", "Certified Nursing Assistant"),
    ("Alzheimer's care", "Provided personal care to patients with Alzheimer's",
     "Alzheimer's care", "Home Health Aide"),
    ("Alzheimer's care", "Supported people living with Alzheimer's in their homes",
     "Alzheimer's care", "Caregiver"),
    ("Experience within an MTSS framework", "Lead Tier 2 groups for students below "
     "benchmark", "MTSS", "Third Grade Teacher"),
    ("MTSS", "Ran a Tier 2 group three days a week", "MTSS", "Interventionist"),
    ("Order linen and amenities", "Count par levels each month and reorder from suppliers",
     "Ordering", "Executive Housekeeper"),
    ("Ordering", "Reordered from the linen vendor after each count", "Ordering",
     "Stock Clerk"),
    ("Seafood butchery", "Break down whole fish and shuck oysters", "Seafood butchery",
     "Line Cook"),
    ("Knife skills", "Broke down proteins and made stocks", "Knife skills", "Line Cook"),
    ("Portion control", "Cut proteins to spec weights", "Portion control", "Line Cook"),
    ("Portion control", "Weighed each steak to spec weight before service",
     "Portion control", "Grill Cook"),
])
def test_shown_by_what_the_work_makes(ask: str, bullet: str, skill: str, title: str) -> None:
    assert skill in shown_by_bullet(ask, bullet, title)


@pytest.mark.parametrize(("ask", "bullet", "skill", "title"), [
    # An insurance appeal letter is no mail appeal.
    ("Direct mail", "Wrote appeal letters for denied insurance claims", "Direct Mail",
     "Medical Biller"),
    # Peer-to-peer networking raises no funds.
    ("Peer-to-peer fundraising", "Set up peer-to-peer file sharing for the office",
     "Peer-to-Peer Fundraising", "IT Technician"),
    ("Prepress", "Sent files to the printer for proofs", "Prepress", "Marketing Assistant"),
    ("Social media graphics", "Posted on Instagram every day", "Social Media Graphics",
     "Marketing Assistant"),
    ("Income calculation", "Reviewed tax returns for completeness", "Income Calculation",
     "Loan Processor"),
    ("Alzheimer's care", "Walked in the Alzheimer's Association fundraiser",
     "Alzheimer's care", "Caregiver"),
    # The people a study scans or a campaign serves are not cared for (review24 N5).
    ("Alzheimer's care", "Analyzed PET scans of patients with Alzheimer's for an amyloid "
     "imaging study", "Alzheimer's care", "Research Associate"),
    ("Alzheimer's care", "Raised $40,000 for people living with Alzheimer's",
     "Alzheimer's care", "Development Coordinator"),
    ("MTSS", "Gave Tier 2 help desk support", "MTSS", "IT Technician"),
    ("Ordering", "Reordered the product displays by season", "Ordering", "Merchandiser"),
    ("Seafood butchery", "Bought whole fish at the morning market", "Seafood butchery",
     "Line Cook"),
    ("Portion control", "Checked weights on every delivery", "Portion control",
     "Receiving Clerk"),
])
def test_a_related_thing_is_not_shown(ask: str, bullet: str, skill: str, title: str) -> None:
    assert skill not in shown_by_bullet(ask, bullet, title)


@pytest.mark.parametrize(("bullet", "shown"), [
    # Dynamics' finance products are ERPs, as O*NET files their family.
    ("Ran payables and the monthly close in Great Plains", True),
    ("Posted entries and ran reports in Business Central", True),
    # QuickBooks is accounting software, no ERP.
    ("Kept the books in QuickBooks Online", False),
])
def test_a_dynamics_finance_product_is_an_erp(bullet: str, shown: bool) -> None:
    assert ("ERP" in shown_by_bullet("Experience with an ERP system", bullet,
                                     "Staff Accountant")) is shown
