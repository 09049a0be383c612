"""Version: the texts a job has had, to make one current again.

A job's text has revisions (:mod:`tailor_app.revisions`): tailoring's result, then the
user's edits and accepted rewrites. Tailoring the job again (a fact, Length, Put back)
shows the new result and keeps the edit as a revision; this list, in the tailored
text's header, is how the user goes back to it. It appears once the job has a
revision besides tailoring's, one item per revision ("2 · Your edit 09:14 (71)"),
the current one chosen. Choosing another saves any typing first
(:meth:`EditSession.after_saving`), makes the chosen revision current on the task pool
(``revisions.make_current``), and shows its text; the next keystroke starts a new
revision, so no revision is ever overwritten by switching.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from .. import revisions
from ..db import Status
from .edit_session import EditSession
from .job_model import JobTableModel
from .result_pane import ResultPane
from .tasks import TaskRunner, readable_error

KINDS = {revisions.EDITED: "Your edit", revisions.REWRITTEN: "Rewritten"}


def when(stamp: str | None) -> str:
    """'09:14' today, else '2026-12-01 09:14', in the user's time zone."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp[:16]
    same_day = moment.date() == datetime.now().astimezone().date()
    return moment.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")


def version_label(revision: dict[str, Any]) -> str:
    """How the list names one revision: its number, kind, when it was last saved and
    its score ("2 · Your edit 09:14 (71)"); short, since it shares a line with the
    score, and numbered, since two edits can share a minute and a score."""
    kind = KINDS.get(str(revision.get("kind")), "Version")
    stamp = when(revision.get("updated_at") or revision.get("created_at"))
    score = revision.get("score")
    return f"{revision.get('number')} \u00b7 " + (f"{kind} {stamp}" if stamp else kind) + (
        f" ({score})" if score is not None else "")


def spoken(revision: dict[str, Any]) -> str:
    """A revision in a sentence: "your edit of 09:14", "the tailored text"."""
    if int(revision.get("number") or 1) <= 1:
        return "the tailored text"
    kind = "the rewrite" if revision.get("kind") == revisions.REWRITTEN else "your edit"
    stamp = when(revision.get("updated_at") or revision.get("created_at"))
    return f"{kind} of {stamp}" if stamp else kind


class Versions(QObject):
    """Keeps the pane's Version list on the shown job; see the module docstring."""

    message = Signal(str)

    def __init__(self, pane: ResultPane, session: EditSession, tasks: TaskRunner,
                 model: JobTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pane, self._session, self._tasks, self._model = pane, session, tasks, model
        pane.jobShown.connect(self._fill)
        session.saved.connect(lambda _revision: self._fill(pane.job()))
        pane.version_box.activated.connect(self._chosen)

    @Slot(object)
    def _fill(self, job: object) -> None:
        shown = job if isinstance(job, dict) else None
        box = self._pane.version_box
        completed = shown is not None and shown.get("status") == Status.COMPLETED
        listed = list((shown or {}).get("revisions") or []) if completed else []
        box.blockSignals(True)  # filling is not choosing
        box.clear()
        if shown is not None and listed:
            tailored = ((shown.get("result") or {}).get("match_after") or {}).get("score")
            box.addItem("1 \u00b7 Tailored" + (f" ({tailored})" if tailored is not None
                                               else ""), 1)
            for revision in sorted(listed, key=lambda r: int(r["number"])):
                box.addItem(version_label(revision), int(revision["number"]))
            current = int((shown.get("revision") or {}).get("number") or 1)
            box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)
        self._pane.show_versions(bool(listed))

    @Slot(int)
    def _chosen(self, index: int) -> None:
        job = self._pane.job()
        number = self._pane.version_box.itemData(index)
        if job is None or number is None:
            return
        current = int((job.get("revision") or {}).get("number") or 1)
        if int(number) == current:
            return
        job_id, wanted = str(job["id"]), int(number)

        def done(revision: dict[str, Any]) -> None:
            self._model.update_job(job_id, score_after=revision.get("score"),
                                   current_revision=int(revision.get("number") or 1))
            shown = self._pane.job()
            if shown is None or str(shown.get("id")) != job_id:
                return
            self._session.new_session()
            self._pane.show_job({**shown, "revision": revision}, reload_text=True)
            self.message.emit(f"Showing {spoken(revision)}; typing starts a new version, "
                              "the others stay under Version.")

        def failed(exc: Exception) -> None:
            self.message.emit(readable_error(exc))
            self._fill(self._pane.job())

        self._session.after_saving([job_id], lambda: self._tasks.run(
            lambda: revisions.make_current(job_id, wanted), done, failed))
