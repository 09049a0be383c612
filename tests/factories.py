"""Document factories: tests make the resume files they read, instead of shipping them.

Every function writes one file and returns its path. They are meant for any test
in the project (reading, import, workflow, GUI):

- :func:`make_pdf` — a PDF with a real text layer, drawn with Qt's ``QPdfWriter``
  (one list of lines per page; ``("Role", "2019 - 2021")`` puts the second text
  right-aligned on the same baseline; ``"# Heading"`` draws a bold, larger line).
- :func:`make_two_column_pdf` — a two-column page (left sidebar, right main column)
  for reading-order tests.
- :func:`make_image_only_pdf` — a "scanned" PDF: a picture of text, no text layer.
- :func:`make_encrypted_pdf` — a password-protected PDF (RC4, so no extra crypto
  library is needed to write or to try opening it).
- :func:`make_docx` — a Word file through python-docx from simple block tuples:
  headings, paragraphs, bullets, numbered items, tables, soft line breaks, plus
  page header/footer lines.
- :func:`make_text` — a .txt/.md file in a chosen encoding, with or without a BOM.

``SAMPLE_RESUME`` is a realistic one-page resume (as lines) long enough to pass
the "has a text layer" check (80+ characters a page) of the PDF reader.

Qt needs a ``QGuiApplication`` to draw text; :func:`ensure_gui_app` creates one
when none exists (tests run with ``QT_QPA_PLATFORM=offscreen``, set in conftest).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

Line = str | tuple[str, str]

SAMPLE_RESUME: list[Line] = [
    "# Alex Morgan",
    "alex.morgan@example.com | (555) 010-2030 | Portland, OR",
    "# Experience",
    ("Registered Nurse, St. Mary Hospital", "Jan 2019 - Present"),
    "• Cared for 6 patients per shift on a 30-bed medical-surgical unit",
    "• Trained 12 new graduate nurses in charting with Epic",
    ("Nursing Assistant, Green Valley Clinic", "Jun 2016 - Dec 2018"),
    "• Recorded vital signs and supported patients with daily living activities",
    "# Education",
    ("Bachelor of Science in Nursing, Oregon State University", "2016"),
    "# Skills",
    "Patient care, BLS, ACLS, Epic, IV therapy, wound care, Spanish",
]
# The same resume as plain text (a gap of two spaces before each date).
SAMPLE_RESUME_TEXT = "\n".join(line if isinstance(line, str) else "  ".join(line)
                                for line in SAMPLE_RESUME)


def completed_job(posting: str, job_id: str = "job-1") -> dict[str, Any]:
    """A finished job dict as the window shows it: the sample resume tailored for real
    to ``posting`` (for result-pane tests that need no database)."""
    from tailor_app.tailoring.compose.tailor import tailor
    from tailor_app.tailoring.model import ResumeDocument

    result = tailor(ResumeDocument.from_text(SAMPLE_RESUME_TEXT), posting).to_dict()
    return {"id": job_id, "status": "COMPLETED", "title": "Job", "result": result,
            "tailored_resume_text": result["text"]}


def ensure_gui_app() -> Any:
    """Return the running QGuiApplication (or QApplication), creating one if needed."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([])
    return app


def _writer(path: Path) -> Any:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(72)  # one device unit = one PDF point
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setCreator("tests/factories.py")
    return writer


def _font(size: float, bold: bool = False) -> Any:
    from PySide6.QtGui import QFont

    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _draw_lines(painter: Any, lines: Sequence[Line], x: float, right: float, top: float,
                font_size: float) -> None:
    """Draw lines from ``top`` down; a tuple's second text is right-aligned at ``right``."""
    from PySide6.QtGui import QFontMetricsF

    y = top
    for line in lines:
        heading = isinstance(line, str) and line.startswith("# ")
        size = font_size * 1.3 if heading else font_size
        font = _font(size, bold=heading)
        painter.setFont(font)
        if isinstance(line, tuple):
            left_text, right_text = line
            painter.drawText(int(x), int(y), left_text)
            width = QFontMetricsF(font).horizontalAdvance(right_text)
            painter.drawText(int(right - width), int(y), right_text)
        else:
            painter.drawText(int(x), int(y), line[2:] if heading else line)
        y += size * 1.6


