"""A duty's doer named after its object is no part of the object (Dec 5, recall9)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_yourself_is_no_word_of_a_duty_object() -> None:
    names = {s.name.lower() for s in analyse_posting(
        "Room Attendant\n\nDuties\n- Cover rooms yourself on short-staffed days\n"
        "- Stock linen closets\n").skills}
    assert not any("yourself" in n for n in names)
