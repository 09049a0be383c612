"""Fitting a page keeps the most relevant role and says only what the page shows
(order19; user18's U21 and N27: a senior role cut whole while a six-month job,
a hobbies paragraph and an awards list stayed, and the summary line still named
skills whose only lines were cut)."""

from __future__ import annotations

import re

from tailor_app.tailoring.compose.fit import candidates, without_group
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.resume.parser import parse_resume

POSTING = """Maintenance Planner

What you'll do
- Plan and schedule preventive maintenance work orders in SAP PM for a bottling plant
- Build job plans with parts, labor hours and lockout/tagout steps
- Track backlog and schedule compliance and report them weekly
- Order spare parts and keep the storeroom's min/max levels current

What you bring
- 3+ years of maintenance planning or scheduling
- SAP PM or another CMMS
- Reliability-centered maintenance and root cause analysis
"""

OLD_ROLES = "\n\n".join(
    f"Production Operator, Plant {n}, Dayton, OH    {2016 - n} - {2017 - n}\n"
    + "\n".join(f"- Ran filler line {n} and logged downtime on shift {k} for the supervisor"
                for k in range(5))
    for n in range(1, 13))

RESUME = f"""Dana Whitcomb
dana.whitcomb@example.com | (555) 014-2290

SUMMARY
Maintenance planner who keeps bottling and packaging lines running.
Outside work I restore vintage motorcycles, brew cider and coach a youth soccer team on weekends.

EXPERIENCE
Reliability Intern, Crestline Foods, Columbus, OH    Jan 2024 - Jun 2024
- Sorted spare parts in the storeroom
- Shadowed the planner on Tuesdays

Maintenance Planner, Ridgeway Bottling, Dayton, OH    2016 - 2023
- Planned and scheduled 300 preventive maintenance work orders a month in SAP PM
- Built job plans with parts, labor hours and lockout/tagout steps for 40 fillers and cappers
- Raised schedule compliance from 62% to 88% and reported backlog every Monday
- Led root cause analysis on repeat conveyor failures using reliability-centered maintenance
- Set min/max levels for 2,400 spare parts with the storeroom
- Ordered spare parts and tracked vendor lead times
- Planned shutdown weeks twice a year with contractors, parts kits and lockout/tagout lists
- Wrote preventive maintenance job plans for new labelers and case packers in SAP PM
- Reviewed backlog with the maintenance manager and scheduled work orders by priority
- Trained four technicians to close work orders in SAP PM with labor hours and parts
- Ran root cause analysis on filler valve failures and cut repeat work orders by half
- Kept schedule compliance and backlog charts on the shop board for each crew

{OLD_ROLES}

HONORS
Plant Awards
Safety Star, Ridgeway Bottling, 2019
Perfect Attendance, Ridgeway Bottling, 2018
Community
Volunteer of the Year, Dayton Youth Soccer, 2015
"""


def test_the_most_relevant_role_stays_when_a_newer_short_one_does_too() -> None:
    fitted = tailor(ResumeDocument.from_text(RESUME), POSTING, pages=1)
    assert fitted.guard.ok and fitted.left_out
    text = fitted.text
    assert "Maintenance Planner, Ridgeway Bottling" in text
    assert "Planned and scheduled 300 preventive maintenance work orders" in text
    # The old, unrelated roles, the hobbies paragraph and the honours go first.
    assert "Production Operator, Plant 12" not in text
    assert any(line.startswith("Outside work I restore") for line in fitted.left_out)
    assert "Maintenance planner who keeps bottling" in text  # the profile's first line stays
    assert "HONORS" in fitted.left_out and not re.search(r"^HONORS$", text, re.MULTILINE)
    assert "Plant Awards" not in text and "Community" not in text.split("EXPERIENCE")[1]


def test_the_summary_line_names_only_skills_the_fitted_lines_still_hold() -> None:
    from tailor_app.tailoring.compose.tailor import _still_shown

    resume = parse_resume("Kim Ota\nkim@example.com\n\nEXPERIENCE\n"
                          "Planner, Ridgeway Bottling    2016 - 2023\n"
                          "- Scheduled work orders in SAP PM\n- Kept the CMMS tidy\n")
    matched = [("SAP PM", "tool", "SAP PM"), ("root cause analysis", "hard", "Root Cause Analysis"),
               ("CMMS", "tool", "CMMS"), ("PM", "hard", "Preventive Maintenance")]
    kept = _still_shown(matched, resume)
    assert [m[0] for m in kept] == ["SAP PM", "CMMS", "PM"]  # the cut line's skill is gone


def test_the_senior_role_is_never_a_whole_candidate_and_honours_go_whole() -> None:
    """The candidates' order itself: the senior role is never a whole-entry candidate;
    a section of honours goes whole (heading, sub-headings and all) before it."""
    resume = parse_resume(RESUME)

    def shows(line: str) -> set[str]:
        return {w for w in ("SAP PM", "preventive maintenance", "root cause analysis",
                            "job plans") if w in line}

    def relevance(line: str) -> float:
        return float(len(shows(line)))

    order = candidates(resume, relevance, shows)
    firsts = [c.lines[0] for c in order]
    assert "Maintenance Planner, Ridgeway Bottling, Dayton, OH    2016 - 2023" not in firsts
    honors = next(c for c in order if c.sections)
    assert honors.lines[0] == "HONORS" and "Community" in honors.lines
    smaller, gone = without_group(resume, list(honors.lines))
    assert gone == list(honors.lines)
    assert all(s.heading not in ("HONORS", "Plant Awards", "Community")
               for s in smaller.sections)
