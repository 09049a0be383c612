"""Fitting a tailored resume to one or two pages by leaving lines out.

Leaving out is truthful; inventing is not, and shortening a line would be
rewriting it. So the only tool is to leave out whole lines, in an order a careful
editor would: the least relevant bullets of the oldest roles first, then whole
old roles; never the contact block, a line with contact details, a heading (a
section keeps at least one entry under its heading, a label such as "Languages:"
keeps its first item, a short sub-heading entry keeps the entry under it), a
role's only line, or a line that shows a required skill while a weaker one
remains. Every line left out is returned so the user can see it and put it back.

The page count is estimated from the text, in points of the exported PDF's layout
(export/pdf_writer.py: 10.5 pt body at a 13.2 pt pitch, headings, gaps). The .pdf
and .docx writers check it against the real layout and leave out the next groups
of ``spare`` (this same order, computed to the end) if a page still spills.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from tailor_app.tailoring.model import Entry, ParsedResume, Section

__all__ = ["Candidate", "candidates", "estimate_pages", "leave_out", "without_group"]

# The exported layout, in points. The text width is A4's (the narrower paper) and
# the height Letter's (the shorter), so the estimate errs towards fitting on both.
TEXT_WIDTH = 487.0
TEXT_HEIGHT = 700.0
CHAR_WIDTH = 4.5  # an average character of the body font at 10.5 pt (Arial is ~4.6)
CONTACT_CHAR_WIDTH = 4.3
BULLET_INDENT = 16.0
LINE = 13.2  # body pitch; a bullet adds 1.5 pt after it
ROLE_GAP = 6.0
NAME = 29.0
CONTACT_LINE = 12.5
HEADING = 29.0  # 11.5 pt heading with 11 pt above and 4 pt below
SUMMARY_GAP = 7.0
WRAP_SLACK = 0.93  # words do not fill a line to the last character
# Sections never trimmed: who the resume is about, its summary, skills, education and
# credentials are short and are what a reader looks for first.
_KEPT_KINDS = frozenset({"contact", "summary", "skills", "education", "certifications",
                         "licenses", "languages"})
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\(?\d{2,4}\)?[\s.-]\d{3}[\s.-]?\d{3,4}"
                      r"|https?://|www\.|linkedin\.com|github\.com", re.IGNORECASE)
# Kept sections whose entries past the first may still go when the section is long and
# the entry shows nothing the posting requires, as if older than the oldest role: the
# ninth certificate of a long list, or a profile's later paragraphs (hobbies, a quote),
# must not cost a recent role that shows the work; a required BLS card always stays.
_LONG_KEPT = frozenset({"summary", "certifications"})
_KEPT_FIRST = 1  # entries of such a section that always stay
_LONG_SECTION = 5  # entries from which such a section counts as long
# A list of courses is read as education but is no degree: it may be shortened.
_COURSEWORK = re.compile(r"\bcourse(?:work|s)\b", re.IGNORECASE)
_ENDS_WITH_DATE = re.compile(r"\s{2}.*\b(?:19|20)\d{2}$")  # "Title  July 2023"
_JOINED_CONTACT_MAX = 110  # export/layout.py joins shorter contact blocks into one line


def _rows(text: str, width: float, char: float = CHAR_WIDTH) -> int:
    per_line = max(20, int(width * WRAP_SLACK / char))
    return max(1, math.ceil(len(text.strip()) / per_line))


def _entry_height(entry: Entry) -> float:
    # The first line of a role (bullets or dates under it) is bold with a gap above.
    height = ROLE_GAP if entry.bullets or entry.start or entry.end else 0.0
    for line in (h for h in entry.header if h.strip()):
        height += _rows(line, TEXT_WIDTH) * LINE
    for bullet in entry.bullets:
        height += _rows(bullet, TEXT_WIDTH - BULLET_INDENT) * LINE + 1.5
    return height


def estimate_pages(resume: ParsedResume, summary: str | None = None) -> float:
    """Pages the resume fills in the exported layout (a fraction: 1.2 spills over)."""
    lines = [line.strip() for line in resume.contact.lines if line.strip()]
    height = NAME if lines else 0.0
    rest = lines[1:]
    if len(rest) > 1 and len(" · ".join(rest)) <= _JOINED_CONTACT_MAX:
        rest = [" · ".join(rest)]
    height += sum(_rows(line, TEXT_WIDTH, CONTACT_CHAR_WIDTH) * CONTACT_LINE for line in rest)
    if summary:
        height += SUMMARY_GAP + _rows(summary, TEXT_WIDTH) * LINE
    for section in resume.sections:
        if section.heading.strip():
            height += HEADING
        height += sum(_entry_height(entry) for entry in section.entries)
    return height / TEXT_HEIGHT


@dataclass(frozen=True)
class Candidate:
    """One thing that may be left out: a bullet, a header line after the first, or a
    whole entry (``whole``)."""

    section: int
    entry: int
    bullet: int | None
    lines: tuple[str, ...]  # what the user will see listed as left out
    more: tuple[int, ...] = ()  # a whole entry's continuation entries (go with it)
    header: int | None = None  # a header line after the first (a profile's paragraph)
    sections: tuple[int, ...] = ()  # whole sections taken, headings and all

    @property
    def whole(self) -> bool:
        """Does this candidate take its whole entry (not one line, not sections)?"""
        return self.bullet is None and self.header is None and not self.sections

    def entries(self) -> tuple[int, ...]:
        """The entries a whole-entry candidate takes (none for a line)."""
        return (self.entry, *self.more) if self.whole else ()


def _continuations(entries: Sequence[Entry]) -> dict[int, tuple[int, ...]]:
    """For each dated entry, the undated header-only entries right under it: the
    lines a reader takes as its own (a publication's authors and DOI, read as entries
    of their own). They go with it and never alone."""
    groups: dict[int, tuple[int, ...]] = {}
    head: int | None = None
    for e, entry in enumerate(entries):
        first = _first_line(entry) or ""
        if entry.start or entry.end or entry.bullets or _ENDS_WITH_DATE.search(first):
            head = e
            groups[head] = ()
        elif head is not None and not _is_subheading(entry):
            groups[head] = (*groups[head], e)
        else:
            head = None
    return groups


def is_contact_line(line: str) -> bool:
    """An e-mail address, a phone number or a web address: never left out."""
    return bool(_CONTACT.search(line))


def _is_label(line: str) -> bool:
    """A line introducing the ones under it ("Human Languages:")."""
    return line.rstrip().endswith(":")


def _is_subheading(entry: Entry) -> bool:
    """A short one-line entry of no bullets, digits or commas ("Community") heading
    the entries under it in its section."""
    header = [h for h in entry.header if h.strip()]
    return (len(header) == 1 and not entry.bullets and len(header[0].split()) <= 4
            and not any(ch.isdigit() or ch in ",;" for ch in header[0])
            and not is_contact_line(header[0]))


def _protected_bullets(entry: Entry, relevance: Callable[[str], float]) -> set[int]:
    """Bullets that stay as long as their entry does: its most relevant line (a role
    keeps a line), labels and the first item under each, contact details."""
    bullets = entry.bullets
    kept: set[int] = set()
    if bullets:
        kept.add(max(range(len(bullets)), key=lambda i: (relevance(bullets[i]), -i)))
    for i, line in enumerate(bullets):
        if _is_label(line):
            kept.update({i, i + 1})
        if is_contact_line(line):
            kept.add(i)
    return {i for i in kept if i < len(bullets)}


Required = Callable[[str], Collection[str]]  # the required skills a line shows


def _always_shown(resume: ParsedResume, shows_required: Required) -> set[str]:
    """Required skills shown by lines that are never left out (the skills list,
    education, the summary, the newest role): a line showing only those is no
    one's last evidence."""
    shown: set[str] = set()
    for section in resume.sections:
        kept = section.kind in _KEPT_KINDS and not _COURSEWORK.search(section.heading)
        for e, entry in enumerate(section.entries):
            if kept or (
                    e == 0 and section.kind == "experience"):
                for line in (*entry.header, *entry.bullets):
                    shown.update(shows_required(line))
    return shown


