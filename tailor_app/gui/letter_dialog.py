"""Draft cover letter: the job's letter, editable, saved with the job, exported.

It opens on the letter saved with the job, or else on the draft built from the
resume's own evidence (deterministic, no model). **Polish with model** (only when
Preferences name a server) sends the letter to the model and lets the rewrite
guard judge the answer: a polish that adds or drops a fact is refused, the letter
stays as it was and the reason is said. The polish replaces the text as one
undoable edit. **Save** keeps the letter on the job (closing keeps an edited letter
too: a letter typed for a job is not thrown away by a click on Close); **Export…** writes .docx,
.pdf, .txt or .md with the resume's look. Database, model and file work run on the
dialog's own pool.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..letters import export_letter, save_letter
from ..rewriting import LlmConfig, LlmError, Polish, draft_for_job, polish_letter, sender_of
from . import theme
from .export_dialog import FORMAT_FILTERS, export_target
from .settings import KEY_EXPORT_DIR, KEY_EXPORT_FORMAT, app_settings, read_str
from .tasks import TaskRunner, readable_error


class LetterDialog(QDialog):
    """See the module docstring; ``saved`` carries the job id and the letter kept."""

    saved = Signal(str, str)

    def __init__(self, job: dict[str, Any], config: LlmConfig | None, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setWindowTitle(f"Cover letter \u2014 {job.get('title') or 'this job'}")
        self._job, self._config = job, config
        self._saved_text = job.get("cover_letter") or ""
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks = TaskRunner(self._pool, self)
        self.busy = False
        self._build()
        self.resize(760, 680)
        if self._saved_text.strip():
            self.edit.setPlainText(self._saved_text)
            self._say("Your saved letter. Draft again starts over from the resume.")
        else:
            self.redraft()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("letterEdit")
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.edit.setPlaceholderText("The letter appears here.")
        self.edit.textChanged.connect(self._update_buttons)
        layout.addWidget(self.edit, 1)
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.redraft_button = QPushButton("Draft again")
        self.redraft_button.setObjectName("letterDraftButton")
        self.redraft_button.setToolTip("A new draft from the resume's lines that show the "
                                       "posting's skills (replaces the text; Undo brings it "
                                       "back)")
        self.redraft_button.clicked.connect(self.redraft)
        self.polish_button = QPushButton("Polish with model")
        self.polish_button.setObjectName("letterPolishButton")
        self.polish_button.setToolTip(
            "Ask your language model to polish the letter; the guard refuses any new fact"
            if self._config else
            "Turn on Rewrite with a language model in Preferences to polish the letter")
        self.polish_button.clicked.connect(self.polish)
        self.export_button = QPushButton(theme.icon("export"), "Export\u2026")
        self.export_button.setObjectName("letterExportButton")
        self.export_button.clicked.connect(self.export)
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("letterSaveButton")
        self.save_button.setToolTip("Keep this letter with the job")
        self.save_button.clicked.connect(self.save)
        close = QPushButton("Close")
        close.setObjectName("letterCloseButton")
        close.clicked.connect(self.reject)
        for button in (self.redraft_button, self.polish_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.export_button, self.save_button, close):
            row.addWidget(button)
        layout.addLayout(row)

    def text(self) -> str:
        return self.edit.toPlainText()

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {theme.missing_colour().name()};" if problem else "")

    def _update_buttons(self) -> None:
        has_text = bool(self.text().strip())
        self.redraft_button.setEnabled(not self.busy)
        self.polish_button.setEnabled(self._config is not None and has_text and not self.busy)
        self.export_button.setEnabled(has_text and not self.busy)
        self.save_button.setEnabled(not self.busy and self.text() != self._saved_text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _replace(self, text: str) -> None:
        """Put ``text`` in the editor as one undoable edit."""
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.edit.moveCursor(QTextCursor.MoveOperation.Start)

    # ------------------------------------------------------------------ actions

    def redraft(self) -> None:
        """A fresh draft from the job's evidence."""
        job = self._job
        self._set_busy(True)

        def done(text: str) -> None:
            self._set_busy(False)
            self._replace(text)
            self._say("A draft from your resume's own lines for the posting's top skills. "
                      "Edit it freely; Save keeps it with the job.")

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self._say(readable_error(exc), problem=True)

        self._tasks.run(lambda: draft_for_job(job), done, failed)

    def polish(self) -> None:
        """Ask the model; keep its answer only if the guard passes it."""
        if self._config is None or not self.text().strip():
            return
        config, letter, job = self._config, self.text(), self._job
        self._set_busy(True)
        self._say(f"Asking {config.model or 'the model'} at {config.url}\u2026")

        def done(result: Polish) -> None:
            self._set_busy(False)
            if result.passed:
                self._replace(result.text)
                self._say("Polished. The guard found no new or dropped fact. Undo brings "
                          "your letter back.")
            else:
                self._say(f"The model's polish was refused ({result.reason}); your letter is "
                          "kept as it was.", problem=True)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            message = str(exc) if isinstance(exc, LlmError) else readable_error(exc)
            self._say(f"{message} Your letter is kept as it was.", problem=True)

        self._tasks.run(lambda: polish_letter(config, letter, job), done, failed)

    def save(self) -> None:
        """Keep the letter with the job."""
        job_id, text = str(self._job["id"]), self.text()
        self._set_busy(True)

        def done(_: None) -> None:
            self._saved_text = text
            self._set_busy(False)
            self._say("Saved with the job.")
            self.saved.emit(job_id, text)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self._say(f"The letter was not saved: {readable_error(exc)}", problem=True)

        self._tasks.run(lambda: save_letter(job_id, text), done, failed)

    def export_to(self, target: Path, fmt: str) -> None:
        """Write the letter to ``target`` as ``fmt`` (the save dialog has asked)."""
        text, sender = self.text(), sender_of(self._job)
        self._set_busy(True)

        def done(written: Path) -> None:
            self._set_busy(False)
            self._say(f"Exported to {written}")

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self._say(f"{target.name} was not saved: {readable_error(exc)}", problem=True)

        self._tasks.run(lambda: export_letter(text, fmt, target, overwrite=True,
                                              sender=sender), done, failed)

    def export(self) -> None:
        """Ask where, then write the letter there."""
        from ..export import suggested_filename

        settings = app_settings()
        fmt = read_str(settings, KEY_EXPORT_FORMAT, "docx")
        fmt = fmt if fmt in FORMAT_FILTERS else "docx"
        title = " ".join(x for x in (self._job.get("title"), "cover letter") if x)
        name = suggested_filename(self._job.get("company_name"), title, fmt,
                                  person=sender_of(self._job))
        folder = read_str(settings, KEY_EXPORT_DIR, str(Path.home()))
        ordered = [FORMAT_FILTERS[fmt]] + [v for k, v in FORMAT_FILTERS.items() if k != fmt]
        path_text, chosen = QFileDialog.getSaveFileName(
            self, "Export cover letter", str(Path(folder) / name), ";;".join(ordered),
            FORMAT_FILTERS[fmt])
        if not path_text:
            return
        target, fmt = export_target(path_text, chosen, fmt)
        settings.setValue(KEY_EXPORT_DIR, str(target.parent))
        self.export_to(target, fmt)

    def done(self, result: int) -> None:
        if not self.busy and self.text().strip() and self.text() != self._saved_text:
            self.save()  # on the dialog's pool, which is waited for when it is deleted
        super().done(result)
