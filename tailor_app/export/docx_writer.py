"""The .docx export: a real Word document built with python-docx.

Everything is styled through paragraph styles (Title, Heading 1, Heading 2, List
Bullet), never by formatting runs one by one, for two reasons: a recruiter who
edits the file in Word gets a document that behaves (the navigation pane shows
the sections, new bullets continue the list), and when the user's own resume was
a .docx we can start from *its* styles and page set-up, so the tailored file
looks like theirs instead of ours.

From a source document we keep its styles, fonts, theme, page size and margins;
we drop its body and its page header and footer text, because the content comes
from the tailored structure (a contact block kept in the header would otherwise
appear twice). A style the source does not define is added, based on its Normal
style, so its font carries over to our headings too.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import cast

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.parts.numbering import NumberingPart
from docx.shared import Emu, Inches, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from .layout import HeaderLine, Layout

log = logging.getLogger("tailor_app.export.docx")

FONT = "Calibri"  # Carlito is its metric twin where Calibri is not installed
BODY_PT = 10.5
INK = RGBColor(0x1F, 0x1F, 0x1F)
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
MUTED = RGBColor(0x4A, 0x55, 0x68)
MARGIN = Inches(0.75)
A4 = (Emu(7560310), Emu(10692130))  # 210 x 297 mm
LETTER = (Inches(8.5), Inches(11))
# The order ECMA-376 gives the children of <w:pPr> (Word refuses other orders).
_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
_BULLET_LEVEL = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="317" w:hanging="227"/></w:pPr></w:lvl>'
)


# ------------------------------------------------------------------ starting points


def _clear_body(doc: DocxDocument) -> None:
    """Remove every paragraph and table, keeping the final section properties."""
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _set_font(style: ParagraphStyle, name: str | None, size: float | None = None) -> None:
    """Set a style's font, clearing theme fonts (they would win over a named font)."""
    if name:
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(attr), name)
    if size:
        style.font.size = Pt(size)


def _put_ppr(style: ParagraphStyle, element: BaseOxmlElement) -> None:
    """Insert a paragraph property where the schema's order wants it (Word checks)."""
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(element.tag):
        ppr.remove(old)
    order = [qn(tag) for tag in _PPR_ORDER]
    later = set(order[order.index(element.tag) + 1:])
    follower = next((child for child in ppr if child.tag in later), None)
    if follower is None:
        ppr.append(element)
    else:
        follower.addprevious(element)


def _bottom_rule(style: ParagraphStyle, color: str | None) -> None:
    """A thin line under every paragraph of ``style`` (None removes any border)."""
    if color:
        _put_ppr(style, parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" '
                                  f'w:sz="6" w:space="1" w:color="{color}"/></w:pBdr>'))
    else:
        ppr = style.element.get_or_add_pPr()
        for old in ppr.findall(qn("w:pBdr")):
            ppr.remove(old)


