"""Best fit: score every imported resume against the posting in the editor.

The engine's ``score_before`` takes milliseconds, so this runs as the user types: a
400 ms debounce, then one task on the task pool that analyses the posting once and
scores each resume's stored reading **joined to its facts** ("Your additions"), as
every tailoring joins them: a skill the user confirmed counts here as it counts in
the job's score after tailoring. Without facts the Fit is the job's own "before"
score. Parsed resumes are cached by id and ``updated_at`` (a renamed or re-imported
resume is read again); facts are read at every run (one small query), and a change
to them scores again (:meth:`BestFit.facts_changed`). Each run carries a generation
number and only the newest run's answer is shown, so a slow early run can never
overwrite a later one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from .. import facts, importer
from ..tailoring import ParsedResume, UserFact
from .tasks import TaskRunner

DEBOUNCE_MS = 400


@dataclass
class FitScore:
    resume_id: str
    name: str
    score: int
    missing_required: list[str] = field(default_factory=list)


@dataclass
class BestFitResult:
    """What one scoring run found; ``scores`` best first."""

    title: str | None
    company: str | None
    skills: list[str]
    scores: list[FitScore]

    @property
    def best(self) -> FitScore | None:
        return self.scores[0] if self.scores else None


class ParsedCache:
    """Parsed resumes by id, shared by worker threads (hence the lock).

    Parsed from the same stored reading a job tailors from (``get_resume_document``),
    not from the parse saved at import, so a Fit score and the job's own "before"
    score for the same pair are the same number."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, tuple[str, ParsedResume]] = {}

    def get(self, resume: dict[str, Any]) -> ParsedResume | None:
        stamp = str(resume.get("updated_at") or "")
        with self._lock:
            hit = self._items.get(resume["id"])
        if hit is not None and hit[0] == stamp:
            return hit[1]
        from ..tailoring import ResumeReadError, parse_resume

        try:
            document = importer.get_resume_document(resume["id"])
        except (ResumeReadError, OSError):
            return None  # the copy is gone or unreadable: a job would fail too
        if document is None:
            return None
        parsed = parse_resume(document)
        with self._lock:
            self._items[resume["id"]] = (stamp, parsed)
        return parsed


def score_all(user_id: str, text: str, title: str | None, company: str | None,
              cache: ParsedCache) -> BestFitResult:
    """Analyse the posting once and score every resume of the user, each with its
    facts (worker thread)."""
    from ..tailoring import analyse_posting, score_before, with_facts

    analysis = analyse_posting(text, title or None, company or None)
    told: dict[str, list[UserFact]] = {}
    for fact in facts.list_facts():
        told.setdefault(str(fact["resume_id"]), []).append(
            UserFact(fact["skill"], fact.get("entry"), fact.get("line")))
    scores: list[FitScore] = []
    for resume in importer.list_resumes(user_id):
        parsed = cache.get(resume)
        if parsed is None:
            continue
        own = told.get(str(resume["id"]), [])
        report = score_before(with_facts(parsed, own), analysis)
        scores.append(FitScore(resume["id"], resume["display_name"], int(report.score),
                               list(report.missing_required)))
    scores.sort(key=lambda s: (-s.score, s.name.casefold()))
    return BestFitResult(analysis.title, analysis.company,
                         [s.name for s in analysis.skills], scores)


class BestFit(QObject):
    """Debounced, stale-guarded scoring; emits :attr:`updated` with a BestFitResult."""

    updated = Signal(object)  # BestFitResult
    cleared = Signal()

    def __init__(self, user_id: str, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._user_id = user_id
        self._tasks = tasks
        self._cache = ParsedCache()
        self._generation = 0
        self._request: tuple[str, str, str] = ("", "", "")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self.last: BestFitResult | None = None

    def schedule(self, text: str, title: str = "", company: str = "") -> None:
        """Score after the user pauses typing."""
        self._request = (text, title, company)
        self._generation += 1  # anything in flight is now stale
        if not text.strip():
            self._timer.stop()
            self.last = None
            self.cleared.emit()
            return
        self._timer.start()

    def run_now(self) -> None:
        """Skip the debounce (after an import, or in tests)."""
        if self._request[0].strip():
            self._timer.stop()
            self._run()

    def facts_changed(self, _resume_id: object = None) -> None:
        """A fact was added, edited or removed: score the posting in the editor again
        (after the usual pause), so the Fit column counts it."""
        if self._request[0].strip():
            self._generation += 1
            self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def _run(self) -> None:
        self._generation += 1
        generation = self._generation
        text, title, company = self._request
        user, cache = self._user_id, self._cache

        def done(result: BestFitResult) -> None:
            if generation == self._generation:
                self.last = result
                self.updated.emit(result)

        # No failure callback: a failure is shown to the user by the task runner.
        self._tasks.run(lambda: score_all(user, text, title, company, cache), done)
