"""A deed cut from a row of deeds whose verb could also be a noun ("balance", "order",
"check") is still a deed when its object opens with "the", "every" or the like right
after it: no noun of a compound stands before "the". The line tells it with the -ing
form, as every deed there is, never "experience in balance the cash drawer"."""

from __future__ import annotations

from tailor_app.tailoring.compose.summary import _plain_deed

_LINES = ("• Take cash and card payments and balance the cash drawer at shift change\n"
          "• Greet every guest; check the lobby for spills each hour\n"
          "• Order supplies and equipment for three clinics\n"
          "Skills: balance the books, check processing\n")


def test_a_verb_before_its_objects_the_is_told_as_a_deed() -> None:
    assert _plain_deed(["balance", "the", "cash", "drawer"], _LINES) == (
        "balancing the cash drawer")
    assert _plain_deed(["check", "the", "lobby"], _LINES) == "checking the lobby"


def test_a_noun_stays_a_noun() -> None:
    # No determiner after it: "equipment" is a thing ordered, "check processing" a compound.
    assert _plain_deed(["equipment"], _LINES) is None
    assert _plain_deed(["check", "processing"], _LINES) is None


def test_only_where_a_deed_stands() -> None:
    # A skills list is no row of deeds: its items are left as written.
    assert _plain_deed(["balance", "the", "books"], _LINES) is None

