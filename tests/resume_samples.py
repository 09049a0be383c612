"""Realistic resumes of fictional people, one per field, as plain text.

Written for this project (no real person; names, employers' staff, phone numbers
and e-mails are invented; employers are fictional or generic). Each uses a
different layout on purpose, because the parser must cope with all of them:

- nurse: ALL-CAPS headings, "•" bullets, dates on the right after spaces,
  credentials after the name.
- accountant: "Title | Company | dates" lines, "-" bullets, title-case headings.
- teacher: headings ending in ":", "▪" bullets, dates on their own line after the
  role, a student-teaching role without dates.
- sales: NO headings at all; dates in parentheses; glyph-less bullets.
- marketing: Markdown ("## Experience", "* " bullets, "**bold**").
- mechanical: accents and non-Latin script (José Müller, 中文 in a languages line),
  "✓" bullets, tab before the dates.
- designer: two-column order (sidebar first: skills, tools, education, languages,
  then experience and projects), headings underlined with rules, "▪" bullets.
- project_manager: dates on their own line BEFORE the role, "►" bullets,
  "Core Competencies" / "Professional Background".
- software: "Work History", dates on the right after a tab, "-" bullets, links.
- retail: glyph-less sentence bullets, "Since 2019" / "2014 to 2016", references.

Other tests pair them with ``posting_samples.POSTINGS`` by key.
"""

from __future__ import annotations

NURSE = """\
Maria Santos, RN, BSN
Toronto, ON | (416) 555 – 0198 | maria.santos@example.com
linkedin.com/in/maria-santos-rn

PROFESSIONAL SUMMARY
Compassionate registered nurse with 7 years of acute care experience on medical-surgical and \
telemetry units. Known for calm patient advocacy, precise medication administration and \
mentoring new graduate nurses.

CLINICAL EXPERIENCE
Registered Nurse, Medical-Surgical Unit                 Mar 2019 – Present
St. Michael's Hospital — Toronto, ON
• Provide direct care for 5–6 post-operative patients per shift on a 32-bed unit
• Administer IV medications and blood products following the five rights of medication safety
• Monitor telemetry and escalate changes through SBAR handoffs to physicians
• Precept 9 new graduate nurses through a 12-week orientation program
• Chart assessments and care plans in Epic with 100% compliance on quarterly audits

Registered Nurse, Telemetry                 Jun 2016 – Feb 2019
Lakeshore General Hospital — Mississauga, ON
• Cared for cardiac patients on continuous telemetry, interpreting rhythm strips
• Educated patients and families on heart-failure self-management before discharge
• Served on the falls-prevention committee that cut unit falls by 30%

Nursing Assistant (Student)                 May 2015 – Aug 2015
Sunnybrook Long-Term Care — Toronto, ON
• Assisted residents with activities of daily living and mobility
• Recorded vital signs and intake/output for 20 residents

EDUCATION
Bachelor of Science in Nursing (BSN)                 2012 – 2016
Ryerson University — Toronto, ON

LICENSES & CERTIFICATIONS
Registered Nurse, College of Nurses of Ontario (2016)
Basic Life Support (BLS), American Heart Association – exp. 2026
Advanced Cardiovascular Life Support (ACLS) – exp. 2025
Pediatric Advanced Life Support (PALS)

SKILLS
Patient assessment, IV therapy, Telemetry monitoring, Wound care
Epic, Cerner, Medication administration, Patient education
Languages: English, Portuguese
"""

