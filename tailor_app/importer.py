"""Resume import: read the file, recognise a repeat, keep a private copy, store a row.

The file is read and parsed in a child process with a time and a memory limit
(:mod:`tailor_app.sandbox`), so a hostile or broken file fails its import with a
clear message and can't freeze or crash the app.

Order matters for "a failed import leaves nothing behind": the file is read and
checked first (nothing written yet); then an *intent marker* ``.<name>.importing``
naming the database is written, the bytes go to a hidden temporary file (0600) that
is flushed to disk and renamed to ``<resume id><ext>``, the row is inserted, and the
marker is removed. If the insert fails the copy is removed. If the process is killed
part-way, the marker is left: :func:`remove_interrupted_copies` (run at start)
removes the copy of any marker whose process is gone and whose row does not exist,
so there is never a row without its file, nor a file left over from a failed import.
Copies without a marker are never touched, so a second database sharing the folder
(``--db``) can't lose its files to this one's clean-up.

Repeats are found by the SHA-256 of the bytes, per user: importing the same file
twice returns the first record marked ``duplicate`` instead of a second copy.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from pathlib import Path
from typing import Any

import peewee

from . import instance, paths
from .db import (
    Job,
    Resume,
    database,
    db_operation,
    get_or_create_local_user,
    new_id,
    now_iso,
    write_transaction,
)
from .errors import ResumeNotFoundError, StorageError
from .sandbox import document_from_dict, document_to_dict, read_resume_isolated
from .tailoring import DEFAULT_MAX_BYTES, ResumeDocument

log = logging.getLogger("tailor_app.importer")

_LIGHT_FIELDS = ("id", "user_id", "display_name", "original_filename", "file_format",
                 "stored_path", "sha256", "char_count", "page_count", "created_at",
                 "updated_at")


def _light(resume: Resume) -> dict[str, Any]:
    return {name: getattr(resume, name) for name in _LIGHT_FIELDS}


def _full(resume: Resume) -> dict[str, Any]:
    data = _light(resume)
    data["parsed_text"] = resume.parsed_text
    data["parsed"] = json.loads(resume.parsed_json) if resume.parsed_json else None
    return data


INTERRUPTED_AGE_SECONDS = 60.0  # an import marker this old is never still in progress
_COPY_NAME = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                        r"\.(pdf|docx|txt|text|md|markdown)$")


def document_to_json(doc: ResumeDocument) -> str:
    """The reader's output with its per-line hints, for tailoring later without re-reading."""
    return json.dumps(document_to_dict(doc), ensure_ascii=False)


def document_from_json(text: str) -> ResumeDocument:
    """Inverse of :func:`document_to_json`."""
    return document_from_dict(json.loads(text))


