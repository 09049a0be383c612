"""Fields that had no curated vocabulary of their own (social services, driving) read
like the others: the posting's everyday asks are reported by their names, and a resume
that shows them in the field's usual words is not told they are missing."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume

SOCIAL_POSTING = """\
Behavioral Health Case Manager
Requirements
- Two years of case management with adults who have serious mental illness
- Use motivational interviewing and harm reduction with every client
- Complete psychosocial assessments and write treatment plans with each client
- Keep progress notes current in the EHR
- Work to the Housing First model; knowledge of ASAM criteria is a plus
- LSW or LCSW preferred
"""

SOCIAL_RESUME = """\
Dana Whitecloud
dana.w@example.org

Experience
Outreach Case Manager  May 2021 – Present
Riverside Community Services, Bemidji, MN
- Carried a caseload of 22 adults with serious and persistent mental illness
- Used motivational interviewing to help clients set recovery goals
- Completed biopsychosocial assessments and individual treatment plans
- Wrote case notes within 24 hours of every visit

Licenses
Licensed Social Worker (LSW), Minnesota
"""

DRIVER_POSTING = """\
Regional CDL-A Driver
Requirements
- Valid Class A CDL and a current DOT medical card
- Drop and hook and live unloading at grocery warehouses
- Load securement on every trip; PeopleNet experience preferred
"""

DRIVER_RESUME = """\
Luis Ortega
luis.ortega@example.com

Experience
Company Driver  2019 – Present
Midwest Grocers Transport, Fort Wayne, IN
- Ran drop and hook loads to 40 stores a week
- Live unloads at customer docks; chained and tarped flatbed loads (cargo securement)

Licenses
CDL Class A; DOT medical certificate, current
"""


def _asked(posting: str) -> set[str]:
    return {s.name for s in analyse_posting(posting).skills}


def test_a_social_services_posting_names_its_methods_and_licences() -> None:
    asked = _asked(SOCIAL_POSTING)
    for name in ("Motivational Interviewing", "Harm Reduction", "Psychosocial Assessment",
                 "Treatment Planning", "Progress Notes", "Housing First", "ASAM Criteria",
                 "Serious Mental Illness", "LSW", "LCSW"):
        assert name in asked, (name, sorted(asked))
    # "motivational" alone is no soft skill, "interviewing" no hiring skill here.
    assert "Interviewing" not in asked and "Motivating Others" not in asked


def test_a_case_manager_shows_them_in_the_fields_own_words() -> None:
    report = match_resume(parse_resume(SOCIAL_RESUME), analyse_posting(SOCIAL_POSTING))
    missing = set(report.missing_required) | set(report.missing_preferred)
    for name in ("Motivational Interviewing", "Treatment Planning", "Progress Notes",
                 "Psychosocial Assessment", "Serious Mental Illness", "LSW"):
        assert name not in missing, (name, sorted(missing))
    # What the resume never says stays missing ("LSW or LCSW" is a choice the LSW meets).
    assert {"Harm Reduction", "Housing First", "ASAM Criteria"} <= missing
    assert "LCSW" not in missing


def test_a_driving_posting_names_its_endorsements_and_methods() -> None:
    asked = _asked(DRIVER_POSTING)
    for name in ("DOT Medical Card", "Drop and Hook", "Live Unloading", "Load Securement",
                 "PeopleNet"):
        assert name in asked, (name, sorted(asked))
    report = match_resume(parse_resume(DRIVER_RESUME), analyse_posting(DRIVER_POSTING))
    missing = set(report.missing_required) | set(report.missing_preferred)
    assert {"DOT Medical Card", "Drop and Hook", "Live Unloading", "Load Securement"} \
        .isdisjoint(missing), sorted(missing)
    assert "PeopleNet" in missing


THERAPY_POSTING = """\
Physical Therapist Assistant - Outpatient Orthopedics
Responsibilities
- Carry out gait training, balance training and neuromuscular re-education
- Apply modalities such as e-stim and therapeutic ultrasound
- Teach home exercise programs; document daily notes in WebPT
- Follow the 8-minute rule for timed codes
Requirements
- PTA license in good standing; kinesio taping is a plus
"""

THERAPY_RESUME = """\
Ana Ruiz, PTA
ana.ruiz@example.com

