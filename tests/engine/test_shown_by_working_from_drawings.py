"""Reading drawings shown by working from them: "Set forms and rebar off the plans",
"Pull wire per the prints" show blueprint reading; and the prepositions and drawings
that are not that. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tests.match_probe import asks, bullets_report, shown


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("bullets", "asked", "words"), [
    (["Set forms and rebar for footings off the plans"], "Blueprint Reading", "off the plans"),
    (["Pull wire and set panels per the prints on tenant build-outs"], "Blueprint Reading",
     "per the prints"),
    (["Cut and fit ductwork from the mechanical drawings"], "Blueprint Reading",
     "from the mechanical drawings"),
    # an ask of its own kind ("electrical") when the resume is an electrician's
    (["Electrician's helper on commercial jobs", "Trace control wiring using the prints"],
     "Electrical Schematics", "using the prints"),
])
def test_working_from_the_drawings_shows_reading_them(full: Vocabulary, bullets: list[str],
                                                      asked: str, words: str) -> None:
    r = bullets_report(bullets, asks(asked), full)
    assert shown(r).get(asked) == words, shown(r)


@pytest.mark.parametrize(("bullets", "asked"), [
    (["Emailed the drawings to the architect for sign-off"], "Blueprint Reading"),
    (["Helped the owner with the plans for the new shop"], "Blueprint Reading"),
    (["Teach reading and math from the lesson plans"], "Blueprint Reading"),
    # review: the drawing word names another thing, a plan of work is no drawing
    (["Picked up proofs from the print shop every Friday"], "Blueprint Reading"),
    (["Assigned stations to the crew according to the daily plan"], "Blueprint Reading"),
    (["Assigned stations to the crew according to the plan"], "Blueprint Reading"),
    (["Hit sales goals following the plan"], "Blueprint Reading"),
    (["Printed customer prints and charged per print"], "Blueprint Reading"),
    # "electrical" never said: a framer's plans are no electrical schematics
    (["Frame walls and roofs per the prints"], "Electrical Schematics"),
])
def test_other_prepositions_and_drawings_show_nothing(full: Vocabulary, bullets: list[str],
                                                      asked: str) -> None:
    r = bullets_report(bullets, asks(asked), full)
    assert asked not in shown(r), shown(r)
