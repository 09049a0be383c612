"""Database failures by cause: conditions a user can act on, and bugs.

SQLite says what went wrong in its result code (Python 3.11 keeps it on the
exception as ``sqlite_errorcode``); the message text is for programmers and varies
between versions, so it is never read here. Known conditions of the machine (busy,
read-only, disk full, can't open, damaged, disk error, out of memory) become a
:class:`DatabaseError` whose sentence says what to do. Anything else (a missing
column, a syntax error, a closed connection) is a bug in the app: it is logged with
its stack, never its text (which may quote a resume), and the user reads
:data:`~tailor_app.errors.SOMETHING_WENT_WRONG`, never a disk or lock problem.
Constraint failures pass through unchanged: callers handle those races themselves.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from ..errors import DatabaseError, UnexpectedError
from ..logging_setup import log_exception_privately
from .models import database

log = logging.getLogger("tailor_app.db")

AppErrorFromDatabase = DatabaseError | UnexpectedError

# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code
# keeps its primary code in the low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26


def _sqlite_origin(exc: BaseException) -> sqlite3.Error | None:
    """The exception that carries SQLite's result code, if any.

    Peewee re-raises each ``sqlite3`` error as its own class, keeping the original as
    ``orig`` (and as the implicit context), so the chain is walked to find it.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error) and isinstance(
                getattr(current, "sqlite_errorcode", None), int):
            return current
        current = (getattr(current, "orig", None) or current.__cause__
                   or current.__context__)
    return None


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind ``exc``, or None when SQLite gave none."""
    origin = _sqlite_origin(exc)
    return None if origin is None else origin.sqlite_errorcode & 0xFF


def _read_only(where: str) -> bool:
    """An existing database file whose file or folder can't be written (WAL needs both)."""
    path = Path(where)
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def condition_message(code: int | None, where: str) -> str | None:
    """The sentence for a known condition of the machine, or None for a bug."""
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return (f"The database {where} is busy: another program is holding it; "
                "close it and try again.")
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return (f"The database {where} is read-only; check its permissions or pick "
                "another file with --db.")
    if code == SQLITE_FULL:
        return f"The disk holding {where} is full; free some space and try again."
    if code == SQLITE_CANTOPEN and _read_only(where):
        return (f"The database {where} is on a read-only disk or folder; move it, or "
                "pick another file with --db.")
    if code == SQLITE_CANTOPEN:
        return (f"Can't open the database {where}; check that its folder exists and "
                "that you may write there.")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return (f"{where} is not a Resume Tailor database, or it is damaged; pick another "
                "file with --db.")
    if code == SQLITE_IOERR:
        return f"The disk reported an error while using {where}; check the drive."
    if code == SQLITE_NOMEM:
        return ("The computer ran out of memory while using the database; close other "
                "programs and try again.")
    return None


def classify(exc: BaseException) -> AppErrorFromDatabase:
    """The error to raise instead of ``exc``: a :class:`DatabaseError` for a known
    condition, else an :class:`UnexpectedError` after logging ``exc``'s stack."""
    code = sqlite_code(exc)
    message = condition_message(code, database.database or "the database")
    if message is not None:
        return DatabaseError(message)
    origin = _sqlite_origin(exc)
    name = origin.sqlite_errorname if origin is not None else "no SQLite code"
    log_exception_privately(log, "database bug (%s)", exc, name)
    return UnexpectedError()


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Raise database failures by cause (see the module doc); constraint failures and
    errors already classified pass through unchanged."""
    try:
        yield
    except (peewee.IntegrityError, sqlite3.IntegrityError, DatabaseError, UnexpectedError):
        raise
    except (peewee.DatabaseError, peewee.InterfaceError, sqlite3.Error) as exc:
        if sqlite_code(exc) == SQLITE_CONSTRAINT:
            raise
        raise classify(exc) from exc
