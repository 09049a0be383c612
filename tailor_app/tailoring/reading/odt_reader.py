"""LibreOffice/OpenOffice Writer .odt resumes with the standard library alone.

An .odt is a zip whose ``content.xml`` holds the body and ``styles.xml`` the page
headers and footers, so ``zipfile`` and ``xml.etree`` read it without a third-party
package (odfpy would add a dependency for what is a walk over one XML tree). The
walk mirrors the .docx reader: headings with their outline level, list items as
bullets, tables row by row (a row of one-line cells becomes one "Role  Dates" line),
page headers first and footers last, so the parser sees the same hints whichever
word processor saved the resume.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

from tailor_app.tailoring.model import TextLine
from tailor_app.tailoring.reading.errors import ResumeReadError
from tailor_app.tailoring.reading.parts import unique_lines
from tailor_app.tailoring.text import normalize_line

__all__ = ["read_odt"]

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def _q(prefixed: str) -> str:
    prefix, name = prefixed.split(":")
    return f"{{{_NS[prefix]}}}{name}"


_P, _H, _SPAN, _A = _q("text:p"), _q("text:h"), _q("text:span"), _q("text:a")
_LIST, _ITEM, _HEADER_ITEM = _q("text:list"), _q("text:list-item"), _q("text:list-header")
_S, _TAB, _BREAK = _q("text:s"), _q("text:tab"), _q("text:line-break")
_SECTION, _SOFT_BREAK = _q("text:section"), _q("text:soft-page-break")
_TABLE, _ROW, _CELL = _q("table:table"), _q("table:table-row"), _q("table:table-cell")
_ROW_GROUPS = {_q("table:table-header-rows"), _q("table:table-rows"),
               _q("table:table-row-group")}
_FRAME, _TEXT_BOX = _q("draw:frame"), _q("draw:text-box")
_NOTE = _q("text:note")
_STYLE_NAME, _PARENT = _q("text:style-name"), _q("style:parent-style-name")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
_MAX_UNPACKED = 64 * 1024 * 1024


class _Styles:
    """Paragraph and text styles: display name, bold and size, following parents."""

    def __init__(self, *roots: ElementTree.Element | None) -> None:
        self._by_name: dict[str, ElementTree.Element] = {}
        for root in roots:
            if root is None:
                continue
            for style in root.iter(_q("style:style")):
                name = style.get(_q("style:name"))
                if name:
                    self._by_name[name] = style

    def _chain(self, name: str | None) -> Iterator[ElementTree.Element]:
        seen: set[str] = set()
        while name and name not in seen and name in self._by_name:
            seen.add(name)
            style = self._by_name[name]
            yield style
            name = style.get(_PARENT)

    def display_name(self, name: str | None) -> str | None:
        """The name a user sees ("Heading 1"), skipping automatic styles ("P3")."""
        for style in self._chain(name):
            if style.get(_q("style:family")) == "paragraph" and not _is_automatic(style):
                shown = style.get(_q("style:display-name")) or style.get(_q("style:name"))
                return shown.replace("_20_", " ") if shown else None
        return None

    def bold(self, name: str | None) -> bool | None:
        for style in self._chain(name):
            props = style.find(_q("style:text-properties"))
            if props is not None:
                weight = props.get(_q("fo:font-weight"))
                if weight is not None:
                    return weight in ("bold", "600", "700", "800", "900")
                font = props.get(_q("style:font-name"))
                if font and _BOLD_FONT.search(font):
                    return True
        return None

    def size(self, name: str | None) -> float | None:
        for style in self._chain(name):
            props = style.find(_q("style:text-properties"))
            value = props.get(_q("fo:font-size")) if props is not None else None
            if value and value.endswith("pt"):
                try:
                    return float(value[:-2])
                except ValueError:
                    return None
        return None


def _is_automatic(style: ElementTree.Element) -> bool:
    # Automatic styles live in office:automatic-styles; LibreOffice names them P1, T2…
    return bool(re.fullmatch(r"[PT]\d+", style.get(_q("style:name")) or ""))


class _Walker:
    """Turns the body's block elements into TextLines, in document order."""

    def __init__(self, styles: _Styles, source: str) -> None:
        self.styles = styles
        self.source = source
        self.lines: list[TextLine] = []

    def blocks(self, element: ElementTree.Element, *, in_list: bool = False) -> None:
        for child in element:
            tag = child.tag
            if tag in (_P, _H):
                self.paragraph(child, in_list=in_list)
            elif tag == _LIST:
                self.blocks(child, in_list=True)
            elif tag in (_ITEM, _HEADER_ITEM):
                self.blocks(child, in_list=in_list and tag == _ITEM)
            elif tag == _TABLE:
                self.table(child)
            elif tag in (_SECTION, *_ROW_GROUPS):
                self.blocks(child, in_list=in_list)

    def table(self, table: ElementTree.Element) -> None:
        """Row by row; a row of one-line cells becomes one line ("Role  Dates")."""
        for row in _rows(table):
            cells = [cell for cell in row if cell.tag == _CELL]
            simple = all(
                cell.find(f".//{_TABLE}") is None
                and sum(1 for p in cell.iter() if p.tag in (_P, _H) and _text(p).strip()) <= 1
                for cell in cells
            )
            if simple and len(cells) > 1:
                start = len(self.lines)
                for cell in cells:
                    self.blocks(cell)
                row_lines = [line for line in self.lines[start:] if line.text]
                del self.lines[start:]
                if row_lines:
                    first = row_lines[0]
                    self.lines.append(TextLine(
                        "  ".join(line.text for line in row_lines), style=first.style,
                        bold=all(line.bold for line in row_lines) or None, size=first.size,
                        is_bullet=first.is_bullet, source="table"))
            else:
                for cell in cells:
                    self.blocks(cell)

    def paragraph(self, p: ElementTree.Element, *, in_list: bool) -> None:
        style = p.get(_STYLE_NAME)
        name = self.styles.display_name(style)
        if p.tag == _H:
            name = f"Heading {p.get(_q('text:outline-level')) or '1'}"
        bold = _all_bold(p, self.styles, self.styles.bold(style))
        size = self.styles.size(style)
        for part in _text(p).split("\n"):
            line = normalize_line(part)
            self.lines.append(TextLine(line, style=name, bold=(bold and bool(line)) or None,
                                       size=size, is_bullet=in_list, source=self.source))
        for box in p.iter(_TEXT_BOX):
            self.blocks(box)


