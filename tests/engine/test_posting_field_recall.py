"""Postings of the fields the blind set read worst (hospitality, social services, sales,
teaching, logistics, HR) ask for their trade's everyday work in its own words: a
banquet's event orders and pre-shift meetings, a night audit's credit card batches, a
barista's milk steaming. The posting reads each as an ask, and a word that names a
service style or a coffee certificate is not read in another field's sense ("French
service" is no French; an SCA barista certificate is no software composition analysis).
Every text here was written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    analysis = analyse_posting(text)
    return {s.name for s in analysis.skills}


BANQUET_SERVER = """\
Banquet Server Lead
Duties
- Read function sheets and set rooms before each event
- Lead the pre-shift lineup and hold every server to our steps of service
- Carry out French service and tableside service at formal dinners
- Check IDs at the hosted bar and roll silverware at close
Requirements
- One year of banquet serving; Opera Sales and Catering a plus
"""


def test_banquet_work_is_read_in_its_own_words() -> None:
    asks = _asks(BANQUET_SERVER)
    assert {"Banquet Event Orders", "Pre-shift Meetings", "Steps of Service",
            "French Service", "Tableside Service", "Age Verification",
            "Silverware Rolling", "Opera Sales & Catering"} <= asks
    assert "French" not in asks  # a style of service, not the language
    assert "Opera PMS" not in asks  # the sales and catering product is another


FRONT_DESK_NIGHTS = """\
Overnight Front Desk Agent
What you will do
- Settle credit card batches and post room and tax charges at 3 a.m.
- Prepare the daily revenue report and review guest folios for errors
- Handle guest complaints and schedule wake-up calls
- Count tills and record cash drops with the manager on duty
"""


def test_night_audit_duties_are_asks() -> None:
    asks = _asks(FRONT_DESK_NIGHTS)
    assert {"Credit Card Settlement", "Revenue Reconciliation", "Daily Revenue Report",
            "Guest Folios", "Complaint Resolution", "Wake-up Calls", "Cash Handling"} <= asks


COFFEE_BAR = """\
Coffee Bar Trainer
Requirements
- Dial in grinders at open and teach milk steaming to new hires
- Brew batch brew and pour-over to recipe; keep par levels stocked
- SCA barista certification preferred
"""


def test_coffee_bar_skills_and_certificate() -> None:
    asks = _asks(COFFEE_BAR)
    assert {"dial in grinders", "milk steaming", "batch brew", "pour-over", "par levels",
            "sca coffee skills certificate"} <= {a.lower() for a in asks}
    assert "Static Application Security Testing" not in asks


GROUP_HOME = """\
Residential Youth Worker
Duties
- Provide direct care in a group home for teens; complete bed checks every hour
- Use physical restraint only as a last resort and lead anger management groups
- Transport youth to school and court
Qualifications
- Experience with at-risk youth or developmental disabilities
- Mental Health First Aid or QPR training preferred
"""


def test_residential_youth_work_is_read() -> None:
    asks = _asks(GROUP_HOME)
    assert {"Direct Care", "Residential Treatment", "Resident Supervision",
            "Physical Restraint", "Anger Management", "Client Transportation",
            "At-Risk Youth", "Developmental Disabilities", "Mental Health First Aid",
            "QPR Gatekeeper Training"} <= asks
    assert "First Aid Certification" not in asks  # mental health first aid is its own course


RECOVERY_COACH = """\
Recovery Coach
You will draw on your lived experience to support adults with substance use disorders,
write recovery plans, teach relapse prevention and link people to 12-step and SMART
Recovery meetings. Knowledge of the stages of change and withdrawal management helps.
"""


def test_recovery_support_is_read() -> None:
    asks = _asks(RECOVERY_COACH)
    assert {"Lived Experience", "Substance Use Disorders", "Recovery Planning",
            "Relapse Prevention", "Twelve-Step Programs", "SMART Recovery",
            "Stages of Change", "Withdrawal Management"} <= asks


FAMILY_WORKER = """\
In-Home Family Worker
Responsibilities
- Complete family assessments and teach parenting skills with the Nurturing Parenting curriculum
- Support kinship care placements and apply a family systems lens
Preferred
- TF-CBT training
"""


def test_family_work_is_read() -> None:
    asks = _asks(FAMILY_WORKER)
    assert {"Family Assessment", "Parenting Education", "Nurturing Parenting", "Kinship Care",
            "Family Systems", "Trauma-Focused Cognitive Behavioral Therapy"} <= asks


CLASSROOM_AIDE = """\
Instructional Assistant, Grades 6-8
Duties
- Differentiates instruction for English learners and leads reteaching after each quiz
- Builds picture schedules and visual supports for students in inclusion classrooms
- Maintains a positive classroom environment
Requirements
- ParaPro Assessment passed; Registered Behavior Technician (RBT) a plus
- Knowledge of second language acquisition and Integrated Math I
"""


def test_classroom_support_is_read() -> None:
    asks = _asks(CLASSROOM_AIDE)
    assert {"Differentiated Instruction", "English as a Second Language",
            "Academic Intervention", "Visual Supports", "Inclusive Education",
            "Classroom Management", "ParaPro Assessment", "Registered Behavior Technician",
            "Second Language Acquisition", "Integrated Mathematics"} <= asks
    assert "Board Certified Behavior Analyst" not in asks  # an RBT is no BCBA
    assert "English" not in asks  # the learners' language, not an ask to speak it


PERSONAL_BANKER = """\
Personal Banker
Duties
- Handle account opening for consumer deposit products and teller transactions on busy days
- Hold needs-based conversations and sell money orders and cashier's checks
- Follow dual control for the vault; spot check kiting and elder financial abuse
Preferred
- Experience with Jack Henry or another core banking system
"""


def test_branch_banking_work_is_read() -> None:
    asks = _asks(PERSONAL_BANKER)
    assert {"Account Opening", "Deposit Products", "Teller Transactions", "Needs Analysis",
            "Money Orders and Official Checks", "Check kiting", "Elder financial abuse",
            "Jack Henry", "Core Banking Systems"} <= asks
    assert "Cashier" not in asks  # a cashier's check is no cashier's job


AGENCY_PRODUCER = """\
Insurance Producer
Requirements
- Quote personal lines and small commercial lines in EZLynx and bind coverage
- Run annual policy reviews in HawkSoft
- Property and casualty license; CISR or CPCU a plus
"""


def test_insurance_agency_work_is_read() -> None:
    asks = _asks(AGENCY_PRODUCER)
    assert {"Personal Lines Insurance", "Small commercial lines", "EZLynx", "Binding Coverage",
            "Quoting", "Policy Reviews", "HawkSoft",
            "Certified Insurance Service Representative",
            "Chartered Property Casualty Underwriter"} <= asks


YARD_SALES = """\
Territory Sales Rep, Lumber and Building Materials
What you'll do
- Call on builder accounts and remodelers, prepare quotes and material estimates
- Sell engineered wood products (LVL, I-joists) and track orders in BisTrack
"""


def test_building_supply_sales_is_read() -> None:
    asks = _asks(YARD_SALES)
    assert {"Contractor Sales", "Quoting", "Material Estimating", "Engineered Wood Products",
            "BisTrack"} <= asks


DISPATCH_DESK = """\
Night Dispatcher
Requirements
- Three years of dispatch experience with a regional carrier
- Dispatch drivers, handle breakdowns and log check calls
- Plan fuel stops and run driver settlements on Fridays
"""


def test_dispatch_desk_work_is_read() -> None:
    asks = _asks(DISPATCH_DESK)
    assert {"Dispatching", "Breakdown Coordination", "Check Calls", "Fuel Planning",
            "Driver Settlements"} <= asks


BROKER_DESK = """\
Carrier Sales Representative
What you'll do
- Cover loads for our freight brokerage and quote lanes to shippers
- Vet carriers in Carrier411 and RMIS before tendering, then build loads in Aljex
- Watch spot rates and resolve shipment exceptions
"""


def test_brokerage_work_is_read() -> None:
    asks = _asks(BROKER_DESK)
    assert {"Freight Brokerage", "Freight Quoting", "Carrier Vetting", "Carrier411", "RMIS",
            "Aljex", "Freight Market Analysis", "Shipment Exceptions"} <= asks


STOCKROOM = """\
Inventory Clerk
Duties
- Receive deliveries and research inventory adjustments and bin locations
- Investigate shrink and pull pick tickets for the day shift
- Resolve discrepancies with purchasing and receiving
"""


def test_inventory_clerk_work_is_read() -> None:
    asks = _asks(STOCKROOM)
    # "Investigate shrink" asks the shrink figure, a loss prevention duty of its own
    # (Shrink Control, whose broader skill is Loss Prevention).
    assert {"Delivery Receiving", "Inventory Accuracy", "Bin Locations", "Shrink Control",
            "Order Picking"} <= asks
    assert "Receiving" not in asks  # the receiving department is nobody's skill


HR_ASSISTANT = """\
People Operations Assistant
Your work
- Pre-hire steps: offer letters, background checks, drug screens and I-9s for every new hire
- Keep training records and run benefit fairs; answer questions on health and welfare plans
- Reconcile carrier invoices and help with the Form 5500 and nondiscrimination testing
- Hold intake meetings with hiring managers and post roles on job boards
Conditions of employment
- Offers are contingent upon a background check and drug screen.
"""


def test_hr_work_on_hiring_checks_is_a_duty_not_a_notice() -> None:
    analysis = analyse_posting(HR_ASSISTANT)
    asks = {s.name for s in analysis.skills}
    assert {"Offer Management", "Background Screening", "I-9 Verification"} <= asks
    assert {"Training Records", "Benefits Communication", "Benefits Administration",
            "Benefits Invoice Reconciliation", "Form 5500", "Nondiscrimination Testing",
            "Hiring Manager Intake", "Job Boards"} <= asks


def test_a_check_the_candidate_must_pass_stays_a_notice() -> None:
    posting = ("Warehouse Associate\nRequirements\n- Forklift experience\n"
               "- Must pass a background check and drug screen before onboarding\n")
    asks = {s.name for s in analyse_posting(posting).skills}
    assert "Background Screening" not in asks
    assert "Onboarding" not in asks


WRAPPED_VACANCY = """\
VACANCY ANNOUNCEMENT
Position Title: Science Teacher, Grades 7-8

