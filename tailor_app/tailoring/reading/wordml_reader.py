"""Word's single-file XML formats: Word 2003 XML and Word 2007+ "Flat XML".

Both are saved as ``.xml`` and, by people who renamed them or by Word's own "Save
as Word 2003 XML", as ``.doc``. The 2007+ flat form is the .docx package written
out as one XML file (``pkg:package``), so we rebuild the zip in memory and hand
it to the .docx reader: one reading of Word documents, not two. Word 2003 XML
(``w:wordDocument``) has the same paragraphs, runs and tables under another
namespace; a short walk with the standard library reads it with the same hints
(heading styles, lists, bold, size, one line per simple table row, headers first
and footers last).
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from tailor_app.tailoring.model import TextLine
from tailor_app.tailoring.reading.docx_reader import read_docx
from tailor_app.tailoring.reading.errors import ResumeReadError
from tailor_app.tailoring.reading.parts import unique_lines
from tailor_app.tailoring.text import normalize_line

__all__ = ["looks_like_word_xml", "read_word_xml"]

_W = "{http://schemas.microsoft.com/office/word/2003/wordml}"
_WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"
_PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"
_ROOTS = (b"<w:wordDocument", b"<pkg:package")


def looks_like_word_xml(data: bytes) -> bool:
    """An XML file whose root is a Word document (either flat form)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return (head.startswith(b"<?xml") and any(root in head for root in _ROOTS)) or \
        head.startswith(_ROOTS)


def _damaged() -> ResumeReadError:
    return ResumeReadError(
        "corrupt",
        "This Word XML file is damaged and can't be read; open it in Word or "
        "LibreOffice, save it as .docx, and import that.")


def read_word_xml(data: bytes) -> list[TextLine]:
    """Lines of a Word XML document, in the order the .docx reader gives them."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise _damaged() from exc
    if root.tag == f"{_PKG}package":
        return read_docx(_flat_opc_to_zip(root))
    if root.tag == f"{_W}wordDocument":
        return _Word2003(root).lines()
    raise ResumeReadError(
        "mismatch",
        "This XML file is not a Word document; open the resume in its program and "
        "save it as .docx, PDF or plain text.")


# --------------------------------------------------------------- Word 2007+ flat XML

def _flat_opc_to_zip(root: ElementTree.Element) -> bytes:
    """The package's parts written back into a .docx zip."""
    parts: dict[str, tuple[str, bytes]] = {}
    for part in root.iter(f"{_PKG}part"):
        name = (part.get(f"{_PKG}name") or "").lstrip("/")
        kind = part.get(f"{_PKG}contentType") or "application/xml"
        xml = part.find(f"{_PKG}xmlData")
        binary = part.find(f"{_PKG}binaryData")
        if not name or name == "[Content_Types].xml":  # rebuilt below from the parts
            continue
        if xml is not None and len(xml):
            parts[name] = (kind, ElementTree.tostring(xml[0], encoding="utf-8"))
        elif binary is not None:
            try:
                parts[name] = (kind, base64.b64decode("".join(binary.itertext())))
            except (binascii.Error, ValueError) as exc:
                raise _damaged() from exc
    if "word/document.xml" not in parts:
        raise _damaged()
    types = "".join(f'<Override PartName="/{name}" ContentType="{kind}"/>'
                    for name, (kind, _) in parts.items())
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxml'
        'formats.org/package/2006/content-types"><Default Extension="xml" ContentType='
        '"application/xml"/><Default Extension="rels" ContentType="application/vnd.'
        f'openxmlformats-package.relationships+xml"/>{types}</Types>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        for name, (_, payload) in parts.items():
            archive.writestr(name, payload)
    return buffer.getvalue()


# ------------------------------------------------------------------ Word 2003 XML

@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    hidden: bool
    bold: bool | None
    size: float | None
    listed: bool


