"""Cutting a resume section into entries: roles, degrees, projects, paragraphs.

A role is introduced by one to four header lines (title, employer, location and
dates in any order: "Company — City, ST  Jan 2019 – Present", "Title | Company |
2018–2020", a date on its own line before or after) and followed by its bullets,
with or without a glyph. A date is the strongest sign that a new role starts; a
short title-case or bold line starts one too when the section has no dates at
all, or when two such lines come together (a title and an employer).

Lines are never rewritten. A line that continues the one before it (a PDF or a
hard-wrapped text file breaks long bullets; the next part starts in lower case,
or fills a PDF line to the margin) is joined to it with one space, so the bullet
stays one item a tailor can move; apart from that each source line is one item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tailor_app.tailoring.model import DateRef, Entry
from tailor_app.tailoring.resume.contact import find_location
from tailor_app.tailoring.resume.dates import find_date_range
from tailor_app.tailoring.resume.fields import (
    CREDENTIAL,
    DEGREE,
    fill_fields,
    names_a_role,
    names_an_organisation,
    promoted_roles,
    skill_items,
    word_count,
)

__all__ = ["DEGREE", "SourceLine", "build_entries", "skill_items"]


@dataclass
class SourceLine:
    """A non-blank line of the resume with what the parser knows about its layout."""

    text: str  # as written, surrounding spaces and bullet glyph removed
    glyph: bool = False  # had a bullet glyph, or the format marks it as a list item
    bold: bool = False
    size: float | None = None
    level: int | None = None  # heading level from a style or Markdown "#"
    blank_before: bool = False
    rule_after: bool = False  # underlined by a rule ("=====") on the next line
    page: int = 0
    source: str = "body"
    wide: bool = False  # fills a PDF line to the margin: the next line may continue it
    # The reader saw this line continue the list item above (a PDF line at the item's
    # hanging indent, a DOCX "List Continue" paragraph): always part of that item.
    continued: bool = False
    term: bool = False  # the term of a definition list (DOCX/pandoc "Definition Term")
    # Memos of the two tests the splitter asks about every line several times.
    memo_date: tuple[bool, object] = (False, None)
    memo_header: bool | None = None


_SMALL = frozenset([
    "of", "and", "the", "in", "at", "for", "to", "a", "an", "on", "with", "de", "y", "&", "du",
    "la", "le", "von", "van"
])
_ABBREVIATION_END = re.compile(r"\b(?:inc|ltd|co|corp|jr|sr|st|dr|llc|etc|u\.s|d\.c)\.$",
                               re.IGNORECASE)
_TERMINAL = ".!?"
_ITEM_START = re.compile(r"\s[—–|]\s|\s-\s|^[^\s:]{1,30}:\s")
# A date range whose one end the template left as a placeholder: "(??? — Present)".
# The line still introduces an entry, though it gives no date to count.
_UNKNOWN_RANGE = re.compile(r"\?{2,}\s*[-–—~]+\s*\w|\w\s*[-–—~]+\s*\?{2,}")
ROLE_KINDS = frozenset({"experience", "education", "projects", "volunteering", "other"})
LIST_KINDS = frozenset({"skills", "languages", "interests", "references", "certifications",
                        "awards", "publications", "contact"})


# ------------------------------------------------------------------ line classes

def is_sentence(text: str) -> bool:
    """Prose rather than a header: long, or ending with a full stop."""
    if word_count(text) > 14 or len(text) > 120:
        return True
    if text.endswith(("!", "?")) and word_count(text) <= 2:
        return False  # a name with its mark ("Yahoo!", "Jeopardy!"), not an exclamation
    return text.endswith(tuple(_TERMINAL)) and not _ABBREVIATION_END.search(text)


def title_case_share(text: str) -> float:
    """The share of a line's significant words that start with a capital."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.&-]*", text) if w.casefold() not in _SMALL]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def line_date(line: SourceLine) -> tuple[DateRef, DateRef | None, int, int] | None:
    """``find_date_range`` of the line, computed once."""
    if not line.memo_date[0]:
        line.memo_date = (True, find_date_range(line.text))
    return line.memo_date[1]  # type: ignore[return-value]


def looks_like_header(line: SourceLine) -> bool:
    """A short line that could name a role, an employer, a school or a place."""
    if line.memo_header is None:
        line.memo_header = _looks_like_header(line)
    return line.memo_header


