"""An alias that opens with a duty's verb ("respond to crises", "take payments") is read
in the third person too, as "Essential Functions" postings tell the job's duties
("Responds to crises", "Takes payments at the counter"); a plural noun after a
determiner or a describing word ("the reports", "weekly plans") is no such verb."""

from __future__ import annotations

import pytest

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.skills.third_person import third_person, third_person_forms
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize(("verb", "form"), [
    ("respond", "responds"), ("teach", "teaches"), ("verify", "verifies"), ("play", "plays"),
    ("go", "goes")])
def test_the_third_person_form(verb: str, form: str) -> None:
    assert third_person(verb) == form


def test_only_verbs_opening_an_alias_are_kept() -> None:
    forms = third_person_forms(["respond to crises", "order entry", "crisis", "manage budgets"])
    assert forms == {"responds": "respond", "manages": "manage"}


def test_essential_functions_in_the_third_person_are_asked() -> None:
    text = ("Front Desk Clerk\n\nEssential Functions\n- Takes payments at the counter and "
            "verifies IDs for every rental\n- Responds to crises in the lobby\n")
    asks = {s.name for s in analyse_posting(text).skills}
    assert {"Payment Processing", "Identity Verification", "Crisis intervention"} <= asks


def test_a_plural_noun_after_a_determiner_is_no_verb() -> None:
    hits = load_vocabulary().find("Files the reports and manages budgets")
    assert [h.surface for h in hits if h.surface.lower().startswith("reports")] == []