ACCOUNTANT = """\
DANIEL OKAFOR, CPA
Chicago, IL 60614 • daniel.okafor@example.com • +1 312-555-0147

Summary
Detail-oriented staff accountant with 5 years in general ledger accounting, month-end close \
and account reconciliations for mid-sized manufacturers. CPA licensed in Illinois.

Professional Experience
Staff Accountant | Meridian Tool & Die Co. | 2021 – Present
- Own the month-end close for 3 entities, cutting close time from 9 to 6 business days
- Prepare journal entries, accruals and balance sheet reconciliations under US GAAP
- Reconcile 14 bank accounts and intercompany balances in NetSuite
- Built Excel models with pivot tables and XLOOKUP for variance analysis

Junior Accountant | Lakeview Logistics LLC | 2019 – 2021
- Processed accounts payable for 400+ vendors and ran weekly payment batches
- Assisted external auditors with PBC schedules and fixed-asset roll-forwards
- Maintained the fixed asset register and depreciation schedules

Accounting Intern | Harper & Lowe CPAs | Summer 2018
- Prepared individual tax returns and supported the audit team

Education
B.S. in Accounting, University of Illinois Chicago | 2015 – 2019

Certifications
Certified Public Accountant (CPA), Illinois, 2020

Technical Skills
Accounting: GAAP, general ledger, accounts payable, accounts receivable, reconciliations
Software: NetSuite, QuickBooks, SAP, Excel (pivot tables, XLOOKUP), Power BI
"""

TEACHER = """\
Emily Zhang
Austin, TX · emily.zhang@example.com · (512) 555-0123

Profile:
Certified secondary mathematics teacher with six years of classroom experience in grades 8–12. \
I build lessons around problem solving, differentiate for English learners and students with \
IEPs, and coach the school's math club.

Teaching Experience:
Mathematics Teacher, Lone Star High School, Austin, TX
Aug 2020 – Present
▪ Teach Algebra I, Geometry and AP Calculus AB to 150 students a year
▪ Raised the AP Calculus pass rate from 58% to 74% in two years
▪ Write accommodations with special-education staff for students with IEPs and 504 plans
▪ Coach the math club, which placed second at the 2023 regional competition

Mathematics Teacher, Pecan Grove Middle School, Round Rock, TX
Aug 2018 – Jun 2020
▪ Taught 8th-grade math with station rotation and formative assessment
▪ Used Google Classroom and Desmos to run a fully remote term in spring 2020

Student Teacher
Westlake High School
▪ Planned and delivered a six-week geometry unit under a mentor teacher

Education:
Bachelor of Science in Mathematics, The University of Texas at Austin
2014 – 2018

Certifications:
Texas Educator Certificate, Mathematics 7–12
ESL Supplemental Certification

Skills:
Lesson planning; Differentiated instruction; Classroom management; Google Classroom; Desmos; \
Spanish (conversational)
"""

SALES = """\
Marcus Bell
Denver, CO
marcus.bell@example.com | 720-555-0188 | linkedin.com/in/marcusbell

Quota-carrying B2B account executive with six years of SaaS sales experience, closing mid-market \
deals with a consultative, value-based approach.

Senior Account Executive, CloudLedger Inc. (Jan 2021 – Present)
Closed $1.8M in new annual recurring revenue in 2023, 128% of quota.
Ran full-cycle sales from discovery to negotiation for deals of $20K–$150K.
Built pipeline through outbound prospecting in Salesforce and Outreach.
Trained 4 new account executives on the MEDDIC qualification framework.

Account Executive, BrightPath Software (Mar 2018 – Dec 2020)
Exceeded quota in 10 of 12 quarters selling HR software to mid-market companies.
Delivered product demos and handled objections with finance and HR leaders.

Sales Development Representative, Apex Media (Jun 2016 – Feb 2018)
Booked 25+ qualified meetings per month through cold calling and email sequences.

B.A. in Communication, Colorado State University, 2016

Skills: Salesforce, HubSpot, Outreach, cold calling, negotiation, MEDDIC, forecasting
"""

