"""Before exporting an edited resume: what the edit states that the resume does not.

The user may export anything (it is their resume), but never without seeing it:
the dialog lists every addition (a number, a skill, a name) with the line it is
in. A skill can be turned into a fact of the resume with one click: the skill,
with the sentence it was typed in as the fact's line (under the role above it),
so that sentence is the resume's own from then on, used by later tailoring, and
leaves the list. Numbers and names have no fact of their own to become (a fact is
a skill); they are the user's to keep or remove.
**Export anyway** goes on to the save dialog; **Go back** returns to the editor
with the first addition selected. Window-modal, opened with ``open()``: the event
loop keeps running (jobs keep finishing) while it is up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..tailoring import REASONS, SKILL, Addition, fact_for

__all__ = ["AdditionsDialog"]

MAX_LINE = 90  # characters of the line shown beside an addition


def _line_of(text: str, addition: Addition) -> str:
    start = text.rfind("\n", 0, addition.start) + 1
    end = text.find("\n", addition.end)
    line = text[start:end if end >= 0 else len(text)].strip()
    return line if len(line) <= MAX_LINE else line[:MAX_LINE - 1].rstrip() + "\u2026"


class AdditionsDialog(QDialog):
    """Lists an edit's additions; ``accepted`` means Export anyway."""

    def __init__(self, parent: QWidget, text: str, additions: Sequence[Addition],
                 entries: Sequence[str],
                 add_fact: Callable[[str, str | None, str | None], None]) -> None:
        super().__init__(parent)
        self.setObjectName("additionsDialog")
        self.setWindowTitle("Not in your resume")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._add_fact = add_fact
        layout = QVBoxLayout(self)
        count = len(additions)
        intro = QLabel(
            f"Your edit states {count} thing{'s' if count != 1 else ''} that your resume "
            "and the facts you gave do not. It is your resume: export it anyway if it is "
            "true, make a skill one of your facts, or go back and change it.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setColumnStretch(1, 1)
        self.fact_buttons: list[QPushButton] = []
        for row, addition in enumerate(additions):
            what = QLabel(f"<b>{escape(addition.text)}</b> \u00b7 {REASONS[addition.kind]}")
            where = QLabel(f"<i>{escape(_line_of(text, addition))}</i>")
            where.setWordWrap(True)
            grid.addWidget(what, row, 0)
            grid.addWidget(where, row, 1)
            if addition.kind == SKILL:
                button = QPushButton("Add as a fact")
                button.setObjectName(f"addFact{row}")
                fact = fact_for(text, addition, entries)
                button.setToolTip(f"I have {addition.text}: keep it as a fact of this resume"
                                  + (f", with the line \u201c{fact[2]}\u201d" if fact[2]
                                     else ""))
                button.clicked.connect(lambda _=False, b=button, f=fact: self._fact(b, f))
                grid.addWidget(button, row, 2)
                self.fact_buttons.append(button)
        grid.setRowStretch(len(additions), 1)  # rows stay together at the top
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton("Export anyway",
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportAnywayButton")
        self.back_button = buttons.addButton("Go back", QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("goBackButton")
        self.back_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, min(520, 180 + 34 * count))

    def _fact(self, button: QPushButton, fact: tuple[str, str | None, str | None]) -> None:
        self._add_fact(*fact)
        button.setEnabled(False)
        button.setText("Added")
