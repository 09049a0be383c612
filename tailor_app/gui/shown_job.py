"""The job the result pane shows: read whole on the task pool (with its current
revision and its resume's facts, for editing), applied only while it is still the
selection (a slow read must not replace a newer choice)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot

from ..db import Status
from .edit_session import with_edit
from .original_file import job_with_source
from .result_pane import ResultPane
from .tasks import TaskRunner


class ShownJob(QObject):
    """Keeps the result pane on the selected job; see the module docstring."""

    def __init__(self, tasks: TaskRunner, pane: ResultPane,
                 failure: Callable[[Exception], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._pane, self._failure = tasks, pane, failure
        self._id: str | None = None

    @property
    def job_id(self) -> str | None:
        """The selected job's id, or None."""
        return self._id

    @Slot(object)
    def show(self, job_id: object) -> None:
        """Read the whole job (and its resume's source file) on a worker; apply it only
        if it is still the selection."""
        self._id = str(job_id) if job_id else None
        if self._id is None:
            self._pane.show_job(None)
            return
        wanted = self._id

        def done(found: dict[str, Any] | None) -> None:
            if self._id == wanted:
                self._pane.show_job(found)

        self._tasks.run(lambda: with_edit(job_with_source(wanted)), done, self._failure)

    def replace(self, found: dict[str, Any]) -> None:
        """Show ``found`` (a whole job a command returned) if it is the selection."""
        if found.get("id") == self._id:
            self._pane.show_job(found)

    def forget(self, job_id: str) -> None:
        """The job was deleted: clear the pane if it showed it."""
        if job_id == self._id:
            self.show(None)

    def running(self, job_id: str, stage: str) -> None:
        """The selected job started running: say so above its (older) result."""
        shown = self._pane.job()
        if job_id == self._id and shown and shown.get("status") != Status.PROCESSING:
            self._pane.show_job({**shown, "status": Status.PROCESSING, "stage": stage})
