"""The user's facts: skills they confirmed having, kept per resume.

A fact belongs to a resume, not to a job: once the user says "I have ServiceTitan,
I used it at Acme", every later job of that resume may show it. The tailoring step
joins the facts to the resume before anything else (see
``tailoring.compose.facts``), so the guard accepts exactly the facts' words and
nothing else new. The resume file itself never changes.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from .db import Fact, Resume, db_operation, now_iso, write_transaction
from .errors import AppError
from .tailoring import ParsedResume, ResumeDocument, entry_label_of_line, entry_labels

__all__ = ["FactError", "add_fact", "entry_choices", "facts_of", "find_entry",
           "find_resume_id", "get_fact", "list_facts", "remove_fact", "update_fact"]

log = logging.getLogger(__name__)
MAX_SKILL = 120
MAX_LINE = 500


class FactError(AppError):
    """A fact that can't be stored as given (said so a user can fix it)."""


def _dict(fact: Fact, resume_name: str | None = None) -> dict[str, Any]:
    return {"id": fact.id, "resume_id": fact.resume_id, "skill": fact.skill,
            "entry": fact.entry, "line": fact.line, "created_at": fact.created_at,
            "updated_at": fact.updated_at,
            "resume_name": resume_name if resume_name is not None
            else fact.resume.display_name}


def _clean(skill: str, entry: str | None,
           line: str | None) -> tuple[str, str | None, str | None]:
    skill = " ".join(skill.split())
    entry = (entry or "").strip() or None
    line = " ".join((line or "").split()) or None
    if not skill:
        raise FactError("Say which skill you have.")
    if len(skill) > MAX_SKILL:
        raise FactError(f"A skill's name is at most {MAX_SKILL} characters.")
    if line and len(line) > MAX_LINE:
        raise FactError(f"Your line is {len(line)} characters; keep it to one bullet "
                        f"(at most {MAX_LINE}).")
    if line and entry is None:
        # A line is a bullet: without a role, project or school it has nowhere to go,
        # and storing it would promise something tailoring never shows.
        raise FactError("Your line needs a place: choose the role, project or education "
                        "it belongs under (or leave the line empty).")
    return skill, entry, line


def _parsed(resume: Resume) -> ParsedResume | None:
    """The resume as tailoring reads it now: parsed again from the stored reading, as
    each job does (``parsed_json`` is the import's parse, which a newer parser may
    head differently, and a fact's entry must be named as tailoring will see it)."""
    from .importer import document_from_json
    from .tailoring import parse_resume

    if resume.document_json:
        return parse_resume(document_from_json(resume.document_json))
    if resume.parsed_text:
        return parse_resume(ResumeDocument.from_text(resume.parsed_text, resume.file_format))
    if resume.parsed_json:
        return ParsedResume.from_dict(json.loads(resume.parsed_json))
    return None


def _parsed_of(resume_id: str) -> ParsedResume | None:
    resume = Resume.get_or_none(Resume.id == resume_id)
    return _parsed(resume) if resume is not None else None


@db_operation
def entry_choices(resume_id: str) -> list[str]:
    """Where a fact can be placed: the resume's entries by their first header line."""
    parsed = _parsed_of(resume_id)
    return entry_labels(parsed) if parsed is not None else []


@db_operation
def entry_choices_and_place(resume_id: str, line: str) -> tuple[list[str], str | None]:
    """:func:`entry_choices` and, among them, the place whose bullet reads ``line`` (None
    if none does), from one reading of the resume."""
    parsed = _parsed_of(resume_id)
    if parsed is None:
        return [], None
    return entry_labels(parsed), entry_label_of_line(parsed, line) if line else None


@db_operation
def find_resume_id(text: str) -> str:
    """The resume whose id is ``text`` or starts with it (as job ids may be shortened);
    an error says whether none or several matched."""
    text = text.strip()
    if text and Resume.get_or_none(Resume.id == text) is not None:
        return text
    found = [r.id for r in Resume.select(Resume.id).where(Resume.id.startswith(text))
             .limit(10)] if text else []
    if len(found) == 1:
        return str(found[0])
    if not found:
        raise FactError(f"No resume has the id {text!r}; `tailor-app facts list` and "
                        "`tailor-app import` show resume ids.")
    raise FactError(f"{text!r} is the start of {len(found)} resume ids; type more of it.")


