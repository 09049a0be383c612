"""A finished job's cover letter: drafted, polished by a model, saved, exported.

The draft is :func:`tailor_app.tailoring.compose.letter.draft_letter` on the job's
stored result (no engine run). A model may polish it, held by the same rewrite
guard as bullets: the polished letter may state nothing the draft, the posting's
title and company do not, and may drop none of the draft's numbers or skills; a
refused polish leaves the draft and says why. The letter the user keeps is saved
on the job (``job.cover_letter``). Exports reuse the resume's writers: the .docx
and .pdf get the same fonts and page as the tailored resume.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..db import Job, db_operation, now_iso, write_transaction
from ..errors import JobNotFoundError
from ..export.common import FORMATS, ExportError, uses_letter_paper, write_atomically
from ..export.layout import Block, HeaderLine, Layout, SectionLayout
from ..export.text_writers import HARD_BREAK, escape_markdown, write_text
from ..tailoring.compose.letter import draft_letter
from ..tailoring.compose.rewrite_guard import MAX_GROWTH, check_rewrite
from ..tailoring.model import ParsedResume
from .client import LlmConfig, chat
from .stored import analysis_from_dict, match_from_dict

__all__ = ["Polish", "draft_for_job", "export_letter", "letter_layout", "polish_letter",
           "save_letter", "sender_of"]

POLISH_RULES = (
    "You polish a cover letter so that it reads warmly and clearly. Rules: keep every "
    "fact; add no skill, tool, number, name, job title, degree or date that the letter "
    "does not state; drop none of its numbers or skills; keep the greeting, the sender's "
    "name and contact lines; write in the same language; keep it at most {growth} times "
    "as long. Answer with the letter only: no preamble, no explanation."
)
_PREAMBLE = re.compile(r"^(?:sure|certainly|of course|okay|here(?:'s| is))\b[^\n]{0,80}:\s*$",
                       re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•\-*]\s+")


def sender_of(job: dict[str, Any]) -> str | None:
    """The resume's own name for its owner (the letter's first line when drafted)."""
    result = job.get("result") or {}
    contact = (result.get("original") or result.get("tailored") or {}).get("contact") or {}
    return contact.get("name") or None


def _names(job: dict[str, Any]) -> tuple[str | None, str | None]:
    analysis = (job.get("result") or {}).get("analysis") or {}
    return (job.get("title") or analysis.get("title"),
            job.get("company_name") or analysis.get("company"))


def draft_for_job(job: dict[str, Any]) -> str:
    """The deterministic draft for a finished job, from its stored result."""
    result = job.get("result") or {}
    if not result.get("tailored"):
        raise ValueError("Only a finished job has a cover letter.")
    title, company = _names(job)
    parts = draft_letter(ParsedResume.from_dict(result["tailored"]),
                         analysis_from_dict(result.get("analysis") or {}),
                         match_from_dict(result.get("match_after") or {}),
                         title=title, company=company)
    return parts.text


@db_operation
def save_letter(job_id: str, text: str | None) -> None:
    """Keep ``text`` as the job's cover letter (None or blank forgets it)."""
    with write_transaction():
        changed = (Job.update(cover_letter=(text if text and text.strip() else None),
                              updated_at=now_iso())
                   .where(Job.id == job_id).execute())
    if not changed:
        raise JobNotFoundError("This job no longer exists.")


@dataclass(frozen=True)
class Polish:
    """A model's polish of a letter: ``text`` is what to show (the polish when the
    guard passed it, else the letter as it was) and ``reason`` why it was refused."""

    text: str
    proposed: str
    passed: bool
    reason: str = ""


def _clean_letter(reply: str) -> str:
    lines = reply.strip().strip("`").strip().splitlines()
    if lines and _PREAMBLE.match(lines[0].strip()):
        lines = lines[1:]
    text = "\n".join(line.rstrip() for line in lines).strip()
    for pair in ("\"\"", "“”"):
        if len(text) > 2 and text[0] == pair[0] and text[-1] == pair[1]:
            text = text[1:-1].strip()
    return text + "\n" if text else ""


def polish_letter(config: LlmConfig, letter: str, job: dict[str, Any]) -> Polish:
    """Ask the model to polish ``letter`` and let the guard judge it. Raises
    :class:`~tailor_app.rewriting.client.LlmError` when the server fails."""
    title, company = _names(job)
    messages = [{"role": "system", "content": POLISH_RULES.format(growth=f"{MAX_GROWTH:g}")},
                {"role": "user", "content": f"Letter:\n{letter.strip()}"}]
    proposed = _clean_letter(chat(config, messages))
    context = " ".join(x for x in (title, company) if x)
    verdict = check_rewrite(letter, proposed, context=context, max_growth=MAX_GROWTH)
    if proposed.strip() == letter.strip():
        return Polish(letter, proposed, False, "the model left the letter as it was")
    return Polish(proposed if verdict.ok else letter, proposed, verdict.ok, verdict.reason)


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
        from ..export.docx_writer import write_docx

        letter = uses_letter_paper()
        return write_atomically(out, lambda tmp: write_docx(tmp, layout, letter=letter),
                                overwrite=overwrite)
    from ..export.pdf_writer import write_pdf

    return write_atomically(out, lambda tmp: write_pdf(tmp, layout), overwrite=overwrite)
