"""The .pdf export as a reader sees it: dates beside their role, no empty boxes, no
nearly empty last page, and a text layer (what search and applicant tracking systems
read, through pypdf here) that says what the page shows, in its order.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from docx import Document
from posting_samples import POSTINGS
from pypdf import PdfReader

from tailor_app.export import export_result, pdf_writer
from tailor_app.export.layout import build_layout
from tailor_app.export.pdf_pagination import last_page_fill
from tailor_app.paths import resource_path
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import Contact, DateRef, Entry, ParsedResume, Section
from tailor_app.tailoring.reading import read_resume

LONG_ROLE = ("Research Assistant, Ohio State University, Center for Urban Studies and "
             "Regional Planning")
NORMAL_PITCH = pdf_writer.BODY_LINE + pdf_writer.BULLET_AFTER  # points, bullet to bullet
CONTACT = "📧 jordan@example.com | 📞 (555) 014-2277 | 🌐 linkedin.com/in/jordan-avery"


def _role(header: str, start: str, end: str, bullets: list[str]) -> Entry:
    return Entry(header=[f"{header}  {start} - {end}"], bullets=bullets,
                 title=header.split(",")[0], organisation="x", start=DateRef(start),
                 end=DateRef(end))


def _result(resume: ParsedResume, summary: str | None = None) -> dict:
    return {"tailored": resume.to_dict(), "summary": summary, "text": ""}


def _resume(roles: list[Entry], contact: str = "jordan@example.com") -> ParsedResume:
    return ParsedResume(contact=Contact(name="Jordan Avery", lines=["Jordan Avery", contact]),
                        sections=[Section("experience", "Experience", roles)])


def _export(tmp_path: Path, result: dict, name: str = "resume.pdf") -> PdfReader:
    return PdfReader(str(export_result(result, "pdf", tmp_path / name)))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _runs(reader: PdfReader, page: int = 0) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run on a page, in points from the bottom left."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        if text.strip():
            runs.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4],
                         tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text.strip()))

    reader.pages[page].extract_text(visitor_text=visit)
    return runs


def _y(runs: list[tuple[float, float, str]], start: str) -> float:
    return next(y for _x, y, text in runs if text.startswith(start))


def _dejavu_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Draw with DejaVu Sans, the wide font a Linux machine without office fonts uses."""
    from PySide6.QtGui import QFontDatabase

    pdf_writer.ensure_gui_application()
    if "DejaVu Sans" not in QFontDatabase.families():
        pytest.skip("DejaVu Sans is not installed")
    monkeypatch.setattr(pdf_writer, "FAMILIES", ["DejaVu Sans"])


# ------------------------------------------------------------------ dates


def test_a_long_role_line_gets_its_dates_on_the_next_line(tmp_path: Path) -> None:
    resume = _resume([_role(LONG_ROLE, "Sep 2016", "May 2018", ["Ran regressions in R"]),
                      _role("Data Analyst, City of Columbus", "Jun 2018", "Feb 2021",
                            ["Mapped response times"])])
    reader = _export(tmp_path, _result(resume))

    text = _text(reader)
    assert "Planning\nSep 2016 - May 2018\n" in text
    assert not re.search(r"[a-z](Sep|Jun) 20\d\d", text), text  # nothing glued to a date
    runs = _runs(reader)
    # The long line's dates sit one line below it, at the right; a short line keeps
    # its dates on its own line.
    assert _y(runs, "Sep 2016") < _y(runs, "Research Assistant")
    assert _y(runs, "Sep 2016") > _y(runs, "Ran regressions")
    assert _y(runs, "Jun 2018") == pytest.approx(_y(runs, "Data Analyst"))
    assert min(x for x, _y_, t in runs if t.startswith("Sep 2016")) > 300


@pytest.mark.parametrize("font", ["default", "dejavu"])
def test_the_sample_resume_keeps_each_heading_apart_from_its_dates(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, font: str) -> None:
    if font == "dejavu":
        _dejavu_only(monkeypatch)
    result = tailor(read_resume(resource_path("sample_resume.txt")), POSTINGS["software"])
    assert result.guard.ok
    reader = _export(tmp_path, result.to_dict())

    text = _text(reader)
    assert len(reader.pages) == 1
    for dates in ("Mar 2021 - Present", "Jun 2018 - Feb 2021", "Sep 2016 - May 2018"):
        assert re.search(rf"(^|\n){dates}(\n|$)", text), f"{dates!r} not on its own:\n{text}"
    assert "Center for Urban Studies\n" in text
    # Each role's dates are on the role's line or the one right below it.
    runs = _runs(reader)
    for role, dates in (("Senior Data Analyst, Bright", "Mar 2021"),
                          ("Research Assistant, Ohio", "Sep 2016")):
        assert 0 <= _y(runs, role) - _y(runs, dates) < 15


