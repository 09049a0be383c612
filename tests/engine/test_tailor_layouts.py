"""Tailoring from real file layouts: a two-column PDF and a DOCX laid out in a table.

The engine must read each column and each table cell as a unit, keep every bullet
under its own role, and still put the posting's skills first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factories import make_docx, make_two_column_pdf

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.reading import read_resume

TODAY = date(2026, 11, 1)

POSTING = """Registered Nurse – Emergency Department

Requirements:
- Current RN license and BLS certification required
- Triage and patient assessment experience
- Experience with Epic EHR
Preferred:
- ACLS and PALS a plus
"""


def _experience(result) -> list[tuple[list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [(e.header, e.bullets) for s in result.tailored.sections
            if s.kind == "experience" for e in s.entries]


def test_two_column_pdf_resume(tmp_path: Path) -> None:
    header = ["# Grace Mbeki", "grace.mbeki@example.com | (312) 555-0177"]
    left = [
        "# SKILLS",
        "Wound care, Triage, Epic",
        "Patient assessment, IV therapy",
        "# CERTIFICATIONS",
        "Registered Nurse (RN), Illinois",
        "BLS, American Heart Association",
    ]
    right = [
        "# EXPERIENCE",
        ("Staff Nurse, Lakeside Hospital", "2019 – Present"),
        "• Cared for 5 patients per shift on a surgical unit",
        "• Performed triage for walk-in patients during surges",
        "• Documented assessments in Epic",
        ("Nursing Assistant, Oak Care Home", "2016 – 2019"),
        "• Helped residents with daily living",
        "• Recorded vital signs for 18 residents",
        "# EDUCATION",
        "BSN, Loyola University Chicago, 2019",
    ]
    pdf = make_two_column_pdf(tmp_path / "two-column.pdf", left, right, header=header)
    result = tailor(read_resume(pdf), POSTING, today=TODAY)

    assert result.guard.ok, result.guard.message()
    assert result.original.contact.email == "grace.mbeki@example.com"
    roles = _experience(result)
    assert [h[0].split(",")[0] for h, _ in roles] == ["Staff Nurse", "Nursing Assistant"]
    starts = [e.start.year for s in result.original.sections if s.kind == "experience"
              for e in s.entries if e.start]
    assert starts == [2019, 2016]  # the right-aligned dates were not glued to the titles
    staff_bullets = roles[0][1]
    assert len(staff_bullets) == 3
    # Triage and Epic are asked for; the general-care bullet shows neither.
    assert staff_bullets[-1] == "Cared for 5 patients per shift on a surgical unit"
    matched = {m.name for m in result.match_after.matched}
    assert {"Triage", "Epic", "Basic Life Support"} <= matched
    assert result.match_after.score >= result.match_before.score


def test_docx_resume_laid_out_in_a_table(tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "table.docx", [
        ("heading", "Omar Haddad", 0),
        ("para", "omar.haddad@example.com | (416) 555-0102"),
        ("heading", "Work Experience", 1),
        ("table", [
            ["Charge Nurse, St. Anne's Hospital", "2020 – Present"],
            ["Registered Nurse, Bay Clinic", "2015 – 2020"],
        ]),
        ("bullet", "Led triage for a 30-bed emergency department"),
        ("bullet", "Trained 12 new nurses on Epic charting"),
        ("bullet", "Organised the unit's holiday schedule"),
        ("heading", "Certifications", 1),
        ("para", "RN; BLS; ACLS"),
    ])
    result = tailor(read_resume(docx), POSTING, today=TODAY)
    assert result.guard.ok, result.guard.message()
    text = result.text
    for line in ("Charge Nurse, St. Anne's Hospital", "Registered Nurse, Bay Clinic",
                 "Organised the unit's holiday schedule"):
        assert line in text
    matched = {m.name for m in result.match_after.matched}
    assert {"Triage", "Epic", "Advanced Cardiovascular Life Support"} <= matched
    assert "Pediatric Advanced Life Support" in result.match_after.missing_preferred
