"""Groups stay whole when lines move: a label keeps its list, an entry without dates
stays an entry, and a line gets a bullet mark only where the source had one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ParsedResume, TailorResult
from tailor_app.tailoring.reading import read_resume

TODAY = date(2026, 12, 1)

TIERS = """Lee Park
lee.park@example.com

SKILLS
PROGRAMMING
Over 5000 lines:
Java • Shell • Ruby
Over 1000 lines:
C • Python • Go
Familiar:
Haskell • Kotlin

EXPERIENCE
Developer, Acme  2019 – 2024
• Wrote Python services
"""

PYTHON_POSTING = "Python Developer\nRequirements:\n- Python\n- Go\n"


def _skills_lines(resume: ParsedResume) -> list[str]:
    return [t for s in resume.sections if s.kind == "skills" for e in s.entries
            for t in e.header]


def _under_labels(lines: list[str]) -> dict[str, set[str]]:
    """Each label line -> the set of lines listed under it (up to the next label)."""
    groups: dict[str, set[str]] = {}
    label = None
    for line in lines:
        if line.endswith(":") or line.isupper():
            label = line
            groups[label] = set()
        elif label is not None:
            groups[label].add(frozenset(p.strip() for p in line.split("•")))  # type: ignore[arg-type]
    return groups


def test_a_tier_label_moves_with_its_list() -> None:
    result = tailor(TIERS, PYTHON_POSTING, today=TODAY)
    lines = _skills_lines(result.tailored)
    assert _under_labels(lines) == _under_labels(_skills_lines(result.original))
    # The asked-for tier leads, with its label still over it.
    assert lines[:3] == ["PROGRAMMING", "Over 1000 lines:", "Python • Go • C"]
    assert lines[3] == "Over 5000 lines:"


def test_category_lines_without_labels_still_move() -> None:
    resume = ("Lee Park\nlee@example.com\n\nSKILLS\nDesign: Figma, Sketch\n"
              "Languages: Java, Python\n")
    result = tailor(resume, PYTHON_POSTING, today=TODAY)
    assert _skills_lines(result.tailored) == ["Languages: Python, Java", "Design: Figma, Sketch"]


def test_an_entry_without_dates_stays_an_entry() -> None:
    resume = """Lee Park
lee@example.com

PROJECTS
Hub, creator (2019-02 — 2021-01)
A Python app for clubs.

Blog, creator (??? — Present)
My programming blog about Go.
"""
    result = tailor(resume, PYTHON_POSTING, today=TODAY)
    [projects] = [s for s in result.tailored.sections if s.kind == "projects"]
    assert [e.header for e in projects.entries] == [
        ["Hub, creator (2019-02 — 2021-01)"], ["Blog, creator (??? — Present)"]]
    assert "• Blog, creator" not in result.text


def test_a_titled_entry_without_dates_after_a_blank_line_is_an_entry() -> None:
    resume = """Lee Park
lee@example.com

EXPERIENCE
Developer, Acme  2019 – 2024
• Wrote Go services

Volunteer Coding Tutor, City Library
• Taught Python to teenagers
"""
    result = tailor(resume, PYTHON_POSTING, today=TODAY)
    [experience] = [s for s in result.tailored.sections if s.kind == "experience"]
    assert [e.header[0] for e in experience.entries] == [
        "Developer, Acme  2019 – 2024", "Volunteer Coding Tutor, City Library"]
    assert experience.entries[1].bullets == ["Taught Python to teenagers"]


def test_a_description_line_gets_no_bullet_and_keeps_its_place() -> None:
    resume = """Lee Park
lee@example.com

EXPERIENCE
Team Lead, Area 52 (2013-09 — Present)
Development team manager for a modelling suite.
- Organised weekly demos
- Built Python services in Go and Python
"""
    result = tailor(resume, PYTHON_POSTING, today=TODAY)
    lines = result.text.splitlines()
    at = lines.index("Development team manager for a modelling suite.")
    assert lines[at - 1] == "Team Lead, Area 52 (2013-09 — Present)"
    assert lines[at + 1:at + 3] == ["• Built Python services in Go and Python",
                                    "• Organised weekly demos"]


def _tailor_file(path: Path, posting: Path) -> TailorResult:
    return tailor(read_resume(path), posting.read_text(encoding="utf-8"), today=TODAY)


@pytest.mark.corpus
def test_deedy_tier_labels_keep_their_lists(corpus_dir: Path) -> None:
    result = _tailor_file(corpus_dir / "resumes" / "deedy_two-column_openfonts.pdf",
                          corpus_dir / "jds" / "cds_full_stack_developer.txt")
    before, after = _skills_lines(result.original), _skills_lines(result.tailored)
    assert "Over 5000 lines:" in before
    assert _under_labels(after) == _under_labels(before)
    assert after[0] == "PROGRAMMING"


@pytest.mark.corpus
def test_jane_keeps_her_dateless_entries_and_plain_lines(corpus_dir: Path) -> None:
    result = _tailor_file(corpus_dir / "resumes" / "hackmyresume_jane.txt",
                          corpus_dir / "jds" / "cds_full_stack_developer.txt")
    headers = [e.header[0] for s in result.tailored.sections for e in s.entries if e.header]
    assert "Blog, creator (??? — Present)" in headers
    assert "Member, Apple Developer Network (??? — Present)" in headers
    lines = result.text.splitlines()
    # Written without a mark in the file, shown without one, right under its role.
    at = lines.index("Head Code Ninja, Area 52 (2013-09 — Present)")
    assert lines[at + 1].startswith("Development team manager for Quantum Diorama")
    assert "• Managed a 5-person development team" in lines
    source = (corpus_dir / "resumes" / "hackmyresume_jane.txt").read_text(encoding="utf-8")
    marked = {ln[2:].strip() for ln in source.splitlines() if ln.startswith("- ")}
    for line in lines:
        if line.startswith("• "):
            assert line[2:].strip() in marked, line