DUTIES: Plans and delivers standards-aligned science
instruction to students in grades 7 and 8 and keeps
grades in Infinite Campus.

DESIRABLE QUALIFICATIONS: Experience with Amplify
Science curriculum and Google Classroom; training in
Universal Design for Learning.
"""


def test_a_wrapped_line_after_an_inline_label_runs_on() -> None:
    # The label line's text broke off at the page's width; read alone, "Experience with
    # Amplify" lost the word that follows it on the next line.
    asks = _asks(WRAPPED_VACANCY)
    assert {"Amplify Science", "Google Classroom", "Universal Design for Learning"} <= asks


RECRUITER = """\
Clinical Recruiter
You will screen applicants, interview candidates with hiring managers and support our
diversity hiring goals. Nurse recruitment experience is a must.
"""


def test_recruiting_work_is_read() -> None:
    asks = _asks(RECRUITER)
    assert {"Candidate Screening", "Interviewing", "Diversity Recruiting",
            "Healthcare Recruiting"} <= asks


def test_years_as_a_worker_ask_for_the_work() -> None:
    posting = ("Cafe Supervisor\nRequirements\n- Two years as a barista in a busy cafe\n"
               "- Bartender experience a plus\n")
    analysis = analyse_posting(posting)
    asks = {s.name: s.required for s in analysis.skills}
    assert asks.get("Barista") is True
    assert asks.get("Bartending") is False


def test_a_worker_named_in_passing_is_still_no_ask() -> None:
    posting = ("Cafe Supervisor\nDuties\n- Coach the baristas and schedule the bartenders\n")
    asks = _asks(posting)
    assert "Barista" not in asks and "Bartending" not in asks


EVENT_AND_WAIVER = """\
Event Coordinator
Duties
- Build the run of show and seating charts; hold menu tastings and note dietary restrictions
- Follow opening procedures and the closing checklists of the venue
Requirements
- Knowledge of Hilton OnQ
"""


def test_event_desk_work_is_read() -> None:
    asks = _asks(EVENT_AND_WAIVER)
    assert {"Event Timelines", "Seating Charts", "Menu Tastings", "Dietary Accommodations",
            "Opening and closing procedures", "Hilton OnQ"} <= asks


def test_waiver_services_work_is_read() -> None:
    posting = ("Community Support Worker\nDuties\n- Deliver Medicaid waiver services and "
               "write service notes and track billable units\n- Conduct intakes and keep "
               "records under 42 CFR Part 2\n")
    asks = _asks(posting)
    assert {"Medicaid Waiver Services", "Progress Notes", "Billable Units", "Intake Assessment",
            "42 CFR Part 2"} <= asks
    assert "Medicaid" not in asks  # the waiver program names it, asks no Medicaid work


def test_special_education_and_early_childhood_settings_are_read() -> None:
    posting = ("Behavior Aide\nDuties\n- Run discrete trial training and a token economy\n"
               "- Two years of self-contained classroom experience\n"
               "- Screen children with the Ages and Stages Questionnaire and prepare for "
               "CLASS observations\n- Proctor state tests; AVID tutoring a plus\n")
    asks = _asks(posting)
    assert {"Discrete Trial Training", "Token Economy", "Self-Contained Classroom",
            "Developmental Screening", "CLASS Observation Tool", "Test Proctoring",
            "AVID"} <= asks


def test_field_sales_and_freight_paperwork_are_read() -> None:
    posting = ("Route Sales Representative\nDuties\n- Make sales calls and store visits; "
               "protect margins on every order\n- Hold in-home consultations and take loan "
               "applications\n- Check seal numbers, accessorial charges and trailer inspections\n"
               )
    asks = _asks(posting)
    assert {"Sales Calls", "Margin Management", "In-Home Sales", "Loan Applications",
            "Trailer Seals", "Accessorial Charges", "Trailer Inspections"} <= asks


def test_a_branchs_securities_licences_are_read() -> None:
    asks = _asks("Universal Banker\nPreferred\n- SIE or Series 6\n")
    assert {"FINRA SIE", "FINRA Series 6"} <= asks
def test_an_affirmative_action_plan_is_hr_work_not_the_notice() -> None:
    posting = ("HR Generalist\nResponsibilities\n- Prepare EEO-1 reports and affirmative "
               "action plan data each spring\n\nWe are an equal opportunity and affirmative "
               "action employer. Experience with Excel is not required to apply.\n")
    asks = _asks(posting)
    assert {"EEO-1", "Affirmative Action Plans"} <= asks
    assert "Microsoft Excel" not in asks  # the notice paragraph still asks nothing


def test_team_and_territory_work_is_read() -> None:
    posting = ("Warehouse Lead\nDuties\n- Lead a team of 10 and coach team members on safety\n"
               "- Update room status for the linen run\n- Grow a territory of 40 accounts\n"
               "- Serve people experiencing homelessness\n")
    asks = _asks(posting)
    assert {"Team Leadership", "Coaching", "Room Status", "Territory Management",
            "Homeless Services"} <= asks


def test_a_position_purpose_tells_the_job() -> None:
    # Read as the posting's preamble, the plan list (medical, dental, 401(k)) made the
    # paragraph look like the employer's benefits.
    posting = ("Benefits Analyst\nReports to: Director, Total Rewards\n\n"
               "Position Purpose: Administers the company's health and welfare benefit plans, "
               "including medical, dental, vision and 401(k), for 900 employees.\n\n"
               "Qualifications:\n- Two years of benefits experience\n")
    assert "Benefits Administration" in _asks(posting)


def test_our_purpose_stays_company_talk() -> None:
    posting = ("Payroll Specialist\nOur Purpose\nWe build Paycom integrations for "
               "hospitals.\nQualifications:\n- Two years of payroll experience\n")
    assert "Paycom" not in _asks(posting)


def test_everyday_asks_said_in_so_many_words() -> None:
    posting = ("Recovery Support Worker\nRequirements\n- Basic computer skills for notes\n"
               "- Clear phone skills\n- Plan family nights with the school\n")
    asks = _asks(posting)
    assert {"Computer Literacy", "Telephone Etiquette", "Parent Communication"} <= asks


def test_medicare_and_medicaid_are_two_programs() -> None:
    # A front desk that billed Medicaid plans has not shown Medicare: the report keeps
    # Medicare missing instead of reading both programs as one skill.
    from tailor_app.tailoring.compose.tailor import tailor

    posting = ("Front Desk Coordinator\nRequirements\n- Working knowledge of commercial "
               "insurance, Medicare and Medicaid\n")
    resume = ("Alma Ruiz\n\nEXPERIENCE\nPatient Services Representative | Lakeview "
              "Pediatrics | 2023 – Present\n- Request referral authorizations from Medicaid "
              "managed care plans\n")
    result = tailor(resume, posting)
    matched = {m.name for m in result.match_before.matched}
    assert "Medicaid" in matched
    assert "Medicare" in result.match_before.missing_required
