"""Named codes, standards and acts read by their shape (posting/terms.py)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
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


def test_a_body_of_rules_cited_by_its_number_is_one_ask() -> None:
    found = {t.name for t in shape_terms(
        "Keep notes meeting Dakota Rules 4410 documentation standards", [], set())}
    assert "Dakota Rules 4410" in found
    found = {t.name for t in shape_terms("Follow Ozark Administrative Code 118 daily", [], set())}
    assert "Ozark Administrative Code 118" in found
    assert not shape_terms("Finish Chapter 3 of the handbook", [], set())


def test_a_regulations_title_is_no_skill_of_its_own_when_a_part_follows() -> None:
    """'49 CFR Part 396' cites one part of Title 49; a skill the vocabulary files under
    the title alone is not what the line asks."""
    a = analyse_posting("Technician\n\nRequirements\n"
                        "- Perform inspections per FMCSA rules (49 CFR Part 396)\n")
    names = {s.name for s in a.skills} | set(a.certifications)
    assert "49 CFR Part 396" in names
    assert "Dangerous Goods Certification" not in names
