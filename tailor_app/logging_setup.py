"""Logging to a rotating file in the data folder.

Every module logs through a named logger under ``tailor_app`` (``tailor_app.db``,
``tailor_app.job_processor``...), so one handler here catches them all. The file is
capped (1 MB × 5 files) so a long-running app never fills the disk with logs.

Privacy rule for every logger in the app: resume and posting text are never logged.
Log ids, lengths, stages, timings and exception types; messages of our own errors
are safe, arbitrary exception messages may quote the resume and are not.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from . import paths

LOG_FILE_NAME = "tailor-app.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to ``<data>/logs/tailor-app.log``; returns its path.

    Safe to call again (for example after ``--data-dir`` changed the folder): the old
    file handler is replaced, never doubled. Returns None when the log folder can't
    be written, because a missing log must not stop the app.
    """
    logger = logging.getLogger("tailor_app")
    logger.setLevel(level)
    for handler in list(logger.handlers):
        if getattr(handler, "_tailor_app_file", False):
            logger.removeHandler(handler)
            handler.close()
    try:
        path = paths.log_dir() / LOG_FILE_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._tailor_app_file = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    return path


def shutdown_logging() -> None:
    """Close the file handler (tests remove their data folders afterwards)."""
    logger = logging.getLogger("tailor_app")
    for handler in list(logger.handlers):
        if getattr(handler, "_tailor_app_file", False):
            logger.removeHandler(handler)
            handler.close()


def log_exception_privately(logger: logging.Logger, message: str, exc: BaseException,
                            *args: object) -> None:
    """Log ``message`` with the exception's type and stack frames but not its text.

    An arbitrary exception's message may quote the resume or the posting (a parser
    error showing the line it choked on), so only what locates the bug is kept.
    """
    frames = "".join(traceback.format_tb(exc.__traceback__))
    logger.error(message + ": %s\n%s", *args, type(exc).__name__, frames)
