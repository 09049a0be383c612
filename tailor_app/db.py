"""The local database: one SQLite file, its models, its schema versions, crash recovery.

Why it looks like this:

- ``database`` is a deferred :class:`peewee.SqliteDatabase` bound by :func:`init_db`, so
  the CLI, the window and tests can each point it at their own file (``--db``).
- Peewee keeps one connection per thread; :func:`connection_context` opens the calling
  thread's connection for the duration of a block and closes it only if it opened it,
  so worker threads never leak connections and nested helpers share one.
- WAL lets the window read while workers write; ``timeout`` is SQLite's busy timeout,
  so writers queue instead of failing with "database is locked". Multi-statement
  writes use ``BEGIN IMMEDIATE`` (:func:`write_transaction`): a deferred transaction
  that reads first and writes later can fail at once with SQLITE_BUSY under WAL.
- The schema lives in ``PRAGMA user_version`` and only moves forward through
  :data:`MIGRATIONS`, each a frozen list of SQL statements (never generated from the
  current models, which would silently change what an old step does). The file is
  copied aside before any migration; a file from a newer app is refused untouched.
- Timestamps are UTC ISO-8601 strings of fixed width, which sort as text and go
  straight into the plain-dict jobs.
- Several processes may share the file. A trigger stamps a job with the claiming
  process's owner token (``tailor_owner()``, a function every connection of ours
  registers; see :mod:`tailor_app.instance`), and ``updated_at``, written at every
  stage, is its heartbeat: start-up recovery takes back only jobs whose owner is
  gone or whose heartbeat is older than :data:`LEASE_SECONDS`.
"""

from __future__ import annotations

import functools
import getpass
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import peewee
from peewee import CharField, ForeignKeyField, IntegerField, Model, SqliteDatabase, TextField

from . import instance, paths
from .errors import DatabaseError, SchemaTooNewError

log = logging.getLogger("tailor_app.db")

database = SqliteDatabase(None)
# Connections opened by anything but this module lack the function, so the claim
# trigger below would fail there: other programs must not claim jobs.
database.register_function(instance.owner_token, "tailor_owner", 0)

BUSY_TIMEOUT_SECONDS = 10.0
MAX_AUTO_ATTEMPTS = 3  # a job that crashed the app this often is not restarted by itself
INTERRUPTED_MESSAGE = "Interrupted by a crash or forced quit; press Retry."
LEASE_SECONDS = 120.0  # a running job writes its row at every stage, within seconds


class Status:
    """The four job states of DESIGN.md (plain strings in the database)."""

    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    ALL = (PENDING, PROCESSING, COMPLETED, FAILED)


def now_iso() -> str:
    """The current UTC time as a fixed-width ISO-8601 string."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    """A new primary key: a random UUID as text."""
    return str(uuid.uuid4())


# ------------------------------------------------------------------------------ models


class BaseModel(Model):
    class Meta:
        database = database


class User(BaseModel):
    """The local profile; one is created on first run (no accounts, no passwords)."""

    id = CharField(primary_key=True, default=new_id)
    name = TextField()
    created_at = TextField(default=now_iso)

    class Meta:
        table_name = "user"


class Resume(BaseModel):
    """An imported resume: a private copy of the file plus what was read from it.

    ``document_json`` keeps the reader's lines with their hints (DOCX styles, bold,
    sizes), so jobs tailor from the same understanding the import preview showed
    without re-reading the file.
    """

    id = CharField(primary_key=True, default=new_id)
    user = ForeignKeyField(User, column_name="user_id", backref="resumes", on_delete="CASCADE")
    display_name = TextField()
    original_filename = TextField()
    file_format = TextField()
    stored_path = TextField()
    sha256 = TextField()
    parsed_text = TextField(null=True)
    parsed_json = TextField(null=True)
    document_json = TextField(null=True)
    char_count = IntegerField(default=0)
    page_count = IntegerField(null=True)
    created_at = TextField(default=now_iso)
    updated_at = TextField(default=now_iso)

    class Meta:
        table_name = "resume"


class Job(BaseModel):
    """One tailoring request and its outcome. ``resume_name`` is copied from the resume
    so the job list needs no join and still names the resume after it is deleted."""

    id = CharField(primary_key=True, default=new_id)
    user = ForeignKeyField(User, column_name="user_id", backref="jobs", on_delete="CASCADE")
    resume = ForeignKeyField(Resume, column_name="resume_id", null=True, backref="jobs",
                             on_delete="SET NULL")
    resume_name = TextField(null=True)
    title = TextField(null=True)
    company_name = TextField(null=True)
    job_description = TextField()
    status = TextField(default=Status.PENDING)
    tailored_resume_text = TextField(null=True)
    result_json = TextField(null=True)
    error_message = TextField(null=True)
    attempts = IntegerField(default=0)
    progress = IntegerField(default=0)
    stage = TextField(null=True)
    score_before = IntegerField(null=True)
    score_after = IntegerField(null=True)
    created_at = TextField(default=now_iso)
    updated_at = TextField(default=now_iso)
    started_at = TextField(null=True)
    finished_at = TextField(null=True)
    owner = TextField(null=True)  # host:pid:token of the process that claimed it last

    class Meta:
        table_name = "job"


MODELS = (User, Resume, Job)

# -------------------------------------------------------------------------- migrations

_V1 = [
    """CREATE TABLE "user" (
        id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, created_at TEXT NOT NULL)""",
    """CREATE TABLE resume (
        id TEXT PRIMARY KEY NOT NULL,
        user_id TEXT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        display_name TEXT NOT NULL, original_filename TEXT NOT NULL,
        file_format TEXT NOT NULL, stored_path TEXT NOT NULL, sha256 TEXT NOT NULL,
        parsed_text TEXT, parsed_json TEXT, document_json TEXT,
        char_count INTEGER NOT NULL DEFAULT 0, page_count INTEGER,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE UNIQUE INDEX resume_user_sha256 ON resume (user_id, sha256)",
    """CREATE TABLE job (
        id TEXT PRIMARY KEY NOT NULL,
        user_id TEXT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        resume_id TEXT REFERENCES resume(id) ON DELETE SET NULL,
        resume_name TEXT, title TEXT, company_name TEXT, job_description TEXT NOT NULL,
        status TEXT NOT NULL, tailored_resume_text TEXT, result_json TEXT,
        error_message TEXT, attempts INTEGER NOT NULL DEFAULT 0,
        progress INTEGER NOT NULL DEFAULT 0, stage TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        started_at TEXT, finished_at TEXT)""",
    "CREATE INDEX job_status_created ON job (status, created_at)",
    "CREATE INDEX job_user_created ON job (user_id, created_at)",
    "CREATE INDEX job_resume ON job (resume_id)",
]