# ---------------------------------------------------------------- symbols


def test_emoji_the_font_lacks_are_left_out_and_the_contact_line_reads_right(
        tmp_path: Path) -> None:
    resume = _resume([_role("Data Analyst, City of Columbus", "Jun 2018", "Feb 2021",
                            ["Built dashboards 📊 for 40 stores"])], contact=CONTACT)
    result = _result(resume)
    reader = _export(tmp_path, result)

    lines = _text(reader).splitlines()
    assert lines[1] == "jordan@example.com | (555) 014-2277 | linkedin.com/in/jordan-avery"
    assert "Built dashboards for 40 stores" in lines
    text = _text(reader)
    assert "\x00" not in text and "\ufffd" not in text  # no .notdef boxes
    assert not re.search("[\U0001f300-\U0001faff]", text)
    # The .docx keeps them: Word draws emoji with the system's emoji font.
    docx = Document(str(export_result(result, "docx", tmp_path / "resume.docx")))
    assert any("📧" in p.text for p in docx.paragraphs)


def test_letters_from_other_scripts_and_typography_are_kept(tmp_path: Path) -> None:
    resume = _resume([_role("Ingénieure d'études, Société Générale", "Sep 2016", "Mar 2019",
                            ["Prüfstände für Wärmetauscher – 12 % günstiger • ÅÄÖ ñ ç ø ß"])],
                     contact="Zürich · jose@example.ch")
    text = _text(_export(tmp_path, _result(resume)))
    assert "Zürich · jose@example.ch" in text
    assert "Prüfstände für Wärmetauscher – 12 % günstiger • ÅÄÖ ñ ç ø ß" in text
    assert "Ingénieure d'études, Société Générale" in text


# ------------------------------------------------------------------ pages


def _bullets(count: int) -> list[str]:
    return [f"Reconciled ledger number {i} for the regional office every month"
            for i in range(count)]


def _pages_at_normal_spacing(resume: ParsedResume, tmp_path: Path) -> tuple[int, float]:
    """Pages and last-page fill the normal spacing gives (the writer's own layout)."""
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    pdf_writer.ensure_gui_application()
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(pdf_writer.RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    page = QRectF(0, 0, writer.width(), writer.height())
    doc = pdf_writer.laid_out(build_layout(resume, None), page, writer, pdf_writer.SPACINGS[0])
    margin = pdf_writer.RESOLUTION * pdf_writer.SPACINGS[0].margin_v / 72
    return doc.pageCount(), last_page_fill(doc, page.height(), margin, margin)


def _bullet_pitch(reader: PdfReader) -> float:
    ys = [y for _x, y, text in _runs(reader) if text.startswith("Reconciled")]
    return round(ys[0] - ys[1], 1)


def test_a_last_page_of_a_line_or_two_is_tightened_away(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tailor_app.export.common.uses_letter_paper", lambda: False)
    low, high = 20, 80  # one page, two pages: find the fewest bullets that make two
    while high - low > 1:
        middle = (low + high) // 2
        resume = _resume([_role("Accountant, Acme", "2019", "2021", _bullets(middle))])
        low, high = ((middle, high) if _pages_at_normal_spacing(resume, tmp_path)[0] < 2
                     else (low, middle))
    count = high
    resume = _resume([_role("Accountant, Acme", "2019", "2021", _bullets(count))])
    assert _pages_at_normal_spacing(resume, tmp_path)[1] < pdf_writer.NEARLY_EMPTY

    reader = _export(tmp_path, _result(resume))
    assert len(reader.pages) == 1
    text = _text(reader)
    assert all(b in text for b in _bullets(count))
    assert _bullet_pitch(reader) < NORMAL_PITCH - 0.3


def test_a_resume_that_needs_two_pages_keeps_the_normal_spacing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tailor_app.export.common.uses_letter_paper", lambda: False)
    resume = _resume([_role("Accountant, Acme", "2019", "2021", _bullets(80))])
    reader = _export(tmp_path, _result(resume))
    assert len(reader.pages) == 2
    assert _bullet_pitch(reader) == pytest.approx(NORMAL_PITCH, abs=0.2)
    assert len(reader.pages[1].extract_text().splitlines()) > 10


@pytest.mark.corpus
@pytest.mark.skipif(sys.platform == "win32", reason="fonts differ")
def test_a_one_page_two_column_resume_leaves_no_nearly_empty_page(
        tmp_path: Path, corpus_dir: Path) -> None:
    source = corpus_dir / "resumes" / "deedy_two-column_openfonts.pdf"
    posting = (corpus_dir / "jds" / "18f_consulting_software_engineer.txt").read_text()
    result = tailor(read_resume(source), posting)
    assert result.guard.ok
    reader = _export(tmp_path, result.to_dict())
    assert len(reader.pages) <= 2
    assert len(reader.pages[-1].extract_text().splitlines()) > 10
