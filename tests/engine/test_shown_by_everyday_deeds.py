"""Everyday skills every field asks for are shown by the plain words of doing them:
data entry by typing something into a system, cash handling by counting a drawer,
event planning by planning an event, record keeping by keeping logs, quality control by
inspecting parts, technical support by fixing laptops, resource referral by connecting
families to programs, financial reporting by preparing the P&L; and organisation,
problem solving, multitasking, time management, teamwork and stakeholder management by
the deeds that show them. Words near them that do other work show nothing."""

from __future__ import annotations

import pytest
from match_probe import shown_by_bullet


def _shown(ask: str, bullet: str) -> set[str]:
    return shown_by_bullet(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Accurate data entry", "Entered 300 orders a day into SAP with 99.8% accuracy", "Data Entry"),
    ("Accurate data entry", "Keyed vendor invoices into QuickBooks", "Data Entry"),
    ("Cash handling experience", "Counted the drawer at open and close", "Cash Handling"),
    ("Cash handling experience", "Ran a cash register on weekend shifts", "Cash Handling"),
    ("Event planning", "Planned the annual leadership offsite for 60 people", "Event Planning"),
    ("Record keeping", "Kept maintenance logs for 40 trucks", "Records Management"),
    ("Quality control", "Inspected every part against the drawing before it shipped",
     "Quality Control"),
    ("Strong organizational skills", "Kept listing files and closing documents organized",
     "Organizational Skills"),
    ("Problem solving skills", "Figured out why invoices posted twice and fixed the import",
     "Problem Solving"),
    ("Ability to multitask", "Juggled phones, walk-ins and scheduling at a busy desk",
     "Multitasking"),
    ("Time management skills", "Met every filing deadline for four attorneys", "Time Management"),
    ("Teamwork", "Worked with nurses, therapists and aides to plan discharges", "Teamwork"),
    ("Resource referral", "Connected families to food banks, WIC and housing programs",
     "Resource Referral"),
    ("Technical support", "Fixed laptops, reset passwords and set up printers for 200 staff",
     "Technical Support"),
    ("Financial reporting", "Prepared the monthly P&L and balance sheet for the owners",
     "Financial Reporting"),
    ("Stakeholder management", "Partnered with product managers and execs on priorities",
     "Stakeholder Management"),
    ("Crisis intervention", "Talked clients through crises and arranged emergency beds",
     "Crisis intervention"),
    ("Recruiting experience", "Hired 40 seasonal workers for the warehouse", "Recruiting"),
    ("Legal document drafting", "Drafted wills, trusts and powers of attorney for review",
     "Legal Document Preparation"),
    ("Trial preparation", "Prepped exhibits and witness binders for two jury trials",
     "Trial preparation"),
    ("Excellent client communication", "Kept clients updated on case status by phone",
     "Communication"),
    ("Accounts receivable", "Chased down late payments and sent statements to customers",
     "Accounts Receivable"),
    ("FMLA administration", "Managed FMLA and ADA leaves for 300 employees", "FMLA"),
    ("Case management experience", "Worked with 25 families at a time on goals and housing",
     "Case Management"),
    ("Home visits", "Saw clients in their homes every week", "Home visits"),
    ("Mental health experience", "Supported adults with serious mental illness",
     "Mental Health"),
    ("Substance abuse experience", "Worked with clients in recovery from opioid use disorder",
     "Substance Use Disorders"),
    ("Group facilitation skills", "Led weekly anger management and parenting groups",
     "Facilitation Skills"),
    ("Child welfare experience", "Investigated reports of child abuse and neglect",
     "Child Welfare"),
    ("Insurance verification", "Called payers to confirm eligibility before surgeries",
     "Insurance Verification"),
    ("Appointment scheduling", "Booked follow-ups for 4 providers", "Appointment scheduling"),
    ("Benefits enrollment", "Helped clients apply for SNAP, Medicaid and SSI",
     "Benefits Enrollment"),
    ("Excellent customer service skills", "Checked in 80 patients a day at the front desk",
     "Customer Service"),
    # A figure's comma parts no list: the count stands between the verb and its object.
    ("Document review", "Reviewed 10,000 documents for privilege", "Document review"),
])
def test_the_deed_shows_the_skill(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Accurate data entry", "Entered the building through the loading dock", "Data Entry"),
    ("Cash handling experience", "Counted pallets at receiving", "Cash Handling"),
    ("Event planning", "Planned weekly lessons for 24 students", "Event Planning"),
    ("Quality control", "Inspected fire extinguishers monthly", "Quality Control"),
    ("Teamwork", "Worked with vendors on pricing", "Teamwork"),
    ("Time management skills", "Met with families every week", "Time Management"),
    ("Technical support", "Set up the dining room and polished glasses", "Technical Support"),
    ("Resource referral", "Referred to as the go-to trainer on nights", "Resource Referral"),
    ("Document review", "Reviewed 10, then 12 accounts a day", "Document review"),
    ("Recruiting experience", "Was hired by the district in 2019", "Recruiting"),
    ("Legal document drafting", "Drafted the weekly newsletter", "Legal Document Preparation"),
    ("Case management experience", "Worked with 3 vendors on pricing", "Case Management"),
    ("Group facilitation skills", "Led the sales team to 120% of plan", "Facilitation Skills"),
])
def test_other_work_in_near_words_shows_nothing(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # A cost cut, told with the cost; the money saved.
    ("Cost control", "Cut labor from 31% to 27% of sales by matching shifts to sales data",
     "Cost control"),
    ("Cost reduction", "Lowered freight spend $140K a year by consolidating shipments",
     "Cost Reduction"),
    ("Cost control", "Kept overtime under 2% of hours for three years", "Cost control"),
    ("Cost savings", "Saved the clinic $60K a year by rebidding the linen contract",
     "Cost savings"),
    ("Cost savings", "Found $1.2M in annual savings across 40 vendor contracts", "Cost savings"),
    ("Labor cost control", "Cut overtime 20% by rebuilding the shift schedule",
     "Labor Cost Management"),
    ("Food cost control", "Brought food cost down from 32% to 29% in six months",
     "Food Cost Management"),
])
def test_cutting_a_cost_shows_cost_control(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # Cutting what is no cost, waste that is no food's, a day saved.
    ("Cost reduction", "Reduced patient wait times by 15 minutes", "Cost Reduction"),
    ("Cost reduction", "Cut and threaded rigid conduit up to 4 inch", "Cost Reduction"),
    ("Food cost control", "Reduced scrap and waste on the stamping line", "Food Cost Management"),
    ("Cost savings", "Saved the day when the server went down", "Cost savings"),
    ("Labor cost control", "Lowered freight spend $140K a year", "Labor Cost Management"),
])
def test_other_cuts_show_no_cost_control(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


@pytest.mark.parametrize("bullet", [
    "Took care of unhappy guests at the table and turned them into regulars",
    "Calmed upset customers and found a fix on the spot",
    "Turned angry callers into repeat buyers",
    "Won back frustrated members after the billing change",
])
def test_dealing_with_unhappy_people_is_resolving_complaints(bullet: str) -> None:
    assert "Complaint Resolution" in _shown("Complaint resolution", bullet)


@pytest.mark.parametrize("bullet", [
    "Upset the old schedule with a new rotation", "Served 200 guests a night",
    "Helped difficult math concepts click for 9th graders",
])
def test_people_who_are_not_unhappy_bring_no_complaint(bullet: str) -> None:
    assert "Complaint Resolution" not in _shown("Complaint resolution", bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Inventory ordering", "Counted food inventory weekly and placed orders with Sysco",
     "Inventory ordering"),
    ("Purchasing experience", "Ordered parts and materials for 12 job sites", "Purchasing"),
    ("Ordering", "Reordered stock when it ran low", "Ordering"),
])
def test_buying_what_the_work_uses_shows_ordering(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Purchasing experience", "Ordered lab tests and imaging per protocol", "Purchasing"),
    ("Purchasing experience", "Took orders from 40 tables a night", "Purchasing"),
    ("Ordering", "Placed patients in order of arrival", "Ordering"),
])
def test_orders_of_other_kinds_show_no_ordering(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


@pytest.mark.parametrize("bullet", [
    "Help 12 residents a shift with bathing, dressing and meals",
    "Assisted with toileting and transfers using a gait belt",
    "Provided showers, grooming and oral care for 10 residents",
])
def test_two_daily_activities_named_together_show_adls(bullet: str) -> None:
    assert "Activities of Daily Living" in _shown("Assist residents with ADLs", bullet)


@pytest.mark.parametrize("bullet", [
    "Dressing changes and wound care for post-op patients",
    "Served meals to 80 students in the cafeteria",
])
def test_one_activity_or_a_nurses_dressing_shows_no_adls(bullet: str) -> None:
    assert "Activities of Daily Living" not in _shown("Assist residents with ADLs", bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Pipeline management", "Kept a $2M pipeline current in HubSpot", "Pipeline Management"),
    ("Customer retention", "Renewed 95% of accounts at contract end", "Customer Retention"),
    ("Upselling", "Attached protection plans to 35% of appliance sales", "Upselling"),
    ("Upselling", "Sold add-on warranties on 40% of tickets", "Upselling"),
    ("Territory management", "Covered a five-county territory of 120 dealers",
     "Territory Management"),
])
def test_a_sellers_everyday_words_show_the_skill(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Customer retention", "Kept 95% of shipments on time", "Customer Retention"),
    ("Upselling", "Sold 40 cars a month", "Upselling"),
    ("Territory management", "Ran weekly reports for each territory", "Territory Management"),
])
def test_other_figures_and_sales_show_nothing(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


@pytest.mark.parametrize(("bullet", "shown"), [
    ("Logged every call and visit in the CRM", True),
    ("Documented each repair in the work order system", True),
    ("Log every call and opportunity in HubSpot", True),
    ("Kept patient charts up to date in Epic", True),
    # Not every one of a kind written into a system.
    ("Logged every call in person with the manager", False),
    ("Recorded all songs in the studio", False),
])
def test_every_one_written_into_a_system_is_record_keeping(bullet: str, shown: bool) -> None:
    assert ("Records Management" in _shown("Record keeping", bullet)) is shown


@pytest.mark.parametrize(("ask", "bullet", "skill", "shown"), [
    ("Patient education", "Taught new diabetics to check their sugar and give insulin",
     "Patient Education", True),
    ("Patient education", "Showed caregivers how to use the Hoyer lift", "Patient Education",
     True),
    ("Patient education", "Trained 4 residents on the EHR", "Patient Education", False),
    ("Patient education", "Taught 3rd graders to read", "Patient Education", False),
    ("Meeting coordination", "Booked conference rooms and ordered lunch for board meetings",
     "Meeting Coordination", True),
    ("Meeting coordination", "Scheduled weekly staff meetings for 3 departments",
     "Meeting Coordination", True),
    ("Meeting coordination", "Attended meetings with vendors", "Meeting Coordination", False),
])
def test_teaching_patients_and_arranging_meetings(ask: str, bullet: str, skill: str,
                                                  shown: bool) -> None:
    assert (skill in _shown(ask, bullet)) is shown


@pytest.mark.parametrize(("ask", "bullet", "skill", "shown"), [
    ("Opening and closing procedures", "Opened and closed the restaurant three nights a week",
     "Opening and closing procedures", True),
    ("Opening and closing procedures", "Opened new accounts and closed deals",
     "Opening and closing procedures", False),
    ("Classroom management", "Kept 28 second graders on task with a token system",
     "Classroom Management", True),
    ("Classroom management", "Kept the classroom library organized", "Classroom Management",
     False),
    ("Progress monitoring", "Tracked reading growth with DIBELS every 3 weeks",
     "Progress monitoring", True),
    ("Product knowledge", "Learned 400 SKUs of power tools to help DIYers pick",
     "Product Knowledge", True),
    ("Product knowledge", "Learned Spanish in night school", "Product Knowledge", False),
])
def test_a_workplaces_and_a_classrooms_everyday_words(ask: str, bullet: str, skill: str,
                                                      shown: bool) -> None:
    assert (skill in _shown(ask, bullet)) is shown


@pytest.mark.parametrize(("ask", "bullet", "skill", "shown"), [
    ("Route optimization", "Re-sequenced 12 routes to cut 300 miles a week",
     "Route Optimization", True),
    ("Route optimization", "Drove 12 routes a week", "Route Optimization", False),
    ("Quality inspection", "Checked welds against the WPS before sign-off",
     "Quality Inspection", True),
    ("Subcontractor coordination", "Lined up framers, roofers and drywall crews on 8 homes",
     "Subcontractor Coordination", True),
    ("Subcontractor coordination", "Scheduled my own crew of 5", "Subcontractor Coordination",
     False),
    ("Cost estimating", "Priced kitchen remodels from $20K to $120K", "Cost Estimating", True),
    ("Cost estimating", "Priced items for the weekly sale", "Cost Estimating", False),
])
def test_the_trades_and_the_roads_everyday_words(ask: str, bullet: str, skill: str,
                                                 shown: bool) -> None:
    assert (skill in _shown(ask, bullet)) is shown


@pytest.mark.parametrize(("ask", "bullet", "skill", "shown"), [
    ("Onboarding", "Ran orientation for 15 new hires a month", "Onboarding", True),
    ("Onboarding", "Attended orientation in May", "Onboarding", False),
    ("Accounts payable", "Paid 600 vendor invoices a month", "Accounts Payable", True),
    ("Accounts payable", "Paid my way through college", "Accounts Payable", False),
    ("Budgeting", "Built the department's $3M budget", "Budgeting", True),
])
def test_an_offices_everyday_words(ask: str, bullet: str, skill: str, shown: bool) -> None:
    assert (skill in _shown(ask, bullet)) is shown


@pytest.mark.parametrize(("ask", "bullet", "skill", "shown"), [
    ("Shift handoff", "Briefed the overnight auditor on arrivals and VIPs at shift change",
     "Shift Handoff", True),
    ("Shift handoff", "Updated the manager on sales every Friday", "Shift Handoff", False),
    ("Loyalty programs", "Signed up 30 guests a month for the hotel's rewards program",
     "Loyalty programs", True),
    ("Loyalty programs", "Enrolled 120 shoppers a month in the store card", "Loyalty programs",
     True),
    ("Loyalty programs", "Signed up for a gym membership", "Loyalty programs", False),
    ("Loyalty programs", "Enrolled 300 employees in medical and dental", "Loyalty programs",
     False),
])
def test_a_front_desks_everyday_words(ask: str, bullet: str, skill: str, shown: bool) -> None:
    assert (skill in _shown(ask, bullet)) is shown


@pytest.mark.parametrize(("ask", "bullet", "skill", "shown"), [
    ("Social media management", "Ran the brand's Instagram and grew it to 18K followers",
     "Social Media Marketing", True),
    ("Social media management", "Ran social events for residents", "Social Media Marketing",
     False),
    ("Content creation", "Wrote and shot 3 TikToks a week", "Content creation", True),
    ("Copywriting", "Wrote landing pages, ads and product descriptions", "Copywriting", True),
    ("Copywriting", "Wrote 40 police reports", "Copywriting", False),
    ("SEO", "Grew organic traffic 140% by rewriting blog posts", "Search Engine Optimization",
     True),
    ("Data cleaning", "Cleaned and merged 3 years of sales data in Python", "Data Cleaning",
     True),
    ("Data cleaning", "Cleaned the break room and restocked supplies", "Data Cleaning", False),
    ("Client intake", "Screened new callers for conflicts and case fit", "Client Intake", True),
])
def test_a_marketers_an_analysts_and_a_law_offices_words(ask: str, bullet: str, skill: str,
                                                         shown: bool) -> None:
    assert (skill in _shown(ask, bullet)) is shown


@pytest.mark.parametrize(("ask", "bullet", "skill", "shown"), [
    ("Full-cycle recruiting", "Filled 60 hourly roles a year from posting to offer",
     "Full-cycle recruiting", True),
    ("Recruiting", "Filled 60 hourly roles a year", "Recruiting", True),
    ("Recruiting", "Filled 40 orders a day", "Recruiting", False),
    ("HR compliance", "Kept I-9s and personnel files audit-ready", "HR Compliance", True),
    ("Crisis intervention", "Talked clients through panic attacks and suicidal thoughts",
     "Crisis intervention", True),
    ("Crisis intervention", "Walked customers through the return process",
     "Crisis intervention", False),
    ("Insurance verification", "Called payers to check benefits before every visit",
     "Insurance Verification", True),
])
def test_an_hr_offices_a_counsellors_and_a_front_desks_words(ask: str, bullet: str,
                                                             skill: str, shown: bool) -> None:
    assert (skill in _shown(ask, bullet)) is shown


def test_orders_loaded_are_no_purchasing() -> None:
    # "orders" the noun: what was loaded, not bought.
    assert "Purchasing" not in _shown("Purchasing experience",
                                      "Loaded contractor orders of lumber, drywall and roofing")


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # The verb's object is not read past a word that joins it to something else.
    ("Cost reduction", "Managed through budget cuts to labor costs", "Cost Reduction"),
    ("Data cleaning", "Cleaned rooms and updated records", "Data Cleaning"),
    ("Copywriting", "Wrote reports for landing pages", "Copywriting"),
])
def test_no_object_past_a_joining_word(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)
