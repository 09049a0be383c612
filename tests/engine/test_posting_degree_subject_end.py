"""A degree's subjects end where a credential held "current" or "valid" follows
(Dec 5, recall9). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_a_current_credential_after_the_degree_is_asked() -> None:
    names = {s.name for s in analyse_posting(
        "Dental Assistant. You need an associate degree in dental assisting, current BLS "
        "and a valid radiography permit, and two years chairside.").skills}
    assert any("BLS" in n or "Basic Life Support" in n for n in names)


def test_a_choice_of_subjects_is_still_no_ask() -> None:
    names = {s.name for s in analyse_posting(
        "Data Analyst\n\nRequirements\n- A degree in Statistics, Economics or a related "
        "field\n- SQL\n").skills}
    assert "SQL" in names
    assert not {"Statistics", "Economics"} & names
