"""A cover letter drafted from the resume's own evidence for the posting.

Nothing in it is new: the skills named are the posting's top required skills that
the match report found, each followed by the resume line that shows it (word for
word; of a paragraph, the sentence naming the skill; never a skills-list line or
a role's title line, which name a skill without showing it used) and the role that line sits under;
the title and company are the posting's; the name and contact lines are the
resume's. Deterministic, so the same job always drafts the same letter; a model
may polish it later, held by the rewrite guard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailor_app.tailoring.model import Entry, MatchReport, ParsedResume, PostingAnalysis

__all__ = ["LetterParts", "draft_letter", "letter_context"]

MAX_SKILLS = 4
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


@dataclass(frozen=True)
class LetterParts:
    """What the letter is made of, kept for the guard and for tests."""

    greeting: str
    evidence: tuple[tuple[str, str, str], ...]  # (skill, role, resume line)
    text: str


def _entry_of(line: str, resume: ParsedResume) -> Entry | None:
    for section in resume.sections:
        for entry in section.entries:
            if line in entry.bullets or line in entry.header:
                return entry
    return None


def _names_only(line: str, resume: ParsedResume) -> bool:
    """A line that names the skill without showing it used: a line of a skills
    section, or the header of a role or degree ("DevOps Engineer  Sep. 2023", which
    quoted would read "DevOps, as DevOps Engineer at Dunamu: DevOps Engineer Sep.")."""
    for section in resume.sections:
        for entry in section.entries:
            if section.kind == "skills" and (line in entry.bullets or line in entry.header):
                return True
            dated = entry.title or entry.organisation or entry.start or entry.end
            if dated and line in entry.header:
                return True
    return False


def _showing_sentence(line: str, term: str) -> str:
    """The sentence of ``line`` that names ``term`` (a summary paragraph is quoted by
    its one telling sentence, not whole); the line itself when it is one sentence."""
    sentences = _SENTENCE_END.split(line.strip())
    if len(sentences) == 1:
        return line
    folded = term.casefold()
    return next((s for s in sentences if folded and folded in s.casefold()), sentences[0])


def _role(entry: Entry | None) -> str:
    if entry is None:
        return ""
    if entry.title and entry.organisation:
        return f"as {entry.title} at {entry.organisation}"
    if entry.title:
        return f"as {entry.title}"
    if entry.organisation:
        return f"at {entry.organisation}"
    return ""


def _sentence(line: str) -> str:
    line = line.strip().rstrip(";,")
    return line if line.endswith((".", "!", "?")) else f"{line}."


def draft_letter(resume: ParsedResume, analysis: PostingAnalysis, match: MatchReport, *,
                 title: str | None = None, company: str | None = None) -> LetterParts:
    """The letter's text; ``title`` and ``company`` override the posting's guesses."""
    title = (title or analysis.title or "").strip()
    company = (company or analysis.company or "").strip()
    contact = resume.contact
    name = (contact.name or "").strip()
    details = [d for d in (contact.email, contact.phone, contact.location) if d]

    matched = sorted((m for m in match.matched if m.evidence and m.kind != "soft"),
                     key=lambda m: (not m.required, m.kind == "certification"))
    evidence: list[tuple[str, str, str]] = []
    used_lines: set[str] = set()
    for m in matched:
        if m.evidence in used_lines or _names_only(m.evidence, resume):
            continue
        used_lines.add(m.evidence)
        evidence.append((m.name, _role(_entry_of(m.evidence, resume)),
                         _showing_sentence(m.evidence, m.resume_term or m.name)))
        if len(evidence) == MAX_SKILLS:
            break

    greeting = f"Dear {company} hiring team," if company else "Dear hiring team,"
    position = f"the {title} position" if title else "this position"
    where = f" at {company}" if company else ""
    lines: list[str] = []
    if name:
        lines.append(name)
    if details:
        lines.append(" · ".join(details))
    if lines:
        lines.append("")
    opening = f"I am writing to apply for {position}{where}."
    if evidence:
        skills = [skill for skill, _, _ in evidence]
        listed = (", ".join(skills[:-1]) + f" and {skills[-1]}") if len(skills) > 1 \
            else skills[0]
        opening += (f" Your posting asks for {listed}; here is where my experience "
                    "shows each:")
    lines += [greeting, "", opening, ""]
    if evidence:
        for skill, role, line in evidence:
            lead = f"{skill}, {role}: " if role else f"{skill}: "
            lines.append(f"• {lead}{_sentence(line)}")
        lines.append("")
    lines.append("My resume, attached, gives the details. I would welcome the chance to "
                 f"talk about how I can help{where or ' your team'}.")
    lines += ["", "Sincerely,"]
    if name:
        lines.append(name)
    return LetterParts(greeting, tuple(evidence), "\n".join(lines) + "\n")


def letter_context(parts: LetterParts, title: str | None, company: str | None) -> str:
    """What a polished letter may also name: the posting's title and company."""
    return " ".join(x for x in (title, company) if x)
