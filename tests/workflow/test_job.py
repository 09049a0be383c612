"""Job records: plain dicts, guarded state changes, cancel, requeue, delete, listing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tailor_app import db, job
from tailor_app.errors import JobNotFoundError, JobStateError

RESULT = {"text": "Tailored", "match_before": {"score": 40}, "match_after": {"score": 70}}


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "jobs.db")
    yield db.get_or_create_local_user()
    db.close_db()


def _start(job_id: str) -> int:
    """Put a job in PROCESSING the way a worker does; returns its attempt number."""
    with db.connection_context():
        db.Job.update(status=db.Status.PROCESSING, attempts=db.Job.attempts + 1).where(
            db.Job.id == job_id).execute()
        return int(db.Job.get_by_id(job_id).attempts)


def test_create_job_is_pending_and_keeps_everything_given(user_id: str) -> None:
    created = job.create_job(user_id, None, "We need a nurse.", title=" Nurse ",
                             company_name="St. Mary")
    assert created["status"] == "PENDING"
    assert (created["title"], created["company_name"]) == ("Nurse", "St. Mary")
    assert created["job_description"] == "We need a nurse."
    assert created["attempts"] == 0 and created["result"] is None
    assert created["created_at"].endswith("+00:00")
    assert job.get_job_by_id(created["id"]) == created
    assert job.get_job_by_id("missing") is None


def test_complete_job_stores_text_result_and_scores(user_id: str) -> None:
    created = job.create_job(user_id, None, "posting")
    done = job.complete_job(created["id"], "Tailored", RESULT)
    assert done["status"] == "COMPLETED"
    assert done["tailored_resume_text"] == "Tailored"
    assert done["result"] == RESULT
    assert (done["score_before"], done["score_after"]) == (40, 70)
    assert done["finished_at"] and done["updated_at"] >= created["updated_at"]
    assert done["progress"] == 100


def test_mark_job_as_failed_keeps_a_readable_message(user_id: str) -> None:
    created = job.create_job(user_id, None, "posting")
    failed = job.mark_job_as_failed(created["id"], "The file is gone.")
    assert (failed["status"], failed["error_message"]) == ("FAILED", "The file is gone.")


@pytest.mark.allow_log("tailor_app.job", "discarded (job changed")
def test_a_stale_attempt_cannot_overwrite_a_newer_state(user_id: str) -> None:
    created = job.create_job(user_id, None, "posting")
    first = _start(created["id"])
    job.cancel_job(created["id"])
    late = job.complete_job(created["id"], "late", RESULT, expected_attempt=first)
    assert late["status"] == "FAILED"
    assert late["error_message"] == job.CANCELLED_MESSAGE
    second = _start(created["id"])
    assert job.mark_job_as_failed(created["id"], "old", expected_attempt=first)[
        "status"] == "PROCESSING"
    assert job.complete_job(created["id"], "new", RESULT, expected_attempt=second)[
        "tailored_resume_text"] == "new"


def test_progress_is_recorded_only_while_the_attempt_runs(user_id: str) -> None:
    created = job.create_job(user_id, None, "posting")
    assert not job.set_job_progress(created["id"], "tailoring", 50)
    attempt = _start(created["id"])
    assert job.set_job_progress(created["id"], "tailoring", 150, expected_attempt=attempt)
    row = db.get_job_row(created["id"])
    assert row is not None and (row["stage"], row["progress"]) == ("tailoring", 100)
    assert not job.set_job_progress(created["id"], "x", 1, expected_attempt=attempt + 1)


def test_cancel_only_waiting_or_running_jobs(user_id: str) -> None:
    created = job.create_job(user_id, None, "posting")
    cancelled = job.cancel_job(created["id"])
    assert (cancelled["status"], cancelled["error_message"]) == ("FAILED", "Cancelled by you.")
    with pytest.raises(JobStateError, match="already FAILED"):
        job.cancel_job(created["id"])
    with pytest.raises(JobNotFoundError):
        job.cancel_job("missing")


def test_requeue_turns_failed_into_pending(user_id: str) -> None:
    created = job.create_job(user_id, None, "posting")
    with pytest.raises(JobStateError, match="only failed jobs"):
        job.requeue_job(created["id"])
    job.mark_job_as_failed(created["id"], "boom")
    again = job.requeue_job(created["id"])
    assert (again["status"], again["error_message"]) == ("PENDING", None)


def test_delete_job(user_id: str) -> None:
    created = job.create_job(user_id, None, "posting")
    assert job.delete_job(created["id"])
    assert not job.delete_job(created["id"])
    assert job.get_job_by_id(created["id"]) is None


def test_list_jobs_filters_and_pages(user_id: str) -> None:
    ids = [job.create_job(user_id, None, f"posting {i}")["id"] for i in range(4)]
    job.complete_job(ids[1], "t", RESULT)
    assert [j["id"] for j in job.list_jobs()] == ids[::-1]
    assert [j["id"] for j in job.list_jobs(status="COMPLETED")] == [ids[1]]
    assert [j["id"] for j in job.list_jobs(limit=2, offset=1)] == [ids[2], ids[1]]
    assert [j["id"] for j in job.list_jobs(offset=3)] == [ids[0]]
    assert job.list_jobs(user_id="someone else") == []


def test_deleting_a_resume_keeps_its_jobs_and_their_name(user_id: str) -> None:
    with db.connection_context():
        resume = db.Resume.create(user=user_id, display_name="CV 2024", original_filename="a.txt",
                                  file_format="txt", stored_path="/nowhere", sha256="x")
    created = job.create_job(user_id, resume.id, "posting")
    assert created["resume_name"] == "CV 2024"
    with db.connection_context():
        resume.delete_instance()
    kept = job.get_job_by_id(created["id"])
    assert kept is not None
    assert (kept["resume_id"], kept["resume_name"]) == (None, "CV 2024")


def test_a_job_without_a_title_takes_the_postings_own(user_id: str) -> None:
    result = {**RESULT, "analysis": {"title": "Staff Nurse", "company": "Mercy"}}
    untitled = job.create_job(user_id, None, "posting")
    named = job.create_job(user_id, None, "posting", title="My title")
    assert job.complete_job(untitled["id"], "t", result)["title"] == "Staff Nurse"
    done = job.complete_job(named["id"], "t", result)
    assert (done["title"], done["company_name"]) == ("My title", "Mercy")
