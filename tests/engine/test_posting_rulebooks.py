"""Named codes, standards and acts read by their shape (posting/terms.py)."""

from __future__ import annotations

from tailor_app.tailoring.posting.terms import shape_terms


def names(text: str) -> list[str]:
    return [t.name for t in shape_terms(text, [], set())]


def test_a_named_code_or_standard_is_read_whole() -> None:
    assert names("You must know the Vermont Residential Building Code.") == [
        "Vermont Residential Building Code"]
    assert names("Teach to the Lakes Region Reading and Writing Standards.") == [
        "Lakes Region Reading and Writing Standards"]


def test_a_verb_the_or_one_word_is_no_name() -> None:
    assert names("Follow Standards set by the board.") == []
    assert names("Apply Fire Safety Guidelines") == ["Fire Safety Guidelines"]
    assert names("the fire code and local standards") == []


def test_a_name_the_vocabulary_or_the_employer_holds_is_not_read_again() -> None:
    text = "Meet the Harbor Transit Standards."
    assert shape_terms(text, [(9, 33)], set()) == []
    assert shape_terms(text, [], {"harbor transit standards"}) == []
