"""A deed with a count after its verb ("Fill 300+ prescriptions a day", "Monitor 64
cameras") is told without the count ("filling prescriptions", "monitoring cameras"): the
line claims less, never more, and adds no number; a rate that counted the count ("a
day") goes with it."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.gerund import gerund_phrase


@pytest.mark.parametrize(("term", "text", "said"), [
    ("fill 300+ prescriptions", "Type and fill 300+ prescriptions a day in our system",
     "filling prescriptions"),
    ("Monitor 64 cameras", "Monitor 64 cameras across the garage and lobby",
     "monitoring cameras"),
    ("Resolve 25–30 tickets", "Resolve 25–30 tickets a week from clinic staff",
     "resolving tickets"),
])
def test_the_count_is_left_out(term: str, text: str, said: str) -> None:
    assert gerund_phrase(term, set(), text) == said


def test_a_figure_elsewhere_still_keeps_the_deed_untold() -> None:
    # A figure that is no count after the verb ("cut costs 12%") is not dropped.
    assert gerund_phrase("Cut supply spend 12%", set(), "Cut supply spend 12% in 2024") is None
    # A count alone, with nothing after it, tells no work.
    assert gerund_phrase("Answer 60", set(), "Answer 60 a day") is None


@pytest.mark.parametrize(("term", "text"), [
    # A figure before a unit is a size: the unit alone would be garbled.
    ("Install 200 amp panels", "Install 200 amp panels and meter bases"),
    ("Wire 3 phase motors", "Wire 3 phase motors for the pump house"),
    ("Read 480 volt schematics", "Read 480 volt schematics before lockout"),
    ("Load 53 ft trailers", "Load 53 ft trailers at the north dock"),
    ("Lift 50 pounds", "Lift 50 pounds all shift"),
    # A word between the count and the noun: left whole, not guessed.
    ("Dispatch 45 regional drivers", "Dispatch 45 regional drivers for two terminals"),
])
def test_a_figure_before_a_unit_or_a_describing_word_stays(term: str, text: str) -> None:
    assert gerund_phrase(term, set(), text) is None
