"""Painting the job list's status badges, progress bars and Retry buttons.

One delegate paints them all (STYLE.md): a widget per row through
``setIndexWidget`` would cost a QWidget for each of 10,000 rows. The Retry button
is drawn with the style's own push-button look and its click is caught in
:meth:`JobDelegate.editorEvent`, which emits the row's job id (never its row number,
which sorting changes). Every colour comes from the palette or from the badge
table in ``theme``, so the list reads in light and dark windows.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QToolTip,
)

from ..db import Status
from . import theme
from .job_model import (
    COL_CREATED,
    COL_PROGRESS,
    COL_SCORE,
    COL_STATUS,
    BadgeRole,
    JobIdRole,
    ProgressRole,
    RetryableRole,
    StatusRole,
)

RETRY_TEXT = "Retry"
RESUME_GONE_TEXT = "no resume"  # where Retry would be: the job's resume was deleted
BADGE_LABELS = {"PENDING": "PENDING", "PROCESSING": "PROCESSING", "COMPLETED": "COMPLETED",
                "FAILED": "FAILED", "CANCELLED": "CANCELLED"}


CELL_PADDING = 16  # the style's text margins on both sides of a plain cell, with room
FULL_DATE_SAMPLE = "2026-12-28 23:59"  # the model's Created text (local_time)
SHORT_DATE_SAMPLE = "2026-12-28"
SCORE_SAMPLE = "100 \u2192 100"


@functools.lru_cache(maxsize=8)
def _badge_font_and_metrics(key: str) -> tuple[QFont, QFontMetrics]:
    """The badge's font for the view font ``key`` (``QFont.key()``), made once: every
    Status cell asks for it at every repaint."""
    font = QFont()
    font.fromString(key)
    small = QFont(font)
    small.setBold(True)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return small, QFontMetrics(small)


def _badge_font(font: QFont) -> QFont:
    return _badge_font_and_metrics(font.toString())[0]


def badge_column_width(font: QFont) -> int:
    """The Status column's width that shows the widest badge whole (6 px left inset,
    16 px inside the pill, room on the right), so the list never cuts a status."""
    metrics = QFontMetrics(_badge_font(font))
    return max(metrics.horizontalAdvance(label) for label in BADGE_LABELS.values()) + 30


def content_width(column: int, font: QFont, *, short_date: bool = False) -> int:
    """The compact width a column needs for its content, from the font in use (not
    pixels fixed at design time, which cut text on a larger system font)."""
    metrics = QFontMetrics(font)
    if column == COL_STATUS:
        return badge_column_width(font)
    if column == COL_PROGRESS:  # the Retry button, or a bar with "100%"
        return max(metrics.horizontalAdvance(RETRY_TEXT) + 44,
                   metrics.horizontalAdvance("100%") + 48)
    if column == COL_SCORE:
        return metrics.horizontalAdvance(SCORE_SAMPLE) + CELL_PADDING
    if column == COL_CREATED:
        sample = SHORT_DATE_SAMPLE if short_date else FULL_DATE_SAMPLE
        return metrics.horizontalAdvance(sample) + CELL_PADDING
    return 0


def short_created(text: str, today: date | None = None) -> str:
    """A Created cell's text for a narrow column: the time for today's jobs, the date
    for older ones (as mail programs do); sorting still uses the full timestamp."""
    day, _, clock = text.partition(" ")
    today = today or date.today()
    return clock if clock and day == today.isoformat() else day


def retry_button_rect(cell: QRect, font: QFont) -> QRect:
    """Where the Retry button sits in a Progress cell (used to paint and to hit-test)."""
    metrics = QFontMetrics(font)
    width = min(cell.width() - 8, metrics.horizontalAdvance(RETRY_TEXT) + 28)
    height = min(cell.height() - 4, metrics.height() + 8)
    return QRect(cell.center().x() - width // 2 + 1, cell.center().y() - height // 2 + 1,
                 width, height)


class JobDelegate(QStyledItemDelegate):
    """Badge in the Status column; bar or Retry button in the Progress column."""

    retryClicked = Signal(str)  # job id

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pressed: str | None = None

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        height = max(hint.height(), metrics.height() + 14)
        if index.column() in (COL_STATUS, COL_PROGRESS, COL_SCORE):
            return QSize(content_width(index.column(), option.font), height)  # type: ignore[attr-defined]
        return QSize(hint.width(), height)

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        """A Created cell too narrow for the full timestamp shows :func:`short_created`."""
        super().initStyleOption(option, index)
        if index.column() == COL_CREATED and self._created_is_short(option):
            option.text = short_created(str(option.text))  # type: ignore[attr-defined]

    @staticmethod
    def _created_is_short(option: QStyleOptionViewItem) -> bool:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        return 0 < rect.width() < content_width(COL_CREATED, option.font)  # type: ignore[attr-defined]

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        """The full timestamp as the tooltip of a shortened Created cell."""
        if (event.type() == QEvent.Type.ToolTip and index.column() == COL_CREATED
                and index.data(Qt.ItemDataRole.ToolTipRole) is None
                and self._created_is_short(option)):
            QToolTip.showText(event.globalPos(), str(index.data()), view)
            return True
        return super().helpEvent(event, view, option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        column = index.column()
        if column not in (COL_STATUS, COL_PROGRESS):
            super().paint(painter, option, index)
            return
        # Background and selection as the style draws them, without the text.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        status = index.data(StatusRole)
        if column == COL_STATUS:
            self._paint_badge(painter, rect, str(index.data(BadgeRole) or status), opt.font)  # type: ignore[attr-defined]
        elif status == Status.PROCESSING:
            self._paint_progress(painter, rect, int(index.data(ProgressRole) or 0), style,
                                 widget, opt)
        elif status == Status.FAILED and index.data(RetryableRole):
            self._paint_retry(painter, rect, style, widget, opt,
                              pressed=self._pressed == index.data(JobIdRole))
        elif status == Status.FAILED:  # its resume was deleted: a retry can't work
            self._paint_note(painter, rect, opt, RESUME_GONE_TEXT)
        elif status == Status.PENDING:
            self._paint_note(painter, rect, opt, "queued")

    @staticmethod
    def _paint_note(painter: QPainter, rect: QRect, opt: QStyleOptionViewItem,
                    text: str) -> None:
        """A quiet word in the cell; on a selected row in the selection's own text colour,
        which the muted grey would vanish into."""
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected
                       else theme.muted_text(palette))
        shown = QFontMetrics(opt.font).elidedText(  # type: ignore[attr-defined]
            text, Qt.TextElideMode.ElideRight, max(0, rect.width() - 6))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def _paint_badge(self, painter: QPainter, rect: QRect, badge: str, font: QFont) -> None:
        fill, text = theme.badge_colours(badge)
        label = BADGE_LABELS.get(badge, badge)
        small, metrics = _badge_font_and_metrics(font.toString())
        width = min(rect.width() - 8, metrics.horizontalAdvance(label) + 16)
        height = min(rect.height() - 6, metrics.height() + 6)
        pill = QRect(rect.left() + 6, rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(text)
        painter.setFont(small)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 8))
        painter.restore()

    def _paint_progress(self, painter: QPainter, rect: QRect, percent: int, style: QStyle,
                        widget: Any, opt: QStyleOptionViewItem) -> None:
        bar = QStyleOptionProgressBar()
        bar.rect = rect.adjusted(6, 6, -6, -6)  # type: ignore[attr-defined]
        bar.minimum, bar.maximum = 0, 100  # type: ignore[attr-defined]
        bar.progress = max(0, min(100, percent))  # type: ignore[attr-defined]
        bar.text = f"{bar.progress}%"  # type: ignore[attr-defined]
        bar.textVisible = True  # type: ignore[attr-defined]
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter  # type: ignore[attr-defined]
        bar.palette = opt.palette  # type: ignore[attr-defined]
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)

    def _paint_retry(self, painter: QPainter, rect: QRect, style: QStyle, widget: Any,
                     opt: QStyleOptionViewItem, *, pressed: bool) -> None:
        button = QStyleOptionButton()
        button.rect = retry_button_rect(rect, opt.font)  # type: ignore[attr-defined]
        button.text = RETRY_TEXT  # type: ignore[attr-defined]
        button.palette = QPalette(opt.palette)  # type: ignore[attr-defined]
        state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if pressed:
            state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Sunken
        button.state = state  # type: ignore[attr-defined]
        button.fontMetrics = QFontMetrics(opt.font)  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        """A click on a FAILED row's Retry button emits :attr:`retryClicked`."""
        if (index.column() != COL_PROGRESS or index.data(StatusRole) != Status.FAILED
                or not index.data(RetryableRole)
                or event.type() not in (QEvent.Type.MouseButtonPress,
                                        QEvent.Type.MouseButtonRelease,
                                        QEvent.Type.MouseButtonDblClick)):
            return super().editorEvent(event, model, option, index)
        assert isinstance(event, QMouseEvent)
        inside = retry_button_rect(option.rect, option.font).contains(  # type: ignore[attr-defined]
            event.position().toPoint())
        job_id = str(index.data(JobIdRole))
        if event.button() != Qt.MouseButton.LeftButton or not inside:
            self._pressed = None
            return super().editorEvent(event, model, option, index)
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed = job_id
            return True
        if event.type() == QEvent.Type.MouseButtonRelease:
            was_pressed, self._pressed = self._pressed == job_id, None
            if was_pressed:
                self.retryClicked.emit(job_id)
            return True
        return True  # a double click on the button must not open anything
