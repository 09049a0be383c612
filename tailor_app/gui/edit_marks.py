"""The "not in your resume" underlines of the tailored text.

Each addition an edit makes (``additions.unsupported``: a number, a skill or a name
the resume and its facts never state) gets a red wavy underline, drawn as an extra
selection so the skill highlighting stays under it and the underline moves with
the text as the user keeps typing. Hovering one says what it is; right-clicking a
skill offers to make it a fact of the resume ("I have this") beside the usual
Undo, Redo, Cut, Copy and Paste.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from ..tailoring import SKILL, Addition, fact_for
from . import theme

__all__ = ["EditMarks", "utf16_offsets"]


def utf16_offsets(text: str, offsets: Sequence[int]) -> list[int]:
    """Qt's positions (UTF-16 units) of Python string offsets into ``text``."""
    if all(ord(ch) < 0x10000 for ch in text):
        return list(offsets)
    return [len(text[:offset].encode("utf-16-le")) // 2 for offset in offsets]


class EditMarks(QObject):
    """Underlines, tooltips and the "add as a fact" menu entry of one editor."""

    factRequested = Signal(str, object, object)  # skill, entry, line

    def __init__(self, view: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._additions: list[Addition] = []
        self._entries: list[str] = []
        self._cursors: list[QTextCursor] = []
        view.viewport().installEventFilter(self)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu)

    def set_entries(self, entries: list[str]) -> None:
        """The resume's roles and projects (first header lines), where a fact can go."""
        self._entries = list(entries)

    def additions(self) -> list[Addition]:
        return list(self._additions)

    def show(self, additions: Sequence[Addition]) -> None:
        """Underline ``additions`` (found in the editor's current text)."""
        self._additions = list(additions)
        text = self._view.toPlainText()
        points = utf16_offsets(text, [p for a in self._additions for p in (a.start, a.end)])
        colour = QColor(theme.missing_colour())
        selections, self._cursors = [], []
        document = self._view.document()
        for index, _addition in enumerate(self._additions):
            cursor = QTextCursor(document)
            cursor.setPosition(points[2 * index])
            cursor.setPosition(points[2 * index + 1], QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            selection.format.setUnderlineColor(colour)
            selection.cursor = cursor
            selections.append(selection)
            self._cursors.append(cursor)
        self._view.setExtraSelections(selections)

    def addition_at(self, pos: QPoint) -> Addition | None:
        """The underlined addition under a viewport point, if any."""
        where = self._view.cursorForPosition(pos).position()
        for addition, cursor in zip(self._additions, self._cursors, strict=True):
            if cursor.selectionStart() <= where <= cursor.selectionEnd() \
                    and cursor.hasSelection():
                return addition
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.addition_at(event.pos())
            if found is not None:
                QToolTip.showText(event.globalPos(), found.reason, self._view)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def _menu(self, pos: QPoint) -> None:
        menu = self._view.createStandardContextMenu(pos)
        found = self.addition_at(pos)
        if found is not None and found.kind == SKILL and not self._view.isReadOnly():
            skill, entry, line = fact_for(self._view.toPlainText(), found, self._entries)
            menu.insertSeparator(menu.actions()[0])
            action = menu.addAction(f"I have \u201c{skill}\u201d: add it to my resume's facts")
            menu.insertAction(menu.actions()[0], action)
            action.triggered.connect(lambda: self.factRequested.emit(skill, entry, line))
        menu.exec(self._view.viewport().mapToGlobal(pos))
        menu.deleteLater()
