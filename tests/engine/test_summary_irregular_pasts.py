"""The summary line tells a deed in an irregular past with its real -ing form ("Bent
conduit": "bending conduit", "rebuilt": "rebuilding"), never the plain form's rule on
the past ("benting", "rebuilting"); a past of two readings is not told (review9)."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.gerund import gerund_phrase, ing_form, is_gerund_of


@pytest.mark.parametrize(("past", "said"), [
    ("rebuilt", "rebuilding"), ("bent", "bending"), ("built", "building"), ("sent", "sending"),
    ("spent", "spending"), ("kept", "keeping"), ("led", "leading"), ("ran", "running"),
    ("took", "taking"), ("made", "making"), ("drove", "driving"), ("wrote", "writing"),
    ("taught", "teaching"), ("brought", "bringing"), ("bought", "buying"), ("sold", "selling"),
    ("told", "telling"), ("held", "holding"), ("met", "meeting"), ("set", "setting"),
    ("cut", "cutting"), ("put", "putting"), ("fed", "feeding"), ("swept", "sweeping"),
])
def test_an_irregular_past_gives_its_real_ing_form(past: str, said: str) -> None:
    assert ing_form(past) == said
    assert is_gerund_of(said, {past})


def test_the_guard_takes_no_made_up_form() -> None:
    assert not is_gerund_of("benting", {"bent"})
    assert not is_gerund_of("rebuilting", {"rebuilt"})
    assert not is_gerund_of("metting", {"met"})


@pytest.mark.parametrize("past", ["saw", "found", "ground", "wound"])
def test_a_past_of_two_readings_is_not_told(past: str) -> None:
    assert ing_form(past) is None
    assert gerund_phrase(f"{past} the studs", set(), f"{past} the studs") is None


def test_a_deed_in_an_irregular_past_reads_right() -> None:
    text = "Rebuilt carburetors on small engines\nSwept the shop floor\n"
    assert gerund_phrase("Rebuilt carburetors", set(), text) == "rebuilding carburetors"