def _private_file(path: Path, data: bytes) -> None:
    """Write a new file readable by the user only (0600 whatever the umask), synced."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _intent_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.importing")


def _write_copy(data: bytes, target: Path) -> None:
    """Write ``data`` to ``target`` atomically: intent marker, temp file, fsync, rename."""
    temp = target.with_name(f".{target.name}.tmp")
    try:
        intent = {"db": str(Path(database.database).resolve()), "owner": instance.owner_token()}
        _private_file(_intent_path(target), json.dumps(intent).encode("utf-8"))
        _private_file(temp, data)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        _intent_path(target).unlink(missing_ok=True)
        raise StorageError(f"Couldn't keep a copy of the resume in {target.parent} "
                           f"({exc.strerror or exc}); free some space or check the "
                           "folder's permissions, then import again.") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        _intent_path(target).unlink(missing_ok=True)
        raise


def _discard_copy(target: Path) -> None:
    target.unlink(missing_ok=True)
    _intent_path(target).unlink(missing_ok=True)


def _find_duplicate(user_id: str, digest: str) -> Resume | None:
    found: Resume | None = Resume.get_or_none((Resume.user == user_id)
                                              & (Resume.sha256 == digest))
    return found


@db_operation
def import_resume(path: Path | str, user_id: str | None = None, *,
                  display_name: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Import one resume file for ``user_id`` (default: the local user).

    Returns the resume record (light fields plus ``parsed_text``, ``parsed``,
    ``duplicate`` and the reader's ``warnings``). Raises ``ResumeReadError`` for a
    file the user must fix (including ``ReadLimitError``: ``timeout``,
    ``too_complex``), ``StorageError`` when the copy can't be written.
    """
    source = Path(path)
    started = time.perf_counter()
    user_id = user_id or get_or_create_local_user()
    # Type, size and content are checked before anything is written.
    document, parsed = read_resume_isolated(source, max_bytes=max_bytes)
    try:
        data = source.read_bytes()
    except OSError as exc:  # gone or locked since the child read it
        raise StorageError(f"{source.name} could not be read again to keep a copy "
                           f"({exc.strerror or exc}); import it again.") from exc
    digest = hashlib.sha256(data).hexdigest()
    existing = _find_duplicate(user_id, digest)
    if existing is not None:
        log.info("import of a known file: resume %s", existing.id)
        return {**_full(existing), "duplicate": True, "warnings": list(document.warnings)}

    resume_id = new_id()
    target = paths.resumes_dir() / f"{resume_id}{source.suffix.lower()}"
    _write_copy(data, target)
    stamp = now_iso()
    try:
        with write_transaction():
            resume = Resume.create(
                id=resume_id, user=user_id,
                display_name=(display_name or "").strip() or source.stem,
                original_filename=source.name, file_format=document.source_format,
                stored_path=str(target), sha256=digest, parsed_text=document.text,
                parsed_json=json.dumps(parsed, ensure_ascii=False),
                document_json=document_to_json(document), char_count=len(document.text),
                page_count=document.page_count, created_at=stamp, updated_at=stamp)
    except peewee.IntegrityError:
        # The same bytes were imported by another thread a moment ago.
        _discard_copy(target)
        existing = _find_duplicate(user_id, digest)
        if existing is None:
            raise
        return {**_full(existing), "duplicate": True, "warnings": list(document.warnings)}
    except BaseException:
        _discard_copy(target)
        raise
    _intent_path(target).unlink(missing_ok=True)
    log.info("imported resume %s (%s, %d chars, %.0f ms)", resume.id, document.source_format,
             len(document.text), (time.perf_counter() - started) * 1000)
    return {**_full(resume), "duplicate": False, "warnings": list(document.warnings)}


_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
PASTED_NAME = "Pasted resume"


def import_resume_text(text: str, user_id: str | None = None, *,
                       display_name: str | None = None) -> dict[str, Any]:
    """Make a resume from pasted text, exactly as if it had been imported as a .txt.

    The text is written (UTF-8) to a private temporary ``<name>.txt`` in the data
    folder and goes through :func:`import_resume`: the same reader, parser, limits,
    repeat detection and private ``<resume id>.txt`` copy; the temporary file is
    removed either way. Raises ``ValueError`` for text with nothing in it, and
    whatever :func:`import_resume` raises.
    """
    if not text.strip():
        raise ValueError("There is no text to make a resume from; paste your resume's "
                         "text first.")
    name = " ".join((display_name or "").split()) or PASTED_NAME
    stem = _UNSAFE_NAME.sub(" ", name).strip(" .")[:80] or PASTED_NAME
    folder = paths.data_dir() / f".pasted-{new_id()}"
    folder.mkdir(mode=0o700, parents=True)
    source = folder / f"{stem}.txt"
    try:
        _private_file(source, text.encode("utf-8"))
        return import_resume(source, user_id, display_name=name)
    finally:
        source.unlink(missing_ok=True)
        folder.rmdir()


@db_operation
def get_resume(resume_id: str) -> dict[str, Any] | None:
    """The whole resume record (with ``parsed_text`` and ``parsed``), or None."""
    resume = Resume.get_or_none(Resume.id == resume_id)
    return _full(resume) if resume else None


@db_operation
def get_resume_document(resume_id: str) -> ResumeDocument | None:
    """What the reader made of the file, with hints; re-read from the copy if not stored."""
    resume = Resume.get_or_none(Resume.id == resume_id)
    if resume is None:
        return None
    if resume.document_json:
        return document_from_json(resume.document_json)
    if resume.parsed_text:
        return ResumeDocument.from_text(resume.parsed_text, resume.file_format)
    return read_resume_isolated(Path(resume.stored_path))[0]


