"""A resume as a structure: ``parse_resume(doc) -> ParsedResume``.

The parser never rewrites the user's words. It decides where each line goes —
the contact block, a section heading, an entry header or a bullet — and reads
fields (name, dates, employer...) *from* those lines without replacing them. The
invariant (``model.ParsedResume``, checked by ``invariant_problems``): every line
that holds a word appears once, in order, as an item, or as one part of an item
when it merely continues a wrapped bullet or paragraph (joined with one space).
What is not kept: blank lines, lines with no letter or digit (rules such as
"=====", lone glyphs), a leading bullet glyph, a Markdown "#" heading mark and a
rule after a heading ("SKILLS -----"). Numbering ("1.", "a)") is kept as written:
it is the user's text, and a numbered line is still treated as a list item.

Headings are found from evidence (a DOCX or Markdown heading style, capitals, a
trailing colon, bold or larger type, an underline rule) together with what the
words say (``headings.heading_kind``); a line in capitals that names no known
section ("ACME CORP") needs a real heading style or rule to become one.

Everything is linear in the input: each line is looked at a bounded number of
times with bounded-length regular expressions, so arbitrary text parses quickly
and nothing raises.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from tailor_app.tailoring.model import Contact, ParsedResume, ResumeDocument, Section
from tailor_app.tailoring.resume.contact import (
    find_email,
    find_links,
    find_location,
    find_phone,
    looks_like_name,
    parse_contact,
)
from tailor_app.tailoring.resume.dates import find_date_range
from tailor_app.tailoring.resume.entries import (
    ROLE_KINDS,
    SourceLine,
    build_entries,
    is_sentence,
    skill_items,
)
from tailor_app.tailoring.resume.fields import ROLE_WORDS, names_a_role, word_count
from tailor_app.tailoring.resume.headings import (
    heading_kind,
    heading_words,
    is_standard_heading,
    is_weak,
)
from tailor_app.tailoring.resume.labels import label_kind, split_labelled
from tailor_app.tailoring.resume.role_headings import (
    HOLDS_ROLES,
    ROLE_HEADING,
    contact_follows,
    reads_as_role,
    work_starts_at,
)
from tailor_app.tailoring.resume.sections import build_sections, opens_a_role
from tailor_app.tailoring.resume.skill_list import split_skill_line

__all__ = ["content_lines", "invariant_problems", "parse_resume"]

# Bullets as drawn, and as text keeps them: Word's second-level "o" and the private-use
# characters its Symbol and Wingdings bullets become in a copied or extracted text
# ("\uf0b7", "\uf0a7", "\uf0d8"), which no word begins with.
_GLYPH = re.compile(
    r"^(?:[•▪◦●■►✓✔➢→○·‣⁃❖♦◆◇□☐➤▸▶➔⇒»▫◾◼⦿✦✧★☆❑❒✗✘■➣➜\uf020-\uf0ff]+\s*|[-–—*+]\s+"
    r"|o[ \t]+(?=[^\W_]))"
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_RULE = re.compile(r"^\s*([=\-_~*#.•·])(?:\s?\1){2,}\s*$")
_TRAILING_RULE = re.compile(r"\s([=\-_~*#])\1{3,}$")
_HAS_WORD = re.compile(r"[^\W_]")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s+\S")
_STYLE_LEVEL = re.compile(r"^heading\s*(\d)", re.IGNORECASE)
# Word's style for a paragraph that continues a list item; the PDF reader gives it to
# a line at a bullet's hanging indent (reading.pdf.CONTINUED_STYLE).
_CONTINUED = re.compile(r"^list continue\b", re.IGNORECASE)
# Kinds whose words also label a part of one role ("Key achievements:", "Tools used:").
_SUB_LABEL_KINDS = frozenset({"awards", "summary", "skills", "other", "projects"})
# Job nouns that name a person, not a kind of section ("Volunteer Work" is a heading).
_HEADLINE_WORDS = ROLE_WORDS - {"volunteer", "member", "student", "contributor", "lead",
                                "head", "fellow", "partner", "principal"}
# Sections whose entries a writer may set as headings of the section's own level.
_FLAT_KINDS = frozenset({"education", "experience", "projects", "volunteering"})
_MAX_LINES = 20_000
_MAX_LINE = 5_000


def _split_raw(doc: ResumeDocument) -> list[tuple[str, object]]:
    """(text, hint) per physical line; a reader's line holding a newline is split."""
    out: list[tuple[str, object]] = []
    lines = doc.lines if doc.lines else [None]
    for hint in lines:
        text = doc.text if hint is None else hint.text
        if not isinstance(text, str):
            continue
        for part in text.splitlines() or [""]:
            out.append((part[:_MAX_LINE], hint))
            if len(out) >= _MAX_LINES:
                return out
    return out