Experience
Physical Therapist Assistant  2022 – Present
Summit Orthopedic Rehab, Boise, ID
- Gait training and balance training after knee and hip replacements
- Applied e-stim and ultrasound therapy; wrote daily notes in WebPT
- Gave every patient a written HEP before discharge
- Billed by timed-code rules
"""


def test_a_therapy_posting_names_its_treatments_and_rules() -> None:
    asked = _asked(THERAPY_POSTING)
    for name in ("Gait Training", "Balance Training", "Neuromuscular Re-education",
                 "Electrical Stimulation", "Therapeutic Ultrasound", "Home Exercise Programs",
                 "Daily Notes", "WebPT", "8-Minute Rule", "Kinesio Taping"):
        assert name in asked, (name, sorted(asked))
    # A therapist's "modalities" are no IT or teaching term, and rehab is no nursing ask.
    assert "Rehabilitation Nursing" not in asked


def test_a_therapy_assistant_shows_them_in_the_fields_own_words() -> None:
    report = match_resume(parse_resume(THERAPY_RESUME), analyse_posting(THERAPY_POSTING))
    missing = set(report.missing_required) | set(report.missing_preferred)
    for name in ("Gait Training", "Balance Training", "Electrical Stimulation",
                 "Therapeutic Ultrasound", "Home Exercise Programs", "Daily Notes",
                 "8-Minute Rule"):
        assert name not in missing, (name, sorted(missing))
    assert {"Neuromuscular Re-education", "Kinesio Taping"} <= missing


CARE_POSTING = """\
Caregiver / Home Health Aide
Duties
- Help clients with bathing, toileting and incontinence care
- Assist with transfers using a gait belt or mechanical lift; turn and reposition bed-bound clients
- Record intake and output, give medication reminders and do light housekeeping
Requirements
- Experience with pressure injury prevention and special diets
"""

CARE_RESUME = """\
Rosa Delgado
rosa.delgado@example.com

