"""Your additions: what you told the app you have, per resume, to read, edit and remove.

A **Your additions (N)…** button sits under the resume list, beside Rename and
Remove: the facts belong to the selected resume, and the count says at a glance that
something was added. It opens a small non-modal window listing that resume's facts
(skill, where, your line). **Edit…** (or a double click) opens the same dialog as
"I have this"; **Remove** forgets one. Both apply to jobs tailored from then on; the
window then offers to tailor the job the result pane shows again, when it is a job
of this resume. Reading and writing run on the task pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import facts
from ..db import Status
from . import theme
from .fact_dialog import SKILLS_ONLY, FactDialog
from .tasks import TaskRunner, readable_error

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_SKILL, COL_WHERE, COL_LINE = range(3)
EMPTY_TEXT = ("Nothing added yet. In a job's Match report, press <i>I have this</i> beside "
              "a skill you have that the resume does not show.")


class AdditionsDialog(QDialog):
    """The list of one resume's facts with Edit, Remove and Tailor again."""

    editRequested = Signal(object)  # the fact dict
    removeRequested = Signal(object)  # the fact dict
    retailorRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("additionsDialog")
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QTreeWidget()
        self.list.setObjectName("additionsList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(["Skill", "Where", "Your line"])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(COL_SKILL,
                                                QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.Interactive)
        self.list.header().setStretchLastSection(True)
        self.list.setColumnWidth(COL_WHERE, 220)
        self.list.itemDoubleClicked.connect(lambda *_: self._edit())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setObjectName("additionsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {theme.muted_text().name()};")
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        self.edit_button = QPushButton("Edit\u2026")
        self.edit_button.setObjectName("additionEdit")
        self.edit_button.clicked.connect(self._edit)
        self.remove_button = QPushButton(theme.icon("delete"), "Remove")
        self.remove_button.setObjectName("additionRemove")
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.offer = QLabel()
        self.offer.setObjectName("additionsOffer")
        self.offer.setWordWrap(True)
        self.retailor_button = QPushButton(theme.icon("retry"), "Tailor again")
        self.retailor_button.setObjectName("additionsRetailor")
        self.retailor_button.clicked.connect(self.retailorRequested)
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.offer, 1)
        bottom.addWidget(self.retailor_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._facts: dict[str, dict[str, Any]] = {}
        self.resize(640, 320)

    def show_facts(self, resume_name: str, listed: list[dict[str, Any]]) -> None:
        self.setWindowTitle(f"Your additions \u2014 {resume_name}")
        self.intro.setText(f"What you told us you have, for \u201c{resume_name}\u201d. Every "
                           "job tailored from it shows these; nothing else is added.")
        keep = self.current_id()
        self.list.clear()
        self._facts = {str(f["id"]): f for f in listed}
        for fact in listed:
            item = QTreeWidgetItem([fact["skill"], fact.get("entry") or SKILLS_ONLY,
                                    fact.get("line") or ""])
            item.setData(COL_SKILL, ID_ROLE, str(fact["id"]))
            item.setToolTip(COL_WHERE, fact.get("entry") or SKILLS_ONLY)
            item.setToolTip(COL_LINE, fact.get("line") or "")
            self.list.addTopLevelItem(item)
            if fact["id"] == keep or (keep is None and self.list.currentItem() is None):
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(listed))
        self.empty.setVisible(not listed)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(COL_SKILL, ID_ROLE)) if item is not None else None

    def set_offer(self, text: str, job_title: str | None) -> None:
        """The line under the list, and Tailor again for the shown job (None: no job
        of this resume is shown, so there is nothing to tailor again from here)."""
        self.offer.setText(text)
        self.retailor_button.setVisible(job_title is not None)
        if job_title is not None:
            self.retailor_button.setText(f"Tailor \u201c{job_title}\u201d again")

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _edit(self) -> None:
        fact = self._facts.get(self.current_id() or "")
        if fact is not None:
            self.editRequested.emit(fact)

    def _remove(self) -> None:
        fact = self._facts.get(self.current_id() or "")
        if fact is not None:
            self.removeRequested.emit(fact)


