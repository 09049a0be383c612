"""A tool the posting names with its maker in front ("Cummins INSITE", "Detroit Diesel
DiagnosticLink") is shown by the product's name alone, written as a name ("Diagnosed
derates with Insite and a laptop"); a product in capitals is the same name with one
capital. The word in lower case, or starting a longer name, shows nothing. Texts
written for these tests; asks given as the posting's analysis would read them."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines

TSV = "Welding\thard\tMIG welding\n"


def vocabulary() -> Vocabulary:
    entries, problems = parse_lines(TSV.splitlines(), "test")
    assert not problems
    return Vocabulary(entries, problems, narrower_splits(entries))


def report(bullet: str, tool: str) -> MatchReport:
    text = ("Wes Tanaka\nwes.tanaka@example.com\n\nExperience\n"
            "Diesel Mechanic  2019 – Present\nPrairie Haul, Joliet, IL\n"
            f"- {bullet}\n")
    asks = [SkillMention(tool, "tool", True, tool, "requirements")]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asks,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary())


@pytest.mark.parametrize(("bullet", "tool", "term"), [
    ("Diagnosed derates with Insite and a laptop", "Cummins INSITE", "Insite"),
    ("Cleared fault codes with INSITE on every PM", "Cummins INSITE", "INSITE"),
    ("Ran DiagnosticLink to calibrate DD15 engines", "Detroit Diesel DiagnosticLink",
     "DiagnosticLink"),
])
def test_the_product_without_its_maker_shows_the_tool(bullet: str, tool: str, term: str) -> None:
    r = report(bullet, tool)
    assert [m.resume_term for m in r.matched] == [term]


@pytest.mark.parametrize(("bullet", "tool"), [
    ("Gained insite into fleet downtime", "Cummins INSITE"),
    ("Trained on Insite Pro Suite with the dealer", "Cummins INSITE"),
    ("Calibrated engines with a Detroit laptop", "Detroit Diesel DiagnosticLink"),
])
def test_other_words_show_no_tool(bullet: str, tool: str) -> None:
    assert report(bullet, tool).matched == []
