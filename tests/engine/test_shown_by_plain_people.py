"""A duty done to "people": "Seat people and hand out menus" seats guests, "Check people
in for their appointments" checks patients in; and the verbs and particles that make it
another thing. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tests.match_probe import asks, bullets_report, shown


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("bullet", "asked", "words"), [
    ("Seated everyone on the patio and took drink orders", "Seating guests", "Seated everyone"),
    ("Check people in for their appointments and scan ID cards", "Patient Intake",
     "Check people in"),
    ("Greeted folks at the host stand on weekends", "Greeting guests", "Greeted folks"),
])
def test_the_duty_done_to_people_shows_it(full: Vocabulary, bullet: str, asked: str,
                                          words: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert shown(r).get(asked) == words, shown(r)


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Turned people away at the door when the dining room was full", "Repositioning"),
    ("Seat belts checked on every van before the run", "Seating guests"),
    # a name ending in "through" leaves its object out: this walk is a tour
    ("Walked people through model homes on weekends", "Technical Troubleshooting for Customers"),
    # review: a word's stems are no verb ("caring"), and a duty that depends on who the
    # people are or where they go keeps its served word
    ("Trained with some of the most caring people in the business", "Age Verification"),
    ("Loved feeding people at farmers markets and breweries", "Feeding Assistance"),
    ("Referred people to the manager when they had complaints about prices",
     "Resource Referral"),
])
def test_another_verb_or_particle_shows_nothing(full: Vocabulary, bullet: str,
                                                asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked not in shown(r), shown(r)
