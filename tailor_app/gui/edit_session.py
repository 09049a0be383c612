"""Editing the tailored text: the live score, the "not in your resume" check, and
saving the edit as the job's current revision.

Typing never waits for either. :data:`CHECK_DELAY_MS` after the last keystroke the
text is scored (``rescore.score_text``; the posting's analysis is cached per job)
and checked for additions (``additions.unsupported``) in the checking child process
(:mod:`tailor_app.edit_check`: a thread would hold the GIL the window needs), a
task-pool thread waiting for its answer; the answer
is applied only if it is still about the newest text of the job shown (a
generation number: an older check that finishes late never overwrites a newer
one), and only one check runs at a time, the newest text waiting behind it.

:data:`SAVE_DELAY_MS` after the last keystroke (and every :data:`SAVE_MAX_WAIT_S`
while typing never pauses) the text is saved, as the posting editor saves its
draft, but into the database: the job's current revision
(``revisions.save_revision``), so a crash loses at most that half second and the
job list, Copy and Export all read the same text. One revision per *editing
session*: the first save after the job is shown (or after the engine's text came
back) starts a new revision, later saves update it. Text equal to the engine's is
no revision at all: it makes revision 1 current again (``revert_to_tailored``), so
Revert to tailored and undoing every edit mean the same thing. Saves run one at a
time, in order. A pending save is written at once when another job is shown and
when the window closes.

Tailoring a job again (a fact, Length, Put back, Tailor again) replaces the text the
pane shows with the new result, so the job's pending edit is saved first
(:meth:`EditSession.after_saving`): the requeue waits for the save, and a save that
fails stops it, the typing still in the editor. The edit stays a revision the user
can make current again (:mod:`.versions`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from .. import facts, revisions, tailoring
from ..db import Status
from ..edit_check import CheckAnswer, EditChecker, job_context, supported_of
from ..tailoring import Addition
from .job_model import JobTableModel
from .result_pane import ResultPane
from .tasks import TaskRunner

log = logging.getLogger("tailor_app.gui.edit_session")

CHECK_DELAY_MS = 50  # typing pause before the score and the check follow
SAVE_DELAY_MS = 500  # typing pause before the edit is saved (the posting draft's)
SAVE_MAX_WAIT_S = 2.0  # typing that never pauses is still saved this often

__all__ = ["CHECK_DELAY_MS", "SAVE_DELAY_MS", "Check", "EditSession", "with_edit"]


def with_edit(job: dict[str, Any] | None) -> dict[str, Any] | None:
    """A whole job plus what editing needs (worker thread): ``revision``, the current
    revision (its text is what the pane shows), and ``facts``, its resume's facts."""
    if job is None or job.get("status") != Status.COMPLETED:
        return job
    job["revision"] = revisions.current(str(job["id"]))
    job["revisions"] = revisions.list_revisions(str(job["id"]))
    job["facts"] = facts.facts_of(str(job["resume_id"])) if job.get("resume_id") else []
    return job


@dataclass(frozen=True)
class Check:
    """The answer for one text: its match report (a dict, as stored) and additions."""

    job_id: str
    generation: int
    text: str
    report: dict[str, Any]
    additions: list[Addition]


