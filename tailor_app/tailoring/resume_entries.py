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

from .contact import find_location
from .dates import find_date_range, is_date_only
from .model import Entry

__all__ = ["SourceLine", "build_entries", "skill_items"]


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


ROLE_WORDS = frozenset(
    [
        "engineer", "developer", "manager", "nurse", "teacher", "accountant", "analyst",
        "designer", "director", "specialist", "coordinator", "assistant", "associate", "intern",
        "representative", "rep", "consultant", "lead", "head", "officer", "supervisor",
        "administrator", "technician", "architect", "executive", "clerk", "cashier", "server",
        "volunteer", "tutor", "instructor", "professor", "researcher", "scientist", "founder",
        "owner", "partner", "agent", "advisor", "adviser", "therapist", "pharmacist", "physician",
        "programmer", "writer", "editor", "marketer", "strategist", "planner", "controller",
        "bookkeeper", "auditor", "buyer", "member", "fellow", "chair", "president", "ceo", "cto",
        "cfo", "vp", "educator", "counselor", "counsellor", "aide", "paraprofessional",
        "receptionist", "bartender", "barista", "host", "hostess", "chef", "cook", "mechanic",
        "electrician", "operator", "drafter", "estimator", "scheduler", "recruiter", "trainer",
        "coach", "ninja", "contributor", "co-founder", "creator", "co-creator", "maintainer",
        "cashier", "merchandiser", "superintendent", "principal", "student", "apprentice", "rn",
        "lpn", "cna", "np"
    ]
)
ORG_WORDS = frozenset(
    [
        "inc", "inc.", "llc", "llp", "ltd", "ltd.", "corp", "corp.", "corporation", "company",
        "co", "co.", "group", "bank", "university", "college", "school", "academy", "institute",
        "hospital", "clinic", "health", "healthcare", "centre", "center", "agency", "partners",
        "systems", "technologies", "technology", "labs", "lab", "foundation", "council",
        "association", "services", "solutions", "consulting", "studio", "studios", "network",
        "board", "district", "department", "ministry", "government", "society", "church", "museum",
        "store", "stores", "hotel", "restaurant", "resort", "retail", "industries",
        "international", "gmbh", "ag", "sa", "plc"
    ]
)
DEGREE = re.compile(
    r"\b(?:bachelor|master|doctor|associate of|associate degree|diploma|certificate|"
    r"ph\.?d|mba|m\.?sc?|b\.?sc?|b\.?a|m\.?a|b\.?eng|m\.?eng|b\.?ed|m\.?ed|bsn|msn|adn|"
    r"b\.?com|llb|jd|md|high school|ged|honours|honors)\b",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s+[|•·◆♦▪]\s+|\s{2,}|\s+[—–]\s+|\s+-\s+|\s*;\s+|\s+@\s+")
_AT = re.compile(r"\s+at\s+", re.IGNORECASE)
_SMALL = frozenset([
    "of", "and", "the", "in", "at", "for", "to", "a", "an", "on", "with", "de", "y", "&", "du",
    "la", "le", "von", "van"
])
_ABBREVIATION_END = re.compile(r"\b(?:inc|ltd|co|corp|jr|sr|st|dr|llc|etc|u\.s|d\.c)\.$",
                               re.IGNORECASE)
_TERMINAL = ".!?"
_ITEM_START = re.compile(r"\s[—–|]\s|\s-\s|^[^\s:]{1,30}:\s")
_STRIP_NO_PARENS = " \t,;:|[]{}–—-•·"
ROLE_KINDS = frozenset({"experience", "education", "projects", "volunteering", "other"})
LIST_KINDS = frozenset({"skills", "languages", "interests", "references", "certifications",
                        "awards", "publications", "contact"})


# ------------------------------------------------------------------ line classes

def word_count(text: str) -> int:
    return len(text.split())


def is_sentence(text: str) -> bool:
    """Prose rather than a header: long, or ending with a full stop."""
    if word_count(text) > 14 or len(text) > 120:
        return True
    return text.endswith(tuple(_TERMINAL)) and not _ABBREVIATION_END.search(text)


def title_case_share(text: str) -> float:
    """The share of a line's significant words that start with a capital."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.&-]*", text) if w.casefold() not in _SMALL]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def looks_like_header(line: SourceLine) -> bool:
    """A short line that could name a role, an employer, a school or a place."""
    text = line.text
    if not text or is_sentence(text) or text[0].islower():
        return False
    if line.bold or line.level:
        return True
    found = find_date_range(text)
    rest = text if found is None else text[: found[2]] + text[found[3]:]
    if found is not None and word_count(rest) <= 12:
        return True
    if word_count(rest) > 12:
        return False
    return (title_case_share(rest) >= 0.6 or bool(find_location(rest))
            or bool(re.search(r"\s[|•·]\s", rest)))


def has_date(line: SourceLine) -> bool:
    return find_date_range(line.text) is not None


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

    def bullet(self, text: str) -> None:
        entry = self.current or self.new()
        entry.bullets.append(text)
        self.last = (entry, "bullets")

    def join(self, line: SourceLine, prev: SourceLine | None, fmt: str) -> bool:
        """Append ``line`` to the item the previous line went to, if it continues it."""
        if self.last is None or prev is None or line.glyph or line.blank_before or line.level:
            return False
        entry, where = self.last
        items = entry.bullets if where == "bullets" else entry.header
        if not items:
            return False
        last = items[-1]
        if last.endswith(tuple(_TERMINAL + ":")) and not _ABBREVIATION_END.search(last):
            return False
        wrapped = prev.wide and (line.text[0].islower() or (
            fmt == "pdf" and not has_date(line)
            and (word_count(line.text) <= 2 or not looks_like_header(line))))
        if not wrapped or _ITEM_START.search(line.text[:40]):
            return False  # "ratelimitd — a rate limiter": a new item, not a wrapped one
        items[-1] = f"{last} {line.text}"
        return True


def build_entries(lines: Sequence[SourceLine], kind: str, fmt: str = "txt") -> list[Entry]:
    """The entries of one section's body lines."""
    if kind in LIST_KINDS:
        return _list_entries(lines)
    dated = kind in ROLE_KINDS and any(
        not ln.glyph and has_date(ln) and looks_like_header(ln) for ln in lines)
    if kind == "summary" or (kind == "other" and not dated):
        return _paragraph_entries(lines, fmt)
    return _role_entries(lines, kind, fmt, dated)


def _list_entries(lines: Sequence[SourceLine]) -> list[Entry]:
    entries = []
    for line in lines:
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


def _role_entries(lines: Sequence[SourceLine], kind: str, fmt: str,
                  dated: bool) -> list[Entry]:
    out = _Builder()
    open_header = False  # the current entry is still collecting header lines
    cur_dated = False
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if out.join(line, lines[i - 1] if i else None, fmt):
            i += 1
            continue
        glyph_header = (line.glyph and i + 1 < n and not lines[i + 1].glyph
                        and not lines[i + 1].blank_before
                        and has_date(lines[i + 1]) and looks_like_header(lines[i + 1])
                        and looks_like_header(line) and not has_date(line))
        if line.glyph and not glyph_header:
            out.bullet(line.text)
            open_header = False
            i += 1
            continue
        if not looks_like_header(line):
            if not dated and not is_sentence(line.text) and _ITEM_START.search(line.text[:40]):
                out.new([line.text])  # "ratelimitd — a rate limiter": an undated project
                out.last = None
            elif out.current is None:
                out.new([line.text])  # a paragraph before any role
            else:
                out.bullet(line.text)
            open_header = False
            i += 1
            continue
        # A run of header-like lines: one to four, not crossing a blank line.
        j = i + 1
        g_has_date = has_date(line)
        while (j < n and j - i < 4 and not lines[j].glyph and not lines[j].blank_before
               and looks_like_header(lines[j]) and not (g_has_date and has_date(lines[j]))):
            g_has_date = g_has_date or has_date(lines[j])
            j += 1
        group = list(lines[i:j])
        g_dated = any(has_date(g) for g in group)
        if not g_dated and not dated:
            # A section without dates: short title-like lines are roles.
            starts = _strong(line)
        elif not g_dated:
            starts = len(group) >= 2 or line.bold or bool(line.level) or glyph_header
        else:
            starts = True
        if not starts:
            if open_header and out.current is not None and len(out.current.header) < 4:
                out.header(line.text)
            else:
                out.bullet(line.text)
                open_header = False
            i += 1
            continue
        cur = out.current
        extend = (open_header and cur is not None and not cur.bullets and not line.blank_before
                  and len(cur.header) + len(group) <= 4 and not (cur_dated and g_dated))
        if extend and cur is not None:
            cur.header.extend(g.text for g in group)
            out.last = None
            cur_dated = cur_dated or g_dated
        else:
            out.new([g.text for g in group])
            out.last = None
            cur_dated = g_dated
        open_header = True
        i = j
    for entry in out.entries:
        fill_fields(entry, kind)
    return out.entries


# --------------------------------------------------------------- header fields

def _clean(piece: str) -> str:
    """A header piece without separators around it; balanced brackets are kept."""
    piece = piece.replace("**", "").replace("__", "").strip(_STRIP_NO_PARENS)
    if piece.startswith("(") and piece.endswith(")") and piece.count("(") == 1:
        piece = piece[1:-1]
    if piece.count("(") > piece.count(")"):
        piece = piece.rstrip("( ").strip()
        if piece.startswith("("):
            piece = piece[1:]
    if piece.count(")") > piece.count("("):
        piece = piece.lstrip(") ").strip()
        if piece.endswith(")"):
            piece = piece[:-1]
    return piece.strip(_STRIP_NO_PARENS)


def _score(piece: str, words: frozenset[str]) -> int:
    return sum(1 for w in re.findall(r"[\w.&'-]+", piece.casefold()) if w.strip(".") in words
               or w in words)


def _split_commas(piece: str) -> list[str]:
    """"Mathematics Teacher, Lone Star High School" -> title, school: split before the
    comma part that names an organisation."""
    parts = piece.split(", ")
    for k in range(1, len(parts)):
        if _score(parts[k], ORG_WORDS):
            return [", ".join(parts[:k]), ", ".join(parts[k:])]
    return [piece]


def fill_fields(entry: Entry, kind: str) -> None:
    """Title, organisation, location and dates read from the header lines."""
    pieces: list[str] = []
    for text in entry.header[:4]:
        rest = text
        if entry.start is None and entry.end is None:
            found = find_date_range(text)
            if found:
                entry.start, entry.end = found[0], found[1]
                rest = text[: found[2]] + "  " + text[found[3]:]
        if is_date_only(text):
            continue
        for part in _SEPARATORS.split(rest):
            part = _clean(re.sub(r"\(\s*\)", "", part))
            if not part or not re.search(r"[^\W\d_]", part):
                continue
            location = find_location(part)
            if location and entry.location is None:
                entry.location = location
                part = _clean(re.sub(r"\(\s*\)", "", part.replace(location, " ")))
                if not part:
                    continue
            at = _AT.split(part, maxsplit=1)
            if len(at) == 2 and _score(at[0], ROLE_WORDS):
                pieces.extend(p for p in (_clean(x) for x in at) if p)
            else:
                pieces.extend(p for p in (_clean(x) for x in _split_commas(part)) if p)
    if len(pieces) == 1 and ", " in pieces[0] and not DEGREE.search(pieces[0]):
        first, second = (_clean(x) for x in pieces[0].split(", ", 1))
        if first and second:
            pieces = [first, second]
    if not pieces:
        return
    if kind == "projects":
        title = pieces[0]
        org = next((p for p in pieces[1:] if _score(p, ORG_WORDS)), None)
        entry.title, entry.organisation = title, org
        return
    if kind == "education":
        title = next((p for p in pieces if DEGREE.search(p)), None)
        org = next((p for p in pieces if p != title and _score(p, ORG_WORDS)), None)
    else:
        ranked = sorted(pieces, key=lambda p: -_score(p, ROLE_WORDS))
        title = ranked[0] if _score(ranked[0], ROLE_WORDS) else None
        org = next((p for p in pieces if p != title and _score(p, ORG_WORDS)), None)
    if title is None:
        title = next((p for p in pieces if p != org), None)
    if org is None:
        org = next((p for p in pieces if p != title), None)
    entry.title, entry.organisation = title, org


# ---------------------------------------------------------------------- skills

_ITEM_SEPARATORS = ",;|•·▪●◦"
_CATEGORY = re.compile(r"^([^:]{1,40}):\s+(?=\S)")


def skill_items(line: str) -> list[str]:
    """The items of a skills line, as written: "Languages: Python, Java" -> Python, Java.

    Splits on commas, semicolons, pipes, bullets and wide gaps, but never inside
    parentheses ("Docker (Compose, Swarm)" stays one item) nor on a "/" inside a
    word ("CI/CD").
    """
    text = line[:1000]
    category = _CATEGORY.match(text)
    if category and word_count(category.group(1)) <= 5:
        text = text[category.end():]
    items: list[str] = []
    depth, start = 0, 0
    for k, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in _ITEM_SEPARATORS or (ch == " " and text[k - 1:k] == " ")
                             or (ch == "/" and text[k - 1:k] == " ")):
            items.append(text[start:k])
            start = k + 1
    items.append(text[start:])
    out = []
    for item in items:
        item = item.strip(" .\t")
        item = re.sub(r"^(?:and|&)\s+", "", item)
        if item and len(item) <= 80 and word_count(item) <= 8 and not item.endswith(":"):
            out.append(item)
    return out
