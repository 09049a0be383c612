"""Where the app keeps its data and finds its shipped resources.

One override, ``TAILOR_APP_DATA_DIR``, relocates data, settings and logs, so tests
and a second profile never touch the user's real folder. Qt is not imported here:
the engine and the command line must work without a QApplication.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The engine finds its own shipped data; the app's icons and sample use the same lookup.
from .tailoring import resource_path as resource_path

APP_NAME = "Resume Tailor"
APP_SLUG = "resume-tailor"
DATA_DIR_ENV = "TAILOR_APP_DATA_DIR"
DB_ENV = "TAILOR_APP_DB"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it private to the user (0700).

    ``mkdir``'s mode is masked by the umask and ignored for a folder that already
    exists, so the mode is set explicitly; only group and other bits are removed.
    On Windows the folder inherits the user profile's access rules instead.
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    return path


def data_dir(create: bool = True) -> Path:
    """The user's data folder, created private to the user (0700) on first use."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        path = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_NAME
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / APP_SLUG
    if create:
        private_dir(path)
    return path


def default_db_path() -> Path:
    """The database file: ``$TAILOR_APP_DB`` or ``tailor.db`` in the data folder."""
    override = os.environ.get(DB_ENV)
    return Path(override) if override else data_dir() / "tailor.db"


def log_dir() -> Path:
    return private_dir(data_dir() / "logs")


def resumes_dir() -> Path:
    """Private copies of imported resume files."""
    return private_dir(data_dir() / "resumes")