MARKETING = """\
# Sofia Rossi

Digital Marketing Specialist · Brooklyn, NY · sofia.rossi@example.com · +1 (347) 555-0162
https://sofiarossi.example.com

## About Me

Digital marketer with 4 years of experience in paid search, social media and email marketing \
for consumer brands. Google Ads certified.

## Experience

**Digital Marketing Specialist** at Bloom & Bark Pet Supply (Feb 2022 – Present)
* Manage a $60K monthly budget across Google Ads and Meta Ads with a 4.2x ROAS
* Grew organic traffic 85% with an SEO content program and keyword research in Semrush
* Run A/B tests on landing pages and email subject lines in Mailchimp
* Report weekly on Google Analytics 4 dashboards for the leadership team

**Marketing Coordinator** at Hudson Yoga Studios (Jun 2020 – Jan 2022)
* Scheduled social media content for Instagram, TikTok and Facebook
* Launched a referral email campaign that brought in 1,200 new members

## Education

**B.A. in Marketing**, Fordham University (2016 – 2020)

## Certifications

* Google Ads Search Certification (2023)
* HubSpot Content Marketing Certification

## Skills

Google Ads, Meta Ads, SEO, Google Analytics 4, Mailchimp, HubSpot, Semrush, Canva, copywriting
"""

MECHANICAL = """\
José Müller, P.Eng.
Mechanical Design Engineer
Calgary, AB | jose.muller@example.com | +1 403 555 0175

TECHNICAL PROFICIENCIES
CAD: SolidWorks, AutoCAD, Creo
Analysis: ANSYS Mechanical, FEA, GD&T, tolerance stack-ups
Manufacturing: DFM, sheet metal, weldments, CNC machining

ENGINEERING EXPERIENCE
Mechanical Design Engineer, Prairie Conveyor Systems Ltd.	Apr 2019 – Present
✓ Designed conveyor transfer modules in SolidWorks for 40+ customer projects
✓ Ran FEA in ANSYS on frames and shafts, removing 12% of material weight
✓ Released drawings with GD&T and led design reviews with fabrication
✓ Cut field retrofit time by 20% by standardising bolted splice kits

Junior Mechanical Engineer, Rocky Ridge Pumps	Sep 2016 – Mar 2019
✓ Drafted pump skids and piping layouts in AutoCAD
✓ Supported root-cause analysis of seal failures with 8D reports

EDUCATION AND TRAINING
B.Sc. Mechanical Engineering, University of Calgary	2012 – 2016
Certified SolidWorks Professional (CSWP), 2018

PROFESSIONAL LICENSES
Professional Engineer (P.Eng.), APEGA, 2020

LANGUAGES
German (native), English (fluent), Spanish (intermediate), Mandarin 中文 (basic)
"""

DESIGNER = """\
AIYANA BROOKS
Product Designer
Portland, OR
aiyana.brooks@example.com
(503) 555-0134
dribbble.com/aiyanab

SKILLS
--------
User research • Wireframing • Prototyping • Usability testing • Design systems • \
Accessibility (WCAG 2.1)

TOOLS
--------
Figma • Sketch • Adobe Illustrator • Adobe Photoshop • Miro • Maze

EDUCATION
--------
BFA Graphic Design
Pacific Northwest College of Art, 2015

LANGUAGES
--------
English, French

EXPERIENCE
--------
Senior Product Designer  Jan 2021 – Present
Evergreen Health App — Remote
▪ Lead end-to-end design for the patient booking flow used by 2M people
▪ Built and maintain a Figma design system with 180 components
▪ Ran 30+ moderated usability tests and turned findings into roadmap items

Product Designer  May 2018 – Dec 2020
Cascade Travel Co. — Portland, OR
▪ Redesigned the checkout, raising mobile conversion by 14%
▪ Partnered with engineers to ship accessible components meeting WCAG 2.1 AA

Graphic Designer  Jul 2015 – Apr 2018
Rosebud Studio — Portland, OR
▪ Created brand identities and print collateral for 25 local businesses

PROJECTS
--------
Open Trails — volunteer redesign of a trail-finder app for a nonprofit (2022)
"""

