"""Dates as resumes write them, and the experience they add up to.

Resumes write dates every way there is: "Jan 2019", "January 2019", "Jan. 2019",
"01/2019", "2019-01", "2019", "Summer 2018", "Mar. 2010-Aug. 2017",
"2010-2014 (expected)", "2019 – Present", "since 2019". A ``DateRef`` keeps the
text as written and what we understood of it; nothing here rewrites a date.

How long a range lasts (``months_between``) counts both end months, as LinkedIn
and most recruiters do: "Jan 2019 – Dec 2019" is 12 months, "Jan 2019 – Jan 2020"
13. A year without a month starts in January; as an end it means "some time that
year", so "2018 – 2020" counts from January 2018 to January 2020 (24 months) and
"2019 – 2019" is the whole of 2019. The "N years of experience" line the tailor
writes comes from ``total_experience_years``, which merges overlapping roles so
concurrent jobs are counted once.

Every function is pure and linear in its input; none raises on any text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.model import DateRef, Entry
from tailor_app.tailoring.text_memo import per_text

__all__ = [
    "date_only",
    "find_date_range",
    "months_between",
    "parse_date",
    "total_experience_years",
]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# A season stands for its first month (winter for January: "Winter 2019" term).
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}
_PRESENT_WORDS = ("present", "current", "currently", "now", "today", "ongoing",
                  "to date", "till date", "date")

_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASON_NAMES = "|".join(_SEASONS)
_YEAR = r"(?:19[4-9]\d|20\d\d)"

# One date. Alternatives go from the most specific to the least, so "2013-09" is
# read as September 2013 and not as the year 2013 followed by "-09".
_DATE = (
    rf"(?:(?:{_MONTH_NAMES})\.?,?\s?(?:{_YEAR}|['’]\d\d)"  # Jan 2019, Jan. 2019, Jan '19
    rf"|(?:{_SEASON_NAMES})\s(?:{_YEAR}|['’]\d\d)"  # Summer 2018
    rf"|(?:0?[1-9]|1[0-2])\s?/\s?{_YEAR}"  # 01/2019, 1 / 2019
    rf"|{_YEAR}[-/.](?:0[1-9]|1[0-2])(?![\d])(?:[-/.](?:0[1-9]|[12]\d|3[01])(?!\d))?"  # 2019-01
    rf"|{_YEAR})"
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|(?:to|till)\s+date|date)"
_DASH = r"(?:\s*[-–—~→]+\s*|\s+(?:to|until|till|through|thru)\s+)"
_EXPECTED = r"(?:\s*\(?(?:expected|anticipated|exp\.?|in progress)\)?)?"

_RANGE = re.compile(
    rf"(?<![\w$£€#/])(?:(?:from|since)\s+)?"
    rf"({_DATE})"
    rf"(?:{_DASH}(?:({_DATE})|({_PRESENT})\b|(\d\d)\b)|\s*[-–—]+(?=\s*(?:$|[)\]|,;]))|())"
    rf"{_EXPECTED}",
    re.IGNORECASE,
)
# The same pattern, written in lower case, without the flag: on the lower-cased line
# (``folded``), where it stands in, it finds the same spans in about half the time.
_RANGE_LOW = re.compile(_RANGE.pattern)
_SINCE = re.compile(r"\b(since|from)\s+$", re.IGNORECASE)
_TWO_DIGIT = re.compile(r"['’](\d\d)$")
_FULL_DATE = re.compile(
    rf"^\s*(?:(?:from|since)\s+)?(?:{_DATE}|{_PRESENT}){_EXPECTED}\s*$", re.IGNORECASE)
# Cheap test: no year, no date. Each branch opens with a plain character, so ``re``
# skips ahead to a "1", "2" or an apostrophe ("(?:19[4-9]|20\d)\d|['’]\d\d" had it try
# every character).
_YEAR_HINT = re.compile(r"19[4-9]\d|20\d\d|'\d\d|’\d\d")
_YEAR_RE = re.compile(_YEAR)
_WORD_RE = re.compile(r"[a-z]+")
_NUMERIC_RE = re.compile(rf"(\d\d?)\s?/\s?{_YEAR}")
_ISO_RE = re.compile(rf"{_YEAR}[-/.](\d\d)(?:[-/.]\d\d)?")
_MAX_SCAN = 400  # a header line is never longer; bounding it keeps time linear


def _two_digit_year(digits: str) -> int:
    """'19 is 2019 and '98 is 1998: resumes rarely reach back further than 1950."""
    value = int(digits)
    return 2000 + value if value < 50 else 1900 + value


def parse_date(text: str) -> DateRef | None:
    """A single date ("Jan 2019", "2019-01", "Present"...) or None if ``text`` is not one.

    ``text`` must be the date alone (surrounding spaces and "(expected)" allowed).
    """
    if not isinstance(text, str) or len(text) > 60 or not _FULL_DATE.match(text):
        return None
    raw = text.strip()
    lowered = raw.casefold()
    core = re.sub(rf"^(?:from|since)\s+|{_EXPECTED}$", "", lowered, flags=re.IGNORECASE)
    core = core.strip()
    if re.fullmatch(_PRESENT, core, re.IGNORECASE):
        return DateRef(text=raw, present=True)
    return _understand(raw, core)


def _understand(raw: str, lowered: str) -> DateRef | None:
    """What a string matched by ``_DATE`` means."""
    year_match = _YEAR_RE.search(lowered)
    two = _TWO_DIGIT.search(lowered)
    if year_match:
        year = int(year_match.group())
    elif two:
        year = _two_digit_year(two.group(1))
    else:
        return None
    month: int | None = None
    word = _WORD_RE.match(lowered)
    if word:
        month = _MONTHS.get(word.group()) or _SEASONS.get(word.group())
    else:
        numeric = _NUMERIC_RE.fullmatch(lowered)
        iso = _ISO_RE.fullmatch(lowered)
        if numeric:
            month = int(numeric.group(1))
        elif iso:
            month = int(iso.group(1))
    return DateRef(text=raw, year=year, month=month)


_FROM_SINCE = re.compile(r"(from|since)\s+", re.IGNORECASE)  # compiled once, not looked up per call


def find_date_range(line: str) -> tuple[DateRef, DateRef | None, int, int] | None:
    """The date range of a line as ``(start, end, span_start, span_end)``.

    A range ("Jan 2019 – Present", "2010-2014 (expected)", "since 2019") wins over
    a lone date; among lone dates the first one wins ("Summer 2013, 2014" started
    in 2013). ``end`` is None for a lone
    date, and a present ``DateRef`` with empty text for an open range ("2019 –",
    "since 2019"). The span covers the date text so a caller can cut it out.

    (The parser, the entry builder and the fields reader each ask it of a role's
    header line: a dated line is read once, ``text_memo``. Its ``DateRef``s, frozen,
    are shared by the callers, as a line's remembered date always was.)
    """
    if not isinstance(line, str) or not line:
        return None
    text = line[:_MAX_SCAN]
    hint = _YEAR_HINT.search(text)
    if hint is None:
        return None
    return _dated_range(text, hint.start())


@per_text(4096)
def _dated_range(text: str, year_at: int) -> tuple[DateRef, DateRef | None, int, int] | None:
    """``find_date_range`` of a text whose first year-like figure is at ``year_at``."""
    lone: tuple[DateRef, DateRef | None, int, int] | None = None
    low = folded(text)
    pos = _first_opening(text, year_at)
    # The groups are read from the line as written: a match on ``low`` has its spans.
    for m in _RANGE.finditer(text, pos) if low is None else _RANGE_LOW.finditer(low, pos):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        first = _group(m, text, 1) or ""
        start = _understand(first, first.casefold())
        if start is None:
            continue
        prefix = _FROM_SINCE.match(text[m.start():m.end()])
        end: DateRef | None
        second, present, year = _group(m, text, 2), _group(m, text, 3), _group(m, text, 4)
        if second:
            end = _understand(second, second.casefold())
        elif present:
            end = DateRef(text=present, present=True)
        elif year:
            # "2018-19": a two-digit end year, not a month (months were tried first).
            end_year = (start.year or 0) // 100 * 100 + int(year)
            if start.year is None or end_year < start.year:
                continue
            end = DateRef(text=year, year=end_year)
        elif m.start(5) >= 0:
            end = None
        else:  # an open dash: "2019 –"
            end = DateRef(text="", present=True)
        if end is None and prefix and prefix.group(1).casefold() == "since":
            end = DateRef(text="", present=True)
        span_end = m.end()
        while span_end > m.start() and text[span_end - 1].isspace():
            span_end -= 1
        found = (start, end, m.start(), span_end)
        if end is not None:
            return found
        if lone is None:
            lone = found
    return lone


# The most a date writes before its year: "September., " (a month, its stop, a comma
# and a space); a season and a space, or "12 / ", write less.
_BEFORE_YEAR = len("september., ")


def _first_opening(text: str, year_at: int) -> int:
    """Where the first match of ``_RANGE`` can open at the earliest, given the first
    year (a ``_YEAR_HINT``) at ``year_at``: every range's first date holds a year, at
    most ``_BEFORE_YEAR`` characters after the date opens, and "from" or "since" and the
    spaces after them may stand before it. The pattern opens with a look-behind, so
    ``re`` tries it at every character: a header line's dates stand at its end, after
    the title and the employer, which need not be tried (``re`` still reads the
    characters before the start for the look-behind)."""
    at = max(0, year_at - _BEFORE_YEAR)
    while at and text[at - 1].isspace():
        at -= 1
    return max(0, at - len("since"))


def _group(m: re.Match[str], text: str, k: int) -> str | None:
    """Group ``k`` of ``m`` as ``text`` writes it (None when it took no part)."""
    a = m.start(k)
    return None if a < 0 else text[a:m.end(k)]


def is_date_only(text: str) -> bool:
    """True when ``text`` holds a date or date range and nothing else worth a word."""
    return date_only(text, find_date_range(text))


_TWO_LETTERS = re.compile(r"[^\W\d_]{2,}")  # compiled once, not looked up per call


def date_only(text: str, found: tuple[DateRef, DateRef | None, int, int] | None) -> bool:
    """``is_date_only(text)`` for a caller that has ``find_date_range(text)`` already."""
    if found is None:
        return False
    rest = text[: found[2]] + text[found[3]:]
    return not _TWO_LETTERS.search(rest)


def _month_index(ref: DateRef, today: date, *, as_end: bool, start_year: int | None) -> int | None:
    """Months since year 0, with the conventions of the module docstring."""
    if ref.present:
        return today.year * 12 + today.month
    if ref.year is None:
        return None
    if ref.month is not None:
        return ref.year * 12 + (ref.month - 1) + (1 if as_end else 0)
    if as_end and start_year is not None and ref.year > start_year:
        return ref.year * 12
    return ref.year * 12 + (12 if as_end else 0)


def _interval(start: DateRef | None, end: DateRef | None, today: date) -> tuple[int, int] | None:
    """``[from, to)`` in month indexes, clamped to today, or None if unknowable."""
    if start is None or start.present:
        return None
    begin = _month_index(start, today, as_end=False, start_year=None)
    if begin is None:
        return None
    finish = _month_index(end if end is not None else start, today, as_end=True,
                          start_year=start.year if end is not None else None)
    if finish is None:
        return None
    finish = min(finish, today.year * 12 + today.month)
    if finish <= begin:
        return None
    return begin, finish


def months_between(start: DateRef | None, end: DateRef | None, today: date) -> int:
    """How many months a range covers, counting both end months; 0 when unknowable.

    ``end`` None means a lone date (the role lasted within that month or year);
    a present end is counted up to and including ``today``'s month. Dates in the
    future count only up to today.
    """
    span = _interval(start, end, today)
    return span[1] - span[0] if span else 0


def total_experience_years(entries: Iterable[Entry], today: date) -> float:
    """Years covered by the entries' date ranges, overlaps counted once.

    The caller chooses the entries (roles of experience-like sections); entries
    without a usable start date add nothing.
    """
    spans = sorted(
        s for s in (_interval(e.start, e.end, today) for e in entries) if s is not None
    )
    months = 0
    current: list[int] | None = None
    for begin, finish in spans:
        if current is None or begin > current[1]:
            if current is not None:
                months += current[1] - current[0]
            current = [begin, finish]
        else:
            current[1] = max(current[1], finish)
    if current is not None:
        months += current[1] - current[0]
    return months / 12
