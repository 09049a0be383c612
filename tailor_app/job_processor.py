"""The workflow: validate → create → prepare → tailor → save, with the original names.

Two rules shape it (DESIGN.md, "Layers"):

- Validation failures raise one :class:`ValidationError` carrying field-level
  messages, and create no job.
- Once a job exists, any failure marks it FAILED with a readable message, is logged,
  and the job is returned, never raised. The only errors :func:`process_pending_job`
  raises are about the request itself (unknown job, a job that is not PENDING or
  FAILED, a database that can't be used), and then nothing has changed.

A worker claims a job with one conditional UPDATE (``status IN (PENDING, FAILED)``),
so two workers can never run the same job, and it writes its outcome only for the
attempt it claimed, so a cancel or a newer retry is never overwritten. Resume and
posting text never reach the log: ids, lengths, stages and timings do.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import tailoring
from .db import (
    Job,
    Resume,
    Status,
    User,
    connection_context,
    db_operation,
    now_iso,
    write_transaction,
)
from .errors import AppError, DatabaseError, JobNotFoundError, JobStateError
from .facts import facts_of
from .importer import document_from_json
from .job import (
    CANCELLED_MESSAGE,
    complete_job,
    create_job,
    get_job_by_id,
    mark_job_as_failed,
    set_job_progress,
)
from .logging_setup import log_exception_privately
from .posting_check import posting_problem
from .tailoring import ResumeDocument, ResumeReadError, UserFact

__all__ = [
    "MAX_POSTING_CHARS",
    "JobStateError",
    "TailoringRefusedError",
    "ValidationError",
    "create_job",
    "prepare_job_data",
    "process_job",
    "process_job_tailoring",
    "process_pending_job",
    "validate_job_request",
]

log = logging.getLogger("tailor_app.job_processor")

MAX_POSTING_CHARS = 100_000
INTERRUPTED_BY_USER = "Stopped with Ctrl+C before it finished; press Retry."
PROGRESS_WRITE_INTERVAL = 0.25  # seconds between progress writes within one stage

Progress = Callable[[str, int], None]
Tailoring = Callable[..., tuple[str, dict[str, Any]]]


class ValidationError(AppError):
    """The request is not valid; ``errors`` maps each field to a message for it."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class TailoringRefusedError(AppError):
    """The truthfulness guard refused the result; the message says why."""


class JobCancelledError(AppError):
    """Raised inside a worker when its job was cancelled (or deleted) meanwhile."""


@db_operation
def validate_job_request(user_id: str | None, resume_id: str | None,
                         job_description: str | None) -> None:
    """Check a request before any job exists; raise :class:`ValidationError` if bad."""
    errors: dict[str, str] = {}
    if not user_id or User.get_or_none(User.id == user_id) is None:
        errors["user_id"] = "The local profile was not found; restart the app."
    if resume_id:
        resume = Resume.get_or_none(Resume.id == resume_id)
        if resume is None or resume.user_id != user_id:
            errors["resume_id"] = "That resume was not found; import it again."
    if not isinstance(job_description, str) or not job_description.strip():
        errors["job_description"] = "The job posting is empty; paste or give its text."
    elif len(job_description) > MAX_POSTING_CHARS:
        errors["job_description"] = (
            f"The job posting is {len(job_description):,} characters, over the "
            f"{MAX_POSTING_CHARS:,} limit; paste only the posting itself.")
    elif problem := posting_problem(job_description):
        errors["job_description"] = problem  # a link, "hi": the window's own sentence
    if errors:
        log.info("job request refused: %s", ", ".join(sorted(errors)))
        raise ValidationError(errors)


@db_operation
def prepare_job_data(job: dict[str, Any]) -> dict[str, Any]:
    """Everything tailoring needs, read in one go so the engine never touches the DB."""
    user = User.get_or_none(User.id == job["user_id"])
    resume_data = None
    if job.get("resume_id"):
        resume = Resume.get_or_none(Resume.id == job["resume_id"])
        if resume is not None:
            resume_data = {
                "id": resume.id,
                "display_name": resume.display_name,
                "file_format": resume.file_format,
                "file_path": resume.stored_path,
                "parsed_text": resume.parsed_text,
                "document_json": resume.document_json,
            }
    if resume_data is None and job.get("resume_name"):
        raise AppError(f"The resume \u201c{job['resume_name']}\u201d of this job was "
                       "deleted; make a new job with another resume.")
    return {
        "user": {"id": user.id, "name": user.name} if user else {"id": job["user_id"]},
        "resume": resume_data,
        "job_description": job["job_description"],
        "title": job.get("title"),
        "company_name": job.get("company_name"),
        # what the user told us about this resume, and how long the job should be
        "facts": facts_of(resume_data["id"]) if resume_data else [],
        "pages": job.get("pages"),
        "keep": list(job.get("kept_lines") or []),
    }


