"""A lone describing word before "and" and a longer item shares that item's head and is
no ask of its own: "knowledge of federal and state wage law" asks no "Federal"."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_describing_word_sharing_the_next_items_head_is_no_ask() -> None:
    assert "Federal" not in names("Requirements\n- Knowledge of federal and state wage law\n")
    assert "Clinical" not in names(
        "Requirements\n- Experience with clinical and regulatory document review\n")


def test_a_noun_before_and_is_still_asked() -> None:
    assert "Underwriting" in names(
        "Requirements\n- Experience with underwriting and claims handling\n")
