"""The local database: one SQLite file, its tables, its schema versions, crash recovery.

One module per concern; the names below are the package's public surface, so
``from tailor_app import db`` then ``db.init_db(...)`` or ``db.Job`` keeps working.

- :mod:`.models`: the deferred ``database`` and its tables (``User``, ``Resume``,
  ``Job``, ``Fact``, ``Revision``), ``Status``, timestamps and ids.
- :mod:`.connection`: binding the file (:func:`init_db`), the integrity check, each
  thread's connection, ``BEGIN IMMEDIATE`` writes.
- :mod:`.migrations`: the frozen schema steps and the backup before them.
- :mod:`.error_map`: SQLite failures by result code, conditions apart from bugs.
- :mod:`.recovery`: jobs a crash left PROCESSING.
- :mod:`.queries`: the local profile and the job list's light rows.

Start-up (which also cleans interrupted imports) is :mod:`tailor_app.startup`.
"""

from __future__ import annotations

from .connection import (
    BUSY_TIMEOUT_SECONDS,
    attach_db,
    check_integrity,
    close_db,
    connection_context,
    db_operation,
    hold_connection,
    init_db,
    write_transaction,
)
from .error_map import friendly_errors, sqlite_code
from .migrations import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from .models import (
    MODELS,
    BaseModel,
    Fact,
    Job,
    Resume,
    Revision,
    Status,
    User,
    database,
    new_id,
    now_iso,
)
from .queries import LIGHT_JOB_COLUMNS, get_job_row, get_or_create_local_user, list_job_rows
from .recovery import (
    INTERRUPTED_MESSAGE,
    LEASE_SECONDS,
    MAX_AUTO_ATTEMPTS,
    recover_interrupted_jobs,
)

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "INTERRUPTED_MESSAGE",
    "LEASE_SECONDS",
    "LIGHT_JOB_COLUMNS",
    "MAX_AUTO_ATTEMPTS",
    "MIGRATIONS",
    "MODELS",
    "SCHEMA_VERSION",
    "BaseModel",
    "Fact",
    "Job",
    "Resume",
    "Revision",
    "Status",
    "User",
    "attach_db",
    "check_integrity",
    "close_db",
    "connection_context",
    "database",
    "db_operation",
    "friendly_errors",
    "get_job_row",
    "get_or_create_local_user",
    "hold_connection",
    "init_db",
    "list_job_rows",
    "migrate",
    "new_id",
    "now_iso",
    "recover_interrupted_jobs",
    "schema_version",
    "sqlite_code",
    "write_transaction",
]
