"""Work done with people outside the team is named as a skill (posting/partners.py)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.partners import partner_terms


def named(text: str) -> list[str]:
    return [t.name for t in partner_terms(text)]


def test_the_people_and_the_verbs_noun_name_the_skill() -> None:
    assert named("Each week you will communicate directly with parents about progress.") == [
        "Parent communication"]
    assert named("Liaise with insurance brokers on renewals") == ["Insurance broker liaison"]
    assert named("Coordinates with outside contractors and inspectors.") == [
        "Contractor coordination"]


def test_the_jobs_own_team_is_no_skill() -> None:
    assert named("Collaborate closely with your grade-level team and staff.") == []
    assert named("Communicate with managers about shift needs.") == []
    assert named("Work with vendors on pricing.") == []  # no verb of working with


def test_the_analysis_reports_it_as_a_duty_in_the_vocabularys_name_when_known() -> None:
    analysis = analyse_posting("Bookkeeper\n\nResponsibilities\n"
                               "- Communicate with clients by email about missing receipts\n"
                               "- Communicate with parents about billing\n")
    asked = {s.name for s in analysis.skills}
    assert "Client communication" in asked
    assert "Parent Communication" in asked  # the vocabulary's own spelling
    assert not any(n.lower().startswith("communicate") for n in asked)


def test_coaching_and_mentoring_the_people_the_job_leads() -> None:
    assert named("Coach shift supervisors on plating and mentor new servers.") == [
        "Coaching", "Mentoring"]
    # Coaching a thing (a club, a sport) is no people skill asked.
    assert named("You have coached a robotics club.") == []
