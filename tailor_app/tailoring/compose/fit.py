"""Fitting a tailored resume to one or two pages by leaving lines out.

Leaving out is truthful; inventing is not, and shortening a line would be
rewriting it. So the only tool is to leave out whole lines, in an order a careful
editor would: the least relevant bullets of the oldest roles first, then whole
old roles; never the contact block, a heading, a role's only line, or a line that
shows a required skill while a weaker one remains. Every line left out is
returned so the user can see it and put it back.

The page count is estimated from the text (characters per line and lines per
page of the exported layout); the .pdf writer checks it against its real layout
and leaves out the next candidates in this same order if a page still spills.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from tailor_app.tailoring.model import Entry, ParsedResume

__all__ = ["Candidate", "candidates", "estimate_pages", "leave_out"]

# The exported layout (export/pdf_writer.py): 10.5 pt body on Letter/A4 with 0.7 inch
# margins holds about 95 characters a line and 54 lines a page; headings and gaps
# between entries take about a line each. Kept a little under the real figures so
# the estimate errs towards fitting.
CHARS_PER_LINE = 92
LINES_PER_PAGE = 52
# Sections never trimmed: who the resume is about, its summary, skills, education and
# credentials are short and are what a reader looks for first.
_KEPT_KINDS = frozenset({"contact", "summary", "skills", "education", "certifications",
                         "licenses", "languages"})


def _lines(text: str) -> int:
    return max(1, math.ceil(len(text) / CHARS_PER_LINE))


def estimate_pages(resume: ParsedResume, summary: str | None = None) -> float:
    """Pages the resume fills in the exported layout (a fraction: 1.2 spills over)."""
    total: float = sum(_lines(line) for line in resume.contact.lines) + 1
    if summary:
        total += _lines(summary) + 1
    for section in resume.sections:
        total += 2  # the heading and the space above it
        for entry in section.entries:
            total += sum(_lines(h) for h in entry.header if h.strip())
            total += sum(_lines(b) for b in entry.bullets)
            total += 0.5
    return total / LINES_PER_PAGE


@dataclass(frozen=True)
class Candidate:
    """One thing that may be left out: a bullet, or a whole entry (bullet is None)."""

    section: int
    entry: int
    bullet: int | None
    lines: tuple[str, ...]  # what the user will see listed as left out


def candidates(resume: ParsedResume, relevance: Callable[[str], float],
               shows_required: Callable[[str], bool],
               keep: Collection[str] = ()) -> list[Candidate]:
    """What may be left out, first to go first.

    Entries count as older the further down their section they are (resumes list
    the newest first). ``keep`` holds lines the user put back: never candidates.
    """
    tiers: list[list[tuple[tuple[float, ...], Candidate]]] = [[], [], [], []]
    for s, section in enumerate(resume.sections):
        if section.kind in _KEPT_KINDS:
            continue
        count = len(section.entries)
        # Work history is the resume's core; activities, volunteering and the like go
        # first, as if older than the oldest role.
        base = 0.0 if section.kind == "experience" else 1.0
        for e, entry in enumerate(section.entries):
            age = base + (e / (count - 1) if count > 1 else 0.0)
            bullets = entry.bullets
            # The most relevant line of an entry stays as long as the entry does.
            best = max(range(len(bullets)), key=lambda i: (relevance(bullets[i]), -i),
                       default=None)
            for b, bullet in enumerate(bullets):
                if b == best or bullet in keep:
                    continue
                tier = 2 if shows_required(bullet) else 0
                tiers[tier].append(((-age, relevance(bullet), -b),
                                    Candidate(s, e, b, (bullet,))))
            if (e == 0 and base == 0.0) or not entry.header or any(
                    line in keep for line in [*entry.header, *bullets]):
                continue  # the newest role, or one the user put back
            whole = (*[h for h in entry.header if h.strip()], *bullets)
            tier = 3 if any(shows_required(line) for line in whole) else 1
            tiers[tier].append(((-age, sum(relevance(line) for line in bullets)),
                                Candidate(s, e, None, whole)))
    ordered: list[Candidate] = []
    for ranked in tiers:
        ordered.extend(candidate for _, candidate in sorted(ranked, key=lambda t: t[0]))
    return ordered


def _without(resume: ParsedResume, chosen: Sequence[Candidate]) -> ParsedResume:
    drop_bullets = {(c.section, c.entry, c.bullet) for c in chosen if c.bullet is not None}
    drop_entries = {(c.section, c.entry) for c in chosen if c.bullet is None}
    sections = []
    for s, section in enumerate(resume.sections):
        entries: list[Entry] = []
        for e, entry in enumerate(section.entries):
            if (s, e) in drop_entries:
                continue
            bullets = [b for i, b in enumerate(entry.bullets) if (s, e, i) not in drop_bullets]
            entries.append(replace(entry, bullets=bullets))
        sections.append(replace(section, entries=entries))
    return replace(resume, sections=sections)


def leave_out(resume: ParsedResume, pages: int | None, summary: str | None,
              relevance: Callable[[str], float], shows_required: Callable[[str], bool],
              keep: Collection[str] = ()) -> tuple[ParsedResume, list[str], list[list[str]]]:
    """The resume with lines left out until the estimate fits ``pages`` (None: keep
    everything), the lines left out in the order they went, and what would go next
    (groups of lines, first to go first): the .pdf writer leaves those out too when
    its real layout still spills onto another page."""
    if not pages:
        return resume, [], []
    order = candidates(resume, relevance, shows_required, keep)
    chosen: list[Candidate] = []
    current = resume
    position = 0
    while position < len(order) and estimate_pages(current, summary) > pages:
        candidate = order[position]
        position += 1
        if candidate.bullet is None:  # a whole entry: its bullets chosen earlier go too
            chosen = [c for c in chosen if (c.section, c.entry) !=
                      (candidate.section, candidate.entry)]
        chosen.append(candidate)
        current = _without(resume, chosen)
    left: list[str] = []
    for candidate in chosen:
        left.extend(_lines_of(resume, candidate))
    taken = {(c.section, c.entry) for c in chosen if c.bullet is None}
    spare = [_lines_of(resume, c) for c in order[position:]
             if (c.section, c.entry) not in taken]
    return current, list(dict.fromkeys(left)), spare


def _lines_of(resume: ParsedResume, candidate: Candidate) -> list[str]:
    if candidate.bullet is None:
        entry = resume.sections[candidate.section].entries[candidate.entry]
        return [line for line in (*entry.header, *entry.bullets) if line.strip()]
    return list(candidate.lines)