def _clean(raw: str) -> tuple[str, bool, int | None, bool]:
    """(content, had a glyph, markdown heading level, had a trailing rule)."""
    text = raw.strip()
    level = None
    heading = _MD_HEADING.match(text)
    if heading:
        level = len(heading.group(1))
        text = text[heading.end():].rstrip("# ").strip()
    ruled = False
    if text[-4:].count(text[-1]) == 4 and text[-1] in "=-_~*#":
        titled = _TRAILING_RULE.search(text[-300:])  # "SKILLS -----"
        if titled and _HAS_WORD.search(text[: len(text) - len(titled.group())]):
            text, ruled = text[: len(text) - len(titled.group())].strip(), True
    glyph = False
    m = _GLYPH.match(text)
    if m and _HAS_WORD.search(text[m.end():]):
        text, glyph = text[m.end():].strip(), True
    if not glyph and _NUMBERED.match(text) and not find_date_range(text[:12]):
        glyph = True
    return text, glyph, level, ruled


def _prepare(doc: ResumeDocument) -> list[SourceLine]:
    lines: list[SourceLine] = []
    blank = False
    for raw, hint in _split_raw(doc):
        stripped = raw.strip()
        if not stripped or not _HAS_WORD.search(stripped):
            if lines and not blank and _RULE.match(stripped) and len(lines[-1].text) <= 60:
                lines[-1].rule_after = True
            blank = True
            continue
        text, glyph, level, ruled = _clean(raw)
        # A plain-text bullet wrapped by hand: the next line indented under the bullet's
        # text, going on in lower case ("- Scheduled appointments and managed" /
        # "  calendars for four dentists"). The item is one bullet, its skill one phrase.
        hanging = (not glyph and level is None and not blank and raw[:1] in " \t"
                   and text[:1].islower() and bool(lines) and lines[-1].glyph
                   and not lines[-1].text.endswith(tuple(".!?:;")))
        page = getattr(hint, "page", 0) or 0
        style = getattr(hint, "style", None) or ""
        style_level = _STYLE_LEVEL.match(style) if style else None  # (a text has none)
        if style_level and level is None:
            level = max(1, int(style_level.group(1)))
        lines.append(SourceLine(
            text=text,
            glyph=glyph or bool(getattr(hint, "is_bullet", False)) or "bullet" in style.lower(),
            bold=bool(getattr(hint, "bold", None)),
            size=getattr(hint, "size", None),
            level=level,
            # A page break is no paragraph break: a role's dates may sit on the next
            # page, a bullet may continue there.
            blank_before=blank and not (lines and lines[-1].page != page),
            rule_after=ruled,
            page=page,
            source=getattr(hint, "source", "body") or "body",
            continued=hanging or (bool(style) and _CONTINUED.match(style) is not None),
            term=style.casefold() == "definition term",
        ))
        blank = False
    if lines:
        # Lines that reach (nearly) the longest usual length were probably wrapped by
        # the layout (a PDF, a hard-wrapped text file): the next line may continue them.
        lengths = sorted(len(ln.text) for ln in lines)
        edge = max(40.0, lengths[int(len(lengths) * 0.9)] * 0.8)
        for ln in lines:
            ln.wide = len(ln.text) >= edge
    return lines


def content_lines(doc: ResumeDocument | str) -> list[str]:
    """The lines the parser promises to keep, as it keeps them (see module docstring)."""
    if isinstance(doc, str):
        doc = ResumeDocument.from_text(doc)
    return [ln.text for ln in _prepare(doc)]


# ------------------------------------------------------------------- headings

