"""What the window does with jobs when asked: tailor, retry, cancel, delete,
duplicate, export, and the first load of the list.

Every database write (create, requeue, cancel, delete) runs on the task pool, and
the list changes when it has been done: a write waits for SQLite's write lock, and
while four workers save results SQLite's busy handler slept the GUI thread up to
100 ms at a time. Reading a whole job, loading the list and exporting run there
too; only one-row reads (which WAL never blocks) stay on the GUI thread.

The other parts of the job's way to the screen have their own modules: the
runner's updates (:mod:`.job_updates`), the job the result pane shows
(:mod:`.shown_job`), the export dialog (:mod:`.export_dialog`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import db, job
from ..db import Status
from ..errors import AppError
from .best_fit import BestFit
from .edit_session import EditSession
from .export_check import AdditionsDialog
from .export_dialog import export_shown_job
from .job_model import JobTableModel
from .job_panel import JobPanel
from .job_updates import JobUpdates
from .length_control import FitActions
from .posting_editor import PostingEditor
from .result_pane import ResultPane
from .resume_panel import ResumePanel
from .runner import JobRunner
from .shown_job import ShownJob
from .tasks import TaskRunner, readable_error

log = logging.getLogger("tailor_app.gui.job_actions")

QUEUE_CHUNK = 100  # waiting jobs queued per pass of the event loop at start

def _each(action: Callable[[str], dict[str, Any]],
          job_ids: list[str]) -> list[dict[str, Any] | str]:
    """``action`` on each job (on the task pool): its dict, or the message of the
    :class:`AppError` that refused it (a job that changed state meanwhile)."""
    results: list[dict[str, Any] | str] = []
    for job_id in job_ids:
        try:
            results.append(action(job_id))
        except AppError as exc:
            results.append(str(exc))
    return results


class JobActions(QObject):
    """Carries out the user's job requests; see the module docstring."""

    message = Signal(str)  # status-bar line
    jobCreated = Signal(str)  # a job made by Tailor is listed and queued
    jobDone = Signal(object)  # the finished job dict (for notifications)
    jobsLoaded = Signal(int)

    def __init__(self, owner: QWidget, user_id: str, model: JobTableModel, runner: JobRunner,
                 tasks: TaskRunner, panel: JobPanel, editor: PostingEditor,
                 resumes: ResumePanel, result: ResultPane, best_fit: BestFit) -> None:
        super().__init__(owner)
        self._owner, self._user_id = owner, user_id
        self.model, self.runner, self.tasks = model, runner, tasks
        self.panel, self.editor, self.resumes = panel, editor, resumes
        self.result, self.best_fit = result, best_fit
        self.loaded = False
        self._creating = False  # a Tailor request is on the task pool
        self.shown = ShownJob(tasks, result, self._say, self)
        self.edits = EditSession(result, tasks, model, self)
        self.edits.message.connect(self.message)
        self.updates = JobUpdates(runner, model, self.shown, self)
        self.updates.jobDone.connect(self.jobDone)
        self.updates.message.connect(self.message)
        panel.currentJobChanged.connect(self.shown.show)
        panel.retryClicked.connect(lambda job_id: self.retry([job_id]))
        result.retryRequested.connect(lambda job_id: self.retry([job_id]))
        result.exportRequested.connect(self.export_selected)
        self.fit = FitActions(result.length, result.compare_view, result.job, self.again, self)

    def _say(self, exc: Exception) -> None:
        """A failed database request, on the status bar (the list did not change)."""
        self.message.emit(readable_error(exc))

    # ----------------------------------------------------------------- loading

    def load(self) -> None:
        """Read the light list on a worker, then queue what was left PENDING."""
        user = self._user_id

        def done(rows: list[dict[str, Any]]) -> None:
            self.model.reload(rows)
            self.loaded = True
            waiting = [r["id"] for r in reversed(rows) if r["status"] == Status.PENDING]
            self._queue(waiting)  # oldest first
            if waiting:
                self.message.emit(f"Continuing {len(waiting)} unfinished "
                                  f"job{'s' if len(waiting) != 1 else ''}.")
            self.jobsLoaded.emit(len(rows))

        self.tasks.run(lambda: db.list_job_rows(user_id=user), done, self._say)

    def _queue(self, job_ids: list[str]) -> None:
        """Queue jobs a chunk per pass of the event loop: a thousand at once kept the
        GUI thread busy for tens of milliseconds just after the list appeared."""
        for job_id in job_ids[:QUEUE_CHUNK]:
            self.runner.submit(job_id)
        rest = job_ids[QUEUE_CHUNK:]
        if rest:
            QTimer.singleShot(0, self, lambda: self._queue(rest))

    # ---------------------------------------------------------------- requests

    def tailor(self) -> bool:
        """Create a job from the editor on the task pool, then list, queue and select it.

        False when a creation is still on its way (a double click makes one job).
        ``jobCreated`` tells when the job is listed; validation messages go under the
        editor's fields.
        """
        from ..job_processor import ValidationError, process_job

        if self._creating:
            return False
        user, resume_id = self._user_id, self.resumes.current_id()
        posting, title, company = (self.editor.posting(), self.editor.title() or None,
                                   self.editor.company() or None)

        def work() -> dict[str, Any]:
            return process_job(user, resume_id, posting, title, company,
                               process_immediately=False)

        def done(created: dict[str, Any]) -> None:
            self._creating = False
            self.editor.show_errors({})
            self.model.upsert(created)
            self.runner.submit(created["id"])
            self.panel.select_job(created["id"])
            if self.editor.posting() == posting:  # not what was typed meanwhile
                self.editor.clear_posting()
            self.message.emit("Queued. Paste the next posting to tailor the same resume again.")
            self.jobCreated.emit(str(created["id"]))

        def failed(exc: Exception) -> None:
            self._creating = False
            if isinstance(exc, ValidationError):
                self.editor.show_errors(exc.errors)
            else:
                self._say(exc)

        self._creating = True
        self.tasks.run(work, done, failed)
        return True

    def retry(self, job_ids: list[str], *, again: bool = False) -> int:
        """Requeue failed jobs (on the task pool) and queue them; returns how many asked.
        With ``again`` a finished job too: tailored again (after the user added a fact).

        A job whose resume was deleted is not retried: it would fail the same way."""
        gone = [job_id for job_id in job_ids
                if (row := self.model.job(job_id)) is not None
                and row.status == Status.FAILED and not row.retryable]
        if gone:
            self.message.emit("The resume of that job was deleted, so it can't be retried; "
                              "Duplicate into editor (Ctrl+D) makes a new job from it.")
        wanted = [job_id for job_id in job_ids
                  if job_id not in gone and not self.runner.is_active(job_id)]
        if not wanted:
            return 0
        self.updates.forget(wanted)

        def done(results: list[dict[str, Any] | str]) -> None:
            count = 0
            for item in results:
                if isinstance(item, str):
                    self.message.emit(item)
                    continue
                self.model.upsert(item)
                self.runner.submit(item["id"])
                count += 1
                self.shown.replace(item)
            if count:
                self.message.emit(f"{'Tailoring again' if again else 'Retrying'} {count} "
                                  f"job{'s' if count != 1 else ''}.")

        # The shown job's typing is saved as its revision before it is tailored again.
        self.edits.after_saving(wanted, lambda: self.tasks.run(
            lambda: _each(partial(job.requeue_job, again=again), wanted), done, self._say))
        return len(wanted)

    def again(self, job_id: str, change: Callable[[], object], said: str) -> None:
        """Tailor a finished job again after ``change`` (a database write: its length,
        a line put back) on the task pool, then queue it like a retry."""
        if self.runner.is_active(job_id):
            self.message.emit("This job is being tailored; wait until it has finished.")
            return
        self.updates.forget([job_id])

        def work() -> dict[str, Any]:
            change()
            return job.requeue_job(job_id, again=True)

        def done(found: dict[str, Any]) -> None:
            self.model.upsert(found)
            self.runner.submit(found["id"])
            self.shown.replace(found)
            self.message.emit(said)

        self.edits.after_saving([job_id], lambda: self.tasks.run(work, done, self._say))

    def cancel(self, job_ids: list[str]) -> int:
        """Stop waiting or running jobs now; the database records it on the task pool."""
        wanted = []
        for job_id in job_ids:
            row = self.model.job(job_id)
            if row is not None and row.status in (Status.PENDING, Status.PROCESSING):
                self.runner.cancel(job_id)
                wanted.append(job_id)
        if not wanted:
            return 0
        self.updates.forget(wanted)

        def done(results: list[dict[str, Any] | str]) -> None:
            for job_id, item in zip(wanted, results, strict=True):
                if isinstance(item, str):  # it finished meanwhile
                    self.message.emit(item)
                    self.updates.refresh_row(job_id)
                    continue
                self.model.upsert(item)
                self.shown.replace(item)

        self.tasks.run(lambda: _each(job.cancel_job, wanted), done, self._say)
        return len(wanted)

    def delete(self, job_ids: list[str], *, confirm: bool = True) -> int:
        if not job_ids:
            return 0
        if confirm:
            many = len(job_ids) != 1
            answer = QMessageBox.question(
                self._owner, "Delete job" + ("s" if many else ""),
                f"Delete {len(job_ids)} jobs and their results?" if many else
                "Delete this job and its result? This can't be undone.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        wanted = list(job_ids)
        for job_id in wanted:
            self.runner.cancel(job_id)
        self.updates.forget(wanted)

        def done(_results: list[bool]) -> None:
            for job_id in wanted:
                self.model.remove(job_id)
                self.shown.forget(job_id)
            self.message.emit(f"Deleted {len(wanted)} job{'s' if len(wanted) != 1 else ''}.")

        self.tasks.run(lambda: [job.delete_job(job_id) for job_id in wanted], done,
                       self._say)
        return len(wanted)

    def duplicate(self, job_id: str | None) -> None:
        """Put a job's posting back in the editor (and pick its resume if it still exists)."""
        if job_id is None:
            return
        found = job.get_job_by_id(job_id)
        if found is None:
            return
        self.editor.set_content(found.get("title") or "", found.get("company_name") or "",
                                found.get("job_description") or "")
        if found.get("resume_id"):
            self.resumes.select(found["resume_id"])
        self.editor.text_edit.setFocus()
        self.message.emit("Posting copied into the editor.")

    # ------------------------------------------------------------------- export

    def export_selected(self) -> None:
        """Export the job the result pane shows, as it shows it (the user's edit, if
        any; see :mod:`.export_dialog`). An edit that states what the resume does not
        is listed first (:mod:`.export_check`)."""
        shown = self.result.job()
        if not shown or shown.get("status") != Status.COMPLETED or not shown.get("result"):
            export_shown_job(self._owner, self.tasks, shown, self.message.emit)
            return
        from ..tailoring import ParsedResume, entry_labels

        text = self.result.current_text()
        self.edits.save_now()
        if text == self.result.tailored_text():
            export_shown_job(self._owner, self.tasks, shown, self.message.emit)
            return
        revision = shown.get("revision") or {}
        structure = revision.get("structure") if revision.get("text") == text else None
        found = self.edits.additions_of(text)
        if not found:
            export_shown_job(self._owner, self.tasks, shown, self.message.emit, text,
                             structure)
            return
        original = shown["result"].get("original") or {"contact": {}, "sections": []}
        dialog = AdditionsDialog(self._owner, text, found,
                                 entry_labels(ParsedResume.from_dict(original)),
                                 self.edits.add_fact)

        def answered(code: int) -> None:
            dialog.deleteLater()
            if code == AdditionsDialog.DialogCode.Accepted:
                export_shown_job(self._owner, self.tasks, shown, self.message.emit, text,
                                 structure)
            else:
                self.result.go_to(found[0])

        dialog.finished.connect(answered)
        dialog.open()