def make_pdf(path: Path, pages: Sequence[Sequence[Line]] | Sequence[Line] | None = None, *,
             font_size: float = 10.0, two_columns: bool = False) -> Path:
    """Write a text PDF, one list of lines per page (a flat list is one page).

    Lines: ``"text"``; ``"# Heading"`` (bold, 1.3x size); ``("left", "right")``
    (right text flush with the right margin, same baseline — a role and its dates).
    With ``two_columns=True`` each page's lines are split in half: the first half
    goes in a left column, the rest in a right column (see
    :func:`make_two_column_pdf` to choose the columns yourself).
    """
    from PySide6.QtGui import QPainter

    if pages is None:
        pages = [SAMPLE_RESUME]
    elif pages and all(isinstance(p, (str, tuple)) for p in pages):
        pages = [pages]  # type: ignore[list-item]
    ensure_gui_app()
    path = Path(path)
    writer = _writer(path)
    painter = QPainter(writer)
    try:
        for number, page in enumerate(pages):
            if number:
                writer.newPage()
            page_lines = list(page)  # type: ignore[arg-type]
            if two_columns:
                half = (len(page_lines) + 1) // 2
                _draw_lines(painter, page_lines[:half], 50, 280, 72, font_size)
                _draw_lines(painter, page_lines[half:], 330, 570, 72, font_size)
            else:
                _draw_lines(painter, page_lines, 60, 552, 72, font_size)
    finally:
        painter.end()
    return path


def make_two_column_pdf(path: Path, left_lines: Sequence[Line], right_lines: Sequence[Line],
                        *, font_size: float = 10.0, header: Sequence[Line] = ()) -> Path:
    """One page with a left column (x 50-260 pt) and a right column (x 320-560 pt),
    separated by an empty gutter; ``header`` lines run across the top first.

    Both columns start on the same baseline and keep the same line spacing, so a
    reader that groups text by height alone interleaves them line by line.
    """
    from PySide6.QtGui import QPainter

    ensure_gui_app()
    path = Path(path)
    writer = _writer(path)
    painter = QPainter(writer)
    try:
        _draw_lines(painter, header, 50, 560, 60, font_size)
        top = 60 + len(header) * font_size * 2.2 + 20
        _draw_lines(painter, left_lines, 50, 260, top, font_size)
        _draw_lines(painter, right_lines, 320, 560, top, font_size)
    finally:
        painter.end()
    return path