class _Headings:
    """Heading decisions for one document (they depend on its typography)."""

    def __init__(self, lines: Sequence[SourceLine]) -> None:
        self.lines = lines
        sizes = [ln.size for ln in lines if ln.size]
        self.body_size = statistics.median(sizes) if sizes else None
        # What each line would name if it were a heading (computed once per line).
        self.kinds = [heading_kind(ln.text) if len(ln.text) <= 80 else None for ln in lines]
        known = [ln.level for ln, k in zip(lines, self.kinds, strict=True) if ln.level and k]
        self.section_level = min(known) if known else None
        self.seen_known = False
        # The look of lines that name a known section: an unknown line in capitals
        # with the same size and weight is a heading too ("LINKS", "A DAY OF MY LIFE").
        self.heading_looks = {
            (round(ln.size, 1), ln.bold) for ln, k in zip(lines, self.kinds, strict=True)
            if k and ln.size and self.body_size and ln.size >= self.body_size + 1.0
            and not ln.glyph
        }

    def _opens_its_kind(self, kind: str, index: int) -> bool:
        """Does the line at ``index`` read as the first entry of a ``kind`` section?
        An everyday title ("Work", "Tools") needs layout to be believed, unless what
        follows it is plainly what it titles: a dated role, a list of names."""
        if index >= len(self.lines):
            return False
        following = self.lines[index]
        if kind == "experience":
            return opens_a_role(following)
        if kind == "skills":
            items = [i.strip() for i in split_skill_line(following.text).pieces]
            return (len(items) >= 3 and not is_sentence(following.text)
                    and all(0 < word_count(i) <= 4 for i in items))
        return False

    def kind(self, line: SourceLine, index: int, current: str | None,
             in_entry: bool, headed: bool = True) -> str | None:
        text = line.text
        if (line.glyph or line.continued or line.term) and not line.level:
            return None
        if (index > 0 and line.level and self.kinds[index] is None
                and (current is None or self.section_level is None
                     or line.level <= self.section_level)
                and reads_as_role(self.lines, index)):
            return ROLE_HEADING  # "## Warehouse Supervisor — Cascade Freight Lines"
        if len(text) > 70 or word_count(text) > 8 or text.endswith((".", ",", ";")):
            return None
        colon = text.endswith(":")
        body = text.rstrip(":").strip()
        if ":" in body or not body:
            return None
        letters = [c for c in body if c.isalpha()]
        caps = len(letters) >= 3 and all(c.isupper() for c in letters if c.isascii())
        larger = bool(self.body_size and line.size and line.size >= self.body_size + 1.0)
        styled = line.level is not None and line.level > 0 and (
            self.section_level is None or line.level <= self.section_level)
        known = self.kinds[index]
        if not known and not (styled or line.rule_after or caps):
            return None
        if find_email(body) or find_phone(body):
            return None
        if known:
            standard = is_standard_heading(body)
            evidence = (3 * styled + 3 * line.rule_after + 2 * caps + 2 * colon
                        + line.bold + larger + 2 * standard)
            if not evidence and line.blank_before and self._opens_its_kind(known, index + 1):
                evidence = 2  # "Work" alone above "Cook, The Tap House (2022 - now)"
            if line.level and not styled and not caps:
                return None  # a sub-heading inside a section ("Heading 3" role title)
            if body[0].islower():
                return None
            if (not self.seen_known and known != "summary" and not styled
                    and _HEADLINE_WORDS.intersection(heading_words(body))):
                return None  # "Journeyman Plumber — Service": the headline under the name
            if (in_entry and current in ROLE_KINDS and known in _SUB_LABEL_KINDS and not caps
                    and not styled and not line.rule_after and not larger
                    # A bare "Skills" or "Projects" after a role opens the next section;
                    # "Achievements" under a role may be its own list.
                    and not (standard and not colon and known != "awards")
                    and (not line.blank_before or (colon and (
                        word_count(body) > 1 or is_weak(body))))):
                return None  # "Key achievements:" inside a role
            if known == current and headed and not (
                    caps or styled or line.rule_after or larger):
                return None  # "Your Most Recent Work Experience:" inside "Experience"
            if is_weak(body) and evidence < 2:
                return None
            if evidence == 0 and (not line.blank_before or "," in body):
                return None  # a plain line inside a list ("ESL Supplemental Certification")
            if evidence == 0 and current is not None and not in_entry:
                return None  # right under a heading, a plain line is its first entry
            if evidence < 2 and body.count(",") >= 2:
                return None
            self.seen_known = True
            return known
        if index == 0 or (index < 4 and looks_like_name(body)) or (
                word_count(body) > 5 and not styled):
            return None
        same_look = bool(line.size) and (round(line.size or 0, 1), line.bold) in self.heading_looks
        if styled or line.rule_after or (caps and same_look and self.seen_known):
            if self.section_level is None and not (self.seen_known or line.rule_after):
                return None
            if not self.seen_known and contact_follows(self.lines, index):
                return None  # the headline under the name, above its contact details
            return "other"
        return None


