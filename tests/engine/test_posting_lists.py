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


def test_describing_words_of_one_noun_are_no_list_of_things() -> None:
    # Each word describes the code: "maintainable code" is no ask of its own.
    assert items("Review pull requests and ship well-structured, efficient, and "
                 "maintainable code in Go") == []
    # Things stay things.
    assert items("Assist with cleanings, sealants, extractions and root canals")[-1] == \
        "root canals"


def test_actions_on_something_named_before_are_no_list_of_things() -> None:
    assert items("The team covers designing, building, shipping, and supporting them.") == []
    # Activities with no object are each an ask.
    assert items("Help with bathing, dressing, grooming and feeding")[-1] == "feeding"


def test_a_list_of_duties_may_open_after_will_in_a_longer_first_item() -> None:
    found = {s.name for s in analyse_posting(
        "We are a busy clinic looking for an assistant who will greet patients, file "
        "charts, help schedule follow-up visits, and restock exam rooms.").skills}
    # Each item is a duty: its verb is no part of a name.
    assert not {"File charts", "Restock exam rooms"} & found
    assert "Chart filing" in found
