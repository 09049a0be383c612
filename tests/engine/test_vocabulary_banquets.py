"""Banquet and kitchen work by the names captains and cooks use: plated and buffet
service, banquet setup, the grill. A banquet captain's posting asked none of them, and
a resume that had run plated dinners for 300 was not credited with it."""

from __future__ import annotations

import pytest
from skill_names import names

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("line", "skill"), [
    ("Served plated dinners for weddings of up to 300 guests", "Plated Service"),
    ("Set and ran buffet lines for corporate breakfasts", "Buffet Service"),
    ("Handled room sets and banquet breakdown for 40 events a month", "Banquet Setup"),
    ("Worked sauté and grill on a 120-cover line", "Grill Station"),
])
def test_banquet_and_line_words_show_the_skill(vocabulary: Vocabulary, line: str,
                                               skill: str) -> None:
    assert skill in names(vocabulary, line)


def test_plated_and_buffet_service_are_food_and_beverage_service(
        vocabulary: Vocabulary) -> None:
    assert "Food and Beverage Service" in names(vocabulary, "Plated service for 200")
    assert "Plated Service" not in names(vocabulary, "Food and beverage service")
