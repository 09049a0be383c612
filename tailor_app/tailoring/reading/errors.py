"""The one error type resume readers raise, with a code the program can act on
and a message the user can act on."""

from __future__ import annotations

ERROR_CODES = (
    "unsupported",  # not a format we read (or an old .doc)
    "empty",  # zero bytes
    "too_large",  # over the size limit
    "corrupt",  # the right kind of file, but damaged
    "encrypted",  # a PDF that needs a password
    "no_text",  # readable, but nothing to read (a scanned PDF, an empty document)
    "mismatch",  # the bytes are not what the extension says
    "unreadable",  # text came out, but garbled (broken font maps)
)


class ResumeReadError(ValueError):
    """A resume file could not be read.

    ``code`` is one of :data:`ERROR_CODES` (stable: the workflow, CLI and GUI
    switch on it); ``str(error)`` is one sentence telling a non-technical user
    what is wrong and what to do about it.
    """

    def __init__(self, code: str, message: str) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown ResumeReadError code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message

    def __reduce__(self) -> tuple[type[ResumeReadError], tuple[str, str]]:
        # Keeps the error picklable (it may cross a process or thread-pool boundary).
        return (type(self), (self.code, self.message))
