"""The selected job's outcome: tailored text beside the original, what changed,
the match report; Copy and Export; a failed job's message with a Retry button.

The pane is given a whole job dict (read on a worker when the selection changes)
and never touches the database itself.
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..db import Status
from ..tailoring.compose.render import render_text
from ..tailoring.model import ParsedResume
from . import report_html, theme
from .highlight import SkillHighlighter
from .job_model import gone_resume_text, resume_still_there
from .original_file import OriginalSide
from .reading_width import cap_reading_width

log = logging.getLogger("tailor_app.gui.result_pane")

BANNER_STYLE = ("QFrame#resultBanner {{ background: {bg}; border-radius: 4px; }}"
                " QFrame#resultBanner QLabel {{ color: {fg}; }}")

TAB_TEXTS, TAB_CHANGES, TAB_REPORT = range(3)  # the order of the tabs


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


def failed_banner_html(job: dict[str, Any]) -> str:
    """A failed job's banner: its reason, and one answer to "what now?" — the Retry
    button beside it, or (its resume removed) a new job from its posting, without the
    reason's own "press Retry"."""
    message = str(job.get("error_message") or "")
    if resume_still_there(job.get("resume_id"), job.get("resume_name")):
        return f"<b>This job failed.</b> {escape(message)}"
    return f"<b>This job failed.</b> {escape(gone_resume_text(message))}"


class ResultPane(QWidget):
    """Shows one job; emits requests the window carries out."""

    exportRequested = Signal()
    retryRequested = Signal(str)  # job id
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: dict[str, Any] | None = None
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
        layout.addLayout(top)

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
        for title, view in (("Tailored", self.result_view), ("Original", self.original_view)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 4, 0, 0)
            label = QLabel(title)
            label.setStyleSheet(f"color: {theme.muted_text().name()};")
            column.addWidget(self.original_side.header if view is self.original_view
                             else label)
            column.addWidget(view, 1)
            self.side_by_side.addWidget(box)
        self.compare_view = QTextBrowser()
        self.compare_view.setObjectName("compareView")
        self.match_report = QTextBrowser()
        self.match_report.setObjectName("matchReport")
        self.match_report.setOpenLinks(False)
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

    def show_job(self, job: dict[str, Any] | None) -> None:
        """Display a whole job dict (or the empty state)."""
        self._job = job
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
        self.copy_button.setEnabled(completed)
        self.export_button.setEnabled(completed)
        # Only the tab in view is filled now; the others when they are opened. Laying
        # out and highlighting all three took most of a selection's time on the GUI
        # thread, and a job's row is selected at every Tailor.
        self._stale = set(range(self.tabs.count()))
        self._fill_tab(self.tabs.currentIndex())

    def _fill_tab(self, index: int) -> None:
        if index not in self._stale:
            return
        self._stale.discard(index)
        job = self._job or {}
        result = job.get("result") or {}
        completed = job.get("status") == Status.COMPLETED and bool(result)
        if index == TAB_TEXTS:
            text = (job.get("tailored_resume_text") or result.get("text") or "") if completed \
                else ""
            self.result_view.setPlainText(text)
            self.original_view.setPlainText(original_text(result) if completed else "")
            self.original_side.mark(job if completed else None,
                                    self.original_view.toPlainText())
            terms = report_html.highlight_terms(result) if completed else []
            self.result_highlighter.set_terms(terms)
            self.original_highlighter.set_terms(terms)
        elif index == TAB_CHANGES:
            self.compare_view.setHtml(report_html.compare_html(result) if completed else "")
        elif index == TAB_REPORT:
            self.match_report.setHtml(report_html.match_report_html(result) if completed
                                      else "")

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
            stage = job.get("stage") if job else None
            self.banner_text.setText("Waiting for a free worker\u2026" if status ==
                                     Status.PENDING else f"Tailoring\u2026 {stage or ''}")
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
        text = self.result_view.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.emit("Tailored resume copied to the clipboard.")

    def _retry(self) -> None:
        if self._job:
            self.retryRequested.emit(str(self._job["id"]))
