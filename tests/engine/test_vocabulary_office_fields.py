"""The office fields' everyday asks, and the everyday ways a resume shows them.

Written from each field's practice (payables, HR operations, reception and contact
centres, classrooms and para-educators, restaurant management, case management, digital
marketing, office data work): every posting line and resume bullet here was written for
this test, none copied from a posting. A resume rarely writes the posting's noun; it
writes what the person did ("Recorded minutes", "Issued 1099s", "answered a busy
6-line phone") or the product they did it in (Mailchimp, Zendesk, Genesys, Tableau).
"""

from __future__ import annotations

import pytest
from skill_names import names

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


# What a line of a resume (or a posting) names, with what it shows by its broader skills.
FOUND = [
    # accounts payable
    ("Helped close the books each month and issued 1099s to 140 vendors.",
     {"Month-End Close", "1099 Reporting"}),
    ("Handled invoice entry and GL coding for three business units.",
     {"Invoice processing", "Accounts Payable", "GL Coding", "General Ledger"}),
    ("Run three-way match on every purchase order invoice.",
     {"Three-Way Match", "PO Matching", "Accounts Payable"}),
    # HR operations
    ("Completed I-9s and E-Verify checks for every new hire.",
     {"I-9 Verification", "E-Verify"}),
    ("Managed leaves of absence and ran open enrollment.",
     {"Leave Administration", "Benefits Administration", "Benefits Enrollment"}),
    ("Kept employee data in Paylocity and fixed timecards in Kronos.",
     {"Paylocity", "HRIS", "UKG"}),
    ("Sent offer letters and tracked turnover reporting for the plant.",
     {"Offer Management", "HR Reporting"}),
    # reception and office
    ("Answered a busy 6-line phone and recorded minutes at board meetings.",
     {"Multi-Line Phones", "Phone Support", "Minute Taking"}),
    ("Typed letters and memos and kept the supply closet stocked.",
     {"Correspondence", "Document Preparation", "Office Supplies Management"}),
    ("Shared agendas in Google Docs and Gmail.", {"Google Workspace"}),
    ("Scanning documents into the archive.", {"Document Scanning", "Records Management"}),
    # contact centre
    ("Took calls in Genesys and worked tickets in Zendesk.",
     {"Phone Support", "Call Center", "Ticketing Systems", "Customer Support Operations"}),
    ("Calm and de-escalate upset callers.", {"Conflict Resolution"}),
    # classroom and para-educators
    ("Followed each student's behavior plan and kept ABC data sheets.",
     {"Behavior Intervention Plan", "Behavior Data Collection"}),
    ("Adapted lessons for English learners and students on IEPs.",
     {"Differentiated Instruction", "Individualized Education Program", "Special Education"}),
    # restaurant management
    ("Cut food cost to 29% and kept labor costs under budget.",
     {"Food Cost Management", "Labor Cost Management"}),
    ("Balanced the drawer and closed out the registers nightly; built shifts in 7shifts.",
     {"Cash Handling", "7shifts", "Staff scheduling", "Scheduling"}),
    # case management
    ("Provided crisis response and safety planning; charted in TherapyNotes.",
     {"Crisis intervention", "Safety Planning", "Electronic Health Records"}),
    # marketing
    ("Sent weekly newsletters in Klaviyo and shot Reels for the brand.",
     {"Klaviyo", "Email Marketing", "Digital Marketing", "Short-Form Video"}),
    ("Grew organic traffic with SEO and ran pop-up events in stores.",
     {"Search Engine Optimization", "Digital Marketing", "Event Marketing"}),
    # office data work
    ("Built Looker and Power BI reports and set up automated reporting.",
     {"Dashboards", "Data Visualization", "Report Automation"}),
    # sales
    ("Made 80 cold calls a day from target account lists.", {"Cold Calling", "Prospecting"}),
    ("Trained servers on suggestive selling.", {"Upselling"}),
    ("Sold to mid-size companies, qualified with MEDDPICC, ran custom demos and sourced "
     "pipeline through cold outreach.",
     {"Mid-market", "SMB Sales", "MEDDIC", "Sales Presentations", "Prospecting"}),
    # second pass: staff accounting, payroll and bookkeeping
    ("Compared actuals to budget, booked intercompany charges and supported the annual "
     "audit; filed sales tax returns in Avalara.",
     {"Variance Analysis", "Intercompany Accounting", "Audit", "Sales Tax", "Avalara"}),
    ("Prepared 941s and SUI filings, tracked PTO balances and reviewed timecards for "
     "missed punches.",
     {"Payroll Taxes", "PTO Tracking", "Payroll", "Timekeeping"}),
    ("Kept the books in QBO, entered bills and applied customer payments.",
     {"Bookkeeping", "QuickBooks", "Accounts Payable", "Accounts Receivable"}),
    # executive support
    ("Booked flights for the partners, assembled board books and planned team retreats.",
     {"Travel Arrangements", "Board Relations", "Office Event Planning"}),
    ("Daily use of Word, PowerPoint and Teams.", {"Microsoft 365", "Microsoft Office"}),
    # recruiting and sales
    ("Wrote Boolean strings to find passive candidates; hit 110% of sales goals.",
     {"Boolean search", "Candidate Sourcing", "Quota Attainment"}),
    # marketing
    ("Wrote whitepapers and customer case studies and hosted virtual events.",
     {"White papers", "Case Studies", "Webinars"}),
    # early childhood
    ("Kept staff-to-child ratios, wrote anecdotal records and redirected "
     "challenging behavior; entered GOLD checkpoints; sent updates in Brightwheel.",
     {"Child Care Licensing", "Child Observation", "Teaching Strategies GOLD",
      "Positive Guidance", "Classroom Management", "Brightwheel", "Parent Communication"}),
    # hotels and eligibility work
    ("Took reservations from Expedia and Booking.com in OPERA.",
     {"Online Travel Agencies", "Opera PMS"}),
    ("Held eligibility interviews and verified income for SNAP applicants.",
     {"Eligibility Determination", "Income Verification"}),
    # third pass: retail floors and support desks
    ("Rang up sales on Square POS and Clover, ran stock counts and worked on preventing theft.",
     {"Point of Sale", "Square POS", "Clover POS", "Inventory Management",
      "Loss Prevention"}),
    ("Wrote help center articles for common questions.", {"Knowledge Base Management"}),
    # special education
    ("Follow IDEA; provide push-in support in co-taught classes; log goals in SEIS.",
     {"IDEA", "Special Education", "Specially Designed Instruction", "Co-teaching",
      "Inclusive Education", "SEIS", "Individualized Education Program"}),
    ("Gave the Woodcock-Johnson IV and KTEA-3.",
     {"Woodcock-Johnson", "KTEA", "Academic Achievement Testing"}),
    # a brand's social accounts
    ("Answered comments and DMs, ran giveaways, worked with local influencers on sponsored "
     "posts and reported social media metrics.",
     {"Community Management", "Contests and Giveaways", "Influencer Marketing",
      "Social Media Analytics", "Social Media Marketing", "Digital Marketing"}),
    # office management and event marketing
    ("Managed vendor relationships, kept the office budget and ordered logo swag.",
     {"Vendor Management", "Budgeting", "Promotional Products"}),
    # hotels and high schools
    ("Sold group blocks, answered TripAdvisor reviews and passed brand quality audits; "
     "CHA preferred.",
     {"Group Sales", "Online Reputation Management", "Quality Control",
      "Certified Hotel Administrator"}),
    ("Used MAP data and common formative assessments; ran an Edgenuity credit recovery "
     "lab; taught with TI-84 calculators.",
     {"NWEA MAP", "Formative Assessment", "Edgenuity", "Credit Recovery",
      "Graphing Calculators"}),
    # housing and homeless services
    ("Scored clients with the VI-SPDAT for coordinated entry, built landlord relationships "
     "and paid rental assistance; carried Narcan.",
     {"VI-SPDAT", "Coordinated Entry", "Landlord Engagement", "Housing Navigation",
      "Rental Assistance", "Naloxone Administration"}),
    ("Wrote housing stability plans with each household.", {"Housing Navigation"}),
    # receivables and collections
    ("Applied cash receipts, followed up on overdue balances and set credit limits; "
     "issued credit memos and filed preliminary lien notices; did monthly tie-outs.",
     {"Cash Application", "Accounts Receivable", "Collections Management",
      "Customer Credit Management", "Lien Management", "Account Reconciliation"}),
    ("Set up payment plans for customers behind on bills.", {"Payment Arrangements"}),
    # HR business partnering
    ("Coached supervisors, ran harassment investigations and met with union stewards "
     "under the collective bargaining agreement.",
     {"Coaching", "Workplace investigations", "Employee Relations", "Labor Relations"}),
    # classrooms: a curriculum's short name, checks for understanding, Section 504
    ("Taught Illustrative Math units and checked for understanding with cool-downs.",
     {"Illustrative Mathematics", "Formative Assessment"}),
    ("Wrote supports for IEP and 504 students; called families every month.",
     {"504 Plan", "Parent Communication"}),
    # a server's state permits, written as the state names them
    ("Washington food worker card; MAST permit, Class 13",
     {"ServSafe Food Handler", "ServSafe Alcohol"}),
    ("OLCC server permit and Oregon food handler's card", {"ServSafe Alcohol",
                                                          "ServSafe Food Handler"}),
    # a banquet floor's room flips, a call centre's scripts
    ("Flipped rooms from theater-style to rounds between sessions.", {"Banquet Setup"}),
    ("Followed scripts on every billing call.", {"Call Scripts"}),
    # a front desk's everyday words for upselling and for complaints
    ("Sold upgrades to suites and fixed guest problems at the desk.",
     {"Upselling", "Complaint Resolution"}),
    # benefits: a life event named the way an HR office says it
    ("Entered new hires and life status changes in the HRIS.", {"Qualifying Life Events",
                                                                "Benefits Administration"}),
    # respiratory care at the bedside
    ("Set up CPAP and Optiflow high-flow; ran SBTs and assisted with bedside bronchs.",
     {"Noninvasive Ventilation", "High-Flow Nasal Cannula", "Ventilator Weaning", "Bronchoscopy"}),
    # the OR: counting what goes into the field
    ("Count sponges, needles and instruments with the circulator.", {"Surgical Counts"}),
    # accounting and a law office
    ("Reconciled due-to/due-from balances between three entities.",
     {"Intercompany Accounting"}),
    ("Filed pleadings electronically and e-filed motions in state court.", {"Court Filings"}),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_office_field_work_is_named(vocabulary: Vocabulary, text: str,
                                    expected: set[str]) -> None:
    found = names(vocabulary, text)
    assert expected <= found, expected - found


# Sentences where the same words mean something else, or a skill now told apart.
ELSEWHERE = [
    ("Request ADA accommodations from HR at any time.", {"Benefits Administration"}),
    ("Our plans include short-term disability and a 401(k).", {"Leave Administration"}),
    ("Please close the door and keep the cash room locked.", {"Month-End Close"}),
    ("Responsible for fishing reels and tackle displays.", {"Short-Form Video"}),
    ("Answer questions about our products by email.", {"Phone Support"}),
    ("Refer patients to an OTA for home exercise programs.", {"Online Travel Agencies"}),
    ("Our gold-standard service; award: GOLD tier partner.", {"Child Observation"}),
    ("Clients pay bills through our portal.", {"Accounts Payable"}),
    ("Great ideas come from everyone; write code in IntelliJ IDEA.", {"IDEA"}),
    ("Our frontline staff greet every guest.", {"Frontline IEP"}),
    ("Pass quality assurance audits each year.", {"Audit"}),
    ("Hold the CHS credential.", {"Certified Hotel Administrator"}),
    ("Pass a background and credit check before hire.", {"Customer Credit Management"}),
]


@pytest.mark.parametrize(("text", "absent"), ELSEWHERE, ids=[t[:30] for t, _ in ELSEWHERE])
def test_other_senses_name_nothing_here(vocabulary: Vocabulary, text: str,
                                        absent: set[str]) -> None:
    assert not names(vocabulary, text) & absent


def _shown(posting_lines: str, bullets: str) -> set[str]:
    posting = f"Specialist\n\nResponsibilities\n{posting_lines}\n"
    resume = f"""Robin Lee
robin.lee@example.com

Experience
Specialist, Harbor Group, 2019 to 2024
{bullets}
- Answered questions from staff
"""
    return {m.name for m in tailor(resume, posting).match_before.matched}


@pytest.mark.parametrize(("posting", "bullet", "skill"), [
    ("- Process vendor invoices", "- Entered vendor invoices for 30 suppliers",
     "Invoice processing"),
    ("- Take meeting minutes", "- Recorded minutes at weekly team meetings", "Minute Taking"),
    ("- Handle inbound calls from customers", "- Took 60 calls a day on billing questions",
     "Phone Support"),
    ("- Create and send email campaigns", "- Sent the monthly newsletter in Mailchimp",
     "Email Marketing"),
    ("- Use Five9 or another contact center platform", "- Handled calls in Talkdesk",
     "Call Center"),
    ("- Build dashboards for the operations team", "- Built 12 Tableau dashboards",
     "Dashboards"),
    ("- Manage FMLA and other leaves of absence", "- Administered FMLA for 300 employees",
     "Leave Administration"),
])
def test_a_resume_shows_the_ask_in_its_own_words(posting: str, bullet: str,
                                                 skill: str) -> None:
    assert skill in _shown(posting, bullet)


def _asks(line: str) -> tuple[set[str], list[str]]:
    analysis = analyse_posting(f"Requirements\n- {line}\n")
    return {m.name for m in analysis.skills}, analysis.certifications


def test_a_credential_offered_instead_of_the_degree_is_asked() -> None:
    """"An associate degree in Early Childhood Education or a CDA credential": the
    credential is the degree's alternative, not one more subject of a loose list."""
    asks, certs = _asks("Associate degree in Early Childhood Education or a CDA credential")
    assert "Child Development Associate" in asks | set(certs)
    assert "Early Childhood Education" in asks
    assert "Certified Dental Assistant" not in asks | set(certs)


@pytest.mark.parametrize("line", [
    "Work with our outside CPA at year end on adjusting entries",
    "Send workpapers to our CPA each quarter",
])
def test_the_employers_own_cpa_is_no_ask(line: str) -> None:
    asks, certs = _asks(line)
    assert "Certified Public Accountant" not in asks | set(certs)


@pytest.mark.parametrize("line", [
    "CPA required",
    "Maintain your CPA license",
    "Active CPA in good standing",
])
def test_the_cpa_asked_of_the_hire_is_still_asked(line: str) -> None:
    asks, certs = _asks(line)
    assert "Certified Public Accountant" in asks | set(certs)


@pytest.mark.parametrize(("bullet", "asked", "shown"), [
    ("Set meetings for the two outside reps every week", "Appointment setting",
     "Set meetings"),
    ("Took notes at the weekly sales meeting", "Appointment setting", None),
    ("Handled objections on price and timing", "Objection handling", "Handled objections"),
    ("Ran call and email cadences in Salesloft", "Email outreach", "Salesloft"),
])
def test_an_sdrs_everyday_words_show_the_asks(bullet: str, asked: str,
                                               shown: str | None) -> None:
    resume = ("Sam Rivera\nsam@example.com\n\nExperience\nSales Rep, Acme, 2022 to Present\n"
              f"- {bullet}\n")
    report = tailor(resume, f"Sales Development Rep\nRequirements\n- {asked}\n").match_before
    matched = {m.name.casefold(): m.resume_term for m in report.matched}
    if shown is None:
        assert asked.casefold() in {n.casefold() for n in report.missing}
    else:
        assert matched.get(asked.casefold()) == shown
