"""A clause of time and what a briefing covers are no asks
(Dec 6, precision10). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _names(text: str) -> set[str]:
    return {s.name.lower() for s in analyse_posting(text).skills}


def test_a_clause_of_time_is_no_ask() -> None:
    text = ("Closing Shift Lead\n\nA typical night\nWhen the dining room empties, you "
            "count the drawers and close out the POS. Once the last server clocks out, "
            "you set the alarm.\n\nRequirements\n- 1 year as a shift lead\n")
    names = _names(text)
    assert not any("empties" in n or "clocks out" in n or "clocks" in n for n in names)


def test_what_a_briefing_covers_is_no_ask() -> None:
    text = ("Event Server Lead\n\nDuties\n- Brief the servers on seating charts, dietary "
            "flags and speeches before doors open\n- Run the floor during service\n")
    names = _names(text)
    # Words read by their shape only: a name the vocabulary holds ("seating charts")
    # may be knowledge the job needs, and stays (see topics.py).
    assert not any("speeches" in n or "dietary flag" in n for n in names)
