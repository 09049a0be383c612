"""A finished job's cover letter: the draft, and a model's polish of it.

The draft is :func:`tailor_app.tailoring.compose.letter.draft_letter` on the job's
stored result (no engine run). A model may polish it, held by the same rewrite
guard as bullets: the polished letter may state nothing the draft, the posting's
title and company do not, and may drop none of the draft's numbers or skills; a
refused polish leaves the draft and says why. Saving and exporting the letter are
the workflow's (:mod:`tailor_app.letters`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..tailoring.compose.letter import draft_letter
from ..tailoring.compose.rewrite_guard import MAX_GROWTH, check_rewrite
from ..tailoring.model import ParsedResume
from .client import LlmConfig, chat
from .stored import analysis_from_dict, match_from_dict

__all__ = ["Polish", "draft_for_job", "polish_letter", "sender_of"]

POLISH_RULES = (
    "You polish a cover letter so that it reads warmly and clearly. Rules: keep every "
    "fact; add no skill, tool, number, name, job title, degree or date that the letter "
    "does not state; drop none of its numbers or skills; keep the greeting, the sender's "
    "name and contact lines; write in the same language; keep it at most {growth} times "
    "as long. Answer with the letter only: no preamble, no explanation."
)
_PREAMBLE = re.compile(r"^(?:sure|certainly|of course|okay|here(?:'s| is))\b[^\n]{0,80}:\s*$",
                       re.IGNORECASE)


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
