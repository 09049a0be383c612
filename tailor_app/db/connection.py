"""Opening the file, and each thread's connection to it.

Why it looks like this:

- Peewee keeps one connection per thread; :func:`connection_context` opens the calling
  thread's connection for the duration of a block and closes it only if it opened it,
  so worker threads never leak connections and nested helpers share one.
- WAL lets the window read while workers write; ``timeout`` is SQLite's busy timeout,
  so writers queue instead of failing with "database is locked". Multi-statement
  writes use ``BEGIN IMMEDIATE`` (:func:`write_transaction`): a deferred transaction
  that reads first and writes later can fail at once with SQLITE_BUSY under WAL.
- Every public database function is wrapped by :func:`db_operation`, so its failures
  reach callers by cause (:mod:`.error_map`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from peewee import SqliteDatabase

from .. import paths
from ..errors import DatabaseError
from .error_map import friendly_errors
from .migrations import SCHEMA_VERSION, migrate
from .models import database

log = logging.getLogger("tailor_app.db")

BUSY_TIMEOUT_SECONDS = 10.0

P = ParamSpec("P")
T = TypeVar("T")


@contextmanager
def connection_context() -> Iterator[None]:
    """This thread's connection for the block; closed afterwards only if opened here."""
    opened = database.is_closed()
    if opened:
        with friendly_errors():
            database.connect()
    try:
        yield
    finally:
        if opened and not database.is_closed():
            database.close()


def hold_connection() -> None:
    """Open this thread's connection and keep it until :func:`close_db`.

    For the window's GUI thread, whose Python thread lives as long as the app. While
    one connection stays open, closing the others (each job's, in the pool's threads)
    is not the last close, so it does not checkpoint the WAL, sync it and delete it:
    twice per job at 60 jobs a second, before. (A QThreadPool thread can't keep a
    connection itself: PySide gives each runnable a fresh Python thread state, and
    Peewee's per-thread connection goes with it.)
    """
    with friendly_errors():
        database.connect(reuse_if_open=True)


def attach_db(path: Path | str) -> None:
    """Bind :data:`database` to a file the app has already opened and migrated, and keep
    this thread's connection open: a tailoring child that runs whole jobs (claim, read,
    save) for the window. No migration, no check: the window did them at start, and a
    child must never change the schema under it. Binding again to the same file keeps
    the open connection."""
    target = str(path)
    if database.database != target:
        if not database.is_closed():
            database.close()
        database.init(target, timeout=BUSY_TIMEOUT_SECONDS,
                      pragmas={"foreign_keys": 1, "synchronous": "normal"})
    with friendly_errors():
        database.connect(reuse_if_open=True)


def db_operation(fn: Callable[P, T]) -> Callable[P, T]:
    """Decorator for public functions that touch the database from any thread."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        with connection_context(), friendly_errors():
            return fn(*args, **kwargs)

    return wrapper


def write_transaction() -> Any:
    """A ``BEGIN IMMEDIATE`` transaction: takes the write lock up front (see module doc)."""
    return database.atomic("IMMEDIATE")


def check_integrity() -> None:
    """``PRAGMA integrity_check`` on the open file; :class:`DatabaseError` if damaged.

    Run at start after a run that did not end normally, before any migration, so a
    damaged file is reported rather than built upon.
    """
    rows = [str(r[0]) for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        log.info("integrity check after an unclean exit: ok")
        return
    log.error("integrity check failed: %d problems", len(rows))
    raise DatabaseError(
        f"The database {database.database} is damaged (its integrity check found "
        f"{len(rows)} problem{'s' if len(rows) != 1 else ''}). Keep a copy of the file, "
        "then restore a backup (tailor.db.v*.bak next to it) or start a new one with --db.")


def init_db(path: Path | str | None = None, *,
            migrations: list[list[str]] | None = None,
            busy_timeout: float = BUSY_TIMEOUT_SECONDS,
            check: bool = False) -> SqliteDatabase:
    """Bind :data:`database` to ``path`` (default: :func:`paths.default_db_path`),
    turn WAL on and migrate. Raises :class:`DatabaseError` for an unusable file.

    ``check`` runs :func:`check_integrity` first. ``migrations`` and ``busy_timeout``
    exist for tests (an older schema, a short wait).
    """
    db_path = Path(path) if path is not None else paths.default_db_path()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"Can't create the folder for the database {db_path}: {exc.strerror}."
        ) from exc
    if db_path.is_dir():
        raise DatabaseError(f"{db_path} is a folder, not a database file; pick a file path.")
    database.init(
        str(db_path),
        timeout=busy_timeout,
        pragmas={"foreign_keys": 1, "synchronous": "normal"},
    )
    with connection_context(), friendly_errors():
        if check:
            check_integrity()
        migrate(migrations)  # first: a refused (newer) file must stay byte-for-byte as it was
        mode = database.execute_sql("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            database.execute_sql("PRAGMA journal_mode = wal")
    log.info("database ready (schema v%d)", SCHEMA_VERSION if migrations is None
             else len(migrations))
    return database


def close_db() -> None:
    """Close this thread's connection (others close at the end of their blocks)."""
    if not database.is_closed():
        database.close()
