"""A duty's verb read by its own noun of activity (posting/duties.py ``VerbTerm``):
"negotiate renewals" asks for Negotiation, "schedule depositions" for Scheduling, where
the vocabulary holds that noun as a skill and no closer reading names the activity."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.duties import VerbTerm, duty_terms

_VERBS = frozenset(["supervise", "schedule", "train", "evaluate", "close", "negotiate", "book",
                    "confirm"])


def asks(text: str) -> list[str]:
    return [s.name for s in analyse_posting(text).skills]


def verb_nouns(text: str) -> list[str]:
    return [t.name for t in duty_terms(text, [], is_verb=_VERBS.__contains__, with_verbs=True)
            if isinstance(t, VerbTerm)]


def test_a_duty_s_verb_whose_noun_is_a_skill_asks_for_it() -> None:
    assert "Negotiation" in asks("Account Executive\nWhat you'll do\n"
                                 "- Run demos for operations leaders\n"
                                 "- Negotiate renewals and pricing with enterprise buyers\n"
                                 "- Keep the pipeline current in Salesforce")
    assert "Scheduling" in asks("Legal Assistant\nResponsibilities\n"
                                "- Schedule depositions, hearings and client meetings\n"
                                "- Prepare exhibit binders")
    assert "Dispatching" in asks("Dispatcher\nResponsibilities\n"
                                 "- Dispatch technicians, parts and rental units to job sites\n"
                                 "- Track every ticket in ServiceTitan")


def test_each_verb_of_a_series_sharing_one_object_is_read() -> None:
    assert verb_nouns("- Book, schedule and confirm client appointments") == [
        "Booking", "Scheduling", "Confirming"]
    # Verbs of dealing with people name nothing ("supervise", "train").
    assert verb_nouns("- Supervise, schedule, train and evaluate the front desk staff") == [
        "Scheduling", "Evaluating"]


def test_a_verb_with_a_particle_is_another_verb() -> None:
    assert verb_nouns("- Close out work orders daily") == []
    assert verb_nouns("- Book off the meeting rooms for holidays") == []
    assert verb_nouns("- Book meeting rooms and travel") == ["Booking"]


def test_closing_is_read_by_its_object_not_its_verb() -> None:
    # A store's, a ledger's or a seller's closing are three trades: the verb alone
    # names none ("close the store" asked a seller's deal closing).
    assert verb_nouns("- Close accounts at month end") == []
    assert verb_nouns("- Open and close the store") == []


def test_a_verb_whose_noun_is_no_skill_asks_nothing() -> None:
    found = asks("Office Assistant\nResponsibilities\n- Ensure accuracy of every filing\n"
                 "- Confirm appointments by phone")
    assert "Ensuring" not in found and "Confirming" not in found


def test_a_closer_reading_of_the_same_duty_wins() -> None:
    found = asks("Finance Analyst\nResponsibilities\n- Forecast budget spend each quarter\n"
                 "- Reconcile bank statements")
    assert "Budget forecasting" in found and "Forecasting" not in found


def test_a_noun_of_another_field_is_no_ask() -> None:
    # "interpret" names a language interpreter's work; an electrician's posting names
    # no language skill.
    found = asks("Industrial Electrician\nResponsibilities\n"
                 "- Read and interpret wiring diagrams, schematics and blueprints\n"
                 "- Install conduit and pull wire for motor controls and VFDs\n"
                 "- Follow NFPA 70E and lockout/tagout\n"
                 "- Troubleshoot PLCs and motor starters")
    assert "Interpreting" not in found


def test_a_verb_the_vocabulary_names_with_its_object_asks_that_skill_alone() -> None:
    # "interview scheduling" is the vocabulary's Interviewing: Scheduling says no more.
    found = asks("Recruiting Coordinator\nResponsibilities\n"
                 "- Post openings on job boards, screen and schedule interviews for the"
                 " plant managers\n- Keep offer letters on file")
    assert "Interviewing" in found and "Scheduling" not in found