def _trimmable(kind: str, entry: int, count: int = _LONG_SECTION) -> bool:
    """May the ``entry``-th of ``count`` entries of a section of ``kind`` never trimmed
    otherwise go (when it shows nothing required)? A profile's paragraphs after the
    first may, however few (a sabbatical's hobbies and a favourite shell are no reason
    to cut a role that shows the work); a credentials list's entries only when it is
    long."""
    if kind == "summary":
        return entry >= _KEPT_FIRST
    return kind in _LONG_KEPT and entry >= _KEPT_FIRST and count >= _LONG_SECTION


def _most_relevant_role(resume: ParsedResume, relevance: Callable[[str], float],
                        shows_required: Required) -> tuple[int, int] | None:
    """The role that shows the most of what the posting requires (then the most
    relevant, then the newest): it stays, as the newest role does. Fitting by age alone
    cut a senior engineer's two-year lead role whole and kept a six-month job above it."""
    best: tuple[tuple[float, float, int], tuple[int, int]] | None = None
    for s, section in enumerate(resume.sections):
        if section.kind != "experience":
            continue
        for e, entry in enumerate(section.entries):
            lines = [line for line in (*entry.header, *entry.bullets) if line.strip()]
            if not entry.bullets:
                continue
            shown: set[str] = set()
            for line in lines:
                shown.update(shows_required(line))
            key = (float(len(shown)), sum(relevance(line) for line in lines), -e)
            if shown and (best is None or key > best[0]):
                best = (key, (s, e))
    return best[1] if best else None


