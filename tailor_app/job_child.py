"""The window's jobs, whole, in the tailoring children: claim, read, tailor, save.

Why the whole job and not only the tailoring step: the window's job threads share
the GIL with the GUI thread. When a job thread did the job's database work (claim,
read the resume, save the result as JSON, read the finished job back) it asked for
the GIL many times per job; Python 3.11 then makes the thread that holds it (often
the GUI thread, painting) hand it over and *wait until the asking thread runs*. On a
busy machine a niced job thread can wait tens of milliseconds for a core, and the GUI
thread waited with it: the kernel's scheduler trace of the load benchmark showed the
window's longest stalls as exactly that (40 ms in one hand-over). Now a job thread
sends the job's id and the database's path to a child, sleeps in the kernel until
the child answers, dies, or a poll interval passes (a cancel check), and passes on
the child's small answer: the job's row as the list shows it.

The child runs :func:`~tailor_app.job_processor.process_pending_job`, the command
line's own path, on a connection it keeps for its life (:func:`tailor_app.db.attach_db`;
the window already opened and migrated the file). Its log lines come back with the
answer and are logged by the parent, so the app's log file reads as before.

What the parent still writes: a job whose child died or hit a limit before it could
record an outcome is marked FAILED (:func:`~tailor_app.job.fail_running_job`). A
cancel is recorded by whoever cancelled; the busy child is killed, and whatever it
wrote after the cancel is refused by the per-attempt guards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from . import db
from .db import Status
from .engine_pool import EnginePool
from .errors import AppError
from .job import CANCELLED_MESSAGE, fail_running_job
from .job_processor import JobCancelledError, process_pending_job
from .tailoring import ResumeReadError

log = logging.getLogger("tailor_app.job_child")

APP_LOGGER = "tailor_app"

Progress = Callable[[str, int], None]
ProcessFunction = Callable[..., dict[str, Any]]


# ------------------------------------------------------------------- in the child


class _Kept(logging.Handler):
    """The job's log records as (logger, level, message), for the parent to log."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def run_job(request: dict[str, Any]) -> dict[str, Any]:
    """A whole job in this child: ``{"row": the job's light row, "log": records}``, or
    ``{"error": sentence, "log": records}`` when the request itself was refused
    (an unknown job, one that is not waiting or failed, an unusable database);
    then nothing has changed."""
    kept = _Kept()
    logger = logging.getLogger(APP_LOGGER)
    level = logger.level
    logger.addHandler(kept)
    logger.setLevel(logging.INFO)
    try:
        db.attach_db(request["db"])
        job_id = str(request["job_id"])
        try:
            process_pending_job(job_id)
        except AppError as exc:
            return {"error": str(exc), "log": kept.records}
        return {"row": db.get_job_row(job_id), "log": kept.records}
    finally:
        logger.removeHandler(kept)
        logger.setLevel(level)


# ------------------------------------------------------------------- in the parent


def _relog(records: list[tuple[str, int, str]]) -> None:
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)


def _readable(exc: Exception) -> str:
    if isinstance(exc, AppError | ResumeReadError):
        return str(exc)
    return (f"Something went wrong while tailoring ({type(exc).__name__}); press Retry, "
            "and if it fails again the details are in the log file.")


def process_in_child(engine: EnginePool, db_path: str) -> ProcessFunction:
    """The window's job function: ``process(job_id, progress, cancelled)`` runs the
    job in one of ``engine``'s children (whose work must be :func:`run_job`) and
    returns the job's light row. Raises :class:`AppError` when the request was
    refused, as :func:`process_pending_job` does."""

    def process(job_id: str, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> dict[str, Any]:
        def step(stage: str, percent: int) -> None:
            if cancelled is not None and cancelled():
                raise JobCancelledError(CANCELLED_MESSAGE)
            if progress is not None:
                progress(stage, percent)

        try:
            answer: dict[str, Any] = engine.run({"job_id": job_id, "db": db_path},
                                                progress=step)
        except JobCancelledError:
            # The cancel is recorded by whoever cancelled; the runner drops this.
            return {"id": job_id, "status": Status.FAILED, "error_message": CANCELLED_MESSAGE}
        except Exception as exc:  # a limit, a dead child, a crash outside the job's own
            message = _readable(exc)  # catch-all: the child's answer never came
            fail_running_job(job_id, message)
            row = db.get_job_row(job_id)
            return row if row is not None else {"id": job_id, "status": Status.FAILED,
                                                "error_message": message}
        _relog(answer.get("log") or [])
        if "error" in answer:
            raise AppError(str(answer["error"]))
        row = answer.get("row")
        return dict(row) if row is not None else {"id": job_id, "status": Status.FAILED}

    return process
