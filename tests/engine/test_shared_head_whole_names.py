"""Two verbs sharing an object never cut a known name in two.

"Enter and check bills of lading" was read as "enter bills" (the vocabulary's way of
saying Accounts Payable) because the pair reader took "bills" as the head both verbs
share; the head there is Bills of lading, a name of its own. A dispatcher's posting
then reported Accounts Payable missing. A head that ends inside a name the vocabulary
found after the pair is no head. Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name.lower() for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("line", "asked", "not_asked"), [
    ("Enter and check bills of lading and PODs for billing.", "bills of lading",
     "accounts payable"),
    ("Prepare and review bills of materials for each new product.", "bill of materials",
     "bill review"),
])
def test_the_shared_object_is_the_whole_name(line: str, asked: str, not_asked: str) -> None:
    asks = _asks(f"Coordinator\n\nWhat you'll do\n- Answer phones.\n- {line}\n")
    assert asked in asks
    assert not_asked not in asks


def test_a_plain_shared_object_is_still_read() -> None:
    asks = _asks("Bookkeeper\n\nWhat you'll do\n- Enter and pay bills for three restaurants.\n")
    assert "accounts payable" in asks
