"""Codes of one series named once with their prefix ("ASE T2 and T4", "FINRA Series 7 and
66", "AWS D1.1 and D1.5") are each asked; a date or a count of grades is no series. A
payroll job's work on direct deposits and forms ("troubleshoot returned direct
deposits", "Form 941, W-2") is asked, while the hire's own pay by direct deposit stays a
hiring notice. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("posting", "later"), [
    ("Diesel Technician\n\nRequirements\n- ASE T2 and T4 certifications\n", {"ASE T4"}),
    ("Auto Technician\n\nRequirements\n- ASE A1, A4 and A5 certifications\n",
     {"ASE A4", "ASE A5"}),
    ("Financial Advisor\n\nRequirements\n- FINRA Series 7 and 66 licenses\n",
     {"FINRA Series 66"}),
    ("Structural Welder\n\nRequirements\n- AWS D1.1 and D1.5 certification\n", {"AWS D1.5"}),
])
def test_later_codes_of_a_series_are_asked_with_its_prefix(posting: str, later: set[str]) -> None:
    asks = _asks(posting)
    assert later <= asks, asks


def test_dates_and_counted_grades_are_no_series() -> None:
    asks = _asks("Reading Teacher\n\nRequirements\n- Teach Grades 3 and 4 reading groups\n"
                 "- Apply between November 11, 2026 and January 5, 2027\n")
    assert not any(a.startswith(("Grades", "November", "January")) for a in asks), asks


def test_a_payroll_jobs_direct_deposit_work_is_asked_not_a_hiring_notice() -> None:
    asks = _asks("Payroll Support Specialist\n\nResponsibilities\n- Troubleshoot failed ACH "
                 "debits and returned direct deposits with our banking partner\n"
                 "- Explain Form 941, W-2 and state unemployment filings to owners\n")
    assert {"ACH Payments", "W-2", "Form 941"} <= asks, asks


def test_the_hires_own_pay_by_direct_deposit_is_no_ask() -> None:
    asks = _asks("Program Analyst\n\nRequirements\n- Experience with Tableau\n"
                 "- Direct Deposit of salary check to financial organization required.\n"
                 "- All staff are paid by direct deposit.\n")
    assert "Tableau" in asks and "Direct Deposit" not in asks, asks
    perks = _asks("Warehouse Associate\nWestbay Staffing\n\nRequirements\n- Forklift "
                  "experience\n- Weekly pay with direct deposit!\n- Direct deposit available.\n")
    assert "Direct Deposit" not in perks, perks


@pytest.mark.parametrize("line", [
    "NMC registered nurse, Band 5 or 6 depending on experience",
    "Filled at the GS 11 or 12 grade level",
    "Parking in Lots A1 and A2",
    "This is a WG 10 or 11 position",
])
def test_bands_grades_and_places_are_no_series(line: str) -> None:
    asks = _asks(f"Staff Nurse\nLeeds General\n\nRequirements\n- {line}\n")
    assert not any(a.endswith(("6", "11", "12", "A1", "A2")) for a in asks), asks


def test_a_licence_named_by_the_jobs_title_is_asked() -> None:
    asks = _asks("Journeyman Plumber\nSummit Mechanical, Boise ID\n\nRequirements\n"
                 "- You must hold an Idaho Journeyman Plumber license and OSHA 30\n")
    assert "Journeyman License" in asks, asks
    # The title alone, where the job is named, still asks nothing of its own.
    named = _asks("Journeyman Plumber\nSummit Mechanical\n\nWe are hiring a Journeyman "
                  "Plumber to join our service team.\n\nRequirements\n- OSHA 30\n")
    assert "Journeyman License" not in named, named


def test_the_titles_duties_told_in_the_third_person_go_on_after_semicolons() -> None:
    asks = _asks("Journeyman Plumber\nSummit Mechanical, Boise ID\n\nSummit is a union shop "
                 "doing tenant improvements. The journeyman plumber lays out and installs "
                 "DWV and gas piping in PEX; sets fixtures, water heaters and backflow "
                 "preventers; and pressure-tests systems.\n")
    assert {"Water Heaters", "Pressure Testing"} <= asks, asks
