"""Needs discovery in other words and in a seller's requirement lines (Dec 5, recall9).
Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.needs import needs_terms


def test_figure_out_and_work_out_are_finding_out() -> None:
    assert [t.name for t in needs_terms(
        "Ask questions to figure out what callers want, then recommend a plan")] \
        == ["Needs Analysis"]
    assert [t.name for t in needs_terms(
        "work out what each prospect needs before you quote")] == []  # no selling word
    assert [t.name for t in needs_terms(
        "work out what each prospect needs before you quote", selling_job=True)] \
        == ["Needs Analysis"]


def test_a_sellers_title_lets_a_requirement_line_ask_it() -> None:
    names = {s.name for s in analyse_posting(
        "Inside Sales Representative\n\nYou bring\n- A year on the phones\n- A knack for "
        "figuring out what someone needs in the first two minutes\n").skills}
    assert "Needs Analysis" in names
    other = {s.name for s in analyse_posting(
        "Help Desk Technician\n\nYou bring\n- A knack for figuring out what someone needs "
        "when they call\n").skills}
    assert "Needs Analysis" not in other
