""""I have this": telling the app a skill you have, and tailoring the job again with it.

The match report lists each skill the posting asks for that the resume does not
show, each with an **I have this** link (``have:<skill>``, see
``report_html.have_href``). The link opens :class:`FactDialog`, a small non-modal
window: where you used the skill (one of the resume's roles, projects or schools, or
the skills list only) and, if you like, one line in your own words. Esc or Cancel
closes it and nothing is stored. Confirming stores a *fact* of the resume on the task
pool (:func:`tailor_app.facts.add_fact`) and sends the job back through the same path
as Retry (``JobActions.retry(..., again=True)``), so its row goes PENDING →
PROCESSING → COMPLETED with the skill in the skills list and the line under the
chosen role. The same dialog edits a fact from Your additions (:mod:`.additions_list`).
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import facts
from ..db import Status
from . import theme
from .report_html import skill_of_href
from .tasks import TaskRunner, readable_error

log = logging.getLogger("tailor_app.gui.fact_dialog")

SKILLS_ONLY = "Skills list only"
LINE_HINT = "One line in your own words (optional)"


class FactDialog(QDialog):
    """Where you used a skill and one line about it; see the module docstring.

    ``confirmed(skill, entry, line)`` is emitted on OK (entry and line may be None);
    the dialog stays open until its owner calls :meth:`accept` once the fact is stored,
    or :meth:`show_error` when it was refused.
    """

    confirmed = Signal(str, object, object)

    def __init__(self, skill: str, choices: list[str], parent: QWidget | None = None, *,
                 entry: str | None = None, line: str | None = None, editing: bool = False,
                 resume_name: str = "", caution: str = "", quote: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("factDialog")
        self.setModal(False)
        self.setWindowTitle("Edit your addition" if editing else f"I have {skill}")
        self._editing = editing
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro(skill, resume_name, quote))
        self.intro.setObjectName("factIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.skill_edit = QLineEdit(skill)
        self.skill_edit.setObjectName("factSkill")
        if editing:
            form.addRow("&Skill:", self.skill_edit)
        self.place = QComboBox()
        self.place.setObjectName("factPlace")
        for choice in choices:
            self.place.addItem(choice, choice)
        self.place.addItem(SKILLS_ONLY, None)
        if entry is None and editing:
            self.place.setCurrentIndex(self.place.count() - 1)
        elif entry is not None:
            found = self.place.findData(entry)
            if found < 0:  # a place the resume no longer has: shown, so nothing is lost
                self.place.insertItem(0, f"{entry} (no longer in the resume)", entry)
                found = 0
            self.place.setCurrentIndex(found)
        form.addRow("&Where you used it:", self.place)
        self.line_edit = QLineEdit(line or "")
        self.line_edit.setObjectName("factLine")
        self.line_edit.setPlaceholderText(LINE_HINT)
        self.line_edit.setMaxLength(facts.MAX_LINE)
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setCursorPosition(0)  # an edited line reads from its start
        form.addRow("&Your line:", self.line_edit)
        layout.addLayout(form)

        self.note = QLabel()
        self.note.setObjectName("factNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {theme.muted_text().name()};")
        layout.addWidget(self.note)
        self.caution = QLabel(caution)
        self.caution.setObjectName("factCaution")
        self.caution.setWordWrap(True)
        self.caution.setVisible(bool(caution))
        layout.addWidget(self.caution)
        self.error = QLabel()
        self.error.setObjectName("factError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.missing_colour().name()};")
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            "Save" if editing else "Add and tailor again",
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("factConfirm")
        for button in self.buttons.buttons():  # Enter confirms, wherever the focus is
            if isinstance(button, QPushButton):  # (a button box makes only these)
                button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.place.currentIndexChanged.connect(self._place_changed)
        self._place_changed()
        (self.skill_edit if editing else self.place).setFocus()
        self.resize(640, self.sizeHint().height())

    def _intro(self, skill: str, resume_name: str, quote: str = "") -> str:
        whose = f" of \u201c{resume_name}\u201d" if resume_name else ""
        if self._editing:
            return (f"What you told us about this skill{whose}. Jobs tailored from now on "
                    "use what you save here.")
        if quote:  # a skill the report says this line of the resume may show
            return (f"Your resume's line \u201c<i>{escape(quote)}</i>\u201d may show "
                    f"<b>{escape(skill)}</b>. If it does, the skill is added to the skills "
                    f"list{whose} in this wording, and the place of that line is chosen "
                    "below; a line in your own words (optional) becomes a bullet there. "
                    "Nothing else is added.")
        return (f"Where did you use <b>{skill}</b>? It is added to the skills list{whose} "
                "in this wording, and your line (if you write one) becomes a bullet under "
                "the place you choose. Nothing else is added.")

    def _place_changed(self) -> None:
        """A line is a bullet: it needs a role, project or school to stand under."""
        has_place = self.entry() is not None
        self.line_edit.setEnabled(has_place)
        self.note.setText("Your line becomes a bullet there." if has_place else
                          "Only the skills list shows it; choose a role to add a line too.")

    def entry(self) -> str | None:
        data = self.place.currentData()
        return str(data) if data else None

    def line(self) -> str | None:
        text = self.line_edit.text().strip()
        return text if text and self.entry() is not None else None

    def skill(self) -> str:
        return self.skill_edit.text().strip()

    def _confirm(self) -> None:
        self.error.hide()
        self.ok_button.setEnabled(False)  # until the owner says stored or refused
        self.confirmed.emit(self.skill(), self.entry(), self.line())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.ok_button.setEnabled(True)


class HaveThis(QObject):
    """The match report's "I have this": opens the dialog, stores the fact, tailors the
    job again (see the module docstring). One dialog at a time: another link closes
    the open one as if cancelled."""

    message = Signal(str)  # a status-bar line
    factsChanged = Signal(str)  # resume id: Your additions re-reads its list

    def __init__(self, owner: QWidget, tasks: TaskRunner, result: Any, actions: Any,
                 resumes: Any) -> None:
        super().__init__(owner)
        self._owner, self._tasks, self._result = owner, tasks, result
        self._actions, self._resumes = actions, resumes
        self.dialog: FactDialog | None = None
        result.match_report.anchorClicked.connect(self._on_anchor)
        # Your additions, under the resume list, follows what is stored here and may
        # ask for the shown job to be tailored again after an edit.
        additions = resumes.additions
        additions.shown_job = result.job
        self.factsChanged.connect(additions.refresh)
        actions.edits.factAdded.connect(additions.refresh)  # the export check's "Add as a fact"
        additions.retailorRequested.connect(self.retailor)

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        skill = skill_of_href(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        shown = self._result.job()
        if skill and shown:
            self.open_for(shown, skill)

    def open_for(self, job: dict[str, Any], skill: str) -> None:
        """Read where the skill can go (on the task pool), then open the dialog."""
        resume_id = job.get("resume_id")
        if not resume_id or resume_id not in self._resumes.resume_ids():
            self.message.emit("The resume of this job was removed, so there is nothing to "
                              "add this skill to.")
            return
        if self.dialog is not None:
            self.dialog.reject()
        job_id = str(job["id"])
        edited = int(job.get("current_revision") or 1) > 1
        caution = ("You edited this job's text: tailoring it again shows the new result; "
                   "your edit stays saved among its revisions.") if edited else ""
        # A skill the report says a line may show opens at that line's place, quoting it.
        maybe = ((job.get("result") or {}).get("match_after") or {}).get("maybe_shown") or {}
        quote = str(maybe.get(skill) or "")

        self._tasks.run(lambda: facts.entry_choices_and_place(resume_id, quote),
                        lambda found: self._show(job_id, resume_id, skill, found[0],
                                                 caution, found[1], quote))

    def _show(self, job_id: str, resume_id: str, skill: str, choices: list[str],
              caution: str, entry: str | None = None, quote: str = "") -> None:
        dialog = FactDialog(skill, choices, self._owner, caution=caution,
                            resume_name=self._resumes.resume_name(resume_id),
                            entry=entry if entry in choices else None, quote=quote)
        dialog.confirmed.connect(
            lambda s, entry, line: self._store(dialog, job_id, resume_id, s, entry, line))
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget(self, dialog: FactDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _store(self, dialog: FactDialog, job_id: str, resume_id: str, skill: str,
               entry: str | None, line: str | None) -> None:
        def done(fact: dict[str, Any]) -> None:
            if dialog is self.dialog:
                dialog.accept()
            log.info("fact stored from the match report; job %s tailored again", job_id)
            self.factsChanged.emit(resume_id)
            self.message.emit(f"Added {fact['skill']} to \u201c{fact['resume_name']}\u201d; "
                              "tailoring this job again.")
            self.retailor(job_id)

        def failed(exc: Exception) -> None:
            if dialog is self.dialog:
                dialog.show_error(readable_error(exc))
            else:
                self.message.emit(readable_error(exc))

        self._tasks.run(lambda: facts.add_fact(resume_id, skill, entry, line), done, failed)

    def retailor(self, job_id: str) -> None:
        """Tailor a finished job again (the path Retry takes); a job already waiting or
        running takes the facts when it runs, or when it is tailored again."""
        row = self._actions.model.job(job_id)
        if row is None:
            return
        if row.status in (Status.COMPLETED, Status.FAILED):
            self._actions.retry([job_id], again=True)
        else:
            self.message.emit("This job is still being tailored; tailor it again when it "
                              "has finished to use what you added.")
