"""Word .docx resumes through python-docx, in reading order, with style hints.

``Document.paragraphs`` alone loses a lot of real resumes: tables (two-column
layouts built from a table, role/date rows), text in page headers (the
LibreOffice sample in the corpus keeps the name and every contact detail only
there), text boxes, and content controls. So we walk the XML body ourselves,
paragraphs and tables interleaved as they appear, and read headers first (they
print at the top of page one) and footers last.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from tailor_app.tailoring.model import TextLine
from tailor_app.tailoring.reading.errors import ResumeReadError
from tailor_app.tailoring.text import normalize_line

__all__ = ["read_docx"]

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
_TABS = re.compile(r"[ \t]*\t[ \t]*")
_PAGE_NUMBER = re.compile(r"(?i)^(page\s*)?\d+(\s*(of|/)\s*\d+)?$")


def _check_package(data: bytes) -> None:
    """Refuse bytes that are not a .docx before python-docx sees them."""
    if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise ResumeReadError(
            "mismatch",
            "This file is named .docx but is not a Word document; open it in its "
            "program and save it as .docx, PDF or plain text.",
        )
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError) as exc:
        raise ResumeReadError(
            "corrupt",
            "This Word file is damaged and can't be opened; open it in Word or "
            "LibreOffice, save it again, and import the new copy.",
        ) from exc
    if "word/document.xml" not in names:
        kind = ("an Excel workbook" if any(n.startswith("xl/") for n in names)
                else "a PowerPoint file" if any(n.startswith("ppt/") for n in names)
                else "a zip archive")
        raise ResumeReadError(
            "mismatch",
            f"This file is named .docx but is {kind}, not a Word document; "
            "import the resume itself as .docx, PDF or plain text.",
        )


class _Walker:
    """Turns block-level XML into TextLines, in reading order."""

    def __init__(self, parent: Any) -> None:
        self.parent = parent  # the python-docx object paragraphs belong to
        self.lines: list[TextLine] = []

    # -- structure

    def blocks(self, element: Any, source: str) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == _P:
                self.paragraph(Paragraph(child, self.parent), source)
            elif tag == _TBL:
                self.table(child)
            elif tag in (_SDT, _CUSTOM_XML):
                content = child.find(_SDT_CONTENT) if tag == _SDT else child
                if content is not None:
                    self.blocks(content, source)

    def table(self, tbl: Any) -> None:
        """Row by row; a row of one-line cells becomes one line ("Role  Dates")."""
        for tr in tbl.iterchildren(_TR):
            cells = [_Cell(tc, self.parent) for tc in tr.iterchildren(_TC)]
            simple = all(
                cell._tc.find(f".//{_TBL}") is None
                and sum(1 for p in cell.paragraphs if p.text.strip()) <= 1
                and "\n" not in cell.text
                for cell in cells
            )
            if simple and len(cells) > 1:
                start = len(self.lines)
                for cell in cells:
                    self.blocks(cell._tc, "table")
                row = [line for line in self.lines[start:] if line.text]
                del self.lines[start:]
                if row:
                    self.lines.append(TextLine(
                        "  ".join(line.text for line in row),
                        style=row[0].style,
                        bold=all(line.bold for line in row) or None,
                        size=row[0].size,
                        is_bullet=row[0].is_bullet,
                        source="table",
                    ))
            else:
                for cell in cells:
                    self.blocks(cell._tc, "table")

    # -- paragraphs

    def paragraph(self, paragraph: Paragraph, source: str) -> None:
        style_name = _style_name(paragraph)
        is_bullet = _is_numbered(paragraph)
        runs = [run for run in paragraph.runs if run.text.strip()]
        bold = bool(runs) and all(_run_bold(run, paragraph) for run in runs)
        size = _size(runs, paragraph)
        text = _TABS.sub("  ", paragraph.text)
        for part in text.split("\n"):
            line = normalize_line(part)
            self.lines.append(TextLine(
                line, style=style_name, bold=(bold and bool(line)) or None,
                size=size, is_bullet=is_bullet, source=source,
            ))
        for box in _text_boxes(paragraph._p):
            self.blocks(box, source)


def _text_boxes(p: Any) -> Iterator[Any]:
    """Text boxes anchored in a paragraph, once each (Word stores every box twice:
    as DrawingML and as a VML fallback)."""
    for box in p.iter(_TXBX):
        if not any(anc.tag == _FALLBACK for anc in box.iterancestors()):
            yield box


def _style_name(paragraph: Paragraph) -> str | None:
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return None
    return style.name if style is not None else None


def _is_numbered(paragraph: Paragraph) -> bool:
    """Word list items carry numbering (w:numPr) on the paragraph or its style."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        num_id = ppr.numPr.numId  # type: ignore[attr-defined]  # python-docx: a descriptor
        return num_id is None or num_id.val != 0
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return False
    while style is not None:
        sppr = style.element.pPr
        if sppr is not None and sppr.numPr is not None:
            return True
        style = style.base_style
    return False


def _run_bold(run: Any, paragraph: Paragraph) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    if run.style is not None and run.style.font.bold:
        return True
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return False
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        if style.font.name and _BOLD_FONT.search(style.font.name):
            return True
        style = style.base_style
    return False


def _size(runs: list[Any], paragraph: Paragraph) -> float | None:
    for run in runs:
        if run.font.size is not None:
            return float(run.font.size.pt)
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return None
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    return None


def _header_footer_parts(document: Any, attr: str) -> Iterator[Any]:
    """Each distinct header (or footer) definition: first-page, then default, then even."""
    seen: set[int] = set()
    for section in document.sections:
        for name in (f"first_page_{attr}", attr, f"even_page_{attr}"):
            part = getattr(section, name)
            if part.is_linked_to_previous:
                continue
            key = id(part._element)
            if key not in seen:
                seen.add(key)
                yield part


def _read_parts(document: Any, attr: str) -> list[TextLine]:
    lines: list[TextLine] = []
    seen_text: set[str] = set()
    source = attr  # "header" or "footer"
    for part in _header_footer_parts(document, attr):
        walker = _Walker(part)
        walker.blocks(part._element, source)
        for line in walker.lines:
            if not line.text or line.text in seen_text:
                continue
            if attr == "footer" and _PAGE_NUMBER.match(line.text):
                continue
            seen_text.add(line.text)
            lines.append(TextLine(line.text, style=line.style, bold=line.bold,
                                  size=line.size, is_bullet=line.is_bullet, source=source))
    return lines


def read_docx(data: bytes) -> list[TextLine]:
    """Lines of a .docx: header lines, the body in reading order, then footer lines."""
    _check_package(data)
    try:
        document = Document(io.BytesIO(data))
        body = _Walker(document._body)
        body.blocks(document.element.body, "body")
        header = _read_parts(document, "header")
        footer = _read_parts(document, "footer")
    except ResumeReadError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types on bad parts
        raise ResumeReadError(
            "corrupt",
            "This Word file is damaged and can't be read; open it in Word or "
            "LibreOffice, save it again as .docx, and import the new copy.",
        ) from exc
    return header + body.lines + footer