class EditSession(QObject):
    """Follows the user's edits of the shown job; see the module docstring."""

    checked = Signal(object)  # the Check applied to the pane
    saved = Signal(object)  # the revision dict the database now holds as current
    message = Signal(str)
    factAdded = Signal(str)  # resume id (Your additions re-reads its list)

    def __init__(self, pane: ResultPane, tasks: TaskRunner, model: JobTableModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pane, self._tasks, self._model = pane, tasks, model
        self._checker = EditChecker()
        self._closed = False
        self._warm = False
        self._job: dict[str, Any] | None = None
        self._generation = 0
        self._checking = False  # a check is on the task pool
        self._check_again = False  # the text changed while it was
        self._score: tuple[str, int] | None = None  # (text, score) of the last check
        self._new_session = True
        self._unsaved: tuple[str, str] | None = None  # (job id, text) not yet saved
        self._unsaved_since = 0.0  # when the oldest unsaved keystroke was typed
        self._saving = False
        self._save_again = False
        self._after_save: list[Callable[[], None]] = []  # requeues waiting for a save
        self._check_timer = self._timer(CHECK_DELAY_MS, self._start_check)
        self._save_timer = self._timer(SAVE_DELAY_MS, self.save_now)
        pane.jobShown.connect(self._job_shown)
        pane.edited.connect(self._edited)
        pane.factRequested.connect(self.add_fact)
        from .versions import Versions  # it drives this session: imported here, no cycle

        self.versions = Versions(pane, self, tasks, model, self)
        self.versions.message.connect(self.message)

    def _timer(self, delay: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    # ---------------------------------------------------------------- following

    def _job_shown(self, job: object) -> None:
        shown = job if isinstance(job, dict) else None
        same = shown is not None and self._job is not None and shown["id"] == self._job["id"]
        if not same:
            self.save_now()  # the edit of the job left behind
            self._new_session = True
            self._check_timer.stop()
            self._generation += 1  # checks of the old job are stale
            self._score = None
        self._job = shown if shown and shown.get("status") == Status.COMPLETED else None
        if self._job is not None and not self._warm:  # the first finished job shown
            self._warm = True
            self._tasks.run(self._checker.warm_up, lambda _none: None, self._warm_up_failed)
        if self._job is not None and (self._job.get("revision") or {}).get("number", 1) > 1:
            self._check_timer.start()  # an edited revision: its report and underlines
        elif self._job is not None and not same:
            self._pane.show_check(None)

    def _edited(self) -> None:
        if self._job is None:
            return
        self._generation += 1
        now = time.monotonic()
        if self._unsaved is None:
            self._unsaved_since = now
        self._unsaved = (str(self._job["id"]), self._pane.current_text())
        self._check_timer.start()
        if now - self._unsaved_since >= SAVE_MAX_WAIT_S:
            self.save_now()  # typing without a pause: saved every couple of seconds
        else:
            self._save_timer.start()

    def _start_check(self) -> None:
        job = self._job
        if job is None or self._closed:
            return
        if self._checking:
            self._check_again = True
            return
        self._checking, self._check_again = True, False
        text, generation, job_id = self._pane.current_text(), self._generation, str(job["id"])
        snapshot = {**job, "facts": list(job.get("facts") or [])}  # no change mid-flight

        def work() -> Check:
            answer: CheckAnswer = self._checker.check(snapshot, text)
            return Check(job_id, generation, text, answer.report, answer.additions)

        self._tasks.run(work, self._check_done, self._check_failed)

    def _check_done(self, check: Check) -> None:
        self._checking = False
        current = self._job is not None and str(self._job["id"]) == check.job_id
        if current and check.generation == self._generation:  # the newest text's answer
            self._score = (check.text, int(check.report["score"]))
            self._pane.show_check(check)
            self._model.update_job(check.job_id, score_after=self._score[1],
                                   **self._row_revision(check.text != self._pane.tailored_text()))
            self.checked.emit(check)
        if self._check_again or (current and check.generation != self._generation):
            self._check_again = False
            self._check_timer.start(0)

    def _warm_up_failed(self, exc: Exception) -> None:
        # Closing the window ends the checker under its warm-up: nothing went wrong.
        (log.info if self._closed else log.warning)("edit checker did not start: %s",
                                                     type(exc).__name__)

    def _row_revision(self, edited: bool) -> dict[str, Any]:
        """What the job's row says its score is of, for a check of the shown job: the
        engine's result (revision 1), or the user's version (its number once saved; at
        least 2 while the first keys of an edit wait for their save)."""
        job = self._job or {}
        tailored = ((job.get("result") or {}).get("match_after") or {}).get("score")
        number = int((job.get("revision") or {}).get("number") or 1)
        return {"current_revision": max(number, 2) if edited else 1,
                "tailored_score": tailored}

    def _check_failed(self, exc: Exception) -> None:
        from .tasks import readable_error

        self._checking = False
        if self._closed:  # the window closed and ended the checker under this check
            log.info("check of an edit stopped by the window's close")
            return
        log.warning("checking an edit failed: %s", type(exc).__name__)
        self.message.emit(readable_error(exc))
        if self._check_again:
            self._check_again = False
            self._check_timer.start()

    def additions_of(self, text: str) -> list[Addition]:
        """What ``text`` (the shown job's) adds: the last check's answer when it was
        about this very text, else worked out here (Export asks, a click away)."""
        check = self._pane.check()
        if check is not None and check.text == text:
            return list(check.additions)
        job = self._job
        if job is None:
            return []
        return tailoring.unsupported(text, supported_of(job_context(job)))

    def close(self) -> None:
        """The window is closing, its task pool drained: write what is still unsaved
        here and now (keys typed while the previous save was on its way), then end
        the checking child."""
        self._closed = True
        self._check_timer.stop()
        if self._unsaved is not None:
            self._saving = False  # the pool is drained: no save is on its way any more
            try:
                self.save_now(wait=True)
            except Exception as exc:  # at close there is no one left to tell but the log
                log.error("the last edit was not saved at close: %s", type(exc).__name__)
        self._checker.close()

    # ------------------------------------------------------------------- saving

    def save_now(self, *, wait: bool = False) -> None:
        """Write the pending edit (if any) now, on the task pool, after earlier saves
        (``wait``: on this thread, for the window's close)."""
        self._save_timer.stop()
        if self._unsaved is None:
            return
        if self._saving:
            self._save_again = True
            return
        job_id, text = self._unsaved
        self._unsaved = None
        job = self._job if self._job and str(self._job["id"]) == job_id else None
        tailored = self._pane.tailored_text() if job else None
        score = self._score[1] if self._score and self._score[0] == text else None
        new_session, self._new_session = self._new_session, False
        if tailored is not None and text == tailored:
            self._new_session = True  # back to the engine's text: the next edit is new

        def work() -> dict[str, Any]:
            if tailored is not None and text == tailored:
                return revisions.revert_to_tailored(job_id)
            return revisions.save_revision(job_id, text, score=score,
                                           continue_edit=not new_session)

        if wait:
            self._saved(job_id, work())
            return
        self._saving = True
        self._tasks.run(work, lambda saved: self._saved(job_id, saved), self._save_failed)

    def _saved(self, job_id: str, revision: dict[str, Any]) -> None:
        self._saving = False
        if revision.get("score") is not None:
            self._model.update_job(job_id, score_after=int(revision["score"]),
                                   current_revision=int(revision.get("number") or 1))
        if self._job and str(self._job["id"]) == job_id:
            self._job["revision"] = revision
            listed = self._job.setdefault("revisions", [])
            if int(revision.get("number") or 1) > 1:
                listed[:] = [r for r in listed if r["number"] != revision["number"]]
                listed.append(revision)
        self.saved.emit(revision)
        if self._save_again:
            self._save_again = False
            self.save_now()
        elif not self.pending():
            self._run_after_save()

    def _save_failed(self, exc: Exception) -> None:
        from .tasks import readable_error

        self._saving = False
        waiting, self._after_save = self._after_save, []
        if waiting:
            self.message.emit(f"Your edit was not saved, so the job was not tailored again "
                              f"(your text is still here): {readable_error(exc)}")
        else:
            self.message.emit(f"Your edit was not saved: {readable_error(exc)}")
        if self._save_again:
            self._save_again = False
            self.save_now()

    def after_saving(self, job_ids: list[str], proceed: Callable[[], None]) -> None:
        """Run ``proceed`` (tailoring these jobs again) once the shown job's typing is
        saved as its revision: at once when none of them has an edit waiting, else after
        the save (never, if it fails: the typing is still in the editor)."""
        waiting = (self._unsaved is not None and self._unsaved[0] in job_ids) or (
            self._saving and self._job is not None and str(self._job["id"]) in job_ids)
        if not waiting:
            proceed()
            return
        self._after_save.append(proceed)
        self.save_now()

    def _run_after_save(self) -> None:
        waiting, self._after_save = self._after_save, []
        for proceed in waiting:
            proceed()

    def new_session(self) -> None:
        """The pane now shows another revision of the job (chosen under Version): the
        next keystroke starts a new revision rather than continuing one."""
        self._unsaved = None
        self._save_timer.stop()
        self._new_session = True
        self._generation += 1
        self._score = None

    def pending(self) -> bool:
        """True while an edit waits to be saved or is being saved."""
        return self._unsaved is not None or self._saving

    # -------------------------------------------------------------------- facts

    def add_fact(self, skill: str, entry: object, line: object) -> None:
        """One addition becomes a fact of the job's resume (on the task pool); from then
        on it is no longer underlined."""
        job = self._job
        if job is None or not job.get("resume_id"):
            self.message.emit("This job's resume was removed, so it can't hold a fact.")
            return
        resume_id = str(job["resume_id"])
        where = str(entry) if entry else None
        said = str(line) if line else None

        def done(_fact: dict[str, Any]) -> None:
            job.setdefault("facts", []).append({"skill": skill, "entry": where, "line": said})
            self.message.emit(f"\u201c{skill}\u201d is now one of your resume's facts.")
            self.factAdded.emit(resume_id)
            self._check_timer.start(0)

        def failed(exc: Exception) -> None:
            from .tasks import readable_error

            self.message.emit(readable_error(exc))

        self._tasks.run(lambda: facts.add_fact(resume_id, skill, where, said), done, failed)
