"""A tradesperson lists a licence by its state, grade and number only ("NC H3 Class II
License", "License #M-40211, State of Texas") beside their other papers: under role
titles that name the trade, that is the trade's licence. Another paper named by its
own words, a driver's class, a licence still pending, or a trade the roles do not name
shows nothing. Texts written for these tests, two trades."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines


def vocabulary() -> Vocabulary:
    entries, problems = parse_lines([
        "HVAC\thard\tHVAC | heating and air conditioning",
        "Plumbing\thard\tplumbing | plumber",
        "Commercial Driver's License\tcertification\t=CDL",
    ], "test")
    return Vocabulary(entries, problems, narrower_splits(entries))


def licence_shown(text: str, ask: str) -> str | None:
    mention = SkillMention(ask, "certification", True, f"{ask} required", "requirements")
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=[mention],
                               keywords=[], min_years=None, degree=None, certifications=[])
    report: MatchReport = match_resume(parse_resume(text), analysis, vocabulary=vocabulary())
    return next((m.evidence for m in report.matched if m.name == ask), None)


def resume(title: str, papers: str) -> str:
    return (f"Dana Cole\ndana.cole@example.com\n\n{papers}\n\nExperience\n"
            f"{title}, Summit Mechanical, Raleigh, NC    2019 – Present\n"
            "- Service rooftop units and boilers in schools and offices\n"
            "- Replace motors, contactors and capacitors\n")


def test_a_licence_named_by_state_and_grade_under_trade_titles_is_the_trades() -> None:
    text = resume("HVAC Service Technician", "EPA 608 Universal · NC H3 Class II License")
    assert licence_shown(text, "HVAC License") == "EPA 608 Universal · NC H3 Class II License"


def test_a_licence_number_in_the_papers_list_shows_a_plumbers_licence() -> None:
    text = resume("Journeyman Plumber", "Licenses\nLicense #M-40211, State of Texas")
    assert licence_shown(text, "Plumbing License") == "License #M-40211, State of Texas"


def test_a_drivers_class_or_a_pending_licence_is_no_trade_licence() -> None:
    assert licence_shown(resume("HVAC Service Technician", "Licenses\nClass A License"),
                         "HVAC License") is None
    assert licence_shown(resume("HVAC Service Technician", "Licences\nBC Class 5 Licence"),
                         "HVAC License") is None
    assert licence_shown(resume("Journeyman Plumber", "Licenses\nTX License (pending)"),
                         "Plumbing License") is None


def test_a_licence_under_titles_of_another_trade_shows_nothing() -> None:
    text = resume("HVAC Service Technician", "Licenses\nLicense #M-40211, State of Texas")
    assert licence_shown(text, "Plumbing License") is None
    named = resume("HVAC Service Technician", "Licenses\nCosmetology License, 2020")
    assert licence_shown(named, "HVAC License") is None
