"""A skills-list item whose name opens with a past form ("Controlled substance
inventory") names a thing: the summary line says it as the resume writes it, never as a
deed ("controlling substance inventory"), which would misstate the resume (review22 L1). That a deed
in the past is still told as work ("resolving escalated guest complaints") is
tests/engine/test_summary_deeds.py's."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)
RESUME = """Dana Whitfield
Columbus, OH | 614-555-0100 | dana@example.com

EXPERIENCE
Pharmacy Technician | Riverside Hospital | 2019 - Present
- Compound IV admixtures in the cleanroom under USP 797
- Restock automated dispensing cabinets on four units

SKILLS
Pharmacy calculations · Aseptic technique · Controlled substance inventory · Microsoft Excel
"""
POSTING = """IV Pharmacy Technician

Requirements
- Aseptic technique and sterile compounding
- Controlled substance inventory and record keeping
- Pharmacy calculations
"""


def test_a_name_opening_with_a_past_form_is_said_as_written() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.guard.ok
    assert result.summary is not None
    assert "controlling" not in result.summary
    assert "controlled substance inventory" in result.summary
