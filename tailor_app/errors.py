"""Errors the workflow raises for the user to read.

Every class here carries a message meant for a person, not a programmer: the
command line prints ``str(error)`` as its one line on stderr and the window shows
it in a dialog, so the text must say what is wrong and what to do about it.
Resume-file problems use the engine's own :class:`ResumeReadError` instead.
"""

from __future__ import annotations

SOMETHING_WENT_WRONG = "Something went wrong; the details are in the log."


class AppError(Exception):
    """Base of the errors a user can act on (the CLI prints them without a traceback)."""


class DatabaseError(AppError):
    """The database file could not be used: locked, read-only, disk full, damaged..."""


class UnexpectedError(AppError):
    """A bug, not a condition of the machine: its stack is already in the log, and the
    user reads only :data:`SOMETHING_WENT_WRONG` (never the bug's own text, which may
    quote a resume, nor a guess such as "the disk is full")."""

    def __init__(self, message: str = SOMETHING_WENT_WRONG) -> None:
        super().__init__(message)


class StorageError(AppError):
    """A file could not be written in the data folder (disk full, no permission)."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer version of the app; we refuse to touch it."""


class JobNotFoundError(AppError, LookupError):
    """No job has the given id (a typo on the command line, or it was deleted)."""


class ResumeNotFoundError(AppError, LookupError):
    """No resume has the given id."""


class JobStateError(AppError):
    """The job is in a state that does not allow the operation (e.g. retrying a COMPLETED job)."""
