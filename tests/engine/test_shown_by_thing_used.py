"""A skill at using a thing shown by the thing used: "Juggle phones for three dentists"
shows phone skills, "Set up computers for new hires" computer skills; and the uses that
are none (goods sold or repaired, a thing after a preposition, a thing that names
another). Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tests.match_probe import asks, bullets_report, shown


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("bullet", "asked", "words"), [
    ("Juggle phones for three dentists and a hygienist", "Telephone Etiquette",
     "Juggle phones"),
    ("Greet walk-ins and cover the main office phone at lunch", "Telephone Etiquette",
     "cover the main office phone"),
    ("Picked up the phones when the lobby was busy", "Phone etiquette", "Picked up the phones"),
    ("Set up computers and printers for new hires", "Computer Literacy", "Set up computers"),
])
def test_the_thing_used_shows_the_skill(full: Vocabulary, bullet: str, asked: str,
                                        words: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert shown(r).get(asked) == words, shown(r)


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Sold Android phones, cases and service plans", "Telephone Etiquette"),  # goods
    ("Repaired office computers and swapped hard drives", "Computer Literacy"),  # a job
    ("Stay friendly on the phone with upset callers", "Telephone Etiquette"),  # no deed
    ("Led the phone system upgrade for two offices", "Telephone Etiquette"),  # another thing
    ("Taught life and earth science to 120 seventh graders", "Independent Living Skills"),
    # review: literacy names no thing; a phone set up is no phone etiquette
    ("Arrived early and set up math centers before the bell", "Early literacy"),
    ("Kept the class library balanced and labeled", "Balanced literacy"),
    ("Set up phones for new customers and transferred their contacts", "Phone etiquette"),
    ("Picked phones and tablets for online orders", "Phone etiquette"),
    ("Managed phones and laptops for 200 staff in Intune", "Phone etiquette"),
    ("Returned phones to the carrier for credit", "Phone etiquette"),
    ("Handled phones and tablets in the returns cage", "Phone etiquette"),
])
def test_no_use_of_the_thing_shows_nothing(full: Vocabulary, bullet: str, asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked not in shown(r), shown(r)
