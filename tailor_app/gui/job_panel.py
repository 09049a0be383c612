"""The job list: filter bar, the table, and its context menu.

The view shows the model through :class:`JobFilterProxy`; every action reads the
job id from the selected index's :data:`JobIdRole`. The panel only reports what
the user asked for (signals with job ids); the window carries it out.

Columns fit the list's width (a laptop window must still show Status and Score):
Status, Progress, Score and Created are as wide as their content in the font in
use; Title stretches; Company and Resume share what is left. When the list is too
narrow for that, :data:`FIT_STEPS` give way one at a time: narrower text columns,
then a short Created date, then the Resume column is hidden, never Status or Score.
A column the user resized keeps their width (saved in the settings) and is left out
of the fitting.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .job_delegate import JobDelegate, content_width
from .job_model import (
    COL_COMPANY,
    COL_CREATED,
    COL_PROGRESS,
    COL_RESUME,
    COL_SCORE,
    COL_STATUS,
    COL_TITLE,
    JobIdRole,
    JobTableModel,
    RetryableRole,
    StatusRole,
)
from .job_proxy import STATUS_FILTERS, JobFilterProxy

EMPTY_TEXT = ("No jobs yet.\n\nChoose a resume, paste a job posting and press Tailor: "
              "each job appears here and moves from PENDING to COMPLETED.")
# Widths every window saved before the columns were fitted: a saved list equal to
# these is the old default, not a choice the user made.
LEGACY_WIDTHS = {COL_CREATED: 130, COL_COMPANY: 140, COL_RESUME: 140, COL_STATUS: 118,
                 COL_PROGRESS: 112, COL_SCORE: 80}
COMPACT_COLUMNS = (COL_CREATED, COL_STATUS, COL_PROGRESS, COL_SCORE)


@dataclass(frozen=True)
class FitStep:
    """One way to lay the columns out; the first step that fits the width is used."""

    text_width: int  # Company and Resume
    title_min: int
    short_date: bool = False
    hide_resume: bool = False


FIT_STEPS = (FitStep(140, 180), FitStep(110, 130), FitStep(110, 120, short_date=True),
             FitStep(100, 120, short_date=True, hide_resume=True),
             FitStep(72, 100, short_date=True, hide_resume=True))


class JobPanel(QWidget):
    """Filter bar + table. ``currentJobChanged`` carries a job id or None."""

    currentJobChanged = Signal(object)
    selectionChanged = Signal()
    retryClicked = Signal(str)

    def __init__(self, model: JobTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = JobFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.menu_actions: list[QAction | None] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        heading = QLabel("<b>Jobs</b>")
        bar.addWidget(heading)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItems(list(STATUS_FILTERS))
        self.status_filter.setToolTip("Show only jobs in this state")
        self.status_filter.currentTextChanged.connect(
            lambda name: self.proxy.set_status_filter(STATUS_FILTERS.get(name)))
        self.search = QLineEdit()
        self.search.setObjectName("jobSearch")
        self.search.setPlaceholderText("Filter by title, company, resume or message")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("jobCount")
        bar.addWidget(self.status_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("jobTable")
        self.table.setModel(self.proxy)
        self.delegate = JobDelegate(self.table)
        # Only the columns it draws: the others keep Qt's own delegate, so painting them
        # calls no Python (a full repaint of the list was mostly these calls).
        for column in (COL_STATUS, COL_PROGRESS, COL_CREATED):
            self.table.setItemDelegateForColumn(column, self.delegate)
        self.delegate.retryClicked.connect(self.retryClicked)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        # Tab leaves the list (arrow keys move between rows); with Qt's default it
        # walked cell by cell and never reached the result pane.
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSortIndicator(COL_CREATED,
                                                       Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 16)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        self._user_widths: dict[int, int] = {}
        self._fitting = False
        self.fit_step = FIT_STEPS[0]  # the layout in use (tests and screenshots read it)
        header.sectionResized.connect(self._section_resized)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # What the result pane shows follows the current row AND the selection: a mouse
        # press moves the current index first and selects the row after, so deciding at
        # the first signal alone saw no selected row (see :meth:`_sync_current`).
        self._announced: str | None = None
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._sync_current)
        selection.selectionChanged.connect(self._on_selection)
        for signal in (self.proxy.modelReset, self.proxy.rowsRemoved):
            signal.connect(self._sync_current)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("jobsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {theme.muted_text().name()};")
        self.table.viewport().installEventFilter(self)
        self.fit_columns()

        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged, self.proxy.modelReset):
            signal.connect(self._update_count)
        self._update_count()

    # ------------------------------------------------------------------ selection

    def current_job_id(self) -> str | None:
        """The job the result pane shows: the current row when it is selected, else
        the one selected row; None for no selection or several without the current."""
        selection = self.table.selectionModel()
        index = self.table.currentIndex()
        if index.isValid() and selection.isRowSelected(index.row(), index.parent()):
            return str(index.data(JobIdRole))
        rows = selection.selectedRows()
        return str(rows[0].data(JobIdRole)) if len(rows) == 1 else None

    def selected_job_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [str(index.data(JobIdRole)) for index in rows]

    def selected_retryable(self) -> list[str]:
        """The selected jobs a retry can still finish (FAILED, their resume still there)."""
        return [str(i.data(JobIdRole)) for i in self.table.selectionModel().selectedRows()
                if i.data(RetryableRole)]

    def selected_statuses(self) -> dict[str, str]:
        return {str(i.data(JobIdRole)): str(i.data(StatusRole))
                for i in self.table.selectionModel().selectedRows()}

    def select_job(self, job_id: str) -> bool:
        row = self.model.row_of(job_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _on_selection(self, *_args: object) -> None:
        self._sync_current()
        self.selectionChanged.emit()

    def _sync_current(self, *_args: object) -> None:
        """Announce the shown job when it changed, whichever of the current index and
        the selection moved last. A mouse press sets the current index (the old row is
        still the selection, so nothing changes yet) and then selects the row: the
        second step announces it. A Ctrl+click that only unselects the current row, or
        a click that selects it again, changes no current index and is still seen."""
        job_id = self.current_job_id()
        if job_id != self._announced:
            self._announced = job_id
            self.currentJobChanged.emit(job_id)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = "job" if total == 1 else "jobs"
        self.count_label.setText(f"{total:,} {noun}" if shown == total
                                 else f"{shown:,} of {total:,} {noun}")
        if total == 0:
            self.empty_label.setText(EMPTY_TEXT)
        elif shown == 0:
            self.empty_label.setText("No jobs match this filter.")
        self.empty_label.setVisible(shown == 0)
        self._place_empty_label()

    def _place_empty_label(self) -> None:
        self.empty_label.setGeometry(self.table.viewport().rect().adjusted(24, 12, -24, -12))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_label()
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _context_menu(self, position: QPoint) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = QMenu(self)
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            elif action.isEnabled():
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ settings

    def column_widths(self) -> list[int]:
        """Widths to save: the user's own, 0 for a column the panel fits itself."""
        return [self._user_widths.get(c, 0) for c in range(self.model.columnCount())]

    def set_column_widths(self, widths: list[int]) -> None:
        """Restore saved widths; 0 (fitted) and the old fixed defaults are not choices."""
        saved = list(widths[: self.model.columnCount()])
        legacy = len(saved) == self.model.columnCount() and all(
            saved[c] == w for c, w in LEGACY_WIDTHS.items())
        self._user_widths = {} if legacy else {
            c: w for c, w in enumerate(saved) if c != COL_TITLE and w > 20}
        self.fit_columns()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        """A resize the panel did not make is the user's (a drag, a double click)."""
        if not self._fitting and column != COL_TITLE and new > 0:
            self._user_widths[column] = new

    def fit_columns(self) -> None:
        """Lay the columns out for the viewport's width (see the module docstring)."""
        available = self.table.viewport().width()
        font = self.table.font()
        chosen = FIT_STEPS[-1]
        widths: dict[int, int] = {}
        for step in FIT_STEPS:
            widths = {c: content_width(c, font, short_date=step.short_date)
                      for c in COMPACT_COLUMNS}
            widths[COL_COMPANY] = widths[COL_RESUME] = step.text_width
            if step.hide_resume and COL_RESUME not in self._user_widths:
                widths[COL_RESUME] = 0
            widths.update(self._user_widths)
            chosen = step
            if sum(widths.values()) + step.title_min <= available:
                break
        self._fitting = True
        try:
            self.table.setColumnHidden(COL_RESUME, widths[COL_RESUME] == 0)
            for column, width in widths.items():
                if width > 0 and self.table.columnWidth(column) != width:
                    self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False
        self.fit_step = chosen