class _Word2003:
    def __init__(self, root: ElementTree.Element) -> None:
        self.root = root
        self.styles: dict[str, _Style] = {}
        for style in root.iter(f"{_W}style"):
            style_id = style.get(f"{_W}styleId")
            if not style_id:
                continue
            rpr = style.find(f"{_W}rPr")
            ppr = style.find(f"{_W}pPr")
            self.styles[style_id] = _Style(
                name=_val(style.find(f"{_W}name")) or style_id,
                based_on=_val(style.find(f"{_W}basedOn")),
                hidden=_val(style.find(f"{_W}hidden")) == "on",
                bold=_bold(rpr), size=_size(rpr),
                listed=ppr is not None and ppr.find(f"{_W}listPr") is not None)

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        while style_id and style_id in self.styles and len(chain) < 20:
            chain.append(self.styles[style_id])
            style_id = chain[-1].based_on
        return chain

    def _shown_name(self, style_id: str | None) -> str | None:
        """The name a user sees; LibreOffice writes its own automatic styles (P1, T2)
        as hidden styles based on the real one, and spaces as "_20_"."""
        for style in self._chain(style_id):
            if not style.hidden:
                return style.name.replace("_20_", " ")
        return style_id

    def _first(self, style_id: str | None, attr: str) -> object:
        for style in self._chain(style_id):
            value = getattr(style, attr)
            if value not in (None, False):
                return value
        return None

    def lines(self) -> list[TextLine]:
        body = self.root.find(f"{_W}body")
        out: list[TextLine] = []
        headers: list[TextLine] = []
        footers: list[TextLine] = []
        if body is not None:
            self.blocks(body, out, "body")
            for kind, sink in (("hdr", headers), ("ftr", footers)):
                for part in body.iter(f"{_W}{kind}"):
                    self.blocks(part, sink, "header" if kind == "hdr" else "footer")
        return (unique_lines(headers, footer=False) + out + unique_lines(footers, footer=True))

    def blocks(self, element: ElementTree.Element, out: list[TextLine], source: str) -> None:
        for child in element:
            if child.tag == f"{_W}p":
                out.extend(self.paragraph(child, source))
            elif child.tag == f"{_W}tbl":
                self.table(child, out)
            elif child.tag in (f"{_WX}sect", f"{_WX}sub-section", f"{_W}sdt",
                               f"{_W}sdtContent"):
                self.blocks(child, out, source)

    def table(self, tbl: ElementTree.Element, out: list[TextLine]) -> None:
        for tr in tbl.iter(f"{_W}tr"):
            cells: list[list[TextLine]] = []
            for tc in tr.findall(f"{_W}tc"):
                lines: list[TextLine] = []
                self.blocks(tc, lines, "table")
                cells.append([line for line in lines if line.text])
            filled = [cell for cell in cells if cell]
            if len(filled) > 1 and all(len(cell) == 1 for cell in filled):
                first = filled[0][0]
                out.append(TextLine("  ".join(cell[0].text for cell in filled),
                                    style=first.style, size=first.size,
                                    bold=all(cell[0].bold for cell in filled) or None,
                                    is_bullet=first.is_bullet, source="table"))
            else:
                for cell in filled:
                    out.extend(cell)

    def paragraph(self, p: ElementTree.Element, source: str) -> list[TextLine]:
        ppr = p.find(f"{_W}pPr")
        style_id = None
        listed = False
        if ppr is not None:
            pstyle = ppr.find(f"{_W}pStyle")
            style_id = pstyle.get(f"{_W}val") if pstyle is not None else None
            listed = ppr.find(f"{_W}listPr") is not None
        name = self._shown_name(style_id)
        style_bold = bool(self._first(style_id, "bold"))
        style_size = self._first(style_id, "size")
        style_listed = bool(self._first(style_id, "listed"))
        pieces: list[tuple[str, bool]] = []
        size: float | None = None
        for run in p.iter(f"{_W}r"):
            rpr = run.find(f"{_W}rPr")
            char_style = _val(rpr.find(f"{_W}rStyle")) if rpr is not None else None
            run_bold = _bold(rpr)
            if run_bold is None:
                run_bold = self._first(char_style, "bold") is True or None
            bold = run_bold if run_bold is not None else style_bold
            text = _run_text(run)
            if text.strip() and size is None:
                found = _size(rpr) or self._first(char_style, "size")
                size = found if isinstance(found, float) else None
            pieces.append((text, bold))
        shown = [b for t, b in pieces if t.strip()]
        all_bold = bool(shown) and all(shown)
        text = "".join(t for t, _ in pieces)
        return [TextLine(line, style=name, bold=(all_bold and bool(line)) or None,
                         size=size or (style_size if isinstance(style_size, float) else None),
                         is_bullet=listed or style_listed, source=source)
                for line in (normalize_line(part) for part in text.split("\n"))]


def _run_text(run: ElementTree.Element) -> str:
    out: list[str] = []
    for child in run:
        if child.tag == f"{_W}t":
            out.append(child.text or "")
        elif child.tag == f"{_W}tab":
            out.append("  ")
        elif child.tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif child.tag == f"{_W}sym":
            code = child.get(f"{_W}char") or ""
            out.append("•" if code.upper().endswith("B7") else "")
    return "".join(out)


def _val(element: ElementTree.Element | None) -> str | None:
    return element.get(f"{_W}val") if element is not None else None


def _bold(rpr: ElementTree.Element | None) -> bool | None:
    if rpr is None:
        return None
    b = rpr.find(f"{_W}b")
    if b is None:
        return None
    return b.get(f"{_W}val", "on") not in ("off", "0", "false")


def _size(rpr: ElementTree.Element | None) -> float | None:
    if rpr is None:
        return None
    sz = rpr.find(f"{_W}sz")
    try:
        return int(sz.get(f"{_W}val", "")) / 2 if sz is not None else None
    except ValueError:
        return None