def candidates(resume: ParsedResume, relevance: Callable[[str], float],
               shows_required: Required,
               keep: Collection[str] = ()) -> list[Candidate]:
    """What may be left out, first to go first.

    Entries count as older the further down their section they are (resumes list
    the newest first). ``keep`` holds lines the user put back: never candidates.
    Four tiers: bullets that show no required skill (oldest roles first, least
    relevant first within a role), except the newest role's; whole entries that show
    none (oldest first); the newest role's such bullets; then lines that do show one,
    oldest entry first, its least relevant bullets and then the entry itself, so that an
    old role goes whole before a newer one loses the lines that show the posting's work.
    In the last tier, lines whose required skills the kept lines (skills list,
    education, newest role) also show go before the last evidence of a skill. Sections
    a reader looks for first (summary, skills, education, credentials) are never trimmed,
    except a summary's paragraphs after the first and a long credentials list's entries
    after the first that show nothing required, which count as older than the oldest
    role. The role showing the most required skills stays as the newest one does
    (``_most_relevant_role``).
    """
    keep = set(keep)
    covered = _always_shown(resume, shows_required)
    kept_role = _most_relevant_role(resume, relevance, shows_required)

    def last_evidence(lines: Collection[str]) -> bool:
        """Does leaving these out take the last line showing a required skill?"""
        return any(set(shows_required(line)) - covered for line in lines)

    tiers: list[list[tuple[tuple[float, ...], Candidate]]] = [[], [], [], []]
    for group in _minor_sections(resume):
        lines = [line for t in group for line in _section_lines(resume.sections[t])]
        if any(line in keep or is_contact_line(line) for line in lines):
            continue
        tier = 3 if any(shows_required(line) for line in lines) else 1
        tiers[tier].append(((last_evidence(lines), -2.0, 2, sum(map(relevance, lines))),
                            Candidate(group[-1], -1, None, tuple(lines), sections=group)))
    for s, section in enumerate(resume.sections):
        trimmed_only = section.kind in _LONG_KEPT
        if section.kind == "summary":
            # A paragraph of a profile after its first, showing nothing required.
            for e, entry in enumerate(section.entries):
                for h, line in enumerate(entry.header):
                    if (h and line.strip() and line not in keep and not is_contact_line(line)
                            and not shows_required(line)):
                        tiers[1].append(((False, -2.0, 0, relevance(line), -h),
                                         Candidate(s, e, None, (line,), header=h)))
        if section.kind in _KEPT_KINDS and not _COURSEWORK.search(section.heading) and not (
                trimmed_only and (len(section.entries) >= _LONG_SECTION
                                  or section.kind == "summary")):
            continue
        count = len(section.entries)
        # Work history is the resume's core; activities, volunteering and the like go
        # first, as if older than the oldest role.
        base = 0.0 if section.kind == "experience" else 1.0
        groups = _continuations(section.entries)
        follows = {c for more in groups.values() for c in more}
        for e, entry in enumerate(section.entries):
            if trimmed_only and (not _trimmable(section.kind, e, count) or any(
                    shows_required(line) for line in (*entry.header, *entry.bullets))):
                continue
            stays = (e == 0 and base == 0.0) or (s, e) == kept_role
            # The current role and the most relevant one keep their lines longer.
            age = 0.0 if stays else base + (e / (count - 1) if count > 1 else 0.0)
            protected = _protected_bullets(entry, relevance)
            for b, bullet in enumerate(entry.bullets):
                if b in protected or bullet in keep:
                    continue
                newest = stays
                if shows_required(bullet):
                    tiers[3].append(((last_evidence([bullet]), -age, 0, relevance(bullet), -b),
                                     Candidate(s, e, b, (bullet,))))
                else:
                    tiers[2 if newest else 0].append(((-age, relevance(bullet), -b),
                                                      Candidate(s, e, b, (bullet,))))
            more = groups.get(e, ())
            lines = [line for i in (e, *more) for line in (
                *(h for h in section.entries[i].header if h.strip()),
                *section.entries[i].bullets)]
            under_subheading = e > 0 and _is_subheading(section.entries[e - 1])
            if (stays or not lines or _is_subheading(entry) or e in follows
                    or under_subheading or any(line in keep for line in lines)
                    or any(is_contact_line(line) for line in lines)):
                continue  # the newest or most relevant role, a sub-heading and its first
                # entry, one put back
            # An entry showing a required skill goes in the same tier as such bullets,
            # right after its own: the oldest role goes whole before a newer role loses
            # the lines that show the posting's work (a 15-year engineer cut to one page
            # keeps the last two roles, not one bullet of each of seven).
            tier = 3 if any(shows_required(line) for line in lines) else 1
            tiers[tier].append(((last_evidence(lines), -age, 1,
                                 sum(relevance(line) for line in entry.bullets)),
                                Candidate(s, e, None, tuple(lines), more)))
    ordered: list[Candidate] = []
    for ranked in tiers:
        ordered.extend(candidate for _, candidate in sorted(ranked, key=lambda t: t[0]))
    return ordered


