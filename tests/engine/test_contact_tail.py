"""Logistics lines that end a contact block (availability, how to reach the person)
stay with it: the summary line goes after them, not between the address and them."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import tailor
from tailor_app.tailoring.compose.render import summary_place

TODAY = date(2026, 12, 1)

_POSTING = ("Inventory Specialist\nRequirements:\n- Cycle counting\n- RF scanners\n"
            "- Inventory adjustments\n")


def _resume(tail: str) -> str:
    return ("Rosa Delgado-Winter\n88 Birch Lane, Apt 4\nJoliet, IL 60435\n(815) 555-0110\n"
            f"rosa.dw@example.com\n{tail}\n\nEXPERIENCE\n"
            "Inventory Clerk, Lakeside Cold Storage    Mar 2021 – Present\n"
            "• Count 250 locations a night in cycle counts with an RF scanner\n"
            "• Enter inventory adjustments and research variances\n")


def test_availability_lines_stay_above_the_summary_line() -> None:
    tail = ("Available for nights and weekends; reliable transportation\n"
            "Preferred contact: text message")
    result = tailor(_resume(tail), _POSTING, today=TODAY)
    assert result.summary is not None and result.guard.ok
    text = result.text
    assert text.index("Preferred contact") < text.index(result.summary)
    assert text.index("Available for nights") < text.index(result.summary)


def test_an_opening_line_that_names_the_work_stays_a_summary() -> None:
    tail = "Inventory clerk open to nights, strong in cycle counting and RF scanners"
    result = tailor(_resume(tail), _POSTING, today=TODAY)
    assert result.guard.ok
    # It stays the resume's own summary, not a line of the contact block; an added line
    # would only repeat the skills it and the bullets under it name (none is added).
    assert not any("Inventory clerk open to" in line for line in result.tailored.contact.lines)
    assert any(s.kind == "summary" for s in result.tailored.sections)
    if result.summary is not None:  # above it, or closing it (render.summary_place)
        above = summary_place(result.tailored, result.summary) == 0
        assert (result.text.index(result.summary) < result.text.index(
            "Inventory clerk open to")) == above


def test_a_pitch_that_mentions_shifts_stays_a_summary() -> None:
    # Review16 O1: "open to all shifts" on the way does not make a pitch a contact line.
    resume = ("Dana Cruz\nTulsa, OK | 918-555-0101 | dana@example.com\n"
              "Dependable team player open to all shifts, with a safe driving record and "
              "experience training new hires on pallet jacks.\n\nExperience\n"
              "Warehouse Associate, Acme Foods, Tulsa, OK, 2019 - 2024\n"
              "- Picked and packed 150 orders per shift with RF scanners\n"
              "- Loaded trucks and kept the dock clean\n\nSkills\n"
              "RF scanners, pallet jacks, inventory counts\n")
    posting = ("Warehouse Associate\n- Pick and pack orders using RF scanners\n"
               "- Load and unload trucks\n- Count inventory\nRequirements:\n"
               "- 1 year of warehouse experience\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and result.guard.ok
    assert "Dependable team player" not in "\n".join(result.tailored.contact.lines)
    # The pitch is her own summary: the added line stands above it or closes it.
    above = summary_place(result.tailored, result.summary) == 0
    assert (result.text.index(result.summary) < result.text.index(
        "Dependable team player")) == above
