"""Reading untrusted resume files in a child process with a time and a memory limit.

A resume file comes from anywhere. A PDF can make pypdf loop or balloon, a ".docx"
can be a zip bomb, a file can hold millions of tiny objects. Reading it in the app's
own process would freeze the import or take the whole app down, so
:func:`read_resume_isolated` reads and parses the file in a child process:

- **time**: the parent waits at most ``timeout`` seconds, then kills the child;
- **memory**: the child sets ``RLIMIT_AS`` on itself (Linux; best effort on macOS,
  which does not enforce it; Windows has no such call), so a balloon ends in a
  ``MemoryError`` inside the child instead of swapping the machine;
- **zip bombs**: a .docx whose parts would decompress to more than
  :data:`MAX_DOCX_UNPACKED` bytes is refused before anything is unpacked.

Whatever happens in the child, the caller gets a document or a
:class:`~tailor_app.tailoring.reading.ResumeReadError` with a clear message; the new
codes ``timeout`` and ``too_complex`` come from :class:`ReadLimitError`.

Children are started as :mod:`tailor_app.child_process` says (a fork server from
source, spawn in a bundle). A bundle needs ``multiprocessing.freeze_support()`` at the
top of ``tailor_app/__main__.py`` so that the bundled executable, started as a child,
runs the reader and not the app.
"""

from __future__ import annotations

import io
import logging
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import asdict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from . import child_process, tailoring
from .tailoring import DEFAULT_MAX_BYTES, ResumeDocument, ResumeReadError, TextLine

log = logging.getLogger("tailor_app.sandbox")

DEFAULT_TIMEOUT = 20.0  # seconds for one file, child start included
DEFAULT_MEMORY_LIMIT = 1024 * 1024 * 1024  # address space of the child, bytes
MAX_DOCX_UNPACKED = 64 * 1024 * 1024  # sum of a .docx's parts, as its zip directory states

MIN_LETTERS_FOR_VARIETY = 200  # below this, a short file may well use few letters
MIN_DISTINCT_LETTERS = 10  # any real page of 200+ letters uses more than this

_HIDDEN_MESSAGE = (
    "This PDF's fonts use private symbol codes instead of letters, so its words can't be "
    "read; import a .docx or .txt version instead, or paste the text."
)
_LIGATURE_MESSAGE = (
    "The text in this file comes out as a jumble of a few letters (its fonts hide the "
    "real ones); import a .docx or .txt version instead, or paste the text."
)
_TIMEOUT_MESSAGE = (
    "Reading this file took longer than {seconds:g} seconds, so it was stopped; it may be "
    "damaged or built in an unusual way. Export it again as PDF or .docx, or import a "
    ".txt copy."
)
_MEMORY_MESSAGE = (
    "This file needs far more memory to read than a resume ever should, so reading it "
    "was stopped; it may be damaged or built to cause trouble. Export it again as PDF or "
    ".docx, or import a .txt copy."
)
_BOMB_MESSAGE = (
    "This Word file unpacks to {size} MB, far more than any resume, so it was not "
    "opened; it may be damaged or built to cause trouble. Save the resume again from "
    "Word or LibreOffice and import the new copy."
)
_DIED_MESSAGE = (
    "The reader stopped while reading this file (it may be damaged or built in an "
    "unusual way); export it again as PDF or .docx, or import a .txt copy."
)
_CRASH_MESSAGE = (
    "This file could not be read because the reader failed on it; export it again as "
    "PDF or .docx, or import a .txt copy. The log file has the technical details."
)


class ReadLimitError(ResumeReadError):
    """A file that hit a safety limit: ``code`` is ``timeout`` or ``too_complex``.

    A subclass because the engine's :class:`ResumeReadError` accepts only its own
    codes; callers that catch ``ResumeReadError`` and show ``str(error)`` need no
    change.
    """

    CODES = ("timeout", "too_complex")

    def __init__(self, code: str, message: str) -> None:
        if code not in self.CODES:
            raise ValueError(f"unknown ReadLimitError code {code!r}")
        ValueError.__init__(self, message)  # the parent's check knows only its own codes
        self.code = code
        self.message = message


# ------------------------------------------------------------------ document codec


def document_to_dict(doc: ResumeDocument) -> dict[str, Any]:
    """The reader's output with its per-line hints, as plain JSON-able data."""
    return {"lines": [asdict(line) for line in doc.lines],
            "source_format": doc.source_format, "page_count": doc.page_count,
            "warnings": list(doc.warnings)}


def document_from_dict(data: dict[str, Any]) -> ResumeDocument:
    """Inverse of :func:`document_to_dict`."""
    lines = [TextLine(**line) for line in data["lines"]]
    return ResumeDocument(text="\n".join(line.text for line in lines), lines=lines,
                          source_format=data["source_format"],
                          page_count=data.get("page_count"),
                          warnings=list(data.get("warnings", [])))


# ------------------------------------------------------------------- in the child


def check_docx_size(path: Path, limit: int = MAX_DOCX_UNPACKED) -> None:
    """Refuse a .docx whose parts add up to more than ``limit`` bytes unpacked.

    Python's zipfile never inflates a member past the size its directory states (the
    CRC check fails first), so the stated sizes bound what reading can unpack.
    Anything that is not a readable zip is left to the reader's own messages.
    """
    if path.suffix.lower() not in (".docx", ".odt", ".doc"):  # the zip-based formats
        return
    try:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        return
    if unpacked > limit:
        raise ReadLimitError("too_complex",
                             _BOMB_MESSAGE.format(size=f"{unpacked / 1048576:,.0f}"))


