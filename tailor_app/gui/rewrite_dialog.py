"""Rewrite bullets: ask the user's model about each bullet, show each proposal beside
its bullet with the words it removed and added, and keep only what the user accepts.

The requests run on the dialog's own pool through the one task API (TaskRunner),
a few at a time (Preferences), each with the server's timeout; each answer
arrives as it comes (a signal from the worker, queued to the GUI thread), so
progress is per bullet and the window never waits on the network. Cancel stops
asking at once (an answer already on its way is dropped). A proposal the guard
refused shows its reason and cannot be accepted. Saving makes the accepted
rewrites one new revision of the job ("rewritten"), with its score recomputed;
an error, a cancel or closing without saving leaves the job's text as it was.
"""

from __future__ import annotations

import threading
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..rewrites import JobText, job_text, save_rewrites
from ..rewriting import (
    DEFAULT_PARALLEL,
    LlmConfig,
    LlmError,
    Piece,
    Proposal,
    RewriteRun,
    rewrite_bullets,
    word_diff,
)
from . import theme
from .tasks import TaskRunner, readable_error

COL_BULLET, COL_GUARD, COL_CHOICE = range(3)
ACCEPTED, REJECTED = "Accepted", "Rejected"
REMOVED_STYLE = "background:#f8d7da; color:#58151c; text-decoration:line-through;"
ADDED_STYLE = "background:#d1e7dd; color:#0a3622; font-weight:600;"


def diff_html(pieces: list[Piece], style: str) -> str:
    """One side of a rewrite, its changed words marked with ``style``."""
    return "".join(f'<span style="{style}">{escape(text)}</span>' if changed
                   else escape(text) for text, changed in pieces)


def verdict_text(proposal: Proposal | None) -> str:
    """The Guard column: what happened to this bullet's request."""
    if proposal is None:
        return "Waiting\u2026"
    if proposal.passed:
        return "Passed"
    if not proposal.proposed:
        return f"No rewrite: {proposal.reason}"
    return f"Refused: {proposal.reason}"


class _RunSignals(QObject):
    proposal = Signal(object)  # a Proposal, as each answer arrives (from the worker)


