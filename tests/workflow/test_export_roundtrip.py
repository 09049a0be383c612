"""Each export, read back, gives the tailored resume: every heading and bullet, in order.

The resumes are built directly as ``ParsedResume`` objects (an accountant, a nurse,
accents, a CJK name with CJK text), turned into the dict a stored job result has,
exported in all four formats and re-read: .txt/.md as text, .docx with
python-docx, .pdf with pypdf's text extraction (what a recruiter's search or an
applicant tracking system sees).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt
from pypdf import PdfReader

from tailor_app.export import FORMATS, export_result
from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.model import Contact, DateRef, Entry, ParsedResume, Section


def _role(header: str, start: str, end: str, bullets: list[str]) -> Entry:
    return Entry(header=[header], bullets=bullets, title=header.split(",")[0],
                 organisation="x", start=DateRef(start), end=DateRef(end))


ACCOUNTANT = ParsedResume(
    contact=Contact(name="Jane Doe", email="jane@example.com",
                    lines=["Jane Doe", "jane@example.com", "(617) 555-0100", "Boston, MA"]),
    sections=[
        Section("experience", "Professional Experience", [
            _role("Senior Accountant, Acme Corp   Jan 2019 – Present", "Jan 2019", "Present", [
                "Closed the books monthly in NetSuite, cutting the close from 10 to 6 days",
                "Reconciled 40 bank accounts and intercompany balances under US GAAP",
                "Built *variance* models in Excel with XLOOKUP & pivot tables (C# macros)",
            ]),
            _role("Staff Accountant | Beta LLC | Jun 2015 - Dec 2018", "Jun 2015", "Dec 2018", [
                "Processed accounts payable for 400+ vendors",
                "Prepared 1099s for 120 contractors each January",
            ]),
        ]),
        Section("education", "Education", [
            Entry(header=["B.S. Accounting, Boston University", "2011 – 2015"],
                  start=DateRef("2011"), end=DateRef("2015"), title="B.S. Accounting")]),
        Section("skills", "Skills", [Entry(header=["Excel, NetSuite, QuickBooks, SAP, GAAP"])]),
    ])

NURSE = ParsedResume(
    contact=Contact(name="Maria Santos", lines=["Maria Santos, RN, BSN",
                                                "Toronto, ON | maria.santos@example.com"]),
    sections=[
        Section("experience", "CLINICAL EXPERIENCE", [
            _role("Registered Nurse, St. Mary Hospital   Mar 2018 – Present", "Mar 2018",
                  "Present", ["Cared for 6 patients per shift on a 30-bed med-surg unit",
                              "Charted assessments in Epic; precepted 12 new graduates"]),
        ]),
        Section("certifications", "CERTIFICATIONS", [
            Entry(header=["BLS, ACLS (American Heart Association), 2023"])]),
    ])

ACCENTS = ParsedResume(
    contact=Contact(name="José Müller", lines=["José Müller", "Zürich · jose@example.ch"]),
    sections=[
        Section("experience", "Berufserfahrung", [
            _role("Ingénieur d'études, Société Générale\tSep 2016 – Mar 2019", "Sep 2016",
                  "Mar 2019", ["Conçu des pièces de tôlerie à Besançon; coût réduit de 12 %",
                               "Geführt: Prüfstände für Wärmetauscher (ÅÄÖ, ñ, ç, ø, ß)"]),
        ]),
        Section("languages", "Sprachen", [Entry(header=["Deutsch, Français, Español"])]),
    ])

CJK = ParsedResume(
    contact=Contact(name="李小龙", lines=["李小龙", "上海 | li@example.com"]),
    sections=[
        Section("experience", "工作经历", [
            _role("高级会计师, 腾讯   2019 – 至今", "2019", "至今",
                  ["负责合并财务报表和月末结账",
                   "Led the SAP migration for 3 entities; 节省 20% 时间"]),
        ]),
        Section("education", "Education", [Entry(header=["复旦大学 会计学学士"])]),
    ])

SAMPLES = {"accountant": ACCOUNTANT, "nurse": NURSE, "accents": ACCENTS, "cjk": CJK}
SUMMARIES = {
    "accountant": "Senior Accountant with 8 years of experience in month-end close and GAAP.",
    "nurse": "Registered Nurse with 6 years of experience in med-surg care.",
    "accents": "Ingénieur with 10 years of experience in Wärmetauscher design.",
    "cjk": "会计师, 8 years of experience in SAP.",
}


def _cjk_font_installed() -> bool:
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication([])
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def _stored(resume: ParsedResume, summary: str) -> dict:
    """What TailorResult.to_dict() stores (the keys the export reads)."""
    return {"text": render_text(resume, summary), "tailored": resume.to_dict(),
            "summary": summary, "renamed": {}, "guard": {"invented": [], "lost": []}}


def _expected(resume: ParsedResume) -> list[str]:
    """Every heading and bullet, in document order."""
    items: list[str] = []
    for section in resume.sections:
        items.append(section.heading)
        for entry in section.entries:
            items.extend(entry.bullets)
    return items


def _read_back(path: Path) -> str:
    if path.suffix == ".docx":
        return "\n".join(p.text for p in Document(str(path)).paragraphs)
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":  # what a Markdown viewer shows: backslash escapes resolved
        text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    return text


def _squash(text: str) -> str:
    """No whitespace at all: a PDF line wrap must not hide a bullet, in any script."""
    return re.sub(r"\s+", "", text)


def _assert_in_order(text: str, items: list[str]) -> None:
    haystack, position = _squash(text), 0
    for item in items:
        found = haystack.find(_squash(item), position)
        assert found >= 0, f"{item!r} missing or out of order in:\n{text}"
        position = found + len(_squash(item))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(SAMPLES))
def test_every_heading_and_bullet_comes_back_in_order(tmp_path: Path, name: str,
                                                      fmt: str) -> None:
    if name == "cjk" and fmt == "pdf" and not _cjk_font_installed():
        pytest.skip("no installed font covers Chinese (Debian: apt-get install fonts-noto-cjk)")
    resume = SAMPLES[name]
    out = export_result(_stored(resume, SUMMARIES[name]), fmt, tmp_path / f"{name}.{fmt}")
    text = _read_back(out)
    name_line = resume.contact.lines[0]
    _assert_in_order(text, [name_line, SUMMARIES[name], *_expected(resume)])
    if fmt == "pdf":
        # Words keep single spaces (not tabs) and the exact characters, e.g. 小 not ⼩.
        assert name_line in text
        assert "\t" not in text
        assert len(PdfReader(str(out)).pages) == 1


def test_txt_is_exactly_the_canonical_text(tmp_path: Path) -> None:
    stored = _stored(ACCOUNTANT, SUMMARIES["accountant"])
    out = export_result(stored, "txt", tmp_path / "r.txt")
    assert out.read_bytes() == render_text(ACCOUNTANT, SUMMARIES["accountant"]).encode("utf-8")
    del stored["text"]  # an older stored result: rendered again, same bytes
    again = export_result(stored, "txt", tmp_path / "again.txt")
    assert again.read_bytes() == out.read_bytes()


def test_markdown_structure(tmp_path: Path) -> None:
    out = export_result(_stored(ACCOUNTANT, SUMMARIES["accountant"]), "md", tmp_path / "r.md")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# Jane Doe"
    assert "jane@example.com · (617) 555-0100 · Boston, MA" in lines
    assert "## Professional Experience" in lines and "## Skills" in lines
    assert "**Senior Accountant, Acme Corp** · Jan 2019 – Present" in lines
    assert ("- Built \\*variance\\* models in Excel with XLOOKUP & pivot tables (C# macros)"
            in lines)
    # The degree's own date line moves up beside it; the skills line is not bold.
    assert "**B.S. Accounting, Boston University** · 2011 – 2015" in lines
    assert "Excel, NetSuite, QuickBooks, SAP, GAAP" in lines


def test_pdf_pages_follow_the_words_not_tabs(tmp_path: Path) -> None:
    out = export_result(_stored(ACCOUNTANT, SUMMARIES["accountant"]), "pdf", tmp_path / "r.pdf")
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Processed accounts payable for 400+ vendors" in text
    assert "Senior Accountant, Acme Corp" in text  # spaces are spaces, not tabs


def test_docx_uses_word_styles_and_a_right_tab_for_dates(tmp_path: Path) -> None:
    out = export_result(_stored(ACCOUNTANT, SUMMARIES["accountant"]), "docx",
                        tmp_path / "r.docx")
    doc = Document(str(out))
    by_text = {p.text: p for p in doc.paragraphs}
    assert doc.paragraphs[0].style.name == "Title" and doc.paragraphs[0].text == "Jane Doe"
    for heading in ("Professional Experience", "Education", "Skills"):
        assert by_text[heading].style.name == "Heading 1"
    for bullet in ACCOUNTANT.sections[0].entries[0].bullets:
        assert by_text[bullet].style.name == "List Bullet"
    role = by_text["Senior Accountant, Acme Corp\tJan 2019 – Present"]
    assert role.style.name == "Heading 2"
    (stop,) = role.paragraph_format.tab_stops
    section = doc.sections[0]
    assert stop.alignment == WD_TAB_ALIGNMENT.RIGHT
    assert stop.position == section.page_width - section.left_margin - section.right_margin
    assert Inches(0.7) <= section.left_margin <= Inches(1)
    assert doc.styles["Normal"].font.name == "Calibri"
    assert Pt(10.5) <= doc.styles["Normal"].font.size <= Pt(11)
    # Bullets are a real Word list (numbering), not typed glyphs.
    assert doc.styles["List Bullet"].element.pPr.numPr is not None
    assert not any(p.text.startswith("•") for p in doc.paragraphs)


def _source_docx(path: Path, *, with_styles: bool) -> Path:
    """A user's own resume: Garamond 12 pt, unusual margins, a header, two columns."""
    doc = Document()
    section = doc.sections[0]
    section.left_margin, section.right_margin = Inches(0.6), Inches(1.3)
    section.top_margin = Inches(0.5)
    section.header.paragraphs[0].text = "Old header with the old contact line"
    section._sectPr.append(section._sectPr.makeelement(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols",
        {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num": "2"}))
    if with_styles:
        doc.styles["Normal"].font.name = "Garamond"
        doc.styles["Normal"].font.size = Pt(12)
        doc.add_paragraph("Old Name", style="Title")
        doc.add_paragraph("Old content", style="Normal")
    else:  # formatted run by run, the way many resumes are
        for text in ("Old Name", "Old content that is long enough to count"):
            run = doc.add_paragraph().add_run(text)
            run.font.name, run.font.size = "Garamond", Pt(12)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("with_styles", [True, False])
def test_docx_from_source_keeps_its_font_and_margins(tmp_path: Path, with_styles: bool) -> None:
    source = _source_docx(tmp_path / "mine.docx", with_styles=with_styles)
    out = export_result(_stored(NURSE, SUMMARIES["nurse"]), "docx", tmp_path / "r.docx",
                        source_docx=source)
    doc = Document(str(out))
    section = doc.sections[0]
    assert (section.left_margin, section.right_margin) == (Inches(0.6), Inches(1.3))
    assert section.top_margin == Inches(0.5)
    assert doc.styles["Normal"].font.name == "Garamond"
    assert doc.styles["Normal"].font.size == Pt(12)
    texts = [p.text for p in doc.paragraphs]
    assert "Old content" not in " ".join(texts) and texts[0] == "Maria Santos, RN, BSN"
    assert all(not p.text for p in section.header.paragraphs)  # header text dropped
    assert section._sectPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols") is None
    _assert_in_order("\n".join(texts), _expected(NURSE))
    bullets = [p for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in bullets] == NURSE.sections[0].entries[0].bullets


def test_docx_source_without_our_styles_gets_them_added(tmp_path: Path) -> None:
    """Word saves only the styles a file uses: Title, headings and List Bullet may be
    missing; they are added based on the source's Normal, with a real bullet list."""
    source = tmp_path / "bare.docx"
    doc = Document()
    styles = doc.styles.element
    for style_id in ("Title", "Heading1", "Heading2", "ListBullet"):
        styles.remove(styles.xpath(f'w:style[@w:styleId="{style_id}"]')[0])
    doc.styles["Normal"].font.name = "Georgia"
    doc.add_paragraph("Old")
    doc.save(str(source))
    out = export_result(_stored(ACCOUNTANT, SUMMARIES["accountant"]), "docx",
                        tmp_path / "r.docx", source_docx=source)
    again = Document(str(out))
    names = [p.style.name for p in again.paragraphs]
    assert names[0] == "Title" and "Heading 1" in names and "List Bullet" in names
    bullet_style = again.styles["List Bullet"]
    assert bullet_style.element.pPr.numPr is not None
    assert bullet_style.base_style.name == "Normal"
    assert again.styles["Normal"].font.name == "Georgia"
    num_id = bullet_style.element.pPr.numPr.numId.val
    numbering = again.part.numbering_part.element
    assert numbering.xpath(f'w:num[@w:numId="{num_id}"]')


def test_real_tailored_result_exports(tmp_path: Path) -> None:
    """A result straight from the engine (the samples the other tests use)."""
    from posting_samples import POSTINGS
    from resume_samples import MECHANICAL

    from tailor_app.tailoring.compose.tailor import tailor
    from tailor_app.tailoring.model import ResumeDocument

    result = tailor(ResumeDocument.from_text(MECHANICAL), POSTINGS["mechanical"])
    assert result.guard.ok
    stored = result.to_dict()
    for fmt in FORMATS:
        out = export_result(stored, fmt, tmp_path / f"r.{fmt}")
        _assert_in_order(_read_back(out), _expected(result.tailored))
    assert (tmp_path / "r.txt").read_text(encoding="utf-8") == result.text


def test_pdf_keeps_headings_and_role_lines_with_what_follows(tmp_path: Path) -> None:
    """Grow the first role until the next section's heading and role line reach the page
    end: they must move to page 2 together, never end page 1 or leave an empty page."""
    second = Section("education", "Education", [_role(
        "Degree, School   2010 – 2014", "2010", "2014", ["Graduated with honours"])])
    for count in range(38, 50):
        first = Section("experience", "Experience", [_role(
            "Role A, Co   2019 – 2020", "2019", "2020", [f"Did thing {i}" for i in range(count)])])
        resume = ParsedResume(contact=Contact(name="P", lines=["P"]), sections=[first, second])
        out = export_result(_stored(resume, ""), "pdf", tmp_path / f"{count}.pdf")
        pages = [page.extract_text() for page in PdfReader(str(out)).pages]
        assert len(pages) <= 2, count
        if len(pages) == 1:
            continue
        last_line = pages[0].strip().splitlines()[-1]
        assert last_line.startswith("Did thing"), (count, last_line)
