"""An action noun of an ask told by the people who do it (words8, Dec 5): "loan
applicants' files" are loan applications, a "forklift operator" does forklift operation,
a "content creator" content creation. The term the summary may use is then the skill's
own name, never the resume's stretch of words. A plain word that merely ends like a
person ("counter") meets no ask, and a person beside another word ("branch ... custodian")
no action of it. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary


def report(body: str, *asks: str) -> MatchReport:
    text = ("Jordan Pike\njordan.pike@example.com\n\nExperience\n"
            "Associate  June 2019 – Present\nRiverbend Credit Union, Fargo, ND\n" + body)
    mentions = [SkillMention(n, "hard", True, n, "requirements") for n in asks]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=mentions,
                               keywords=[], min_years=None, degree=None, certifications=[])
    vocabulary = Vocabulary.from_lines(["Scheduling\thard\tscheduling"])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary)


def terms(r: MatchReport) -> dict[str, str]:
    return {m.name: m.resume_term for m in r.matched}


def test_the_people_of_an_action_show_it() -> None:
    r = report("- Pulled credit on loan applicants and flagged thin files\n"
               "- Cross-trained as a forklift operator on the dock\n",
               "Loan applications", "Forklift operation")
    assert terms(r) == {"Loan applications": "Loan applications",
                        "Forklift operation": "Forklift operation"}


def test_the_action_itself_keeps_the_resume_words_as_its_term() -> None:
    r = report("- Processed loan applications for members\n", "Loan applications")
    assert terms(r) == {"Loan applications": "loan applications"}


def test_a_word_that_only_ends_like_a_person_shows_nothing() -> None:
    r = report("- Worked the teller counter and the inventory of coin\n"
               "- Opened the branch with the vault custodian\n",
               "Inventory counting", "Branch operation", "Vault custody")
    assert r.matched == []
