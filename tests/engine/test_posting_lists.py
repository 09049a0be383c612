"""The lists inside a posting's sentences (posting/lists.py): which of their items are
asks. The texts are written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.lists import list_items


def items(text: str) -> list[str]:
    single: set[int] = set()
    return [text[a:b] for a, b in list_items(text, single=single)]


def test_two_actions_on_one_object_are_no_item_of_their_own() -> None:
    text = "Cover the desk by radio, pager and text, sorting and routing parcels by zone"
    assert "sorting" not in items(text)
    assert items(text)[-1].startswith("routing parcels")
    # A list of one-word activities keeps each of them.
    assert items("Help with bathing, dressing, grooming and feeding") == [
        "Help with bathing", "dressing", "grooming", "feeding"]
    assert "grooming" in items("Help with bathing, dressing, grooming and feeding residents")


def test_an_action_sharing_the_next_ones_object_is_not_reported_alone() -> None:
    found = {s.name for s in analyse_posting(
        "Responsibilities\n- Answer the front line by phone, chat and email, logging and "
        "closing cases in Freshdesk\n").skills}
    assert "Logging" not in found
    assert "Freshdesk" in found
