"""The match report calls a skill or a credential shown only by a line about the writer:
people a bullet opens with are as often the ones the writer worked with ("Case managers
referred families to me"), a licence in a bullet as often someone else's ("Verified
Practical Nursing license status of agency staff"), a card word elsewhere in a sentence
another thing ("gift cards"), and a card "in progress" is not held yet. Texts written
for these tests (a review of the session's rules found each)."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def report(body: str, *asks: tuple[str, str], tail: str = "") -> MatchReport:
    text = ("Jordan Pike\njordan.pike@example.com\n\nSUMMARY\nSteady, careful, on time.\n\n"
            "EXPERIENCE\nShift Lead, Riverside Distribution, Dayton, OH    2019 – Present\n"
            + body + tail)
    mentions = [SkillMention(n, k, True, n, "requirements") for n, k in asks]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=mentions,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=load_vocabulary())


def shown(r: MatchReport) -> set[str]:
    return {m.name for m in r.matched}


@pytest.mark.parametrize(("bullet", "asked"), [
    ("• Case managers referred families to me for housing help\n", "Case Management"),
    ("• Loan applicants were greeted and seated by me\n", "Loan Applications"),
])
def test_people_a_bullet_opens_with_are_not_the_writer(bullet: str, asked: str) -> None:
    assert asked not in shown(report(bullet, (asked, "hard")))


def test_the_writers_own_role_in_the_summary_still_shows_it() -> None:
    text_report = report("• Moved pallets to the dock\n", ("Forklift Operation", "hard"))
    assert "Forklift Operation" not in shown(text_report)
    r = match_resume(parse_resume(
        "Jordan Pike\njordan.pike@example.com\n\nSUMMARY\nCertified forklift operator with "
        "six years on the dock.\n\nEXPERIENCE\nShift Lead, Riverside Distribution    "
        "2019 – Present\n• Moved pallets to the dock\n"),
        PostingAnalysis(title=None, company=None, sections=[], skills=[
            SkillMention("Forklift Operation", "hard", True, "Forklift Operation",
                         "requirements")], keywords=[], min_years=None, degree=None,
            certifications=[]), vocabulary=load_vocabulary())
    assert "Forklift Operation" in shown(r)


@pytest.mark.parametrize("bullet", [
    "• Drove powered industrial trucks; handed out gift cards at store events\n",
    "• Helped coworkers study for their powered industrial truck operator cards\n",
])
def test_a_card_word_elsewhere_holds_no_certification(bullet: str) -> None:
    assert shown(report(bullet, ("Forklift certification", "certification"))) == set()


def test_a_card_in_progress_is_not_held() -> None:
    tail = ("\nCERTIFICATIONS\nPowered Industrial Truck operator card (in progress, "
            "expected 2027)\n")
    r = report("• Moved pallets to the dock\n", ("Forklift certification", "certification"),
               tail=tail)
    assert shown(r) == set()


def test_a_held_card_in_its_section_still_shows_the_certification() -> None:
    tail = "\nCERTIFICATIONS\nPowered Industrial Truck operator card, 2021\n"
    r = report("• Moved pallets to the dock\n", ("Forklift certification", "certification"),
               tail=tail)
    assert shown(r) == {"Forklift certification"}


def test_someone_elses_licence_in_a_bullet_holds_no_acronym() -> None:
    r = report("• Verified Practical Nursing license status of agency staff\n",
               ("LPN", "certification"))
    assert shown(r) == set()