# (A dash is no field separator here: prose uses it too, "Ran the grill – 300 covers on
# weekends – and trained 4 new cooks from 2020 – 2022" is a bullet.)
_FIELD_SEPARATORS = re.compile(r"(?<!\S)[|•·](?!\S)")


def _looks_like_header(line: SourceLine) -> bool:
    text = line.text
    if not text or text[0].islower():
        return False
    found = line_date(line)
    rest = text if found is None else text[: found[2]] + text[found[3]:]
    # Judge the words without the dates: "Title | Employer | City, ST | Jun 2015 –
    # Feb 2020" is long only because of its date range.
    if is_sentence(rest.strip(" |•·-–—,")):
        return False
    if line.bold or line.level:
        return True
    # The separators between a header's fields are no words: "Guest Service Agent | The
    # Juniper Inn (48 rooms) | Flagstaff, AZ | 2019 – 2022" has ten.
    words = word_count(_FIELD_SEPARATORS.sub(" ", rest))
    if (found is not None or _unknown_range(text)) and words <= 12:
        return True
    if words > 12:
        return False
    return (title_case_share(rest) >= 0.6 or bool(find_location(rest))
            or bool(re.search(r"\s[|•·]\s", rest)))


def has_date(line: SourceLine) -> bool:
    """A date range, or a range with a placeholder end ("??? — Present"), is on the line."""
    return line_date(line) is not None or _unknown_range(line.text)


def _unknown_range(text: str) -> bool:
    """Does ``text`` hold a range with a placeholder end (``_UNKNOWN_RANGE``)? Both its
    branches write "??": a line without (all but a few) needs no search."""
    return "??" in text and _UNKNOWN_RANGE.search(text) is not None


# ----------------------------------------------------------------- the splitter

class _Builder:
    """Collects entries, remembering where the last line went so a wrapped line can
    be joined to it."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.last: tuple[Entry, str] | None = None  # (entry, "bullets" | "header")

    @property
    def current(self) -> Entry | None:
        return self.entries[-1] if self.entries else None

    def new(self, header: list[str] | None = None) -> Entry:
        entry = Entry(header=list(header or []))
        self.entries.append(entry)
        self.last = (entry, "header") if header else None
        return entry

    def header(self, text: str, paragraph: bool = False) -> None:
        entry = self.current or self.new()
        entry.header.append(text)
        self.last = (entry, "header") if paragraph else None

    def bullet(self, text: str, marked: bool = True) -> None:
        """A line under the entry's header; ``marked`` when the source gave it a
        bullet mark (a description line without one is shown without one)."""
        entry = self.current or self.new()
        entry.plain.extend([False] * (len(entry.bullets) - len(entry.plain)))
        entry.bullets.append(text)
        entry.plain.append(not marked)
        self.last = (entry, "bullets")

    def join(self, line: SourceLine, prev: SourceLine | None, fmt: str) -> bool:
        """Append ``line`` to the item the previous line went to, if it continues it."""
        if self.last is None or prev is None or line.glyph or line.level:
            return False
        entry, where = self.last
        items = entry.bullets if where == "bullets" else entry.header
        if not items:
            return False
        last = items[-1]
        if line.continued:
            items[-1] = f"{last} {line.text}"
            return True
        if line.blank_before:
            return False
        if last.endswith(tuple(_TERMINAL + ":")) and not _ABBREVIATION_END.search(last):
            return False
        if line.bold and not prev.bold:
            return False  # a bold line under plain ones names the next employer or role
        wrapped = prev.wide and (line.text[0].islower() or line.text[0] in "(,;&+/" or (
            fmt == "pdf" and not has_date(line)
            and (word_count(line.text) <= 2 or not looks_like_header(line))))
        if not wrapped or _ITEM_START.search(line.text[:40]):
            return False  # "ratelimitd — a rate limiter": a new item, not a wrapped one
        items[-1] = f"{last} {line.text}"
        return True


def _grouped_deeds(lines: Sequence[SourceLine]) -> bool:
    """Is a skills section written as a functional resume's groups: a short plain line
    ("Front Desk & Scheduling") over bulleted deeds ("Greeted 40+ visitors a day …"),
    two groups or more? Each group is one entry, its deeds the bullets, so tailoring
    orders deeds within their group and never sets one under another group's name (a
    list's lines, one entry each, are ordered freely)."""
    groups = deeds = items = 0
    for k, line in enumerate(lines):
        if line.glyph:
            items += 1
            deeds += word_count(line.text) >= 5
            continue
        if (k + 1 == len(lines) or not lines[k + 1].glyph or word_count(line.text) > 6
                or is_sentence(line.text)):
            return False
        groups += 1
    return groups >= 2 and not lines[0].glyph and deeds * 2 > items


