"""A job's texts over time: the engine's result, then the user's edits and rewrites.

Revision 1 is the engine's own result, stored on the job (``tailored_resume_text``
and the result JSON). The user's edits and accepted rewrites are revisions 2, 3, …
in the ``revision`` table; ``job.current_revision`` says which one the job list's
score, Copy and Export use. Typing updates the edit being made (one revision per
editing session, saved as the user types), so a crash loses nothing and the list
of revisions stays readable. "Revert to tailored" makes revision 1 current again
without deleting anything.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from . import tailoring
from .db import Job, Revision, db_operation, now_iso, write_transaction
from .errors import JobNotFoundError, JobStateError
from .tailoring import ParsedResume, ResumeDocument

__all__ = ["EDITED", "REWRITTEN", "current", "list_revisions", "make_current", "result_of",
           "revert_to_tailored", "save_revision", "structure_of"]

log = logging.getLogger(__name__)
EDITED, REWRITTEN = "edited", "rewritten"


def _job(job_id: str) -> Job:
    job: Job | None = Job.get_or_none(Job.id == job_id)
    if job is None:
        raise JobNotFoundError(f"No job has the id {job_id!r}; `tailor-app jobs` lists them.")
    if job.status != "COMPLETED":
        raise JobStateError("Only a finished job has a text to edit.")
    return job


def _dict(revision: Revision) -> dict[str, Any]:
    return {"number": revision.number, "kind": revision.kind, "text": revision.text,
            "score": revision.score, "created_at": revision.created_at,
            "updated_at": revision.updated_at,
            "structure": json.loads(revision.structure_json) if revision.structure_json
            else None}


def _score(job: Job, text: str) -> int:
    return tailoring.score_text(text, job.job_description, job.title, job.company_name).score


@db_operation
def save_revision(job_id: str, text: str, *, kind: str = EDITED,
                  structure: ParsedResume | None = None, score: int | None = None,
                  continue_edit: bool = True) -> dict[str, Any]:
    """Make ``text`` the job's current revision and return it.

    An edit continues the current revision when that is already the user's edit
    (``continue_edit``: one revision per editing session, updated as they type);
    anything else (the first keystroke after the engine's text, an accepted rewrite)
    adds a new revision. The job list's score follows.
    """
    score = score if score is not None else _score(_job(job_id), text)
    structure_json = json.dumps(structure.to_dict(), ensure_ascii=False) if structure else None
    stamp = now_iso()
    with write_transaction():
        job = _job(job_id)
        number = job.current_revision or 1
        latest = (Revision.select().where((Revision.job == job_id)
                                          & (Revision.number == number)).first())
        if kind == EDITED and continue_edit and latest is not None and latest.kind == EDITED \
                and number == _last_number(job_id):
            latest.text, latest.score, latest.updated_at = text, score, stamp
            latest.structure_json = structure_json
            latest.save()
            revision = latest
        else:
            revision = Revision.create(job=job_id, number=_last_number(job_id) + 1, kind=kind,
                                       text=text, structure_json=structure_json, score=score)
            log.info("job %s: revision %d (%s)", job_id, revision.number, kind)
        Job.update(current_revision=revision.number, score_after=score,
                   updated_at=stamp).where(Job.id == job_id).execute()
    return _dict(revision)


def _last_number(job_id: str) -> int:
    last = (Revision.select(Revision.number).where(Revision.job == job_id)
            .order_by(Revision.number.desc()).first())
    return last.number if last else 1


@db_operation
def revert_to_tailored(job_id: str) -> dict[str, Any]:
    """Make the engine's own result current again (the edits stay stored)."""
    with write_transaction():
        job = _job(job_id)
        result = json.loads(job.result_json or "{}")
        score = (result.get("match_after") or {}).get("score")
        Job.update(current_revision=None, score_after=score,
                   updated_at=now_iso()).where(Job.id == job_id).execute()
    return current(job_id)


@db_operation
def make_current(job_id: str, number: int) -> dict[str, Any]:
    """Make an earlier revision the one the job shows again (1: the engine's result);
    nothing is deleted. Used after tailoring again replaced the user's edit."""
    if number <= 1:
        return revert_to_tailored(job_id)
    with write_transaction():
        _job(job_id)
        revision = (Revision.select().where((Revision.job == job_id)
                                            & (Revision.number == number)).first())
        if revision is None:
            raise JobStateError(f"This job has no version {number} of its text.")
        Job.update(current_revision=number, score_after=revision.score,
                   updated_at=now_iso()).where(Job.id == job_id).execute()
    log.info("job %s: revision %d made current", job_id, number)
    return _dict(revision)


@db_operation
def current(job_id: str) -> dict[str, Any]:
    """The revision the job shows: number, kind ("tailored" for the engine's), text,
    score and structure (None for a free edit: writers parse its text)."""
    job = Job.get_or_none(Job.id == job_id)
    if job is None:
        raise JobNotFoundError(f"No job has the id {job_id!r}; `tailor-app jobs` lists them.")
    number = job.current_revision or 1
    if number > 1:
        revision = (Revision.select().where((Revision.job == job_id)
                                            & (Revision.number == number)).first())
        if revision is not None:
            return _dict(revision)
    result = json.loads(job.result_json or "{}")
    return {"number": 1, "kind": "tailored", "text": job.tailored_resume_text or "",
            "score": (result.get("match_after") or {}).get("score"),
            "created_at": job.finished_at, "updated_at": job.finished_at,
            "structure": result.get("tailored")}


@db_operation
def list_revisions(job_id: str) -> list[dict[str, Any]]:
    """Every revision after the engine's, oldest first."""
    return [_dict(r) for r in Revision.select().where(Revision.job == job_id)
            .order_by(Revision.number)]


def structure_of(revision: dict[str, Any]) -> ParsedResume:
    """The structure the .docx and .pdf writers lay out for a revision: the stored one,
    or the edited text read the way an imported .txt is."""
    if revision.get("structure"):
        return ParsedResume.from_dict(revision["structure"])
    return tailoring.parse_resume(ResumeDocument.from_text(revision["text"]))


def result_of(result: dict[str, Any], text: str | None,
              structure: dict[str, Any] | None = None) -> dict[str, Any]:
    """The job's result as the writers take it, saying ``text`` (a revision's) instead
    of the engine's: the text for .txt, its structure (stored, or the text read the
    way an imported .txt is) for .md, .docx and .pdf. The text holds its own summary
    line, so none is added, and nothing is left out to fit a page: the user's text is
    written whole. ``None`` or the engine's own text gives the result unchanged."""
    if text is None or text == result.get("text"):
        return result
    parsed = structure_of({"text": text, "structure": structure})
    return {**result, "text": text, "tailored": parsed.to_dict(), "summary": None,
            "spare": []}
