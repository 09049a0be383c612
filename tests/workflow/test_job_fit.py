"""A job's length and the lines put back: stored, then used by the next tailoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_export_fit import LONG
from test_fit import POSTING

from tailor_app import job, startup
from tailor_app.errors import JobNotFoundError
from tailor_app.importer import import_resume
from tailor_app.job_processor import process_job, process_pending_job


@pytest.fixture
def done_job(tmp_path: Path) -> str:
    """A COMPLETED job of a two-page resume, keeping everything."""
    user = startup.open_app_database(tmp_path / "tailor.db")
    source = tmp_path / "jordan.txt"
    source.write_text(LONG, encoding="utf-8")
    resume = import_resume(source, user)
    created = process_job(user, resume["id"], POSTING, "Operations Manager", "Bayside")
    assert created["status"] == job.Status.COMPLETED
    return str(created["id"])


def test_a_length_is_stored_and_the_job_tailored_again_to_it(done_job: str) -> None:
    assert job.get_job_by_id(done_job)["result"]["left_out"] == []
    assert job.set_pages(done_job, 1)["pages"] == 1
    job.requeue_job(done_job, again=True)
    again = process_pending_job(done_job)
    assert again["status"] == job.Status.COMPLETED
    left = again["result"]["left_out"]
    assert left and again["result"]["pages"] == 1
    assert left[0] not in again["tailored_resume_text"].split("\n")

    back = left[0]
    assert job.put_back_line(done_job, back)["kept_lines"] == [back]
    assert job.put_back_line(done_job, back)["kept_lines"] == [back]  # once
    job.requeue_job(done_job, again=True)
    kept = process_pending_job(done_job)
    assert back not in kept["result"]["left_out"]
    assert any(line.endswith(back) for line in kept["tailored_resume_text"].split("\n"))

    job.set_pages(done_job, None)
    job.requeue_job(done_job, again=True)
    assert process_pending_job(done_job)["result"]["left_out"] == []


def test_only_the_offered_lengths_and_real_jobs(done_job: str) -> None:
    with pytest.raises(ValueError):
        job.set_pages(done_job, 3)
    with pytest.raises(JobNotFoundError):
        job.set_pages("no-such-job", 1)
    with pytest.raises(JobNotFoundError):
        job.put_back_line("no-such-job", "a line")
