"""What the window does with jobs: tailor, retry, cancel, delete, duplicate, export,
and applying the runner's reports to the list and the result pane.

Small database writes (one row: create, requeue, cancel, delete) happen on the GUI
thread, which SQLite in WAL answers in well under a millisecond; reading a whole
job (texts and result JSON), loading the list and exporting run on the task pool.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import db, job
from ..db import Status
from ..errors import AppError
from .best_fit import BestFit
from .job_model import JobTableModel
from .job_panel import JobPanel
from .posting_editor import PostingEditor
from .result_pane import ResultPane
from .resume_panel import ResumePanel
from .runner import JobRunner, TaskRunner
from .settings import KEY_EXPORT_DIR, KEY_EXPORT_FORMAT, app_settings, read_str

log = logging.getLogger("tailor_app.gui.job_actions")

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


class JobActions(QObject):
    """Carries out the user's job requests; see the module docstring."""

    message = Signal(str)  # status-bar line
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
        runner.jobProgress.connect(self._on_progress)
        runner.jobFinished.connect(self._on_finished)
        runner.jobError.connect(self._on_error)
        panel.currentJobChanged.connect(self.show_job)
        panel.retryClicked.connect(lambda job_id: self.retry([job_id]))
        result.retryRequested.connect(lambda job_id: self.retry([job_id]))
        result.exportRequested.connect(self.export_selected)

    # ----------------------------------------------------------------- loading

    def load(self) -> None:
        """Read the light list on a worker, then queue what was left PENDING."""
        user = self._user_id

        def done(rows: object) -> None:
            assert isinstance(rows, list)
            self.model.reload(rows)
            self.loaded = True
            waiting = [r["id"] for r in reversed(rows) if r["status"] == Status.PENDING]
            for job_id in waiting:  # oldest first
                self.runner.submit(job_id)
            if waiting:
                self.message.emit(f"Continuing {len(waiting)} unfinished "
                                  f"job{'s' if len(waiting) != 1 else ''}.")
            self.jobsLoaded.emit(len(rows))

        self.tasks.run(lambda: db.list_job_rows(user_id=user), done, self.message.emit)

    # ---------------------------------------------------------------- requests

    def tailor(self) -> str | None:
        """Create a job from the editor and queue it; returns its id."""
        from ..job_processor import ValidationError, process_job

        resume_id = self.resumes.current_id()
        try:
            created = process_job(self._user_id, resume_id, self.editor.posting(),
                                  self.editor.title() or None, self.editor.company() or None,
                                  process_immediately=False)
        except ValidationError as exc:
            self.editor.show_errors(exc.errors)
            return None
        except AppError as exc:
            self.message.emit(str(exc))
            return None
        self.editor.show_errors({})
        self.model.upsert(created)
        self.runner.submit(created["id"])
        self.panel.select_job(created["id"])
        self.editor.clear_posting()
        self.message.emit("Queued. Paste the next posting to tailor the same resume again.")
        return str(created["id"])

    def retry(self, job_ids: list[str]) -> int:
        count = 0
        for job_id in job_ids:
            try:
                requeued = job.requeue_job(job_id)
            except AppError as exc:
                self.message.emit(str(exc))
                continue
            self.model.upsert(requeued)
            self.runner.submit(job_id)
            count += 1
            if job_id == self._shown:
                self.result.show_job(requeued)
        if count:
            self.message.emit(f"Retrying {count} job{'s' if count != 1 else ''}.")
        return count

    def cancel(self, job_ids: list[str]) -> int:
        count = 0
        for job_id in job_ids:
            row = self.model.job(job_id)
            if row is None or row.status not in (Status.PENDING, Status.PROCESSING):
                continue
            self.runner.cancel(job_id)
            try:
                cancelled = job.cancel_job(job_id)
            except AppError as exc:  # finished meanwhile
                self.message.emit(str(exc))
                self._refresh_row(job_id)
                continue
            self.model.upsert(cancelled)
            if job_id == self._shown:
                self.result.show_job(cancelled)
            count += 1
        return count

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
        for job_id in job_ids:
            self.runner.cancel(job_id)
            job.delete_job(job_id)
            self.model.remove(job_id)
        self.message.emit(f"Deleted {len(job_ids)} job{'s' if len(job_ids) != 1 else ''}.")
        return len(job_ids)

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

        def done(found: object) -> None:
            if self._shown == wanted:
                self.result.show_job(found if isinstance(found, dict) else None)

        self.tasks.run(lambda: job.get_job_by_id(wanted), done, self.message.emit)

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

        def failed(text: str) -> None:
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

    @Slot(str, int, str)
    def _on_progress(self, job_id: str, percent: int, stage: str) -> None:
        self.model.update_job(job_id, status=Status.PROCESSING, progress=percent, stage=stage,
                              error_message=None)
        shown = self.result.job()
        if job_id == self._shown and shown and shown.get("status") != Status.PROCESSING:
            self.result.show_job({**shown, "status": Status.PROCESSING, "stage": stage})

    @Slot(str, object)
    def _on_finished(self, job_id: str, finished: object) -> None:
        assert isinstance(finished, dict)
        if self.model.job(job_id) is None:
            return  # deleted meanwhile
        self.model.upsert(finished)
        if job_id == self._shown:
            self.show_job(job_id)  # whole dict: the worker's may be partial
        self.jobDone.emit(finished)

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
