"""Everyday skills every field asks for are shown by the plain words of doing them:
data entry by typing something into a system, cash handling by counting a drawer,
event planning by planning an event, record keeping by keeping logs, quality control by
inspecting parts, technical support by fixing laptops, resource referral by connecting
families to programs, financial reporting by preparing the P&L; and organisation,
problem solving, multitasking, time management, teamwork and stakeholder management by
the deeds that show them. Words near them that do other work show nothing."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _shown(ask: str, bullet: str) -> set[str]:
    resume = parse_resume("Robin Ash\nrobin@example.com\n\nExperience\n"
                          f"Associate | Lakeside Co | 2020 - Present\n- {bullet}\n")
    report = match_resume(resume, analyse_posting(f"Associate\n\nRequirements\n- {ask}\n"))
    return {m.name for m in report.matched}


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
