"""A seller's needs discovery shown in a resume's everyday words (Dec 5, recall9): a verb
of asking or finding out, a question word, and a word of selling in the same line."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.needs_shown import needs_spans

POSTING = ("Sales Associate\n\nResponsibilities\n- Find out what each shopper needs and "
           "recommend the right product\n")


def _shown(bullet: str) -> bool:
    resume = parse_resume("Robin Ash\nrobin@example.com\n\nExperience\n"
                          f"Sales Associate | Lakeside Outfitters | 2020 - Present\n- {bullet}\n")
    report = match_resume(resume, analyse_posting(POSTING))
    return "Needs Analysis" in {m.name for m in report.matched}


@pytest.mark.parametrize("bullet", [
    "Asked each shopper how they hike before recommending boots",
    "Ask customers what they cook most, then suggest the right cookware set",
    "Asked questions to learn what each caller needed, then quoted a plan",
])
def test_asking_before_recommending_shows_needs_analysis(bullet: str) -> None:
    assert _shown(bullet)


def test_asking_without_selling_shows_nothing() -> None:
    assert needs_spans("Asked patients how they felt after each session") == []
    assert not _shown("Asked the manager what to restock each morning")
