"""The canonical plain-text form of a (tailored) resume.

The app shows, stores, guards and exports this one text, so the .txt export, the
result pane and the truthfulness guard all agree on what the resume says.
"""

from __future__ import annotations

from tailor_app.tailoring.model import Entry, ParsedResume, Section

BULLET = "•"

# A headline under the name is a line or two of a few words each: "Class A CDL ·
# clean MVR · DOT medical card current to 2027", "Licensed Practical Nurse | BLS".
_HEADLINE_LINES = 2
_HEADLINE_CHARS = 120


def is_headline(section: Section) -> bool:
    """Is the resume's first section, written under no heading, the headline under the
    name (a credential line, a one-line pitch)? Parsed as a section of its own (of any
    kind), a reader takes it for part of the header: it stays first, and the added
    summary line goes below it rather than between it and the name. No bullets and
    no span of dates: an opening role is no headline (a single year is an expiry or a
    date earned: "DOT medical card current to 2027"; "Nurse Aide Registry, listed since
    2022" is read as running to the present, but writes no end: a date held since)."""
    if section.heading.strip() or section.kind == "contact":
        return False
    lines = [line for entry in section.entries for line in entry.header]
    return (bool(lines) and len(lines) <= _HEADLINE_LINES
            and all(len(line) <= _HEADLINE_CHARS for line in lines)
            and not any(e.bullets or (e.end and e.end.text.strip()) or (e.start and e.start.present)
                        for e in section.entries))


# The longest own summary the line closes: about three printed lines. Under a longer
# profile the line would fall out of the top of the page a reader takes in first,
# and what it names with it; it then stands above the profile, as it always did.
SHORT_SUMMARY_CHARS = 320


def _own_summary(section: Section) -> bool:
    """A short summary or profile the resume wrote itself: prose with no dates and no
    bullets (an opening role parsed under no heading is no summary), of at most
    ``SHORT_SUMMARY_CHARS``."""
    return section.kind == "summary" and bool(section.entries) and not any(
        e.bullets or e.start or e.end for e in section.entries) and sum(
        len(line) for e in section.entries for line in e.header) <= SHORT_SUMMARY_CHARS


def summary_place(resume: ParsedResume, summary: str | None) -> int:
    """How many of the (tailored) resume's opening sections stand above the added
    summary line. A careful writer puts a line about the work under the resume's own
    headline and its own short SUMMARY or PROFILE paragraph, as that summary's last
    lines, not as an untitled line stacked above the heading; nor between a headline
    and the name it belongs to. The line is written for the top of the page a reader
    takes in first (its first third): where it would end below that, it stands
    higher, above the resume's summary and then above its headline, as it always
    did, but never above the contact details the resume writes under a heading of
    their own. Anywhere else (a resume opening with its skills or its first role) it
    stands right under the contact block."""
    if not summary:
        return 0
    sections = resume.sections
    # A CONTACT (or "Personal details") section the resume opens with is the rest of its
    # header: a two-column resume's sidebar puts the phone and e-mail under a heading of
    # their own, and a line about the work between the name and them reads as torn off.
    header = 0
    while header < len(sections) and sections[header].kind == "contact":
        header += 1
    at = header
    # A skills list under the name ("Skills: QuickBooks, Dentrix, …") is no headline
    # here: a line about the work reads before the list of tools, as resumes order them.
    if at < len(sections) and is_headline(sections[at]) and sections[at].kind != "skills":
        at += 1
    if at < len(sections) and _own_summary(sections[at]):
        at += 1
    while at > header:
        text = _rendered(resume, summary, at)
        if text.find(summary) + len(summary) <= len(text) // 3:
            break
        at -= 1
    return at


def render_entry(entry: Entry) -> list[str]:
    """Header lines as written, then the lines under them: one glyph for each line
    the source marked as a bullet, none for a plain description line."""
    return [*entry.header, *(b if entry.is_plain(i) else f"{BULLET} {b}"
                             for i, b in enumerate(entry.bullets))]


def render_section(section: Section) -> list[str]:
    lines: list[str] = []
    if section.heading:
        lines.append(section.heading)
    for i, entry in enumerate(section.entries):
        # A blank line between entries that carry bullets keeps roles apart.
        if i and (entry.bullets or section.entries[i - 1].bullets):
            lines.append("")
        lines.extend(render_entry(entry))
    return lines


def render_text(resume: ParsedResume, summary: str | None = None) -> str:
    """Contact block, then each section, with the summary line (when given) where
    ``summary_place`` puts it: under the contact block, or under the resume's own
    headline and summary."""
    return _rendered(resume, summary, summary_place(resume, summary))


def _rendered(resume: ParsedResume, summary: str | None, place: int) -> str:
    """The text with the summary line after the first ``place`` sections."""
    blocks: list[list[str]] = []
    if resume.contact.lines:
        blocks.append(list(resume.contact.lines))
    for index, section in enumerate(resume.sections):
        if summary and index == place:
            blocks.append([summary])
        rendered = render_section(section)
        if rendered:
            blocks.append(rendered)
    if summary and place >= len(resume.sections):
        blocks.append([summary])
    return "\n\n".join("\n".join(block) for block in blocks).strip() + "\n"
