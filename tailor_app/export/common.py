"""What every export format shares: the error type, safe file names, the atomic write.

A resume export is a file the user will attach to an application, often on
another operating system than the one that made it, so names are made safe for
Windows, macOS and Linux at once. Writes go to a temporary file in the target
folder and are renamed into place, so a crash, a full disk or a bug in a writer
never leaves half a resume behind and never damages a file that was there before.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import unicodedata
from collections.abc import Callable
from pathlib import Path

from ..errors import AppError

FORMATS = ("txt", "md", "docx", "pdf")

FALLBACK_STEM = "Tailored resume"
MAX_NAME_CHARS = 120  # whole file name, extension included; paths stay short on Windows
MAX_NAME_BYTES = 240  # ext4/APFS allow 255 bytes: CJK takes 3 bytes a character

# Characters Windows refuses in a name (macOS Finder also refuses ':').
_UNSAFE = re.compile(r'[<>:"\\|?*]')
_SLASHES = re.compile(r"\s*/\s*")
_SPACES = re.compile(r"\s+")
# Windows device names, refused with any extension ("CON.docx" too); the superscript
# digits count as well since Windows 10.
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|(COM|LPT)[0-9¹²³])", re.IGNORECASE)
# Zero-width joiners are needed by some scripts and emoji; other format characters
# (bidi overrides such as U+202E) can disguise an extension, so they go.
_KEEP_FORMAT_CHARS = {"\u200c", "\u200d"}


class ExportError(AppError):
    """An export could not be written; ``str()`` is one sentence a user can act on.

    A subclass of :class:`~tailor_app.errors.AppError` (an ``Exception``, not an
    ``OSError``), so the command line prints it as is and the window shows it in
    its warning box. A refused overwrite is a plain ``FileExistsError`` instead,
    because callers treat it differently (the CLI suggests ``--force``).
    """


def _clean_part(text: str | None) -> str:
    """One name part with nothing a file system refuses, spaces tidied."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp"):
            kept.append(" ")  # a tab or newline in a title separates words
        elif (category == "Cf" and ch not in _KEEP_FORMAT_CHARS) or category in ("Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    text = _SLASHES.sub("-", "".join(kept))  # "AP/AR Clerk" -> "AP-AR Clerk"
    text = _UNSAFE.sub(" ", text)
    return _SPACES.sub(" ", text).strip(" .-")


def _fit(stem: str, ext: str) -> str:
    """Cut the stem so the name fits both the character and the byte limit."""
    room_chars = MAX_NAME_CHARS - len(ext) - 1
    stem = stem[:room_chars]
    room_bytes = MAX_NAME_BYTES - len(ext.encode()) - 1
    while len(stem.encode("utf-8")) > room_bytes:
        stem = stem[:-1]
    # Do not leave a dangling combining mark or a cut-off separator at the end.
    while stem and unicodedata.combining(stem[-1]):
        stem = stem[:-1]
    return stem.rstrip(" .-")


def suggested_filename(company: str | None, title: str | None, fmt: str,
                       person: str | None = None) -> str:
    """A file name such as "Jane Doe - Acme Corp - Senior Accountant.docx".

    Safe on every platform: no characters Windows or macOS refuse, no control or
    bidi-override characters, no trailing dots or spaces, no Windows device names,
    at most ``MAX_NAME_CHARS`` characters and ``MAX_NAME_BYTES`` UTF-8 bytes.
    Accents and CJK stay as they are (NFC). Falls back to "Tailored resume.<ext>".
    """
    ext = fmt.lower().lstrip(".")
    if ext not in FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    parts: list[str] = []
    for part in (person, company, title):
        cleaned = _clean_part(part)
        if cleaned and cleaned.casefold() not in (p.casefold() for p in parts):
            parts.append(cleaned)
    stem = _fit(" - ".join(parts), ext) or FALLBACK_STEM
    if _RESERVED.fullmatch(stem.split(".", 1)[0].strip()):
        stem = f"{stem} resume"
    return f"{stem}.{ext}"


def uses_letter_paper() -> bool:
    """True where the system locale measures in US units (US Letter), else A4.

    Qt knows this per locale (``QLocale.measurementSystem``); the "C" locale of a
    bare container counts as metric, so A4.
    """
    from PySide6.QtCore import QLocale

    return QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem


# --------------------------------------------------------------------- writing files


def _temp_path(out: Path) -> Path:
    """An unused hidden name next to ``out`` (same folder, so the rename is atomic)."""
    return out.with_name(f".{out.name[:60]}.{secrets.token_hex(6)}.part")


def _readable(exc: OSError, out: Path) -> str:
    """An OSError as a sentence naming the file and what the user can do."""
    if exc.errno == errno.ENOSPC:
        return f"{out.name} could not be saved: the disk is full."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"{out.name} could not be saved: you may not write to {out.parent}. "
                "Choose another folder.")
    return f"{out.name} could not be saved: {exc.strerror or exc}."


def write_atomically(out: Path, write: Callable[[Path], None], *, overwrite: bool) -> Path:
    """Run ``write(temp_path)`` and move the finished file to ``out``.

    The temporary file is created (empty, with the user's default permissions)
    before ``write`` runs, in the same folder as ``out``; ``write`` may reopen it
    by name, as python-docx and QPdfWriter do. If ``write`` raises, the temporary
    file is removed and ``out`` is untouched. Without ``overwrite`` the final step
    is a hard link, which fails instead of replacing a file that appeared in the
    meantime; file systems without hard links fall back to a checked rename.
    """
    out = Path(out)
    if out.is_symlink():
        raise ExportError(f"{out} is a symbolic link; choose a regular file name to save to.")
    if out.exists():
        if not overwrite:
            raise FileExistsError(errno.EEXIST, f"{out.name} already exists", str(out))
        if out.is_dir():
            raise ExportError(f"{out} is a folder; choose a file name to save to.")
    folder = out.parent
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose another folder.")
    tmp = _temp_path(out)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise ExportError(_readable(exc, out)) from exc
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:  # the bytes reach the disk before the rename
            os.fsync(handle.fileno())
        _move_into_place(tmp, out, overwrite=overwrite)
    except FileExistsError:
        raise
    except OSError as exc:
        raise ExportError(_readable(exc, out)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return out


def _move_into_place(tmp: Path, out: Path, *, overwrite: bool) -> None:
    if overwrite:
        os.replace(tmp, out)
        return
    try:
        os.link(tmp, out)  # fails with FileExistsError rather than replacing
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, f"{out.name} already exists", str(out)) from None
    except OSError:  # FAT, some network shares: no hard links
        if out.exists() or out.is_symlink():
            raise FileExistsError(errno.EEXIST, f"{out.name} already exists",
                                  str(out)) from None
        os.replace(tmp, out)
