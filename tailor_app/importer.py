"""Resume import: read the file, recognise a repeat, keep a private copy, store a row.

Order matters for "a failed import leaves nothing behind": the file is read and
checked first (nothing written yet), then copied to a hidden temporary file that is
flushed to disk and renamed to ``<resume id><ext>`` in the resumes folder, and only
then is the row inserted; if the insert fails the copy is removed. A kill between the
rename and the insert can leave an unreferenced copy, never a row without its file.

Repeats are found by the SHA-256 of the bytes, per user: importing the same file
twice returns the first record marked ``duplicate`` instead of a second copy.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import peewee

from . import paths
from .db import (
    Job,
    Resume,
    db_operation,
    get_or_create_local_user,
    new_id,
    now_iso,
    write_transaction,
)
from .errors import ResumeNotFoundError, StorageError
from .tailoring.model import ResumeDocument, TextLine
from .tailoring.reading import DEFAULT_MAX_BYTES, read_resume
from .tailoring.resume_parser import parse_resume

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


def document_to_json(doc: ResumeDocument) -> str:
    """The reader's output with its per-line hints, for tailoring later without re-reading."""
    return json.dumps({"lines": [asdict(line) for line in doc.lines],
                       "source_format": doc.source_format, "page_count": doc.page_count,
                       "warnings": list(doc.warnings)}, ensure_ascii=False)


def document_from_json(text: str) -> ResumeDocument:
    """Inverse of :func:`document_to_json`."""
    data = json.loads(text)
    lines = [TextLine(**line) for line in data["lines"]]
    return ResumeDocument(text="\n".join(line.text for line in lines), lines=lines,
                          source_format=data["source_format"],
                          page_count=data.get("page_count"),
                          warnings=list(data.get("warnings", [])))


def _write_copy(data: bytes, target: Path) -> None:
    """Write ``data`` to ``target`` atomically: a temp file, fsync, rename."""
    temp = target.with_name(f".{target.name}.tmp")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StorageError(f"Couldn't keep a copy of the resume in {target.parent} "
                           f"({exc.strerror or exc}); free some space or check the "
                           "folder's permissions, then import again.") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _find_duplicate(user_id: str, digest: str) -> Resume | None:
    return Resume.get_or_none((Resume.user == user_id) & (Resume.sha256 == digest))


@db_operation
def import_resume(path: Path | str, user_id: str | None = None, *,
                  display_name: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Import one resume file for ``user_id`` (default: the local user).

    Returns the resume record (light fields plus ``parsed_text``, ``parsed``,
    ``duplicate`` and the reader's ``warnings``). Raises ``ResumeReadError`` for a
    file the user must fix, ``StorageError`` when the copy can't be written.
    """
    source = Path(path)
    started = time.perf_counter()
    user_id = user_id or get_or_create_local_user()
    # Type, size and content are checked before anything is written.
    document = read_resume(source, max_bytes=max_bytes)
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    existing = _find_duplicate(user_id, digest)
    if existing is not None:
        log.info("import of a known file: resume %s", existing.id)
        return {**_full(existing), "duplicate": True, "warnings": list(document.warnings)}

    parsed = parse_resume(document)
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
                parsed_json=json.dumps(parsed.to_dict(), ensure_ascii=False),
                document_json=document_to_json(document), char_count=len(document.text),
                page_count=document.page_count, created_at=stamp, updated_at=stamp)
    except peewee.IntegrityError:
        # The same bytes were imported by another thread a moment ago.
        target.unlink(missing_ok=True)
        existing = _find_duplicate(user_id, digest)
        if existing is None:
            raise
        return {**_full(existing), "duplicate": True, "warnings": list(document.warnings)}
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    log.info("imported resume %s (%s, %d chars, %.0f ms)", resume.id, document.source_format,
             len(document.text), (time.perf_counter() - started) * 1000)
    return {**_full(resume), "duplicate": False, "warnings": list(document.warnings)}


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
    return read_resume(Path(resume.stored_path))


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
