"""Words a posting writes about something other than the candidate's skills ask for
nothing: the pay and benefits under their own heading, a style of writing ("plain
English"), the languages of the people the work serves ("bilingual families")."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_pay_and_benefits_heading_asks_for_nothing_under_it() -> None:
    asked = _asked("Tire Technician\nRequirements\n- Two years of tire service\n"
                   "- Wheel balancing\nNice to Have\n- Alignment experience\n\n"
                   "Pay and Benefits\nDental insurance, health insurance, a 401(k) match "
                   "and paid holidays.\n")
    assert not {n for n in asked if "insurance" in n.casefold()}
    assert "Wheel balancing" in asked


def test_plain_english_is_a_way_of_writing_not_a_language_ask() -> None:
    asked = _asked("Night Porter\nYou will keep the lobby clean, log deliveries and write "
                   "short notes in plain English for the morning team.\n")
    assert "English" not in asked


def test_english_asked_in_so_many_words_stays() -> None:
    asked = _asked("Front Desk Agent\nRequirements:\n- Fluent English and Spanish\n")
    assert "Spanish" in asked


def test_bilingual_people_served_are_no_ask_of_the_candidate() -> None:
    asked = _asked("Community Health Worker\nRequirements:\n- Home visits with "
                   "bilingual families across the county\n- Two years of outreach work\n")
    assert "Bilingualism" not in asked


def test_a_bilingual_candidate_is_still_asked() -> None:
    asked = _asked("Community Health Worker\nRequirements:\n- Bilingual (English and "
                   "Vietnamese) strongly preferred\n- Two years of outreach work\n")
    assert asked & {"Bilingualism", "Vietnamese"}


def test_duties_under_a_heading_in_the_companys_words_are_required() -> None:
    analysis = analyse_posting(
        "Bookkeeper\nHarbor Lane Bakery | Portland, ME\nThe role\nWe bake bread for 40 "
        "cafes and keep our books in-house.\nWhat your day looks like\n- Reconcile bank "
        "statements in QuickBooks Online\n- Run payroll in Gusto every other Friday\n"
        "You'll thrive here if you have\n- Two years of bookkeeping experience\n")
    required = {s.name for s in analysis.skills if s.required}
    assert {"QuickBooks", "Gusto", "Payroll", "Bookkeeping"} <= required


def test_a_department_named_with_its_acronym_tells_its_story_not_an_ask() -> None:
    asked = _asked("Project Coordinator\nCampus Planning & Design (CP&D) builds about 40 "
                   "labs a year, from $20,000 paint refreshes to $5 million cleanroom "
                   "builds.\nRequirements\n- Microsoft Project\n- Two years of "
                   "construction coordination\n")
    assert "Microsoft Project" in asked
    assert not {n for n in asked if "Campus" in n or "refresh" in n.casefold()}


def test_a_credential_the_employer_holds_is_no_ask() -> None:
    analysis = analyse_posting(
        "Shop Assistant\nAbout us\nWe sell bikes in three towns, and we are proud to be a "
        "certified Fair Trade Retailer.\nRequirements\n- Bike repair\n"
        "- You need to be a certified Bicycle Mechanic\n")
    assert not any("Fair Trade" in c for c in analysis.certifications)
    assert any("Bicycle Mechanic" in c for c in analysis.certifications)


def test_a_plan_named_among_the_jobs_rewards_is_no_ask() -> None:
    asked = _asked("School Nurse\nYou will run the health office for 600 students and keep "
                   "immunization records current. The position follows the district salary "
                   "schedule and includes full health benefits and TRS retirement.\n")
    assert "TRS" not in asked
    assert "Immunization Administration" in asked


def test_a_soft_word_naming_a_machines_fault_is_no_soft_skill() -> None:
    asked = _asked("Field Technician\nResponsibilities\n- Trace network communication "
                   "errors on the packaging line's PLCs\n")
    assert "Communication" not in asked


def test_communication_asked_as_a_way_of_working_stays() -> None:
    asked = _asked("Field Technician\nRequirements\n- Clear communication with plant "
                   "operators and supervisors\n")
    assert "Communication" in asked


def test_the_buildings_a_duty_covers_are_where_the_work_is() -> None:
    asked = _asked("Campus Security Officer\nYou'll patrol the buildings, loading docks and "
                   "grounds on foot, answer alarm calls and write incident reports.\n")
    assert not asked & {"Buildings", "Grounds"}


def test_the_employers_own_plans_ask_nothing_in_any_section() -> None:
    asked = _asked("Pharmacist\nNice to have\n- Immunization certification; we are adding a "
                   "point-of-care testing service next spring\n")
    assert "Point-of-Care Testing" not in asked
    assert "Immunization Administration" in asked


def test_we_are_looking_for_still_states_the_ask() -> None:
    asked = _asked("Pharmacist\nRequirements\n- We are looking for someone with sterile "
                   "compounding experience\n")
    assert "Sterile Compounding" in asked or "Sterile compounding" in asked


def test_a_word_before_ready_is_what_a_thing_is_ready_for() -> None:
    asked = _asked("Clinic Coordinator\nResponsibilities\n- Keep patient charts audit-ready "
                   "and file them in Epic\n")
    assert "Audit" not in asked
    assert "Epic" in asked


def test_duties_under_a_what_youll_own_heading_are_asked() -> None:
    # Under "Who we are" with no heading of their own, the duties were read as the
    # company's story and asked nothing.
    analysis = analyse_posting(
        "Payroll Specialist\nWho we are\nWe run four garden centres and a nursery.\n"
        "The role in a sentence\nYou will keep 300 people paid on time.\n"
        "What you'll own\n- Processing biweekly payroll in ADP\n- Filing quarterly 941 "
        "returns\n- Reconciling payroll to the general ledger\n")
    required = {s.name for s in analysis.skills if s.required}
    assert {"Payroll", "ADP"} <= required
