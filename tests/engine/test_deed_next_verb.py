"""A verb that has an object of its own does not carry past "and" to the next duty's
object.

Found on a fresh sales posting: "negotiate pricing and follow each deal to signed
contract" read "follow each deal" as Deal negotiation, the reader taking "follow" for a
word describing "deal" in a list of the first verb's objects. A verb before its own
determiner opens the next duty. Verbs joined before one object ("negotiate and close each
deal") and lists of objects ("administer injections and vaccines") read as before. Each
test is on text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def _deeds(text: str) -> list[tuple[str, str]]:
    vocabulary = load_vocabulary()
    return [(text[h.start:h.end], h.skill.name) for h in vocabulary.deeds(text)]


def test_a_second_verb_with_its_own_object_ends_the_first_ones_list() -> None:
    text = ("Account Executive\nHarbor Freight Systems\n\nResponsibilities\n"
            "- Quote rates and win each shipment from new shippers\n"
            "- Negotiate pricing and follow each deal to a signed contract\n")
    names = {s.name for s in analyse_posting(text).skills}
    assert "Deal negotiation" not in names
    assert "Negotiation" in names


def test_the_second_verb_keeps_its_own_deed() -> None:
    assert ("train new staff", "Staff training") in _deeds(
        "Manage inventory and train new staff")


def test_a_list_of_objects_still_shares_the_verb() -> None:
    assert [name for _, name in _deeds("Administer injections and vaccines")] == [
        "Immunization Administration"]