# v2: the before/after scores become columns, so the job list never parses result JSON.
_V2 = [
    "ALTER TABLE job ADD COLUMN score_before INTEGER",
    "ALTER TABLE job ADD COLUMN score_after INTEGER",
    """UPDATE job SET
        score_before = json_extract(result_json, '$.match_before.score'),
        score_after = json_extract(result_json, '$.match_after.score')
       WHERE result_json IS NOT NULL AND json_valid(result_json)""",
]

# v3: the claiming process is recorded, so a second instance's start-up recovery
# leaves alone the jobs a live first instance is running.
_V3 = [
    "ALTER TABLE job ADD COLUMN owner TEXT",
    """CREATE TRIGGER job_claim_records_owner AFTER UPDATE OF status ON job
       FOR EACH ROW WHEN NEW.status = 'PROCESSING' AND OLD.status <> 'PROCESSING'
       BEGIN UPDATE job SET owner = tailor_owner() WHERE id = NEW.id; END""",
]

# Index i holds the statements that take the schema from version i to i + 1.
MIGRATIONS: list[list[str]] = [_V1, _V2, _V3]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version() -> int:
    """The version recorded in the open database file."""
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def _backup(path: Path, version: int) -> Path:
    """Copy the database aside with SQLite's backup API (safe with WAL and readers)."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    if target.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        target = path.with_name(f"{path.name}.v{version}.{stamp}.bak")
    copy = sqlite3.connect(str(target))
    try:
        database.connection().backup(copy)
    finally:
        copy.close()
    log.info("backed up schema v%d database to %s", version, target.name)
    return target


def migrate(migrations: list[list[str]] | None = None) -> int:
    """Bring the open database to the newest schema; returns the version reached.

    ``migrations`` exists for tests that build an older file; the app uses
    :data:`MIGRATIONS`. Each step and its version bump commit together, so a crash
    mid-way leaves the previous version intact.
    """
    steps = MIGRATIONS if migrations is None else migrations
    target = len(steps)
    current = schema_version()
    if current > SCHEMA_VERSION or current > target:
        raise SchemaTooNewError(
            f"This database ({database.database}) was made by a newer version of Resume "
            f"Tailor (schema {current}; this version knows up to {target}). Update the app, "
            "or pick another file with --db."
        )
    if current == target:
        return current
    if current > 0:
        _backup(Path(database.database), current)
    for version in range(current, target):
        with database.atomic("IMMEDIATE"):
            if schema_version() != version:  # another process migrated meanwhile
                continue
            for statement in steps[version]:
                database.execute_sql(statement)
            database.execute_sql(f"PRAGMA user_version = {version + 1}")
        log.info("migrated database schema to v%d", version + 1)
    return target


# -------------------------------------------------------------------- errors, sessions

P = ParamSpec("P")
T = TypeVar("T")


def _read_only(where: str) -> bool:
    """An existing database file whose file or folder can't be written (WAL needs both)."""
    path = Path(where)
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _friendly(exc: BaseException) -> DatabaseError:
    where = database.database or "the database"
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        msg = (f"The database {where} is busy: another program is holding it; "
               "close it and try again.")
    elif "readonly" in text or "read-only" in text:
        msg = (f"The database {where} is read-only; check its permissions or pick "
               "another file with --db.")
    elif "full" in text:
        msg = f"The disk holding {where} is full; free some space and try again."
    elif ("unable to open" in text or isinstance(exc, OSError)) and _read_only(where):
        msg = (f"The database {where} is on a read-only disk or folder; move it, or "
               "pick another file with --db.")
    elif "unable to open" in text or isinstance(exc, OSError):
        msg = (f"Can't open the database {where}; check that its folder exists and "
               "that you may write there.")
    elif "not a database" in text or "malformed" in text:
        msg = (f"{where} is not a Resume Tailor database, or it is damaged; pick another "
               "file with --db.")
    elif "i/o" in text:
        msg = f"The disk reported an error while using {where}; check the drive."
    else:
        msg = f"The database {where} failed: {exc}"
    return DatabaseError(msg)


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Turn environment failures (locked, read-only, disk full, damaged) into
    :class:`DatabaseError` with a sentence a user can act on. Integrity errors
    are programming or race problems and pass through unchanged."""
    try:
        yield
    except (peewee.IntegrityError, sqlite3.IntegrityError, DatabaseError):
        raise
    except (peewee.DatabaseError, sqlite3.Error) as exc:
        raise _friendly(exc) from exc


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


# ------------------------------------------------------------------------------ start


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


def _abandoned(owner: str | None, updated_at: str, cutoff: str) -> bool:
    """Was a PROCESSING job left behind? Its owner is gone, unknown (claimed before
    owners were recorded), or silent for longer than the lease (another machine, or a
    recycled pid)."""
    if updated_at < cutoff:
        return True
    alive = instance.owner_alive(owner)
    return alive is False or (alive is None and not owner)


@db_operation
def recover_interrupted_jobs(max_attempts: int = MAX_AUTO_ATTEMPTS,
                             lease_seconds: float = LEASE_SECONDS) -> dict[str, int]:
    """Jobs a crash or kill left PROCESSING: back to PENDING if they have been tried
    fewer than ``max_attempts`` times, else FAILED with a message asking for Retry
    (a job that keeps killing the app must not restart itself forever).

    Jobs another live process is running (see :func:`_abandoned`) are left alone.
    Returns ``{"requeued": n, "failed": m}``. Each update repeats the owner it saw,
    so a job re-claimed meanwhile is not touched.
    """
    stamp = now_iso()
    cutoff = (datetime.now(UTC) - timedelta(seconds=lease_seconds)).isoformat(
        timespec="microseconds")
    requeued = failed = running = 0
    with write_transaction():
        rows = list(Job.select(Job.id, Job.owner, Job.updated_at, Job.attempts)
                    .where(Job.status == Status.PROCESSING).tuples())
        for job_id, owner, updated_at, attempts in rows:
            if not _abandoned(owner, updated_at or "", cutoff):
                running += 1
                continue
            same = (Job.id == job_id) & (Job.status == Status.PROCESSING) & (
                Job.owner.is_null() if owner is None else Job.owner == owner)
            if attempts < max_attempts:
                requeued += (Job.update(status=Status.PENDING, progress=0, updated_at=stamp,
                                        stage="queued after an interruption")
                             .where(same).execute())
            else:
                failed += (Job.update(status=Status.FAILED, error_message=INTERRUPTED_MESSAGE,
                                      stage=None, progress=0, updated_at=stamp,
                                      finished_at=stamp)
                           .where(same).execute())
    if requeued or failed or running:
        log.warning("recovered interrupted jobs: %d requeued, %d failed; %d running in "
                    "another process left alone", requeued, failed, running)
    return {"requeued": requeued, "failed": failed}


@db_operation
def get_or_create_local_user() -> str:
    """The id of the local profile, creating it on first run."""
    user = User.select(User.id).order_by(User.created_at).first()
    if user is not None:
        return str(user.id)
    with write_transaction():  # first run: check again under the write lock
        user = User.select().order_by(User.created_at).first()
        if user is None:
            try:
                name = getpass.getuser()
            except (OSError, KeyError):  # no login name (containers, services)
                name = "Me"
            user = User.create(name=name)
            log.info("created local user %s", user.id)
    return str(user.id)


# ----------------------------------------------------------------- light job queries

LIGHT_JOB_COLUMNS = ("id", "created_at", "title", "company_name", "resume_id", "resume_name",
                     "status", "progress", "stage", "score_before", "score_after",
                     "error_message", "attempts")


def _light_columns() -> list[Any]:
    # The resume's key is the field ``resume``; the list knows it as ``resume_id``.
    return [Job.resume.alias("resume_id") if c == "resume_id" else getattr(Job, c)
            for c in LIGHT_JOB_COLUMNS]


@db_operation
def list_job_rows(limit: int | None = None, user_id: str | None = None) -> list[dict[str, Any]]:
    """Newest first, only the columns the job list shows (no texts, no JSON)."""
    query = Job.select(*_light_columns())
    if user_id is not None:
        query = query.where(Job.user == user_id)
    query = query.order_by(Job.created_at.desc(), Job.id)
    if limit is not None:
        query = query.limit(limit)
    return list(query.dicts())


@db_operation
def get_job_row(job_id: str) -> dict[str, Any] | None:
    """One job's light columns, for updating a single row of the list."""
    return (Job.select(*_light_columns())
            .where(Job.id == job_id).dicts().first())
