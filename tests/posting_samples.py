"""Realistic job postings, one per field, written for the tests (fictional employers).

Keys match the resume samples ("nurse", "accountant", ...), so a test can pair a
resume with the posting of its field. The postings differ on purpose in the ways
real pasted postings do:

- nurse: full of abbreviations (RN, BSN, BLS, ACLS, EHR, CPR, PRN), "Position:" label;
- accountant: EEO boilerplate that itself names skill-like words;
- teacher: no headings at all, strength only by wording;
- sales: a "Nice to have" section and an "About <company>" heading;
- marketing: Markdown headings, bold and links, a coordinated list;
- mechanical: hard-wrapped lines and a word split by the wrap ("draw-" / "ings");
- designer: "Bonus points" and alternatives ("Figma or Sketch");
- project_manager: ALL-CAPS headings, "five (5) years";
- software: bullets alone on their line, a page number, "Must have" / "Nice-to-haves";
- retail: benefits that mention tools (to be ignored), "What we offer".
"""

from __future__ import annotations

NURSE = """\
Position: Registered Nurse (RN) – Medical-Surgical Unit, Nights

About Us
Riverside Valley Medical Center is a 320-bed community hospital recognized by the Joint \
Commission for quality and patient safety. Our med-surg floors use Epic as the EHR.

Responsibilities
• Perform patient assessment on admission and every shift, and document care in the EHR.
• Administer medications and IV therapy safely using bar-code scanning.
• Coordinate discharge planning and patient education with case managers and families.
• Respond to rapid response calls and escalate changes in condition.

Requirements
• Current, unrestricted RN license in the State of Ohio (or NLC multistate license).
• Graduate of an accredited nursing program; ADN required, BSN preferred.
• BLS and ACLS certification from the American Heart Association required at hire.
• Minimum of 2 years of acute care experience as an RN.
• Strong communication skills and the ability to work 12-hour night shifts.

Preferred
• Experience with telemetry monitoring.
• PCCN certification.

Riverside Valley Medical Center is an Equal Opportunity Employer.
"""

ACCOUNTANT = """\
Staff Accountant

Harborline Logistics is hiring a Staff Accountant to join our finance team in Tacoma, WA.

What you'll do
- Prepare journal entries and perform account reconciliations for cash, prepaid expenses \
and accrued liabilities.
- Support the month-end close and year-end audit in accordance with GAAP.
- Maintain the fixed asset register and run depreciation in NetSuite.
- Analyze variances and build reports in Microsoft Excel (pivot tables, VLOOKUP).

What we're looking for
- Bachelor's degree in Accounting or Finance.
- 2-4 years of general ledger accounting experience.
- Working knowledge of NetSuite or a similar ERP.
- CPA or CPA candidate preferred.

Benefits
- Medical, dental and vision coverage, 401(k) with a 4% match.
- Tuition support for the CPA exam and Excel training.

Equal Opportunity
Harborline Logistics is an equal opportunity employer. All qualified applicants will \
receive consideration for employment without regard to race, color, religion, sex, sexual \
orientation, gender identity, national origin, disability or protected veteran status. \
Reasonable accommodation is available for the online assessment, which measures leadership, \
communication and Python scripting aptitude for all finance roles.
"""

TEACHER = """\
Lincoln Heights High School is seeking a full-time High School Mathematics Teacher for the \
2025-2026 school year.

The teacher will plan and deliver engaging lessons in Algebra I, Geometry and AP Calculus, \
use differentiated instruction to reach every learner, and maintain a positive classroom \
through consistent classroom management. Teachers post assignments and grades in Google \
Classroom and meet weekly with their professional learning community.

Candidates must hold a Bachelor's degree in Mathematics or Mathematics Education and a valid \
Texas Educator Certificate in Mathematics (grades 7-12). A minimum of two years of classroom \
teaching experience is required. Teachers without an ESL endorsement must earn one within 2 \
years of hire. Experience coaching an extracurricular club is a plus, and fluency in Spanish \
is desirable.

The school was founded 60 years ago and serves 1,400 students.
"""

SALES = """\
Account Executive, Mid-Market (B2B SaaS)

About Brightwave
Brightwave builds scheduling software for field service companies. We are growing fast and \
our customers love us.

The Role
As an Account Executive you will own the full sales cycle from discovery to close for \
mid-market accounts in North America.

Responsibilities:
* Run discovery calls and product demos for operations leaders.
* Build and manage a pipeline in Salesforce and forecast accurately every week.
* Negotiate contracts and close new business against a quarterly quota.
* Partner with Customer Success on a smooth handoff.

Requirements:
* 3+ years of closing experience in B2B SaaS sales.
* A track record of meeting or exceeding quota.
* Excellent negotiation and communication skills.

Nice to have:
* Experience selling to field service or construction companies.
* Familiarity with HubSpot.
* Knowledge of the MEDDIC sales methodology.

Perks:
* Uncapped commission, stock options and a Salesforce certification budget.
"""

