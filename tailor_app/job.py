"""Job records: create, read, finish, fail, cancel, delete. Jobs leave as plain dicts.

The names (``create_job``, ``complete_job``, ``mark_job_as_failed``, ``get_job_by_id``)
are the original workflow document's. Every write is one UPDATE whose WHERE clause
states the state it expects, so two threads or processes can never both win: the
``expected_attempt`` arguments let a worker finish only the attempt it started (a
cancel, or a retry that began meanwhile, is never overwritten by a late result).

Decisions (see docs/ARCHITECTURE.md): cancelling uses FAILED with the message
"Cancelled by you." rather than a fifth status, so a cancelled job is retried like
any failed one; ``result`` in the dicts is the parsed result JSON.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from peewee import fn

from .db import (
    LIGHT_JOB_COLUMNS,
    Job,
    Resume,
    Status,
    db_operation,
    get_job_row,
    list_job_rows,
    now_iso,
    write_transaction,
)
from .errors import JobNotFoundError, JobStateError

__all__ = [
    "CANCELLED_MESSAGE",
    "LIGHT_JOB_COLUMNS",
    "Status",
    "cancel_job",
    "complete_job",
    "create_job",
    "delete_job",
    "find_job_ids",
    "get_job_by_id",
    "get_job_row",
    "list_job_rows",
    "list_jobs",
    "mark_job_as_failed",
    "put_back_line",
    "requeue_job",
    "set_job_progress",
    "set_pages",
]

log = logging.getLogger("tailor_app.job")

CANCELLED_MESSAGE = "Cancelled by you."


def _to_dict(job: Job) -> dict[str, Any]:
    result = None
    if job.result_json:
        try:
            result = json.loads(job.result_json)
        except ValueError:  # a damaged row must not make the whole list unreadable
            log.error("job %s has unreadable result JSON", job.id)
    return {
        "id": job.id,
        "user_id": job.user_id,
        "resume_id": job.resume_id,
        "resume_name": job.resume_name,
        "title": job.title,
        "company_name": job.company_name,
        "job_description": job.job_description,
        "status": job.status,
        "tailored_resume_text": job.tailored_resume_text,
        "result": result,
        "error_message": job.error_message,
        "attempts": job.attempts,
        "progress": job.progress,
        "stage": job.stage,
        "score_before": job.score_before,
        "score_after": job.score_after,
        "created_at": job.created_at,
        "updated_at": job.updated_at,
        "started_at": job.started_at,
        "finished_at": job.finished_at,
        "pages": job.pages,
        "kept_lines": json.loads(job.kept_lines) if job.kept_lines else [],
        "current_revision": job.current_revision or 1,
        # tailoring's own score after (``score_after`` is the current revision's)
        "tailored_score": _score(result or {}, "match_after"),
        "cover_letter": job.cover_letter,
    }


def _require(job_id: str) -> dict[str, Any]:
    job = get_job_by_id(job_id)
    if job is None:
        raise JobNotFoundError(f"No job has the id {job_id!r}; `tailor-app jobs` lists them.")
    return job


@db_operation
def create_job(user_id: str, resume_id: str | None, job_description: str,
               title: str | None = None, company_name: str | None = None, *,
               pages: int | None = None) -> dict[str, Any]:
    """A new PENDING job with everything given (``pages``: fit to 1 or 2 pages).
    Validation is the caller's (``job_processor.validate_job_request``); the database
    still enforces the keys."""
    resume_name = None
    if resume_id is not None:
        resume = Resume.get_or_none(Resume.id == resume_id)
        resume_name = resume.display_name if resume else None
    stamp = now_iso()
    job = Job.create(user=user_id, resume=resume_id, resume_name=resume_name,
                     title=(title or "").strip() or None,
                     company_name=(company_name or "").strip() or None,
                     job_description=job_description, status=Status.PENDING,
                     pages=pages, created_at=stamp, updated_at=stamp)
    log.info("job %s created (posting %d chars, resume %s)", job.id, len(job_description),
             resume_id or "none")
    return _to_dict(job)


@db_operation
def get_job_by_id(job_id: str) -> dict[str, Any] | None:
    """The whole job, or None when no job has that id."""
    job = Job.get_or_none(Job.id == job_id)
    return _to_dict(job) if job else None


def _score(result: dict[str, Any], key: str) -> int | None:
    value = (result.get(key) or {}).get("score")
    return int(value) if isinstance(value, int | float) else None


def _guarded(query: Any, job_id: str, expected_attempt: int | None,
             allowed: tuple[str, ...]) -> Any:
    query = query.where(Job.id == job_id)
    if expected_attempt is not None:
        query = query.where((Job.attempts == expected_attempt) & Job.status.in_(allowed))
    return query


@db_operation
def complete_job(job_id: str, tailored_text: str, result: dict[str, Any], *,
                 expected_attempt: int | None = None) -> dict[str, Any]:
    """Store the tailored text and result JSON; status COMPLETED.

    With ``expected_attempt`` the write happens only while that attempt still owns
    the job (PROCESSING, or PENDING after another process's crash recovery); the
    job is returned as it is either way.
    """
    stamp = now_iso()
    analysis = result.get("analysis") or {}
    query = Job.update(status=Status.COMPLETED, tailored_resume_text=tailored_text,
                       # a job created without a title takes the posting's own
                       title=fn.COALESCE(Job.title, analysis.get("title")),
                       company_name=fn.COALESCE(Job.company_name, analysis.get("company")),
                       result_json=json.dumps(result, ensure_ascii=False),
                       score_before=_score(result, "match_before"),
                       score_after=_score(result, "match_after"),
                       error_message=None, progress=100, stage="done",
                       # a new engine result is what the job shows; the user's earlier
                       # revisions stay stored and can be made current again
                       current_revision=None,
                       updated_at=stamp, finished_at=stamp)
    changed = _guarded(query, job_id, expected_attempt,
                       (Status.PROCESSING, Status.PENDING)).execute()
    if changed:
        log.info("job %s completed (%d chars)", job_id, len(tailored_text))
    else:
        log.warning("job %s: result of attempt %s discarded (job changed meanwhile)",
                    job_id, expected_attempt)
    return _require(job_id)


@db_operation
def mark_job_as_failed(job_id: str, message: str, *,
                       expected_attempt: int | None = None) -> dict[str, Any]:
    """Status FAILED with a readable ``error_message``; guarded like :func:`complete_job`."""
    stamp = now_iso()
    query = Job.update(status=Status.FAILED, error_message=message, stage=None,
                       updated_at=stamp, finished_at=stamp)
    changed = _guarded(query, job_id, expected_attempt,
                       (Status.PROCESSING, Status.PENDING)).execute()
    if changed:
        log.info("job %s failed: %s", job_id, message)
    return _require(job_id)


@db_operation
def fail_running_job(job_id: str, message: str) -> bool:
    """PROCESSING → FAILED with ``message``, for a job whose tailoring child died or
    was stopped at a limit before it could record an outcome (the child claims and
    saves the job itself, so its parent does not know the attempt). A job that is no
    longer PROCESSING (cancelled, or finished after all) is left as it is."""
    stamp = now_iso()
    changed = (Job.update(status=Status.FAILED, error_message=message, stage=None,
                          updated_at=stamp, finished_at=stamp)
               .where((Job.id == job_id) & (Job.status == Status.PROCESSING))
               .execute())
    if changed:
        log.info("job %s failed: %s", job_id, message)
    return bool(changed)


@db_operation
def set_job_progress(job_id: str, stage: str, percent: int, *,
                     expected_attempt: int | None = None) -> bool:
    """Record how far a running job is; False when the job is no longer this run's.

    With ``expected_attempt``, a job that another process's start requeued (PENDING,
    same attempt) is taken back to PROCESSING: its worker is evidently alive.
    """
    query = Job.update(stage=stage, progress=max(0, min(100, int(percent))),
                       status=Status.PROCESSING, updated_at=now_iso())
    if expected_attempt is None:
        query = query.where((Job.id == job_id) & (Job.status == Status.PROCESSING))
    else:
        query = query.where((Job.id == job_id) & (Job.attempts == expected_attempt)
                            & Job.status.in_((Status.PROCESSING, Status.PENDING)))
    return bool(query.execute())


@db_operation
def cancel_job(job_id: str) -> dict[str, Any]:
    """PENDING or PROCESSING → FAILED "Cancelled by you." (retryable like any failure).

    A worker still running the job sees the change and its result is discarded.
    """
    stamp = now_iso()
    changed = (Job.update(status=Status.FAILED, error_message=CANCELLED_MESSAGE, stage=None,
                          updated_at=stamp, finished_at=stamp)
               .where((Job.id == job_id)
                      & Job.status.in_((Status.PENDING, Status.PROCESSING)))
               .execute())
    job = _require(job_id)
    if not changed:
        raise JobStateError(f"This job is already {job['status']}; only waiting or running "
                            "jobs can be cancelled.")
    log.info("job %s cancelled", job_id)
    return job


@db_operation
def requeue_job(job_id: str, *, again: bool = False) -> dict[str, Any]:
    """FAILED → PENDING, so the window can show a retried job waiting for a worker;
    with ``again`` a COMPLETED job too (tailored again after the user added a fact or
    changed its length)."""
    allowed = (Status.FAILED, Status.COMPLETED) if again else (Status.FAILED,)
    changed = (Job.update(status=Status.PENDING, error_message=None, stage="queued",
                          progress=0, updated_at=now_iso(), finished_at=None)
               .where((Job.id == job_id) & Job.status.in_(allowed)).execute())
    job = _require(job_id)
    if not changed:
        what = "failed or finished" if again else "failed"
        raise JobStateError(f"This job is {job['status']}; only {what} jobs can be "
                            "run again.")
    return job


PAGE_CHOICES = (None, 2, 1)  # keep everything, 2 pages, 1 page


@db_operation
def set_pages(job_id: str, pages: int | None) -> dict[str, Any]:
    """Store the length the user asked for (None keeps everything, else 1 or 2 pages).

    The job is not run again here: the caller requeues it (``requeue_job(again=True)``),
    so a job that is running keeps its attempt."""
    if pages not in PAGE_CHOICES:
        raise ValueError(f"pages must be one of {PAGE_CHOICES}, not {pages!r}")
    with write_transaction():
        changed = Job.update(pages=pages, updated_at=now_iso()).where(
            Job.id == job_id).execute()
    if not changed:
        raise JobNotFoundError(f"No job with id {job_id}.")
    return _require(job_id)


@db_operation
def put_back_line(job_id: str, line: str) -> dict[str, Any]:
    """Keep ``line`` (one the fitting left out) in this job from now on: it is added
    to the job's kept lines, which the engine never leaves out."""
    with write_transaction():
        found = Job.get_or_none(Job.id == job_id)
        if found is None:
            raise JobNotFoundError(f"No job with id {job_id}.")
        kept = json.loads(found.kept_lines) if found.kept_lines else []
        if line not in kept:
            kept.append(line)
            Job.update(kept_lines=json.dumps(kept), updated_at=now_iso()).where(
                Job.id == job_id).execute()
    return _require(job_id)


@db_operation
def delete_job(job_id: str) -> bool:
    """Remove a job; True when it existed. A worker still running it just finds it gone."""
    with write_transaction():
        deleted = Job.delete().where(Job.id == job_id).execute()
    if deleted:
        log.info("job %s deleted", job_id)
    return bool(deleted)


@db_operation
def list_jobs(user_id: str | None = None, status: str | None = None,
              limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Whole jobs, newest first (use :func:`list_job_rows` for a light list)."""
    query = Job.select()
    if user_id is not None:
        query = query.where(Job.user == user_id)
    if status is not None:
        query = query.where(Job.status == status)
    query = query.order_by(Job.created_at.desc(), Job.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_to_dict(job) for job in query]


@db_operation
def find_job_ids(text: str, limit: int = 10) -> list[str]:
    """Ids equal to ``text``, else ids starting with it (for typing a short id)."""
    if not text:
        return []
    if Job.get_or_none(Job.id == text) is not None:
        return [text]
    query = Job.select(Job.id).where(Job.id.startswith(text)).limit(limit)
    return [row.id for row in query]
