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
from .tailoring.compose.facts import entry_labels
from .tailoring.model import ParsedResume

__all__ = ["add_fact", "entry_choices", "facts_of", "find_entry", "get_fact", "list_facts",
           "remove_fact", "update_fact"]

log = logging.getLogger(__name__)
MAX_SKILL = 120
MAX_LINE = 500


class FactError(AppError):
    """A fact that can't be stored as given (said so a user can fix it)."""


def _dict(fact: Fact) -> dict[str, Any]:
    return {"id": fact.id, "resume_id": fact.resume_id, "skill": fact.skill,
            "entry": fact.entry, "line": fact.line, "created_at": fact.created_at,
            "updated_at": fact.updated_at}


def _clean(skill: str, line: str | None) -> tuple[str, str | None]:
    skill = " ".join(skill.split())
    line = " ".join((line or "").split()) or None
    if not skill:
        raise FactError("Say which skill you have.")
    if len(skill) > MAX_SKILL:
        raise FactError(f"A skill's name is at most {MAX_SKILL} characters.")
    if line and len(line) > MAX_LINE:
        raise FactError(f"Your line is {len(line)} characters; keep it to one bullet "
                        f"(at most {MAX_LINE}).")
    return skill, line


@db_operation
def entry_choices(resume_id: str) -> list[str]:
    """Where a fact can be placed: the resume's entries by their first header line."""
    resume = Resume.get_or_none(Resume.id == resume_id)
    if resume is None or not resume.parsed_json:
        return []
    return entry_labels(ParsedResume.from_dict(json.loads(resume.parsed_json)))


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
    skill, line = _clean(skill, line)
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
    skill, line = _clean(skill, line)
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
    fact = Fact.get_or_none(Fact.id == fact_id)
    if fact is None:  # a unique prefix works, as for jobs
        matches = list(Fact.select().where(Fact.id.startswith(fact_id)).limit(2))
        fact = matches[0] if len(matches) == 1 and len(fact_id) >= 4 else None
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
    query = Fact.select().order_by(Fact.created_at, Fact.id)
    if resume_id is not None:
        query = query.where(Fact.resume == resume_id)
    return [_dict(f) for f in query]


def facts_of(resume_id: str) -> list[dict[str, Any]]:
    """What tailoring needs of a resume's facts (called inside a database operation)."""
    return [{"skill": f["skill"], "entry": f["entry"], "line": f["line"]}
            for f in list_facts(resume_id)]