def _rows(table: ElementTree.Element) -> Iterator[ElementTree.Element]:
    for child in table:
        if child.tag == _ROW:
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _text(p: ElementTree.Element) -> str:
    """A paragraph's text: spans and links inline, text:s as spaces, tabs as column
    gaps (two spaces, as the .docx reader does), line breaks as new lines; notes and
    frames are left out (a frame's text box is read as its own block)."""
    out: list[str] = [p.text or ""]
    for child in p:
        tag = child.tag
        if tag == _S:
            out.append(" " * int(child.get(_q("text:c")) or 1))
        elif tag == _TAB:
            out.append("  ")
        elif tag == _BREAK:
            out.append("\n")
        elif tag in (_SPAN, _A):
            out.append(_text(child))
        elif tag not in (_NOTE, _FRAME, _SOFT_BREAK) and tag not in (_P, _H):
            out.append("".join(child.itertext()))
        out.append(child.tail or "")
    return "".join(out)


def _all_bold(p: ElementTree.Element, styles: _Styles, paragraph_bold: bool | None) -> bool:
    """Every visible piece of text is bold, by the paragraph's style or its spans'."""
    pieces: list[bool] = []
    if (p.text or "").strip():
        pieces.append(bool(paragraph_bold))
    for child in p:
        if child.tag == _SPAN and _text(child).strip():
            span_bold = styles.bold(child.get(_STYLE_NAME))
            pieces.append(span_bold if span_bold is not None else bool(paragraph_bold))
        if (child.tail or "").strip():
            pieces.append(bool(paragraph_bold))
    return bool(pieces) and all(pieces)


def _parse(archive: zipfile.ZipFile, name: str) -> ElementTree.Element | None:
    try:
        data = archive.read(name)
    except KeyError:
        return None
    return ElementTree.fromstring(data)


def _master_parts(styles_root: ElementTree.Element | None, kind: str) -> list[ElementTree.Element]:
    """Header (or footer) blocks of every master page, first page first."""
    if styles_root is None:
        return []
    found: list[ElementTree.Element] = []
    for master in styles_root.iter(_q("style:master-page")):
        for tag in (f"style:{kind}-first", f"style:{kind}", f"style:{kind}-left"):
            found.extend(master.findall(_q(tag)))
    return found


def _read_parts(blocks: list[ElementTree.Element], styles: _Styles, kind: str) -> list[TextLine]:
    lines: list[TextLine] = []
    for block in blocks:
        walker = _Walker(styles, kind)
        walker.blocks(block)
        lines.extend(walker.lines)
    return unique_lines(lines, footer=kind == "footer")


def _open(data: bytes) -> zipfile.ZipFile:
    if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise ResumeReadError(
            "mismatch",
            "This file is named .odt but is not a LibreOffice document; open it in its "
            "program and save it as .odt, .docx, PDF or plain text.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError,
            NotImplementedError) as exc:
        raise _damaged() from exc
    if "content.xml" not in names:
        raise ResumeReadError(
            "mismatch",
            "This file is named .odt but is not a text document; import the resume "
            "itself as .odt, .docx, PDF or plain text.")
    if sum(info.file_size for info in archive.infolist()) > _MAX_UNPACKED:
        raise ResumeReadError(
            "too_large", "This document unpacks to far more than a resume needs; save it "
            "again without embedded pictures and import that.")
    mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    if mimetype and not mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        raise ResumeReadError(
            "mismatch",
            "This OpenDocument file is a spreadsheet or presentation, not a text "
            "document; import the resume itself as .odt, .docx, PDF or plain text.")
    return archive


def _damaged() -> ResumeReadError:
    return ResumeReadError(
        "corrupt",
        "This document is damaged and can't be read; open it in LibreOffice or Word, "
        "save it again, and import the new copy.")


def read_odt(data: bytes) -> list[TextLine]:
    """Lines of an .odt: page-header lines, the body in reading order, footer lines."""
    archive = _open(data)
    try:
        content = _parse(archive, "content.xml")
        styles_root = _parse(archive, "styles.xml")
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError,
            RuntimeError, ValueError) as exc:
        raise _damaged() from exc
    assert content is not None  # _open checked the part exists
    styles = _Styles(styles_root, content)
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    walker = _Walker(styles, "body")
    if body is not None:
        walker.blocks(body)
    header = _read_parts(_master_parts(styles_root, "header"), styles, "header")
    footer = _read_parts(_master_parts(styles_root, "footer"), styles, "footer")
    return header + walker.lines + footer
