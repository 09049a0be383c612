"""Common asks of many fields, shown by the everyday bullets people write for them: a
posting line read by the real posting reader, a one-role resume read by the real
matcher. Texts written for this test (none copied from a posting or a resume)."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor


def _shown(ask: str, bullet: str) -> dict[str, str]:
    resume = ("Robin Ash\nrobin@example.com\n\nExperience\nAssociate, Lakeside Co, "
              f"2020 to Present\n- {bullet}\n")
    report = tailor(resume, f"Associate\n\nRequirements\n- {ask}\n").match_before
    return {m.name: m.resume_term for m in report.matched}


@pytest.mark.parametrize(("ask", "bullet"), [
    ("Scheduling", "Built the weekly schedule for 14 staff"),
    ("Troubleshooting", "Tracked down electrical faults with a meter and prints"),
    ("Vendor management", "Negotiated with and managed 12 suppliers"),
    ("Recruiting", "Sourced and interviewed candidates for 40 openings a year"),
    ("Payroll", "Processed biweekly pay for 120 hourly staff"),
    ("Accounts receivable", "Sent invoices and followed up on late customer payments"),
    ("Crisis intervention", "Responded to clients in crisis and made safety plans"),
    ("SEO", "Improved organic search rankings for 40 product pages"),
    ("Accounts receivable", "Worked past-due accounts and set up payment plans"),
    ("Food preparation", "Prepped vegetables, sauces and proteins for dinner service"),
    ("Guest relations", "Handled guest requests at the front desk"),
    ("Electrical installation", "Pulled wire and set panels in new homes"),
    ("Equipment operation", "Ran a skid steer on site"),
    ("Load planning", "Built loads to fill trailers and balance weight"),
    ("Specimen collection", "Collected urine and swab samples and labeled them"),
    ("Contract drafting", "Drafted NDAs and vendor agreements from templates"),
    ("A/B testing", "Ran split tests on landing pages and emails"),
    ("Email marketing", "Sent weekly emails to 40,000 subscribers"),
    ("Content creation", "Created content for three product launches"),
    ("Market research", "Surveyed customers and studied competitors' pricing"),
    ("Conflict resolution", "Settled disputes between roommates and staff"),
    ("Excel", "Built pivot tables and VLOOKUPs for the monthly close"),
    ("Statistical analysis", "Ran linear regression and t-tests in R"),
    ("API development", "Built REST endpoints in Flask"),
    ("Agile", "Worked in two-week sprints with daily standups"),
    ("Upselling", "Sold add-ons and warranties at checkout"),
    ("Notary", "Notarized documents for clients"),
    ("Differentiated instruction", "Adjusted lessons for readers at four levels"),
    ("Benefits administration", "Enrolled new hires in medical and 401(k) plans"),
    ("Telemetry", "Watched heart monitors on a 24-bed step-down unit"),
    ("Freight coordination", "Booked LTL and truckload pickups with carriers"),
    ("Purchasing", "Placed POs with 40 vendors and chased late deliveries"),
    ("Office management", "Ran the office for a 25-person firm"),
    ("Punch lists", "Walked units and closed out punch items before turnover"),
    ("Site supervision", "Ran the jobsite for 30 subs on a 4-story build"),
    ("Quality control", "Inspected work and had crews fix defects"),
    ("Legal drafting", "Drafted motions for attorney review"),
    ("Paid social", "Ran Facebook and Instagram ad campaigns on a $20K budget"),
    ("Event marketing", "Ran booths at 12 trade shows a year"),
    ("Public relations", "Pitched stories to local reporters"),
    ("Greet and seat guests", "Greeted and seated guests on busy weekend nights"),
    ("Take orders accurately", "Took orders on Toast for a 40-seat patio"),
    ("Handle allergy and dietary requests", "Flagged allergy requests to the kitchen"),
    ("Preventive maintenance", "Greased bearings and changed belts on a weekly schedule"),
    ("Electrical troubleshooting", "Found and fixed shorts and open circuits in panels"),
    ("Motor controls", "Wired starters, contactors and overloads for conveyor motors"),
    ("Diagnostics", "Pulled codes with a scan tool and traced the fault"),
    ("Residential wiring", "Wired new houses from panel to outlets"),
    ("Roofing", "Tore off and reshingled 3 to 4 roofs a week"),
    ("Invoice processing", "Entered 400 invoices a week and matched them to POs"),
    ("Performance reviews", "Coordinated annual reviews for 200 employees"),
    ("Dispatch", "Sent techs to 40 service calls a day"),
    ("Payment posting", "Posted insurance payments and adjustments from EOBs"),
    ("Denial management", "Appealed denied claims with payers"),
    ("Code review", "Reviewed code for a team of six"),
    ("Paid family leave", "Tracked FMLA and WA PFL leaves for 300 staff"),
    ("HR reporting", "Pulled monthly headcount and turnover numbers for the VP"),
    ("Insurance verification", "Checked eligibility and benefits before every visit"),
    ("Billing inquiries", "Helped patients understand their statements by phone"),
    ("Electronic remittance advice", "Posted payments from 835 remits daily"),
    ("Cohort analysis", "Built cohort tables by signup month"),
    ("Google Cloud Platform", "Moved 14 services to GKE with Helm"),
    ("Data modeling", "Led database design for the billing rewrite"),
    ("Backend services", "Backend engineer: built order-routing services in Go"),
    ("Recruiting", "Interviewed and hired 30 seasonal associates"),
    ("Write job postings", "Posted jobs on Indeed and the county job board"),
    ("Sponsorships", "Recruited event sponsors for the spring 5K"),
    ("Email newsletters", "Wrote the monthly newsletter for 8,000 members"),
    ("As-built drawings", "Collected as-builts and O&M manuals at closeout"),
    ("Wheel alignment", "Set alignments on a Hunter machine"),
    ("Refrigerant recovery", "Evacuated and recharged A/C systems on fleet vans"),
    ("MTSS", "Planned Tier 2 interventions with the grade-level team"),
    ("Structured literacy", "Taught daily phonics lessons to small groups"),
    ("SMED", "Reduced changeover time on line 3 from 50 to 18 minutes"),
    ("Escalation management", "Took escalations from tier 1 agents"),
    ("Pipeline management", "Forecast pipeline weekly for the regional VP"),
    ("CCTV", "Monitored 40 cameras from the security desk"),
    ("Donor stewardship", "Sent thank-you letters and called major donors"),
    ("Incident investigation", "Investigated injuries and near misses with supervisors"),
    ("Cash reconciliation", "Counted the safe and balanced the registers at close"),
    ("Floor moves", "Led four seasonal resets a year"),
    ("Sales goals", "Store hit 104% of sales plan in 2024"),
    ("Control shrink", "Cut shrink from 2.1% to 1.3% with weekly counts"),
    ("Micrometers", "Checked parts with mics, calipers and pin gauges"),
    ("Blueprint reading", "Interpret prints and GD&T callouts"),
    ("AS9100", "FAI of machined brackets to AS9102"),
    ("Overtime calculation", "Reviewed timecards and calculated OT for 400 staff"),
    ("Payroll reconciliation", "Tied out payroll registers to the GL each period"),
    ("Journal entries", "Booked the payroll JE every pay period"),
    ("Dental radiography", "Took full-mouth dental rads on dogs and cats"),
    ("Dental prophylaxis", "Scale and polish teeth under the doctor's supervision"),
    ("Medication dispensing", "Calculate doses and fill scripts"),
    ("Low-stress handling", "Low-stress restraint for anxious pets"),
    ("Plumbing", "Fixed clogged drains and leaking faucets in 320 units"),
    ("HVAC", "Replaced capacitors and contactors on split systems"),
    ("Appliance repair", "Repaired dishwashers and dryers"),
    ("Flooring installation", "Replaced LVP in vacant units"),
    ("Hand and power tools", "Own tools; NC driver's license"),
    ("Budgeting", "Kept every event within the client's budget"),
    ("Active Directory", "Created and disabled AD accounts for 1,100 users"),
    ("Ticket resolution", "Closed tickets in ServiceNow for two hospitals"),
    ("Knowledge base", "Wrote 40 how-to articles for the self-service portal"),
    ("Printer troubleshooting", "Fixed printer problems by phone and remote session"),
    ("Onboarding", "Set up accounts and equipment for new hires"),
    ("Patient intake", "Check in/out 60 patients a day"),
    ("Insurance verification", "Ran eligibility checks before visits"),
    ("Prior authorization", "Started PAs with CoverMyMeds"),
    ("Compounding", "Mixed reconstituted antibiotics at the counter"),
    ("Document scanning", "Scan IDs and insurance cards into the chart"),
    ("Manage user accounts", "Created and disabled AD accounts for 1,100 users"),
    # Resume-only phrases ("<" in the curated files): the same words in a posting's
    # story ask nothing (see the boasts below).
    ("Guest relations", "Welcomed guests and answered questions about the menu"),
    ("Budgeting", "Delivered 9 store remodels on time and on budget"),
    ("Charting", "Documented care in PointClickCare for 12 residents a shift"),
])
def test_an_everyday_bullet_shows_the_common_ask(ask: str, bullet: str) -> None:
    assert _shown(ask, bullet), (ask, bullet)


@pytest.mark.parametrize(("ask", "bullet"), [
    ("Payroll", "Paid vendors by check twice a week"),
    ("Recruiting", "Interviewed customers about the new menu"),
    ("Crisis intervention", "Kept the books during the 2020 crisis"),
    ("Electrical installation", "Pulled permits for the new store"),
    ("Load planning", "Built relationships with 30 carriers"),
])
def test_a_bullet_about_something_else_shows_nothing(ask: str, bullet: str) -> None:
    assert not _shown(ask, bullet), (ask, bullet)


@pytest.mark.parametrize(("posting_line", "not_asked"), [
    ("We have welcomed guests since 1923.", "Guest relations"),
    ("We deliver every project on time and on budget.", "Budgeting"),
    ("Our staff have greeted guests by name since 1961.", "Guest relations"),
    ("Nurses here have documented care on paper for too long; we are moving to Epic.",
     "Clinical Documentation"),
])
def test_a_companys_boast_asks_no_everyday_skill(posting_line: str, not_asked: str) -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting

    asked = {m.name for m in analyse_posting(f"Associate\n\n{posting_line}\n").skills}
    assert not_asked not in asked


def test_a_duty_the_posting_names_by_its_verb_is_shown_in_the_past_tense() -> None:
    """A term no vocabulary holds ("Paint", read from a list of a turn's work) is the
    same work in the resume's past tense; an acronym keeps its exact letters."""
    resume = ("Marcus Hill\nmarcus@example.com\n\nExperience\nMaintenance Tech, Brightleaf, "
              "2020 to Present\n- Patched drywall and painted 8 vacant units a month\n")
    posting = ("Maintenance Technician\n\nTurn vacant units (paint, drywall, flooring and "
               "fixtures).\n")
    report = tailor(resume, posting).match_before
    # (The vocabulary names the work Interior painting since Dec 6: the same ask.)
    assert {"Paint", "Painting", "Interior painting"} & {m.name for m in report.matched}, \
        report.missing
    assert not {"Paint", "Painting", "Interior painting"} & set(report.missing)