PROJECT_MANAGER = """\
Priya Raman, PMP
Senior IT Project Manager
Raleigh, NC • priya.raman@example.com • 919-555-0110 • linkedin.com/in/priyaraman

Career Summary
IT project manager with 9 years of experience delivering ERP, infrastructure and cloud \
migration projects on time and under budget, using both waterfall and Agile methods.

Core Competencies
Project planning • Risk management • Budgeting • Stakeholder management • Agile / Scrum • \
Vendor management

Professional Background

2019 – Present
Senior IT Project Manager
Triangle Health Partners, Raleigh, NC
► Led a $4.5M ERP migration to Oracle Cloud for 3,000 users, delivered two weeks early
► Managed a portfolio of 6 concurrent infrastructure projects with budgets up to $2M
► Built a risk register and weekly status reporting in Jira and Smartsheet

2015 – 2019
IT Project Manager
Carolina Federal Credit Union, Durham, NC
► Delivered a data-center consolidation that saved $300K a year
► Ran Scrum ceremonies for two development teams as acting ScrumMaster

2013 – 2015
Business Analyst
Tarheel Insurance Group, Raleigh, NC
► Wrote business requirements and test plans for a claims system upgrade

Education
M.S. Information Technology Management, North Carolina State University, 2013
B.Tech. Computer Science, Anna University, 2010

Licenses & Certifications
Project Management Professional (PMP), PMI, 2016
Certified ScrumMaster (CSM), Scrum Alliance, 2018
ITIL 4 Foundation
"""

SOFTWARE = """\
Liam O'Connor
Backend Software Engineer
Dublin, Ireland | liam.oconnor@example.com | +353 85 555 0142
github.com/liamoc | linkedin.com/in/liam-oconnor

Technical Skills
Languages: Python, Go, Java, SQL
Frameworks: Django, FastAPI, Spring Boot
Data & Infra: PostgreSQL, Redis, Kafka, Docker, Kubernetes, AWS (ECS, Lambda, RDS), Terraform
Practices: REST APIs, gRPC, CI/CD, TDD, code review

Work History
Senior Backend Engineer, Harbourline Payments	Jan 2021 – Present
- Designed a ledger service in Go and PostgreSQL handling 3,000 transactions per second
- Moved settlement jobs from cron scripts to Kafka consumers, cutting delays from hours to seconds
- Led the migration of 14 services to Kubernetes on AWS with Terraform
- Mentored 3 junior engineers through weekly pairing and design reviews

Software Engineer, Quayside Analytics	Jun 2017 – Dec 2020
- Built REST APIs in Django for a reporting product used by 400 customers
- Added Redis caching that brought p95 latency from 900 ms to 120 ms
- Wrote integration tests that raised coverage from 55% to 85%

Graduate Developer, Liffey Software	Sep 2016 – May 2017
- Fixed bugs and wrote unit tests for a Java billing system

Selected Projects
pgwatch-lite — open-source PostgreSQL monitoring agent in Go (800 GitHub stars)
ratelimitd — a token-bucket rate limiter service with gRPC and Redis

Education
B.Sc. Computer Science, Trinity College Dublin, 2012 – 2016
"""

RETAIL = """\
Keisha Thompson
Atlanta, GA 30303
keisha.thompson@example.com
(404) 555-0191

Career Objective
Retail store manager seeking to lead a high-volume location, bringing nine years of retail and \
hospitality experience in team leadership, inventory control and customer service.

Employment History

Store Manager
Peachtree Home Goods, Atlanta, GA
Since 2019
Lead a team of 22 associates and 3 assistant managers in a $6M store.
Raised customer satisfaction scores from 78 to 91 through coaching and daily huddles.
Cut inventory shrink by 35% with cycle counts and loss-prevention training.
Manage scheduling, payroll hours and visual merchandising standards.

Assistant Store Manager
Magnolia Outfitters, Decatur, GA
2016 to 2019
Opened and closed the store, handled cash reconciliation and bank deposits.
Hired and trained 15 sales associates on POS and upselling techniques.

Front Desk Supervisor
Midtown Suites Hotel, Atlanta, GA
2014 to 2016
Supervised front desk agents and resolved guest complaints.
Trained staff on the Opera property management system.

Education
Associate of Applied Science in Business Management, Atlanta Technical College, 2014

Skills & Abilities
Team leadership, Inventory management, Loss prevention, Visual merchandising, POS systems, \
Scheduling

Volunteer Work
Food drive coordinator, Atlanta Community Food Bank (2018 – Present)

References
Available upon request.
"""

SAMPLES: dict[str, str] = {
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
