"""Taking back jobs a crash or a kill left PROCESSING.

Several processes may share the file. A trigger stamps a job with the claiming
process's owner token (``tailor_owner()``, a function every connection of ours
registers; see :mod:`tailor_app.instance`), and ``updated_at``, written at every
stage, is its heartbeat: start-up recovery takes back only jobs whose owner is gone
or whose heartbeat is older than :data:`LEASE_SECONDS`.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from .. import instance
from .connection import db_operation, write_transaction
from .models import Job, Status, now_iso

log = logging.getLogger("tailor_app.db")

MAX_AUTO_ATTEMPTS = 3  # a job that crashed the app this often is not restarted by itself
INTERRUPTED_MESSAGE = "Interrupted by a crash or forced quit; press Retry."
LEASE_SECONDS = 120.0  # a running job writes its row at every stage, within seconds


def _abandoned(owner: str | None, updated_at: str, cutoff: str) -> bool:
    """Was a PROCESSING job left behind? Its owner is gone, unknown (claimed before
    owners were recorded), or silent for longer than the lease (another machine, or a
    recycled pid)."""
    if updated_at < cutoff:
        return True
    alive = instance.owner_alive(owner)
    return alive is False or (alive is None and not owner)


@db_operation
def recover_interrupted_jobs(max_attempts: int = MAX_AUTO_ATTEMPTS,
                             lease_seconds: float = LEASE_SECONDS) -> dict[str, int]:
    """Jobs a crash or kill left PROCESSING: back to PENDING if they have been tried
    fewer than ``max_attempts`` times, else FAILED with a message asking for Retry
    (a job that keeps killing the app must not restart itself forever).

    Jobs another live process is running (see :func:`_abandoned`) are left alone.
    Returns ``{"requeued": n, "failed": m}``. Each update repeats the owner it saw,
    so a job re-claimed meanwhile is not touched.
    """
    stamp = now_iso()
    cutoff = (datetime.now(UTC) - timedelta(seconds=lease_seconds)).isoformat(
        timespec="microseconds")
    requeued = failed = running = 0
    with write_transaction():
        rows = list(Job.select(Job.id, Job.owner, Job.updated_at, Job.attempts)
                    .where(Job.status == Status.PROCESSING).tuples())
        for job_id, owner, updated_at, attempts in rows:
            if not _abandoned(owner, updated_at or "", cutoff):
                running += 1
                continue
            same = (Job.id == job_id) & (Job.status == Status.PROCESSING) & (
                Job.owner.is_null() if owner is None else Job.owner == owner)
            if attempts < max_attempts:
                requeued += (Job.update(status=Status.PENDING, progress=0, updated_at=stamp,
                                        stage="queued after an interruption")
                             .where(same).execute())
            else:
                failed += (Job.update(status=Status.FAILED, error_message=INTERRUPTED_MESSAGE,
                                      stage=None, progress=0, updated_at=stamp,
                                      finished_at=stamp)
                           .where(same).execute())
    if requeued or failed or running:
        log.warning("recovered interrupted jobs: %d requeued, %d failed; %d running in "
                    "another process left alone", requeued, failed, running)
    return {"requeued": requeued, "failed": failed}
