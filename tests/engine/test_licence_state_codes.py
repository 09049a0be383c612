"""A licence asked with its state is shown by the resume's licence with that state's
postal code, and the other way round ("Washington RN license": "WA Registered Nurse
License"); another state's code shows nothing, and two capitals in a shouted line are
no code. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import PostingAnalysis
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.regions import with_region_names


def shown(licence_line: str, asked: str) -> bool:
    text = ("Maria Alvarez\nmaria.alvarez@example.com\n\nExperience\n"
            "Staff RN  2022 – Present\nValley General Hospital, Spokane\n"
            "- Cared for post-op patients\n\nLicenses\n" + licence_line + "\n")
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=[],
                               keywords=[], min_years=None, degree=None,
                               certifications=[asked])
    report = match_resume(parse_resume(text), analysis)
    return asked in {m.name for m in report.matched}


@pytest.mark.parametrize(("line", "asked", "expected"), [
    ("WA Registered Nurse License, active", "Washington RN license", True),
    ("Registered Nurse, Texas Board of Nursing", "TX RN license", True),
    ("OR Registered Nurse License, active", "Washington RN license", False),
    ("Registered Nurse, Idaho Board of Nursing", "TX RN license", False),
])
def test_a_state_by_its_code_or_its_name(line: str, asked: str, expected: bool) -> None:
    assert shown(line, asked) is expected


def test_codes_count_only_in_a_line_with_lower_case() -> None:
    assert with_region_names("WA Registered Nurse").endswith("washington")
    assert "indiana" not in with_region_names("REGISTERED NURSE IN TEXAS")
    assert with_region_names("Licensed in New York").endswith(" ny")


def test_an_ampersand_is_and_in_a_credential_s_name() -> None:
    assert shown("FL 2-20 General Lines Agent (Property & Casualty) — 2022",
                 "Property and Casualty License")
    assert not shown("FL 2-15 Life and Health Agent — 2022", "Property and Casualty License")


@pytest.mark.parametrize(("line", "asked", "expected"), [
    # The trade's activity in the posting's name, its doer in the resume's.
    ("NV Journeyman Plumber License #J-2231", "Nevada Journeyman Plumbing License", True),
    ("Master Electrician License, Georgia", "Georgia Master Electrical License", True),
    ("AWS Certified Welder certificate, 2019", "Certified Welding certificate", True),
    ("Pipefitter certification (NCCER), 2020", "Pipefitting certification", True),
    # Another state's licence, or the doer alone (a job title), shows nothing.
    ("UT Journeyman Plumber License #J-2231", "Nevada Journeyman Plumbing License", False),
    ("Service Plumber, Reno Rooter", "Plumbing License", False),
])
def test_a_trade_s_licence_by_its_doer(line: str, asked: str, expected: bool) -> None:
    assert shown(line, asked) is expected
