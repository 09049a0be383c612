"""The shipped vocabulary reads the shorthand of ICU nurses, plumbers, front desks and
recovery programs: "art lines", "pressors", "pre-auths", "the jetter", "the flat rate
book", Suboxone for medication-assisted treatment, athenahealth for an EHR, "selling to
small businesses" for B2B sales, greeting walk-in clients or welcoming patients for
greeting visitors. Never the reverse: an EHR shows no athenahealth.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def report(bullet: str, asked: str, kind: str = "hard") -> MatchReport:
    text = ("Robin Okafor\nrobin.okafor@example.com\n\nExperience\n"
            "Lead  2020 – Present\nRiverside Services, Omaha, NE\n"
            f"- {bullet}\n")
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=[
        SkillMention(asked, kind, True, asked, "requirements")], keywords=[],
        min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis)


@pytest.mark.parametrize(("bullet", "asked", "kind"), [
    ("Kept up art lines and central lines on vented patients", "Arterial Lines", "hard"),
    ("Titrated pressors and propofol drips to goal", "Vasoactive Drips", "hard"),
    ("Got referrals and pre-auths for MRIs and injections", "Prior Authorization", "hard"),
    ("Ran the drum machine and the jetter on roots and grease", "Hydro-Jetting", "hard"),
    ("Quoted jobs from the flat rate book on the tablet", "Flat-Rate Pricing", "hard"),
    ("Worked with the clinic's Suboxone prescribers on each client's care",
     "Medication-Assisted Treatment", "hard"),
    ("Booked follow-ups in athenahealth", "Electronic Health Records", "tool"),
    ("Three years selling to small businesses by phone", "B2B Sales", "hard"),
    ("Greeted walk-in clients and answered the phones", "Greeting Visitors", "hard"),
    ("Welcomed patients and checked them in", "Greeting Visitors", "hard"),
])
def test_the_shorthand_shows_the_ask(bullet: str, asked: str, kind: str) -> None:
    assert [m.name for m in report(bullet, asked, kind).matched] == [asked]


def test_greeting_shoppers_on_a_sales_floor_is_no_visitor_s_welcome() -> None:
    assert report("Greeted customers on the sales floor", "Greeting Visitors").matched == []


def test_the_kind_shows_no_product() -> None:
    r = report("Charted every visit in the clinic's EHR", "athenahealth", "tool")
    assert r.matched == []
