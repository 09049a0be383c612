"""The line under the name that says who the person is ("WAREHOUSE LEAD / SHIPPING &
RECEIVING") is their own word for their work: a posting's ask in those words is shown
by it. The name itself and the lines that tell how to reach them (a place, a phone, an
address) are never evidence. Texts written for these tests; asks given as the posting's
analysis would read them."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines

TSV = "Forklift Operation\thard\tforklift\n"


def vocabulary() -> Vocabulary:
    entries, problems = parse_lines(TSV.splitlines(), "test")
    assert not problems
    return Vocabulary(entries, problems, narrower_splits(entries))


def report(contact: str, *names: str) -> MatchReport:
    text = (f"{contact}\n\nExperience\nShift Lead  2021 – Present\n"
            "Sierra Fulfillment, Carson City\n- Ran the forklift and the reach truck\n")
    asks = [SkillMention(n, "hard", True, n, "requirements") for n in names]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asks,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary())


def test_the_headline_shows_an_ask_in_its_words() -> None:
    r = report("Luis Ortega\nSparks, NV · luis.ortega@example.com\n"
               "WAREHOUSE LEAD / SHIPPING & RECEIVING", "Receiving")
    assert [(m.name, m.evidence) for m in r.matched] == [
        ("Receiving", "WAREHOUSE LEAD / SHIPPING & RECEIVING")]


def test_the_name_and_the_place_are_no_evidence() -> None:
    r = report("Sparks Morgan\nReno, NV · sparks.morgan@example.com", "Reno", "Sparks")
    assert r.matched == []