# Sections that may go whole, headings and all, before a role loses a line showing
# the posting's work: honours, interests and references. Projects, publications and
# volunteering are work a new graduate or a career changer shows the asks by, and an
# unplaced heading may be work too: those go entry by entry as before.
_WHOLE_KINDS = frozenset({"awards", "interests", "references"})


def _section_lines(section: Section) -> list[str]:
    """A section's heading and every line under it, as a reader sees them."""
    return [line for line in (section.heading, *(
        text for entry in section.entries for text in (*entry.header, *entry.bullets)))
        if line.strip()]


def _minor_sections(resume: ParsedResume) -> list[tuple[int, ...]]:
    """Headed sections of a minor kind that may go whole: each alone, or a heading
    with no lines of its own ("Honors & Awards") with the sections of its kind under
    it ("International Awards", "Domestic Awards"), which go together so that no
    heading is left over nothing. An awards list filled a page its author's most
    relevant role could not stay on (its sub-headings kept one entry each)."""
    groups: list[tuple[int, ...]] = []
    sections = resume.sections
    s = 0
    while s < len(sections):
        section = sections[s]
        if section.kind not in _WHOLE_KINDS or not section.heading.strip():
            s += 1
            continue
        group = [s]
        if not section.entries:
            while (s + len(group) < len(sections)
                   and sections[s + len(group)].kind == section.kind
                   and sections[s + len(group)].entries):
                group.append(s + len(group))
        if any(sections[t].entries for t in group):
            groups.append(tuple(group))
        s += len(group)
    return groups


