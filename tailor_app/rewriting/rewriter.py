"""Running the rewrite requests and judging each proposal.

Requests go out a few at a time (the user's machine runs the model; two in
parallel is the default) on plain threads, so the command line and the window's
QRunnable use one code path. A fatal server error (none answering, a refused key,
an unknown model) stops the run: the bullets not yet asked keep their text and
say why. A bad single answer only affects its bullet.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from tailor_app.rewriting.client import LlmConfig, LlmError, chat
from tailor_app.rewriting.prompt import BulletTask, build_messages, clean_reply
from tailor_app.tailoring.compose.rewrite_guard import MAX_GROWTH, check_rewrite
from tailor_app.tailoring.model import MatchReport, ParsedResume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary

__all__ = ["Proposal", "RewriteRun", "apply_rewrites", "bullet_tasks", "judge",
           "rewrite_bullets"]

DEFAULT_PARALLEL = 2


@dataclass
class Proposal:
    """One bullet's rewrite: ``passed`` when the guard let it through, else ``reason``."""

    location: tuple[int, int, int]
    original: str
    proposed: str
    passed: bool
    reason: str = ""

    def to_dict(self, *, accepted: bool | None = None) -> dict[str, object]:
        return {"original": self.original, "proposed": self.proposed,
                "accepted": self.passed if accepted is None else accepted,
                "reason": self.reason}


@dataclass
class RewriteRun:
    """What a run produced; ``error`` is the fatal error that stopped it, if one did."""

    proposals: list[Proposal] = field(default_factory=list)
    error: LlmError | None = None
    cancelled: bool = False


def bullet_tasks(tailored: ParsedResume, match: MatchReport) -> list[BulletTask]:
    """Every bullet of the tailored resume's entries, with the posting's word for
    each matched skill the bullet shows in its own words."""
    tasks: list[BulletTask] = []
    for s, section in enumerate(tailored.sections):
        if section.kind == "skills":
            continue  # a list of names: nothing to reword
        for e, entry in enumerate(section.entries):
            role = " · ".join(line.strip() for line in entry.header if line.strip())
            for b, bullet in enumerate(entry.bullets):
                if len(bullet.split()) < 4:
                    continue  # too short to say better
                folded = bullet.casefold()
                skills = tuple(dict.fromkeys(
                    (m.resume_term, m.name) for m in match.matched
                    if m.resume_term and m.resume_term.casefold() in folded))
                tasks.append(BulletTask((s, e, b), bullet, role, skills))
    return tasks


def judge(task: BulletTask, reply: str, vocabulary: Vocabulary) -> Proposal:
    """The guard's verdict on one reply (our own cost per bullet: this and the prompt)."""
    proposed = clean_reply(reply)
    if proposed == task.text.strip():
        return Proposal(task.location, task.text, proposed, False,
                        "the model left the bullet as it was")
    verdict = check_rewrite(task.text, proposed, context=task.role, vocabulary=vocabulary,
                            max_growth=MAX_GROWTH)
    return Proposal(task.location, task.text, proposed, verdict.ok, verdict.reason)


def _one(task: BulletTask, config: LlmConfig, vocabulary: Vocabulary) -> Proposal:
    reply = chat(config, build_messages(task, growth=MAX_GROWTH))
    return judge(task, reply, vocabulary)


def rewrite_bullets(tasks: Iterable[BulletTask], config: LlmConfig, *,
                    parallel: int = DEFAULT_PARALLEL,
                    cancelled: Callable[[], bool] = lambda: False,
                    on_proposal: Callable[[Proposal], None] | None = None,
                    vocabulary: Vocabulary | None = None) -> RewriteRun:
    """Ask for each bullet, at most ``parallel`` at a time; never raises for the
    server's sake (a fatal error is in ``RewriteRun.error``)."""
    vocabulary = vocabulary or load_vocabulary()
    pending = list(tasks)
    run = RewriteRun()
    stop = threading.Event()
    pool = ThreadPoolExecutor(max_workers=max(1, parallel), thread_name_prefix="rewrite")
    running: dict[Future[Proposal], BulletTask] = {}
    try:
        while pending or running:
            while pending and len(running) < max(1, parallel) and not stop.is_set():
                if cancelled():
                    run.cancelled = True
                    stop.set()
                    break
                task = pending.pop(0)
                running[pool.submit(_one, task, config, vocabulary)] = task
            if not running:
                break
            done, _ = wait(running, timeout=0.1, return_when=FIRST_COMPLETED)
            if cancelled() and not run.cancelled:
                run.cancelled = True
                stop.set()
            if run.cancelled:
                break  # answers still on their way are not waited for, nor shown
            for future in done:
                task = running.pop(future)
                try:
                    proposal = future.result()
                except LlmError as exc:
                    if exc.fatal and run.error is None:
                        run.error = exc
                        stop.set()
                    proposal = Proposal(task.location, task.text, "", False, str(exc))
                run.proposals.append(proposal)
                if on_proposal is not None:
                    on_proposal(proposal)
            if stop.is_set():
                pending.clear()
    finally:
        # A cancelled run returns at once: a request in flight ends on its own, at
        # the latest at the timeout, and its answer is dropped.
        pool.shutdown(wait=not run.cancelled, cancel_futures=True)
    run.proposals.sort(key=lambda p: p.location)
    return run


def apply_rewrites(tailored: ParsedResume,
                   accepted: Iterable[Proposal]) -> ParsedResume:
    """A copy of the tailored structure with the accepted bullets replaced."""
    copy = ParsedResume.from_dict(tailored.to_dict())
    for proposal in accepted:
        s, e, b = proposal.location
        bullets = copy.sections[s].entries[e].bullets
        if bullets[b] == proposal.original:  # still the bullet it was proposed for
            bullets[b] = proposal.proposed
    return copy
