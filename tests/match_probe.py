"""A resume's bullets matched against asks given as a posting's analysis would read them,
with a small vocabulary written for the test: how the tests of what a resume shows
("shown by …") probe the matcher without a posting's reading in between."""

from __future__ import annotations

from collections.abc import Iterable

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines

ROLE = "Site Lead  May 2019 – Present\nLakeside Works, Duluth, MN"


def tsv_vocabulary(tsv: str) -> Vocabulary:
    """A vocabulary of the curated format's lines; a mistake in them fails the test."""
    entries, problems = parse_lines(tsv.splitlines(), "test")
    assert not problems, problems
    return Vocabulary(entries, problems, narrower_splits(entries))


def asks(*names: str, kind: str = "hard") -> list[SkillMention]:
    """Required asks named as the posting would name them."""
    return [SkillMention(n, kind, True, n, "requirements") for n in names]


def bullets_report(bullets: Iterable[str], asked: list[SkillMention], vocabulary: Vocabulary,
                   *, role: str = ROLE, name: str = "Robin Ash\nrobin.ash@example.com",
                   skills: str | None = None) -> MatchReport:
    """The match of a one-role resume holding ``bullets`` (and a skills line) against
    ``asked``."""
    text = (f"{name}\n\nExperience\n{role}\n" + "".join(f"- {b}\n" for b in bullets)
            + (f"\nSkills\n{skills}\n" if skills is not None else ""))
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asked,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary)


def unmet(r: MatchReport) -> list[str]:
    """The asks the report says the resume does not show: called missing, listed with a
    line that may show them in other words, or listed to check as duties the resume may
    tell otherwise (skills/uncertain_gaps.py)."""
    return [*r.missing, *r.maybe_shown, *r.unconfirmed]


def shown(r: MatchReport) -> dict[str, str]:
    """Each matched ask and the resume's words that show it."""
    return {m.name: m.resume_term for m in r.matched}


def shown_by_bullet(ask: str, bullet: str, title: str = "Associate") -> set[str]:
    """The skills a one-bullet resume shows of a posting asking ``ask``, both read by
    the app's own vocabulary and posting analysis (the tests of everyday wording)."""
    resume = parse_resume("Robin Ash\nrobin@example.com\n\nExperience\n"
                          f"{title} | Lakeside Co | 2020 - Present\n- {bullet}\n")
    report = match_resume(resume, analyse_posting(f"{title}\n\nRequirements\n- {ask}\n"))
    return {m.name for m in report.matched}
