"""A rename never costs the match it was made for: when writing a short form out
("GL" as "General Ledger") hides a line's evidence for another asked skill, the rename
is dropped, said so, and the score after tailoring is at least the score before."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

RESUME = ("Ana Silva\nana.silva@example.com\n\nEXPERIENCE\n"
          "Payroll Coordinator, Lakeside Foods, Boise, ID    2020 – Present\n"
          "• Process biweekly payroll for 400 employees in Paycom\n"
          "• Tie out the payroll register to the GL after every run\n"
          "• Key wage garnishments and track them to payoff\n")
POSTING = ("Payroll Specialist\nRequirements\n- Payroll processing\n- General Ledger\n"
           "- Payroll reconciliation\n- Wage garnishments\n")


def test_a_rename_that_would_hide_evidence_is_dropped() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.guard.ok
    before = {m.name for m in result.match_before.matched}
    after = {m.name for m in result.match_after.matched}
    assert before <= after
    assert result.match_after.score >= result.match_before.score
    assert "GL" not in result.renamed