def _without(resume: ParsedResume, chosen: Sequence[Candidate]) -> ParsedResume:
    drop_bullets = {(c.section, c.entry, c.bullet) for c in chosen if c.bullet is not None}
    drop_headers = {(c.section, c.entry, c.header) for c in chosen if c.header is not None}
    drop_entries = {(c.section, e) for c in chosen for e in c.entries()}
    drop_sections = {t for c in chosen for t in c.sections}
    sections = []
    for s, section in enumerate(resume.sections):
        if s in drop_sections:
            continue
        entries: list[Entry] = []
        for e, entry in enumerate(section.entries):
            if (s, e) in drop_entries:
                continue
            header = [line for h, line in enumerate(entry.header)
                      if (s, e, h) not in drop_headers]
            kept = [i for i in range(len(entry.bullets)) if (s, e, i) not in drop_bullets]
            entries.append(replace(entry, header=header,
                                   bullets=[entry.bullets[i] for i in kept],
                                   plain=[entry.is_plain(i) for i in kept] if entry.plain
                                   else []))
        sections.append(replace(section, entries=entries))
    return replace(resume, sections=sections)


def _empties_section(resume: ParsedResume, candidate: Candidate,
                     gone: set[tuple[int, int]]) -> bool:
    """Would leaving out this whole entry leave a heading with nothing under it?"""
    section = resume.sections[candidate.section]
    if not section.heading.strip():
        return False
    return all((candidate.section, e) in gone or e in candidate.entries()
               for e in range(len(section.entries)))


def _order(resume: ParsedResume, order: list[Candidate]) -> list[Candidate]:
    """``order`` as it can really be taken, first to last: a whole entry that would
    empty its section stays, and bullets of an entry already gone are skipped."""
    taken: list[Candidate] = []
    gone: set[tuple[int, int]] = set()
    for candidate in order:
        where = (candidate.section, candidate.entry)
        if where in gone:
            continue
        if candidate.sections:
            if all((t, e) in gone for t in candidate.sections
                   for e in range(len(resume.sections[t].entries))) and not any(
                    resume.sections[t].heading.strip() for t in candidate.sections):
                continue
            gone.update((t, e) for t in candidate.sections
                        for e in range(len(resume.sections[t].entries)))
        elif candidate.whole:
            if _empties_section(resume, candidate, gone):
                continue
            gone.update((candidate.section, e) for e in candidate.entries())
        taken.append(candidate)
    return taken


def leave_out(resume: ParsedResume, pages: int | None, summary: str | None,
              relevance: Callable[[str], float], shows_required: Required,
              keep: Collection[str] = ()) -> tuple[ParsedResume, list[str], list[list[str]]]:
    """The resume with lines left out until the estimate fits ``pages`` (None: keep
    everything), the lines left out in document order (a line written twice is
    listed twice: each is excused once), and what would go next (groups of lines,
    first to go first): the .pdf and .docx writers leave those out too when the real
    layout still spills onto another page (see :func:`without_group`)."""
    if not pages:
        return resume, [], []
    order = _order(resume, candidates(resume, relevance, shows_required, keep))
    chosen: list[Candidate] = []
    current = resume
    position = 0
    while position < len(order) and estimate_pages(current, summary) > pages:
        candidate = order[position]
        position += 1
        if candidate.sections:  # whole sections: their lines chosen earlier go too
            chosen = [c for c in chosen if c.section not in candidate.sections]
        elif candidate.whole:  # a whole entry: its lines chosen earlier go too
            chosen = [c for c in chosen if (c.section, c.entry) !=
                      (candidate.section, candidate.entry)]
        chosen.append(candidate)
        current = _without(resume, chosen)
    left = _left_lines(resume, chosen)
    spare = [_left_lines(resume, [candidate]) for candidate in order[position:]]
    return current, left, spare


