"""The database: pragmas, schema versions and migrations, crash recovery, clear errors."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tailor_app import db
from tailor_app.errors import DatabaseError, SchemaTooNewError


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "tailor.db"
    yield path
    db.close_db()


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_new_database_has_current_schema_and_pragmas(db_path: Path) -> None:
    db.init_db(db_path)
    assert _user_version(db_path) == db.SCHEMA_VERSION == 4
    with db.connection_context():
        pragma = lambda name: db.database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 1  # NORMAL
        assert pragma("busy_timeout") == 10_000


def test_migrations_build_exactly_the_models_columns(db_path: Path) -> None:
    db.init_db(db_path)
    for model in db.MODELS:
        expected = {f.column_name for f in model._meta.sorted_fields}
        assert _columns(db_path, model._meta.table_name) == expected, model.__name__


def test_v1_file_migrates_to_v2_with_backup_and_backfilled_scores(db_path: Path) -> None:
    db.init_db(db_path, migrations=db.MIGRATIONS[:1])
    db.close_db()
    assert _user_version(db_path) == 1
    assert "score_before" not in _columns(db_path, "job")
    result = {"match_before": {"score": 41}, "match_after": {"score": 67}}
    with sqlite3.connect(db_path) as conn:
        conn.execute("""INSERT INTO "user" VALUES ('u1', 'Ann', '2024-01-01')""")
        conn.execute(
            "INSERT INTO job (id, user_id, job_description, status, result_json, created_at,"
            " updated_at) VALUES ('j1', 'u1', 'Nurse wanted', 'COMPLETED', ?, 'a', 'a')",
            (json.dumps(result),))
    conn.close()

    db.init_db(db_path)

    assert _user_version(db_path) == db.SCHEMA_VERSION
    row = db.get_job_row("j1")
    assert row is not None
    assert (row["score_before"], row["score_after"]) == (41, 67)
    backup = db_path.with_name("tailor.db.v1.bak")
    assert backup.exists()
    assert _user_version(backup) == 1
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT id FROM job").fetchall() == [("j1",)]
    conn.close()


def test_current_database_is_not_backed_up_again(db_path: Path) -> None:
    db.init_db(db_path)
    db.init_db(db_path)
    assert list(db_path.parent.glob("*.bak")) == []


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        db.init_db(db_path)
    db.close_db()
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_gets_a_clear_error(db_path: Path) -> None:
    db_path.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(DatabaseError, match="not a Resume Tailor database"):
        db.init_db(db_path)


def test_a_folder_given_as_database_gets_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        db.init_db(tmp_path)


def test_locked_database_gives_a_busy_message_not_a_raw_error(db_path: Path) -> None:
    db.init_db(db_path, busy_timeout=0.2)
    user_id = db.get_or_create_local_user()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError, match="busy"):
            from tailor_app.job import create_job

            create_job(user_id, None, "A posting")
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_local_user_is_created_once(db_path: Path) -> None:
    db.init_db(db_path)
    first = db.get_or_create_local_user()
    assert db.get_or_create_local_user() == first
    with db.connection_context():
        assert db.User.select().count() == 1


def _job(user_id: str, status: str, attempts: int) -> str:
    stamp = db.now_iso()
    with db.connection_context():
        job = db.Job.create(user=user_id, job_description="posting", status=status,
                            attempts=attempts, created_at=stamp, updated_at=stamp)
    return str(job.id)


@pytest.mark.allow_log("tailor_app.db", "recovered interrupted jobs")
def test_recovery_requeues_interrupted_jobs_and_fails_repeat_offenders(db_path: Path) -> None:
    db.init_db(db_path)
    user_id = db.get_or_create_local_user()
    fresh = _job(user_id, db.Status.PROCESSING, 1)
    tried_often = _job(user_id, db.Status.PROCESSING, 3)
    done = _job(user_id, db.Status.COMPLETED, 1)

    assert db.recover_interrupted_jobs() == {"requeued": 1, "failed": 1}

    rows = {r["id"]: r for r in db.list_job_rows()}
    assert rows[fresh]["status"] == db.Status.PENDING
    assert rows[fresh]["error_message"] is None
    assert rows[tried_often]["status"] == db.Status.FAILED
    assert rows[tried_often]["error_message"] == db.INTERRUPTED_MESSAGE
    assert rows[done]["status"] == db.Status.COMPLETED
    assert db.recover_interrupted_jobs() == {"requeued": 0, "failed": 0}


def test_job_rows_are_light_and_newest_first(db_path: Path) -> None:
    db.init_db(db_path)
    user_id = db.get_or_create_local_user()
    ids = [_job(user_id, db.Status.PENDING, 0) for _ in range(3)]
    rows = db.list_job_rows()
    assert [r["id"] for r in rows] == ids[::-1]
    assert set(rows[0]) == set(db.LIGHT_JOB_COLUMNS)
    assert "job_description" not in rows[0]
    assert [r["id"] for r in db.list_job_rows(limit=2)] == ids[:0:-1]
    assert db.get_job_row(ids[0])["status"] == db.Status.PENDING  # type: ignore[index]
    assert db.get_job_row("nope") is None


def test_connection_context_closes_only_what_it_opened(db_path: Path) -> None:
    db.init_db(db_path)
    with db.connection_context():
        with db.connection_context():
            assert not db.database.is_closed()
        assert not db.database.is_closed()
    assert db.database.is_closed()
