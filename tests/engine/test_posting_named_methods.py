"""A method, model or curriculum named by its capitalised name before a plain word of
its kind ("using the Promoting First Relationships model", "trained in the Seeking
Safety model") is asked by that name. Before, a name before "model" or "approach" was
read only where the vocabulary held it: a posting's own evidence-based model went
unasked (one before "curriculum" was read already)."""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_model_named_in_a_duty() -> None:
    text = ("Youth Counselor\n\nResponsibilities\n- Run weekly groups using the Seeking "
            "Safety model\n- Complete progress notes\n")
    assert "Seeking Safety" in _asks(text)


def test_a_model_named_in_a_sentence_to_you() -> None:
    text = ("Youth Care Worker\n\nWhat you'll do\nYou will support youth in our cottages "
            "using the Trust Based Relational Intervention model and log every shift.\n")
    assert "Trust Based Relational Intervention" in _asks(text)


def test_an_approach_a_duty_coaches() -> None:
    text = ("Clinical Coach\n\nResponsibilities\n"
            "- Coach staff on the Collaborative Problem Solving approach\n")
    assert "Collaborative Problem Solving" in _asks(text)


def test_an_organisation_before_the_word_is_no_method() -> None:
    text = ("Paraeducator\n\nDuties\n- Support the Lakeview Unified School District model "
            "of inclusion in grades 3-5\n")
    assert not any("District" in name for name in _asks(text))
