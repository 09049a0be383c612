"""A word of a skill's name that only describes its head is no name for the skill:
"office" of "Order office and clinical supplies" (Office Supplies Management) or "cash"
(Cash Handling) would read "experience in … office"; the head itself, or a plural (a
thing, never a describing word: "groups" of Small group instruction), still is."""

from __future__ import annotations

from tailor_app.tailoring.compose.naming import only_a_thing
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def test_a_describing_word_alone_is_no_name_for_the_skill() -> None:
    vocabulary = load_vocabulary()
    assert only_a_thing("office", "Office Supplies Management", vocabulary)
    assert only_a_thing("cash", "Cash Handling", vocabulary)


def test_the_head_a_plural_or_a_skill_of_its_own_stays() -> None:
    vocabulary = load_vocabulary()
    assert not only_a_thing("scheduling", "Staff scheduling", vocabulary)
    assert not only_a_thing("groups", "Small group instruction", vocabulary)
    assert not only_a_thing("payroll", "Payroll Processing", vocabulary)  # a skill itself
    assert not only_a_thing("spore test", "Spore testing", vocabulary)
