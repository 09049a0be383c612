"""A tool called by its maker's word alone ("my Fluke", "the Zebra gun") shows the tool
the vocabulary names "<maker> <kind>" ("Fluke meter", "Zebra scanner") and the broader
tool a posting asks for. The word must be in its capitals, open by a possessive or a
determiner, and close its noun phrase (a model number or a kind word of the tool's own
names may follow); which words are makers is the vocabulary's data."""

from __future__ import annotations

import pytest
from match_probe import shown_by_bullet

from tailor_app.tailoring.skills.maker_named import makers
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize(("ask", "bullet", "shows"), [
    ("Multimeter", "Meg out pump motors and check voltage with my Fluke", "Multimeters"),
    ("Multimeter", "Ring out every circuit with our Fluke 117 before energizing",
     "Multimeters"),
    ("RF scanner", "Scan totes at the pack station with the Zebra gun and print labels",
     "Barcode Scanners"),
])
def test_a_tool_called_by_its_makers_word_shows_the_tool(ask: str, bullet: str, shows: str
                                                         ) -> None:
    assert shows in shown_by_bullet(ask, bullet, title="Technician")


@pytest.mark.parametrize(("ask", "bullet"), [
    # not in its capitals: the everyday word
    ("Multimeter", "Caught the short by a fluke during a routine check"),
    # no possessive or determiner opens it: the company, not its tool
    ("Multimeter", "Trained at Fluke on power quality analyzers"),
    # a longer name, or the maker's other goods
    ("Multimeter", "Certify cable runs with the Fluke Networks tester"),
    ("RF scanner", "Load ribbons into the Zebra printer at each pack station"),
])
def test_the_word_otherwise_shows_nothing(ask: str, bullet: str) -> None:
    shown = shown_by_bullet(ask, bullet, title="Technician")
    assert not {"Multimeters", "Barcode Scanners"} & shown


def test_makers_are_the_vocabularys_own_and_not_shared_words() -> None:
    table = makers(load_vocabulary())
    assert table["Fluke"][0].startswith("Fluke")
    assert "Crown" not in table  # dentistry's crowns too
    assert "Hyster" not in table  # a name of its own already
