"""Best fit's Fit column and a job's own score agree for the same resume and posting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import make_text

from tailor_app import db, importer, job_processor
from tailor_app.gui.best_fit import ParsedCache, score_all

RESUME = """Sam Okafor
sam.okafor@example.com

EXPERIENCE
Backend Developer, Tidewater Logistics    Jan 2020 – Present
• Tuned Postgres queries behind the billing API
• Wrote JS tooling for the support team
• Ran k8s clusters for 30 services

SKILLS
Python, Postgres, JS, k8s, Docker
"""

POSTING = """Senior Backend Engineer
Requirements:
- 5+ years of Python
- PostgreSQL and Kubernetes
- JavaScript a plus
- Terraform
"""


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "fit.db")
    yield db.get_or_create_local_user()
    db.close_db()


def _job_before_score(user_id: str, resume_id: str) -> int:
    """The score the job itself reports before tailoring, through the workflow."""
    job_data = job_processor.prepare_job_data({
        "user_id": user_id, "resume_id": resume_id, "job_description": POSTING,
        "title": None, "company_name": None})
    _text, result = job_processor.process_job_tailoring(job_data)
    return int(result["match_before"]["score"])


def test_fit_equals_the_jobs_own_score_when_aliases_are_involved(tmp_path: Path,
                                                                 user_id: str) -> None:
    resume_id = str(importer.import_resume(make_text(tmp_path / "sam.txt", RESUME),
                                           user_id=user_id)["id"])
    fit = score_all(user_id, POSTING, "", "", ParsedCache())
    [score] = fit.scores
    # Postgres, JS and k8s are other names of what the posting asks: they earn 0.8,
    # so a Fit that gave them full credit would read higher than the job.
    assert score.score == _job_before_score(user_id, resume_id)
    assert score.score < 100


@pytest.mark.corpus
def test_fit_equals_the_jobs_own_score_on_corpus_files(tmp_path: Path, user_id: str,
                                                       corpus_dir: Path) -> None:
    names = ["sb2nov_sourabh_bajaj.pdf", "deedy_two-column_openfonts.pdf",
             "hackmyresume_jane.txt"]
    ids = {str(importer.import_resume(corpus_dir / "resumes" / n, user_id=user_id)["id"])
           for n in names}
    fit = score_all(user_id, POSTING, "", "", ParsedCache())
    assert {s.resume_id for s in fit.scores} == ids
    for score in fit.scores:
        assert score.score == _job_before_score(user_id, score.resume_id), score.name
