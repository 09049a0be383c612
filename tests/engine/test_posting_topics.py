"""What a call, a question or an update is about is no ask (``posting.topics``).
Texts are written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.topics import talked_about


def _at(text: str, word: str) -> bool:
    return talked_about(text, text.index(word))


def test_the_topics_of_calls_questions_and_updates_are_found() -> None:
    text = "Take guest calls about room upgrades, parking passes and late checkouts"
    assert _at(text, "parking passes") and _at(text, "late checkouts")
    assert _at("Update shippers on pickup windows daily", "pickup windows")
    assert _at("Answer tenant questions about rent ledgers", "rent ledgers")
    # Not the work itself, nor what is told to no one in particular.
    assert not _at("Reconcile parking passes weekly", "parking passes")
    assert not _at("Notify on outages, and improve alert routing", "alert routing")
    assert not _at("Knowledge of pickup windows", "pickup windows")


def test_a_term_read_by_its_shape_from_a_topic_is_not_asked() -> None:
    text = ("Support Agent\n\nDuties\n- Answer customer chats about order status, gift "
            "cards and promo codes\n- Work tickets in Zendesk\n")
    asked = {s.name for s in analyse_posting(text).skills}
    assert not {"Gift cards", "Promo codes"} & asked
    assert "Zendesk" in asked