class Additions(QObject):
    """The button under the resume list and its window; see the module docstring.

    ``shown_job`` gives the job the result pane shows (set by the window), so a change
    can be followed by tailoring it again (``retailorRequested``).
    """

    message = Signal(str)
    changed = Signal(str)  # resume id
    retailorRequested = Signal(str)  # job id

    def __init__(self, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._tasks, self._parent = tasks, parent
        self._resume_id: str | None = None
        self._resume_name = ""
        self._listed: list[dict[str, Any]] = []
        self._changed_once = False
        self.shown_job: Callable[[], dict[str, Any] | None] = lambda: None
        self.button = QPushButton("Your additions\u2026")
        self.button.setObjectName("additionsButton")
        self.button.setToolTip("What you told us you have for this resume (from the match "
                               "report's I have this): read, edit or remove it")
        self.button.clicked.connect(self.open)
        self.dialog: AdditionsDialog | None = None
        self.editor: FactDialog | None = None
        self.set_resume(None, "")

    def set_resume(self, resume_id: str | None, name: str) -> None:
        """The resume selected in the list: its facts are read on the task pool."""
        if resume_id != self._resume_id:
            self._changed_once = False
        self._resume_id, self._resume_name = resume_id, name
        self.button.setEnabled(resume_id is not None)
        self.refresh(resume_id)

    def refresh(self, resume_id: str | None = None) -> None:
        """Read the selected resume's facts again (after a change anywhere)."""
        wanted = self._resume_id
        if wanted is None:
            self._apply([])
            return
        if resume_id is not None and resume_id != wanted:
            return
        self._tasks.run(lambda: facts.list_facts(wanted),
                        lambda listed: self._apply(listed) if wanted == self._resume_id
                        else None, lambda exc: self.message.emit(readable_error(exc)))

    def _apply(self, listed: list[dict[str, Any]]) -> None:
        self._listed = listed
        self.button.setText(f"Your additions ({len(listed)})\u2026" if listed
                            else "Your additions\u2026")
        if self.dialog is not None:
            self.dialog.show_facts(self._resume_name, listed)
            self._offer()

    def facts(self) -> list[dict[str, Any]]:
        """The selected resume's facts as last read."""
        return list(self._listed)

    def open(self) -> None:
        if self._resume_id is None:
            return
        if self.dialog is None:
            dialog = AdditionsDialog(self._parent.window())
            dialog.editRequested.connect(self._edit)
            dialog.removeRequested.connect(self._remove)
            dialog.retailorRequested.connect(self._retailor)
            dialog.finished.connect(lambda _code: self._forget(dialog))
            self.dialog = dialog
        self.dialog.show_facts(self._resume_name, self._listed)
        self._offer()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.refresh()

    def _forget(self, dialog: AdditionsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _shown_of_this_resume(self) -> dict[str, Any] | None:
        shown = self.shown_job()
        if shown and shown.get("resume_id") == self._resume_id and shown.get("status") in (
                Status.COMPLETED, Status.FAILED):
            return shown
        return None

    def _offer(self) -> None:
        """After a change, offer to tailor the shown job of this resume again."""
        if self.dialog is None:
            return
        if not self._changed_once:
            self.dialog.set_offer("Changes apply to jobs tailored from now on.", None)
            return
        shown = self._shown_of_this_resume()
        if shown is None:
            self.dialog.set_offer("Jobs tailored from now on use your change; select a job "
                                  "of this resume to tailor it again.", None)
        else:
            self.dialog.set_offer("Jobs tailored from now on use your change.",
                                  shown.get("title") or "this job")

    def _changed(self) -> None:
        self._changed_once = True
        if self._resume_id is not None:
            self.changed.emit(self._resume_id)
        self.refresh()

    def _edit(self, fact: dict[str, Any]) -> None:
        resume_id = str(fact["resume_id"])

        def show(choices: list[str]) -> None:
            if self.editor is not None:
                self.editor.reject()
            editor = FactDialog(fact["skill"], choices, self.dialog or self._parent.window(),
                                entry=fact.get("entry"), line=fact.get("line"), editing=True,
                                resume_name=self._resume_name)
            editor.confirmed.connect(lambda skill, entry, line:
                                     self._save(editor, fact, skill, entry, line))
            editor.finished.connect(lambda _code: self._forget_editor(editor))
            self.editor = editor
            editor.show()

        self._tasks.run(lambda: facts.entry_choices(resume_id), show)

    def _forget_editor(self, editor: FactDialog) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def _save(self, editor: FactDialog, fact: dict[str, Any], skill: str,
              entry: str | None, line: str | None) -> None:
        def done(saved: dict[str, Any]) -> None:
            if editor is self.editor:
                editor.accept()
            self.message.emit(f"Saved {saved['skill']}; jobs tailored from now on use it.")
            self._changed()

        def failed(exc: Exception) -> None:
            if editor is self.editor:
                editor.show_error(readable_error(exc))

        self._tasks.run(lambda: facts.update_fact(str(fact["id"]), skill=skill, entry=entry,
                                                  line=line), done, failed)

    def _remove(self, fact: dict[str, Any]) -> None:
        def done(_removed: bool) -> None:
            self.message.emit(f"Removed {fact['skill']}; jobs tailored from now on leave it "
                              "out.")
            self._changed()

        self._tasks.run(lambda: facts.remove_fact(str(fact["id"])), done,
                        lambda exc: self.message.emit(readable_error(exc)))

    def _retailor(self) -> None:
        shown = self._shown_of_this_resume()
        if shown is not None:
            self.retailorRequested.emit(str(shown["id"]))
            self._changed_once = False
            self._offer()
