"""The job list's model: light row records keyed by job id.

Why it is shaped like this (DESIGN.md "never frozen", STYLE.md "Job list"):

- Rows hold only the light columns (:data:`tailor_app.db.LIGHT_JOB_COLUMNS`); the
  posting, the resume texts and the result JSON stay in the database until a job is
  selected. 10,000 jobs cost a few MB.
- An ``id → row`` map finds a job's row in O(1); a change to one job emits
  ``dataChanged`` for that one row (and only the columns that changed). The model is
  reset only when everything is reloaded.
- Views take the job id from :data:`JobIdRole`, never a row number, so sorting and
  filtering can't make an action hit the wrong job.
- Sorting happens here, in Python, with one key per row: ``QSortFilterProxyModel``
  would call :meth:`data` from C++ n·log n times (about 2 s for 10,000 rows). The
  proxy forwards ``sort()`` to :meth:`sort`, and a row whose sort key changes moves
  with ``beginMoveRows`` so the order stays right as jobs finish.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..db import Status
from ..job import CANCELLED_MESSAGE

DUPLICATE_TIP = "Duplicate into editor (Ctrl+D) brings its posting back."
RESUME_GONE_TIP = ("Its resume has since been removed, so it can't run again: Duplicate "
                   "into editor (Ctrl+D) brings its posting back for a new job.")


def gone_resume_text(message: str) -> str:
    """What a FAILED job whose resume was removed says: its reason without advice
    to retry, then what to do instead (once, if the reason already names the removal)."""
    reason = without_retry_advice(message)
    named = "resume" in reason.casefold() and "deleted" in reason.casefold()
    return f"{reason} {DUPLICATE_TIP if named else RESUME_GONE_TIP}".strip()

JobIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
ProgressRole = Qt.ItemDataRole.UserRole + 4
ErrorRole = Qt.ItemDataRole.UserRole + 5
BadgeRole = Qt.ItemDataRole.UserRole + 6  # the badge's word: a status, or CANCELLED
RetryableRole = Qt.ItemDataRole.UserRole + 7  # a FAILED job a retry can still finish

COL_CREATED, COL_TITLE, COL_COMPANY, COL_RESUME, COL_STATUS, COL_PROGRESS, COL_SCORE = range(7)
HEADERS = ("Created", "Title", "Company", "Resume", "Status", "Progress", "Score")
STATUS_ORDER = {Status.PROCESSING: 0, Status.PENDING: 1, Status.FAILED: 2, Status.COMPLETED: 3}

# Which columns show each field, so an update signals only those.
FIELD_COLUMNS: dict[str, tuple[int, ...]] = {
    "created_at": (COL_CREATED,),
    "title": (COL_TITLE,),
    "company_name": (COL_COMPANY,),
    "resume_id": (COL_PROGRESS,),
    "resume_name": (COL_RESUME,),
    "status": (COL_STATUS, COL_PROGRESS, COL_SCORE),
    "error_message": (COL_STATUS, COL_PROGRESS),
    "progress": (COL_PROGRESS,),
    "stage": (COL_PROGRESS,),
    "score_before": (COL_SCORE,),
    "score_after": (COL_SCORE,),
    "current_revision": (COL_SCORE,),
    "tailored_score": (COL_SCORE,),
    "attempts": (),
}
ROW_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, StatusRole, SortRole,
             ProgressRole, ErrorRole, BadgeRole, RetryableRole]


def resume_still_there(resume_id: str | None, resume_name: str | None) -> bool:
    """A job names a resume it no longer has when the resume was deleted (the key is
    cleared, the name kept): retrying it would fail the same way every time."""
    return resume_id is not None or resume_name is None


def without_retry_advice(message: str) -> str:
    """A failure's reason without its advice to retry ("…; press Retry."), for a job
    that can't be retried: saying both "press Retry" and "a retry would fail" is two
    answers to one question. Sentences and ``;`` clauses naming a retry are left out."""
    kept: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", message.strip()):
        clauses = [c.strip() for c in sentence.rstrip(".").split(";")
                   if c.strip() and "retry" not in c.casefold()]
        if clauses:
            kept.append("; ".join(clauses) + ".")
    return " ".join(kept)


@dataclass(slots=True)
class JobRow:
    """One job as the list shows it (the light columns only)."""

    id: str
    created_at: str = ""
    title: str | None = None
    company_name: str | None = None
    resume_id: str | None = None
    resume_name: str | None = None
    status: str = Status.PENDING
    progress: int = 0
    stage: str | None = None
    score_before: int | None = None
    score_after: int | None = None
    error_message: str | None = None
    attempts: int = 0
    current_revision: int = 1  # above 1: the score is of the user's version
    tailored_score: int | None = None  # tailoring's own score after

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JobRow:
        return cls(**{name: data[name] for name in _FIELD_NAMES
                      if data.get(name) is not None})

    @property
    def retryable(self) -> bool:
        """FAILED, and a retry can still work: not when the job's resume was deleted."""
        return self.status == Status.FAILED and resume_still_there(self.resume_id,
                                                                   self.resume_name)

    @property
    def badge(self) -> str:
        """What the status badge says: a cancelled job reads CANCELLED, not FAILED."""
        if self.status == Status.FAILED and self.error_message == CANCELLED_MESSAGE:
            return "CANCELLED"
        return self.status


