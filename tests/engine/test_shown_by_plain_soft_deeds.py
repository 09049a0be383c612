"""Soft skills and negotiation told by what was done, in the words of a dispatcher, a
nurse, a rep or an office coordinator: telling people news is communication ("call
shippers with updated arrival times", "notify the physician of changes"), fixing a
problem named so is problem solving, a talk given is presenting, letters written are
writing, answering product questions or taking a contractor's orders is customer
service, and getting a better price is negotiating it. Words near them that do other
work show nothing."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _shown(ask: str, bullet: str) -> set[str]:
    resume = parse_resume("Robin Ash\nrobin@example.com\n\nExperience\n"
                          f"Associate | Lakeside Co | 2020 - Present\n- {bullet}\n")
    report = match_resume(resume, analyse_posting(f"Associate\n\nRequirements\n- {ask}\n"))
    return {m.name for m in report.matched}


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Strong communication skills", "Phone carriers and receivers with revised delivery times",
     "Communication"),
    ("Strong communication skills", "Notified the attending physician of any change in status",
     "Communication"),
    ("Strong communication skills", "Update families on progress at every visit",
     "Communication"),
    ("Problem-solving skills", "Fixed scheduling issues before they reached the manager",
     "Problem Solving"),
    ("Problem-solving skills", "Sort out billing problems for walk-in members",
     "Problem Solving"),
    ("Presentation skills", "Delivered quarterly safety presentations to 80 drivers",
     "Presentation Skills"),
    ("Presentation skills", "Gave product talks at contractor breakfasts", "Presentation Skills"),
    ("Written communication", "Wrote collection letters and payment reminders",
     "Written Communication"),
    ("Customer service", "Answered warranty questions at the service counter",
     "Customer Service"),
    ("Customer service", "Took phone and fax orders from builders and remodelers",
     "Customer Service"),
    ("Negotiation skills", "Bargained with three freight brokers on every spot load",
     "Negotiation"),
    ("Negotiation skills", "Got lower pricing from two paper suppliers", "Negotiation"),
    ("Build quotes, negotiate pricing and close deals",
     "Work price breaks with buyers on big orders",
     "Pricing negotiation"),
])
def test_a_plain_deed_shows_the_skill(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # News kept, not told: records of customers are no talk with them.
    ("Strong communication skills", "Updated customer records after every call",
     "Communication"),
    # A leak is no problem named so.
    ("Problem-solving skills", "Fixed leaks and replaced valves", "Problem Solving"),
    # Notice given at a job, a presentation prepared for someone else to give.
    ("Presentation skills", "Gave two weeks' notice", "Presentation Skills"),
    ("Presentation skills", "Formatted slides for the VP's presentations",
     "Presentation Skills"),
    # Questions with no buyer's subject; orders from a manager.
    ("Customer service", "Answered questions from the night supervisor", "Customer Service"),
    # Working a shift at a rate is no bargain.
    ("Negotiation skills", "Worked weekend shifts at a higher rate", "Negotiation"),
])
def test_other_work_shows_nothing(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


def _resume_shows(posting: str, resume: str) -> set[str]:
    report = match_resume(parse_resume(resume), analyse_posting(posting))
    return {m.name for m in report.matched}


def test_shorthand_in_a_title_and_on_a_unit() -> None:
    """"Sales Rep" is a sales representative, a "tele unit" a telemetry unit, "DOT regs"
    the DOT's regulations (a case-exact name read through its short word)."""
    posting = ("Route Sales\n\nRequirements\n- Outside sales experience\n"
               "- Telemetry experience\n- Knowledge of DOT regulations\n")
    resume = ("Robin Ash\nrobin@example.com\n\nExperience\n"
              "Territory Sales Rep | Lakeside Co | 2020 - Present\n"
              "- Floated to the step-down/tele unit twice a month\n"
              "Skills: Excel, DOT regs\n")
    shown = _resume_shows(posting, resume)
    assert {"Outside Sales", "Telemetry", "DOT regulations"} <= shown
