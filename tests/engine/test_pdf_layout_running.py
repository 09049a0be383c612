"""Running page footers and headers of a PDF are read once, not between two roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_pdf

from tailor_app.tailoring.reading import read_resume
from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume

_PAGE_ONE = [
    "# Priya Raman",
    "priya.raman@example.com | (555) 014-2290 | Denver, CO",
    "# Experience",
    ("Physical Therapist, Front Range Rehab", "Mar 2020 - Present"),
    "• Treated 14 outpatients a day after knee and hip replacement surgery",
    "• Built a falls-prevention class now run at three clinics",
]
_PAGE_TWO = [
    ("Physical Therapist Assistant, Mile High Sports Clinic", "Jun 2016 - Feb 2020"),
    "• Led gait training and balance work for athletes after ACL repair",
    "# Education",
    ("Doctor of Physical Therapy, University of Colorado", "2016"),
]


def _two_pages(path: Path, footer: str) -> Path:
    return make_pdf(path, [
        [*_PAGE_ONE, footer.format(page=1)],
        [*_PAGE_TWO, footer.format(page=2)],
    ])


def test_a_running_footer_is_read_once_at_the_end(tmp_path: Path) -> None:
    doc = read_resume(_two_pages(tmp_path / "r.pdf", "Priya Raman · Résumé · Page {page} of 2"))
    texts = [line.text for line in doc.lines if line.text]
    assert texts[-1] == "Priya Raman · Résumé · Page 1 of 2"
    assert doc.lines[-1].source == "footer"
    assert not any("Page 2 of 2" in t for t in texts)
    parsed = parse_resume(doc)
    assert invariant_problems(doc, parsed) == []
    experience = next(s for s in parsed.sections if s.kind == "experience")
    assert [e.title for e in experience.entries] == [
        "Physical Therapist", "Physical Therapist Assistant"]
    # The footer is a paragraph of its own after the last section, not a degree.
    assert parsed.sections[-1].kind == "other"
    assert parsed.sections[-1].entries[0].header == ["Priya Raman · Résumé · Page 1 of 2"]
    education = next(s for s in parsed.sections if s.kind == "education")
    assert len(education.entries) == 1


def test_bare_page_numbers_are_dropped(tmp_path: Path) -> None:
    doc = read_resume(_two_pages(tmp_path / "n.pdf", "{page}"))
    texts = [line.text for line in doc.lines if line.text]
    assert "1" not in texts and "2" not in texts
    assert texts[-1] == "Doctor of Physical Therapy, University of Colorado  2016"


def test_a_single_page_keeps_its_last_line(tmp_path: Path) -> None:
    """Nothing repeats on one page, so nothing is taken for a footer."""
    doc = read_resume(make_pdf(tmp_path / "one.pdf", [*_PAGE_ONE, "References on request"]))
    assert [line.text for line in doc.lines if line.text][-1] == "References on request"
    assert all(line.source == "body" for line in doc.lines)


@pytest.mark.corpus
def test_awesome_cv_footer_is_no_role(corpus_dir: Path) -> None:
    doc = read_resume(corpus_dir / "resumes" / "awesome-cv_resume.pdf")
    parsed = parse_resume(doc)
    assert invariant_problems(doc, parsed) == []
    for section in parsed.sections[:-1]:
        for entry in section.entries:
            assert not any("Résumé" in h for h in entry.header), entry.header
    experience = next(s for s in parsed.sections if s.kind == "experience")
    assert all(e.start is not None and e.start.year is not None and e.start.year < 2026
               for e in experience.entries)
    assert sum("Byungjin Park · Résumé" in line.text for line in doc.lines) == 1


@pytest.mark.corpus
def test_rendercv_page_marks_are_not_roles(corpus_dir: Path) -> None:
    doc = read_resume(corpus_dir / "resumes" / "rendercv_classic_typst.pdf")
    parsed = parse_resume(doc)
    experience = next(s for s in parsed.sections if s.kind == "experience")
    assert [e.organisation for e in experience.entries] == [
        "Nexus AI", "NVIDIA Research", "Google DeepMind", "Apple ML Research",
        "Microsoft Research"]
    assert all(e.start is not None for e in experience.entries)
    assert [line.text for line in doc.lines if "John Doe –" in line.text] == ["John Doe – 1/2"]