Experience
Personal Care Aide  2021 – Present
Comfort Keepers, Tucson, AZ
- Bathing, toileting and incontinence care for five clients a week
- Transfer clients with a gait belt and a sit-to-stand lift
- Turn and reposition bed-bound clients every two hours
- Keep intake and output records and do light housekeeping
"""


def test_a_care_posting_names_the_daily_tasks_of_the_work() -> None:
    asked = _asked(CARE_POSTING)
    for name in ("Bathing Assistance", "Toileting Assistance", "Incontinence Care", "Gait Belt",
                 "Transfer Assistance", "Repositioning", "Intake and Output",
                 "Medication Reminders", "Light Housekeeping", "Pressure Injury Prevention",
                 "Special Diets"):
        assert name in asked, (name, sorted(asked))


def test_a_care_aide_shows_them_in_the_fields_own_words() -> None:
    report = match_resume(parse_resume(CARE_RESUME), analyse_posting(CARE_POSTING))
    missing = set(report.missing_required) | set(report.missing_preferred)
    for name in ("Bathing Assistance", "Toileting Assistance", "Incontinence Care", "Gait Belt",
                 "Transfer Assistance", "Repositioning", "Intake and Output", "Light Housekeeping",
                 # Turned on a schedule: the care that prevents pressure injuries (names24;
                 # skills/care_deeds.py's reading since Dec 6, now with "turn and reposition").
                 "Pressure Injury Prevention"):
        assert name not in missing, (name, sorted(missing))
    assert {"Medication Reminders", "Special Diets"} <= missing


@pytest.mark.parametrize(("posting", "names"), [
    ("Bank Teller\nRequirements\n- Balance cash drawers daily and process wire transfers\n"
     "- Know Regulation E and file currency transaction reports\n- NMLS registration a plus",
     {"Cash Drawer Balancing", "Wire Transfers", "Regulation E",
      "Currency Transaction Reports", "NMLS License"}),
    ("Insurance Agent\nRequirements\n- Property and casualty license and life and health "
     "license\n- Quote policies in Applied Epic and handle policy renewals",
     {"Property and Casualty License", "Life and Health License", "Insurance Quoting",
      "Applied Epic", "Policy renewals"}),
    ("Development Coordinator\nResponsibilities\n- Support major gifts and the annual fund\n"
     "- Gift processing and donor acknowledgments in Raiser's Edge\n"
     "- Volunteer management for our spring gala",
     {"Major Gifts", "Annual Fund", "Gift Processing", "Raiser's Edge",
      "Volunteer Management"}),
    ("Custodian\nDuties\n- Strip and wax floors and run the auto scrubber\n"
     "- Carpet extraction and restroom cleaning\n- Snow removal in winter",
     {"Floor Stripping and Waxing", "Auto Scrubber", "Carpet Extraction", "Restroom Cleaning",
      "Snow Removal"}),
    ("Security Officer\nRequirements\n- Valid guard card\n- Conduct foot patrols, enforce "
     "access control and write incident reports\n- Follow post orders; fire watch as needed",
     {"Guard Card", "Foot patrols", "Access Control", "Incident Reports", "Post Orders",
      "Fire Watch"}),
    ("Leasing Consultant\nRequirements\n- Real estate license preferred\n- Lead property "
     "tours, process rental applications and follow fair housing laws\n"
     "- Handle lease renewals and move-out inspections in Entrata",
     {"Real Estate License", "Property Showings", "Rental applications", "Fair Housing",
      "Lease Renewals", "Move-in and Move-out Inspections"}),
    ("Veterinary Technician\nRequirements\n- CVT or LVT credential\n- Animal handling and "
     "restraint, anesthesia monitoring and dental cleanings\n- Records in AVImark; Fear Free "
     "certification a plus",
     {"Veterinary Technician Credential", "Animal Handling", "Anesthesia Monitoring",
      "Dental Prophylaxis", "AVImark", "Fear Free Certification"}),
    ("Customer Care Representative\nResponsibilities\n- Answer billing inquiries and set up "
     "payment arrangements\n- Process service orders and refunds; verify caller identity\n"
     "- Meet schedule adherence and quality monitoring goals in NICE CXone",
     {"Billing Inquiries", "Payment Arrangements", "Service Orders", "Refund Processing",
      "Schedule Adherence", "Quality Monitoring"}),
    ("Production Associate\nDuties\n- Run the packaging line and do machine setup and "
     "changeovers\n- Record production counts and do in-process inspections with calipers\n"
     "- Material handling and line sanitation",
     {"Packaging line", "Machine Setup", "Line Changeovers", "Production Counts",
      "In-process Quality Checks", "Material Handling", "Sanitation of Production Lines"}),
    ("Line Cook\nWhat you'll do\n- Work the grill station and fry station on busy nights\n"
     "- Follow prep lists, food labeling and dating, and plate presentation standards\n"
     "- Help with bussing tables and the dish machine when needed",
     {"Grill Station", "Fryer Station", "Prep Lists", "Food Labeling and Dating",
      "Food Plating", "Bussing Tables", "Dish Machine"}),
    ("Medical Laboratory Technician\nResponsibilities\n- Run coagulation studies and "
     "urinalysis on the Sysmex and cobas analyzers\n- Perform ABO typing, antibody screens "
     "and crossmatches in the blood bank\n- Apply Westgard rules to daily QC and call "
     "critical values\n- Take part in proficiency testing under CLIA",
     {"Coagulation Testing", "Urinalysis", "Sysmex", "Roche cobas", "ABO/Rh Typing",
      "Antibody Screening", "Crossmatching", "Immunohematology", "Westgard Rules",
      "Critical Value Reporting", "Proficiency Testing", "CLIA"}),
    ("Labor and Delivery RN\nResponsibilities\n- Continuous electronic fetal monitoring and "
     "interpretation of fetal heart rate tracings\n- Circulate for cesarean births and respond "
     "to obstetric emergencies\n- Teach breastfeeding and do newborn assessments",
     {"Electronic Fetal Monitoring", "Cesarean Section", "Obstetric Emergencies",
      "Breastfeeding teaching", "Newborn assessment"}),
    ("Maintenance Mechanic\nResponsibilities\n- Troubleshoot conveyors, gearboxes and "
     "pneumatic cylinders on the packaging lines", {"Troubleshooting"}),
    ("Acquisitions Analyst\nResponsibilities\n- Underwrite new acquisitions: rent rolls, "
     "operating expenses and cap rates", {"Underwriting", "Rent rolls", "Cap rates"}),
    ("Math Teacher\nRequirements\n- Teach Algebra I and pre-algebra\n- English Learner "
     "Authorization (CLAD or equivalent)\n- Communicate with families every week",
     {"Algebra", "English Learner Authorization", "Parent Communication"}),
])
def test_every_field_has_its_everyday_asks(posting: str, names: set[str]) -> None:
    """A narrower kind the posting names is reported by its own name ("Foot patrols",
    "Policy renewals"): a resume showing it shows the broader skill too."""
    asked = _asked(posting)
    assert names <= asked, sorted(names - asked)


@pytest.mark.parametrize(("posting", "not_asked"), [
    # A developer "showing initiative" is no property showing.
    ("Software Engineer\nRequirements\n- Proactivity and showing initiative on teams\n"
     "- Python and SQL", "Property Showings"),
    # A nurse answers telemetry alarms, not a security post.
    ("Registered Nurse\nResponsibilities\n- Interpret telemetry rhythms and respond to alarms",
     "Security Alarm Response"),
    # Credit memos in accounts receivable are no credit analysis.
    ("AR Specialist\nResponsibilities\n- Issue credit memos and apply cash in NetSuite",
     "Credit Analysis"),
    # A buyer expediting purchase orders works no kitchen line.
    ("Purchasing Assistant\nResponsibilities\n- Expediting purchase orders with suppliers",
     "Food Expediting"),
    # A nurse who draws labs and reads their results runs no laboratory tests.
    ("Registered Nurse\nResponsibilities\n- Draw labs and review lab results with the "
     "physician", "Clinical Laboratory Testing"),
    # Dental radiographs are no veterinary work.
    ("Dental Assistant\nResponsibilities\n- Expose and process digital radiographs",
     "Veterinary Radiography"),
    # An analyst underwriting property acquisitions underwrites no insurance policy.
    ("Acquisitions Analyst\nResponsibilities\n- Underwrite new acquisitions: rent rolls, "
     "operating expenses and cap rates", "Insurance Underwriting"),
])
def test_a_fields_words_do_not_fire_in_another_field(posting: str, not_asked: str) -> None:
    assert not_asked not in _asked(posting)


def test_lending_of_any_kind_shows_lending_and_is_not_commercial() -> None:
    posting = ("Loan Officer\nRequirements\n- Two years of lending experience at a bank "
               "or credit union\n- Consumer loans; NMLS registration a plus\n")
    assert "Commercial Lending" not in _asked(posting)
    resume = ("Jo Park\njo.park@example.com\n\nExperience\nMember Service Rep  2021 – Present\n"
              "Harbor Credit Union, Tacoma, WA\n- Originated consumer loans and auto loans\n")
    report = match_resume(parse_resume(resume), analyse_posting(posting))
    assert "Lending" in {m.name for m in report.matched}


def test_a_kind_of_troubleshooting_shows_troubleshooting() -> None:
    """"Troubleshoot the line" asks for troubleshooting; a resume that names the kind it
    did (electrical troubleshooting) shows it, and one that never does is told."""
    posting = analyse_posting("Maintenance Technician\nRequirements\n- Troubleshoot and "
                              "repair packaging equipment\n- Read electrical schematics\n")
    head = "Pat Lee\n\nExperience\nMaintenance Tech  2019 – Present\n"
    shows = parse_resume(head + "- Electrical troubleshooting on filler and capper lines\n")
    silent = parse_resume(head + "- Installed guarding on filler and capper lines\n")
    assert "Troubleshooting" in {m.name for m in match_resume(shows, posting).matched}
    assert "Troubleshooting" in match_resume(silent, posting).missing_required


def test_a_bookkeeper_shows_forms_billing_and_entries_in_her_own_words() -> None:
    posting = analyse_posting("Bookkeeper\nRequirements\n- Prepare 1099-NEC forms in January\n"
                              "- Invoicing and journal entries\n")
    resume = parse_resume("Ann Poe\n\nExperience\nBookkeeper  2019 – Present\n"
                          "- Issue contractors their 1099s every January\n"
                          "- Sent progress billings to homeowners\n"
                          "- Record accrued expenses at year end\n")
    report = match_resume(resume, posting)
    assert {"1099 Reporting", "Invoicing", "Journal Entries"} <= {m.name for m in report.matched}
    assert not report.missing_required


ROUTE_POSTING = """\
Beverage Route Driver
Requirements
- Class B CDL required; a Class C CDL holder may apply for our van routes
- Run a fixed route of grocery stops, check the load against the route manifest
- Collect payments and record every stop on a handheld device
- Tanker endorsement and a TWIC card are a plus
"""

ROUTE_RESUME = """\
Ana Ruiz
ana.ruiz@example.com

