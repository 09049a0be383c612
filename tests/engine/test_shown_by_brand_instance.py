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
    # "<Maker> <thing>": the ask's head noun after a maker's name
    ("Scanned every tote with a Honeywell gun before it left the dock", "Barcode Scanners",
     "tool", "Honeywell gun"),
    ("Grease the conveyor bearings every Friday with the Alemite gun", "Grease guns", "tool",
     "Alemite gun"),
    # "the <Maker> <kind words>": the head dropped
    ("Ran the Raymond stand-up in the freezer aisles on second shift", "Stand-up forklift",
     "hard", "Raymond stand-up"),
])
def test_a_maker_named_thing_shows_the_ask(full: Vocabulary, bullet: str, asked: str,
                                           kind: str, words: str) -> None:
    r = bullets_report([bullet], asks(asked, kind=kind), full)
    assert shown(r).get(asked) == words, shown(r)


@pytest.mark.parametrize(("bullet", "asked", "kind"), [
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


def test_a_head_two_asks_share_picks_neither(full: Vocabulary) -> None:
    # "gun" closes both asks' names: the maker does not say which gun it is.
    r = bullets_report(["Scanned every tote with a Honeywell gun"],
                       asks("Barcode Scanners", "Caulking guns", kind="tool"), full)
    assert "Barcode Scanners" not in shown(r) and "Caulking guns" not in shown(r), shown(r)