def make_image_only_pdf(path: Path, pages: int = 1) -> Path:
    """A PDF whose pages are only a picture (of text-like bars): what a scan gives."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    ensure_gui_app()
    image = QImage(600, 780, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    img_painter = QPainter(image)
    for row in range(40):
        img_painter.fillRect(QRect(40, 40 + row * 18, 300 + (row * 37) % 220, 8), QColor("black"))
    img_painter.end()
    path = Path(path)
    writer = _writer(path)
    painter = QPainter(writer)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.drawImage(QRect(6, 6, 600, 780), image)
    finally:
        painter.end()
    return path


def make_encrypted_pdf(path: Path, password: str = "secret",
                       lines: Sequence[Line] | None = None) -> Path:
    """A text PDF that needs ``password`` to open (RC4-128; pure-Python in pypdf)."""
    from pypdf import PdfReader, PdfWriter

    path = Path(path)
    plain = path.with_name(path.stem + ".plain.pdf")
    make_pdf(plain, [list(lines or SAMPLE_RESUME)])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=password, owner_password=password + "-owner",
                   algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)
    plain.unlink()
    return path


# --------------------------------------------------------------------------- docx

Block = tuple[Any, ...]


def make_docx(path: Path, blocks: Iterable[Block] | None = None, *,
              header: Sequence[str] = (), footer: Sequence[str] = (),
              first_page_header: Sequence[str] = ()) -> Path:
    """Write a .docx from simple blocks, in order:

    - ``("heading", text, level)`` — built-in "Heading N" style (level 0 = "Title");
    - ``("para", text)`` — Normal paragraph; ``"\\t"`` in text becomes a real tab;
    - ``("bold", text)`` — Normal paragraph, every run bold;
    - ``("bullet", text)`` — "List Bullet" style; ``("number", text)`` — "List Number";
    - ``("numbered", text)`` — Normal style with direct numbering (``w:numPr``);
    - ``("breaks", [line, line, ...])`` — one paragraph, lines split by ``<w:br/>``;
    - ``("table", [[cell, ...], ...])`` — a table; a cell may be a list of
      paragraphs, or ``("table", rows)`` for a nested table.

    ``header``/``footer`` lines go in the default page header/footer;
    ``first_page_header`` (when given) in a separate first-page header.
    With ``blocks=None`` a small resume is written.
    """
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if blocks is None:
        blocks = [
            ("heading", "Alex Morgan", 0),
            ("para", "alex.morgan@example.com | (555) 010-2030"),
            ("heading", "Experience", 1),
            ("para", "Registered Nurse, St. Mary Hospital\tJan 2019 - Present"),
            ("bullet", "Cared for 6 patients per shift on a 30-bed unit"),
            ("heading", "Skills", 1),
            ("para", "Patient care, BLS, ACLS, Epic"),
        ]
    document = Document()

    def add_paragraph(container: Any, block: Block) -> None:
        kind = block[0]
        if kind == "heading":
            container.add_paragraph(block[1], style="Title" if block[2] == 0
                                    else f"Heading {block[2]}")
        elif kind == "para":
            container.add_paragraph(block[1])
        elif kind == "bold":
            container.add_paragraph().add_run(block[1]).bold = True
        elif kind == "bullet":
            container.add_paragraph(block[1], style="List Bullet")
        elif kind == "number":
            container.add_paragraph(block[1], style="List Number")
        elif kind == "numbered":
            paragraph = container.add_paragraph(block[1])
            num_pr = OxmlElement("w:numPr")
            for tag, val in (("w:ilvl", "0"), ("w:numId", "1")):
                el = OxmlElement(tag)
                el.set(qn("w:val"), val)
                num_pr.append(el)
            paragraph._p.get_or_add_pPr().append(num_pr)
        elif kind == "breaks":
            run = container.add_paragraph().add_run()
            for i, text in enumerate(block[1]):
                if i:
                    run.add_break()
                run.add_text(text)
        elif kind == "table":
            add_table(container, block[1])
        else:
            raise ValueError(f"unknown block kind {kind!r}")

    def add_table(container: Any, rows: Sequence[Sequence[Any]]) -> None:
        ncols = max(len(r) for r in rows)
        if hasattr(container, "add_table") and container is not document:
            table = container.add_table(rows=len(rows), cols=ncols)
        else:
            table = document.add_table(rows=len(rows), cols=ncols)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                if isinstance(value, tuple) and value and value[0] == "table":
                    add_table(cell, value[1])
                elif isinstance(value, list):
                    cell.paragraphs[0].text = value[0]
                    for extra in value[1:]:
                        cell.add_paragraph(extra)
                else:
                    cell.paragraphs[0].text = str(value)

    for block in blocks:
        add_paragraph(document, block)
    section = document.sections[0]
    _fill(section.header, header)
    _fill(section.footer, footer)
    if first_page_header:
        section.different_first_page_header_footer = True
        _fill(section.first_page_header, first_page_header)
    path = Path(path)
    document.save(str(path))
    return path


def _fill(part: Any, lines: Sequence[str]) -> None:
    """Header/footer parts start with one empty paragraph: use it for the first line."""
    for i, text in enumerate(lines):
        if i == 0:
            part.paragraphs[0].text = text
        else:
            part.add_paragraph(text)


# --------------------------------------------------------------------------- text


def make_text(path: Path, text: str, encoding: str = "utf-8", bom: bool = False) -> Path:
    """Write ``text`` in ``encoding``; ``bom=True`` prepends the encoding's byte-order
    mark (UTF-8, UTF-16-LE/BE, UTF-32). Use a ``.md`` name for Markdown."""
    boms = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff",
            "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}
    data = io.BytesIO()
    if bom:
        data.write(boms[encoding.lower()])
    data.write(text.encode(encoding))
    path = Path(path)
    path.write_bytes(data.getvalue())
    return path
