"""Negotiating rates is one ask by its own name (Dec 8, asks28).

A freight broker's, a dispatcher's and a staffing desk's "negotiate rates with carriers"
read as bare Negotiation, or nothing, where three helpers' labels name it Rate
negotiation: it is a kind of Negotiation under its own name, so a resume's "negotiated
rates" shows it and Negotiation with it. "Spot rates" keeps its own reading. Texts
written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_broker_and_a_dispatcher_ask_rate_negotiation() -> None:
    assert "Rate Negotiation" in asks(
        "Freight Broker\n\nWhat you'll do\n- Negotiate rates with carriers and shippers\n")
    found = asks("Truck Dispatcher\n\nDuties\n- Book loads on the load boards and negotiate "
                 "freight rates with brokers\n")
    assert "Rate Negotiation" in found and "Negotiation" not in found


def test_a_resume_that_negotiated_rates_shows_it() -> None:
    resume = ("Sam Ortiz\nsam@example.com\n\nExperience\nDispatcher | Red Oak Freight | "
              "2021 - Present\n- Negotiated rates with 40 carriers on the spot market\n")
    report = match_resume(parse_resume(resume), analyse_posting(
        "Dispatcher\n\nRequirements\n- Negotiate rates with brokers\n"))
    assert "Rate Negotiation" in {m.name for m in report.matched}


def test_spot_rates_keep_their_reading() -> None:
    found = asks("Dispatcher\n\nDuties\n- Tender loads to carriers and negotiate spot rates\n")
    assert "Freight Market Analysis" in found