def _our_look(doc: DocxDocument, letter: bool) -> None:
    """The default look: Calibri 10.5 pt, 0.75 in margins, compact spacing."""
    section = doc.sections[0]
    section.page_width, section.page_height = LETTER if letter else A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    styles = doc.styles
    normal = styles["Normal"]
    _set_font(normal, FONT, BODY_PT)
    normal.font.color.rgb = INK
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0

    title = styles["Title"]
    _set_font(title, FONT, 20)
    title.font.bold, title.font.color.rgb = True, ACCENT
    rpr = title.element.get_or_add_rPr()
    for tag in ("w:spacing", "w:kern"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    _bottom_rule(title, None)
    title.paragraph_format.space_after = Pt(2)

    heading1 = styles["Heading 1"]
    _set_font(heading1, FONT, 11.5)
    heading1.font.color.rgb = ACCENT
    heading1.paragraph_format.space_before = Pt(10)
    heading1.paragraph_format.space_after = Pt(3)
    _bottom_rule(heading1, "A0AEC0")

    heading2 = styles["Heading 2"]
    _set_font(heading2, FONT, BODY_PT)
    heading2.font.color.rgb = INK
    heading2.paragraph_format.space_before = Pt(6)
    heading2.paragraph_format.space_after = Pt(0)

    bullet = styles["List Bullet"]
    bullet.paragraph_format.left_indent = Inches(0.22)
    bullet.paragraph_format.first_line_indent = Inches(-0.16)
    bullet.paragraph_format.space_after = Pt(1)


def _dominant_font(doc: DocxDocument) -> tuple[str | None, float | None]:
    """The font name and size most of the source's body text is set in directly.

    Many resumes are formatted run by run ("select all, Garamond") rather than
    through Normal; reading the runs before the body is dropped keeps that font.
    """
    names: Counter[str] = Counter()
    sizes: Counter[float] = Counter()
    total = 0
    for paragraph in doc.paragraphs:
        for run in paragraph.runs:
            count = len(run.text.strip())
            total += count
            if run.font.name:
                names[run.font.name] += count
            if run.font.size:
                sizes[run.font.size.pt] += count
    name = next((n for n, c in names.most_common(1) if c * 2 > total), None)
    size = next((s for s, c in sizes.most_common(1) if c * 2 > total), None)
    return name, size


def _their_look(doc: DocxDocument) -> None:
    """Keep the source's styles and page set-up; drop page headers, footers, columns."""
    font, size = _dominant_font(doc)
    _clear_body(doc)
    sect_pr = doc.element.body.find(qn("w:sectPr"))
    if sect_pr is not None:
        for cols in sect_pr.findall(qn("w:cols")):
            sect_pr.remove(cols)  # a two-column source would flow our text in columns
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer, section.even_page_header,
                     section.even_page_footer):
            part.is_linked_to_previous = True  # the first section: no header at all
    if font or size:
        _set_font(doc.styles["Normal"], font, size)


# --------------------------------------------------------------- missing styles


def _style(doc: DocxDocument, name: str) -> ParagraphStyle | None:
    try:
        style = doc.styles[name]
    except KeyError:
        return None
    return style if style.type == WD_STYLE_TYPE.PARAGRAPH else None


def _new_style(doc: DocxDocument, name: str, *, size_delta: float, bold: bool,
               outline: int | None) -> ParagraphStyle:
    """A style based on the source's Normal (so it inherits its font)."""
    style: ParagraphStyle = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    normal = doc.styles["Normal"]
    style.base_style = normal
    style.quick_style = True
    base = (normal.font.size.pt if normal.font.size else 11.0)
    if size_delta:
        style.font.size = Pt(base + size_delta)
    style.font.bold = bold
    if outline is not None:
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.space_before = Pt(8 if outline == 0 else 4)
        _put_ppr(style, parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline}"/>'))
    return style


def _numbering_root(doc: DocxDocument) -> BaseOxmlElement:
    """The document's numbering definitions, creating the part when it has none."""
    try:
        numbering = cast(XmlPart, doc.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING))
        root: BaseOxmlElement = numbering.element  # python-docx leaves it untyped
        return root
    except KeyError:
        partname = doc.part.package.next_partname("/word/numbering%d.xml")
        if partname == "/word/numbering1.xml":
            partname = PackURI("/word/numbering.xml")
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        part = NumberingPart(partname, CONTENT_TYPE.WML_NUMBERING, element, doc.part.package)
        doc.part.relate_to(part, RELATIONSHIP_TYPE.NUMBERING)
        return element


def _add_bullet_numbering(doc: DocxDocument) -> int:
    """A one-level "•" list definition; returns its ``numId``."""
    root = _numbering_root(doc)
    abstract_ids = [int(v) for v in root.xpath("./w:abstractNum/@w:abstractNumId")]
    num_ids = [int(v) for v in root.xpath("./w:num/@w:numId")]
    abstract_id, num_id = max(abstract_ids, default=-1) + 1, max(num_ids, default=0) + 1
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="singleLevel"/>{_BULLET_LEVEL}'
                         "</w:abstractNum>")
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                    f'<w:abstractNumId w:val="{abstract_id}"/></w:num>')
    nums = root.findall(qn("w:num"))
    if nums:  # the schema wants every abstractNum before the first num
        nums[0].addprevious(abstract)
        nums[-1].addnext(num)
    else:
        root.append(abstract)
        root.append(num)
    return num_id


def _has_numbering(style: ParagraphStyle | None) -> bool:
    while style is not None:
        ppr = style.element.pPr
        if ppr is not None and ppr.find(qn("w:numPr")) is not None:
            return True
        style = style.base_style
    return False