_FIELD_NAMES = tuple(f.name for f in fields(JobRow))
_ROOT = QModelIndex()


def local_time(iso: str) -> str:
    """'2024-05-01 14:03' in the user's time zone, from the stored UTC ISO string."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]


def score_text(row: JobRow) -> str:
    """'42 → 71' (before → after), or one number, or '' before there is a score."""
    if row.score_before is None and row.score_after is None:
        return ""
    if row.score_before is None or row.score_after is None:
        return str(row.score_after if row.score_after is not None else row.score_before)
    mark = f" {EDITED_MARK}" if row.current_revision > 1 else ""
    return f"{row.score_before} \u2192 {row.score_after}{mark}"


EDITED_MARK = "\u270e"  # a pencil: the score after is of the user's edited version


def score_tip(row: JobRow) -> str:
    """What the Score column's number is of: tailoring's result, or the user's edit."""
    tip = "Match score before tailoring \u2192 after (0\u2013100)"
    if row.current_revision > 1:
        tailored = row.tailored_score if row.tailored_score is not None else "\u2013"
        return f"Score of your edited version (tailored: {tailored}).\n{tip}"
    return tip


def sort_key(row: JobRow, column: int) -> tuple[Any, ...]:
    """A key that never compares None with a value (missing values sort first)."""
    if column == COL_CREATED:
        return (row.created_at, row.id)
    if column == COL_STATUS:
        return (STATUS_ORDER.get(row.status, 9), row.badge, row.created_at)
    if column == COL_PROGRESS:
        return (row.progress if row.status == Status.PROCESSING else -1, row.created_at)
    if column == COL_SCORE:
        return (row.score_after if row.score_after is not None else -1,
                row.score_before if row.score_before is not None else -1, row.created_at)
    text = {COL_TITLE: row.title, COL_COMPANY: row.company_name,
            COL_RESUME: row.resume_name}.get(column)
    return ((text or "\uffff").casefold(), row.created_at)


