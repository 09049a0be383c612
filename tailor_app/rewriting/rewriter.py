"""Running the rewrite requests and judging each proposal.

Requests go out a few at a time (the user's machine runs the model; two in
parallel is the default), each on a daemon thread, so the command line and the
window's QRunnable use one code path and a cancelled run never waits for a slow
server. A fatal server error (none answering, a refused key,
an unknown model) stops the run: the bullets not yet asked keep their text and
say why. A bad single answer only affects its bullet.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tailor_app.rewriting.client import LlmConfig, LlmError, chat
from tailor_app.rewriting.prompt import BulletTask, build_messages, clean_reply
from tailor_app.tailoring.compose.rewrite_guard import MAX_GROWTH, check_rewrite
from tailor_app.tailoring.model import MatchReport, ParsedResume

if TYPE_CHECKING:  # loaded by the first check: importing this module stays cheap
    from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["Proposal", "RewriteRun", "apply_rewrites", "bullet_tasks", "judge",
           "rewrite_bullets"]

DEFAULT_PARALLEL = 2
log = logging.getLogger(__name__)


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


def _ask(task: BulletTask, config: LlmConfig, vocabulary: Vocabulary,
         answers: queue.SimpleQueue[tuple[BulletTask, Proposal | LlmError]]) -> None:
    """One request, on its own daemon thread: a cancelled run (or the app quitting)
    never waits for a slow server; the answer then goes nowhere."""
    try:
        answers.put((task, _one(task, config, vocabulary)))
    except LlmError as exc:
        answers.put((task, exc))
    except Exception as exc:  # a bug: said as this bullet's failure, logged with its stack
        log.exception("rewriting one bullet failed")
        answers.put((task, LlmError("bug", f"Something went wrong ({type(exc).__name__}); "
                                    "the details are in the log.")))


def rewrite_bullets(tasks: Iterable[BulletTask], config: LlmConfig, *,
                    parallel: int = DEFAULT_PARALLEL,
                    cancelled: Callable[[], bool] = lambda: False,
                    on_proposal: Callable[[Proposal], None] | None = None,
                    vocabulary: Vocabulary | None = None) -> RewriteRun:
    """Ask for each bullet, at most ``parallel`` at a time; never raises for the
    server's sake (a fatal error is in ``RewriteRun.error``). A cancel returns at
    once: requests in flight end on their own (at the latest at the timeout) and
    their answers are dropped."""
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = vocabulary or load_vocabulary()
    pending = list(tasks)
    run = RewriteRun()
    answers: queue.SimpleQueue[tuple[BulletTask, Proposal | LlmError]] = queue.SimpleQueue()
    running = 0
    limit = max(1, parallel)
    while pending or running:
        if cancelled():
            run.cancelled = True
            break
        while pending and running < limit and run.error is None:
            task = pending.pop(0)
            threading.Thread(target=_ask, args=(task, config, vocabulary, answers),
                             name="rewrite", daemon=True).start()
            running += 1
        if not running:
            break
        try:
            task, answer = answers.get(timeout=0.1)
        except queue.Empty:
            continue
        running -= 1
        if cancelled():
            run.cancelled = True
            break
        if isinstance(answer, LlmError):
            if answer.fatal and run.error is None:
                run.error = answer
                pending.clear()  # the bullets not asked keep their text
            answer = Proposal(task.location, task.text, "", False, str(answer))
        run.proposals.append(answer)
        if on_proposal is not None:
            on_proposal(answer)
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
