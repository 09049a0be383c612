"""Reads every part of the app shares: the local profile and the job list's rows."""

from __future__ import annotations

import getpass
import logging
from typing import Any

from peewee import Case, fn

from .connection import db_operation, write_transaction
from .models import Job, User

log = logging.getLogger("tailor_app.db")


@db_operation
def get_or_create_local_user() -> str:
    """The id of the local profile, creating it on first run."""
    user = User.select(User.id).order_by(User.created_at).first()
    if user is not None:
        return str(user.id)
    with write_transaction():  # first run: check again under the write lock
        user = User.select().order_by(User.created_at).first()
        if user is None:
            try:
                name = getpass.getuser()
            except (OSError, KeyError):  # no login name (containers, services)
                name = "Me"
            user = User.create(name=name)
            log.info("created local user %s", user.id)
    return str(user.id)


# ----------------------------------------------------------------- light job queries

LIGHT_JOB_COLUMNS = ("id", "created_at", "title", "company_name", "resume_id", "resume_name",
                     "status", "progress", "stage", "score_before", "score_after",
                     "error_message", "attempts", "current_revision", "tailored_score")


def _light_columns() -> list[Any]:
    # The resume's key is the field ``resume``; the list knows it as ``resume_id``.
    # ``score_after`` is the current revision's; ``tailored_score`` is tailoring's own,
    # read from the result JSON only for a job whose current revision is the user's.
    edited = fn.COALESCE(Job.current_revision, 1) > 1
    computed = {
        "resume_id": Job.resume.alias("resume_id"),
        "current_revision": fn.COALESCE(Job.current_revision, 1).alias("current_revision"),
        "tailored_score": Case(None, [(edited, fn.json_extract(
            Job.result_json, "$.match_after.score"))], Job.score_after).alias("tailored_score"),
    }
    return [computed.get(c) or getattr(Job, c) for c in LIGHT_JOB_COLUMNS]


@db_operation
def list_job_rows(limit: int | None = None, user_id: str | None = None) -> list[dict[str, Any]]:
    """Newest first, only the columns the job list shows (no texts, no JSON)."""
    query = Job.select(*_light_columns())
    if user_id is not None:
        query = query.where(Job.user == user_id)
    query = query.order_by(Job.created_at.desc(), Job.id)
    if limit is not None:
        query = query.limit(limit)
    return list(query.dicts())


@db_operation
def get_job_row(job_id: str) -> dict[str, Any] | None:
    """One job's light columns, for updating a single row of the list."""
    row: dict[str, Any] | None = (Job.select(*_light_columns())
                                  .where(Job.id == job_id).dicts().first())
    return row
