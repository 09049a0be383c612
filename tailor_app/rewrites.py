"""Rewriting a finished job's bullets, and keeping the accepted ones as a revision.

The window's Rewrite dialog and ``tailor --rewrite`` share this: the bullets to
ask about come from the text the job shows now (its current revision: the
engine's result, an earlier rewrite, or the user's own edit), and accepted
rewrites become a new revision of kind "rewritten" with the score recomputed
(:func:`tailor_app.revisions.save_revision`). Nothing is written unless at least
one rewrite is accepted, so an error or a cancel leaves the job as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import revisions
from .rewriting import BulletTask, Proposal, apply_rewrites, bullet_tasks, match_from_dict
from .tailoring import MatchReport, ParsedResume, render_text

__all__ = ["JobText", "job_text", "save_rewrites"]


@dataclass(frozen=True)
class JobText:
    """What a job shows now, as the structure its bullets are rewritten in."""

    job_id: str
    revision: int
    structure: ParsedResume
    summary: str | None  # the engine's summary line, when the structure lacks it
    match: MatchReport
    tasks: tuple[BulletTask, ...]


def job_text(job: dict[str, Any]) -> JobText:
    """The bullets of ``job``'s current text, ready to be asked about (database read:
    call it off the GUI thread)."""
    result = job.get("result") or {}
    if job.get("status") != "COMPLETED" or not result.get("tailored"):
        raise ValueError("Only a finished job has bullets to rewrite.")
    current = revisions.current(str(job["id"]))
    if current["kind"] == "tailored" or current.get("structure"):
        # The engine's result and earlier rewrites keep their structure; the summary
        # line is the engine's and is not in the structure.
        structure = ParsedResume.from_dict(current.get("structure") or result["tailored"])
        summary = result.get("summary")
    else:  # the user's free edit: read the way an imported .txt is (summary included)
        structure = revisions.structure_of(current)
        summary = None
    match = match_from_dict(result.get("match_after") or {})
    return JobText(str(job["id"]), int(current["number"]), structure, summary, match,
                   tuple(bullet_tasks(structure, match)))


def save_rewrites(text: JobText, accepted: Iterable[Proposal]) -> dict[str, Any] | None:
    """Make the accepted rewrites the job's new current revision ("rewritten");
    returns the revision (text, score), or None when none was accepted."""
    chosen = [p for p in accepted if p.proposed]
    if not chosen:
        return None
    structure = apply_rewrites(text.structure, chosen)
    rendered = render_text(structure, text.summary)
    return revisions.save_revision(text.job_id, rendered, kind=revisions.REWRITTEN,
                                   structure=structure)
