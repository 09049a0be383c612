"""The job list: filter bar, the table, and its context menu.

The view shows the model through :class:`JobFilterProxy`; every action reads the
job id from the selected index's :data:`JobIdRole`. The panel only reports what
the user asked for (signals with job ids); the window carries it out.
"""

from __future__ import annotations

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
from .job_delegate import JobDelegate
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
    StatusRole,
)
from .job_proxy import STATUS_FILTERS, JobFilterProxy

EMPTY_TEXT = ("No jobs yet.\n\nChoose a resume, paste a job posting and press Tailor: "
              "each job appears here and moves from PENDING to COMPLETED.")
DEFAULT_WIDTHS = {COL_CREATED: 130, COL_TITLE: 220, COL_COMPANY: 140, COL_RESUME: 140,
                  COL_STATUS: 118, COL_PROGRESS: 112, COL_SCORE: 80}


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
        self.table.setItemDelegate(self.delegate)
        self.delegate.retryClicked.connect(self.retryClicked)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
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
        for column, width in DEFAULT_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selectionChanged.emit())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("jobsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {theme.muted_text().name()};")
        self.table.viewport().installEventFilter(self)

        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged, self.proxy.modelReset):
            signal.connect(self._update_count)
        self._update_count()

    # ------------------------------------------------------------------ selection

    def current_job_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
                index.row(), index.parent()):
            return None
        return str(index.data(JobIdRole))

    def selected_job_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [str(index.data(JobIdRole)) for index in rows]

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

    def _on_current(self, current: object, _previous: object) -> None:
        self.currentJobChanged.emit(self.current_job_id())

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
        return [self.table.columnWidth(c) for c in range(self.model.columnCount())]

    def set_column_widths(self, widths: list[int]) -> None:
        for column, width in enumerate(widths[: self.model.columnCount()]):
            if column != COL_TITLE and width > 20:
                self.table.setColumnWidth(column, width)