def build_entries(lines: Sequence[SourceLine], kind: str, fmt: str = "txt") -> list[Entry]:
    """The entries of one section's body lines."""
    if kind == "skills" and _grouped_deeds(lines):
        return _paragraph_entries(lines, fmt)
    if kind in LIST_KINDS:
        return _list_entries(lines, kind)
    dated = kind in ROLE_KINDS and any(
        not ln.glyph and has_date(ln) and looks_like_header(ln) for ln in lines)
    if kind == "summary" or (kind == "other" and not dated):
        return _paragraph_entries(lines, fmt)
    return _role_entries(lines, kind, fmt, dated)


def _wraps_list(prev: SourceLine, line: SourceLine, kind: str) -> bool:
    """Does ``line`` go on with the comma list on the line above, wrapped by the page?
    "…, Git, Docker," / "Kubernetes, Agile and Scrum, …, Deep Learning, Natural" /
    "Language Processing": each piece was one item of the list, so tailoring moved them
    apart and "Natural" dangled. After a comma a list goes on; after a full-width line
    of a skills list, a short piece with no comma of its own ends its last item."""
    if line.glyph or line.blank_before or line.level or (prev.glyph and not line.continued):
        return False
    if prev.text.endswith(",") and ", " in prev.text:
        return True
    return (kind == "skills" and prev.wide and len(prev.text) >= _PAGE_WIDE
            and ", " in prev.text and "," not in line.text
            and word_count(line.text) <= 3 and not prev.text.endswith(tuple(_TERMINAL + ":")))


# A line the page wrapped is long in itself, not only among the resume's longest: a
# short list's "Project Management, Budgeting, Scheduling" over "ESL Supplemental
# Certification" is two items, each on its own line.
_PAGE_WIDE = 60


def _list_entries(lines: Sequence[SourceLine], kind: str = "skills") -> list[Entry]:
    entries: list[Entry] = []
    for k, line in enumerate(lines):
        if entries and (line.continued or _wraps_list(lines[k - 1], line, kind)):
            # A wrapped reference or award ("... Journal of" / "Carrying On, 2011."), or
            # a comma list the page wrapped: one item goes on.
            entry = entries[-1]
            entry.header[-1] = f"{entry.header[-1]} {line.text}"
            if entry.start is None:
                found = find_date_range(entry.header[-1])
                if found:
                    entry.start, entry.end = found[0], found[1]
            continue
        entry = Entry(header=[line.text])
        found = find_date_range(line.text)
        if found:
            entry.start, entry.end = found[0], found[1]
        entries.append(entry)
    return entries


def _paragraph_entries(lines: Sequence[SourceLine], fmt: str) -> list[Entry]:
    out = _Builder()
    for k, line in enumerate(lines):
        if out.join(line, lines[k - 1] if k else None, fmt):
            continue
        if line.glyph:
            out.bullet(line.text)
        elif out.current is None or line.blank_before or out.current.bullets:
            out.new([line.text])
        else:
            out.header(line.text, paragraph=True)
    return out.entries


def _strong(line: SourceLine) -> bool:
    """A header line that needs no date to be believed."""
    return looks_like_header(line) and (
        line.bold or bool(line.level) or word_count(line.text) <= 10)


def _starts_like(line: SourceLine, lines: Sequence[SourceLine], i: int) -> bool:
    """A bold paragraph after a blank line, set like the section's first line: the
    next "Name | what it is" project, however long its description runs."""
    first = lines[0]
    return (i > 0 and line.bold and line.blank_before and not line.glyph
            and first.bold and not first.glyph and _look(first) == _look(line))


def _look(line: SourceLine) -> tuple[float, bool] | None:
    return (round(line.size, 1), line.bold) if line.size else None


def _next_entry_look(group: Sequence[SourceLine], line: SourceLine) -> bool:
    """After a dated line, a line set like the group's first one (and unlike the dated
    line) names the next entry: "CORNELL UNIVERSITY" / degree / "May 2014" / "CORNELL
    UNIVERSITY". Plain text has no looks, so this never fires there."""
    first = _look(group[0])
    dated = next((g for g in group if has_date(g)), None)
    return (first is not None and dated is not None and _look(line) == first
            and _look(dated) != first)