MARKETING = """\
# Digital Marketing Specialist

**Northwind Outdoor Co.** is looking for a Digital Marketing Specialist to grow our online \
store.

## About the role
You will plan and run paid and organic campaigns across search, social and email, and \
report on what works.

## What you'll do
- Own SEO for our [product pages](https://example.com/products): keyword research, \
on-page optimization and link building.
- Manage SEM budgets in Google Ads, Meta Ads and LinkedIn Ads.
- Lead content creation, curation and distribution for the blog and newsletter.
- Build dashboards in Google Analytics 4 and present monthly results.

## What you bring
- 3+ years of digital marketing experience, ideally at a consumer brand.
- Hands-on experience with Google Analytics and Google Ads.
- Google Ads certification required.
- Strong copywriting skills.

## Nice-to-haves
- Experience with HubSpot or Mailchimp.
- Basic HTML and CSS.

## Benefits
- Gear discount, remote-friendly schedule.
"""

MECHANICAL = """\
Mechanical Design Engineer II
Cascade Fluid Systems, Spokane, WA

Cascade Fluid Systems designs hydraulic pumps and valves for agricultural and mining
equipment. We are seeking a Mechanical Design Engineer to develop new products from concept
through production.

Responsibilities
Design components and assemblies in SolidWorks and release production-ready draw-
ings with full GD&T per ASME Y14.5.
Run FEA on castings and welded frames to verify strength and fatigue life, and
support physical testing in our lab.
Work with suppliers and manufacturing engineers on design for manufacturability.

Qualifications
B.S. in Mechanical Engineering from an ABET-accredited program.
5-7 years of experience in mechanical design of industrial equipment.
Proficiency in SolidWorks and AutoCAD; experience with ANSYS is a plus.
PE license is a plus.
"""

DESIGNER = """\
Senior UX Designer

Who we are
Tidewater Health Apps makes patient-facing mobile apps for clinics.

Your role
- Lead user research, from interviews to usability testing, and turn findings into clear \
design decisions.
- Produce wireframes, prototypes and high-fidelity designs for iOS and Android.
- Maintain our design system together with front-end engineers.

What we're looking for
- 4+ years of product design experience with a portfolio of shipped work.
- Expert in Figma or Sketch.
- Experience designing for accessibility (WCAG 2.1 AA).

Bonus points
- Experience in healthcare or other regulated industries.
- Familiarity with React, enough to pair with engineers.
"""

PROJECT_MANAGER = """\
IT PROJECT MANAGER

ABOUT THE POSITION
Meridian State Credit Union is modernizing its core banking platform. The IT Project Manager \
leads cross-functional teams through planning, execution and delivery of technology projects.

KEY DUTIES
1. Build and maintain project schedules, budgets and RAID logs in Jira and MS Project.
2. Run Agile ceremonies (sprint planning, stand-ups, retrospectives) for two Scrum teams.
3. Report status, risks and budget variances to the steering committee.
4. Manage vendor statements of work and change requests.

MINIMUM QUALIFICATIONS
- Bachelor's degree in Information Technology, Business or a related field; Master's degree \
preferred.
- A minimum of five (5) years of experience managing IT projects.
- PMP certification required.
- Experience with risk management and budgeting.

PREFERRED QUALIFICATIONS
- Certified ScrumMaster (CSM).
- Experience in banking or credit unions.

EQUAL OPPORTUNITY EMPLOYER
Meridian State Credit Union does not discriminate on the basis of race, religion, sex or \
disability.
"""

SOFTWARE = """\
Senior Backend Engineer

Ferncliff Payments was founded 20 years ago and moves money for 4,000 credit unions. We are
looking for a Senior Backend Engineer to join our ledger team.

What you'll do
•
Design and build high-throughput services in Python that power real-time payments.
•
Own our PostgreSQL schemas, from data modeling to query tuning.
•
Run services on AWS with Docker and Kubernetes, with Terraform for infrastructure as code.

2

Must have
•
5+ years of professional software development experience.
•
Strong Python and SQL skills.
•
Experience with Kafka is a plus.

Nice-to-haves
•
Go or Java.
•
Experience with FedRAMP or PCI DSS compliance.
"""

RETAIL = """\
Store Manager – Maple & Main Home Goods

Who we are
Maple & Main Home Goods is a family-owned chain of 40 home décor stores.

What you'll do
- Lead a team of 15-25 associates: hiring, scheduling, coaching and performance reviews.
- Drive sales through visual merchandising and excellent customer service.
- Manage inventory management, loss prevention and store operating budgets.
- Use the point of sale system and weekly sales reports to plan staffing.

What you need
- High school diploma or GED required; associate or bachelor's degree preferred.
- 3 years of retail management experience.
- Availability to work evenings, weekends and holidays.

What we offer
- 30% employee discount, paid time off and free Microsoft Excel and QuickBooks training.
- Quarterly bonus program.
"""

POSTINGS: dict[str, str] = {
    "nurse": NURSE,
    "accountant": ACCOUNTANT,
    "teacher": TEACHER,
    "sales": SALES,
    "marketing": MARKETING,
    "mechanical": MECHANICAL,
    "designer": DESIGNER,
    "project_manager": PROJECT_MANAGER,
    "software": SOFTWARE,
    "retail": RETAIL,
}