def _left_lines(resume: ParsedResume, chosen: Sequence[Candidate]) -> list[str]:
    """The lines of ``chosen`` in the resume's own order (each once per place)."""
    bullets = {(c.section, c.entry, c.bullet) for c in chosen if c.bullet is not None}
    headers = {(c.section, c.entry, c.header) for c in chosen if c.header is not None}
    entries = {(c.section, e) for c in chosen for e in c.entries()}
    whole = {t for c in chosen for t in c.sections}
    lines: list[str] = []
    for s, section in enumerate(resume.sections):
        if s in whole:
            lines.extend(_section_lines(section))
            continue
        for e, entry in enumerate(section.entries):
            if (s, e) in entries:
                lines.extend(line for line in (*entry.header, *entry.bullets) if line.strip())
            else:
                lines.extend(h for i, h in enumerate(entry.header) if (s, e, i) in headers)
                lines.extend(b for i, b in enumerate(entry.bullets) if (s, e, i) in bullets)
    return lines


def _first_line(entry: Entry) -> str | None:
    return next((h for h in entry.header if h.strip()), None)


def without_group(resume: ParsedResume, group: Sequence[str]
                  ) -> tuple[ParsedResume, list[str]]:
    """``resume`` without one group of ``spare``, and the lines that really went: a
    whole entry when the group starts with an entry's first header line, else the
    bullets it names. Searched from the end, where the older entries (which go
    first) are."""
    wanted = [line for line in group if line.strip()]
    sections = list(resume.sections)
    if not wanted:
        return resume, []
    # Whole sections: the group opens with a heading and holds every line under it.
    for s in range(len(sections) - 1, -1, -1):
        if sections[s].heading.strip() == wanted[0]:
            end = s + 1
            while end < len(sections) and sections[end].heading.strip() in wanted[1:]:
                end += 1
            gone = [line for t in range(s, end) for line in _section_lines(sections[t])]
            if all(line in wanted for line in gone):
                return replace(resume, sections=[*sections[:s], *sections[end:]]), gone
    for s in range(len(sections) - 1, -1, -1):
        entries = sections[s].entries
        for e in range(len(entries) - 1, -1, -1):
            entry = entries[e]
            if _first_line(entry) == wanted[0]:
                # the entry, and the continuation entries the group names after it
                end = e + 1
                while end < len(entries) and _first_line(entries[end]) in wanted[1:]:
                    end += 1
                sections[s] = replace(sections[s], entries=[*entries[:e], *entries[end:]])
                gone = [line for taken in entries[e:end]
                        for line in (*taken.header, *taken.bullets) if line.strip()]
                return replace(resume, sections=sections), gone
    remaining = list(wanted)
    removed: list[str] = []
    for s in range(len(sections) - 1, -1, -1):
        entries = list(sections[s].entries)
        for e in range(len(entries) - 1, -1, -1):
            entry = entries[e]
            header = list(entry.header[:1])
            for line in entry.header[1:]:  # a profile's later paragraph
                if line in remaining:
                    remaining.remove(line)
                    removed.append(line)
                else:
                    header.append(line)
            kept = []
            for i, bullet in enumerate(entry.bullets):
                if bullet in remaining:
                    remaining.remove(bullet)
                    removed.append(bullet)
                else:
                    kept.append(i)
            if len(kept) != len(entry.bullets) or len(header) != len(entry.header):
                entries[e] = replace(entry, header=header,
                                     bullets=[entry.bullets[i] for i in kept],
                                     plain=[entry.is_plain(i) for i in kept]
                                     if entry.plain else [])
        sections[s] = replace(sections[s], entries=entries)
    return replace(resume, sections=sections), removed
