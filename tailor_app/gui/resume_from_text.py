"""New resume from text…: paste a resume as text and name it.

For resumes kept in a web form, or a PDF the reader can't read (scanned, fonts
that hide the letters): the text becomes a resume exactly like an imported .txt
(:func:`tailor_app.importer.import_resume_text`: the same reader and parser, a row
in the database, a private .txt copy in the data folder).

The dialog is window-modal and does nothing on the GUI thread but collect the
text: the panel that opened it runs the import on the task pool and either closes
it (success) or shows the reader's message inside it (the text stays, to fix).
Empty text is refused here with a sentence, before any work.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from . import theme

DEFAULT_NAME = "Pasted resume"
EMPTY_MESSAGE = ("There is no text to make a resume from: paste your resume's text "
                 "(Ctrl+V) into the box above.")


class ResumeFromTextDialog(QDialog):
    """Emits :attr:`createRequested` (name, text) when the user asks to create it."""

    createRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeFromTextDialog")
        self.setWindowTitle("New resume from text")
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel("Paste your resume as text, for example copied from a web form or "
                       "from a PDF that can't be imported. It is kept like an imported "
                       ".txt file.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("resumeNameEdit")
        self.name_edit.setPlaceholderText(DEFAULT_NAME)
        label = QLabel("&Name:")
        label.setBuddy(self.name_edit)
        form.addRow(label, self.name_edit)
        layout.addLayout(form)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("resumeTextEdit")
        self.text_edit.setPlaceholderText("Paste the resume's text here.")
        self.text_edit.setTabChangesFocus(True)
        layout.addWidget(self.text_edit, 1)
        self.error = QLabel()
        self.error.setObjectName("resumeTextError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.missing_colour().name()};")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            "&Create resume", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createResumeButton")
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self.error.hide)
        self.resize(560, 520)
        self.text_edit.setFocus()

    def name(self) -> str:
        return self.name_edit.text().strip() or DEFAULT_NAME

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def set_busy(self, busy: bool) -> None:
        """While the import runs: nothing can be created twice."""
        self.create_button.setEnabled(not busy)
        self.create_button.setText("Creating\u2026" if busy else "&Create resume")

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.show()

    def _create(self) -> None:
        if not self.text().strip():
            self.show_error(EMPTY_MESSAGE)
            self.text_edit.setFocus()
            return
        self.error.hide()
        self.set_busy(True)
        self.createRequested.emit(self.name(), self.text())
