"""A teacher's small groups told beside whole-class teaching or formed from data (Dec 7,
asks21). Every text was written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_small_groups_beside_whole_class_teaching_are_small_group_instruction() -> None:
    asks = _asks("Math Teacher\n\nWhat you'll do\n- Teach fractions to whole classes and "
                 "small groups\n- Use exit-ticket data to form small groups each week\n")
    assert "Small group instruction" in asks


def test_a_paraprofessionals_groups_with_students_are_instruction() -> None:
    asks = _asks("Instructional Aide\n\nDuties\n- Work in small groups with students on "
                 "their reading goals\n")
    assert "Small group instruction" in asks