@db_operation
def resume_source(resume_id: str) -> dict[str, Any] | None:
    """The file behind a resume, for the window's Original pane: ``stored_path`` (the
    private copy), ``original_filename`` and ``unsure`` ([text, reason] of each line
    the reader was unsure of, in file order). None when the resume is gone."""
    resume = (Resume.select(Resume.stored_path, Resume.original_filename,
                            Resume.document_json)
              .where(Resume.id == resume_id).first())
    if resume is None:
        return None
    try:
        lines = json.loads(resume.document_json)["lines"] if resume.document_json else []
    except (ValueError, KeyError, TypeError):
        lines = []
    unsure = [[str(line.get("text", "")), str(line["unsure"])] for line in lines
              if isinstance(line, dict) and line.get("unsure")]
    return {"stored_path": resume.stored_path,
            "original_filename": resume.original_filename, "unsure": unsure}


@db_operation
def list_resumes(user_id: str | None = None) -> list[dict[str, Any]]:
    """Light records (no texts), newest first."""
    query = Resume.select(*(getattr(Resume, "user" if f == "user_id" else f)
                            for f in _LIGHT_FIELDS))
    if user_id is not None:
        query = query.where(Resume.user == user_id)
    return [_light(r) for r in query.order_by(Resume.created_at.desc(), Resume.id)]


@db_operation
def rename_resume(resume_id: str, display_name: str) -> dict[str, Any]:
    """Change the name shown for a resume (jobs keep the name they were made with)."""
    name = display_name.strip()
    if not name:
        raise ValueError("A resume needs a name; type at least one character.")
    changed = (Resume.update(display_name=name, updated_at=now_iso())
               .where(Resume.id == resume_id).execute())
    if not changed:
        raise ResumeNotFoundError(f"No resume has the id {resume_id!r}.")
    return _full(Resume.get_by_id(resume_id))


@db_operation
def delete_resume(resume_id: str) -> bool:
    """Remove a resume and its private copy; its jobs keep their results (resume unset)."""
    with write_transaction():
        resume = Resume.get_or_none(Resume.id == resume_id)
        if resume is None:
            return False
        Job.update(resume=None).where(Job.resume == resume_id).execute()
        resume.delete_instance()
    try:
        Path(resume.stored_path).unlink(missing_ok=True)
    except OSError as exc:  # the row is gone; a stray copy is harmless
        log.warning("resume %s: copy not removed (%s)", resume_id, exc.strerror)
    log.info("resume %s deleted", resume_id)
    return True


@db_operation
def remove_interrupted_copies(min_age: float = INTERRUPTED_AGE_SECONDS) -> int:
    """Remove what imports into THIS database left when they were killed part-way.

    For each intent marker naming this database: when its process is gone (or, if
    that can't be told, the marker is older than ``min_age`` seconds) and no row has
    the copy's id, the copy and its temporary file go; the marker goes either way.
    Only names of our own ``<uuid><ext>`` pattern are considered. Returns the number
    of copies removed.
    """
    folder = paths.resumes_dir()
    this_db = str(Path(database.database).resolve())
    now = time.time()
    removed = 0
    for intent in folder.glob(".*.importing"):
        name = intent.name[1:-len(".importing")]
        if not _COPY_NAME.match(name):
            continue
        try:
            info = json.loads(intent.read_text(encoding="utf-8"))
            age = now - intent.stat().st_mtime
        except (OSError, ValueError):
            continue
        if not isinstance(info, dict) or info.get("db") != this_db:
            continue
        alive = instance.owner_alive(info.get("owner"))
        if alive or (alive is None and age < min_age):
            continue  # an import still running in another process
        target = folder / name
        if Resume.get_or_none(Resume.id == target.stem) is None:
            if target.exists():
                removed += 1
            target.unlink(missing_ok=True)
            target.with_name(f".{name}.tmp").unlink(missing_ok=True)
        intent.unlink(missing_ok=True)
    if removed:
        log.warning("removed %d resume copies left by interrupted imports", removed)
    return removed