def _wraps_header(line: SourceLine, last: str) -> bool:
    """A short piece of the header above that its line could not hold: after a
    trailing comma ("..., MIT, Cambridge," / "USA"), or a note in brackets."""
    if line.glyph or line.blank_before or line.level or line.bold or has_date(line):
        return False
    text = line.text
    if word_count(text) > 4:
        return False
    return last.rstrip().endswith((",", "&")) or (text.startswith("(") and text.endswith(")"))


def _qualification(text: str) -> bool:
    return bool(DEGREE.search(text) or CREDENTIAL.search(text))


def _complete(entry: Entry | None, kind: str) -> bool:
    """An education entry whose one line already names the qualification, where it
    was earned and when ("Certified Dental Assistant (CDA), DANB, 2022"): the line
    under it is the next qualification or a note, never its school."""
    if kind != "education" or entry is None or len(entry.header) != 1 or entry.bullets:
        return False
    return _complete_line(entry.header[0])


def _complete_line(text: str) -> bool:
    """See ``_complete``: one line with a qualification, a comma part and a date."""
    found = find_date_range(text)
    if found is None:
        return False
    rest = (text[: found[2]] + text[found[3]:]).strip(" ,;|–—-()")
    if not re.search(r",\s|\s[—–|·-]\s", rest):
        return False
    # A degree or licence; or a certified role ("Phlebotomy Technician (CPT), NHA"),
    # which a school's line never is.
    return _qualification(rest) or (names_a_role(rest) and not names_an_organisation(
        "x, " + rest))


def _next_qualification(line: SourceLine, entry: Entry | None, kind: str) -> bool:
    """Under a complete education entry, a line naming another qualification or an
    issuer ("BLS for Healthcare Providers, American Heart Association") starts one."""
    return (_complete(entry, kind) and not line.glyph and not is_sentence(line.text)
            and _names_next(line.text))


def _names_next(text: str) -> bool:
    return _qualification(text) or names_an_organisation(text)


# The right-hand column of a line set in two: "Kasa  Seoul, S.Korea" (a wide gap).
_RIGHT_COLUMN = re.compile(r"\S(?: {2,}|\t+)(\S.*?)\s*$")


def _opens_like(lines: Sequence[SourceLine], i: int, j: int) -> bool:
    """After an entry's dated line, an undated line set like the entry's first one and
    followed right away by a dated line of its own is the next entry, not more of this
    one's header: "Danggeun Market Inc.  Seoul, S.Korea" / "Site Reliability Engineer
    Feb. 2021 - Mar. 2021" / "Kasa  Seoul, S.Korea" / "Founding Member …  Jun. 2018 -
    Jan. 2021". An entry with no bullets has nothing between it and the next, and the
    next one's employer was read as this one's third line. "Set like" is the same
    right-hand column (the place, after a wide gap) or a place found on both lines."""
    first, line = lines[i], lines[j]
    if has_date(first) or has_date(line) or j + 1 >= len(lines):
        return False
    after = lines[j + 1]
    if after.glyph or after.blank_before or not has_date(after):
        return False
    a, b = _RIGHT_COLUMN.search(first.text), _RIGHT_COLUMN.search(line.text)
    if a is not None and b is not None:
        return a.group(1) == b.group(1)
    place = find_location(line.text)
    return bool(find_location(first.text)) and place is not None \
        and place != line.text.strip()


def _title_over_dated(lines: Sequence[SourceLine], i: int) -> bool:
    """A role's title on its own line right above its dated employer line, though it
    reads little like a header: "Nursing Assistant (while in school)" / "Firelands
    Regional Medical Center | May 2021 – June 2023". Few of its words are capitalised,
    so it was taken for the last line of the role above and glued to its bullets, and
    the role below lost its title. It must name a role, stand apart from the line
    before (a blank line or a bullet above it) and carry no date of its own."""
    line = lines[i]
    if line.glyph or i + 1 >= len(lines) or has_date(line):
        return False
    below = lines[i + 1]
    if below.glyph or below.blank_before or not has_date(below) or not looks_like_header(below):
        return False
    if not (line.blank_before or (i > 0 and lines[i - 1].glyph)):
        return False
    text = line.text
    return (word_count(text) <= 8 and not is_sentence(text) and not text[:1].islower()
            and names_a_role(text))


