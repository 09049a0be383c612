"""The job title part of the score reads a headline shared with the place and the
phone ("HVAC Service Technician · Joliet, IL · (815) 555-0177") as the title alone."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def test_the_headline_title_is_shown_without_the_place_and_phone() -> None:
    resume = parse_resume(
        "MARTA NOWAK\nBoiler Operator · Gary, IN · (219) 555-0144 · m.nowak@example.org\n\n"
        "EXPERIENCE\nOperator, Lakeshore Steam Plant    2018 – Present\n"
        "• Run two high-pressure boilers and log water chemistry each shift\n")
    report = match_resume(resume, analyse_posting(
        "Boiler Operator\nRequirements\n- Boiler operation\n- Water treatment\n"))
    title = next(c for c in report.breakdown if c.category == "Job title")
    assert title.earned == title.possible
    assert title.detail.endswith("closest in resume: Boiler Operator")
