"""An action noun of an ask told by the writer as its doer (words8, Dec 5): "cross-trained
as a forklift operator" is forklift operation, a summary's "Payroll administrator for
three clinics" payroll administration, a credential "Mortgage Loan Originator" mortgage
loan origination. The term the summary may use is then the skill's own name, never the
resume's stretch of words. Other people the work was done with or for ("reported to the
payroll administrator", "screened loan applicants") show nothing, and neither does a
plain word that merely ends like a person ("counter"). Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary


def report(body: str, *asks: str, summary: str = "") -> MatchReport:
    text = ("Jordan Pike\njordan.pike@example.com\n\n" + summary + "Experience\n"
            "Associate  June 2019 – Present\nRiverbend Credit Union, Fargo, ND\n" + body)
    mentions = [SkillMention(n, "hard", True, n, "requirements") for n in asks]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=mentions,
                               keywords=[], min_years=None, degree=None, certifications=[])
    vocabulary = Vocabulary.from_lines(["Scheduling\thard\tscheduling"])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary)


def terms(r: MatchReport) -> dict[str, str]:
    return {m.name: m.resume_term for m in r.matched}


def test_the_writer_as_the_doer_shows_the_action() -> None:
    r = report("- Cross-trained as a forklift operator on the dock\n", "Forklift operation")
    assert terms(r) == {"Forklift operation": "Forklift operation"}
    r = report("- Ran payroll for 120 staff\n", "Payroll administration",
               summary="Summary\nPayroll administrator for three clinics since 2019.\n\n")
    assert terms(r) == {"Payroll administration": "Payroll administration"}


def test_the_action_itself_keeps_the_resume_words_as_its_term() -> None:
    r = report("- Processed loan applications for members\n", "Loan applications")
    assert terms(r) == {"Loan applications": "loan applications"}


def test_people_the_work_was_done_with_show_nothing() -> None:
    r = report("- Sent weekly reports to the payroll administrator\n"
               "- Screened loan applicants for the lending team\n",
               "Payroll administration", "Loan applications")
    assert r.matched == []


def test_a_word_that_only_ends_like_a_person_shows_nothing() -> None:
    r = report("- Worked the teller counter and the inventory of coin\n",
               "Inventory counting", "Branch operation")
    assert r.matched == []
