"""The posting editor: title, company, the pasted posting, and the Tailor button.

The draft is written to the settings file half a second after the user stops
typing (and on close), so a crash or restart gives back what was pasted. Tailor is
enabled only when it can succeed (a resume chosen, a posting that is not blank);
the reason it is disabled is the button's tooltip, and validation messages from
the workflow appear under the field they concern.

Title and company each have an *origin*: ``typed`` by the user, or ``guessed``
from the posting (by Best fit's analysis). A guess follows the posting it was read
from: a new posting replaces it, a posting that names none (or an empty editor)
clears it; what the user typed is never touched. A guessed value is shown in
italics, muted, with "from the posting" beside it, so the two can be told apart.
The origins are saved with the draft. Values put back without a known origin
(Duplicate into editor: the job keeps only the values; a draft saved by an older
version) are ``restored``: the next analysis of that same posting decides, a value
equal to what the app reads from the posting is a guess, any other is the user's.
If the posting is replaced before that, the value goes with the posting it came
with, as a guess would (see :meth:`PostingEditor.apply_analysis`).

Text that is clearly not a job posting ("hi", a pasted URL, a number) is caught
here, before it costs a job that would finish with nothing to match: a hint under
the editor says why and Tailor stays disabled (:func:`posting_problem`, the rule the
workflow's validation and the command line share: a link, no letters at all, or
fewer than :data:`MIN_POSTING_WORDS` words). Between that and
:data:`SHORT_POSTING_WORDS` words the text may still be a terse list of requirements
("Staff Accountant. Requirements: GAAP, month-end close, Excel" has nine words and
three skills to match), so the hint only suggests pasting the whole posting and
Tailor stays enabled. Real postings run to a hundred words and more.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..posting_check import (  # noqa: F401  (re-exported for the window and its tests)
    MIN_POSTING_WORDS,
    SHORT_POSTING_WORDS,
    posting_problem,
    posting_words,
)
from . import theme
from .settings import (
    KEY_DRAFT_COMPANY,
    KEY_DRAFT_ORIGIN_PREFIX,
    KEY_DRAFT_TEXT,
    KEY_DRAFT_TITLE,
    app_settings,
    read_str,
)

DRAFT_DELAY_MS = 500
ERROR_STYLE = "QLabel { color: %s; }"

# Where a title or company came from (see the module docstring).
TYPED, GUESSED, RESTORED = "typed", "guessed", "restored"
FIELDS = ("title", "company")
GUESS_NOTE = "from the posting"
GUESS_TIP = ("Read from the posting; it changes with the posting. Type your own to keep "
             "it.")


def posting_advice(text: str) -> str | None:
    """A gentler note for a short text that may still be a terse posting, or None."""
    if posting_problem(text) is None and 0 < posting_words(text) < SHORT_POSTING_WORDS:
        return ("This posting is very short. If it is only part of the posting, paste "
                "the whole text so the match finds everything it asks for.")
    return None


class PostingEditor(QWidget):
    """Emits :attr:`tailorRequested` when the user asks to tailor."""

    tailorRequested = Signal()
    postingChanged = Signal()  # text, title or company edited (for Best fit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._resume_chosen = False
        self._origin = dict.fromkeys(FIELDS, TYPED)
        self._restored_text = ""  # the posting that RESTORED values came with
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._build()
        self.restore_draft()
        self._update_button()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("Job posting")
        bold = QFont(heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        heading.setFont(bold)
        layout.addWidget(heading)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.company_edit = QLineEdit()
        self.company_edit.setObjectName("companyEdit")
        self.guess_notes: dict[str, QLabel] = {}
        for key, text, edit in (("title", "&Title:", self.title_edit),
                                ("company", "C&ompany:", self.company_edit)):
            edit.setPlaceholderText("Read from the posting if left empty")
            note = QLabel(GUESS_NOTE)
            note.setObjectName(f"{key}GuessNote")
            note.setToolTip(GUESS_TIP)
            note.hide()
            self.guess_notes[key] = note
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(note)
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, row)
        layout.addLayout(form)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("jobDescriptionEdit")
        self.text_edit.setPlaceholderText(
            "Paste the job posting here: the whole text, requirements included.")
        self.text_edit.setTabChangesFocus(True)
        layout.addWidget(self.text_edit, 1)

        self.posting_hint = QLabel()
        self.posting_hint.setObjectName("postingHint")
        self.posting_hint.setWordWrap(True)
        self.posting_hint.setStyleSheet(f"color: {theme.muted_text().name()};")
        self.posting_hint.hide()
        layout.addWidget(self.posting_hint)
        self.posting_error = self._error_label("postingError")
        layout.addWidget(self.posting_error)
        self.resume_error = self._error_label("resumeError")
        layout.addWidget(self.resume_error)

        row = QHBoxLayout()
        self.char_count = QLabel()
        self.char_count.setObjectName("charCount")
        row.addWidget(self.char_count, 1)
        self.tailor_button = QPushButton(theme.icon("tailor"), "Tailor")
        self.tailor_button.setObjectName("tailorButton")
        self.tailor_button.setDefault(True)
        self.tailor_button.setMinimumWidth(120)
        self.tailor_button.clicked.connect(self._request)
        row.addWidget(self.tailor_button)
        layout.addLayout(row)

        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._request)

        self.text_edit.textChanged.connect(self._on_edit)
        self.title_edit.textEdited.connect(lambda _t: self._user_edited("title"))
        self.company_edit.textEdited.connect(lambda _t: self._user_edited("company"))
        self._show_origins()

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE % theme.missing_colour().name())
        label.hide()
        return label

    # ------------------------------------------------------------------------ data

    def title(self) -> str:
        return self.title_edit.text().strip()

    def company(self) -> str:
        return self.company_edit.text().strip()

    def posting(self) -> str:
        return self.text_edit.toPlainText()

    def typed_title(self) -> str:
        """The title the user typed; a guess (or a restored value not yet known to be
        typed) does not count, so the posting is read afresh rather than inheriting
        the last posting's title."""
        return self.title() if self._origin["title"] == TYPED else ""

    def typed_company(self) -> str:
        return self.company() if self._origin["company"] == TYPED else ""

    def origin(self, key: str) -> str:
        """Where the field's value came from: ``typed``, ``guessed`` or ``restored``."""
        return self._origin[key]

    def _edit(self, key: str) -> QLineEdit:
        return self.title_edit if key == "title" else self.company_edit

    def set_resume_chosen(self, chosen: bool) -> None:
        self._resume_chosen = chosen
        if chosen:
            self.resume_error.hide()
        self._update_button()

    def set_content(self, title: str, company: str, text: str,
                    origins: dict[str, str] | None = None) -> None:
        """Fill the editor (Duplicate into editor, or empty after Tailor).

        ``origins`` says which values were typed and which guessed; without it a
        value is ``restored`` and the next analysis of ``text`` decides (see the
        module docstring).

        Saved as the draft like typing is, half a second later: writing the settings
        file syncs it to disk, which cost 10-50 ms of the GUI thread per Tailor click.
        The window saves a pending draft when it closes.
        """
        self._fill(title, company, text, origins)
        self._schedule_draft()

    def _fill(self, title: str, company: str, text: str,
              origins: dict[str, str] | None) -> None:
        self._restored_text = text
        for key, value in (("title", title), ("company", company)):
            self._edit(key).setText(value)
            origin = (origins or {}).get(key, RESTORED)
            self._origin[key] = origin if origin in (TYPED, GUESSED, RESTORED) else RESTORED
        self.text_edit.setPlainText(text)
        self._show_origins()

    def clear_posting(self) -> None:
        """Ready for the next posting: the resume choice stays, the fields empty."""
        self.set_content("", "", "")

    def apply_analysis(self, title: str | None, company: str | None) -> None:
        """What the app read from the posting now in the editor (None: nothing, or no
        posting): a guess follows it, a typed value stays.

        A ``restored`` value is settled here first: when the posting is still the one
        it came with, it is a guess if it equals what was read and typed otherwise;
        when the posting has been replaced meanwhile, it belonged to the old posting
        and is treated as a guess, so it can't outlive it.
        """
        for key, value in (("title", title), ("company", company)):
            edit = self._edit(key)
            current = edit.text().strip()
            if self._origin[key] == RESTORED:
                same_posting = self.posting() == self._restored_text
                self._origin[key] = GUESSED if (current == (value or "") or not same_posting
                                                ) else TYPED
            if current and self._origin[key] == TYPED:
                continue  # the user's own
            if current != (value or ""):
                edit.setText(value or "")
            self._origin[key] = GUESSED if value else TYPED
        self._show_origins()
        self._schedule_draft()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Validation messages next to their field (keys as the workflow names them)."""
        posting = errors.get("job_description")
        resume = errors.get("resume_id") or errors.get("resume")
        other = errors.get("user_id") or errors.get("user")
        self.posting_error.setText(posting or "")
        self.posting_error.setVisible(bool(posting))
        text = resume or other or ""
        self.resume_error.setText(text)
        self.resume_error.setVisible(bool(text))

    # --------------------------------------------------------------------- drafts

    def save_draft(self) -> None:
        self._draft_timer.stop()
        settings = app_settings()
        settings.setValue(KEY_DRAFT_TITLE, self.title_edit.text())
        settings.setValue(KEY_DRAFT_COMPANY, self.company_edit.text())
        settings.setValue(KEY_DRAFT_TEXT, self.text_edit.toPlainText())
        for key in FIELDS:
            settings.setValue(KEY_DRAFT_ORIGIN_PREFIX + key, self._origin[key])
        settings.sync()

    def restore_draft(self) -> None:
        """The last draft with its origins (a draft of an older version has none:
        its values are ``restored``)."""
        settings = app_settings()
        origins = {key: read_str(settings, KEY_DRAFT_ORIGIN_PREFIX + key, RESTORED)
                   for key in FIELDS}
        self._fill(read_str(settings, KEY_DRAFT_TITLE), read_str(settings, KEY_DRAFT_COMPANY),
                   read_str(settings, KEY_DRAFT_TEXT), origins)
        self._update_count()

    def _schedule_draft(self) -> None:
        self._draft_timer.start()

    # ------------------------------------------------------------------ reactions

    def _user_edited(self, key: str) -> None:
        self._origin[key] = TYPED
        self._show_origins()
        self._schedule_draft()
        self.postingChanged.emit()

    def _show_origins(self) -> None:
        """A guess in italics and muted, with its note; a typed value looks normal."""
        muted = theme.muted_text()
        for key in FIELDS:
            edit = self._edit(key)
            guessed = self._origin[key] == GUESSED and bool(edit.text().strip())
            font = QFont(edit.font())
            font.setItalic(guessed)
            edit.setFont(font)
            palette = QPalette(self.palette())
            if guessed:
                palette.setColor(QPalette.ColorRole.Text, muted)
            edit.setPalette(palette)
            edit.setToolTip(GUESS_TIP if guessed else "")
            edit.setAccessibleDescription("Guessed from the posting" if guessed else "")
            note = self.guess_notes[key]
            note.setStyleSheet(f"color: {muted.name()}; font-style: italic;")
            note.setVisible(guessed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self, self._show_origins)  # after the palette settles
        super().changeEvent(event)

    def _on_edit(self) -> None:
        self._update_count()
        self._update_button()
        if self.posting_error.isVisible() and self.posting().strip():
            self.posting_error.hide()
        self._schedule_draft()
        self.postingChanged.emit()

    def _update_count(self) -> None:
        count = len(self.text_edit.toPlainText())
        self.char_count.setText(f"{count:,} characters" if count else "")

    def _update_button(self) -> None:
        text = self.posting()
        has_text = bool(text.strip())
        problem = posting_problem(text)
        hint = problem or posting_advice(text)
        self.posting_hint.setText(hint or "")
        self.posting_hint.setVisible(hint is not None)
        self.tailor_button.setEnabled(self._resume_chosen and has_text and problem is None)
        if not self._resume_chosen:
            self.tailor_button.setToolTip("Choose or import a resume first")
        elif not has_text:
            self.tailor_button.setToolTip("Paste the job posting first")
        elif problem is not None:
            self.tailor_button.setToolTip(problem)
        else:
            self.tailor_button.setToolTip("Tailor the chosen resume to this posting "
                                          "(Ctrl+Return)")

    def _request(self) -> None:
        if self.tailor_button.isEnabled():
            self.tailorRequested.emit()
