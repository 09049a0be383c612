"""Errors the workflow raises for the user to read.

Every class here carries a message meant for a person, not a programmer: the
command line prints ``str(error)`` as its one line on stderr and the window shows
it in a dialog, so the text must say what is wrong and what to do about it.
Resume-file problems use the engine's own :class:`ResumeReadError` instead.
"""

from __future__ import annotations


class AppError(Exception):
    """Base of the errors a user can act on (the CLI prints them without a traceback)."""


class DatabaseError(AppError):
    """The database file could not be used: locked, read-only, disk full, damaged..."""


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
