"""A thing and the work on it ("coil cleaning", "label printing", "frame repairs") is an
item of a list of things, not a verb and its object.

The vocabulary makes a verb of every action noun it holds ("coiling", "filtering",
"labeling"), so "tune-ups, coil cleaning and filter changes" was read as two duties:
it asked "Cleaning coiling" and "Change filtering", or nothing. A word known first of
all as a verb ("perform inspections", "schedule cleanings") still opens a duty.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.posting.lists import thing_compound


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize("words", [
    "coil cleaning", "filter changes", "label printing", "frame repairs", "wire management",
    "seal replacement"])
def test_a_thing_and_its_work(words: str) -> None:
    assert thing_compound(words.split())


@pytest.mark.parametrize("words", [
    "perform inspections", "schedule cleanings", "replace filters", "label pans",
    "drain line flushing", "coil"])
def test_a_duty_or_no_pair(words: str) -> None:
    assert not thing_compound(words.split())


def test_kitchen_closing_list_names_each_task() -> None:
    text = ("Dishwasher / Porter\n\nWhat you'll do\n"
            "- Grease trap checks, floor cleaning and label printing at close\n")
    assert {"Floor cleaning", "Label printing"} <= _asks(text)


def test_a_list_after_a_colon_in_a_sentence_to_you() -> None:
    text = ("Auto Body Tech\n\nResponsibilities\nYou'll handle the shop's small jobs: paint "
            "touch-ups, wire management and frame repairs.\n")
    asks = _asks(text)
    assert {"Wire management", "Frame repairs"} <= asks
    assert not any(name.endswith(("iring", "aming")) for name in asks)


def test_duties_with_their_objects_stay_duties() -> None:
    text = "Line Cook\n\nDuties\n- Label the pans, stock the line and clean the flat-top\n"
    assert "Pan labeling" in _asks(text)
