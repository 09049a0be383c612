"""An objective says what the writer wants, not what they did: headed "Objective" or
saying what the writer seeks, it gives way to the work at any length when it names no
work the posting asks. A short summary of what the writer is stays on top."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

_ROLES = """EXPERIENCE
Office Assistant, Prairie Title Co., Norman, OK | 2022 – present
- Greet clients and answer a 4-line phone
- Schedule closings on the escrow officers' Outlook calendars
- Scan and file signed closing packages

SKILLS
Microsoft Word · Outlook · Typing 55 WPM
"""

_POSTING = """Receptionist
Responsibilities
- Greet visitors and answer a multi-line phone
- Schedule meetings on calendars in Outlook
- Scan and file documents
Requirements
- Microsoft Word and Outlook
- Typing 50 WPM
"""


def _opening(text: str) -> str:
    return text[: text.index("EXPERIENCE")]


def test_a_short_objective_gives_way_to_the_work() -> None:
    resume = ("Mara Quist\nNorman, OK | 405-555-0133 | mara.quist@example.com\n\nOBJECTIVE\n"
              "Friendly, reliable team player seeking a position where I can grow.\n\n"
              + _ROLES)
    result = tailor(resume, _POSTING, today=TODAY)
    assert result.guard.ok
    assert "seeking a position" in result.text  # moved, never dropped
    assert "seeking a position" not in _opening(result.text)


def test_a_short_summary_of_the_work_stays_on_top() -> None:
    resume = ("Mara Quist\nNorman, OK | 405-555-0133 | mara.quist@example.com\n\nSUMMARY\n"
              "Office assistant with three years at a title company's front desk.\n\n"
              + _ROLES)
    result = tailor(resume, _POSTING, today=TODAY)
    assert result.guard.ok
    assert "three years at a title company" in _opening(result.text)
