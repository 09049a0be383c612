"""What a duty's object holds: not its doer, not the state it is kept in (Dec 5, recall9)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_yourself_is_no_word_of_a_duty_object() -> None:
    names = {s.name.lower() for s in analyse_posting(
        "Room Attendant\n\nDuties\n- Cover rooms yourself on short-staffed days\n"
        "- Stock linen closets\n").skills}
    assert not any("yourself" in n for n in names)


def test_a_state_ends_what_is_kept() -> None:
    names = {s.name.lower() for s in analyse_posting(
        "Inside Sales Rep\n\nDuties\n- Keep your pipeline clean enough that your manager "
        "can forecast from it\n- Cold call 60 prospects a day\n").skills}
    assert not any("clean" in n for n in names)
