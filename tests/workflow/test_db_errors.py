"""Database failures by cause: each known condition of the machine reads as what to
do about it; a bug reads as a bug, with its stack (not its text) in the log."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from tailor_app import db
from tailor_app.errors import SOMETHING_WENT_WRONG, DatabaseError, UnexpectedError
from tailor_app.job import create_job


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "data" / "tailor.db"
    yield path
    db.close_db()


def _user(path: Path) -> str:
    db.init_db(path)
    return db.get_or_create_local_user()


@pytest.mark.allow_log("tailor_app.db", "database bug (SQLITE_ERROR)")
def test_a_query_against_a_missing_column_is_a_bug_not_a_full_disk(
        db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db.init_db(db_path, migrations=db.MIGRATIONS[:1])  # v1: no score columns yet
    with caplog.at_level(logging.ERROR, logger="tailor_app.db"), \
            pytest.raises(UnexpectedError) as info:
        db.list_job_rows()
    assert str(info.value) == SOMETHING_WENT_WRONG
    assert not isinstance(info.value, DatabaseError)
    logged = caplog.text
    assert "SQLITE_ERROR" in logged and "OperationalError" in logged
    assert "queries.py" in logged  # the stack locates the bug
    assert "score_before" not in logged and "no such column" not in logged  # not its text


def test_a_read_only_connection_reads_as_read_only(db_path: Path) -> None:
    user = _user(db_path)
    with db.connection_context():
        db.database.execute_sql("PRAGMA query_only = 1")
        with pytest.raises(DatabaseError, match="read-only") as info:
            create_job(user, None, "A posting")
    assert str(db_path) in str(info.value)


def test_a_full_database_reads_as_a_full_disk(db_path: Path) -> None:
    user = _user(db_path)
    with db.connection_context():
        pages = db.database.execute_sql("PRAGMA page_count").fetchone()[0]
        db.database.execute_sql(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DatabaseError, match="is full; free some space"):
            for n in range(50):
                create_job(user, None, "A posting " + "x" * 8000 + str(n))


def test_a_damaged_file_reads_as_damaged(db_path: Path) -> None:
    user = _user(db_path)
    for n in range(40):
        create_job(user, None, f"Posting {n} " + "words " * 300)
    db.close_db()  # the last close checkpoints the WAL into the file
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page:len(data)] = b"\xff" * (len(data) - page)  # every page after the header's
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged"):
        db.init_db(db_path)
        db.list_job_rows()


def test_a_vanished_folder_reads_as_cannot_open(db_path: Path) -> None:
    _user(db_path)
    db.close_db()
    shutil.rmtree(db_path.parent)
    with pytest.raises(DatabaseError, match="Can't open the database"):
        db.list_job_rows()


@pytest.mark.parametrize(("code", "name", "expected"), [
    (5, "SQLITE_BUSY", "is busy"),
    (6, "SQLITE_LOCKED", "is busy"),
    (778, "SQLITE_IOERR_WRITE", "disk reported an error"),
    (7, "SQLITE_NOMEM", "ran out of memory"),
    (1032, "SQLITE_READONLY_DBMOVED", "read-only"),
])
def test_conditions_are_read_from_sqlites_code(db_path: Path, code: int, name: str,
                                                expected: str) -> None:
    """Conditions hard to cause on purpose (a failing drive, no memory), raised as
    SQLite raises them: through Peewee, with the extended code on the original."""
    db.init_db(db_path)
    cause = sqlite3.OperationalError("disk is full")  # the words must not decide
    cause.sqlite_errorcode, cause.sqlite_errorname = code, name
    with pytest.raises(DatabaseError, match=expected), db.friendly_errors():
        raise peewee.OperationalError(cause, *cause.args)


@pytest.mark.allow_log("tailor_app.db", "database bug (no SQLite code)")
def test_words_without_a_code_are_a_bug(db_path: Path) -> None:
    db.init_db(db_path)
    with pytest.raises(UnexpectedError), db.friendly_errors():
        raise peewee.OperationalError("database or disk is full")


def test_constraint_failures_pass_through_for_their_callers(db_path: Path) -> None:
    user = _user(db_path)
    with pytest.raises(peewee.IntegrityError), db.connection_context(), \
            db.friendly_errors():
        db.User.create(id=user, name="again")
