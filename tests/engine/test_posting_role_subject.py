"""Duties told in the third person, the job's own title as the subject ("Our dispatchers
plan loads", "The Literacy Specialist provides reading intervention"), are asked as
"you will" tells them: never the employer's story, nor what the employer gives. A
title that is no subject ("report to the Sous Chef") and the employer giving ("Oak &
Ash provides health insurance") are read as before. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.duties import role_duty_verb, third_person_base
from tailor_app.tailoring.posting.title import role_nouns
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text, vocabulary=load_vocabulary()).skills}


def test_the_title_names_the_person() -> None:
    assert role_nouns("Night Dispatcher / Load Planner") == {"dispatcher", "planner"}
    assert role_nouns("Wedding Coordinator (Seasonal)") == {"coordinator"}
    assert role_nouns(None) == frozenset()


def test_a_verb_told_in_the_third_person_has_its_base_form() -> None:
    assert [third_person_base(w) for w in ("recruits", "carries", "teaches", "issues")] \
        == ["recruit", "carry", "teach", "issue"]


def test_the_title_as_subject_tells_a_duty() -> None:
    roles = frozenset({"dispatcher"})
    assert role_duty_verb("Our dispatchers plan loads and book backhauls.", roles,
                          lambda _w: False) == ("plan", "loads")
    assert role_duty_verb("The Dispatcher will route drivers around storms.", roles,
                          lambda _w: False) == ("route", "drivers")
    # The title as an object, or before a bare verb in the singular, is no subject.
    assert role_duty_verb("Report to the Dispatcher on every delay.", roles,
                          lambda _w: False) is None
    assert role_duty_verb("Help the dispatcher plan loads.", roles, lambda _w: False) is None


def test_duties_after_the_employers_story_are_asked() -> None:
    text = ("Night Dispatcher\nRedrock Carriers\n\nRedrock hauls flatbed freight across the "
            "Southwest with 60 trucks. Our dispatchers plan loads and book backhauls for a "
            "team of 40 drivers.\n")
    assert {"Load planning", "Backhauls"} <= asks(text)  # the vocabulary names it (trades15)


def test_the_title_providing_is_a_duty_not_an_offer() -> None:
    text = ("Math Interventionist\nPine Hollow Schools\n\nThe Math Interventionist provides "
            "small-group instruction to fourth and fifth graders below benchmark.\n")
    assert "Small group instruction" in asks(text)


def test_the_employer_providing_is_still_an_offer() -> None:
    text = ("Line Cook\nOak & Ash\n\nOak & Ash provides health insurance, paid sick leave "
            "and free shift meals to every cook.\n")
    assert "Health Insurance" not in asks(text)
