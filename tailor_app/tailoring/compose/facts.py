"""The user's own facts, joined to their resume before tailoring.

A fact is what the user confirmed they have ("I have this" in the match report):
a skill, where they used it (one of the resume's entries, or only the skills
list) and optionally one line in their own words. Joining the facts to the
parsed resume *before* tailoring makes "resume plus its facts" the source of
everything after: tailoring may move and rename what a fact says, the guard
accepts a fact's words because they are in its source, and nothing else new gets
in. The resume file itself is never changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from tailor_app.tailoring.model import Entry, ParsedResume, Section, UserFact

__all__ = ["added_lines", "entry_label_of_line", "entry_labels", "with_facts"]

SKILLS_HEADING = "Skills"


LABEL_JOIN = " \u00b7 "


def _label(entry: Entry, section: Section) -> str:
    """An entry's name for the user: its first two header lines as written ("Google
    Mountain View, CA · Software Engineer Oct 2016 – Present"); one line alone often
    names only the employer, and a school can head both a role and a degree. A list
    with no header of its own (a "Projects" section of bullets) goes by its section's
    heading."""
    lines = [line.strip() for line in entry.header if line.strip()][:2]
    if not lines and entry.bullets and section.heading.strip():
        lines = [section.heading.strip()]
    return LABEL_JOIN.join(lines)


def _placeable(resume: ParsedResume) -> Iterator[tuple[Entry, str]]:
    """Each entry a fact can be placed under with its label: every section's but the
    skills list's and the summary's, and only an entry with a label."""
    for section in resume.sections:
        if section.kind in ("skills", "summary"):
            continue
        for entry in section.entries:
            label = _label(entry, section)
            if label:
                yield entry, label


def entry_labels(resume: ParsedResume) -> list[str]:
    """The entries a fact can be placed under, by their header as written: roles,
    projects, education, anything with a header outside the skills list."""
    return list(dict.fromkeys(label for _entry, label in _placeable(resume)))


def entry_label_of_line(resume: ParsedResume, line: str) -> str | None:
    """The label (:func:`entry_labels`) of the entry whose bullet reads ``line``: where a
    skill the report says a line may show was used, if the user confirms it."""
    folded = _fold(line)
    return next((label for entry, label in _placeable(resume)
                 if any(_fold(bullet) == folded for bullet in entry.bullets)), None)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _find_entry(resume: ParsedResume, label: str) -> tuple[int, int] | None:
    """The entry a fact names by its label (:func:`entry_labels`). The label as it
    reads today wins; failing that, the one entry whose header holds the stored label
    or whose first line is held by it (a later parser may head an entry a little
    differently), so a stored fact is not lost to a change in reading; several: none."""
    folded = _fold(label)
    if not folded:
        return None
    places: list[tuple[int, int, str, str, str]] = []
    for s, section in enumerate(resume.sections):
        if section.kind in ("skills", "summary"):
            continue
        for e, entry in enumerate(section.entries):
            own = _fold(_label(entry, section))
            first = _fold(next((line for line in entry.header if line.strip()), "")) or own
            if own:
                places.append((s, e, own, first, _fold(LABEL_JOIN.join(entry.header))))
    exact = [(s, e) for s, e, own, _first, _whole in places if own == folded]
    near = [(s, e) for s, e, _own, first, whole in places
            if folded in whole or (len(first) >= 8 and first in folded)]
    found = exact or near
    return found[0] if len(found) == 1 else None


def _has_skill(resume: ParsedResume, skill: str) -> bool:
    folded = skill.casefold()
    return any(item.strip().casefold() == folded for item in resume.skills)


def with_facts(resume: ParsedResume, facts: Iterable[UserFact]) -> ParsedResume:
    """A copy of ``resume`` saying what the facts add: each skill in the skills list
    (a new "Skills" section when the resume has none), each line as a bullet of the
    entry the user chose (or of nothing, when that entry is no longer in the resume:
    the line then stays out rather than landing under the wrong role)."""
    facts = list(facts)
    if not facts:
        return resume
    sections = [replace(s, entries=[replace(e, header=list(e.header), bullets=list(e.bullets))
                                    for e in s.entries]) for s in resume.sections]
    out = replace(resume, sections=sections, skills=list(resume.skills))
    new_skills: list[str] = []
    for fact in facts:
        skill = fact.skill.strip()
        if skill and not _has_skill(out, skill) and skill.casefold() not in (
                s.casefold() for s in new_skills):
            new_skills.append(skill)
        line = (fact.line or "").strip()
        if line and fact.entry:
            where = _find_entry(out, fact.entry)
            if where is not None:
                entry = out.sections[where[0]].entries[where[1]]
                if line not in entry.bullets:
                    entry.bullets.append(line)
    if new_skills:
        skills_section = next((s for s in out.sections if s.kind == "skills"), None)
        if skills_section is None:
            out.sections.append(Section("skills", SKILLS_HEADING, [Entry(header=[])]))
            skills_section = out.sections[-1]
        if not skills_section.entries:
            skills_section.entries.append(Entry(header=[]))
        target = skills_section.entries[-1]
        if target.bullets and not target.header:  # a list of one skill per bullet
            target.bullets.extend(new_skills)
        elif target.header and target.header[-1].strip():
            target.header[-1] = f"{target.header[-1].rstrip().rstrip(',')}, " \
                                f"{', '.join(new_skills)}"
        else:
            target.header.append(", ".join(new_skills))
        out.skills.extend(new_skills)
    return out


def added_lines(resume: ParsedResume, augmented: ParsedResume) -> list[str]:
    """What the facts added, as a person reads it: the new bullets, and the skills
    added to the skills list."""
    before = {b for s in resume.sections for e in s.entries for b in e.bullets}
    lines = [b for s in augmented.sections for e in s.entries for b in e.bullets
             if b not in before]
    old_skills = {s.casefold() for s in resume.skills}
    lines += [f"Skill: {s}" for s in augmented.skills if s.casefold() not in old_skills]
    return lines
