"""A duty's verb is no ask of its own where its object is a skill whose names already
hold that activity.

Found on fresh admin postings: "order office supplies" asked Office Supplies Management
and Ordering as well, though the vocabulary names the first "supply ordering" and
"ordering supplies"; five front-office postings reported Ordering as a skill no reader
would list. A verb whose object names no such skill still asks the verb's skill. Each
test is on text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_ordering_supplies_is_one_ask() -> None:
    text = ("Receptionist\nLakeview Chiropractic\n\nWhat you'll do\n"
            "- Greet patients and answer a busy phone\n"
            "- Order office supplies every other Friday\n"
            "- Scan intake forms into ChiroTouch\n")
    names = _names(text)
    assert "Office Supplies Management" in names
    assert "Ordering" not in names


def test_ordering_other_goods_still_asks_ordering() -> None:
    text = ("Kitchen Lead\nHarbor Grill\n\nDuties\n"
            "- Order produce and dry goods from our vendors twice a week\n"
            "- Run the line on busy nights\n"
            "- Take weekly inventory\n")
    assert "Ordering" in _names(text)
