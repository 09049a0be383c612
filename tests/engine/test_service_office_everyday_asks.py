"""The service and office fields' everyday asks in the words postings use for them
(Dec 6, recall16): a seller's discovery, forecast and accounts, an assistant's
discretion and executives, a contact centre's phone system and channels, California's
leave and safety law, teaching licences named by their band, guests' concerns.

Each test is on text written for it, not a batch's posting.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(duty: str) -> set[str]:
    text = f"Coordinator\n\nResponsibilities\n- {duty}\n"
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("duty", "skill"), [
    ("Run discovery with finance leaders before every proposal", "Discovery calls"),
    ("Conduct discovery meetings with plant managers", "Discovery calls"),
    ("Forecast accurately in HubSpot every Friday", "Forecasting"),
    ("Keep each opportunity current and forecast your pipeline weekly", "Sales Forecasting"),
    ("Grow your existing customer accounts in the Denver metro", "Account Management"),
    ("Prospect through LinkedIn outreach and referrals", "Social Selling"),
    ("Handle personnel files with utmost discretion", "Confidentiality"),
    ("Support the CEO and two vice presidents", "Executive Support"),
    ("Four years supporting senior executives in a law firm", "Executive Support"),
    ("Own the CEO's calendar and protect focus time", "Calendar Management"),
    ("Prepare agendas for the weekly staff meeting", "Meeting Coordination"),
    ("Keep the board portal current before each meeting", "Board portal software"),
    ("Take calls through our ACD and IVR", "Automatic call distribution"),
    ("Take calls through our ACD and IVR", "Interactive voice response"),
    ("Respond to customer emails within four hours", "Email support"),
    ("Answer secure web chats from policyholders", "Live chat"),
    ("Recruit hourly employees for the second shift", "Recruiting"),
    ("Keep the plant compliant with Cal/OSHA requirements", "Cal/OSHA"),
    ("Administer Pregnancy Disability Leave and CFRA requests", "Pregnancy Disability Leave"),
    ("Resolve guest concerns at the front desk", "Complaint Resolution"),
    ("Plan and deliver daily lessons in Algebra I", "Lesson Planning"),
    ("Manage your territory of 35 clinics across eastern Oregon", "Territory Management"),
    ("Desk deals with the sales manager on a busy Saturday", "Desking"),
    ("Participate in weekly PLC meetings", "Professional learning communities"),
    ("Take card payments in a PCI-compliant way", "PCI DSS"),
    ("Verify the caller's identity before any change", "Identity Verification"),
    ("Warm transfer callers to the billing team", "Call transfers"),
    ("Create job descriptions with hiring managers", "Job Description Writing"),
    ("Deliver harassment prevention training to supervisors", "Harassment prevention training"),
    ("Know USERRA, NLRA and ADEA obligations", "USERRA"),
    ("Conduct stay interviews with new hires", "Stay interviews"),
    ("Prepare the daily deposit after close", "Bank deposits"),
    ("Answer calls from policyholders and agents about claims status and coverage",
     "Claims inquiries"),
    ("Book NEMT rides for members with dialysis appointments",
     "Non-emergency medical transportation"),
    ("Balance your cash drawer at the end of each shift", "Cash Drawer Balancing"),
    ("Print the end-of-day reports after the audit", "End-of-day reports"),
    ("Walk the building on security rounds and log incidents", "Security Patrols"),
    ("Walk the building on security rounds and document incidents", "Incident Reports"),
    ("Set up the breakfast area before 6 AM", "Breakfast setup"),
    ("Basic accounting knowledge and a head for numbers", "Accounting knowledge"),
    ("Experience with M3 or another hotel accounting platform", "M3 Accounting"),
    ("Teach phonics to small groups of students each morning", "Small group instruction"),
    ("Supervise paraprofessionals assigned to your caseload", "Paraprofessional supervision"),
    ("Meet every IEP timeline and state reporting date", "Special education compliance"),
    ("Post client payments to trust accounts and reconcile IOLTA monthly",
     "Trust accounting"),
    ("Keep the document retention schedule for closed files", "Records Management"),
    ("Handle order lookups and issue replacements for damaged items", "Order Status Inquiries"),
    ("Look up orders and issue replacements for damaged items", "Replacement orders"),
    ("Keep first response time under two hours", "First response time"),
    ("Post requisitions in our applicant tracking system", "Posting job openings"),
    ("Return phone ups and internet leads within the hour", "Phone ups"),
    ("Plan developmentally appropriate activities for toddlers",
     "Developmentally appropriate practice"),
    ("Supervise children on the playground and at nap time", "Child supervision"),
])
def test_an_everyday_ask_is_read(duty: str, skill: str) -> None:
    assert skill in _asked(duty)


def test_a_licence_named_by_its_band_is_a_teaching_licence() -> None:
    text = ("Grade 7 Science Teacher\n\nRequirements\n"
            "- A Multiple Subject credential or an Adolescence to Young Adult license\n"
            "- Completed edTPA\n")
    analysis = analyse_posting(text)
    assert "Teaching License" in {s.name for s in analysis.skills}
    assert "edTPA" in analysis.certifications


def test_a_phr_ca_is_its_own_credential_under_the_phr() -> None:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    skill = vocabulary.lookup("PHR-CA")
    assert skill is not None and skill.name == "PHR-CA"
    assert vocabulary.lookup("PHR") is not skill


def test_a_deposit_is_never_a_deposition() -> None:
    assert "Depositions" not in _asked("Prepare the daily deposit after close")


@pytest.mark.parametrize("line", [
    "Our meteorologists forecast accurately for farmers across the state",
    "The board of directors meets four times a year",
    "We recruit from the best hospitality schools in the country",
    "Our accounting team closes the books by the fifth business day",
    "Send weekly progress reports to the owner's representative",
])
def test_words_near_an_ask_ask_nothing(line: str) -> None:
    names = {s.name for s in analyse_posting(f"Analyst\n\n{line}.\n").skills}
    assert not names & {"Sales Forecasting", "Board portal software", "Recruiting",
                        "Accounting knowledge", "IEP progress reports"}


def test_cdk_at_a_dealership_is_its_system_not_aws() -> None:
    names = _asked("Desk deals in CDK and follow up on every showroom visit")
    assert "CDK Global" in names and "AWS CDK" not in names
    names = _asked("Deploy our AWS stacks with the CDK and TypeScript")
    assert "AWS CDK" in names


def test_a_plant_s_plc_work_beside_meetings_stays_plc_programming() -> None:
    names = _asked("Troubleshoot PLCs and attend daily maintenance meetings")
    assert "PLC Programming" in names


def test_what_callers_ask_about_is_the_job_s_subject_not_more_people() -> None:
    names = _asked("Take calls from patients and pharmacies about prior authorizations")
    assert "Prior Authorization" in names


def test_first_aid_for_children_asks_no_pediatrics() -> None:
    names = _asked("Keep current pediatric first aid and CPR")
    assert {"First Aid Certification", "CPR Certification"} <= names
    assert "Pediatrics" not in names


def _found(line: str) -> set[str]:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    return {hit.skill.name for hit in load_vocabulary().find(line)}


@pytest.mark.parametrize(("line", "skill"), [
    # review16 on recall16: other fields' words are none of these service skills.
    ("Conduct discovery, draft interrogatories and requests for production", "Discovery calls"),
    ("Performed seismic analysis of steel moment frames", "Seismic Enablement"),
    ("Keep the PDL current for the pharmacy's formulary", "Pregnancy Disability Leave"),
    ("Installed FRT plywood sheathing on the roof deck", "First response time"),
    ("Stacked 8x8 timbers for the retaining wall", "8x8 Contact Center"),
    ("Track compliance timelines for the loan files", "Special education compliance"),
    ("Disabled existing accounts in Active Directory", "Account Management"),
    ("Worked 300 assigned accounts to collect past-due balances", "Account Management"),
    ("Look up orders in the pharmacy system and fill prescriptions", "Order Status Inquiries"),
    ("Log incidents in ServiceNow and track them to resolution", "Incident Reports"),
    ("Performed perimeter checks of the network firewall rules", "Security Patrols"),
    ("Make deposits of cement slurry in wells", "Bank deposits"),
    ("Phone up suppliers to chase late deliveries", "Phone ups"),
])
def test_another_field_s_words_are_no_service_ask(line: str, skill: str) -> None:
    assert skill not in _found(line)
