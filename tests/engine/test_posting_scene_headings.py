"""Headings that set a scene of the job in the company's voice ("A day in the
territory", "A typical shift behind the bar") open the duties.

Before, such a line was no heading (its place words are the company's own), so the
duties told under it were read as the employer's story after "Who we are", and a
sales posting asked none of its everyday work.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.posting.headings import scene_heading_kind
from tailor_app.tailoring.posting.sections import split_posting

BAR = """\
The Copper Kettle Tavern
Bartender

Who we are
A neighborhood tavern with 30 taps and a kitchen open until midnight since 1994.

A typical shift behind the bar
You'll mix classic cocktails, pour draft beer, check IDs and run tabs in Toast. When it
gets busy you'll help restock the coolers.

What you need
- 1 year of bartending experience
- A current food handler card
"""

ROAD = """\
Prairie Seed Co. - Agronomy Sales Rep

About us
We are a family seed company serving growers in three counties.

A week on the road

Visit growers at their farms, build quotes in Salesforce and run plot tours.

Must haves
- Driver's license
"""


@pytest.mark.parametrize("line", [
    "a day in the territory", "a typical shift behind the bar", "a week on the road",
    "one day at the clinic", "a typical day", "a busy night in the kitchen"])
def test_scene_lines_name_the_duties(line: str) -> None:
    assert scene_heading_kind(line.split()) == "responsibilities"


@pytest.mark.parametrize("line", [
    "a day off every week", "a team of twelve", "a week", "a shift lead for nights",
    "an hour in the morning", "day shift available"])
def test_other_lines_are_no_scene(line: str) -> None:
    assert scene_heading_kind(line.split()) is None


def test_duties_under_a_scene_heading_are_asked() -> None:
    names = {s.name for s in analyse_posting(BAR).skills}
    assert {"Age Verification", "Tab Management", "Draft beer"} <= names
    kinds = {u.text[:16]: u.kind for u in split_posting(BAR).units}
    assert kinds["You'll mix class"] == "responsibilities"


def test_scene_heading_with_a_blank_line_after_it() -> None:
    names = {s.name for s in analyse_posting(ROAD).skills}
    assert "Salesforce" in names


def test_a_scene_sentence_inside_a_paragraph_is_no_heading() -> None:
    text = ("Who we are\nWe roast coffee for 40 cafes.\nA day in the roastery starts at six "
            "and ends when the last pallet ships.\n")
    kinds = {u.text[:12]: u.kind for u in split_posting(text).units}
    assert "responsibilities" not in kinds.values()
