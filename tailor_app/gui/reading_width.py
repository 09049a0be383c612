"""A cap on how long a line of text may run in a wide view, with the column centred.

On a 2560-pixel screen the result's views grew to 1,700 pixels and a line of the
match report ran to 250 characters, too long for the eye to find the next line.
:func:`cap_reading_width` keeps the text column at most :data:`MEASURE_CHARS`
average characters wide and centres it. The view's viewport is narrowed with
viewport margins (both kinds of text view lay their document out across the
viewport), and the bands beside it are painted in the text's background colour, so
they read as margins, not as a second frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QTextEdit

MEASURE_CHARS = 120  # the widest line, in average characters of the view's font


def max_text_width(view: QAbstractScrollArea) -> int:
    """The widest text column, in pixels, for the view's font."""
    return view.fontMetrics().averageCharWidth() * MEASURE_CHARS


class _Capper(QObject):
    """Re-centres the text column of one view whenever the view is resized."""

    def __init__(self, view: QTextEdit | QPlainTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._side = -1
        self._painting = False
        self.match_background()
        view.installEventFilter(self)
        self.apply()

    def match_background(self) -> None:
        """The bands beside the narrowed viewport are the scroll area's own background
        (the window colour): paint them in the text's colour instead."""
        view = self._view
        palette = view.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                      QPalette.ColorGroup.Disabled):
            palette.setColor(group, QPalette.ColorRole.Window,
                             palette.color(group, QPalette.ColorRole.Base))
        view.setPalette(palette)
        view.setAutoFillBackground(True)

    def apply(self) -> None:
        view = self._view
        # The whole width the text could use: the frame's inside, less a scroll bar.
        bar = view.verticalScrollBar()
        room = view.contentsRect().width() - (bar.width() if bar.isVisible() else 0)
        side = max(0, (room - max_text_width(view)) // 2)
        if side != self._side:
            self._side = side
            view.setViewportMargins(side, 0, side, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view:
            if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
                self.apply()
            elif event.type() == QEvent.Type.PaletteChange and not self._painting:
                self._painting = True  # a new palette (dark mode): repaint the bands
                self.match_background()
                self._painting = False
        return False


def cap_reading_width(*views: QTextEdit | QPlainTextEdit) -> None:
    """Keep each view's lines at most :data:`MEASURE_CHARS` characters long, centred."""
    for view in views:
        _Capper(view)
