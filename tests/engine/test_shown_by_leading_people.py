"""Leading people is told by whom one led: a crew run, a team one was responsible for,
nursing assistants or carpenters supervised. Those deeds show Team Leadership and
Leadership; being supervised, running a thing, or doing a thing for people does not.
Texts written for these tests; asks given as the posting's analysis would read them."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines

TSV = """\
Team Leadership\tsoft\tleading teams
Leadership\tsoft\tleadership skills
"""


def vocabulary() -> Vocabulary:
    entries, problems = parse_lines(TSV.splitlines(), "test")
    assert not problems
    return Vocabulary(entries, problems, narrower_splits(entries))


def report(bullet: str) -> MatchReport:
    text = ("Rosa Lindqvist\nrosa.lindqvist@example.com\n\nExperience\n"
            "Charge Nurse  June 2019 – Present\nBirchwood Care Center, Eau Claire, WI\n"
            f"- {bullet}\n")
    asks = [SkillMention(n, "soft", True, n, "requirements")
            for n in ("Team Leadership", "Leadership")]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asks,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary())


@pytest.mark.parametrize("bullet", [
    "Supervised 4 STNAs on second shift and checked their charting",
    "Ran a crew of 4 on custom homes, framing through trim",
    "Responsible for a crew of 12 on day shift in a fulfillment center",
    "In charge of the night crew, handed out assignments",
    "Led six carpenters and two laborers on a school addition",
    "Directed CNAs and aides on a 40-bed unit",
    "Supervised up to 8 CNAs on a 30-bed unit",
])
def test_a_deed_of_leading_people_shows_leadership(bullet: str) -> None:
    r = report(bullet)
    assert {m.name for m in r.matched} == {"Team Leadership", "Leadership"}


@pytest.mark.parametrize("bullet", [
    "Supervised by two charge nurses during orientation",
    "Ran weekly reports for the sales teams",
    "Ran the forklift and the reach truck",
    "Responsible for staff scheduling and payroll",
    "Managed KPIs and SOPs for the unit",
    "Drove residents to appointments with the aides",
    # the people are whom the thing went to or was done for (review20 M10)
    "Directed incoming calls to the dispatchers on duty",
    "Managed the walk-in inventory for the cooks and dishwashers",
])
def test_other_deeds_near_people_show_no_leadership(bullet: str) -> None:
    r = report(bullet)
    assert r.matched == []


def customer_report(bullet: str) -> MatchReport:
    text = ("Rosa Lindqvist\nrosa.lindqvist@example.com\n\nExperience\n"
            "Sales Associate  June 2019 – Present\nRidge Sports, Bend, OR\n"
            f"- {bullet}\n")
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=[
        SkillMention("Customer Service", "soft", True, "Customer Service", "requirements")],
        keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary())


@pytest.mark.parametrize(("bullet", "shown"), [
    ("Helped shoppers pick out running shoes and jackets", True),
    ("Assisted walk-in customers at the counter", True),
    ("Served 200 guests a night on the patio", True),
    ("Served on the safety committee with two clients", False),
    ("Helped build the new store's displays", False),
])
def test_helping_customers_is_customer_service(bullet: str, shown: bool) -> None:
    r = customer_report(bullet)
    assert bool(r.matched) == shown
