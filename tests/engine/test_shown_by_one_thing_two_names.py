"""One thing written two ways is one skill: a posting's "staff retention" or "talent
sourcing" is not a narrower skill a resume's "employee retention" or "sourced passive
candidates" fails to show, and a field's everyday resume words ("trauma-informed",
"mediated with landlords", "past-due customers") show what they say."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _resume(*bullets: str, summary: str = "") -> str:
    lines = ["Morgan Reyes", "morgan.reyes@example.com", ""]
    if summary:
        lines += ["Summary", summary, ""]
    lines += ["Experience", "Coordinator | Lakeview Partners, Akron, OH | 2021 - Present"]
    lines += [f"- {b}" for b in bullets]
    return "\n".join(lines) + "\n"


def _report(resume: str, ask: str):
    return match_resume(parse_resume(resume),
                        analyse_posting(f"Coordinator\n\nRequirements\n- {ask}\n"))


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Experience with talent sourcing", "Sourced passive candidates on LinkedIn and at meetups",
     "Candidate Sourcing"),
    ("Proven staff retention results", "Cut first-year turnover by reducing turnover drivers",
     "Employee Retention"),
    ("Client retention strategies", "Owned customer retention for 40 accounts",
     "Customer Retention"),
    ("Vendor relationship management", "Ran quarterly supplier scorecards for 12 suppliers",
     "Supplier Management"),
    ("Vendor negotiations", "Led supplier negotiations that cut freight costs 8%",
     "Contract Negotiation with Suppliers"),
    ("Experience with electronic discovery", "Ran e-discovery review for two trials",
     "E-Discovery"),
])
def test_a_synonym_is_not_a_narrower_skill(ask: str, bullet: str, skill: str) -> None:
    report = _report(_resume(bullet), ask)
    assert skill in {m.name for m in report.matched}, (report.matched, report.missing)
    assert not report.missing


@pytest.mark.parametrize(("ask", "bullets", "summary", "skill"), [
    ("Knowledge of trauma-informed care", ("Carry a caseload of 20 adults",),
     "Case manager: Housing First, harm reduction, trauma-informed.", "Trauma-Informed Care"),
    ("Experience serving people experiencing homelessness",
     ("Carry a caseload of 20 adults leaving homelessness",), "", "Homeless Services"),
    ("Landlord engagement", ("Mediated with landlords over late rent to prevent evictions",),
     "", "Landlord Engagement"),
    ("Collections experience", ("Call and email past-due customers every week",), "",
     "Collections Management"),
])
def test_everyday_resume_words_show_the_skill(ask: str, bullets: tuple[str, ...], summary: str,
                                              skill: str) -> None:
    report = _report(_resume(*bullets, summary=summary), ask)
    assert skill in {m.name for m in report.matched}, (report.matched, report.missing)


def test_the_words_alone_are_no_ask_and_unrelated_work_shows_nothing() -> None:
    # "homelessness" and "with landlords" are what a resume says, not what a posting asks.
    posting = analyse_posting("Case Manager\n\nAbout us\nWe work to end homelessness and "
                              "partner with landlords across the county.\n\nRequirements\n"
                              "- Case management experience\n")
    assert {s.name for s in posting.skills} == {"Case Management"}
    report = _report(_resume("Filed invoices and answered phones"), "Landlord engagement")
    assert report.missing == ["Landlord Engagement"]


def test_a_credit_desks_trade_references_are_no_hiring_reference_checks() -> None:
    posting = analyse_posting("Credit Analyst\n\nDuties\n- Process credit applications, check "
                              "trade references and set credit limits\n")
    names = {s.name for s in posting.skills}
    assert "Customer Credit Management" in names and "Reference checks" not in names
