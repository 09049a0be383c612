"""Asks a posting makes that the engine did not read (Dec 5, recall4): a duty line with a
word that merely opens with "is" ("report maintenance issues") read as the employer's
story, a sales duty's "qualify inbound leads" read as team leads. Every text here was
written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


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
