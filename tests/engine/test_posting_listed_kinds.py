"""A head's kinds listed after a colon or in brackets name skills (posting/listed_kinds.py)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.listed_kinds import listed_kind_hits
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def asked(posting: str) -> set[str]:
    analysis = analyse_posting(posting)
    return {s.name for s in analysis.skills}


def kinds(text: str) -> list[str]:
    vocabulary = load_vocabulary()
    return [h.skill.name for h in listed_kind_hits(text, vocabulary.lookup,
                                                   vocabulary.find(text))]


def test_the_kinds_after_a_colon_take_the_head_before_it() -> None:
    found = asked("Civil Designer\n\nWhat you'll do\n- Own the site design for each "
                  "school campus: drainage, utilities and roadways\n")
    assert {"Drainage design", "Utility design", "Roadway design"} <= found


def test_the_kinds_in_brackets_take_the_word_before_them() -> None:
    assert kinds("Strong testing (unit, integration and end-to-end) habits.") == [
        "Unit Testing", "Integration Testing", "End-to-End Testing"]


def test_a_clauses_verb_heads_no_kinds() -> None:
    # "repair" is what is done to the trucks, not a thing the items are kinds of.
    assert kinds("Inspect and repair our delivery vans: engines, brakes and tires") == []


def test_one_value_after_a_colon_is_no_list() -> None:
    assert kinds("Reporting: weekly") == []
    # Only phrases the vocabulary holds are spelled out.
    assert kinds("Site design: north, south and east lots") == []


def test_acronyms_are_items_of_the_list_as_plain_words_are() -> None:
    found = asked("Loan Officer\n\nWhat you'll do\n- Originate home loans: conventional, "
                  "FHA, VA and USDA Rural Development\n")
    assert {"Conventional Loans", "FHA Loans", "USDA Loans"} <= found, found