# ------------------------------------------------------------------ the parse

def _contact_end(lines: Sequence[SourceLine], stop: int, headless: bool) -> int:
    """How many of the first ``stop`` lines are the contact block."""
    for k in range(min(stop, len(lines))):
        text = lines[k].text
        if find_email(text) or find_phone(text) or find_links(text):
            continue
        if word_count(text) >= 12 or (is_sentence(text) and word_count(text) >= 6):
            return k
        if headless and (k >= 10 or lines[k].glyph or (
                k > 0 and find_date_range(text) and not looks_like_name(text))):
            # The dated line of the first role may have its title on the line above
            # ("Inventory Clerk" over "Heartland Foods DC, Romeoville IL · 2021 - present").
            return k - 1 if not lines[k].glyph and _title_above(lines, k) else k
        if k > 0 and opens_a_role(lines[k]) and (k >= 2 or not looks_like_name(text)):
            # "Staff Accountant, Lakeshore Foods | 2021 – Present" under the contact
            # lines of a resume whose roles come before any heading: a role, no contact
            # (below the name's line, an employer's "Carolina Poly Bag, Greer, SC |
            # 2019 - Present" is no person's name, though it reads like one).
            return k - 1 if _title_above(lines, k) else k
        if k > 0 and lines[k].glyph and word_count(text) >= 4 and not find_location(text):
            # "- Framed metal stud walls, hung drywall": a bulleted line under the name
            # is the opening summary the writer left without a heading, not contact.
            return k
    return min(stop, len(lines))


# Short forms of job nouns that title a role ("MAINTENANCE TECH") beside ROLE_WORDS.
_SHORT_TITLES = frozenset({"tech", "techs", "mgr", "asst", "super"})


def _title_above(lines: Sequence[SourceLine], k: int) -> bool:
    """Is the line above the dated role line at ``k`` that role's title ("Transportation
    Dispatcher" over "Central Valley Produce Co., Lodi, CA | March 2021 - Present"), not
    a headline under the name? Only when the dated line names no job itself (else
    "Staff Accountant, Lakeshore Foods | 2021 – Present" is the whole role) and the line
    above is a short title, no contact detail, below the name's line."""
    if k < 2 or names_a_role(lines[k].text):
        return False
    above = lines[k - 1]
    text = above.text
    # Over a line of dates alone ("2023 - present") the line above is the role's whole
    # header, title, employer and place: "Project Coordinator, Wasatch Commercial
    # Contractors, Salt Lake City, UT" is longer than a title alone.
    found = find_date_range(lines[k].text)
    dates_alone = found is not None and not _HAS_WORD.search(
        lines[k].text[: found[2]] + lines[k].text[found[3]:])
    if above.glyph or find_email(text) or find_phone(text) or find_links(text) \
            or find_date_range(text) or word_count(text) > (12 if dates_alone else 6) \
            or is_sentence(text):
        return False
    return names_a_role(text) or any(
        w.casefold() in _SHORT_TITLES for w in re.findall(r"[A-Za-z]+", text))


def _tail_lines(lines: Sequence[SourceLine]) -> list[str]:
    """Where a template may have put the name: the last line of each page and of the text."""
    tail = [ln.text for k, ln in enumerate(lines)
            if k + 1 < len(lines) and lines[k + 1].page != ln.page]
    tail.extend(ln.text for ln in lines[-2:])
    return tail


def parse_resume(doc: ResumeDocument | str) -> ParsedResume:
    """Contact, sections, entries and skills of a resume. Never raises."""
    try:
        return _parse(doc)
    except Exception:  # a parser bug must not lose the resume: keep every line
        return _fallback(doc)