def _ensure_styles(doc: DocxDocument) -> None:
    """Add the four styles we use when the document lacks them (Word saves only used ones)."""
    if _style(doc, "Title") is None:
        _new_style(doc, "Title", size_delta=9, bold=True, outline=None)
    if _style(doc, "Heading 1") is None:
        _new_style(doc, "Heading 1", size_delta=1.5, bold=True, outline=0)
    if _style(doc, "Heading 2") is None:
        _new_style(doc, "Heading 2", size_delta=0, bold=True, outline=1)
    bullet = _style(doc, "List Bullet") or _new_style(doc, "List Bullet", size_delta=0,
                                                      bold=False, outline=None)
    if not _has_numbering(bullet):
        num_id = _add_bullet_numbering(doc)
        _put_ppr(bullet, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                   f'<w:numId w:val="{num_id}"/></w:numPr>'))


# ------------------------------------------------------------------------ writing


def _text_width(doc: DocxDocument, letter: bool) -> int:
    section = doc.sections[-1]
    width = section.page_width or (LETTER if letter else A4)[0]
    left = section.left_margin if section.left_margin is not None else MARGIN
    right = section.right_margin if section.right_margin is not None else MARGIN
    return int(width - left - right - (section.gutter or 0))


def _header_paragraph(doc: DocxDocument, line: HeaderLine, tab: int, reuse: bool) -> None:
    paragraph = doc.add_paragraph(style="Heading 2" if line.strong else "Normal")
    run = paragraph.add_run(line.text)
    if line.kind == "detail":
        run.italic = True  # the employer/location line under the role
    if line.dates:
        paragraph.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
        dates = paragraph.add_run(f"\t{line.dates}")
        dates.bold = False
        dates.italic = False
        if not reuse:
            dates.font.color.rgb = MUTED


def load_base(source_docx: Path | None) -> tuple[DocxDocument, bool]:
    """The user's .docx to start from, or python-docx's template when there is none.

    A source that cannot be opened is not a reason to fail the export: the user
    still gets their resume, in our look, and the reason is logged.
    """
    if source_docx is not None:
        try:
            return Document(str(source_docx)), True
        except Exception as exc:  # corrupt, missing, not a .docx: python-docx raises many
            log.warning("export: cannot reuse the look of %s (%s); using the default look",
                        source_docx.name, type(exc).__name__)
    return Document(), False


def write_docx(path: Path, layout: Layout, *, source_docx: Path | None = None,
               letter: bool = False) -> None:
    """Write ``layout`` to ``path`` as a .docx (see the module docstring for the look)."""
    doc, reuse = load_base(source_docx)
    if reuse:
        _their_look(doc)
    else:
        _clear_body(doc)
        _our_look(doc, letter)
    _ensure_styles(doc)
    tab = _text_width(doc, letter)

    if layout.name:
        doc.add_paragraph(layout.name, style="Title")
    for line in layout.contact:
        contact = doc.add_paragraph(style="Normal")
        run = contact.add_run(line)
        if not reuse:
            run.font.color.rgb = MUTED
            run.font.size = Pt(9.5)

    def summary_line() -> None:
        if layout.summary:
            summary = doc.add_paragraph(layout.summary, style="Normal")
            summary.paragraph_format.space_before = Pt(6)

    for index, section in enumerate(layout.sections):
        if index == layout.summary_at:
            summary_line()  # under the contact block, or the resume's own summary
        if section.heading:
            doc.add_paragraph(section.heading, style="Heading 1")
        for block in section.blocks:
            for header_line in block.header:
                _header_paragraph(doc, header_line, tab, reuse)
            for i, bullet in enumerate(block.bullets):
                # a line written without a bullet mark stays a plain paragraph
                doc.add_paragraph(bullet, style="Normal" if block.is_plain(i)
                                  else "List Bullet")
    if layout.summary_at >= len(layout.sections):
        summary_line()

    props = doc.core_properties
    props.title = f"{layout.name} \u2013 Resume" if layout.name else "Resume"
    props.author = layout.name or ""
    props.comments = ""
    props.last_modified_by = ""
    doc.save(str(path))
