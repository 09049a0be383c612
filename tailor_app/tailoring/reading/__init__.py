"""Reading resume files: ``read_resume(path) -> ResumeDocument``.

One entry point for every format the app accepts (PDF; Word .docx, Word XML and
RTF, including either saved as .doc; LibreOffice .odt; TXT and MD). It does the
checks every format shares — extension, size, emptiness, old binary Word files,
text that came out garbled — and hands the bytes to the format's reader; for .doc
and .xml the bytes, not the name, say which reader that is. Every
failure is a :class:`ResumeReadError` whose ``code`` the program can switch on and
whose message a user can act on; no other exception escapes for bad input.

The format readers (with pypdf and python-docx behind them) are imported by the
first read, not by this package: the window imports this package for its
constants, and its start-up must not pay for parsers it may not need yet.
"""

from __future__ import annotations

from pathlib import Path

from tailor_app.tailoring.model import ResumeDocument, TextLine
from tailor_app.tailoring.reading.errors import ERROR_CODES, ResumeReadError
from tailor_app.tailoring.text import looks_garbled

__all__ = ["ERROR_CODES", "READER_MODULES", "SUPPORTED_EXTENSIONS", "ResumeReadError",
           "read_resume"]

# The format readers, imported by the first read (see above); a process that reads
# many files (the reading sandbox's fork server) imports them all at its start.
READER_MODULES = tuple(f"{__name__}.{name}" for name in (
    "pdf", "docx_reader", "odt_reader", "rtf_reader", "wordml_reader", "plain"))

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUPPORTED_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".doc": "doc", ".odt": "odt",
                        ".rtf": "rtf", ".xml": "xml", ".txt": "txt", ".text": "txt",
                        ".md": "md", ".markdown": "md"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")


def read_resume(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ResumeDocument:
    """Read a resume file into normalised text plus per-line hints.

    Raises :class:`ResumeReadError` (codes in :data:`ERROR_CODES`) for anything the
    user must fix; the returned document always has some text.
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        raise _unsupported(ext)
    data = _read_bytes(path, max_bytes)
    if data.startswith(_OLE_MAGIC):
        raise _ole_error(data)
    fmt = _sniff(SUPPORTED_EXTENSIONS[ext], data)
    lines, page_count, warnings = _read_format(fmt, data)
    lines = _tidy_blank_lines(lines)
    text = "\n".join(line.text for line in lines)
    if not text.strip():
        raise ResumeReadError(
            "no_text",
            "This file has no text in it; check that you picked the right file, "
            "or export your resume from your word processor again.",
        )
    if looks_garbled(text):
        raise ResumeReadError(
            "unreadable",
            "The text in this file comes out garbled because its fonts hide the real "
            "letters; import a .docx or .txt version instead, or paste the text.",
        )
    return ResumeDocument(text=text, lines=lines, source_format=fmt,
                          page_count=page_count, warnings=warnings)


def _read_format(fmt: str, data: bytes) -> tuple[list[TextLine], int | None, list[str]]:
    """(lines, page count where the format has pages, warnings) from the format's reader."""
    if fmt == "pdf":
        from tailor_app.tailoring.reading.pdf import read_pdf

        return read_pdf(data)
    if fmt == "docx":
        from tailor_app.tailoring.reading.docx_reader import read_docx

        return read_docx(data), None, []
    if fmt == "odt":
        from tailor_app.tailoring.reading.odt_reader import read_odt

        return read_odt(data), None, []
    if fmt == "rtf":
        from tailor_app.tailoring.reading.rtf_reader import read_rtf

        return read_rtf(data), None, []
    if fmt == "xml":
        from tailor_app.tailoring.reading.wordml_reader import read_word_xml

        return read_word_xml(data), None, []
    from tailor_app.tailoring.reading.plain import decode_text, read_markdown, read_plain_text

    text = decode_text(data)
    return (read_markdown(text) if fmt == "md" else read_plain_text(text)), None, []


def _sniff(fmt: str, data: bytes) -> str:
    """Which reader a .doc or .xml file needs, from its first bytes.

    Word saves RTF and Word 2003 XML under .doc when asked, and people rename a
    .docx to .doc; each of those reads. A .doc that is none of them (and not the
    old binary format, refused before this) is not a Word file at all.
    """
    if fmt not in ("doc", "xml"):
        return fmt
    from tailor_app.tailoring.reading.rtf_reader import looks_like_rtf
    from tailor_app.tailoring.reading.wordml_reader import looks_like_word_xml

    if looks_like_rtf(data):
        return "rtf"
    if looks_like_word_xml(data):
        return "xml"
    if data.startswith(b"PK\x03\x04"):  # a .docx renamed, or Word's "XML" that is a zip
        return "docx"
    if fmt == "xml":
        raise ResumeReadError(
            "mismatch",
            "This XML file is not a Word document; open the resume in its program "
            "and save it as .docx, PDF or plain text.")
    raise ResumeReadError(
        "mismatch",
        "This file is named .doc but is not a Word document; open it in its program "
        "and save it as .docx, PDF or plain text.")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size == 0:
            raise ResumeReadError(
                "empty", "This file is empty (0 bytes); pick the saved copy of your resume."
            )
        if size > max_bytes:
            raise ResumeReadError(
                "too_large",
                f"This file is {_human_size(size)}, over the {_human_size(max_bytes)} "
                "limit; export a smaller copy "
                "(for example without photos) and import that.",
            )
        return path.read_bytes()
    except OSError as exc:
        raise ResumeReadError(
            "unreadable",
            "This file could not be opened; check that it still exists and that you "
            "are allowed to read it.",
        ) from exc


def _human_size(n: int) -> str:
    """1536 -> "1.5 KB", 10485760 -> "10 MB" (one decimal at most, no trailing .0)."""
    if n >= 1024 * 1024:
        return f"{round(n / 1048576, 1):g} MB"
    return f"{max(round(n / 1024, 1), 0.1):g} KB"


def _unsupported(ext: str) -> ResumeReadError:
    shown = ext or "files without an extension"
    return ResumeReadError(
        "unsupported",
        f"{shown} files can't be imported; use a PDF, Word (.docx, .doc), "
        "LibreOffice .odt, .rtf, plain text .txt or Markdown .md file.",
    )


def _ole_error(data: bytes) -> ResumeReadError:
    """Old-style compound files: either a password-protected .docx or a real .doc."""
    if _ENCRYPTED_OOXML in data:
        return ResumeReadError(
            "encrypted",
            "This document is protected by a password; open it, remove the password "
            "(or save an unprotected copy), and import that.",
        )
    return ResumeReadError(
        "unsupported",
        "This is an old Word .doc file; open it in Word or LibreOffice and save it "
        "as .docx (or PDF), then import that.",
    )


def _tidy_blank_lines(lines: list[TextLine]) -> list[TextLine]:
    """At most one blank line in a row, none at the ends: blank lines only separate."""
    out: list[TextLine] = []
    for line in lines:
        if not line.text and (not out or not out[-1].text):
            continue
        out.append(line)
    while out and not out[-1].text:
        out.pop()
    return out
