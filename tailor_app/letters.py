"""A job's cover letter as the user keeps it: saved on the job, exported.

The letter is saved in ``job.cover_letter`` (the window's Save, and closing its
dialog after an edit). Exports reuse the resume's writers through their shared
``Layout``: the .docx and .pdf get the same fonts and page as the tailored resume,
the sender's name on top as the resume's name is; .txt is the text as written and
.md the same with the evidence as a list. Every format is written atomically.
"""

from __future__ import annotations

import re
from pathlib import Path

from .db import Job, db_operation, now_iso, write_transaction
from .errors import JobNotFoundError
from .export.common import FORMATS, ExportError, uses_letter_paper, write_atomically
from .export.layout import Block, HeaderLine, Layout, SectionLayout
from .export.text_writers import HARD_BREAK, escape_markdown, write_text

__all__ = ["export_letter", "letter_layout", "save_letter"]

_BULLET = re.compile(r"^\s*[•\-*]\s+")


@db_operation
def save_letter(job_id: str, text: str | None) -> None:
    """Keep ``text`` as the job's cover letter (None or blank forgets it)."""
    with write_transaction():
        changed = (Job.update(cover_letter=(text if text and text.strip() else None),
                              updated_at=now_iso())
                   .where(Job.id == job_id).execute())
    if not changed:
        raise JobNotFoundError("This job no longer exists.")


def _paragraphs(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in text.strip().splitlines():
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def letter_layout(text: str, sender: str | None = None) -> Layout:
    """The letter as the resume writers' layout: the sender's name and contact lines
    on top (when the letter starts with ``sender``), then its paragraphs, a blank
    line between them, and "•" lines as bullets."""
    paragraphs = _paragraphs(text)
    name: str | None = None
    contact: list[str] = []
    if paragraphs and sender and paragraphs[0][0].casefold() == sender.strip().casefold():
        name, contact = paragraphs[0][0], paragraphs[0][1:]
        paragraphs = paragraphs[1:]
    blocks: list[Block] = []
    for i, lines in enumerate(paragraphs):
        if i or name:
            blocks.append(Block(header=[HeaderLine("")]))  # the gap between paragraphs
        block = Block()
        for line in lines:
            if _BULLET.match(line):
                block.bullets.append(_BULLET.sub("", line))
            elif block.bullets:  # text after bullets starts a block of its own
                blocks.append(block)
                block = Block(header=[HeaderLine(line)])
            else:
                block.header.append(HeaderLine(line))
        blocks.append(block)
    return Layout(name=name, contact=contact, summary=None,
                  sections=[SectionLayout(heading="", blocks=blocks)])


def _markdown(text: str) -> str:
    out: list[str] = []
    for lines in _paragraphs(text):
        if all(_BULLET.match(line) for line in lines):
            out.append("\n".join(f"- {escape_markdown(_BULLET.sub('', ln))}" for ln in lines))
        else:
            out.append(HARD_BREAK.join(escape_markdown(ln) for ln in lines))
    return "\n\n".join(out) + "\n"


def export_letter(text: str, fmt: str, out: Path, *, overwrite: bool = False,
                  sender: str | None = None) -> Path:
    """Write the letter as .txt, .md, .docx or .pdf (atomically, like a resume)."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if not text.strip():
        raise ExportError("The cover letter is empty; write or draft it first.")
    if fmt == "txt":
        content = text if text.endswith("\n") else text + "\n"
        return write_atomically(out, lambda tmp: write_text(tmp, content), overwrite=overwrite)
    if fmt == "md":
        content = _markdown(text)
        return write_atomically(out, lambda tmp: write_text(tmp, content), overwrite=overwrite)
    layout = letter_layout(text, sender)
    if fmt == "docx":
        from .export.docx_writer import write_docx

        letter = uses_letter_paper()
        return write_atomically(out, lambda tmp: write_docx(tmp, layout, letter=letter),
                                overwrite=overwrite)
    from .export.pdf_writer import write_pdf

    return write_atomically(out, lambda tmp: write_pdf(tmp, layout), overwrite=overwrite)
