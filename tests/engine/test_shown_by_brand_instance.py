"""Equipment a resume names by its maker: "Scanned every tote with a Honeywell gun" shows
the barcode scanners a posting asks for, "Ran the Raymond stand-up" a stand-up forklift;
and the capitalised words that are no maker (an acronym, a sentence's first word, a
place, the employer) or a head two asks share. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tests.match_probe import asks, bullets_report, shown


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("bullet", "asked", "kind", "words"), [
    # "the <Maker> <kind words>": the head dropped, the thing used
    ("Drove the Raymond stand-up in the freezer aisles on second shift", "Stand-up forklift",
     "hard", "Raymond stand-up"),
    ("Drove our Yale sit-down for dock loading", "Sit-down forklift", "hard",
     "Yale sit-down"),
])
def test_a_maker_named_thing_shows_the_ask(full: Vocabulary, bullet: str, asked: str,
                                           kind: str, words: str) -> None:
    r = bullets_report([bullet], asks(asked, kind=kind), full)
    assert shown(r).get(asked) == words, shown(r)


@pytest.mark.parametrize(("bullet", "asked", "kind"), [
    # review: a meeting led, a customer's trucks unloaded, a maker of many kinds of
    # camera, goods sold
    ("Led the Ops stand-up every morning with 12 pickers", "Stand-up forklift", "hard"),
    ("Ran the Outbound stand-up each morning", "Stand-up forklift", "hard"),
    ("Unloaded Sysco trucks on the overnight shift", "Box Truck", "tool"),
    ("Shot weddings and quinceaneras with Nikon cameras", "CCTV", "hard"),
    ("Sold Andersen doors and windows to homeowners and contractors", "Door Installation",
     "hard"),
    # a maker's name does not say which kind of gun
    ("Scanned every tote with a Honeywell gun before it left the dock", "Barcode Scanners",
     "tool"),
    # an acronym names a kind, not a maker
    ("Placed NG tubes and checked placement before feeds", "Chest tubes", "tool"),
    # a sentence's first word is capitalised for the sentence
    ("Cleaned the booth daily. Spray guns were flushed by the night crew", "Caulking guns",
     "tool"),
    # the stand-up's head followed by another noun: a stand-up meeting
    ("Lead the Monday stand-up meeting for the pick team", "Stand-up forklift", "hard"),
])
def test_words_that_name_no_maker_show_nothing(full: Vocabulary, bullet: str, asked: str,
                                               kind: str) -> None:
    r = bullets_report([bullet], asks(asked, kind=kind), full)
    assert asked not in shown(r), shown(r)
