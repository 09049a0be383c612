"""The selected job's outcome: tailored text beside the original, what changed,
the match report; Copy and Export; a failed job's message with a Retry button.

The pane is given a whole job dict (read on a worker when the selection changes)
and never touches the database itself. A finished job's tailored text is editable:
the pane shows the job's current revision, says when the user edits it
(``edited``), and shows what :mod:`.edit_session` works out about the edit (the
report and score as edited, additions underlined: :mod:`.edit_marks`).
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..db import Status
from ..tailoring import ParsedResume, entry_labels, render_text
from . import report_html, theme
from .edit_marks import EditMarks, utf16_offsets
from .highlight import SkillHighlighter
from .job_model import CANCELLED_MESSAGE, gone_resume_text, resume_still_there
from .length_control import LengthControl
from .original_file import OriginalSide
from .reading_width import cap_reading_width

log = logging.getLogger("tailor_app.gui.result_pane")

BANNER_STYLE = ("QFrame#resultBanner {{ background: {bg}; border-radius: 4px; }}"
                " QFrame#resultBanner QLabel {{ color: {fg}; }}")

TAB_TEXTS, TAB_CHANGES, TAB_REPORT = range(3)  # the order of the tabs
# Stages that add nothing after "Tailoring…": the word itself (the whole time the
# engine works in its child process) and the bare start and end.
SILENT_STAGES = frozenset({"", "tailoring", "starting", "done"})
KEPT_NOTE = ("Tailored again: this is the new result. Your edited text (score {score}) is "
             "kept; choose it under Version to use it again.")


def original_text(result: dict[str, Any]) -> str:
    """The source resume in the same canonical layout as the tailored text."""
    original = result.get("original")
    if not original:
        return ""
    try:
        return render_text(ParsedResume.from_dict(original))
    except (KeyError, TypeError, ValueError):
        log.warning("stored original resume could not be rendered")
        return ""


def running_banner_text(status: str | None, stage: str | None) -> str:
    """A waiting or running job's banner. The stage is named only when it says more
    than the banner's own word: the engine's child reports "tailoring" for its whole
    run, and the banner read "Tailoring… tailoring"."""
    if status == Status.PENDING:
        return "Waiting for a free worker\u2026"
    said = (stage or "").strip()
    return "Tailoring\u2026" if said.casefold() in SILENT_STAGES else f"Tailoring\u2026 {said}"


def failed_banner_html(job: dict[str, Any]) -> str:
    """A failed job's banner: its reason, and one answer to "what now?" — the Retry
    button beside it, or (its resume removed) a new job from its posting, without the
    reason's own "press Retry". A job the user cancelled says so, as its CANCELLED
    badge does, rather than "This job failed. Cancelled by you."."""
    message = str(job.get("error_message") or "")
    retryable = resume_still_there(job.get("resume_id"), job.get("resume_name"))
    if message == CANCELLED_MESSAGE:
        then = ("Retry tailors it after all." if retryable
                else gone_resume_text("").strip())
        return f"<b>You cancelled this job.</b> {escape(then)}"
    if retryable:
        return f"<b>This job failed.</b> {escape(message)}"
    return f"<b>This job failed.</b> {escape(gone_resume_text(message))}"


class ResultPane(QWidget):
    """Shows one job; emits requests the window carries out."""

    exportRequested = Signal()
    retryRequested = Signal(str)  # job id
    message = Signal(str)
    jobShown = Signal(object)  # the job dict now shown (None: none)
    edited = Signal()  # the user changed the tailored text
    factRequested = Signal(str, object, object)  # skill, entry, line: "this is true"
    revertEnabled = Signal(bool)  # whether Revert to tailored has something to do

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: dict[str, Any] | None = None
        self._check: Any = None  # the edit_session.Check shown, if any
        self._loading = False  # the text is being filled in, not typed
        self._text_of: tuple[str, Any] | None = None  # (job id, finished_at) in the editor
        self._last_text = ""
        self._build()
        self.show_job(None)

    def _text_view(self, name: str, placeholder: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setPlaceholderText(placeholder)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        return view

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("jobHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.heading, 1)
        self.copy_button = QPushButton(theme.icon("copy"), "Copy")
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setToolTip("Copy the tailored resume to the clipboard")
        self.copy_button.clicked.connect(self.copy)
        self.export_button = QPushButton(theme.icon("export"), "Export\u2026")
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip("Save the tailored resume as .docx, .pdf, .txt or .md "
                                      "(Ctrl+E)")
        self.export_button.clicked.connect(self.exportRequested)
        top.addWidget(self.copy_button)
        top.addWidget(self.export_button)
        self.length = LengthControl()  # Length: keep everything / 2 pages / 1 page
        top.insertWidget(1, self.length)
        layout.addLayout(top)
        self.length.follow(self.export_button)  # Tab: Copy, Export, then Length

        self.banner = QFrame()
        self.banner.setObjectName("resultBanner")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(8, 6, 8, 6)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("resultBannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_retry = QPushButton(theme.icon("retry"), "Retry")
        self.banner_retry.setObjectName("bannerRetryButton")
        self.banner_retry.clicked.connect(self._retry)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.banner_retry)
        layout.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultTabs")
        self.tabs.setDocumentMode(True)
        self.side_by_side = QSplitter(Qt.Orientation.Horizontal)
        self.side_by_side.setObjectName("compareSplitter")
        self.result_view = self._text_view("resultView",
                                           "Select a finished job to read its tailored resume.")
        self.original_view = self._text_view("originalView",
                                             "The original resume appears here, for comparison.")
        # The Original column's heading: unsure lines and Open original file.
        self.original_side = OriginalSide(self.original_view, self)
        self.original_side.message.connect(self.message)
        self.result_view.setUndoRedoEnabled(True)
        self.result_view.setTabChangesFocus(True)  # Tab moves on, as in the read-only view
        self.result_view.document().contentsChange.connect(self._contents_changed)
        self.marks = EditMarks(self.result_view, self)
        self.marks.factRequested.connect(self.factRequested)
        self.revert_button = QPushButton(theme.icon("retry"), "Revert to tailored")
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setToolTip("Put back the text tailoring made (Ctrl+Z undoes this)")
        self.revert_button.clicked.connect(self.revert_to_tailored)
        self.edit_score = QLabel()
        self.edit_score.setObjectName("editScore")
        # The line may be cut in a narrow window; it never widens the window.
        self.edit_score.setSizePolicy(QSizePolicy.Policy.Ignored,
                                      QSizePolicy.Policy.Preferred)
        tailored_header = QWidget()
        header_row = QHBoxLayout(tailored_header)
        header_row.setContentsMargins(0, 0, 0, 0)
        self.tailored_label = QLabel("Tailored")
        self.tailored_label.setStyleSheet(f"color: {theme.muted_text().name()};")
        header_row.addWidget(self.tailored_label)
        header_row.addWidget(self.edit_score, 1)
        # Version: the job's texts (tailoring's, the user's edits), filled by .versions
        self.version_label = QLabel("&Version:")
        self.version_box = QComboBox()
        self.version_box.setObjectName("versionBox")
        self.version_box.setToolTip("The texts this job has had: tailoring's result and "
                                    "your edits. Choose one to use it again; none is lost.")
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_label.setBuddy(self.version_box)
        header_row.addWidget(self.version_label)
        header_row.addWidget(self.version_box)
        # Said under the header when tailoring again replaced the user's edit on screen.
        self.kept_note = QLabel()
        self.kept_note.setObjectName("keptEditNote")
        self.kept_note.setWordWrap(True)
        self.kept_note.setStyleSheet(f"color: {theme.muted_text().name()};")
        self.kept_note.hide()
        self.show_versions(False)
        for view, header in ((self.result_view, tailored_header),
                             (self.original_view, self.original_side.header)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 4, 0, 0)
            column.addWidget(header)
            if view is self.result_view:
                column.addWidget(self.kept_note)
            column.addWidget(view, 1)
            self.side_by_side.addWidget(box)
        self.compare_view = QTextBrowser()
        self.compare_view.setObjectName("compareView")
        self.match_report = QTextBrowser()
        self.match_report.setObjectName("matchReport")
        self.match_report.setOpenLinks(False)
        # Revert sits on the tabs' row: it is there whichever tab shows the edit's effect.
        self.tabs.setCornerWidget(self.revert_button, Qt.Corner.TopRightCorner)
        self.tabs.addTab(self.side_by_side, "Tailored && original")
        self.tabs.addTab(self.compare_view, "What changed")
        self.tabs.addTab(self.match_report, "Match report")
        self._stale: set[int] = set()  # tabs not yet filled for the job shown
        self.tabs.currentChanged.connect(self._fill_tab)
        layout.addWidget(self.tabs, 1)

        cap_reading_width(self.result_view, self.original_view, self.compare_view,
                          self.match_report)
        self.result_highlighter = SkillHighlighter(self.result_view.document())
        self.original_highlighter = SkillHighlighter(self.original_view.document())

    # ----------------------------------------------------------------------- show

    def job_id(self) -> str | None:
        return str(self._job["id"]) if self._job else None

    def job(self) -> dict[str, Any] | None:
        return self._job

    def show_job(self, job: dict[str, Any] | None, *, reload_text: bool = False) -> None:
        """Display a whole job dict (or the empty state); ``reload_text``: its current
        revision was saved elsewhere (accepted rewrites) and replaces the editor's text."""
        self._job = job
        if reload_text:
            self._text_of = None
        status = job.get("status") if job else None
        result = (job.get("result") or {}) if job else {}
        completed = status == Status.COMPLETED and bool(result)
        if job is None:
            self.heading.setText("No job selected")
        else:
            title = job.get("title") or "(untitled)"
            company = job.get("company_name")
            self.heading.setText(f"{title} \u2014 {company}" if company else title)
        self._set_banner(job, nothing_matched=completed and report_html.posting_gave_nothing(
            result))
        self.original_side.show_source(job if completed else None)
        self.length.show_job(job)
        self.copy_button.setEnabled(completed)
        self.export_button.setEnabled(completed)
        self.result_view.setReadOnly(not completed)
        self.marks.set_entries(entry_labels(ParsedResume.from_dict(result["original"]))
                               if completed and result.get("original") else [])
        if not completed or self._text_of != (job_id_of(job), (job or {}).get("finished_at")):
            self._check = None  # another job, or a new result of this one
        # Only the tab in view is filled now; the others when they are opened. Laying
        # out and highlighting all three took most of a selection's time on the GUI
        # thread, and a job's row is selected at every Tailor.
        self._stale = set(range(self.tabs.count()))
        self._fill_tab(self.tabs.currentIndex())
        self._show_edit_state()
        self.jobShown.emit(job)

    def _fill_tab(self, index: int) -> None:
        if index not in self._stale:
            return
        self._stale.discard(index)
        job = self._job or {}
        result = job.get("result") or {}
        completed = job.get("status") == Status.COMPLETED and bool(result)
        if index == TAB_TEXTS:
            shown_as = (str(job.get("id")), job.get("finished_at")) if completed else None
            if shown_as is None or shown_as != self._text_of:
                # A new job or a new result; the same one read again keeps what is being
                # typed (a save may not have reached the database yet) and its undo.
                self._loading = True
                self.result_view.setPlainText(self._revision_text() if completed else "")
                self._loading = False
                self._last_text = self.result_view.toPlainText()
                self._text_of = shown_as
                self.marks.show(self._check.additions if self._check else [])
            self.original_view.setPlainText(original_text(result) if completed else "")
            self.original_side.mark(job if completed else None,
                                    self.original_view.toPlainText())
            terms = report_html.highlight_terms(result) if completed else []
            self.result_highlighter.set_terms(terms)
            self.original_highlighter.set_terms(terms)
        elif index == TAB_CHANGES:
            self.compare_view.setHtml(report_html.compare_html(result) if completed else "")
        elif index == TAB_REPORT:
            note = ""
            if completed and self._check is not None and self.is_edited():
                # the report of the text as edited
                tailored = (result.get("match_after") or {}).get("score", "\u2013")
                result = {**result, "match_after": self._check.report}
                note = (f"<p style='color:{theme.muted_text().name()}'>Scored on your edited "
                        f"text, as you typed it (tailoring gave {tailored}). Revert to "
                        "tailored puts the tailored text back.</p>")
            self.match_report.setHtml(note + report_html.match_report_html(result)
                                      if completed else "")

    def _set_banner(self, job: dict[str, Any] | None, *, nothing_matched: bool = False) -> None:
        status = job.get("status") if job else None
        if nothing_matched:
            fill, text = theme.notice_colours()
            self.banner_text.setText(
                f"<b>{escape(report_html.EMPTY_POSTING_HEADLINE)}</b> "
                f"{escape(report_html.EMPTY_POSTING_DETAIL)} (Ctrl+D puts this posting back "
                "in the editor.)")
            self.banner_retry.hide()
        elif status == Status.FAILED:
            fill, text = theme.badge_colours("FAILED")
            self.banner_text.setText(failed_banner_html(job or {}))
            self.banner_retry.setVisible(job is not None and resume_still_there(
                job.get("resume_id"), job.get("resume_name")))
        elif status in (Status.PENDING, Status.PROCESSING):
            fill, text = theme.badge_colours(status)
            self.banner_text.setText(running_banner_text(
                status, job.get("stage") if job else None))
            self.banner_retry.hide()
        else:
            self.banner.hide()
            return
        self.banner.setStyleSheet(BANNER_STYLE.format(bg=fill.name(), fg=text.name()))
        self.banner.show()

    def refresh_colours(self) -> None:
        self.result_highlighter.refresh_colours()
        self.original_highlighter.refresh_colours()
        self.show_job(self._job)

    # -------------------------------------------------------------------- actions

    def copy(self) -> None:
        text = self.current_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.emit("Tailored resume copied to the clipboard.")

    def _retry(self) -> None:
        if self._job:
            self.retryRequested.emit(str(self._job["id"]))

    # -------------------------------------------------------------------- editing

    def tailored_text(self) -> str:
        """The engine's own text of the shown job (revision 1)."""
        job = self._job or {}
        return str(job.get("tailored_resume_text") or (job.get("result") or {}).get("text")
                   or "")

    def current_text(self) -> str:
        """The text the job shows now: what is in the editor, else its current revision."""
        job = self._job or {}
        if self._text_of is not None and self._text_of == (str(job.get("id")),
                                                           job.get("finished_at")):
            return self.result_view.toPlainText()
        return self._revision_text()

    def _revision_text(self) -> str:
        revision = (self._job or {}).get("revision") or {}
        return str(revision.get("text") or self.tailored_text())

    def is_edited(self) -> bool:
        return bool(self._job) and self.current_text() != self.tailored_text()

    def check(self) -> Any:
        """The last check shown (edit_session.Check), or None."""
        return self._check

    def _contents_changed(self, _position: int, removed: int, added: int) -> None:
        if self._loading or self.result_view.isReadOnly() or not (removed or added):
            return
        text = self.result_view.toPlainText()
        if text == self._last_text:  # a format change, not the words
            return
        self._last_text = text
        self._show_edit_state()
        self.edited.emit()

    def show_check(self, check: Any) -> None:
        """What the edit session found for the text in the editor (None: the engine's)."""
        self._check = check
        self.marks.show(check.additions if check is not None else [])
        self._stale.add(TAB_REPORT)
        if self.tabs.currentIndex() == TAB_REPORT:
            self._fill_tab(TAB_REPORT)
        self._show_edit_state()

    def _show_edit_state(self) -> None:
        completed = self._job is not None and self._job.get("status") == Status.COMPLETED
        edited = completed and self.is_edited()
        self.revert_button.setEnabled(edited)
        self.revertEnabled.emit(edited)
        self.tailored_label.setText("Your edited version" if edited else "Tailored")
        after = ((self._job or {}).get("result") or {}).get("match_after") or {}
        tailored_score = after.get("score", "\u2013")
        score = self._check.report.get("score") if self._check is not None else None
        if score is None and edited and self.current_text() == self._revision_text():
            score = ((self._job or {}).get("revision") or {}).get("score")  # not checked yet
        if not completed:
            self.edit_score.setText("")
        elif score is not None and edited:
            count = len(self._check.additions) if self._check is not None else 0
            extra = f" \u00b7 {count} not in your resume" if count else ""
            self.edit_score.setText(f"  score: <b>{score}</b> "
                                    f"(tailored: {tailored_score}){extra}")
        else:
            self.edit_score.setText(f"  score: <b>{tailored_score}</b>")
        kept = self._kept_edit() if completed and not edited else None
        self.kept_note.setText(KEPT_NOTE.format(score=kept.get("score")) if kept else "")
        self.kept_note.setVisible(kept is not None)
        self.length.set_edited(edited)

    def show_versions(self, shown: bool) -> None:
        """Show the Version list (only when the job has more than tailoring's text)."""
        self.version_label.setVisible(shown)
        self.version_box.setVisible(shown)

    def _kept_edit(self) -> dict[str, Any] | None:
        """The user's newest revision when tailoring again replaced it: saved before the
        result now shown, and not current (the pane says it is kept, under Version)."""
        job = self._job or {}
        listed = job.get("revisions") or []
        if not listed or int((job.get("revision") or {}).get("number") or 1) > 1:
            return None
        newest = max(listed, key=lambda r: str(r.get("updated_at") or ""))
        finished = str(job.get("finished_at") or "")
        return newest if str(newest.get("updated_at") or "") < finished else None

    def edit_actions(self, owner: QObject) -> list[QAction | None]:
        """Undo, Redo and Revert to tailored for the window's Edit menu. The editor
        owns Ctrl+Z and Ctrl+Shift+Z (a second shortcut would make both ambiguous), so
        the menu names them after a tab, as the Job menu names Ctrl+Return."""
        view = self.result_view

        def action(text: str, keys: QKeySequence.StandardKey | None, slot: Any) -> QAction:
            name = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) \
                if keys is not None else ""
            made = QAction(f"{text}\t{name}" if name else text, owner)
            made.triggered.connect(slot)
            made.setEnabled(False)
            return made

        undo = action("&Undo edit", QKeySequence.StandardKey.Undo, view.undo)
        redo = action("&Redo edit", QKeySequence.StandardKey.Redo, view.redo)
        revert = action("Re&vert to tailored", None, self.revert_to_tailored)
        view.undoAvailable.connect(undo.setEnabled)
        view.redoAvailable.connect(redo.setEnabled)
        self.revertEnabled.connect(revert.setEnabled)
        return [undo, redo, None, revert]

    def go_to(self, addition: Any) -> None:
        """Show the tailored text with ``addition`` (an additions.Addition) selected."""
        self.tabs.setCurrentIndex(TAB_TEXTS)
        text = self.result_view.toPlainText()
        start, end = utf16_offsets(text, [addition.start, addition.end])
        cursor = QTextCursor(self.result_view.document())
        cursor.setPosition(min(start, len(text)))
        cursor.setPosition(min(end, len(text)), QTextCursor.MoveMode.KeepAnchor)
        self.result_view.setTextCursor(cursor)
        self.result_view.setFocus()

    def revert_to_tailored(self) -> None:
        """Put the engine's text back as one step the user can undo (Ctrl+Z)."""
        if not self.is_edited():
            return
        cursor = QTextCursor(self.result_view.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self.tailored_text())
        cursor.endEditBlock()
        self.message.emit("Back to the tailored text; Ctrl+Z brings your edit back.")


def job_id_of(job: dict[str, Any] | None) -> str | None:
    return str(job["id"]) if job else None
