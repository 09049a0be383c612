"""The canonical plain-text form of a (tailored) resume.

The app shows, stores, guards and exports this one text, so the .txt export, the
result pane and the truthfulness guard all agree on what the resume says.
"""

from __future__ import annotations

from tailor_app.tailoring.model import Entry, ParsedResume, Section

BULLET = "•"


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
    """Contact block, the summary line (when given), then each section."""
    blocks: list[list[str]] = []
    if resume.contact.lines:
        blocks.append(list(resume.contact.lines))
    if summary:
        blocks.append([summary])
    for section in resume.sections:
        rendered = render_section(section)
        if rendered:
            blocks.append(rendered)
    return "\n\n".join("\n".join(block) for block in blocks).strip() + "\n"
