"""A skill is not the writer's when another person is the clause's subject ("Our office
manager ran payroll in Gusto"), when it names only a class the writer took ("Took a
Salesforce admin webinar"), or when its paper's exam was only sat (skills/others_clauses.py,
skills/studied.py); the writer's own part of such a line still counts."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring import tailor
from tailor_app.tailoring.skills.writers_own import told_as_done

TODAY = date(2026, 12, 1)


def _report(bullets: list[str], posting: str) -> tuple[set[str], list[str]]:
    resume = ("Jordan Vale\njordan.vale@example.com\n\nExperience\n"
              "Office Coordinator, Birchwood Veterinary Clinic, 2021 to Present\n"
              + "".join(f"- {b}\n" for b in bullets)
              + "- Greeted clients and checked pets in\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok, result.guard.invented
    report = result.match_before
    return {m.name for m in report.matched}, report.missing


GUSTO = ("Office Administrator\nPinecrest Animal Hospital\n\nRequirements\n- Run payroll in Gusto\n"
         "- Answer phones\n")


@pytest.mark.parametrize("bullet", [
    "Our practice manager ran payroll in Gusto; I sent her the hours",
    "The owner handled payroll in Gusto",
    "Worked beside our bookkeeper, who ran payroll in Gusto",
])
def test_payroll_by_another_person_is_missing(bullet: str) -> None:
    matched, missing = _report([bullet], GUSTO)
    assert "Gusto" not in matched and "Gusto" in missing


def test_payroll_the_writer_shares_or_does_is_shown() -> None:
    matched, _ = _report(["My manager and I ran payroll in Gusto every other Friday"], GUSTO)
    assert "Gusto" in matched
    matched, _ = _report(["Ran payroll in Gusto for 14 staff"], GUSTO)
    assert "Gusto" in matched


def test_the_writers_clause_after_another_persons_stays() -> None:
    told = told_as_done("Our lead tech drew blood; I ran the CBCs on the analyzer")
    assert "drew blood" not in told and told.endswith("I ran the CBCs on the analyzer")
    # A person after the writer's own verb is the object of the writer's work.
    line = "Trained our new receptionists on the phone system"
    assert told_as_done(line) == line
    # A tool whose name ends like a worker's is no person.
    line = "The label printer jammed daily; replaced its rollers"
    assert told_as_done(line) == line


def test_a_served_person_opening_a_clause_is_no_deed_of_the_writer() -> None:
    told = told_as_done("When a client had a complaint, I called them back the same day")
    assert "complaint" not in told and told.endswith("I called them back the same day")


CRM = ("Sales Coordinator\nPinecrest Animal Hospital\n\nRequirements\n- Salesforce\n"
       "- Answer phones\n")


@pytest.mark.parametrize("bullet", [
    "Sat in on a one-hour Salesforce webinar",
    "Took an intro to Salesforce course online",
])
def test_a_tool_only_studied_is_missing(bullet: str) -> None:
    matched, missing = _report([bullet], CRM)
    assert "Salesforce" not in matched and "Salesforce" in missing


def test_a_class_the_writer_gave_shows_the_tool() -> None:
    matched, _ = _report(["Taught a Salesforce class to four new coordinators"], CRM)
    assert "Salesforce" in matched


CERT = ("Veterinary Technician\nPinecrest Animal Hospital\n\nRequirements\n"
        "- Certified Veterinary Technician (CVT)\n- Answer phones\n")


@pytest.mark.parametrize("line", [
    "Took the CVT exam in June 2026 but did not pass",
    "Sat for the CVT exam in 2025; retaking in the spring",
])
def test_a_paper_whose_exam_was_only_sat_is_missing(line: str) -> None:
    matched, missing = _report(["Restrained dogs and cats for exams", line], CERT)
    assert not any("Veterinary Technician" in m or m == "CVT" for m in matched)
    assert missing


def test_a_paper_whose_exam_was_passed_is_shown() -> None:
    matched, _ = _report(["Restrained dogs and cats for exams",
                          "Took the CVT exam in June 2026 and passed"], CERT)
    assert any("Veterinary Technician" in m or m == "CVT" for m in matched)


def test_a_class_about_the_thing_is_no_experience_of_it() -> None:
    matched, missing = _report(["Took a two-day class on Salesforce reporting basics"], CRM)
    assert "Salesforce" not in matched and "Salesforce" in missing


def test_a_class_taken_meets_an_ask_of_the_training_itself() -> None:
    posting = ("Kennel Attendant\nPinecrest Animal Hospital\n\nRequirements\n"
               "- Fear Free training a plus\n- HACCP training preferred\n")
    matched, _ = _report(["Completed a HACCP course online in 2025"], posting)
    assert any("HACCP" in m for m in matched)


def test_a_paper_signed_up_for_is_still_ahead() -> None:
    matched, missing = _report(["Restrained dogs and cats for exams",
                                "Signed up for the CVT exam prep class starting in May"], CERT)
    assert not any("Veterinary Technician" in m or m == "CVT" for m in matched)
    assert missing


def test_a_subcontractors_deed_is_theirs() -> None:
    told = told_as_done("Our fire alarm sub did all the devices; I ran empty conduit for them")
    assert "fire alarm" not in told and told.endswith("I ran empty conduit for them")


def test_another_persons_list_is_theirs_to_the_clause_end() -> None:
    told = told_as_done("The vet tech took temps, pulses and weights before I roomed them")
    assert "pulses" not in told and told.endswith("before I roomed them")


# Review15's findings: the writer's own work in the shapes these readers took away.
@pytest.mark.parametrize("line", [
    "The only dispatcher certified on the new radio console",   # the writer, ranked
    "Each caller received a callback within one business day",  # what the writer gave
    "My supervisor trusted me to run the Friday payroll",       # work handed to "me"
])
def test_the_writers_own_work_told_with_another_subject_stays(line: str) -> None:
    assert told_as_done(line) == line


@pytest.mark.parametrize("bullet", [
    "Built 12 onboarding courses in Salesforce for the sales team",
    "Maintained Salesforce modules for the service desk",
])
def test_a_class_the_writer_makes_in_a_tool_shows_the_tool(bullet: str) -> None:
    matched, _ = _report([bullet], CRM)
    assert "Salesforce" in matched, bullet


BLS_ASK = ("Veterinary Assistant\nPinecrest Animal Hospital\n\nRequirements\n"
           "- BLS certification\n- Answer phones\n")


def test_took_a_card_course_holds_the_card() -> None:
    matched, _ = _report(["Took BLS at the Red Cross in 2025"], BLS_ASK)
    assert any("Life Support" in m or m == "BLS" for m in matched)


def test_a_past_verb_after_anothers_clause_is_the_writers_step_up() -> None:
    told = told_as_done("Our store manager resigned in May, took over the weekly orders and "
                        "trained two cashiers")
    assert told.endswith("took over the weekly orders and trained two cashiers")
    assert "resigned" not in told
