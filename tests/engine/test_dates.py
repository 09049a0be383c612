"""Dates as resumes write them, and the years of experience they add up to.

The tailor writes "N years of experience" from these numbers, so the counting
rules (both end months count; overlapping jobs count once) are pinned here.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailor_app.tailoring.model import DateRef, Entry
from tailor_app.tailoring.resume.dates import (
    find_date_range,
    months_between,
    parse_date,
    total_experience_years,
)

TODAY = date(2024, 6, 15)


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("Jan 2019", 2019, 1),
        ("January 2019", 2019, 1),
        ("Jan. 2019", 2019, 1),
        ("Sept 2020", 2020, 9),
        ("01/2019", 2019, 1),
        ("1/2019", 2019, 1),
        ("2019-01", 2019, 1),
        ("2019", 2019, None),
        ("Summer 2018", 2018, 6),
        ("Fall 2013", 2013, 9),
        ("Dec '19", 2019, 12),
    ],
)
def test_parse_date_formats(text: str, year: int, month: int | None) -> None:
    ref = parse_date(text)
    assert ref is not None
    assert (ref.text, ref.year, ref.month, ref.present) == (text, year, month, False)


@pytest.mark.parametrize("text", ["Present", "present", "Current", "Now", "To date", "Ongoing"])
def test_parse_date_present_words(text: str) -> None:
    ref = parse_date(text)
    assert ref is not None and ref.present and ref.year is None


@pytest.mark.parametrize("text", ["", "Managed 40 people", "5000", "13/2019", "2019 – 2020", "Jan"])
def test_parse_date_rejects_non_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "start", "end", "present", "span"),
    [
        ("2018 – 2020", "2018", "2020", False, "2018 – 2020"),
        ("2019 – Present", "2019", "Present", True, "2019 – Present"),
        ("2019 to now", "2019", "now", True, "2019 to now"),
        ("Mar. 2010-Aug. 2017", "Mar. 2010", "Aug. 2017", False, "Mar. 2010-Aug. 2017"),
        ("2010-2014 (expected)", "2010", "2014", False, "2010-2014 (expected)"),
        ("Company — City, ST    Jan 2019 – Present", "Jan 2019", "Present", True,
         "Jan 2019 – Present"),
        ("Title | Company | 2018—2020", "2018", "2020", False, "2018—2020"),
        ("Head Code Ninja, Area 52 (2013-09 — Present)", "2013-09", "Present", True,
         "2013-09 — Present"),
        ("Project Coordinator  September 2012 – January 2014", "September 2012",
         "January 2014", False, "September 2012 – January 2014"),
        ("07/2023 - 04/2024 | Dhaka, Bangladesh", "07/2023", "04/2024", False,
         "07/2023 - 04/2024"),
        ("Dean's List Fall 2013 – Spring 2014", "Fall 2013", "Spring 2014", False,
         "Fall 2013 – Spring 2014"),
        ("2018-19", "2018", "19", False, "2018-19"),
    ],
)
def test_find_date_range(line: str, start: str, end: str, present: bool, span: str) -> None:
    found = find_date_range(line)
    assert found is not None
    begin, finish, a, b = found
    assert begin.text == start
    assert finish is not None and finish.text == end and finish.present is present
    assert line[a:b] == span


def test_find_date_range_open_and_since() -> None:
    since = find_date_range("Since 2019")
    assert since is not None and since[0].year == 2019
    assert since[1] is not None and since[1].present
    open_dash = find_date_range("Volunteer Tutor 2021 –")
    assert open_dash is not None and open_dash[1] is not None and open_dash[1].present


def test_find_date_range_lone_date_and_nothing() -> None:
    lone = find_date_range("Honorable Mention, Google (Jan 2012)")
    assert lone is not None and lone[0].year == 2012 and lone[0].month == 1 and lone[1] is None
    assert find_date_range("Managed 5000 patients and a $2019 budget") is None
    assert find_date_range("Tel: 1-650-999-7777") is None
    assert find_date_range("") is None


def _ref(text: str) -> DateRef:
    ref = parse_date(text)
    assert ref is not None
    return ref


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        ("Jan 2019", "Dec 2019", 12),
        ("Jan 2019", "Jan 2020", 13),
        ("2018", "2020", 24),
        ("2019", "2019", 12),
        ("Mar 2020", "Present", 52),  # March 2020 .. June 2024 inclusive
        ("Jun 2023", "Jan 2023", 0),  # end before start: nothing, not a negative
        ("Jan 2030", "Present", 0),  # the future does not count
    ],
)
def test_months_between(start: str, end: str, months: int) -> None:
    assert months_between(_ref(start), _ref(end), TODAY) == months


def test_months_between_lone_dates_and_missing_start() -> None:
    assert months_between(_ref("2019"), None, TODAY) == 12
    assert months_between(_ref("May 2019"), None, TODAY) == 1
    assert months_between(None, _ref("2019"), TODAY) == 0


def _role(start: str, end: str | None) -> Entry:
    return Entry(header=["x"], title="x", start=_ref(start), end=_ref(end) if end else None)


def test_total_experience_merges_overlapping_roles() -> None:
    # A full-time job 2015–2020 and a concurrent weekend job 2017–2018 are 5 years, not 6.
    roles = [_role("2015", "2020"), _role("2017", "2018")]
    assert total_experience_years(roles, TODAY) == pytest.approx(5.0)


def test_total_experience_adds_gaps_separately() -> None:
    roles = [_role("Jan 2010", "Dec 2011"), _role("Jan 2014", "Dec 2014")]
    assert total_experience_years(roles, TODAY) == pytest.approx(3.0)


def test_total_experience_present_role_and_adjacent_roles() -> None:
    roles = [_role("Jun 2016", "Feb 2019"), _role("Mar 2019", "Present")]
    # June 2016 .. June 2024 inclusive, with no gap: 8 years and 1 month.
    assert total_experience_years(roles, TODAY) == pytest.approx(97 / 12)


def test_total_experience_ignores_undated_roles() -> None:
    assert total_experience_years([Entry(header=["Volunteer"]), _role("2020", "2022")],
                                  TODAY) == pytest.approx(2.0)
    assert total_experience_years([], TODAY) == 0.0


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_date_functions_never_raise(text: str) -> None:
    found = find_date_range(text)
    if found is not None:
        assert 0 <= found[2] < found[3] <= len(text)
    parse_date(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(1950, 2030), st.integers(0, 12), st.integers(0, 8)),
                max_size=6))
def test_total_experience_is_bounded_by_the_span(spans: list[tuple[int, int, int]]) -> None:
    entries = [
        Entry(header=["r"], start=DateRef(str(y), y, m or None), end=DateRef(str(y + d), y + d))
        for y, m, d in spans
    ]
    years = total_experience_years(entries, TODAY)
    assert years >= 0
    assert years <= sum(months_between(e.start, e.end, TODAY) for e in entries) / 12 + 1e-9
    if entries:
        first = min(y for y, _m, _d in spans)
        assert years <= max(0, TODAY.year - first + 1)