Experience
Route Driver  2020 – Present
Lakeshore Dairy, Erie, PA
- Delivered a daily route of 14 stores from a refrigerated box truck
- Checked each pallet against the route sheet; collected cash at every COD stop
- Logged deliveries on a handheld

Licenses
CDL-A with tanker endorsement
"""


def test_a_cdl_class_and_each_endorsement_is_its_own_ask() -> None:
    asked = _asked(ROUTE_POSTING)
    for name in ("Class B CDL", "Class C CDL", "Route Delivery", "Manifests",
                 "Payment Collection", "Handheld Devices", "Tanker Endorsement", "TWIC Card"):
        assert name in asked, (name, sorted(asked))
    report = match_resume(parse_resume(ROUTE_RESUME), analyse_posting(ROUTE_POSTING))
    missing = set(report.missing_required) | set(report.missing_preferred)
    # A Class A licence covers what Class B does; a Class C is no Class A's lower class
    # by our rule (Class B's broader skill is the CDL), so it stays to be shown.
    for name in ("Class B CDL", "Route Delivery", "Manifests", "Payment Collection",
                 "Handheld Devices", "Tanker Endorsement"):
        assert name not in missing, (name, sorted(missing))
    assert "TWIC Card" in missing


def test_a_diesel_shop_posting_names_the_systems_of_a_truck() -> None:
    asked = _asked("Diesel Technician\nWhat you'll do\n- Repair air brake systems and "
                   "adjust slack adjusters\n- Troubleshoot aftertreatment systems and do "
                   "DOT annual inspections\n- Diagnose CAN bus faults with a lab scope\n"
                   "- ASE Master Technician status is a plus\n")
    for name in ("Air Brake Systems", "Slack Adjusters", "Diesel Aftertreatment",
                 "DOT Annual Inspections", "CAN Bus", "Lab Scopes", "ASE Master Technician"):
        assert name in asked, (name, sorted(asked))


def test_a_systems_administrator_posting_names_the_daily_work_and_public_rules() -> None:
    asked = _asked("Systems Administrator\nWhat you'll do\n- Reset passwords and unlock "
                   "accounts for 300 staff\n- Enforce conditional access and check that "
                   "backups complete every night\n- Keep our systems within the CJIS Security "
                   "Policy\n- The Microsoft Azure Administrator Associate is a plus\n")
    for name in ("Password Resets", "Conditional Access", "Backups", "CJIS",
                 "Azure Administrator Associate"):
        assert name in asked, (name, sorted(asked))
    assert "Microsoft Azure" not in asked, sorted(asked)


def test_a_backup_colleague_is_no_backups() -> None:
    asked = _asked("Receptionist\nDuties\n- Greet visitors and act as backup for the "
                   "office manager\n- Provide backup coverage at lunch\n")
    assert "Backups" not in asked, sorted(asked)


@pytest.mark.parametrize(("posting", "names"), [
    ("Foster Care Caseworker\nWhat you'll do\n- Assess child safety on every home visit and "
     "refer families to parenting classes\n- Write court reports and testify at permanency "
     "hearings\n- Experience with foster care licensing or adoption services is a plus",
     {"Child Safety Assessment", "Resource Referral", "Court Testimony",
      "Foster Care Licensing", "Adoption Services"}),
    ("Payroll Specialist\nResponsibilities\n- Process wage garnishments and child support "
     "withholding orders\n- Payroll reconciliation to the general ledger each period\n"
     "- Piece-rate payroll for our harvest crews",
     {"Wage Garnishments", "Payroll Reconciliation", "Piece-Rate Payroll"}),
    ("Staff Pharmacist\nResponsibilities\n- Fill blister packs for two group homes\n"
     "- Compound non-sterile preparations following USP <795>",
     {"Blister Packaging", "USP 795"}),
    ("Facilities Project Manager\nResponsibilities\n- Track submittals and monthly cost "
     "reports\n- Plan utility shutdowns with the hospital's engineers\n- Collect O&M manuals "
     "at closeout",
     {"Submittals", "Cost Reports", "Utility Shutdowns", "O&M Manuals"}),
    ("Hospital Security Officer\nResponsibilities\n- Respond to Code Gray and Code Silver "
     "calls\n- Write incident reports in Report Exec",
     {"Emergency Codes", "Report Exec"}),
    ("School Counselor\nResponsibilities\n- Screen students with the Columbia Protocol and "
     "complete threat assessments\n- Lead Tier 2 interventions and college and career "
     "readiness lessons",
     {"C-SSRS", "Threat Assessment", "Tier 2 Interventions", "College and Career Counseling"}),
])
def test_a_fields_documents_and_steps_are_asked(posting: str, names: set[str]) -> None:
    asked = _asked(posting)
    assert names <= asked, sorted(names - asked)


@pytest.mark.parametrize(("posting", "not_asked"), [
    ("Customer Success Manager\nResponsibilities\n- Present QBRs showing usage and value\n"
     "- Drive product adoption across accounts", {"Property Showings", "Adoption Services"}),
    ("Recruiter\nResponsibilities\n- Run our employee referral program", {"Resource Referral"}),
])
def test_those_words_in_another_fields_sense_ask_nothing(posting: str,
                                                         not_asked: set[str]) -> None:
    assert not (not_asked & _asked(posting)), sorted(_asked(posting))


def test_a_lean_method_named_with_its_event_is_the_method() -> None:
    asked = _asked("Process Engineer\nResponsibilities\n- Facilitate kaizen events and gemba "
                   "walks on every line\n")
    assert {"Kaizen", "Gemba"} <= asked, sorted(asked)
    assert "Kaizen events" not in asked, sorted(asked)
