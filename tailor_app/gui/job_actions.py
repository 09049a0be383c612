"""What the window does with jobs: tailor, retry, cancel, delete, duplicate, export,
and applying the runner's reports to the list and the result pane.

Every database write (create, requeue, cancel, delete) runs on the task pool, and
the list changes when it has been done: a write waits for SQLite's write lock, and
while four workers save results SQLite's busy handler slept the GUI thread up to
100 ms at a time. Reading a whole job, loading the list and exporting run there
too; only one-row reads (which WAL never blocks) stay on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import db, job
from ..db import Status
from ..errors import AppError
from .best_fit import BestFit
from .job_model import JobTableModel
from .job_panel import JobPanel
from .original_file import job_with_source
from .posting_editor import PostingEditor
from .result_pane import ResultPane
from .resume_panel import ResumePanel
from .runner import JobRunner
from .settings import KEY_EXPORT_DIR, KEY_EXPORT_FORMAT, app_settings, read_str
from .tasks import TaskRunner, readable_error

log = logging.getLogger("tailor_app.gui.job_actions")

REPORT_INTERVAL_MS = 100  # the runner's reports reach the list at most this often
QUEUE_CHUNK = 100  # waiting jobs queued per pass of the event loop at start

FORMAT_FILTERS = {"docx": "Word document (*.docx)", "pdf": "PDF document (*.pdf)",
                  "txt": "Plain text (*.txt)", "md": "Markdown (*.md)"}


def _export_target(path_text: str, chosen_filter: str, default: str) -> tuple[Path, str]:
    """The file and format the save dialog's answer means (a missing suffix is added)."""
    path = Path(path_text)
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMAT_FILTERS:
        return path, suffix
    fmt = next((f for f, label in FORMAT_FILTERS.items() if label == chosen_filter), default)
    return path.with_name(f"{path.name}.{fmt}"), fmt


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
        self._shown: str | None = None
        self.loaded = False
        self._creating = False  # a Tailor request is on the task pool
        self._reports: dict[str, tuple[str, Any]] = {}  # the runner's latest word per job
        self._report_timer = QTimer(self)
        self._report_timer.setSingleShot(True)
        self._report_timer.setInterval(REPORT_INTERVAL_MS)
        self._report_timer.timeout.connect(self._apply_reports)
        runner.jobProgress.connect(self._on_progress)
        runner.jobFinished.connect(self._on_finished)
        runner.jobError.connect(self._on_error)
        panel.currentJobChanged.connect(self.show_job)
        panel.retryClicked.connect(lambda job_id: self.retry([job_id]))
        result.retryRequested.connect(lambda job_id: self.retry([job_id]))
        result.exportRequested.connect(self.export_selected)

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

    def retry(self, job_ids: list[str]) -> int:
        """Requeue failed jobs (on the task pool) and queue them; returns how many asked.

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
        self._forget_reports(wanted)

        def done(results: list[dict[str, Any] | str]) -> None:
            count = 0
            for item in results:
                if isinstance(item, str):
                    self.message.emit(item)
                    continue
                self.model.upsert(item)
                self.runner.submit(item["id"])
                count += 1
                if item["id"] == self._shown:
                    self.result.show_job(item)
            if count:
                self.message.emit(f"Retrying {count} job{'s' if count != 1 else ''}.")

        self.tasks.run(lambda: _each(job.requeue_job, wanted), done, self._say)
        return len(wanted)

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
        self._forget_reports(wanted)

        def done(results: list[dict[str, Any] | str]) -> None:
            for job_id, item in zip(wanted, results, strict=True):
                if isinstance(item, str):  # it finished meanwhile
                    self.message.emit(item)
                    self._refresh_row(job_id)
                    continue
                self.model.upsert(item)
                if job_id == self._shown:
                    self.result.show_job(item)

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
        self._forget_reports(wanted)

        def done(_results: list[bool]) -> None:
            for job_id in wanted:
                self.model.remove(job_id)
                if job_id == self._shown:
                    self.show_job(None)
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

    # ------------------------------------------------------------------- result

    @Slot(object)
    def show_job(self, job_id: object) -> None:
        """Read the whole job on a worker; apply only if it is still the selection."""
        self._shown = str(job_id) if job_id else None
        if self._shown is None:
            self.result.show_job(None)
            return
        wanted = self._shown

        def done(found: dict[str, Any] | None) -> None:
            if self._shown == wanted:
                self.result.show_job(found)

        self.tasks.run(lambda: job_with_source(wanted), done, self._say)

    def export_selected(self) -> None:
        shown = self.result.job()
        if not shown or shown.get("status") != Status.COMPLETED or not shown.get("result"):
            self.message.emit("Select a completed job to export its tailored resume.")
            return
        from ..export import export_result, suggested_filename

        settings = app_settings()
        fmt = read_str(settings, KEY_EXPORT_FORMAT, "docx")
        fmt = fmt if fmt in FORMAT_FILTERS else "docx"
        result = shown["result"]
        person = ((result.get("original") or {}).get("contact") or {}).get("name")
        name = suggested_filename(shown.get("company_name"), shown.get("title"), fmt,
                                  person=person)
        folder = read_str(settings, KEY_EXPORT_DIR, str(Path.home()))
        ordered = [FORMAT_FILTERS[fmt]] + [v for k, v in FORMAT_FILTERS.items() if k != fmt]
        path_text, chosen = QFileDialog.getSaveFileName(
            self._owner, "Export tailored resume", str(Path(folder) / name), ";;".join(ordered),
            FORMAT_FILTERS[fmt])
        if not path_text:
            return
        target, fmt = _export_target(path_text, chosen, fmt)
        settings.setValue(KEY_EXPORT_DIR, str(target.parent))
        settings.setValue(KEY_EXPORT_FORMAT, fmt)
        resume_id = shown.get("resume_id")

        def work() -> Path:
            from ..importer import get_resume

            resume = get_resume(resume_id) if resume_id else None
            source = (Path(resume["stored_path"]) if resume and resume["file_format"] == "docx"
                      and Path(resume["stored_path"]).exists() else None)
            # The save dialog has already asked before replacing a file.
            return export_result(result, fmt, target, overwrite=True, source_docx=source)

        def failed(exc: Exception) -> None:
            text = readable_error(exc)
            box = QMessageBox(QMessageBox.Icon.Warning, "Export failed",
                              f"{target.name} was not saved.\n\n{text}",
                              QMessageBox.StandardButton.Ok, self._owner)
            box.setModal(False)
            box.show()
            self.message.emit(f"Export failed: {text}")

        self.message.emit(f"Exporting {target.name}\u2026")
        self.tasks.run(work, lambda written: self.message.emit(f"Exported to {written}"),
                       failed)

    # ------------------------------------------------------------ runner reports

    # Reports are applied to the list in batches: with hundreds of jobs finishing, each
    # applied at once made the table repaint after nearly every event, and painting was
    # most of the GUI thread's time. A tenth of a second is not a delay anyone sees.

    @Slot(str, int, str)
    def _on_progress(self, job_id: str, percent: int, stage: str) -> None:
        waiting = self._reports.get(job_id)
        if waiting is None or waiting[0] == "progress":  # never hides a waiting result
            self._reports[job_id] = ("progress", (percent, stage))
        self._schedule_reports()

    @Slot(str, object)
    def _on_finished(self, job_id: str, finished: object) -> None:
        assert isinstance(finished, dict)
        self._reports[job_id] = ("finished", finished)
        self._schedule_reports()

    def _schedule_reports(self) -> None:
        if not self._report_timer.isActive():
            self._report_timer.start()

    def _forget_reports(self, job_ids: list[str]) -> None:
        """A cancel, retry or delete makes what a worker said before it out of date."""
        for job_id in job_ids:
            self._reports.pop(job_id, None)

    def _apply_reports(self) -> None:
        reports, self._reports = self._reports, {}
        for job_id, (kind, payload) in reports.items():
            if kind == "progress":
                if self.runner.is_active(job_id):
                    percent, stage = payload
                    self._show_progress(job_id, percent, stage)
            elif self.model.job(job_id) is not None:  # not deleted meanwhile
                self.model.upsert(payload)
                if job_id == self._shown:
                    self.show_job(job_id)  # whole dict: the worker's may be partial
                self.jobDone.emit(payload)

    def _show_progress(self, job_id: str, percent: int, stage: str) -> None:
        self.model.update_job(job_id, status=Status.PROCESSING, progress=percent, stage=stage,
                              error_message=None)
        shown = self.result.job()
        if job_id == self._shown and shown and shown.get("status") != Status.PROCESSING:
            self.result.show_job({**shown, "status": Status.PROCESSING, "stage": stage})

    @Slot(str, str)
    def _on_error(self, job_id: str, text: str) -> None:
        self.message.emit(text)
        self._refresh_row(job_id)

    def _refresh_row(self, job_id: str) -> None:
        row = db.get_job_row(job_id)
        if row is None:
            self.model.remove(job_id)
        else:
            self.model.upsert(row)
