"""What the hire is given or goes through after starting is no ask: courses the job has
the hire take, programs new people join, gear to bring or that the employer supplies;
also the people a job serves and the employer's app used as a medium. Each kind of
wording is checked in two fields, with a sentence of the same shape that is an ask.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("posting", "not_asked", "still_asked"), [
    ("Medical Assistant\n\nResponsibilities\n- Room patients\n"
     "- Attend our annual HIPAA training\n", "HIPAA", "Rooming patients"),
    ("Server\n\nResponsibilities\n- Carry trays\n"
     "- Complete ServSafe Alcohol training during orientation\n", "ServSafe Alcohol",
     "Carry trays"),
    ("Kindergarten Teacher\n\nResponsibilities\n- Plan literacy centers\n"
     "- Attend district training in the Second Step curriculum during your first semester\n",
     "Second Step", "Literacy centers"),
])
def test_a_course_the_job_has_the_hire_take_is_no_ask(posting: str, not_asked: str,
                                                       still_asked: str) -> None:
    asks = _asks(posting)
    assert not any(not_asked.casefold() in a.casefold() for a in asks), asks
    assert still_asked in asks


def test_a_course_already_completed_or_required_before_starting_is_still_asked() -> None:
    asks = _asks("Phlebotomist\n\nRequirements\n- Completed a phlebotomy training program\n"
                 "- Must complete a state-approved CNA training program\n")
    assert {"Phlebotomy", "Certified Nursing Assistant"} <= asks


@pytest.mark.parametrize(("posting", "not_asked"), [
    ("Grade 2 Teacher\n\nTeach reading and math. New teachers join a "
     "two-year mentoring program.\n", "Mentoring"),
    ("Dental Assistant\n\nAbout the job\nTake x-rays. All new hires complete our in-house "
     "Invisalign clinical training and receive scrubs.\n", "Invisalign"),
])
def test_what_new_hires_go_through_is_no_ask(posting: str, not_asked: str) -> None:
    assert not_asked not in _asks(posting)


def test_a_mentoring_duty_is_still_asked() -> None:
    asks = _asks("Senior Teacher\n\nResponsibilities\n- Mentor new teachers in their first "
                 "year\n- Lead the grade-level team\n")
    assert "Mentoring" in asks


@pytest.mark.parametrize("posting", [
    "Pipe Welder\n\nRequirements\n- 3 years of pipe welding\n"
    "- Must furnish own hood, gloves and hand tools\n",
    "Maintenance Technician\n\nRequirements\n- 3 years of plant maintenance\n"
    "- Bring your own hand tools; we supply meters and power tools\n",
])
def test_gear_to_bring_or_supplied_is_no_ask(posting: str) -> None:
    assert "Hand and Power Tools" not in _asks(posting)


def test_using_hand_and_power_tools_is_still_asked() -> None:
    assert "Hand and Power Tools" in _asks(
        "Carpenter\n\nRequirements\n- Use hand and power tools safely\n")


@pytest.mark.parametrize(("posting", "condition"), [
    ("School Nurse\n\nWhat you will do\n- Write health plans for students who have "
     "asthma, diabetes and seizure disorders\n- Run hearing screenings each fall\n",
     "Seizure disorders"),
    ("Third Grade Teacher\n\nWhat you will do\n- Differentiate lessons for students who "
     "have dyslexia or limited English\n- Give i-Ready diagnostics\n", "English"),
])
def test_conditions_of_the_people_served_are_no_ask(posting: str, condition: str) -> None:
    assert condition not in _asks(posting)


def test_what_the_applicant_brings_beside_people_is_still_asked() -> None:
    # "those with knowledge of Housing First": the applicant's knowledge, no condition.
    asks = _asks("Case Manager\n\nCase Manager for adults leaving shelters. Bilingual "
                 "candidates and those with knowledge of Housing First are preferred.\n")
    assert "Housing First" in asks
    # A duty after the list of conditions stays a duty.
    asks = _asks("Physical Therapist Assistant\n\nYou will treat patients recovering from "
                 "joint replacements, sports injuries and surgery, leading therapeutic "
                 "exercise and gait training.\n")
    assert "Therapeutic exercise" in {a.capitalize() for a in asks}


@pytest.mark.parametrize("posting", [
    "Delivery Driver\n\nResponsibilities\n- Send POD photos through our mobile app\n"
    "- Drive a box truck\n",
    "Barista\n\nResponsibilities\n- Answer customer questions sent through our mobile app\n",
])
def test_the_employers_app_used_as_a_medium_asks_no_app_development(posting: str) -> None:
    assert "Mobile App Development" not in _asks(posting)


def test_building_the_employers_app_is_still_asked() -> None:
    assert "Mobile App Development" in _asks(
        "iOS Engineer\n\nResponsibilities\n- Build features for our mobile app in Swift\n")



@pytest.mark.parametrize(("posting", "kept"), [
    # The applicant's own way to work, and an ask joined after "and a" (review A1).
    ("Home Health Aide\n\nRequirements:\n- Must provide own transportation and a valid "
     "driver's license\n- CPR certification\n", {"Driver's License", "CPR Certification"}),
    # New hires as the object of an HR duty; an HR job's orientation (review A2).
    ("HR Coordinator\n\nResponsibilities:\n- Ensure new hires complete I-9 and E-Verify on "
     "their first day\n- Plan and attend new-hire orientation\n- Maintain HRIS records in "
     "Workday\n", {"I-9 Verification", "E-Verify", "New hire orientation"}),
    ("Clinical Nurse Educator\n\nResponsibilities:\n- Help new nurses get comfortable with "
     "Epic charting and Pyxis\n- Teach ACLS and BLS classes\n", {"Epic", "Pyxis"}),
    # A course verb joined to the job's own verb (review A6).
    ("Corporate Trainer\n\nResponsibilities:\n- Design and complete Articulate Storyline "
     "training modules for 400 agents\n", {"Articulate Storyline"}),
    ("Safety Coordinator\n\nResponsibilities:\n- Schedule and attend OSHA 30 training with "
     "each crew\n- Run site safety audits\n", {"OSHA 30"}),
    ("Customer Success Manager\n\nWhat you'll do:\n- Take ownership of customer onboarding "
     "for 40 accounts\n- Track renewals in Salesforce\n", {"Customer onboarding"}),
])
def test_the_jobs_own_duties_about_new_people_and_gear_are_still_asked(
        posting: str, kept: set[str]) -> None:
    asks = {a.casefold() for a in _asks(posting)}
    assert {k.casefold() for k in kept} <= asks, asks
