"""Asks a posting makes that the engine did not read (Dec 5, recall4): a duty line with a
word that merely opens with "is" ("report maintenance issues") read as the employer's
story, a sales duty's "qualify inbound leads" read as team leads. Every text here was
written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_word_opening_with_is_makes_no_company_story() -> None:
    text = ("Night Auditor\nBayside Inn & Suites\n\n"
            "- Resolve guest complaints and report maintenance issues\n"
            "- Run the night audit\n")
    assert "Complaint Resolution" in _asks(text)


def test_a_named_employer_that_is_something_is_still_its_story() -> None:
    text = ("Line Cook\n\nHarbor Grill is a busy kitchen known for its catering.\n"
            "Requirements\n- Two years on a grill station\n")
    assert "Catering" not in _asks(text)


def test_leads_after_a_describing_word_are_prospects() -> None:
    text = ("Inside Sales Representative\nWhat you'll do\n"
            "- Qualify inbound leads and book demos for the account executives\n")
    assert "Lead Qualification" in _asks(text)


def test_team_leads_are_still_people() -> None:
    text = ("Warehouse Supervisor\nWhat you'll do\n"
            "- Coach the second-shift team leads on cycle counts\n")
    assert not {a for a in _asks(text) if "lead" in a.lower() and "qualif" in a.lower()}


def _found(text: str) -> set[str]:
    return {h.skill.name for h in load_vocabulary().find(text)}


FRONT_DESK = """\
Guest Services Agent
What you'll do
- Verify guest IDs and take payments at check-in
- Enter every booking in the PMS
"""

KITCHEN = """\
Lead Line Cook
Your day
- Run the line on weekends and help the sous chef with sauce work
- Break down proteins for the week
We cook from scratch: no frozen bases.
"""

ELECTRICIAN = """\
Commercial Electrician
What the job needs
- Size conductors and overcurrent protection to the NEC
- Grounding and bonding of new services
"""

CLASSROOM = """\
Fourth Grade Teacher
Duties
- Teach English language arts and math to 26 students
- Take attendance and enter grades in Infinite Campus every day
"""


def test_a_front_desks_everyday_asks_are_read() -> None:
    asks = _asks(FRONT_DESK)
    assert {"Identity Verification", "Payment Processing"} <= asks


def test_a_kitchens_everyday_asks_are_read() -> None:
    asks = _asks(KITCHEN)
    assert {"Line cooking", "Sauce Making", "Butchery"} <= asks


def test_an_electricians_calculations_are_read() -> None:
    asks = _asks(ELECTRICIAN)
    assert {"Conductor Sizing", "Overcurrent Protection", "Grounding and Bonding"} <= asks


def test_a_teachers_records_and_subjects_are_read() -> None:
    asks = _asks(CLASSROOM)
    assert {"English Language Arts", "Attendance Tracking", "Grading Student Work"} <= asks


def test_the_same_work_in_a_resumes_past_tense_shows_it() -> None:
    found = _found("Processed payments and verified guest IDs; ran the line on "
                   "Saturdays; took attendance and entered grades; sized conductors")
    assert {"Payment Processing", "Identity Verification", "Line cooking",
            "Attendance Tracking", "Grading Student Work", "Conductor Sizing"} <= found


def test_other_trades_words_stay_out() -> None:
    # Municipal zoning, a bank's bill pay and a sauce the kitchen sells are no asks of
    # these skills.
    found = _found("Knowledge of city zoning rules; pay bills online; our famous barbecue "
                   "sauce")
    assert not found & {"HVAC Zoning", "Payment Processing", "Sauce Making"}


def test_pay_starting_at_a_figure_names_no_duty() -> None:
    text = ("Security Officer. You'll patrol the grounds. Pay starts at $22.40 an hour "
            "plus a night differential.")
    assert not {a for a in _asks(text) if "ayment" in a}


def test_things_whose_plural_ends_like_an_agents_are_still_the_work() -> None:
    # "doors" is no doer of door installation, as "dishwashers" are of dishwashing.
    text = "Finish Carpenter\nDuties\n- Install windows and doors\n"
    assert {"Window installation", "Door Installation"} <= _asks(text)


def test_agents_named_for_an_activity_are_still_no_ask() -> None:
    text = "Kitchen Manager\nDuties\n- Train the dishwashers on the new machine\n"
    assert "Dishwashing" not in _asks(text)


def test_first_aid_and_cpr_written_with_a_slash_ask_both() -> None:
    text = ("Youth Care Worker\nQualifications\n- First aid/CPR within 30 days\n"
            "- Valid driver's license\n")
    assert {"First Aid Certification", "CPR Certification"} <= _asks(text)


def test_a_bars_and_an_inventory_desks_everyday_asks_are_read() -> None:
    bar = ("Bar Back\nDuties\n- Cut garnishes and restock the wells before open\n"
           "- Run tabs on the handheld and close out checks at last call\n")
    assert {"Garnish Preparation", "Tab Management"} <= _asks(bar)
    desk = ("Inventory Clerk\nDuties\n- Track lot codes for every inbound pallet\n"
            "- Process write-offs and run inventory reports each Friday\n")
    assert {"Lot Tracking", "Inventory Write-Offs", "Inventory Reporting"} <= _asks(desk)


def test_youth_care_and_bi_everyday_asks_are_read() -> None:
    care = ("Residential Counselor\nDuties\n- Keep youth on the level system\n"
            "- Lead social skills groups twice a week\n")
    assert {"Level System", "Social Skills Training"} <= _asks(care)
    bi = ("Reporting Analyst\nDuties\n- Reconcile data between the CRM and the ledger\n"
          "- Train business users on the new dashboards\n")
    assert {"Data Reconciliation", "End-User Training"} <= _asks(bi)


def test_strong_social_skills_are_no_training_ask() -> None:
    text = "Receptionist\nRequirements\n- Strong social skills and a friendly manner\n"
    assert "Social Skills Training" not in _asks(text)


def test_a_figures_comma_does_not_cut_a_list() -> None:
    # "180,000" is one figure: the list of activities before it is still read.
    text = ("Warehouse Lead\nWhat you'll do\n- Lead a crew of 10 associates in receiving, "
            "putaway, picking and shipping at our 180,000 sq ft distribution center.\n")
    assert {"Receiving", "Picking", "Putaway"} <= _asks(text)


def test_a_list_after_a_figure_still_ends_at_its_comma() -> None:
    text = ("Design Engineer\nDuties\n- Contribute to design controls under FDA 21 CFR "
            "820, including DFMEA and verification testing\n")
    assert "Verification testing" in _asks(text)


def test_the_subjects_a_teacher_teaches_are_asks() -> None:
    text = ("Science Teacher\nDuties\n- Teach Chemistry and Honors Chemistry to grades 10-12\n"
            "- Cover geometry and math support in the tutorial period\n")
    assert {"Chemistry", "Geometry", "Mathematics"} <= _asks(text)


def test_a_subjects_everyday_neighbours_stay_out() -> None:
    text = ("Program Analyst\nAbout the role\n- Work in a civic minded team across the US "
            "Government\nRequirements\n- Experience in a life sciences company\n")
    assert not _asks(text) & {"Civics", "Biology"}


def test_an_email_programs_flows_and_list_care_are_read() -> None:
    text = ("Email Marketing Specialist\nDuties\n- Improve the welcome series and cart "
            "abandonment flows in Klaviyo\n- Handle sunsetting and write subject lines\n")
    assert {"Welcome Series", "Abandoned Cart Emails", "Subject Lines",
            "Email Deliverability"} <= _asks(text)


def test_basic_math_is_no_subject_taught() -> None:
    text = "Stock Associate\nRequirements\n- Basic math skills and a steady hand count\n"
    asks = _asks(text)
    assert "Basic Math" in asks and "Mathematics" not in asks
