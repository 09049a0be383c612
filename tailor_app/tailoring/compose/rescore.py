"""The match report of a text the user edited, fast enough to follow their typing.

The posting's analysis does not change while the user edits, so it is made once
per posting and kept (a few postings at most); each edit then costs one parse of
the edited text and one match, a few milliseconds for a two-page resume.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from tailor_app.tailoring.compose.tailor import posting_terms
from tailor_app.tailoring.model import MatchReport, PostingAnalysis, ResumeDocument
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

__all__ = ["posting_analysis", "score_text"]


@lru_cache(maxsize=8)
def _analysis(job_text: str, title: str | None,
              company: str | None) -> tuple[PostingAnalysis, dict[str, str]]:
    analysis = analyse_posting(job_text, title, company)
    return analysis, posting_terms(analysis)


def posting_analysis(job_text: str, title: str | None = None,
                     company: str | None = None) -> PostingAnalysis:
    return _analysis(job_text, title, company)[0]


def score_text(text: str, job_text: str, title: str | None = None,
               company: str | None = None, *, today: date | None = None) -> MatchReport:
    """The match report of ``text`` (a whole resume as plain text) for the posting."""
    analysis, terms = _analysis(job_text, title, company)
    resume = parse_resume(ResumeDocument.from_text(text))
    return match_resume(resume, analysis, posting_terms=terms, vocabulary=load_vocabulary(),
                        today=today or date.today())
