"""The banner above the resume list that says which imports failed and why.

A banner, not a dialog: the user keeps working and dismisses it when read. Every
problem of the batch is listed, one paragraph each. The banner is as tall as its
text up to :data:`BANNER_MAX_LINES` lines and scrolls past that, so five failed
files never squeeze the resume list or clip a message. When a message advises
pasting the text (a scanned PDF, fonts that hide the letters), the banner carries
a **New resume from text…** button, so the advice points at a real way to do it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

BANNER_MAX_LINES = 6  # taller than this, the list of problems scrolls
PASTE_ADVICE = "paste the text"  # in a reader's message: New resume from text helps
STYLE = ("QFrame#importErrorBanner { background: #B3261E; border-radius: 4px; }"
         " QFrame#importErrorBanner QLabel, QFrame#importErrorBanner QToolButton"
         " { color: white; border: none; }"
         " QScrollArea#importErrorScroll, QWidget#importErrorPage"
         " { background: transparent; border: none; }")


class ImportErrorBanner(QFrame):
    """Lists import problems; emits :attr:`fromTextRequested` for its paste button."""

    fromTextRequested = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importErrorBanner")
        self.setStyleSheet(STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._errors: list[str] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 4, 6)
        box.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("importErrorTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.paste_button = QPushButton("New resume from text\u2026")
        self.paste_button.setObjectName("bannerFromTextButton")
        self.paste_button.setToolTip("Paste the resume's text instead of importing the file")
        self.paste_button.clicked.connect(self.fromTextRequested)
        close = QToolButton()
        close.setObjectName("dismissImportError")
        close.setText("\u2715")
        close.setToolTip("Dismiss")
        close.clicked.connect(self.clear)
        top.addWidget(self.title, 1)
        top.addWidget(self.paste_button)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
        self.text = QLabel()
        self.text.setObjectName("importError")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        page.setObjectName("importErrorPage")
        page_box = QVBoxLayout(page)
        page_box.setContentsMargins(0, 0, 0, 0)
        page_box.addWidget(self.text)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("importErrorScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(page)
        box.addWidget(self.scroll_area)
        self.hide()

    def errors(self) -> list[str]:
        return list(self._errors)

    def add(self, error: str) -> None:
        """List one more problem and show the banner."""
        self._errors.append(error)
        count = len(self._errors)
        self.title.setText("A problem" if count == 1 else f"{count} problems")
        self.text.setText(self._errors[0] if count == 1 else
                          "\n".join(f"\u2022 {error}" for error in self._errors))
        self.paste_button.setVisible(any(PASTE_ADVICE in e for e in self._errors))
        self.show()
        self._fit()

    def clear(self) -> None:
        self._errors.clear()
        self.text.clear()
        self.hide()
        self.cleared.emit()

    def _fit(self) -> None:
        """As tall as the text, up to BANNER_MAX_LINES lines; then it scrolls.

        A word-wrapped label in a scroll area is otherwise given its one-line size
        hint's height and clipped, so its height is set from the width it will have
        (the scroll bar's width kept free, whether or not it shows).
        """
        bar = self.scroll_area.verticalScrollBar()
        width = self.scroll_area.width() - bar.sizeHint().width() - 2
        if width < 100:  # not laid out yet: the banner's own width less its margins
            width = max(self.width() - 40, 200)
        needed = self.text.heightForWidth(width)
        self.text.setMinimumHeight(needed)
        cap = QFontMetrics(self.text.font()).lineSpacing() * BANNER_MAX_LINES
        self.scroll_area.setFixedHeight(max(0, min(needed, cap)) + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._errors:
            self._fit()
