"""Headings in a company's own words, read by the posting's layout (Dec 5, recall9).
Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.sections import split_posting

_CAFE = (
    "Barista\nJuniper Street Coffee, Flagstaff AZ\n\nWhy Juniper\nFree drinks on shift, "
    "tips pooled every week, and a paid day off on your birthday.\n\nBehind the counter\n"
    "Pull espresso shots and steam milk for lattes on a La Marzocco machine, dial in the "
    "grinder each morning, and keep the bar clean between rushes.\n\nWhat we need\n"
    "- 6 months making espresso drinks\n- Food handler card\n")


def _kind_of(split_text: str, opening: str) -> str:
    split = split_posting(split_text)
    return next(u.kind for u in split.units if u.text.startswith(opening))


def test_a_heading_in_the_companys_words_ends_the_perks_above_it() -> None:
    # Before, the duties under "Behind the counter" were read as more of the perks.
    assert _kind_of(_CAFE, "Pull espresso shots") == "other"
    names = {s.name for s in analyse_posting(_CAFE).skills}
    assert "La Marzocco" in names or "Espresso" in names or "Espresso Machines" in names


def test_a_your_heading_of_four_words_heads_the_duties() -> None:
    text = ("Dental Assistant\nBright Smiles Dental\n\nWhy Bright Smiles\nFour-day weeks "
            "and a paid CE allowance.\n\nYour days with us\nYou'll take bitewing X-rays, "
            "chart perio exams in Dentrix and sterilize instruments between patients.\n")
    assert _kind_of(text, "You'll take bitewing") == "responsibilities"


def test_a_short_line_is_no_heading_unless_the_layout_agrees() -> None:
    # One short line over a paragraph, and no other heading set so: no heading.
    text = ("Cook\n\nWe are a diner on Route 9 open since 1962 with a loyal crowd.\n\n"
            "Breakfast and lunch\nYou'll work the flat-top and fryer for 200 covers a "
            "morning, prep hash browns and keep the line stocked.\n")
    assert _kind_of(text, "You'll work the flat-top") == "other"
    split = split_posting(text)
    assert [s.heading for s in split.sections if s.heading] == []


def test_requirement_lines_under_a_heading_stay_asks() -> None:
    # Short lines in a list of requirements stand over short lines, never a paragraph.
    text = ("Forklift Operator\n\nRequirements\n\nForklift certification\nReach truck "
            "experience\n\nNice to have\n\nSpanish\nOSHA 10\n")
    asks = {s.name: s.required for s in analyse_posting(text).skills}
    assert asks.get("Spanish") is False
    assert asks.get("Forklift Certification") is True
