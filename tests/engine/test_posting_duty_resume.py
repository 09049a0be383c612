"""A sentence's list of duties goes on past a duty whose object was not read
(posting/duties.py): "grind edges with the rest of the crew, and weld frames" asks for
Welding though the duty before it ran on into a phrase of company."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def asks(text: str) -> list[str]:
    return [s.name for s in analyse_posting(text).skills]


def test_the_duties_after_a_duty_that_runs_on_are_read() -> None:
    found = asks("Fabricator\n\nCut and fit stock from the cut list on the saw line, grind"
                 " edges with the rest of the crew, and weld frames for the trailers.")
    assert "Welding" in found and "Grinding" in found


def test_a_list_of_things_still_open_opens_no_duty() -> None:
    # "design" is the last thing of the list, not the next duty's verb.
    found = asks("Designer\n\n- Contribute to shared training materials for the studio,"
                 " including checklists, videos, slides, and design templates")
    assert not any("designing" in name.lower() for name in found)


def test_a_resumed_duty_s_one_word_object_is_no_ask() -> None:
    # Told in passing: "document every visit" asks for no Visit documentation.
    found = asks("Field Technician\n\nYou will inspect rooftop units at customer sites"
                 " across the county, replace filters and belts on the quarterly plan, and"
                 " document every visit in the handheld app.")
    assert "Visit documentation" not in found
