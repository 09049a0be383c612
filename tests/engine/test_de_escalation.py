"""De-escalation is asked as itself: "De-escalate upset callers" in a contact centre's
duties asked nothing, because the word was an alias of the soft skill Conflict
Resolution, which a posting asks only in its own words. It is now a skill of its own,
one kind of resolving conflict, with the verbs people write for it."""

from __future__ import annotations

import pytest
from skill_names import names

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize("duty", [
    "De-escalate upset callers and document every contact",
    "Use de-escalation techniques with agitated patients and visitors",
])
def test_a_duty_of_de_escalation_asks_it(duty: str) -> None:
    asked = {s.name for s in analyse_posting(f"Call Center Agent\n\nDuties\n- {duty}\n").skills}
    assert "De-escalation" in asked


def test_de_escalation_shows_conflict_resolution_not_the_reverse(
        vocabulary: Vocabulary) -> None:
    assert "Conflict Resolution" in names(vocabulary, "Calmed angry customers on the phone")
    assert "De-escalation" not in names(vocabulary, "Strong conflict resolution skills")


def test_a_resume_that_de_escalated_shows_the_ask() -> None:
    resume = ("Ana Ruiz\nana@example.com\n\nExperience\nAgent, Pinnacle, 2020 to 2024\n"
              "- De-escalated 20 upset callers a week and kept notes in Salesforce\n")
    posting = "Call Center Agent\n\nDuties\n- De-escalate upset callers\n- Salesforce\n"
    assert "De-escalation" in {m.name for m in tailor(resume, posting).match_before.matched}
