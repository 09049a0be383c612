"""The page structure the .md, .docx and .pdf writers share.

A ``ParsedResume`` keeps every line as the user wrote it; this module decides,
once for all three rich formats, which line is the name, how the contact lines
are grouped, which header line is a role line, and which part of it is the date
range that goes to the right margin. The writers then only style what they get,
so the three files show the same resume in the same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..tailoring import Entry, ParsedResume, summary_place

CONTACT_JOIN = " · "
_JOINED_CONTACT_MAX = 110  # characters; longer contact blocks keep their own lines
_GAP = re.compile(r"\s{2,}|\t")  # a column gap as the readers keep it ("Title  Dates")
_TRAILING_SEPARATORS = " \t,;|·•–—-"
_DATE_TAIL_MAX = 40
_DATE_LIKE = re.compile(r"\d{4}|\b(present|current|now)\b", re.IGNORECASE)


@dataclass
class HeaderLine:
    """One entry header line: ``text`` on the left, ``dates`` (may be '') on the right."""

    text: str
    dates: str = ""
    # "role": an entry's first line (role, degree, project), bold; "detail": the
    # lines under a role (employer, location), italic; "plain": anything else.
    kind: str = "plain"

    @property
    def strong(self) -> bool:
        return self.kind == "role"


@dataclass
class Block:
    """One entry as the rich writers draw it."""

    header: list[HeaderLine] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    # plain[i]: line i had no bullet mark in the source (a description line), so it
    # is drawn as a paragraph; empty means every line is a bullet
    plain: list[bool] = field(default_factory=list)

    def is_plain(self, index: int) -> bool:
        """Whether line ``index`` under the header is drawn without a bullet mark."""
        return index < len(self.plain) and self.plain[index]

    def runs(self) -> list[tuple[bool, list[str]]]:
        """The lines under the header in runs of the same kind: (plain, lines)."""
        runs: list[tuple[bool, list[str]]] = []
        for i, line in enumerate(self.bullets):
            plain = self.is_plain(i)
            if runs and runs[-1][0] == plain:
                runs[-1][1].append(line)
            else:
                runs.append((plain, [line]))
        return runs


@dataclass
class SectionLayout:
    heading: str
    blocks: list[Block]


@dataclass
class Layout:
    """The whole resume: name, contact lines, summary, then sections in order."""

    name: str | None
    contact: list[str]
    summary: str | None
    sections: list[SectionLayout]
    # How many of ``sections`` stand above the summary line (the resume's own headline
    # and summary: ``render.summary_place``), so every export puts it where the text does.
    summary_at: int = 0


def _date_text(entry: Entry) -> list[str]:
    return [d.text for d in (entry.start, entry.end) if d is not None and d.text.strip()]


def split_dates(line: str, entry: Entry) -> tuple[str, str]:
    """``(left, dates)`` when ``line`` ends with the entry's date range, else ``(line, '')``.

    The parser's ``DateRef.text`` says what the dates look like; the range is the
    stretch of the line from the first date's start to the last date's end, and
    it must end the line (a trailing ")" is allowed). Without parsed dates, a
    column gap before a short, date-looking tail is taken as the split.
    """
    stripped = line.rstrip()
    texts = _date_text(entry)
    if texts:
        first = stripped.rfind(texts[0]) if len(texts) == 1 else stripped.find(texts[0])
        last = stripped.rfind(texts[-1])
        if first >= 0 and last >= first:
            end = last + len(texts[-1])
            tail = stripped[end:]
            if tail.strip() in ("", ")"):
                start = first
                if stripped[:start].rstrip().endswith("("):
                    start = stripped[:start].rstrip().rfind("(")
                left = stripped[:start].rstrip(_TRAILING_SEPARATORS)
                return left, stripped[start:].strip()
    gaps = list(_GAP.finditer(stripped))
    if gaps:
        tail = stripped[gaps[-1].end():]
        if 0 < len(tail) <= _DATE_TAIL_MAX and _DATE_LIKE.search(tail):
            return stripped[:gaps[-1].start()].rstrip(_TRAILING_SEPARATORS), tail
    return stripped, ""


def _block(entry: Entry) -> Block:
    header = [HeaderLine(*split_dates(line, entry)) for line in entry.header if line.strip()]
    # A date range alone on its own line ("Jan 2019 – Present" under the title)
    # moves to the right of the first line, as resumes usually lay it out.
    if len(header) > 1 and not header[0].dates:
        for i, line in enumerate(header[1:], start=1):
            if line.dates and not line.text:
                header[0].dates = line.dates
                del header[i]
                break
    if header and (entry.bullets or any(h.dates for h in header) or entry.is_role):
        header[0].kind = "role"
        for line in header[1:]:
            line.kind = "detail"
    for line in header:
        if not line.text and line.dates:  # a date line we could not attach
            line.text, line.dates = line.dates, ""
    kept = [i for i, b in enumerate(entry.bullets) if b.strip()]
    return Block(header=header, bullets=[entry.bullets[i] for i in kept],
                 plain=[entry.is_plain(i) for i in kept] if entry.plain else [])


def _contact(lines: list[str], name: str | None) -> tuple[str | None, list[str]]:
    """The name line and the rest of the contact block, short lines joined with " · "."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    title: str | None = None
    if lines and (name is None or name.strip().casefold() in lines[0].casefold()):
        title, lines = lines[0], lines[1:]
    elif name:
        title = name.strip()
        lines = [ln for ln in lines if ln.casefold() != title.casefold()]
    joined = CONTACT_JOIN.join(lines)
    if len(lines) > 1 and len(joined) <= _JOINED_CONTACT_MAX:
        lines = [joined]
    return title, lines


def build_layout(resume: ParsedResume, summary: str | None) -> Layout:
    """The drawing plan of a resume; every heading, header line and bullet kept in order."""
    name, contact = _contact(resume.contact.lines, resume.contact.name)
    every = [
        SectionLayout(heading=s.heading.strip(),
                      blocks=[b for b in (_block(e) for e in s.entries) if b.header or b.bullets])
        for s in resume.sections
    ]
    place = summary_place(resume, summary)
    sections = [s for s in every if s.heading or s.blocks]
    above = sum(1 for s in every[:place] if s.heading or s.blocks)
    return Layout(name=name, contact=contact, summary=(summary or "").strip() or None,
                  sections=sections, summary_at=above)


def resume_from_result(result: dict[str, Any]) -> tuple[ParsedResume, str | None]:
    """The tailored structure and summary of a stored job result (``TailorResult.to_dict``)."""
    return ParsedResume.from_dict(result["tailored"]), result.get("summary")
