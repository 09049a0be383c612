"""The shipped vocabulary reads what resumes in the trades, nursing and social services
write for a posting's asks: a spelled-out acronym ("electronic MAR"), a narrower thing
("PEG tubes" are G-tubes, "nursing homes" long-term care, "Bobcat" a skid steer), an
everyday name ("food stamps", "road calls", "shift notes") or a trade's title for its
work ("Diesel mechanic": diesel repair). Never the reverse, and never a neighbour
("pneumatics" is no hydraulics, "NG tubes" no G-tubes). Texts written for these tests."""

from __future__ import annotations

import pytest
from match_probe import unmet

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def report(bullet: str, *names: str) -> MatchReport:
    text = ("Corinne Vasquez\ncorinne.v@example.com\n\nExperience\n"
            "Shift Lead  April 2019 – Present\nPinecrest Services, Billings, MT\n"
            f"- {bullet}\n")
    asks = [SkillMention(n, "hard", True, n, "requirements") for n in names]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asks,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis)


def shown(r: MatchReport) -> set[str]:
    return {m.name for m in r.matched}


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Passed meds and signed them off in the electronic MAR", "eMAR"),
    ("Tube feedings and flushes through PEG tubes", "G-tube"),
    ("Assisted physicians with moderate sedation and splints", "Procedural Sedation"),
    ("Watched telemetry for rhythm changes on 12 patients", "Cardiac Monitoring"),
    ("Nine years as a charge nurse in nursing homes", "Long-Term Care"),
    ("Took and transcribed doctors orders for new admissions", "Physician Orders"),
    ("Helped families apply for food stamps and Medicaid", "SNAP Benefits"),
    ("Helped clients file Social Security disability applications", "SSDI"),
    ("Linked adults with mental illness to housing and counseling", "Behavioral Health"),
    ("Wrote shift notes and incident reports every shift", "Progress Notes"),
    ("Followed HIPAA rules on privacy every day", "Confidentiality"),
    ("Set up I-9s and personnel files for new hires", "Employee Records Management"),
    ("Ran the Bobcat for site cleanup and backfill", "Skid Steer"),
    ("Rebuilt hydraulics on two balers", "Hydraulic Systems"),
    ("Diesel mechanic on a fleet of 150 tractors", "Diesel Mechanics"),
    ("Went out on road calls for breakdowns and tire changes", "Roadside Service"),
    ("Cleaned DPFs and replaced NOx sensors", "Diesel Aftertreatment"),
    ("Did ASQ-3 screenings with each child every 4 months", "Developmental Screening"),
])
def test_the_resume_s_words_show_the_ask(bullet: str, asked: str) -> None:
    assert shown(report(bullet, asked)) == {asked}


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Charted on a paper MAR at the small home", "eMAR"),
    ("Checked placement of NG tubes before feedings", "G-tube"),
    ("Eight years in assisted living and home care", "Long-Term Care"),
    ("Helped clients file Social Security disability applications", "Supplemental Security Income"),
    ("Placed clients in behavioral health programs", "Mental Health"),
    ("Placed clients in behavioral health programs", "Psychiatric Nursing"),
    ("Tested pneumatics on the packaging line", "Hydraulic Systems"),
    ("Used cardiac monitoring on every admission", "Telemetry"),
])
def test_a_neighbour_or_the_broader_shows_nothing(bullet: str, asked: str) -> None:
    r = report(bullet, asked)
    assert r.matched == [] and unmet(r) == [asked]


def test_the_trade_and_its_title_are_one_ask() -> None:
    analysis = analyse_posting(
        "Diesel Technician\nRequirements\n- 3+ years of heavy-duty diesel repair experience\n"
        "- Perform roadside service calls as needed\n")
    assert {"Diesel Mechanics", "Roadside Service"} <= set(analysis.required_skills)


def test_long_term_care_insurance_among_benefits_is_no_ask() -> None:
    analysis = analyse_posting(
        "Data Analyst\nRequirements\n- SQL and Tableau\n\nWhat we offer\n"
        "• Thrift savings plan\n• Long-term care insurance\n• Transit subsidies\n")
    assert "Long-Term Care" not in analysis.required_skills + analysis.preferred_skills
    nursing = analyse_posting(
        "Nurse Aide\nRequirements\n- One year of experience as a nurse aide in long-term care\n")
    assert "Long-Term Care" in nursing.required_skills