def _resume_document(resume: dict[str, Any] | None) -> ResumeDocument | None:
    """The stored reading (with hints), the stored text, or a fresh read of the copy."""
    if resume is None:
        return None
    if resume.get("document_json"):
        return document_from_json(resume["document_json"])
    if resume.get("parsed_text"):
        return ResumeDocument.from_text(resume["parsed_text"], resume.get("file_format", "txt"))
    return tailoring.read_resume(Path(resume["file_path"]))


def process_job_tailoring(job_data: dict[str, Any],
                          progress: Progress | None = None) -> tuple[str, dict[str, Any]]:
    """Extract, analyse, tailor, check: returns (tailored text, result JSON as a dict).

    Raises :class:`TailoringRefusedError` when the guard refuses the result, and
    ``ResumeReadError`` when the stored copy has to be read and can't be.
    """
    step = progress or (lambda stage, percent: None)
    step("reading resume", 5)
    document = _resume_document(job_data["resume"])

    def engine_progress(stage: str, percent: int) -> None:
        # The engine counts 0-100 for its own work; here that is 5-90 of the whole job.
        step(stage, 5 + round(max(0, min(100, percent)) * 0.85))

    facts = [UserFact(f["skill"], f.get("entry"), f.get("line"))
             for f in job_data.get("facts") or []]
    result = tailoring.tailor(document, job_data["job_description"], job_data.get("title"),
                    job_data.get("company_name"), progress=engine_progress, facts=facts,
                    pages=job_data.get("pages"), keep=job_data.get("keep") or ())
    if not result.guard.ok:
        log.warning("guard refused a result: %d invented, %d lost",
                    len(result.guard.invented), len(result.guard.lost))
        raise TailoringRefusedError(result.guard.message())
    step("saving", 95)
    return result.text, result.to_dict()


def process_job(user_id: str, resume_id: str | None, job_description: str,
                title: str | None = None, company_name: str | None = None,
                process_immediately: bool = True,
                progress: Progress | None = None, *,
                pages: int | None = None) -> dict[str, Any]:
    """Validate and create a job; process it now or leave it PENDING for a worker.
    ``pages`` (1 or 2) fits the tailored resume to that many pages."""
    validate_job_request(user_id, resume_id, job_description)
    if pages not in (None, 1, 2):
        raise ValidationError({"pages": "Fit to 1 or 2 pages, or keep everything."})
    job = create_job(user_id, resume_id, job_description, title, company_name, pages=pages)
    if not process_immediately:
        return job
    return process_pending_job(job["id"], progress=progress)


@db_operation
def _claim(job_id: str) -> int:
    """PENDING/FAILED → PROCESSING with attempts + 1, atomically; returns the attempt."""
    stamp = now_iso()
    with write_transaction():
        changed = (Job.update(status=Status.PROCESSING, attempts=Job.attempts + 1,
                              started_at=stamp, updated_at=stamp, finished_at=None,
                              error_message=None, progress=0, stage="starting")
                   .where((Job.id == job_id)
                          & Job.status.in_((Status.PENDING, Status.FAILED)))
                   .execute())
        if changed:
            return int(Job.select(Job.attempts).where(Job.id == job_id).scalar())
    job = get_job_by_id(job_id)
    if job is None:
        raise JobNotFoundError(f"No job has the id {job_id!r}; `tailor-app jobs` lists them.")
    verb = {Status.COMPLETED: "is already COMPLETED", Status.PROCESSING: "is running now"}
    raise JobStateError(f"This job {verb.get(job['status'], job['status'])}; only waiting "
                        "or failed jobs can be processed.")


