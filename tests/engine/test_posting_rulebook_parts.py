"""A skill word that is only part of a longer named body of rules is no ask of its own:
the whole name is ("the Oregon State Learning Standards", "the Elder Abuse Reporting
Act", "Vermont's Child Protective Services Law")."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(line: str) -> set[str]:
    return {s.name for s in analyse_posting(f"Teacher\nResponsibilities\n- {line}\n").skills}


def test_a_place_before_a_named_standard_makes_it_one_name() -> None:
    asked = _asked("Teach reading lessons aligned with the Oregon State Learning Standards")
    assert "Oregon State Learning Standards" in asked
    assert "State learning standards" not in asked


def test_a_law_after_a_service_name_makes_it_the_law() -> None:
    asked = _asked("Report concerns under Vermont's Child Protective Services Law")
    assert "Child Protective Services" not in asked


def test_a_standard_named_alone_is_still_asked() -> None:
    asked = _asked("Plan lessons aligned with State Learning Standards and district goals")
    assert asked & {"State learning standards", "State Learning Standards"}
