"""Postings of fields whose blind recall did not move (healthcare, nursing, legal,
customer service, sales, marketing) ask for their everyday work in their own words: a
respiratory therapist's BiPAP and arterial blood gases, an ICU nurse's hemodynamics, an
attorney's admission to a state's bar, a contact centre's workforce management, a device
rep's vendor credentialing, a showroom's financing. Each is read as an ask, and the same
words in a resume show it. Every text here was written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _found(text: str) -> set[str]:
    return {h.skill.name for h in load_vocabulary().find(text)}


RESPIRATORY = """\
Respiratory Therapist
Duties
- Set up and manage BiPAP and CPAP for patients in the step-down unit
- Draw and run arterial blood gas samples
Requirements
- RRT credential and two years of hospital experience
"""


def test_respiratory_care_in_its_own_words() -> None:
    asks = _asks(RESPIRATORY)
    assert {"BiPAP", "CPAP", "Blood Gas Analysis"} <= asks


def test_icu_and_coding_words_are_skills() -> None:
    assert "Hemodynamic Monitoring" in _found("monitored hemodynamics on a cardiac ICU")
    assert "Professional Fee Coding" in _found("four years of professional fee coding")
    assert "Claims Data Analysis" in _found("built reports from medical claims data")


ATTORNEY = """\
Associate Attorney
What we need
A law degree and admission to the Oregon bar; three years of civil litigation.
"""


def test_a_state_bar_is_the_bar_admission() -> None:
    assert "Bar Admission" in _asks(ATTORNEY)
    assert "Bar Admission" in _found("Member of the New Mexico Bar since 2019")


def test_a_bar_to_drink_in_is_no_admission() -> None:
    assert "Bar Admission" not in _found("Bartender at a busy Texas bar and grill")


def test_powers_of_attorney_are_documents_not_people() -> None:
    text = ("Estate Planning Legal Assistant\nDuties\n"
            "- Prepare wills, trusts and powers of attorney for attorney review\n")
    assert "Powers of attorney" in _asks(text)


CONTACT_CENTER = """\
Contact Center Supervisor
Your shift
- Run the floor for phone and live chat queues
- Coach agents against quality scorecards and work with workforce management on staffing
- Manage BPO vendors across two sites
- Help agents resolve billing questions
"""


def test_a_contact_centre_floor_in_its_own_words() -> None:
    asks = _asks(CONTACT_CENTER)
    assert {"Workforce Management", "Quality Monitoring", "BPO Management",
            "Billing Inquiries"} <= asks
    assert "Live chat" in asks


DEVICE_REP = """\
Associate Sales Representative, Spine
Requirements
- Provide case coverage and manage consigned inventory and loaner sets
- Maintain vendor credentialing in Vendormate or Reptrax
"""


def test_device_selling_in_its_own_words() -> None:
    asks = _asks(DEVICE_REP)
    assert {"Surgical Case Coverage", "Consignment Inventory", "Loaner Sets",
            "Vendor Credentialing", "Vendormate", "Reptrax"} <= asks


SHOWROOM = """\
Mattress Sales Consultant
Duties
- Qualify prospects on the floor and run demos of our adjustable bases
- Offer financing and protection plans on every ticket
- Grow your key accounts with local hotels
"""


def test_showroom_selling_in_its_own_words() -> None:
    asks = _asks(SHOWROOM)
    assert {"Lead Qualification", "Sales Presentations", "Consumer Financing",
            "Extended Warranty Sales", "Account Management"} <= asks


PRODUCT_MARKETER = """\
Product Marketing Manager
Requirements
- Build battlecards and launch plans with the product team
- Own pricing and packaging research
- Set up lead routing and lead capture for trade show booth staffing
- Grow our brand social accounts
"""


def test_product_marketing_in_its_own_words() -> None:
    asks = _asks(PRODUCT_MARKETER)
    assert {"Battlecards", "Pricing and Packaging", "Lead Routing", "Lead Capture",
            "Social Media Marketing"} <= asks


def test_dynamics_without_its_module_is_the_suite() -> None:
    assert "Microsoft Dynamics" in _found("reviews the pipeline weekly in Dynamics 365")


BSA_ANALYST = """\
BSA Analyst
Duties
- Work Verafin transaction monitoring alerts and write SAR narratives
- Help prepare for NCUA examinations under the USA PATRIOT Act
"""


def test_a_bsa_desk_in_its_own_words() -> None:
    asks = _asks(BSA_ANALYST)
    assert {"Verafin", "Transaction Monitoring", "Regulatory Examinations",
            "USA PATRIOT Act"} <= asks
    assert "Synthetic aperture radar SAR" not in asks


SCHOOL_NURSE = """\
District Nurse
Duties
- Write individualized health plans and run vision and hearing screenings
- Hold a school nurse services credential
"""


def test_school_nursing_in_its_own_words() -> None:
    asks = _asks(SCHOOL_NURSE)
    assert {"Individualized Healthcare Plans", "Vision and Hearing Screening",
            "School Nurse Credential"} <= asks


def test_sonography_and_pharma_selling_words_are_skills() -> None:
    assert {"Vascular Ultrasound", "Abdominal Ultrasound"} <= _found(
        "performed abdominal ultrasound and vascular ultrasound exams")
    assert "Lunch-and-Learns" in _found("ran lunch-and-learns for cardiology offices")
    assert "Veeva CRM" in _found("logged every call in Veeva CRM")
    assert "Contract Review" in _found("review contracts with the general counsel")


INSIDE_SALES = """\
Inside Sales Representative
Duties
- Qualify leads from the website and close sales over the phone
- Skip trace customers whose numbers no longer work
"""


def test_leads_after_a_verb_are_prospects_not_people() -> None:
    asks = _asks(INSIDE_SALES)
    assert {"Lead Qualification", "Deal Closing", "Skip Tracing"} <= asks


def test_team_leads_are_still_people() -> None:
    asks = _asks("Shift Manager\nDuties\n- Coach team leads and cashiers at closing\n")
    assert not any("lead" in name.lower() for name in asks)
