"""Schema versions: the file's ``PRAGMA user_version`` only moves forward.

Each step in :data:`MIGRATIONS` is a frozen list of SQL statements, never generated
from the current models (which would silently change what an old step does). The
file is copied aside before any migration; a file from a newer app is refused
untouched.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ..errors import SchemaTooNewError
from .models import database

log = logging.getLogger("tailor_app.db")

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

# v4: closing the gap: the user's facts per resume, a job's later revisions (edits,
# accepted rewrites), its page length, the lines put back, and its cover letter.
_V4 = [
    """CREATE TABLE fact (
        id TEXT PRIMARY KEY NOT NULL,
        resume_id TEXT NOT NULL REFERENCES resume(id) ON DELETE CASCADE,
        skill TEXT NOT NULL, entry TEXT, line TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE INDEX fact_resume ON fact (resume_id, created_at)",
    """CREATE TABLE revision (
        id TEXT PRIMARY KEY NOT NULL,
        job_id TEXT NOT NULL REFERENCES job(id) ON DELETE CASCADE,
        number INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
        structure_json TEXT, score INTEGER,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE UNIQUE INDEX revision_job_number ON revision (job_id, number)",
    "ALTER TABLE job ADD COLUMN pages INTEGER",
    "ALTER TABLE job ADD COLUMN kept_lines TEXT",
    "ALTER TABLE job ADD COLUMN current_revision INTEGER",
    "ALTER TABLE job ADD COLUMN cover_letter TEXT",
]

# Index i holds the statements that take the schema from version i to i + 1.
MIGRATIONS: list[list[str]] = [_V1, _V2, _V3, _V4]
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
