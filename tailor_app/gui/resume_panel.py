"""The resume picker: imported resumes, import, rename, remove, preview, first run.

Reading a PDF can take a noticeable fraction of a second, so imports run on the
task pool and report back through callbacks on the GUI thread; a failed import
shows its message in a banner inside the panel (non-modal: the user can keep
working) and adds nothing. Every failed file of a batch is listed there; past a few
lines the banner scrolls instead of growing, so the resume
list keeps its height. When a message advises
pasting the text, the banner offers **New resume from text…** right there.
Before the first resume exists the panel shows a short explanation of the three
steps with the sample resume one click away.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import importer, paths
from ..errors import AppError
from ..tailoring import SUPPORTED_EXTENSIONS
from . import theme
from .additions_list import Additions
from .import_banner import ImportErrorBanner
from .job_model import local_time
from .resume_from_text import ResumeFromTextDialog
from .settings import KEY_IMPORT_DIR, KEY_SELECTED_RESUME, app_settings, read_str
from .tasks import TaskRunner, readable_error

log = logging.getLogger("tailor_app.gui.resume_panel")

SUPPORTED_SUFFIXES = set(SUPPORTED_EXTENSIONS)
IMPORT_FILTER = (f"Resumes ({' '.join('*' + s for s in sorted(SUPPORTED_SUFFIXES))});;"
                 "All files (*)")
SAMPLE_RESOURCE = "sample_resume.txt"
SAMPLE_NAME = "Sample resume (Jordan Avery)"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_MIN_ROWS = 5  # rows of the list a banner never takes (in all but tiny windows)
COL_NAME, COL_TYPE, COL_LENGTH, COL_DATE, COL_FIT = range(5)

WELCOME = """<h2 style="margin-bottom:4px">Tailor your resume to a job, offline</h2>
<ol style="margin-left:-18px">
<li><b>Import your resume</b> (PDF, Word, LibreOffice .odt, .rtf, .txt or .md),
 or drop the file here.</li>