class JobTableModel(QAbstractTableModel):
    """Jobs as table rows; see the module docstring for the rules it keeps."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[JobRow] = []
        self._index: dict[str, int] = {}
        self._sort_column = COL_CREATED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._created_cache: dict[str, str] = {}
        # Kept as rows change: the window asks for it after every update, and counting
        # 10,000 rows each time was most of the GUI thread's work while jobs ran.
        self._status_counts: Counter[str] = Counter()

    # ----------------------------------------------------------------- Qt interface

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return HEADERS[section]
        return None

    # No flags() override: the table model's own (enabled, selectable, no children) is
    # what the list needs, and the view asks for it for every cell it paints.

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == JobIdRole:
            return row.id
        if role == StatusRole:
            return row.status
        if role == BadgeRole:
            return row.badge
        if role == RetryableRole:
            return row.retryable
        if role == SortRole:
            return sort_key(row, column)[0]
        if role == ProgressRole:
            return row.progress
        if role == ErrorRole:
            return row.error_message if row.status == Status.FAILED else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SCORE, COL_PROGRESS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (one Python key per row; see module docstring)."""
        if not 0 <= column < len(HEADERS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._rows[i.row()].id for i in old_persistent]
        self._rows.sort(key=lambda r: sort_key(r, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self._rebuild_index()
        self.changePersistentIndexList(
            old_persistent,
            [self.index(self._index[job_id], i.column()) for job_id, i in
             zip(old_ids, old_persistent, strict=True)])
        self.layoutChanged.emit()

    # ---------------------------------------------------------------- our interface

    def reload(self, rows: Iterable[dict[str, Any]]) -> None:
        """Replace every row (the one place the model is reset)."""
        self.beginResetModel()
        self._rows = [JobRow.from_dict(r) for r in rows]
        self._rows.sort(key=lambda r: sort_key(r, self._sort_column),
                        reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rebuild_index()
        self._status_counts = Counter(row.status for row in self._rows)
        self.endResetModel()

    def job_ids(self) -> list[str]:
        return [row.id for row in self._rows]

    def row_at(self, row_number: int) -> JobRow:
        """The record at a source row (for the filter proxy, which runs per row)."""
        return self._rows[row_number]

    def row_of(self, job_id: str) -> int | None:
        return self._index.get(job_id)

    def job(self, job_id: str) -> JobRow | None:
        row = self._index.get(job_id)
        return self._rows[row] if row is not None else None

    def upsert(self, data: dict[str, Any]) -> None:
        """Add a job, or update it in place when it is already listed."""
        job_id = str(data["id"])
        if job_id in self._index:
            self.update_job(job_id, **{k: v for k, v in data.items()
                                       if k in _FIELD_NAMES and k != "id"})
            return
        new = JobRow.from_dict(data)
        position = self._insert_position(new)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, new)
        self._rebuild_index(position)
        self._status_counts[new.status] += 1
        self.endInsertRows()

    def update_job(self, job_id: str, **changes: Any) -> bool:
        """Change some fields of one job; signals only that row's changed columns."""
        row_number = self._index.get(job_id)
        if row_number is None:
            return False
        row = self._rows[row_number]
        columns: set[int] = set()
        old_key = sort_key(row, self._sort_column)
        for name, value in changes.items():
            if name not in FIELD_COLUMNS or getattr(row, name) == value:
                continue
            if name == "status":
                self._status_counts[row.status] -= 1
                self._status_counts[value] += 1
            setattr(row, name, value)
            columns.update(FIELD_COLUMNS[name])
        if not columns:
            return False
        self.dataChanged.emit(self.index(row_number, min(columns)),
                              self.index(row_number, max(columns)), ROW_ROLES)
        if sort_key(row, self._sort_column) != old_key:
            self._reposition(row_number)
        return True

    def remove(self, job_id: str) -> bool:
        row_number = self._index.get(job_id)
        if row_number is None:
            return False
        self.beginRemoveRows(QModelIndex(), row_number, row_number)
        self._status_counts[self._rows[row_number].status] -= 1
        del self._rows[row_number]
        del self._index[job_id]
        self._rebuild_index(row_number)
        self.endRemoveRows()
        return True

    def forget_resumes(self, kept: Collection[str]) -> list[str]:
        """Jobs whose resume is not in ``kept`` lose its key, as the database did when
        it was removed: their rows stop offering Retry at once, not at the next start.
        Returns those jobs' ids."""
        gone = [row.id for row in self._rows
                if row.resume_id is not None and row.resume_id not in kept]
        for job_id in gone:
            self.update_job(job_id, resume_id=None)
        return gone

    def count_by_status(self, statuses: Sequence[str]) -> int:
        return sum(self._status_counts[status] for status in set(statuses))

    # ------------------------------------------------------------------ internals

    def _display(self, row: JobRow, column: int) -> str:
        if column == COL_CREATED:
            text = self._created_cache.get(row.created_at)
            if text is None:
                text = self._created_cache[row.created_at] = local_time(row.created_at)
            return text
        if column == COL_TITLE:
            return row.title or "(untitled)"
        if column == COL_COMPANY:
            return row.company_name or ""
        if column == COL_RESUME:
            return row.resume_name or "(no resume)"
        if column == COL_STATUS:
            return row.badge
        if column == COL_PROGRESS:
            if row.status == Status.PROCESSING:
                return f"{row.progress}%"
            return "queued" if row.status == Status.PENDING else ""
        return score_text(row)

    def _tooltip(self, row: JobRow, column: int) -> str | None:
        if row.status == Status.FAILED and row.error_message:
            if row.retryable:
                return row.error_message
            return gone_resume_text(row.error_message)
        if row.status == Status.PROCESSING:
            return f"{row.stage or 'working'} ({row.progress}%)"
        if column == COL_SCORE and row.score_after is not None:
            return score_tip(row)
        if column in (COL_TITLE, COL_COMPANY, COL_RESUME):
            return self._display(row, column) or None
        return None

    def _rebuild_index(self, start: int = 0) -> None:
        if start == 0:
            self._index = {}
        for number in range(start, len(self._rows)):
            self._index[self._rows[number].id] = number

    def _before(self, a: JobRow, b: JobRow) -> bool:
        key_a, key_b = sort_key(a, self._sort_column), sort_key(b, self._sort_column)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return key_a > key_b
        return key_a < key_b

    def _insert_position(self, new: JobRow) -> int:
        for number, existing in enumerate(self._rows):
            if self._before(new, existing):
                return number
        return len(self._rows)

    def _reposition(self, row_number: int) -> None:
        """Move a row whose sort key changed to where the current sort puts it."""
        row = self._rows[row_number]
        others = self._rows[:row_number] + self._rows[row_number + 1:]
        target = len(others)
        for number, existing in enumerate(others):
            if self._before(row, existing):
                target = number
                break
        if target == row_number:
            return
        # beginMoveRows wants the destination in the pre-move numbering.
        destination = target if target < row_number else target + 1
        self.beginMoveRows(QModelIndex(), row_number, row_number, QModelIndex(), destination)
        self._rows = others
        self._rows.insert(target, row)
        self._rebuild_index(min(row_number, target))
        self.endMoveRows()
