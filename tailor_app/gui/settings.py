"""The window's settings: one INI file in the data folder.

Keeping ``settings.ini`` beside the database (rather than in the registry or
~/.config) means the one ``TAILOR_APP_DATA_DIR`` override isolates tests and second
profiles completely, and a user who copies the data folder takes their layout with
them. Only presentation lives here (geometry, splitters, columns, last folders,
worker count, the editor draft); anything that must survive as data is in SQLite.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QSettings

from .. import paths

SETTINGS_FILE = "settings.ini"
MAX_WORKERS = 16

# Keys, named once so a typo can't silently create a second setting.
KEY_WORKERS = "runner/workers"
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER_PREFIX = "window/splitter_"
KEY_COLUMNS = "jobs/columns"
KEY_EXPORT_DIR = "export/last_dir"
KEY_EXPORT_FORMAT = "export/last_format"
KEY_IMPORT_DIR = "import/last_dir"
KEY_DRAFT_TITLE = "draft/title"
KEY_DRAFT_COMPANY = "draft/company"
KEY_DRAFT_TEXT = "draft/text"
KEY_DRAFT_ORIGIN_PREFIX = "draft/origin_"  # + "title"/"company": "guessed" or "typed"
KEY_SELECTED_RESUME = "draft/resume_id"
KEY_STATUS_FILTER = "jobs/status_filter"
# Rewriting with a language model (gui/llm_settings.py); the API key is never here.
KEY_LLM_ENABLED = "llm/enabled"
KEY_LLM_URL = "llm/url"
KEY_LLM_MODEL = "llm/model"
KEY_LLM_TIMEOUT = "llm/timeout"
KEY_LLM_PARALLEL = "llm/parallel"


def app_settings() -> QSettings:
    """A QSettings on ``<data folder>/settings.ini`` (INI format on every platform)."""
    path = paths.data_dir() / SETTINGS_FILE
    return QSettings(str(path), QSettings.Format.IniFormat)


def default_workers() -> int:
    """One worker per CPU but one, so the GUI thread keeps a core; at least 1."""
    return max(1, min(MAX_WORKERS, (os.cpu_count() or 2) - 1))


def worker_count(settings: QSettings | None = None) -> int:
    """The configured worker count, clamped to 1..MAX_WORKERS."""
    settings = settings or app_settings()
    raw: Any = settings.value(KEY_WORKERS, default_workers())
    try:
        value = int(raw)
    except (TypeError, ValueError):
        value = default_workers()
    return max(1, min(MAX_WORKERS, value))


def read_str(settings: QSettings, key: str, default: str = "") -> str:
    """A string setting; INI files give back lists or None for odd values."""
    value: Any = settings.value(key, default)
    if value is None:
        return default
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
