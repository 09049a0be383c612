"""A verb that says nothing of the work ("give", "complete", "handle", "pull", "check")
leaves the work to its object: "give meds" asks for Medication Administration, "pull
permits" for Permitting, "check blood sugars" for Blood Glucose Monitoring, named as
the vocabulary names the work on that object (``posting/object_work.py``). An object
whose words open names of several skills, or of none, asks nothing new.

Texts are written for these tests (none is a batch posting's wording).
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.object_work import work_namer
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def asks(*duties: str, title: str = "Charge Nurse") -> set[str]:
    posting = (f"{title}\nWillowmere Senior Living, Boise, ID\n\nResponsibilities\n"
               + "".join(f"- {d}\n" for d in duties))
    return {s.name for s in analyse_posting(posting).skills}


def test_a_light_verb_leaves_the_work_to_its_object() -> None:
    assert "Medication Administration" in asks(
        "Give meds to the residents of the east wing on day shift")
    assert "Permitting" in asks("You'll pull permits with the county before each job",
                                title="Plumbing Service Technician")


def test_an_object_of_two_words_is_named_by_its_head_as_work() -> None:
    found = asks("Verify pallet wrap before each trailer leaves the door", title="Dock Lead")
    assert "Pallet wrapping" in found and "Pallet wrap" not in found
    assert "Lesson Planning" in asks("Complete lesson plans for the week by Friday",
                                     title="Kindergarten Teacher")


def test_a_checking_verb_on_a_thing_measured_names_its_monitoring() -> None:
    assert "Blood Glucose Monitoring" in asks("Check blood sugars for diabetic residents")


def test_an_object_that_opens_names_of_several_skills_asks_nothing_new() -> None:
    work = work_namer(load_vocabulary())
    assert work("handle", ("account",)) is None  # Account Management, Opening, ...
    assert work("give", ("med",)) == ("Medication Administration", False)


def test_a_skill_of_another_trade_is_no_reading_of_the_object() -> None:
    # "deposit" opens only a bank's work in the vocabulary; at a front desk it is a guest's.
    found = asks("Check in guests and handle deposits and incidentals",
                 "Answer the phone and take reservations in Opera",
                 title="Front Desk Agent")
    assert "Deposit operations" not in found


def test_the_resume_shows_the_work_in_its_own_words() -> None:
    resume = ("Rosa Delgado\nrosa@example.com\n\nExperience\n"
              "LPN  March 2020 – Present\nCedar Hollow Care Center, Nampa, ID\n"
              "- Passed medications to 24 residents on a long-term care hall\n")
    posting = "Charge Nurse\n\nResponsibilities\n- Give meds to every resident on your hall\n"
    report = match_resume(parse_resume(resume), analyse_posting(posting))
    assert "Medication Administration" in {m.name for m in report.matched}


def test_another_trades_action_on_the_object_is_no_reading() -> None:
    # Billing for therapy is no therapy; office scanning is no sonographer's scan.
    pta = asks("Provide therapy to patients after knee and hip replacement",
               title="Physical Therapist Assistant")
    assert "Therapy Billing" not in pta
    sono = asks("Perform scans of the abdomen, pelvis and thyroid",
                title="Diagnostic Medical Sonographer")
    assert "Document Scanning" not in sono


def test_another_persons_duty_in_a_who_clause_is_not_the_jobs() -> None:
    found = asks("Help residents with meals and walks",
                 "Report changes to the nurse, who will give meds",
                 title="Resident Aide")
    assert "Medication Administration" not in found
    # The hire told by "someone who will" still has the duty.
    assert "Medication Administration" in asks(
        "We need someone who will give meds on the night shift", title="Med Aide")


def test_the_one_the_hire_works_alongside_is_not_the_hire() -> None:
    """"a/an … who will" is the hire ("looking for a medical assistant who will"), except
    where the person is whom the hire works with, reports to or assists."""
    found = asks("Help residents with meals and walks",
                 "Work alongside an LPN who will give meds and check blood sugars",
                 title="Resident Aide")
    assert "Medication Administration" not in found
    assert "Blood Glucose Monitoring" not in found
    assert "Medication Administration" not in asks(
        "You will report to a charge nurse who will give meds", title="Resident Aide")
    assert "Medication Injections" in asks(
        "We are looking for a medical assistant who will give injections",
        title="Medical Assistant")