def find_entry(resume_id: str, part: str) -> str:
    """The one entry whose heading contains ``part`` (case-insensitive), for the
    command line's ``--entry``; an error names the choices when none or several do."""
    choices = entry_choices(resume_id)
    folded = part.casefold().strip()
    exact = [c for c in choices if c.casefold() == folded]
    found = exact or [c for c in choices if folded in c.casefold()]
    if len(found) == 1:
        return found[0]
    listed = "; ".join(choices) or "this resume has none"
    if not found:
        raise FactError(f"No entry of this resume has “{part}” in its heading. "
                        f"Its entries: {listed}.")
    raise FactError(f"“{part}” is in several entries' headings ({'; '.join(found)}); "
                    "give more of the heading.")


@db_operation
def add_fact(resume_id: str, skill: str, entry: str | None = None,
             line: str | None = None) -> dict[str, Any]:
    """Store a fact for a resume; the same skill again updates its entry and line."""
    skill, entry, line = _clean(skill, entry, line)
    with write_transaction():
        if Resume.get_or_none(Resume.id == resume_id) is None:
            raise FactError("That resume no longer exists.")
        existing = (Fact.select().where((Fact.resume == resume_id)
                                        & (Fact.skill.collate("NOCASE") == skill)).first())
        if existing is not None:
            existing.entry, existing.line, existing.updated_at = entry or None, line, now_iso()
            existing.save()
            fact = existing
        else:
            fact = Fact.create(resume=resume_id, skill=skill, entry=entry or None, line=line)
    log.info("fact %s stored for resume %s", fact.id, resume_id)
    return _dict(fact)


@db_operation
def update_fact(fact_id: str, *, skill: str, entry: str | None,
                line: str | None) -> dict[str, Any]:
    """Change what a fact says; later tailoring uses the new wording."""
    skill, entry, line = _clean(skill, entry, line)
    with write_transaction():
        fact = Fact.get_or_none(Fact.id == fact_id)
        if fact is None:
            raise FactError("That addition no longer exists.")
        fact.skill, fact.entry, fact.line, fact.updated_at = skill, entry or None, line, \
            now_iso()
        fact.save()
    return _dict(fact)


@db_operation
def get_fact(fact_id: str) -> dict[str, Any] | None:
    """A fact by its id or a unique start of it (at least 4 characters), else None."""
    fact_id = fact_id.strip()
    fact = Fact.get_or_none(Fact.id == fact_id) if fact_id else None
    if fact is None and len(fact_id) >= 4:  # a unique prefix works, as for jobs
        matches = list(Fact.select().where(Fact.id.startswith(fact_id)).limit(2))
        if len(matches) > 1:
            raise FactError(f"{fact_id!r} is the start of several additions' ids; type "
                            "more of it.")
        fact = matches[0] if matches else None
    return _dict(fact) if fact else None


@db_operation
def remove_fact(fact_id: str) -> bool:
    """Delete a fact; True when it existed. Later tailoring no longer shows it."""
    fact = get_fact(fact_id)
    if fact is None:
        return False
    with write_transaction():
        removed = Fact.delete().where(Fact.id == fact["id"]).execute()
    log.info("fact %s removed", fact["id"])
    return bool(removed)


@db_operation
def list_facts(resume_id: str | None = None) -> list[dict[str, Any]]:
    """Facts of one resume (or of all), oldest first, as plain dicts."""
    query = (Fact.select(Fact, Resume.id, Resume.display_name).join(Resume)
             .order_by(Fact.created_at, Fact.id))
    if resume_id is not None:
        query = query.where(Fact.resume == resume_id)
    return [_dict(f, f.resume.display_name) for f in query]


def facts_of(resume_id: str) -> list[dict[str, Any]]:
    """What tailoring needs of a resume's facts (called inside a database operation)."""
    return [{"skill": f["skill"], "entry": f["entry"], "line": f["line"]}
            for f in list_facts(resume_id)]
