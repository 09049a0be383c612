"""A thing named with its owner ("CEO's calendar") is no fragment in the summary
line: it is told as the bullet's deed ("managing the CEO's calendar") or left out."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def test_an_owners_thing_is_told_as_the_deed_or_left_out() -> None:
    vocabulary = load_vocabulary()
    text = ("• Maintain the company's website in WordPress and post weekly news\n"
            "• Kept the clinic's intake forms current\n")
    assert summary_term("company's website", "hard", "Website Maintenance", text,
                        vocabulary) == "maintaining the company's website"
    # No verb and article before it: no fragment either.
    assert summary_term("clinic's intake forms", "hard", "Patient Intake", text,
                        vocabulary) is None


def test_the_summary_never_says_an_owners_thing_bare() -> None:
    resume = """Colette Marsh
Franklin, TN | (615) 555-0147 | colette.marsh@example.com

EXPERIENCE
Executive Assistant to the CEO, Harpeth Valley Bank, Franklin, TN — 2021–present
• Manage the CEO's calendar across three offices
• Arrange domestic and international travel
• Record minutes at board meetings
"""
    posting = """Executive Assistant
Requirements
- Calendar management
- Travel arrangements
- Minute taking
"""
    result = tailor(resume, posting, today=date(2026, 12, 1))
    assert result.guard.ok
    summary = result.summary or ""
    assert "in CEO's calendar" not in summary
    assert ", CEO's calendar" not in summary


def test_a_name_written_with_an_owner_stays_a_name() -> None:
    vocabulary = load_vocabulary()
    text = "• Filed workers' compensation claims and tracked FMLA leave\n"
    assert summary_term("workers' compensation", "hard", "Workers' Compensation", text,
                        vocabulary) == "workers' compensation"
