"""Communicating told as keeping people informed (Dec 5, recall9): "keep families in the
loop", "keep customers updated". Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.partners import partner_terms


def test_keeping_people_informed_is_communicating_with_them() -> None:
    assert [t.name for t in partner_terms(
        "Keep parents in the loop through weekly Remind messages")] == ["Parent communication"]
    assert [t.name for t in partner_terms(
        "keeps tenants informed of repairs and shutoffs")] == []  # not a partner we know
    assert [t.name for t in partner_terms(
        "You'll keep the homeowner up to date on the schedule")] == ["Homeowner communication"]


def test_keeping_things_or_the_team_informed_names_nothing() -> None:
    assert partner_terms("Keep inventory records up to date and keep your manager "
                         "informed of shortages") == []


def test_a_posting_asks_it_by_the_vocabularys_name() -> None:
    names = {s.name for s in analyse_posting(
        "Preschool Teacher\n\nWhat you'll do\n- Keep families in the loop with daily "
        "photos and notes\n- Plan play-based lessons\n").skills}
    assert "Parent Communication" in names


def test_children_named_by_their_grade_or_age_are_people_not_asks() -> None:
    names = {s.name.lower() for s in analyse_posting(
        "Reading Tutor\n\nDuties\n- Tutor third graders and preschoolers in phonics\n"
        "- Run small groups for teens\n").skills}
    assert "phonics" in names
    assert not {"third graders", "preschoolers", "teens"} & names
