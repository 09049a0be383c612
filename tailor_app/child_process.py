"""What the app's child processes share: how they are started and how they are limited.

Two kinds of work leave the app's process: reading an untrusted resume file
(:mod:`tailor_app.sandbox`, a child per file) and tailoring (:mod:`tailor_app.engine_pool`,
a few long-lived children). Both use one start method so that one fork server serves
them: ``forkserver`` on Linux and macOS when running from source (a small server that
has already imported the readers and the engine forks each child in tens of
milliseconds), ``spawn`` elsewhere and in a PyInstaller bundle. Neither forks the app's
own process, so Qt's threads and open SQLite connections are never copied into a child.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import sys
from collections.abc import Iterator
from typing import Any


def preload() -> list[str]:
    """What the fork server imports once, so that every child starts with it loaded:
    the children's own modules, every engine stage and the file readers (the app's
    modules reach those lazily, so importing the first two alone no longer loads them),
    and last :mod:`tailor_app.child_warm`, which loads the vocabulary and freezes it all,
    so the children share those pages rather than each building a copy."""
    from .tailoring import stage_modules

    return ["tailor_app.sandbox", "tailor_app.engine_pool", "tailor_app.job_child",
            *stage_modules(readers=True),
            WARM_MODULE]


WARM_MODULE = "tailor_app.child_warm"  # imported last by the fork server


_context: Any = None


def context() -> Any:
    """The multiprocessing context every child of the app is started from."""
    global _context
    if _context is None:
        methods = multiprocessing.get_all_start_methods()
        if "forkserver" in methods and not getattr(sys, "frozen", False):
            _context = multiprocessing.get_context("forkserver")
            _context.set_forkserver_preload(preload())
        else:
            _context = multiprocessing.get_context("spawn")
    return _context


def warm_up() -> None:
    """Start the fork server now (about 0.3 s), so the first child doesn't wait for it.

    Optional; meant for a background thread at app start. A no-op with ``spawn``.
    """
    if context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def quiet_logging() -> None:
    """Keep a child's library warnings (pypdf's "EOF marker not found") off the
    terminal: the parent reports the outcome in one line and logs what matters. With
    no handler, Python's last-resort handler would print them to stderr."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def limit_memory(limit: int | None) -> None:
    """Cap this process's address space; a no-op where the platform can't.

    Called first thing in a child, so a balloon ends in a ``MemoryError`` there
    instead of swapping the machine.
    """
    if not limit:
        return
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):  # macOS may refuse; the time limit still holds
        pass


CHILD_NICENESS = 15  # tailoring children; the window's job threads run at 5 (gui.runner)


def lower_priority(niceness: int = CHILD_NICENESS) -> None:
    """Yield the CPU to the window: on a 2-core laptop, four busy children at normal
    priority took the GUI thread's time slices, and a repaint waited behind them.
    Below the window's job threads too (15 against their 5): a job thread holds the
    window's GIL while it does a job's database work, and one preempted by a child
    kept the GUI thread waiting for the GIL (see gui.runner)."""
    # Windows has no nice(); a refusal changes nothing.
    with contextlib.suppress(AttributeError, OSError):
        os.nice(niceness)


def start_engine_child(memory_limit: int | None, *, yield_cpu: bool) -> None:
    """The start of every long-lived child that runs the engine (tailoring, the edit
    check): quiet, capped, the engine and its vocabulary loaded once before the first
    request needs them, then left out of the collector's full sweeps
    (:mod:`tailor_app.memory`), so a request's collections walk that request's objects
    only. ``yield_cpu`` lowers the
    priority (tailoring runs long; the edit check answers a typist and must not wait)."""
    quiet_logging()
    limit_memory(memory_limit)
    if yield_cpu:
        lower_priority()
    try:
        from .tailoring import load_engine

        load_engine()
    except Exception:  # the first request meets any real problem and says so
        pass
    from .memory import freeze_startup_objects

    freeze_startup_objects()


def requests(conn: Any) -> Iterator[Any]:
    """A long-lived child's requests, one at a time, until the parent closes the pipe
    or sends ``None`` (the polite stop)."""
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        yield request


def caused_by_exhaustion(exc: BaseException) -> bool:
    """True when ``exc`` was raised while handling a MemoryError or RecursionError
    (readers turn any library failure into "corrupt", these included)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, MemoryError | RecursionError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