def _parse(doc: ResumeDocument | str) -> ParsedResume:
    if isinstance(doc, str):
        doc = ResumeDocument.from_text(doc)
    fmt = doc.source_format
    every = _prepare(doc)
    # Page footers come last from the readers; they are no part of the last section
    # ("February 10, 2026 Byungjin Park · Résumé 3" is not a degree).
    cut = len(every)
    while cut > 1 and every[cut - 1].source == "footer":
        cut -= 1
    lines, footer = every[:cut], every[cut:]
    judge = _Headings(lines)
    marks: list[tuple[int, str]] = []
    current: str | None = None
    in_entry = False
    opened: list[tuple[int, str]] = []  # roles set as headings, no section heading above
    flat = False  # the current section's entries are headings of its own level
    for k, line in enumerate(lines):
        # (In a work section opened by its first role, "Experience" is a heading.)
        kind = judge.kind(line, k, current, in_entry,
                          headed=not opened or (bool(marks) and marks[-1][0] > opened[-1][0]))
        if kind in ("other", ROLE_HEADING) and marks and current in _FLAT_KINDS and (
                flat or marks[-1][0] == k - 1) and not (
                kind == ROLE_HEADING and current == "education" and names_a_role(line.text)):
            # "## Education" / "## B.S. Logistics — Portland State University": one
            # heading level for everything, the sections' and their entries'. A heading
            # naming no section, right under one that holds entries (or after such an
            # entry), is its next entry, not a section sent to the end (under
            # education, unless it names a job: "## Line Cook — The Tap House").
            flat, in_entry = True, True
        elif kind == ROLE_HEADING:
            # A role set as a heading is the first entry of a work section that has no
            # heading of its own, or the next entry of the one it is in.
            if current not in HOLDS_ROLES:
                opened.append((k, "experience"))
                current = "experience"
            in_entry = True
        elif kind:
            marks.append((k, kind))
            current, in_entry, flat = kind, False, False
        elif current and in_entry and marks and (start := work_starts_at(
                lines, k, current, marks[-1][0])) is not None:
            opened.append((start, "experience"))
            current = "experience"
        elif current:
            in_entry = True

    labelled = split_labelled(lines, sorted(marks + opened))
    stop = min([k for k, _ in marks[:1]] + [k for k, _ in labelled[:1]]
               + [k for k, _ in opened[:1]] + [len(lines)])
    end = _contact_end(lines, stop, headless=not marks and not opened)
    block = lines[:end]
    sections = build_sections(lines, end, marks, labelled, fmt, opened)
    if footer:
        # As paragraphs: a footer's date is the day it was printed, not a role's.
        sections.append(Section("other", "", build_entries(footer, "summary", fmt)))

    rest = [ln.text for ln in every[end:]]
    contact = parse_contact([ln.text for ln in block], rest, _tail_lines(lines))
    skills: list[str] = []
    seen: set[str] = set()
    for section in sections:
        if section.kind != "skills":
            continue
        for entry in section.entries:
            for text in entry.header:
                for item in skill_items(text):
                    key = item.casefold()
                    if key not in seen:
                        seen.add(key)
                        skills.append(item)
    for line in lines:  # "Tools: Excel, SAP" left inside a role still names skills
        if label_kind(line.text) == "skills":
            for item in skill_items(line.text):
                if item.casefold() not in seen:
                    seen.add(item.casefold())
                    skills.append(item)
    return ParsedResume(contact=contact, sections=sections, skills=skills, source_format=fmt)


def _fallback(doc: ResumeDocument | str) -> ParsedResume:
    """Every line as its own paragraph: what is shown when the parser itself fails."""
    from tailor_app.tailoring.model import Entry

    text = doc if isinstance(doc, str) else getattr(doc, "text", "")
    fmt = "txt" if isinstance(doc, str) else getattr(doc, "source_format", "txt")
    kept = [t.strip() for t in str(text).splitlines() if _HAS_WORD.search(t)]
    return ParsedResume(contact=Contact(), sections=[
        Section("other", "", [Entry(header=[t]) for t in kept])], source_format=str(fmt))


# ------------------------------------------------------------------ invariant

def _items(parsed: ParsedResume) -> list[str]:
    items = list(parsed.contact.lines)
    for section in parsed.sections:
        if section.heading:
            items.append(section.heading)
        for entry in section.entries:
            items.extend(entry.header)
            items.extend(entry.bullets)
    return items


def invariant_problems(doc: ResumeDocument | str, parsed: ParsedResume) -> list[str]:
    """What breaks the keep-every-line invariant (empty when it holds).

    Walks the kept source lines and the parse's items in document order: each
    item must be one source line, or several consecutive ones joined by a space.
    """
    source = content_lines(doc)
    problems: list[str] = []
    pos = 0
    for item in _items(parsed):
        if pos >= len(source):
            problems.append(f"extra item: {item!r}")
            continue
        joined = source[pos]
        pos += 1
        while joined != item and pos < len(source) and item.startswith(joined + " "):
            joined = f"{joined} {source[pos]}"
            pos += 1
        if joined != item:
            problems.append(f"item {item!r} is not source line {source[pos - 1]!r}")
            return problems
    problems.extend(f"dropped: {line!r}" for line in source[pos:])
    return problems
