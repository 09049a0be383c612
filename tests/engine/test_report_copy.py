"""The "after" report of a job with nothing renamed is a copy of the "before" one: the
same values, sharing nothing the caller might change."""

from __future__ import annotations

from copy import deepcopy

from tailor_app.tailoring.compose.tailor import _copy
from tailor_app.tailoring.model import CategoryScore, MatchReport, SkillMatch


def test_a_copy_equals_deepcopy_and_shares_no_list() -> None:
    report = MatchReport(
        score=72, formula_version="v1",
        breakdown=[CategoryScore("hard", 3.0, 4.0, "3 of 4")],
        matched=[SkillMatch("Payroll", "hard", True, "Ran payroll for 40 staff", "payroll")],
        missing_required=["QuickBooks"], missing_preferred=["Excel"],
        years_required=3, years_found=4.5, degree_required=None, degree_found=None)
    copied = _copy(report)
    assert copied == deepcopy(report) and repr(copied) == repr(report)
    for name in ("breakdown", "matched", "missing_required", "missing_preferred"):
        assert getattr(copied, name) is not getattr(report, name)
    assert copied.matched[0] is not report.matched[0]
    assert copied.breakdown[0] is not report.breakdown[0]
