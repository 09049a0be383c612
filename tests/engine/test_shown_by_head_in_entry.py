"""An ask "<noun> <thing>" shown by the thing alone in an entry that names the noun:
"Set and stripped forms" in a concrete job shows Concrete forms. Not when the entry
never names the noun, another noun stands before the thing ("intake forms"), the thing
is the bullet's verb, the ask's first word is an adjective or a verb's form, or the
thing is a word said of anything. Texts written for these tests."""

from __future__ import annotations

from match_probe import asks, bullets_report, shown

from tailor_app.tailoring.model import MatchReport
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines


def vocabulary() -> Vocabulary:
    entries, problems = parse_lines(["Scheduling\thard\tscheduling"], "test")
    return Vocabulary(entries, problems, narrower_splits(entries))


def report(bullets: list[str], *names: str) -> MatchReport:
    return bullets_report(bullets, asks(*names), vocabulary(),
                          role="Site Laborer — Northfield Builders, Duluth, MN\n"
                               "May 2019 – Present")


def test_the_thing_alone_in_an_entry_that_names_the_noun() -> None:
    r = report(["Set and stripped forms for porches and steps",
                "Poured and finished concrete for 30 driveways"], "Concrete forms")
    assert shown(r) == {"Concrete forms": "forms"}


def test_without_the_noun_in_the_entry_nothing_is_shown() -> None:
    r = report(["Set and stripped forms for porches and steps"], "Concrete forms")
    assert r.matched == []


def test_another_noun_before_the_thing_is_another_thing() -> None:
    r = report(["Filled out intake forms for new concrete customers"], "Concrete forms")
    assert r.matched == []


def test_the_bullet_s_verb_is_no_thing() -> None:
    r = report(["Run weekly payroll checks for the payment office"], "Payment runs")
    assert r.matched == []


def test_an_adjective_first_or_a_word_said_of_anything_is_not_read() -> None:
    r = report(["Closed 90% of files before the final audit",
                "Followed safety rules on every concrete pour"], "Final files", "Concrete safety")
    assert r.matched == []


def test_a_named_kind_of_the_thing_is_the_thing() -> None:
    r = report(["Taught weekly Safe Start lessons in all 12 classrooms"], "Classroom lessons")
    assert shown(r) == {"Classroom lessons": "lessons"}


def test_an_acronym_s_things_are_its_own() -> None:
    r = report(["Closed CMMS orders and logged the work every day"], "Work orders")
    assert r.matched == []
