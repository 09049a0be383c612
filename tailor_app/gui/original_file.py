"""The Original pane's link to the file itself.

The Original pane shows the app's *reading* of the resume, not the file: when the
reading is wrong, the tailored side shows the same mistake and nothing on screen
says so. Two things help the user look at the right place:

- **Open original file** opens the private copy in the data folder (the file as
  imported) in the system's viewer. The opener is a seam, :attr:`OriginalSide.opener`
  (by default :func:`open_in_system_viewer`), so tests never launch a real viewer.
- **Lines the reader was unsure of** (``TextLine.unsure``: a wrapped line it joined,
  a word it rejoined over a hyphen, a side cell it moved up, a column it split off)
  are underlined in the pane, with the reason as a tooltip and a count beside the
  heading. The pane shows the parsed resume rendered again, so each unsure line of
  the file is found by its text in the rendered lines (in order; a joined line lands
  in the bullet it was joined to).

:func:`job_with_source` runs on a worker: it reads the job and adds ``source``
(the private copy's path and the unsure lines) from its resume, when it still exists.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolTip,
    QWidget,
)

from .. import importer, job
from ..tailoring import UNSURE_REASONS
from . import theme

log = logging.getLogger("tailor_app.gui.original_file")

_LEAD = re.compile(r"^[\s\u2022\u25aa\u25e6\u25cf\u25a0\u25ba\u2713\u2714\u27a2\u2192\u25cb"
                   r"\u00b7\u2023\u2043\u2756\u2666\u25c6\u25c7\u27a4\u25b8\u25b6\u2794\u21d2"
                   r"\u00bb\u25fe\u25fc*\u2013-]+")
_SPACE = re.compile(r"\s+")
MIN_KEY_CHARS = 5  # a shorter unsure line ("2019") could match anywhere


def open_in_system_viewer(path: Path) -> bool:
    """Open ``path`` with the program the system uses for its type."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def job_with_source(job_id: str) -> dict[str, Any] | None:
    """The whole job, plus ``source`` from its resume (worker thread)."""
    found = job.get_job_by_id(job_id)
    if found is not None and found.get("resume_id"):
        found["source"] = importer.resume_source(str(found["resume_id"]))
    return found


def _key(text: str) -> str:
    return _SPACE.sub(" ", _LEAD.sub("", text)).strip().casefold()


def unsure_marks(rendered: str, unsure: list[tuple[str, str]]) -> dict[int, list[str]]:
    """Line number in ``rendered`` -> the reasons (codes) of the unsure lines in it.

    Searched in order from the last line found, then from the top (the rendered
    resume keeps the file's order, but the contact block may move).
    """
    lines = [_key(line) for line in rendered.splitlines()]
    marks: dict[int, list[str]] = {}
    start = 0
    for text, code in unsure:
        key = _key(text)
        if len(key) < MIN_KEY_CHARS:
            continue
        order = [*range(start, len(lines)), *range(start)]
        found = next((i for i in order if key in lines[i]), None)
        if found is None:
            continue
        reasons = marks.setdefault(found, [])
        if code not in reasons:
            reasons.append(code)
        start = found
    return marks


def reason_text(codes: list[str]) -> str:
    sentences = [UNSURE_REASONS.get(code, code) for code in codes]
    return ("The reader was unsure here: " + "; ".join(sentences)
            + ". Compare with the original file.")


class OriginalSide(QObject):
    """The Original column's heading row (note, Open original file) and its marks."""

    message = Signal(str)

    def __init__(self, view: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.opener: Callable[[Path], bool] = lambda path: open_in_system_viewer(path)
        self._path: Path | None = None
        self._marks: dict[int, list[str]] = {}
        self.header = QWidget()
        row = QHBoxLayout(self.header)
        row.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Original")
        title.setStyleSheet(f"color: {theme.muted_text().name()};")
        self.note = QLabel()
        self.note.setObjectName("unsureNote")
        self.note.setToolTip("Underlined lines are where reading the file involved a guess: "
                             "a wrapped line joined, a column split. Check them against "
                             "the original file.")
        self.open_button = QPushButton("Open original file")
        self.open_button.setObjectName("openOriginalButton")
        self.open_button.clicked.connect(self.open_original)
        row.addWidget(title)
        row.addWidget(self.note, 1)
        row.addWidget(self.open_button)
        view.viewport().installEventFilter(self)
        self.show_source(None)

    def show_source(self, job_data: dict[str, Any] | None) -> None:
        """The button for this job's file (or disabled, saying why)."""
        source = (job_data or {}).get("source") or {}
        stored = source.get("stored_path")
        self._path = Path(stored) if stored else None
        self.open_button.setEnabled(self._path is not None)
        if self._path is not None:
            self.open_button.setToolTip(
                f"Open the copy of {source.get('original_filename') or 'the file'} kept "
                "when it was imported, in your system's viewer")
        elif job_data and job_data.get("resume_id") is None:
            self.open_button.setToolTip("This job's resume was removed, with its file")
        else:
            self.open_button.setToolTip("Select a finished job to open its resume's file")

    def mark(self, job_data: dict[str, Any] | None, rendered: str) -> None:
        """Underline the unsure lines of ``rendered`` (already the view's text)."""
        source = (job_data or {}).get("source") or {}
        unsure = [(str(t), str(c)) for t, c in source.get("unsure") or []]
        self._marks = unsure_marks(rendered, unsure) if rendered else {}
        selections = []
        # An underline, not a background: the skills' highlighting stays visible.
        colour = QColor(theme.missing_colour())
        for number in sorted(self._marks):
            block = self.view.document().findBlockByNumber(number)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            selection.format.setUnderlineColor(colour)
            cursor = QTextCursor(block)  # the whole paragraph, every wrapped line of it
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.view.setExtraSelections(selections)
        count = len(self._marks)
        self.note.setText("" if not count else
                          f"\u26a0 {count} line{'s' if count != 1 else ''} to check")

    def marked_lines(self) -> dict[int, list[str]]:
        """Rendered line number -> reason codes, as marked now."""
        return dict(self._marks)

    def open_original(self) -> None:
        path = self._path
        if path is None:
            return
        if not path.is_file():
            self.message.emit(f"The copy of this resume is missing from {path.parent}; "
                              "import the file again.")
            return
        if self.opener(path):
            self.message.emit(f"Opened {path.name} in your system's viewer.")
        else:
            self.message.emit(f"No program on this computer opened {path}.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._marks \
                and isinstance(event, QHelpEvent):
            block = self.view.cursorForPosition(event.pos()).block().blockNumber()
            codes = self._marks.get(block)
            if codes:
                QToolTip.showText(event.globalPos(), reason_text(codes), self.view)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)
