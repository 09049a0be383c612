"""The runner's word on each job, applied to the list in batches.

With hundreds of jobs finishing, applying each progress or result at once made the
table repaint after nearly every event, and painting was most of the GUI thread's
time. So the latest word per job waits here and a batch is applied at most every
:data:`UPDATE_INTERVAL_MS` (a tenth of a second is not a delay anyone sees); the
whole path from a worker to the screen is described in docs/ARCHITECTURE.md
("A job's status on its way to the screen").

A cancel, retry or delete makes what a worker said before it out of date:
:meth:`JobUpdates.forget` drops it, and a progress update is applied only while the
runner still runs the job.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from .. import db
from ..db import Status
from .job_model import JobTableModel
from .runner import JobRunner
from .shown_job import ShownJob

UPDATE_INTERVAL_MS = 100  # the runner's updates reach the list at most this often


class JobUpdates(QObject):
    """Batches the runner's signals into the model; see the module docstring."""

    jobDone = Signal(object)  # the finished job dict (for notifications)
    message = Signal(str)  # status-bar line: a job that could not be processed

    def __init__(self, runner: JobRunner, model: JobTableModel, shown: ShownJob,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner, self._model, self._shown = runner, model, shown
        self._waiting: dict[str, tuple[str, Any]] = {}  # job id -> (kind, payload)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UPDATE_INTERVAL_MS)
        self._timer.timeout.connect(self._apply)
        runner.jobProgress.connect(self._on_progress)
        runner.jobFinished.connect(self._on_finished)
        runner.jobError.connect(self._on_error)

    def pending(self) -> bool:
        """Whether updates are waiting for the next batch."""
        return self._timer.isActive()

    def forget(self, job_ids: list[str]) -> None:
        """Drop what workers said about these jobs before a cancel, retry or delete."""
        for job_id in job_ids:
            self._waiting.pop(job_id, None)

    def refresh_row(self, job_id: str) -> None:
        """Read one job's row again (a one-row read, which WAL never blocks)."""
        row = db.get_job_row(job_id)
        if row is None:
            self._model.remove(job_id)
        else:
            self._model.upsert(row)

    @Slot(str, int, str)
    def _on_progress(self, job_id: str, percent: int, stage: str) -> None:
        waiting = self._waiting.get(job_id)
        if waiting is None or waiting[0] == "progress":  # never hides a waiting result
            self._waiting[job_id] = ("progress", (percent, stage))
        self._schedule()

    @Slot(str, object)
    def _on_finished(self, job_id: str, finished: dict[str, Any]) -> None:
        self._waiting[job_id] = ("finished", finished)
        self._schedule()

    @Slot(str, str)
    def _on_error(self, job_id: str, text: str) -> None:
        self._waiting.pop(job_id, None)
        self.message.emit(text)
        self.refresh_row(job_id)

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _apply(self) -> None:
        batch, self._waiting = self._waiting, {}
        for job_id, (kind, payload) in batch.items():
            if kind == "progress":
                if self._runner.is_active(job_id):
                    percent, stage = payload
                    self._model.update_job(job_id, status=Status.PROCESSING, progress=percent,
                                           stage=stage, error_message=None)
                    self._shown.running(job_id, stage)
            elif self._model.job(job_id) is not None:  # not deleted meanwhile
                self._model.upsert(payload)
                if job_id == self._shown.job_id:
                    self._shown.show(job_id)  # whole dict: the worker's may be partial
                self.jobDone.emit(payload)
