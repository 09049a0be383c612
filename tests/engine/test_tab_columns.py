"""A plain-text or Markdown resume laid out with tab stops keeps its columns apart, as
a Word file's tabs are: a competencies grid stays one skill per cell (not "Accounts
Payable Three-Way Match Vendor Setup" run together), a date column stays the role's
dates. Texts written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.reading import read_resume
from tailor_app.tailoring.resume.parser import parse_resume

GRID = ("Dana Whitfield\ndana.w@example.com\n\nCORE COMPETENCIES\n"
        "Accounts Payable\tThree-Way Match\tVendor Setup\n"
        "Month-End Close\tAccruals\t1099 Reporting\n\n"
        "EXPERIENCE\nAP Specialist, Great Lakes Foods, Grand Rapids, MI    2020 – Present\n"
        "- Process 900 invoices a month\n")

DATES_LEFT = ("Tomasz Wisniewski\ntomasz.w@example.com\n\nWORK EXPERIENCE\n"
              "2021 – present\tMaintenance Technician, Badger Packaging Co., Milwaukee, WI\n"
              "- Rebuild gearboxes and align conveyors\n")


def test_a_tabbed_competencies_grid_keeps_one_skill_per_cell(tmp_path: Path) -> None:
    for suffix in (".txt", ".md"):
        path = tmp_path / f"resume{suffix}"
        path.write_text(GRID, encoding="utf-8")
        result = tailor(read_resume(path), "AP Specialist\nRequirements\n- Three-way match\n"
                        "- Vendor setup\n", today=date(2026, 12, 1))
        row = next(line for line in result.text.splitlines() if "Accruals" in line)
        assert sorted(row.split("  ")) == ["1099 Reporting", "Accruals", "Month-End Close"]
        assert "Payable Three-Way" not in result.text


def test_a_tabbed_date_column_gives_the_roles_dates(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text(DATES_LEFT, encoding="utf-8")
    role = parse_resume(read_resume(path)).sections[0].entries[0]
    assert role.start is not None and role.start.year == 2021
    assert role.end is not None and role.end.present
