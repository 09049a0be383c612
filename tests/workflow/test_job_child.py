"""The window's jobs run whole in a tailoring child: the child claims, tailors and
saves; the waiting thread gets back the row the list shows, and the log lines."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from engine_work import claim_then_die

from tailor_app import child_process, db, paths, startup
from tailor_app.engine_pool import DIED_MESSAGE, EnginePool
from tailor_app.errors import AppError
from tailor_app.importer import import_resume
from tailor_app.job import get_job_by_id
from tailor_app.job_child import process_in_child, run_job
from tailor_app.job_processor import process_job

POSTING = ("Warehouse Lead at Harbor Freight Lines. Required: forklift certification, "
           "inventory counts and scheduling a crew of eight. Preferred: WMS experience.")


@pytest.fixture(autouse=True, scope="module")
def _warm() -> None:
    child_process.warm_up()


@pytest.fixture
def waiting_job(tmp_path: Path) -> tuple[str, str]:
    db_path = tmp_path / "app.db"
    user = startup.open_app_database(db_path)
    resume = import_resume(paths.resource_path("sample_resume.txt"), user)
    job = process_job(user, resume["id"], POSTING, process_immediately=False)
    return str(db_path), str(job["id"])


def test_the_child_does_the_whole_job_and_answers_with_the_lists_row(
        waiting_job: tuple[str, str], caplog: pytest.LogCaptureFixture) -> None:
    db_path, job_id = waiting_job
    engine = EnginePool(1, work=run_job)
    seen: list[tuple[str, int]] = []
    try:
        with caplog.at_level(logging.INFO, logger="tailor_app"):
            row = process_in_child(engine, db_path)(job_id, progress=lambda s, p: seen.append(
                (s, p)))
    finally:
        engine.close()
    assert row["status"] == "COMPLETED"
    assert set(row) == set(db.LIGHT_JOB_COLUMNS)  # no texts, no JSON: a small answer
    stored = get_job_by_id(job_id)
    assert stored is not None and stored["status"] == "COMPLETED"
    assert stored["tailored_resume_text"]
    assert seen[0] == ("tailoring", 10)  # the row shows PROCESSING at once
    # the child's log lines reach the app's log, from the parent
    assert any(job_id in r.getMessage() and "completed" in r.getMessage()
               for r in caplog.records)


def test_a_job_that_is_not_waiting_is_refused_and_left_alone(
        waiting_job: tuple[str, str]) -> None:
    db_path, job_id = waiting_job
    engine = EnginePool(1, work=run_job)
    try:
        process = process_in_child(engine, db_path)
        process(job_id)
        with pytest.raises(AppError, match="already COMPLETED"):
            process(job_id)
    finally:
        engine.close()
    stored = get_job_by_id(job_id)
    assert stored is not None and stored["status"] == "COMPLETED"


@pytest.mark.allow_log("tailor_app.engine_pool", "tailoring child died")
def test_a_child_that_dies_mid_job_leaves_it_failed_and_retryable(
        waiting_job: tuple[str, str]) -> None:
    db_path, job_id = waiting_job
    engine = EnginePool(1, work=claim_then_die)
    try:
        row = process_in_child(engine, db_path)(job_id)
    finally:
        engine.close()
    assert row["status"] == "FAILED"
    assert row["error_message"] == DIED_MESSAGE


def test_a_cancel_returns_at_once_and_writes_nothing_itself(
        waiting_job: tuple[str, str]) -> None:
    db_path, job_id = waiting_job
    engine = EnginePool(1, work=run_job)
    try:
        row: dict[str, Any] = process_in_child(engine, db_path)(job_id, cancelled=lambda: True)
    finally:
        engine.close()
    assert row["status"] == "FAILED"
    stored = get_job_by_id(job_id)
    assert stored is not None and stored["status"] == "PENDING"  # the canceller records it