def _role_entries(lines: Sequence[SourceLine], kind: str, fmt: str,
                  dated: bool) -> list[Entry]:
    out = _Builder()
    open_header = False  # the current entry is still collecting header lines
    cur_dated = False
    entry_look: tuple[float, bool] | None = None
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if out.join(line, lines[i - 1] if i else None, fmt):
            i += 1
            continue
        cur = out.current
        if open_header and cur is not None and cur.header and not cur.bullets and _wraps_header(
                line, cur.header[-1]):
            cur.header[-1] = f"{cur.header[-1]} {line.text}"
            i += 1
            continue
        glyph_header = (line.glyph and i + 1 < n and not lines[i + 1].glyph
                        and not lines[i + 1].blank_before
                        and has_date(lines[i + 1]) and looks_like_header(lines[i + 1])
                        and looks_like_header(line) and not has_date(line)
                        # The last bullet of a list is no header just because a
                        # dated role follows it: it must read like a name.
                        and (i == 0 or not lines[i - 1].glyph
                             or title_case_share(line.text) >= 0.75))
        if line.glyph and not glyph_header:
            out.bullet(line.text)
            open_header = False
            i += 1
            continue
        if not looks_like_header(line) and not _title_over_dated(lines, i):
            if not dated and _ITEM_START.search(line.text[:40]) and (
                    not is_sentence(line.text) or _starts_like(line, lines, i)):
                out.new([line.text])  # "ratelimitd — a rate limiter": an undated project
                out.last = None
            elif out.current is None:
                out.new([line.text])  # a paragraph before any role
            else:
                out.bullet(line.text, marked=False)
            open_header = False
            i += 1
            continue
        # A run of header-like lines: one to four, not crossing a blank line.
        j = i + 1
        g_has_date = has_date(line)
        while (j < n and j - i < 4 and not lines[j].glyph and not lines[j].blank_before
               and looks_like_header(lines[j]) and not (g_has_date and has_date(lines[j]))
               and not (g_has_date and _next_entry_look(lines[i:j], lines[j]))
               and not (g_has_date and _opens_like(lines, i, j))
               and not (entry_look is not None and j > i and _look(lines[j]) == entry_look
                        and _look(line) != entry_look)
               and not _wraps_header(lines[j], lines[j - 1].text)
               and not (kind == "education" and j == i + 1 and _complete_line(line.text)
                        and _names_next(lines[j].text))):
            g_has_date = g_has_date or has_date(lines[j])
            j += 1
        group = list(lines[i:j])
        g_dated = any(has_date(g) for g in group)
        fresh = not g_dated and _next_qualification(line, out.current, kind)
        if not g_dated and not dated:
            # A section without dates: short title-like lines are roles.
            starts = _strong(line)
        elif not g_dated:
            # Undated lines in a dated section: a new role only when set like the
            # roles before (when they have a look), not for "Magna Cum Laude" / GPA.
            # A title set apart by a blank line with its own marked lines below is an
            # entry without dates ("Freelance Tutor" / "• Tutored ...").
            starts = ((len(group) >= 2 and (entry_look is None or _look(line) == entry_look))
                      or line.bold or bool(line.level) or glyph_header
                      or fresh
                      or (line.blank_before and j < n and lines[j].glyph
                          and title_case_share(line.text) >= 0.6))
        else:
            starts = True
        if not starts:
            if (open_header and out.current is not None and len(out.current.header) < 4
                    and not _complete(out.current, kind)):
                out.header(line.text)
            else:
                out.bullet(line.text, marked=False)
                open_header = False
            i += 1
            continue
        cur = out.current
        extend = (open_header and cur is not None and not cur.bullets and not line.blank_before
                  and len(cur.header) + len(group) <= 4 and not (cur_dated and g_dated)
                  and not fresh)
        if extend and cur is not None:
            cur.header.extend(g.text for g in group)
            out.last = None
            cur_dated = cur_dated or g_dated
        else:
            out.new([g.text for g in group])
            out.last = None
            cur_dated = g_dated
            if g_dated and _look(line) is not None and _look(line) != _look(
                    next(g for g in group if has_date(g))):
                entry_look = _look(line)  # how this resume sets an entry's first line
        open_header = True
        i = j
    for entry in out.entries:
        fill_fields(entry, kind)
    if kind == "experience":
        promoted_roles(out.entries)
    return out.entries
