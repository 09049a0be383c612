"""Filtering the job list by status and by text, without copying it.

The proxy filters only; sorting is forwarded to the source model, which sorts its
rows in Python with one key each (a proxy sort calls ``data()`` from C++ n·log n
times, too slow for 10,000 jobs; see ``job_model``). With ``dynamicSortFilter`` on,
a job whose status changes leaves or joins a status-filtered view by itself.

On Qt 6.10 and later the filter change is announced with ``beginFilterChange()`` /
``endFilterChange()``; ``invalidateFilter()`` is kept only for older Qt.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from .job_model import CANCELLED_MESSAGE, JobTableModel

# Filter choices shown to the user -> the statuses they keep (None: everything).
STATUS_FILTERS: dict[str, frozenset[str] | None] = {
    "All jobs": None,
    "Waiting": frozenset({"PENDING"}),
    "Running": frozenset({"PROCESSING"}),
    "Completed": frozenset({"COMPLETED"}),
    "Failed": frozenset({"FAILED"}),
}

_HAS_FILTER_CHANGE = hasattr(QSortFilterProxyModel, "beginFilterChange")


class JobFilterProxy(QSortFilterProxyModel):
    """Status filter + case-insensitive text filter over title, company and resume."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] | None = None
        self._needle = ""
        self.setDynamicSortFilter(True)

    # --------------------------------------------------------------------- filters

    def set_status_filter(self, statuses: frozenset[str] | set[str] | None) -> None:
        new = frozenset(statuses) if statuses else None
        if new != self._statuses:
            self._change_filter(lambda: setattr(self, "_statuses", new))

    def status_filter(self) -> frozenset[str] | None:
        return self._statuses

    def set_text_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._change_filter(lambda: setattr(self, "_needle", needle))

    def text_filter(self) -> str:
        return self._needle

    def _change_filter(self, apply: Any) -> None:
        if _HAS_FILTER_CHANGE:
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.10
            apply()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._statuses is None and not self._needle:
            return True
        model = self.sourceModel()
        if not isinstance(model, JobTableModel):
            return True
        row = model.row_at(source_row)
        if self._statuses is not None and row.status not in self._statuses:
            return False
        if not self._needle:
            return True
        haystack = " ".join(filter(None, (row.title, row.company_name, row.resume_name,
                                          row.badge, row.error_message
                                          if row.error_message != CANCELLED_MESSAGE
                                          else "cancelled")))
        return self._needle in haystack.casefold()

    # ------------------------------------------------------------------------ sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Forward to the source model (see module docstring); the proxy keeps its order."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