class RewriteDialog(QDialog):
    """See the module docstring. ``saved`` carries the job id and the new revision."""

    saved = Signal(str, object)

    def __init__(self, job: dict[str, Any], config: LlmConfig, *,
                 parallel: int = DEFAULT_PARALLEL, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rewriteDialog")
        title = job.get("title") or "this job"
        self.setWindowTitle(f"Rewrite bullets \u2014 {title}")
        self._job, self._config, self._parallel = job, config, max(1, parallel)
        self._text: JobText | None = None
        self._proposals: dict[int, Proposal] = {}  # row -> its proposal
        self._rows: dict[tuple[int, int, int], int] = {}  # bullet location -> row
        self._choices: dict[int, str] = {}
        self._cancel = threading.Event()
        self.state = "reading"  # reading, asking, finished, cancelled, failed, saving, saved
        self.error: str | None = None
        # Its own pool: a long run never holds up the window's quick tasks.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._tasks = TaskRunner(self._pool, self)
        self._signals = _RunSignals(self)
        self._signals.proposal.connect(self._on_proposal)
        self._build()
        self.resize(1000, 640)
        self._tasks.run(lambda: job_text(job), self._start, self._read_failed)

    # -------------------------------------------------------------------- build

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel("Reading the job\u2026")
        self.status.setObjectName("rewriteStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("rewriteProgress")
        self.progress.setFormat("%v of %m bullets")
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(theme.icon("cancel"), "Cancel")
        self.cancel_button.setObjectName("rewriteCancelButton")
        self.cancel_button.setToolTip("Stop asking the model; nothing changes in the job")
        self.cancel_button.clicked.connect(self.cancel)
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        layout.addLayout(top)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rewriteTable")
        self.table.setHorizontalHeaderLabels(["Bullet", "Guard", "Your choice"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_BULLET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_GUARD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(COL_GUARD, 300)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())

        self.original_view = QTextBrowser()
        self.original_view.setObjectName("rewriteOriginal")
        self.proposed_view = QTextBrowser()
        self.proposed_view.setObjectName("rewriteProposed")
        sides = QSplitter(Qt.Orientation.Horizontal)
        for label, view in (("Your bullet (removed words struck through)", self.original_view),
                            ("Proposed (added words marked)", self.proposed_view)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(label)
            heading.setStyleSheet(f"color: {theme.muted_text().name()};")
            column.addWidget(heading)
            column.addWidget(view, 1)
            sides.addWidget(box)
        self.reason = QLabel()
        self.reason.setObjectName("rewriteReason")
        self.reason.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        lower_column.addWidget(sides, 1)
        lower_column.addWidget(self.reason)
        split.addWidget(lower)
        split.setSizes([330, 230])
        layout.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.accept_button = QPushButton("Accept")
        self.accept_button.setObjectName("rewriteAcceptButton")
        self.accept_button.setToolTip("Keep this rewrite (Save writes the kept ones)")
        self.accept_button.clicked.connect(lambda: self._choose(ACCEPTED))
        self.reject_button = QPushButton("Reject")
        self.reject_button.setObjectName("rewriteRejectButton")
        self.reject_button.setToolTip("Keep your own bullet")
        self.reject_button.clicked.connect(lambda: self._choose(REJECTED))
        self.accept_all_button = QPushButton("Accept all that passed")
        self.accept_all_button.setObjectName("rewriteAcceptAllButton")
        self.accept_all_button.clicked.connect(self.accept_all)
        self.save_button = QPushButton("Save rewrites")
        self.save_button.setObjectName("rewriteSaveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton("Close")
        self.close_button.setObjectName("rewriteCloseButton")
        self.close_button.clicked.connect(self.reject)
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._update_buttons()

    # ---------------------------------------------------------------------- run

    def _start(self, text: JobText) -> None:
        self._text = text
        if self.state != "reading":  # cancelled or closed while the job was read
            return
        if not text.tasks:
            self.state = "finished"
            self._say("This resume has no bullets long enough to rewrite.")
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self._update_buttons()
            return
        self.table.setRowCount(len(text.tasks))
        for row, task in enumerate(text.tasks):
            self._rows[task.location] = row
            bullet = QTableWidgetItem(task.text)
            bullet.setToolTip(task.text)
            self.table.setItem(row, COL_BULLET, bullet)
            self.table.setItem(row, COL_GUARD, QTableWidgetItem(verdict_text(None)))
            self.table.setItem(row, COL_CHOICE, QTableWidgetItem(""))
        self.progress.setRange(0, len(text.tasks))
        self.progress.setValue(0)
        self.state = "asking"
        self._say(f"Asking {self._config.model or 'the model'} at {self._config.url}, "
                  f"{self._parallel} bullet{'s' if self._parallel > 1 else ''} at a time\u2026")
        self.table.setCurrentCell(0, COL_BULLET)
        tasks, config, parallel = text.tasks, self._config, self._parallel
        cancel, emit = self._cancel, self._signals.proposal.emit
        self._tasks.run(lambda: rewrite_bullets(tasks, config, parallel=parallel,
                                                cancelled=cancel.is_set, on_proposal=emit),
                        self._finished, self._run_failed)
        self._update_buttons()

    @Slot(object)
    def _on_proposal(self, proposal: Proposal) -> None:
        row = self._rows.get(proposal.location)
        if row is None or self.state not in ("asking", "cancelled", "failed"):
            return
        if self.state == "cancelled":
            return  # asked before Cancel, answered after: dropped, as promised
        self._proposals[row] = proposal
        item = self._cell(row, COL_GUARD)
        item.setText(verdict_text(proposal))
        item.setToolTip(verdict_text(proposal))
        item.setForeground(theme.good_colour() if proposal.passed else theme.missing_colour())
        self.progress.setValue(len(self._proposals))
        if row == self.table.currentRow():
            self._show_current()
        self._update_buttons()

    def _finished(self, run: RewriteRun) -> None:
        if self.state == "cancelled":
            return
        if run.error is not None:
            self._fail(str(run.error))
            return
        self.state = "finished"
        passed = sum(1 for p in self._proposals.values() if p.passed)
        self._say(f"{len(self._proposals)} bullets asked: {passed} rewrite"
                  f"{'s' if passed != 1 else ''} passed the guard. Accept the ones you want, "
                  "then Save.")
        self._update_buttons()

    def _fail(self, message: str) -> None:
        self.state = "failed"
        self.error = message
        self._say(f"{message} Your resume keeps its text.", problem=True)
        for row in range(self.table.rowCount()):
            if row not in self._proposals:
                self._cell(row, COL_GUARD).setText("Not asked")
        self._update_buttons()

    def _run_failed(self, exc: Exception) -> None:
        if self.state != "cancelled":
            self._fail(str(exc) if isinstance(exc, LlmError) else readable_error(exc))

    def _read_failed(self, exc: Exception) -> None:
        self._fail(readable_error(exc))
        self.progress.setRange(0, 1)

    def cancel(self) -> None:
        """Stop asking; the answers so far stay, the job keeps its text."""
        if self.state not in ("reading", "asking"):
            return
        self._cancel.set()
        self.state = "cancelled"
        self.progress.setMaximum(max(1, self.progress.maximum()))
        for row in range(self.table.rowCount()):
            if row not in self._proposals:
                self._cell(row, COL_GUARD).setText("Not asked (cancelled)")
        self._say(f"Cancelled: {len(self._proposals)} of {self.table.rowCount()} bullets "
                  "were answered. Your resume keeps its text unless you save.")
        self._update_buttons()

    # ---------------------------------------------------------------- choosing

    def _show_current(self) -> None:
        row = self.table.currentRow()
        task = self._text.tasks[row] if self._text and 0 <= row < len(self._text.tasks) \
            else None
        proposal = self._proposals.get(row)
        if task is None:
            self.original_view.clear()
            self.proposed_view.clear()
            self.reason.clear()
        elif proposal is None or not proposal.proposed:
            self.original_view.setHtml(escape(task.text))
            self.proposed_view.setHtml("")
            self.reason.setText(verdict_text(proposal) if proposal else "Not answered yet.")
        else:
            removed, added = word_diff(task.text, proposal.proposed)
            self.original_view.setHtml(diff_html(removed, REMOVED_STYLE))
            self.proposed_view.setHtml(diff_html(added, ADDED_STYLE))
            self.reason.setText("The guard found no new or dropped fact." if proposal.passed
                                else f"The guard refused it: {proposal.reason}.")
        self._update_buttons()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:  # every cell is filled when the run starts; never None after
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        return item

    def _set_choice(self, row: int, choice: str | None) -> None:
        if choice is None:
            self._choices.pop(row, None)
        else:
            self._choices[row] = choice
        self._cell(row, COL_CHOICE).setText(choice or "")

    def _choose(self, choice: str) -> None:
        row = self.table.currentRow()
        proposal = self._proposals.get(row)
        if proposal is None or (choice == ACCEPTED and not proposal.passed):
            return
        self._set_choice(row, choice)
        self._update_buttons()

    def accept_all(self) -> None:
        """Accept every rewrite that passed the guard and is not rejected."""
        for row, proposal in self._proposals.items():
            if proposal.passed and self._choices.get(row) != REJECTED:
                self._set_choice(row, ACCEPTED)
        self._update_buttons()

    def chosen(self) -> list[Proposal]:
        return [self._proposals[row] for row, choice in sorted(self._choices.items())
                if choice == ACCEPTED]

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        proposal = self._proposals.get(row)
        idle = self.state not in ("saving", "saved")
        self.accept_button.setEnabled(idle and proposal is not None and proposal.passed
                                      and self._choices.get(row) != ACCEPTED)
        self.reject_button.setEnabled(idle and proposal is not None and bool(proposal.proposed)
                                      and self._choices.get(row) != REJECTED)
        self.accept_all_button.setEnabled(idle and any(
            p.passed and row_ not in self._choices for row_, p in self._proposals.items()))
        count = len(self.chosen())
        self.save_button.setText(f"Save {count} rewrite{'s' if count != 1 else ''}"
                                 if count else "Save rewrites")
        self.save_button.setEnabled(idle and count > 0)
        self.cancel_button.setEnabled(self.state in ("reading", "asking"))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        colour = theme.missing_colour().name() if problem else ""
        self.status.setStyleSheet(f"color: {colour};" if colour else "")

    # ------------------------------------------------------------------- saving

    def save(self) -> None:
        """The accepted rewrites become the job's new revision."""
        chosen, text = self.chosen(), self._text
        if not chosen or text is None or self.state in ("saving", "saved"):
            return
        self._cancel.set()  # nothing more is asked once the user has decided
        self.state = "saving"
        self._update_buttons()
        self._say("Saving\u2026")

        def done(revision: dict[str, Any] | None) -> None:
            self.state = "saved"
            self.saved.emit(text.job_id, revision)
            self.accept()

        def failed(exc: Exception) -> None:
            self.state = "finished"
            self._say(f"The rewrites were not saved: {readable_error(exc)}", problem=True)
            self._update_buttons()

        self._tasks.run(lambda: save_rewrites(text, chosen), done, failed)

    def done(self, result: int) -> None:
        """Closing stops the run; the pool is not waited for beyond the run's own stop
        (a cancelled run returns at once)."""
        self._cancel.set()
        if self.state in ("reading", "asking"):
            self.state = "cancelled"
        super().done(result)
