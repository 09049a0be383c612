"""Checking an edited resume in a child process: its match report and its additions.

Why a process and not the task pool's thread: the check is ~40 ms of pure Python
(parse the edited text, match it, find what it adds), and the window checks after
each pause in typing. In a thread it held the GIL the GUI thread needs for every
call Qt makes into Python; on a loaded 2-core machine with four jobs tailoring,
the thread holding the GIL was itself waiting for a core, and the window stalled
160-500 ms while the user typed (``python -m benchmarks edit``). In a child, the
waiting thread only sleeps on a pipe.

One child, started on first use (or by :meth:`EditChecker.warm_up`) from the app's
fork server, at normal priority (the tailoring children are niced, so a check is
not queued behind four jobs), its vocabulary loaded once. It keeps what each job
needs between checks: the posting's analysis (``rescore``'s cache) and what the
resume and its facts state (:class:`~tailor_app.tailoring.compose.additions.Supported`),
keyed by the job, its facts and the engine's text. A child that dies or takes
longer than :data:`TIMEOUT` is replaced at the next check; that check fails with
:class:`EditCheckError`. Pure workflow: no Qt, no database.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from . import child_process, tailoring
from .errors import AppError
from .tailoring import Addition, ParsedResume, UserFact

__all__ = ["CheckAnswer", "EditCheckError", "EditChecker", "check_in_process",
           "job_context", "supported_of"]

log = logging.getLogger(__name__)

TIMEOUT = 10.0  # seconds for one check; a 2-page resume takes ~40 ms
MEMORY_LIMIT = 1024 * 1024 * 1024
KEPT_JOBS = 8  # jobs whose support a child keeps


class EditCheckError(AppError):
    """The check of an edit could not be made (its child died or took too long)."""


@dataclass(frozen=True)
class CheckAnswer:
    """The match report (as stored) and the additions of one edited text."""

    report: dict[str, Any]
    additions: list[Addition]


def job_context(job: dict[str, Any]) -> dict[str, Any]:
    """What a check needs of a job (a whole job dict with ``facts``), small and plain."""
    result = job.get("result") or {}
    return {"id": str(job["id"]), "posting": job.get("job_description") or "",
            "title": job.get("title"), "company": job.get("company_name"),
            "original": result.get("original") or {"contact": {}, "sections": []},
            "engine_text": str(result.get("text") or ""),
            "facts": [(str(f["skill"]), f.get("entry"), f.get("line"))
                      for f in job.get("facts") or []]}


def supported_of(context: dict[str, Any]) -> tailoring.Supported:
    """What the job's resume and its facts state."""
    facts = [UserFact(skill, entry, line) for skill, entry, line in context["facts"]]
    return tailoring.Supported.of(ParsedResume.from_dict(context["original"]), facts,
                        also=context["engine_text"])


class _Memory:
    """A child's (or the caller's) cache of each job's support, newest kept."""

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[Any, ...], tailoring.Supported] = OrderedDict()

    def support(self, context: dict[str, Any]) -> tailoring.Supported:
        key = (context["id"], tuple(map(tuple, context["facts"])),
               hash(context["engine_text"]))
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = supported_of(context)
            while len(self._kept) > KEPT_JOBS:
                self._kept.popitem(last=False)
        self._kept.move_to_end(key)
        return found


def check_in_process(context: dict[str, Any], text: str,
                     memory: _Memory | None = None) -> CheckAnswer:
    """The check itself (in the child; or here, for the benchmark and tests)."""
    from .tailoring import score_text

    support = (memory or _Memory()).support(context)
    report = score_text(text, context["posting"], context["title"], context["company"])
    return CheckAnswer(report.to_dict(), tailoring.unsupported(text, support))


def _serve(conn: Connection) -> None:
    child_process.start_engine_child(MEMORY_LIMIT, yield_cpu=False)
    memory = _Memory()
    for request in child_process.requests(conn):
        try:
            conn.send(("ok", check_in_process(request[0], request[1], memory)))
        except Exception as exc:  # a bug: its type goes back, never its message
            conn.send(("crash", type(exc).__name__))


class EditChecker:
    """The window's one checking child; thread-safe (one check at a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._child: tuple[Any, Connection] | None = None
        self._closed = False

    def warm_up(self) -> None:
        """Start the child now (a few hundred ms), so the first check is quick."""
        with self._lock:
            self._ensure()

    def check(self, job: dict[str, Any], text: str) -> CheckAnswer:
        """The report and additions of ``text`` for ``job`` (a whole job dict)."""
        with self._lock:
            _process, conn = self._ensure()
            try:
                conn.send((job_context(job), text))
                if not conn.poll(TIMEOUT):
                    raise EditCheckError("Checking your edit took too long; it will be "
                                         "checked again when you next type.")
                answer = conn.recv()
            except (EOFError, OSError, EditCheckError) as exc:
                log.warning("edit checker stopped (%s)", type(exc).__name__)
                self._stop(kill=True)
                if isinstance(exc, EditCheckError):
                    raise
                raise EditCheckError("Checking your edit stopped unexpectedly; it will be "
                                     "checked again when you next type.") from exc
        if answer[0] != "ok":
            log.error("edit check failed in the child: %s", answer[1])
            raise EditCheckError(f"Checking your edit failed ({answer[1]}); the details "
                                 "are in the log.")
        result: CheckAnswer = answer[1]
        return result

    def close(self) -> None:
        """End the child (at the window's close)."""
        with self._lock:
            self._closed = True
            self._stop(kill=False)

    def _ensure(self) -> tuple[Any, Connection]:
        if self._closed:
            raise EditCheckError("The window is closing.")
        if self._child is not None and not self._child[0].is_alive():
            self._stop(kill=True)
        if self._child is None:
            context = child_process.context()
            receiver, sender = context.Pipe(duplex=True)
            process = context.Process(target=_serve, args=(sender,),
                                      name="tailor-app-edit-check", daemon=True)
            process.start()
            sender.close()
            self._child = (process, receiver)
        return self._child

    def _stop(self, *, kill: bool) -> None:
        if self._child is None:
            return
        process, conn = self._child
        self._child = None
        try:
            if not kill:
                conn.send(None)
        except (OSError, ValueError):
            kill = True
        finally:
            conn.close()
        if kill and process.is_alive():
            process.kill()
        process.join(2)
        if process.is_alive():
            process.kill()
            process.join(2)