def _letters_are_plausible(text: str) -> bool:
    """False for text drawn from a handful of letters, as when every glyph of a font
    maps to a ligature (ﬁ ﬂ ﬀ → "fi fl ff"): no language writes a page that way."""
    letters = [c.casefold() for c in text if c.isalpha()]
    return len(letters) < MIN_LETTERS_FOR_VARIETY or len(set(letters)) >= MIN_DISTINCT_LETTERS


def _hidden_letters(path: Path) -> bool:
    """True when a PDF has a text layer made of private-use code points (icon or
    symbol fonts standing in for letters), which normalisation strips away and the
    reader then takes for a scan."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        sample = "".join(page.extract_text() or "" for page in reader.pages[:3])
    except Exception:  # a damaged file keeps the reader's own verdict
        return False
    private = sum(1 for c in sample if "\ue000" <= c <= "\uf8ff")
    return private >= MIN_LETTERS_FOR_VARIETY


def read_and_parse(path: str, max_bytes: int = DEFAULT_MAX_BYTES
                   ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Read and parse one file (what the child runs): (document dict, parsed dict).

    Besides the reader's own checks, two font tricks get the garbled-text message
    rather than "looks scanned" or an import of nonsense: letters hidden in the
    private-use area, and text made of ligatures only.
    """
    source = Path(path)
    check_docx_size(source)
    try:
        document = tailoring.read_resume(source, max_bytes=max_bytes)
    except ResumeReadError as exc:
        if exc.code == "no_text" and source.suffix.lower() == ".pdf" \
                and _hidden_letters(source):
            raise ResumeReadError("unreadable", _HIDDEN_MESSAGE) from None
        raise
    if not _letters_are_plausible(document.text):
        raise ResumeReadError("unreadable", _LIGATURE_MESSAGE)
    return document_to_dict(document), tailoring.parse_resume(document).to_dict()


def _child_main(conn: Connection, func: Callable[..., Any], args: tuple[Any, ...],
                memory_limit: int | None) -> None:
    """Run ``func(*args)`` and send back ("ok", result) or what went wrong.

    Only error *types* and stack frames cross back for unexpected failures: their
    messages may quote the resume, and the parent logs what it receives.
    """
    child_process.quiet_logging()
    child_process.limit_memory(memory_limit)
    try:
        message: tuple[Any, ...] = ("ok", func(*args))
    except ReadLimitError as exc:
        message = ("limit", exc.code, exc.message)
    except ResumeReadError as exc:
        if child_process.caused_by_exhaustion(exc):  # a reader's "damaged" that was really a limit
            message = ("limit", "too_complex", _MEMORY_MESSAGE)
        else:
            message = ("read_error", exc.code, exc.message)
    except (MemoryError, RecursionError):
        message = ("limit", "too_complex", _MEMORY_MESSAGE)
    except BaseException as exc:
        message = ("crash", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
    try:
        conn.send(message)
    except MemoryError:
        conn.send(("limit", "too_complex", _MEMORY_MESSAGE))
    finally:
        conn.close()


# ------------------------------------------------------------------- in the parent

def warm_up() -> None:
    """Start the fork server now, so the first import doesn't wait for it."""
    child_process.warm_up()


def run_isolated(func: Callable[..., Any], *args: Any, timeout: float = DEFAULT_TIMEOUT,
                 memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> Any:
    """``func(*args)`` in a child process, within ``timeout`` seconds and ``memory_limit``.

    ``func`` and its arguments must be picklable (a module-level function). Raises
    :class:`ReadLimitError` when a limit is hit or the child dies,
    :class:`ResumeReadError` as the child raised it, and a ``ResumeReadError``
    (``corrupt``) when the child failed with any other error, which is logged.
    """
    context = child_process.context()
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child_main, args=(sender, func, args, memory_limit),
                            name="tailor-app-reader", daemon=True)
    started = time.perf_counter()
    try:
        child.start()
        sender.close()
        if not receiver.poll(timeout):
            log.warning("reader child stopped after %.1f s (time limit)", timeout)
            raise ReadLimitError("timeout", _TIMEOUT_MESSAGE.format(seconds=timeout))
        try:
            message = receiver.recv()
        except (EOFError, OSError):
            child.join(5)
            log.warning("reader child died without an answer (exit code %s)", child.exitcode)
            raise ReadLimitError("too_complex", _DIED_MESSAGE) from None
    finally:
        receiver.close()
        sender.close()
        if child.is_alive():
            child.kill()
        if child.pid is not None:
            child.join(5)
            if child.exitcode is not None:
                child.close()
    log.debug("reader child answered in %.0f ms", (time.perf_counter() - started) * 1000)
    kind = message[0]
    if kind == "ok":
        return message[1]
    if kind == "limit":
        log.warning("file refused by a reading limit: %s", message[1])
        raise ReadLimitError(message[1], message[2])
    if kind == "read_error":
        raise ResumeReadError(message[1], message[2])
    log.error("reader child failed: %s\n%s", message[1], message[2])
    raise ResumeReadError("corrupt", _CRASH_MESSAGE)


def read_resume_isolated(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                         timeout: float = DEFAULT_TIMEOUT,
                         memory_limit: int | None = DEFAULT_MEMORY_LIMIT
                         ) -> tuple[ResumeDocument, dict[str, Any]]:
    """Read and parse a resume file safely: (document, ``ParsedResume.to_dict()``)."""
    document, parsed = run_isolated(read_and_parse, str(Path(path)), max_bytes,
                                    timeout=timeout, memory_limit=memory_limit)
    return document_from_dict(document), parsed
