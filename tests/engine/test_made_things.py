"""A gerund skill shown by the thing its work makes: "Change diapers" is diapering,
"Write up quotes" quoting, "Send a monthly revenue forecast" forecasting. Texts and
vocabularies written for these tests; the asks are given as the posting's analysis would
read them, so only matching is under test."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.made_things import made_thing_pattern
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary

VOCABULARY = Vocabulary.from_lines(
    "Diapering\thard\tdiapering\n"
    "Quoting\thard\tquoting\n"
    "Forecasting\thard\tforecasting\n"
    "Accounting\thard\taccounting\n"
    "Ordering\thard\tordering\n")


def report(bullets: list[str], asks: list[str]) -> MatchReport:
    text = ("Sam Reyes\nsam.reyes@example.com\n\nExperience\nAssistant  May 2021 – Present\n"
            "Maple Co, Tulsa, OK\n" + "".join(f"- {b}\n" for b in bullets))
    analysis = PostingAnalysis(
        title=None, company=None, sections=[], keywords=[], min_years=None, degree=None,
        certifications=[], skills=[SkillMention(a, "hard", True, a, "requirements")
                                   for a in asks])
    return match_resume(parse_resume(text), analysis, vocabulary=VOCABULARY)


def shown(r: MatchReport) -> dict[str, str]:
    return {m.name: m.resume_term for m in r.matched}


def test_the_thing_made_shows_the_gerund_skill() -> None:
    r = report(["Change diapers and set up naps for 8 toddlers",
                "Write up quotes for walk-in contractors",
                "Send a monthly revenue forecast to the owner"],
               ["Diapering", "Quoting", "Forecasting"])
    assert set(shown(r)) == {"Diapering", "Quoting", "Forecasting"}


def test_other_words_and_other_things_show_nothing() -> None:
    r = report(["Made sure diapers were stocked in every room",
                "Created 300 customer accounts in the new system",
                "Wrote orders for 12 tables a shift",
                "Changed the quote template vendor's logo colors twice"],
               ["Diapering", "Accounting", "Ordering", "Quoting"])
    assert shown(r) == {}


def test_the_pattern_is_made_only_for_a_one_word_gerund() -> None:
    assert made_thing_pattern("Diapering") is not None
    assert made_thing_pattern("Staff scheduling") is None
    assert made_thing_pattern("Ordering") is None
    assert made_thing_pattern("Negotiation") is None