<li><b>Paste the job posting</b> into the editor below.</li>
<li>Press <b>Tailor</b>. Your resume is reordered and worded for the posting,
and never given skills it does not state. Nothing leaves this computer.</li>
</ol>"""


def describe_length(resume: dict[str, Any]) -> str:
    pages = resume.get("page_count")
    chars = int(resume.get("char_count") or 0)
    if pages:
        return f"{pages} page{'s' if pages != 1 else ''}"
    return f"{chars:,} chars"


class ResumePanel(QWidget):
    """Lists the user's resumes; emits the chosen one's id (or None)."""

    resumeSelected = Signal(object)  # str | None
    resumesChanged = Signal()
    message = Signal(str)  # a status-bar line

    def __init__(self, user_id: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user_id = user_id
        self._tasks = tasks
        self._importing = 0
        self._preview_for: str | None = None
        self._resumes: dict[str, dict[str, Any]] = {}
        self._build()

    # ----------------------------------------------------------------------- build

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        title = QLabel("Resumes")
        bold = QFont(title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        title.setFont(bold)
        header.addWidget(title)
        header.addStretch(1)
        self.from_text_button = QPushButton("From text\u2026")
        self.from_text_button.setObjectName("resumeFromTextButton")
        self.from_text_button.setToolTip("New resume from text: paste a resume as text and "
                                         "name it")
        self.from_text_button.clicked.connect(self.new_from_text)
        header.addWidget(self.from_text_button)
        self.import_button = QPushButton(theme.icon("import"), "Import\u2026")
        self.import_button.setObjectName("importResumeButton")
        self.import_button.setToolTip(
            "Import a resume file (Ctrl+O): PDF, Word, ODT, RTF, TXT or MD")
        self.import_button.clicked.connect(self.choose_files)
        header.addWidget(self.import_button)
        layout.addLayout(header)
        self._dialog: ResumeFromTextDialog | None = None
        self.banner = ImportErrorBanner()
        self.banner.fromTextRequested.connect(self.new_from_text)
        layout.addWidget(self.banner)

        self.stack = QStackedWidget()
        self.banner.cleared.connect(lambda: self.stack.setMinimumHeight(0))
        self.stack.addWidget(self._build_welcome())
        self.stack.addWidget(self._build_list())
        layout.addWidget(self.stack, 1)

    def _build_welcome(self) -> QWidget:
        page = QFrame()
        page.setObjectName("firstRun")
        page.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(page)
        text = QLabel(WELCOME)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(text)
        buttons = QHBoxLayout()
        self.sample_button = QPushButton(theme.icon("sample"), "Try the sample resume")
        self.sample_button.setObjectName("sampleButton")
        self.sample_button.setToolTip("Import a fictional resume to see how tailoring works")
        self.sample_button.clicked.connect(self.import_sample)
        own = QPushButton(theme.icon("import"), "Import my resume\u2026")
        own.clicked.connect(self.choose_files)
        pasted = QPushButton("Paste it as text\u2026")
        pasted.setObjectName("welcomeFromTextButton")
        pasted.setToolTip("New resume from text: paste a resume as text and name it")
        pasted.clicked.connect(self.new_from_text)
        buttons.addWidget(self.sample_button)
        buttons.addWidget(own)
        buttons.addStretch(1)
        box.addLayout(buttons)
        more = QHBoxLayout()
        more.addWidget(pasted)
        more.addStretch(1)
        box.addLayout(more)
        box.addStretch(1)
        return page

    def _build_list(self) -> QWidget:
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("resumeSplitter")
        top = QWidget()
        box = QVBoxLayout(top)
        box.setContentsMargins(0, 0, 0, 0)
        self.list = QTreeWidget()
        self.list.setObjectName("resumeList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(["Name", "Type", "Length", "Imported", "Fit"])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_TYPE, COL_LENGTH, COL_DATE, COL_FIT):
            self.list.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.rename_current())
        box.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.rename_button = QToolButton()
        self.rename_button.setText("Rename\u2026")
        self.rename_button.clicked.connect(self.rename_current)
        self.remove_button = QToolButton()
        self.remove_button.setText("Remove\u2026")
        self.remove_button.setIcon(theme.icon("delete"))
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove_button.clicked.connect(self.remove_current)
        self.best_fit_label = QLabel()
        self.best_fit_label.setObjectName("bestFitLabel")
        self.best_fit_label.setWordWrap(True)
        # Your additions: the facts the user confirmed for the selected resume
        self.additions = Additions(self._tasks, self)
        self.additions.message.connect(self.message)
        row.addWidget(self.rename_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.additions.button)
        row.addWidget(self.best_fit_label, 1)
        box.addLayout(row)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("resumePreview")
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText("The text read from the selected resume appears here.")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([220, 160])
        # A banner appearing above takes its room from the preview, not from the list.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        return self.splitter

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    # ----------------------------------------------------------------------- state

    def reload(self, select: str | None = None) -> None:
        """Re-read the (few, light) resume records and keep or set the selection."""
        keep = select or self.current_id() or read_str(app_settings(), KEY_SELECTED_RESUME)
        resumes = importer.list_resumes(self._user_id)
        self._resumes = {r["id"]: r for r in resumes}
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QTreeWidgetItem | None = None
        for resume in resumes:
            item = QTreeWidgetItem([resume["display_name"], resume["file_format"].upper(),
                                    describe_length(resume), local_time(resume["created_at"])[:10],
                                    ""])
            item.setData(COL_NAME, ID_ROLE, resume["id"])
            item.setToolTip(COL_NAME, resume["original_filename"])
            self.list.addTopLevelItem(item)
            if resume["id"] == keep:
                chosen = item
        self.list.blockSignals(False)
        self.stack.setCurrentIndex(1 if resumes else 0)
        if chosen is None and self.list.topLevelItemCount():
            chosen = self.list.topLevelItem(0)
        self.list.setCurrentItem(chosen)  # type: ignore[arg-type]  # None: no current row
        if chosen is None:
            self._on_current_changed(None, None)
        self.resumesChanged.emit()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(COL_NAME, ID_ROLE)) if item is not None else None

    def select(self, resume_id: str | None) -> bool:
        for item in self._items():
            if item.data(COL_NAME, ID_ROLE) == resume_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def _items(self) -> Iterator[QTreeWidgetItem]:
        """The list's rows, in order (``topLevelItem`` is None only past the end)."""
        for number in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(number)
            if item is not None:
                yield item

    def resume_ids(self) -> list[str]:
        return list(self._resumes)

    def resume_name(self, resume_id: str) -> str:
        return str(self._resumes.get(resume_id, {}).get("display_name", ""))

    def is_busy(self) -> bool:
        return self._importing > 0

    def set_fit_scores(self, scores: dict[str, int], best: str | None) -> None:
        """Show Best fit's scores in the Fit column; the best one is marked."""
        for item in self._items():
            resume_id = item.data(COL_NAME, ID_ROLE)
            score = scores.get(resume_id)
            item.setText(COL_FIT, "" if score is None else
                         (f"\u2605 {score}" if resume_id == best else str(score)))
            item.setToolTip(COL_FIT, "" if score is None else
                            "Match score of this resume, with your additions to it, for "
                            "the posting in the editor")

    def _on_current_changed(self, current: QTreeWidgetItem | None, _old: Any) -> None:
        resume_id = current.data(COL_NAME, ID_ROLE) if current is not None else None
        self.rename_button.setEnabled(resume_id is not None)
        self.remove_button.setEnabled(resume_id is not None)
        settings = app_settings()
        settings.setValue(KEY_SELECTED_RESUME, resume_id or "")
        self._load_preview(resume_id)
        self.additions.set_resume(resume_id, self.resume_name(resume_id) if resume_id else "")
        self.resumeSelected.emit(resume_id)

    def _load_preview(self, resume_id: str | None) -> None:
        self._preview_for = resume_id
        if resume_id is None:
            self.preview.clear()
            return

        def done(resume: dict[str, Any] | None) -> None:
            if self._preview_for == resume_id and resume is not None:
                self.preview.setPlainText(resume.get("parsed_text") or "")

        self._tasks.run(lambda: importer.get_resume(resume_id), done,
                        lambda exc: self.show_error(readable_error(exc)))

    # --------------------------------------------------------------------- actions

    def choose_files(self) -> None:
        settings = app_settings()
        start = read_str(settings, KEY_IMPORT_DIR, str(Path.home()))
        files, _ = QFileDialog.getOpenFileNames(self, "Import resume", start, IMPORT_FILTER)
        if files:
            settings.setValue(KEY_IMPORT_DIR, str(Path(files[0]).parent))
            self.import_files([Path(f) for f in files])

    def import_sample(self) -> None:
        try:
            sample = paths.resource_path(SAMPLE_RESOURCE)
        except FileNotFoundError as exc:
            self.show_error(str(exc))
            return
        self.import_files([sample], display_name=SAMPLE_NAME)

    def import_files(self, files: list[Path], display_name: str | None = None,
                     on_finished: Callable[[], None] | None = None) -> None:
        """Import each file off the GUI thread; the last success becomes selected."""
        if not self.is_busy():
            self.clear_errors()  # a new batch: forget the last batch's problems
        for path in files:
            self._importing += 1
            self.message.emit(f"Importing {path.name}\u2026")

            def work(path: Path = path, user: str = self._user_id) -> dict[str, Any]:
                return importer.import_resume(path, user, display_name=display_name)

            def done(resume: dict[str, Any], path: Path = path) -> None:
                self._importing -= 1
                again = " (already imported)" if resume.get("duplicate") else ""
                self.message.emit(f"Imported {path.name}{again}.")
                self.reload(select=str(resume["id"]))

            def failed(exc: Exception, path: Path = path) -> None:
                self._importing -= 1
                self.show_error(f"{path.name} was not imported: {readable_error(exc)}")

            self._tasks.run(work, done, failed)

    def show_error(self, text: str) -> None:
        """Add a problem to the banner: every failed file of a batch is listed."""
        log.info("import problem shown to the user")
        if not self.banner.isVisible() and self.stack.currentIndex() == 1:
            # The list and preview keep their height while the banner shows: the
            # window takes the banner's room from the posting editor below (up to
            # half the window, so a small window is not pushed off the screen).
            rows = (LIST_MIN_ROWS + 1) * (QFontMetrics(self.list.font()).height() + 6)
            room = max(rows + 100, self.window().height() // 2)
            self.stack.setMinimumHeight(min(self.stack.height(), room))
        self.banner.add(text)
        self.message.emit(text)

    def errors(self) -> list[str]:
        """The problems the banner lists, oldest first."""
        return self.banner.errors()

    def clear_errors(self) -> None:
        self.banner.clear()

    def new_from_text(self) -> None:
        """Open New resume from text (one dialog at a time)."""
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        dialog = ResumeFromTextDialog(self.window())
        dialog.createRequested.connect(self._create_from_text)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self._dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: ResumeFromTextDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def _create_from_text(self, name: str, text: str) -> None:
        """Import the pasted text on the task pool; close the dialog when it worked."""
        dialog = self._dialog
        self._importing += 1
        self.message.emit(f"Creating \u201c{name}\u201d\u2026")

        def work(user: str = self._user_id) -> dict[str, Any]:
            return importer.import_resume_text(text, user, display_name=name)

        def done(resume: dict[str, Any]) -> None:
            self._importing -= 1
            again = (f" (the same text as \u201c{resume['display_name']}\u201d)"
                     if resume.get("duplicate") else "")
            self.message.emit(f"Created \u201c{name}\u201d{again}.")
            self.clear_errors()
            if dialog is not None:
                dialog.accept()
            self.reload(select=str(resume["id"]))

        def failed(exc: Exception) -> None:
            self._importing -= 1
            message = readable_error(exc)
            if dialog is not None and dialog.isVisible():
                dialog.show_error(message)
            else:
                self.show_error(f"\u201c{name}\u201d was not created: {message}")

        self._tasks.run(work, done, failed)

    def rename_current(self) -> None:
        resume_id = self.current_id()
        if resume_id is None:
            return
        name, ok = QInputDialog.getText(self, "Rename resume", "Name shown for this resume:",
                                        text=self.resume_name(resume_id))
        if ok and name.strip():
            try:
                importer.rename_resume(resume_id, name)
            except (ValueError, AppError) as exc:
                self.show_error(str(exc))
                return
            self.reload(select=resume_id)

    def remove_current(self) -> None:
        resume_id = self.current_id()
        if resume_id is None:
            return
        answer = QMessageBox.question(
            self, "Remove resume",
            f"Remove \u201c{self.resume_name(resume_id)}\u201d from Resume Tailor?\n\n"
            "Its private copy and your additions to it are deleted. Jobs made with it "
            "keep their results.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            importer.delete_resume(resume_id)
            self.message.emit("Resume removed.")
            self.reload()
