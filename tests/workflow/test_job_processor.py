"""The workflow: validation, processing, retry, refusal, failures, progress, cancel, logs."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import make_text

from tailor_app import db, importer, job, job_processor, logging_setup
from tailor_app.errors import JobNotFoundError, JobStateError
from tailor_app.job_processor import ValidationError
from tailor_app.tailoring.model import GuardReport

RESUME_TEXT = """Morgan Diaz
morgan.diaz@example.net | (555) 222-3333

Experience
Registered Nurse, Riverside Hospital, Jan 2018 - Present
- Cared for 5 patients per shift on a cardiac unit
- Charted patient care in Epic and trained new nurses

Education
Bachelor of Science in Nursing, State University, 2017

Skills
Patient care, BLS, ACLS, Epic, IV therapy
"""

POSTING = """Registered Nurse - Cardiac Unit
Requirements:
- Current RN license and BLS certification
- 3+ years of patient care experience
- Experience with Epic charting
Nice to have: ACLS, Spanish
"""


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "work.db")
    yield db.get_or_create_local_user()
    logging_setup.shutdown_logging()
    db.close_db()


@pytest.fixture
def resume_id(tmp_path: Path, user_id: str) -> str:
    return str(importer.import_resume(make_text(tmp_path / "cv.txt", RESUME_TEXT),
                                      user_id)["id"])


def _job_count() -> int:
    with db.connection_context():
        return db.Job.select().count()


# ----------------------------------------------------------------------- validation


def test_validation_errors_name_each_field_and_create_no_job(user_id: str) -> None:
    with pytest.raises(ValidationError) as info:
        job_processor.process_job("no-such-user", "no-such-resume", "   ")
    assert set(info.value.errors) == {"user_id", "resume_id", "job_description"}
    assert "empty" in info.value.errors["job_description"]
    assert _job_count() == 0


def test_someone_elses_resume_is_refused(user_id: str, resume_id: str) -> None:
    with db.connection_context():
        other = db.User.create(name="Other").id
    with pytest.raises(ValidationError) as info:
        job_processor.process_job(other, resume_id, POSTING)
    assert set(info.value.errors) == {"resume_id"}
    assert _job_count() == 0


def test_posting_over_the_size_limit_says_the_limit(user_id: str) -> None:
    huge = "word " * (job_processor.MAX_POSTING_CHARS // 5 + 1)
    with pytest.raises(ValidationError, match="100,000"):
        job_processor.validate_job_request(user_id, None, huge)
    assert _job_count() == 0


# ----------------------------------------------------------------------- processing


def test_process_job_runs_the_whole_workflow(user_id: str, resume_id: str) -> None:
    done = job_processor.process_job(user_id, resume_id, POSTING, title="RN",
                                     company_name="Riverside")
    assert done["status"] == "COMPLETED", done["error_message"]
    assert done["attempts"] == 1
    assert done["started_at"] <= done["finished_at"]
    assert "morgan.diaz@example.net" in done["tailored_resume_text"]
    result = done["result"]
    assert {"analysis", "match_before", "match_after", "gaps", "tailored"} <= set(result)
    assert "Epic" in result["analysis"]["required_skills"] + result["analysis"][
        "preferred_skills"]
    assert done["score_after"] == result["match_after"]["score"]
    assert (done["resume_name"], done["title"], done["company_name"]) == ("cv", "RN",
                                                                         "Riverside")


def test_prepare_job_data_has_the_documented_shape(user_id: str, resume_id: str) -> None:
    created = job_processor.process_job(user_id, resume_id, POSTING, title="RN",
                                        process_immediately=False)
    data = job_processor.prepare_job_data(created)
    assert set(data) == {"user", "resume", "job_description", "title", "company_name",
                         "facts", "pages", "keep"}
    assert (data["facts"], data["pages"], data["keep"]) == ([], None, [])
    assert data["user"]["id"] == user_id
    assert data["resume"]["id"] == resume_id
    assert "Cared for 5 patients" in data["resume"]["parsed_text"]
    assert Path(data["resume"]["file_path"]).exists()
    assert (data["job_description"], data["title"]) == (POSTING, "RN")


def test_process_immediately_false_leaves_it_pending(user_id: str, resume_id: str) -> None:
    created = job_processor.process_job(user_id, resume_id, POSTING, process_immediately=False)
    assert (created["status"], created["attempts"]) == ("PENDING", 0)
    done = job_processor.process_pending_job(created["id"])
    assert (done["status"], done["attempts"]) == ("COMPLETED", 1)


def test_a_job_without_a_resume_gets_the_posting_analysis(user_id: str) -> None:
    done = job_processor.process_job(user_id, None, POSTING)
    assert done["status"] == "COMPLETED"
    assert done["tailored_resume_text"] == ""
    assert done["result"]["analysis"]["skills"]


def test_stored_copy_is_read_when_no_text_was_kept(user_id: str, resume_id: str) -> None:
    with db.connection_context():
        db.Resume.update(parsed_text=None, document_json=None).execute()
    done = job_processor.process_job(user_id, resume_id, POSTING)
    assert done["status"] == "COMPLETED"
    assert "Riverside Hospital" in done["tailored_resume_text"]


def test_completed_jobs_are_refused_and_unknown_ids_reported(user_id: str) -> None:
    done = job_processor.process_job(user_id, None, POSTING)
    with pytest.raises(JobStateError, match="already COMPLETED"):
        job_processor.process_pending_job(done["id"])
    with pytest.raises(JobNotFoundError):
        job_processor.process_pending_job("no-such-job")
    assert job.get_job_by_id(done["id"])["attempts"] == 1  # type: ignore[index]


# -------------------------------------------------------------------------- failures


@pytest.mark.allow_log("tailor_app.job_processor", "failed while tailoring")
def test_failure_marks_failed_readably_and_retry_completes(
        user_id: str, resume_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    log_file = logging_setup.setup_logging()
    real = job_processor.tailoring.tailor

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(RESUME_TEXT.splitlines()[4])  # a message quoting the resume

    monkeypatch.setattr(job_processor.tailoring, "tailor", broken)
    failed = job_processor.process_job(user_id, resume_id, POSTING)
    assert (failed["status"], failed["attempts"]) == ("FAILED", 1)
    assert "RuntimeError" in failed["error_message"] and "Retry" in failed["error_message"]
    assert "patients" not in failed["error_message"]

    monkeypatch.setattr(job_processor.tailoring, "tailor", real)
    retried = job_processor.process_pending_job(failed["id"])
    assert (retried["status"], retried["attempts"], retried["error_message"]) == (
        "COMPLETED", 2, None)

    assert log_file is not None
    logged = log_file.read_text(encoding="utf-8")
    assert failed["id"] in logged
    assert "RuntimeError" in logged and 'File "' in logged  # type and frames, for debugging
    for private in ("patients", "Riverside", "morgan.diaz", "Cardiac Unit"):
        assert private not in logged


@pytest.mark.allow_log("tailor_app.job_processor", "guard refused a result")
@pytest.mark.allow_log("tailor_app.job_processor", "failed while tailoring")
def test_guard_refusal_fails_the_job_with_the_guards_message(
        user_id: str, resume_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = job_processor.tailoring.tailor

    def lying(*args: Any, **kwargs: Any) -> Any:
        return dataclasses.replace(real(*args, **kwargs),
                                   guard=GuardReport(invented=["Kubernetes"]))

    monkeypatch.setattr(job_processor.tailoring, "tailor", lying)
    failed = job_processor.process_job(user_id, resume_id, POSTING)
    assert failed["status"] == "FAILED"
    assert failed["error_message"].startswith("The tailored resume was not saved")
    assert "Kubernetes" in failed["error_message"]
    assert failed["tailored_resume_text"] is None


@pytest.mark.allow_log("tailor_app.job_processor", "failed while preparing")
def test_a_job_whose_resume_was_deleted_fails_with_a_reason(user_id: str,
                                                            resume_id: str) -> None:
    created = job_processor.process_job(user_id, resume_id, POSTING, process_immediately=False)
    importer.delete_resume(resume_id)
    failed = job_processor.process_pending_job(created["id"])
    assert failed["status"] == "FAILED"
    assert "was deleted" in failed["error_message"]


# ------------------------------------------------------------------ progress, cancel


def test_progress_is_reported_in_order_and_a_slow_stage_is_saved(user_id: str,
                                                                 resume_id: str) -> None:
    seen: list[tuple[str, int]] = []
    saved: list[str | None] = []

    def listener(stage: str, percent: int) -> None:
        seen.append((stage, percent))
        row = db.get_job_row(created["id"])
        saved.append(row["stage"] if row else None)
        if len(seen) == 1:  # the first stage takes a while
            time.sleep(job_processor.PROGRESS_WRITE_INTERVAL + 0.05)

    created = job_processor.process_job(user_id, resume_id, POSTING, process_immediately=False)
    done = job_processor.process_pending_job(created["id"], progress=listener)
    assert done["status"] == "COMPLETED"
    percents = [p for _, p in seen]
    assert percents == sorted(percents) and len(seen) >= 3
    assert saved[0] == "starting"  # a quick stage is not written: only the claim is
    assert saved[1] == seen[1][0]  # after the interval, the stage is in the row
    assert (done["stage"], done["progress"]) == ("done", 100)


@pytest.mark.allow_log("tailor_app.job", "discarded (job changed")
@pytest.mark.allow_log("tailor_app.job_processor", "progress listener failed")
def test_cancel_while_running_wins_over_the_late_result(user_id: str, resume_id: str) -> None:
    created = job_processor.process_job(user_id, resume_id, POSTING, process_immediately=False)

    def cancel_midway(stage: str, percent: int) -> None:
        if percent >= 30:
            job.cancel_job(created["id"])

    result = job_processor.process_pending_job(created["id"], progress=cancel_midway)
    assert (result["status"], result["error_message"]) == ("FAILED", "Cancelled by you.")
    assert result["tailored_resume_text"] is None
    assert job_processor.process_pending_job(created["id"])["status"] == "COMPLETED"


def test_cancelled_callback_stops_the_job(user_id: str, resume_id: str) -> None:
    created = job_processor.process_job(user_id, resume_id, POSTING, process_immediately=False)
    result = job_processor.process_pending_job(created["id"], cancelled=lambda: True)
    assert (result["status"], result["error_message"]) == ("FAILED", "Cancelled by you.")


def test_two_workers_never_run_the_same_job(user_id: str, resume_id: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    created = job_processor.process_job(user_id, resume_id, POSTING, process_immediately=False)
    real = job_processor.tailoring.tailor
    inside = threading.Event()
    release = threading.Event()

    def slow(*args: Any, **kwargs: Any) -> Any:
        inside.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(job_processor.tailoring, "tailor", slow)
    outcome: list[Any] = []

    def first() -> None:
        with db.connection_context():
            outcome.append(job_processor.process_pending_job(created["id"]))

    worker = threading.Thread(target=first)
    worker.start()
    assert inside.wait(10)
    with pytest.raises(JobStateError, match="running now"):
        job_processor.process_pending_job(created["id"])
    release.set()
    worker.join(10)
    assert outcome[0]["status"] == "COMPLETED" and outcome[0]["attempts"] == 1


@pytest.mark.allow_log("tailor_app.job_processor", "progress listener failed")
def test_progress_listener_errors_do_not_fail_the_job(user_id: str, resume_id: str,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    def broken(stage: str, percent: int) -> None:
        raise ValueError("listener bug")

    created = job_processor.process_job(user_id, resume_id, POSTING, process_immediately=False)
    with caplog.at_level(logging.ERROR, logger="tailor_app"):
        done = job_processor.process_pending_job(created["id"], progress=broken)
    assert done["status"] == "COMPLETED"
    assert "progress listener failed" in caplog.text


def test_ctrl_c_leaves_a_retryable_job(user_id: str, resume_id: str) -> None:
    created = job_processor.process_job(user_id, resume_id, POSTING, process_immediately=False)

    def interrupt(stage: str, percent: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        job_processor.process_pending_job(created["id"], progress=interrupt)
    stopped = job.get_job_by_id(created["id"])
    assert stopped is not None
    assert (stopped["status"], stopped["error_message"]) == (
        "FAILED", job_processor.INTERRUPTED_BY_USER)
    assert job_processor.process_pending_job(created["id"])["status"] == "COMPLETED"