def _readable(exc: BaseException) -> str:
    """A message for the FAILED row; our own errors already read well."""
    if isinstance(exc, AppError | ResumeReadError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "The computer ran out of memory while tailoring; close other programs and retry."
    return (f"Something went wrong while tailoring ({type(exc).__name__}); press Retry, "
            "and if it fails again the details are in the log file.")


def process_pending_job(job_id: str, progress: Progress | None = None,
                        cancelled: Callable[[], bool] | None = None,
                        tailoring: Tailoring | None = None) -> dict[str, Any]:
    """Process a PENDING or FAILED job (the retry path) and return it, finished.

    ``progress(stage, percent)`` is called as the engine advances (from this thread)
    and the stage is saved, throttled. ``cancelled()`` is polled at each stage; the
    job's own row is too, so a cancel from anywhere stops the work early.
    ``tailoring`` replaces :func:`process_job_tailoring` (same arguments and result):
    the window passes one that runs it in a child process. The whole job uses one
    database connection of this thread.
    """
    with connection_context():
        return _process_claimed(job_id, progress, cancelled,
                                tailoring or process_job_tailoring)


def _process_claimed(job_id: str, progress: Progress | None,
                     cancelled: Callable[[], bool] | None,
                     tailoring: Tailoring) -> dict[str, Any]:
    attempt = _claim(job_id)
    started = time.perf_counter()
    log.info("job %s attempt %d started", job_id, attempt)
    last: dict[str, Any] = {"stage": "starting", "at": time.monotonic()}

    def step(stage: str, percent: int) -> None:
        if cancelled is not None and cancelled():
            raise JobCancelledError(CANCELLED_MESSAGE)
        now = time.monotonic()
        # A job that finishes within the interval writes only its claim and its result:
        # two write transactions, not one per stage (they queue behind each other when
        # several workers save at once).
        if now - last["at"] >= PROGRESS_WRITE_INTERVAL:
            last.update(stage=stage, at=now)
            if not set_job_progress(job_id, stage, percent, expected_attempt=attempt):
                raise JobCancelledError(CANCELLED_MESSAGE)
            log.debug("job %s: %s %d%%", job_id, stage, percent)
        if progress is not None:
            try:
                progress(stage, percent)
            except Exception:  # a broken listener must not fail the job
                log.exception("job %s: progress listener failed", job_id)

    stage = "preparing"
    try:
        job = get_job_by_id(job_id)
        if job is None:
            raise JobCancelledError("The job was deleted while it ran.")
        data = prepare_job_data(job)
        stage = "tailoring"
        text, result = tailoring(data, progress=step)
        step("saving", 98)
        stage = "saving"
        done = complete_job(job_id, text, result, expected_attempt=attempt)
        log.info("job %s attempt %d %s in %.0f ms", job_id, attempt, done["status"],
                 (time.perf_counter() - started) * 1000)
        return done
    except Exception as exc:
        return _fail(job_id, attempt, stage, exc)
    except KeyboardInterrupt:  # Ctrl+C in the terminal: leave a retryable job, then stop
        _fail(job_id, attempt, stage, AppError(INTERRUPTED_BY_USER))
        raise


def _fail(job_id: str, attempt: int, stage: str, exc: Exception) -> dict[str, Any]:
    message = _readable(exc)
    if isinstance(exc, AppError | ResumeReadError) and not isinstance(
            exc, TailoringRefusedError):
        # A cancel or Ctrl+C is what the user asked for, not a problem to look into.
        level = logging.INFO if message in (CANCELLED_MESSAGE, INTERRUPTED_BY_USER) else (
            logging.WARNING)
        log.log(level, "job %s attempt %d failed while %s: %s", job_id, attempt, stage, message)
    else:  # the message may quote resume text, so only the type and frames are logged
        log_exception_privately(log, "job %s attempt %d failed while %s", exc, job_id,
                                attempt, stage)
    try:
        job = mark_job_as_failed(job_id, message, expected_attempt=attempt)
    except JobNotFoundError:
        log.info("job %s was deleted while it ran", job_id)
        return {"id": job_id, "status": Status.FAILED, "error_message": message,
                "attempts": attempt}
    except DatabaseError as db_exc:
        # The row stays PROCESSING and is recovered at the next start.
        log.error("job %s: could not record the failure: %s", job_id, db_exc)
        return {"id": job_id, "status": Status.FAILED, "error_message": str(db_exc),
                "attempts": attempt}
    return job
