"""The .pdf export, drawn by Qt (QPdfWriter + QTextDocument): no new dependency.

The page follows the .docx: the name large, the contact line in grey, section
headings with a thin rule under them, role lines in bold with their dates on the
right margin (a right tab stop, as in Word), round bullets. Qt writes real text
(embedded, subset fonts with a ToUnicode map), so the PDF can be searched, copied
and read by applicant tracking systems. Characters the body font lacks (CJK,
Cyrillic, Greek...) are drawn with whichever installed font has them: Qt's font
fallback picks it per character.

Paper: US Letter where the system locale measures in US units (QLocale's
``ImperialUSSystem``: the US, Liberia, Myanmar), A4 everywhere else, the same
rule as the .docx.

Qt needs a ``QGuiApplication`` for fonts. The window already has one; from the
command line :func:`ensure_gui_application` creates one, on the ``offscreen``
platform when there is no display, so ``tailor-app export --format pdf`` works
over SSH or in a container.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QRawFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextOption,
)

from .common import ExportError
from .layout import HeaderLine, Layout
from .pdf_text_layer import repair_pdf_text_layer

RESOLUTION = 300  # dots per inch of the layout; text stays vector at any zoom
FAMILIES = ["Calibri", "Carlito", "Liberation Sans", "Arial", "Helvetica Neue", "Helvetica",
            "DejaVu Sans", "Noto Sans"]
BODY_PT = 10.5
NAME_PT = 22
HEADING_PT = 11.5
CONTACT_PT = 9.5
BODY_LINE = 13.2  # points between baselines of body text
BULLET_INDENT = 16.0  # points from the margin to a bullet's text
BULLET_HANG = 10.0  # the "•" sits this far left of the text...
BULLET_TAB = BULLET_HANG  # ...and its tab stop (counted from the bullet) brings the text back
MARGIN_PT = (54, 46, 54, 46)  # left, top, right, bottom: 0.75 in sides
INK = QColor("#1f1f1f")
ACCENT = QColor("#1f3a5f")
MUTED = QColor("#4a5568")
RULE = QColor("#a0aec0")
_HEADING_PROPERTY = QTextFormat.Property.UserProperty + 1
_KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 2

_app: QGuiApplication | None = None  # kept alive for the process when we made it


def ensure_gui_application() -> None:
    """Make sure a QGuiApplication exists (Qt's fonts need one); see the module docstring."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise ExportError("A PDF can't be drawn from this program (it runs Qt without "
                              "graphics); export as .docx instead.")
        return
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "tailor-app"])


def _points(value: float) -> float:
    """Points to the QTextDocument lengths its layout scales to the device.

    Measured with Qt 6.10 on a 300-dpi QPdfWriter: frame margins, block top and
    bottom margins, fixed line heights and tab stops are 96-dpi "pixels" that the
    layout scales by dpi/96; block *left* margins and text indents are not scaled
    (device units, :func:`_device`), nor is the page size.
    """
    return value * 96.0 / 72.0


def _device(value: float) -> float:
    """Points to device units of the QPdfWriter (for the page size and our rules)."""
    return value * RESOLUTION / 72.0


def _font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """Our font, without ligatures: Word draws none by default, and a ligature glyph
    ("ti", "ff") has no character of its own in the PDF's text map."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(size)
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setItalic(italic)
    for tag in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _char(size: float, *, bold: bool = False, italic: bool = False,
          color: QColor = INK) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(_font(size, bold=bold, italic=italic))
    fmt.setForeground(color)
    return fmt


def _glyph_twins(drawn_text: str) -> Callable[[str], Iterator[str]]:
    """For a character, the drawn characters some font we used draws with the same glyph.

    The fonts are the ones Qt picks for the drawn text (fallbacks included), found
    by laying the distinct characters out once in each style we use.
    """
    chars = sorted(set(drawn_text) - {"\n", "\t"})
    fonts: list[QRawFont] = []

    def load() -> None:
        names = set()
        for bold, italic in ((False, False), (True, False), (False, True)):
            text_layout = QTextLayout(" ".join(chars), _font(BODY_PT, bold=bold, italic=italic))
            text_layout.beginLayout()
            while (line := text_layout.createLine()).isValid():
                line.setLineWidth(1e6)
            text_layout.endLayout()
            for run in text_layout.glyphRuns():
                raw = run.rawFont()
                key = (raw.familyName(), raw.styleName())
                if key not in names:
                    names.add(key)
                    fonts.append(raw)

    def twins(char: str) -> Iterator[str]:
        if not fonts:
            load()
        for raw in fonts:
            if not raw.supportsCharacter(char):
                continue
            glyph = list(raw.glyphIndexesForString(char))
            for other in chars:
                if other != char and raw.supportsCharacter(other) and list(
                        raw.glyphIndexesForString(other)) == glyph:
                    yield other

    return twins


def _block(before: float = 0, after: float = 0, line: float | None = None
           ) -> QTextBlockFormat:
    """A paragraph format; ``line`` fixes the line pitch in points, so a line with a
    fallback font (CJK fonts are taller) does not open a gap in a list."""
    fmt = QTextBlockFormat()
    fmt.setTopMargin(_points(before))
    fmt.setBottomMargin(_points(after))
    if line:
        fmt.setLineHeight(_points(line), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    return fmt


class _Builder:
    """Appends blocks to a QTextDocument; the first block is the document's own."""

    def __init__(self, doc: QTextDocument, text_width: float) -> None:
        self.doc, self.cursor = doc, QTextCursor(doc)
        self.text_width = text_width
        self._first = True

    def block(self, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self._first = False
        else:
            self.cursor.insertBlock(fmt, char)

    def paragraph(self, text: str, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        self.block(fmt, char)
        self.cursor.insertText(text, char)

    def header(self, line: HeaderLine) -> None:
        fmt = _block(before=6 if line.strong else 0, line=BODY_LINE)
        fmt.setProperty(_KEEP_WITH_NEXT, True)
        if line.dates:
            fmt.setTabPositions([QTextOption.Tab(self.text_width - 1,
                                                 QTextOption.TabType.RightTab)])
        main = _char(BODY_PT, bold=line.strong, italic=line.kind == "detail")
        self.paragraph(line.text, fmt, main)
        if line.dates:
            self.cursor.insertText("\t" + line.dates, _char(BODY_PT, color=MUTED))

    def bullets(self, items: list[str]) -> None:
        """Bullets as a "•" glyph, a tab and a hanging indent (Qt's own list discs sit
        too close to the text, and a glyph copies out of the PDF like the .txt)."""
        for item in items:
            fmt = _block(after=1.5, line=BODY_LINE)
            fmt.setLeftMargin(_device(BULLET_INDENT))
            fmt.setTextIndent(-_device(BULLET_HANG))
            fmt.setTabPositions([QTextOption.Tab(_points(BULLET_TAB),
                                                 QTextOption.TabType.LeftTab)])
            self.paragraph(f"\u2022\t{item}", fmt, _char(BODY_PT))


def build_document(layout: Layout, page: QRectF, margins: tuple[float, ...]) -> QTextDocument:
    """The resume as a paginated QTextDocument in layout units."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(_font(BODY_PT))
    doc.setDocumentMargin(0)
    root = doc.rootFrame().frameFormat()
    left, top, right, bottom = (_points(m) for m in margins)
    root.setLeftMargin(left)
    root.setTopMargin(top)
    root.setRightMargin(right)
    root.setBottomMargin(bottom)
    doc.rootFrame().setFrameFormat(root)
    doc.setPageSize(page.size())
    text_width = page.width() * 96.0 / RESOLUTION - left - right
    build = _Builder(doc, text_width)

    if layout.name:
        build.paragraph(layout.name, _block(after=2), _char(NAME_PT, bold=True, color=ACCENT))
    for line in layout.contact:
        build.paragraph(line, _block(after=1), _char(CONTACT_PT, color=MUTED))
    if layout.summary:
        build.paragraph(layout.summary, _block(before=7), _char(BODY_PT))
    for section in layout.sections:
        if section.heading:
            fmt = _block(before=11, after=4)
            fmt.setProperty(_HEADING_PROPERTY, True)
            fmt.setProperty(_KEEP_WITH_NEXT, True)
            build.paragraph(section.heading, fmt, _char(HEADING_PT, bold=True, color=ACCENT))
        for block in section.blocks:
            for line in block.header:
                build.header(line)
            if block.bullets:
                build.bullets(block.bullets)
    return doc


def _line_page(block: QTextBlock, index: int, page_height: float) -> int:
    """The page a line of ``block`` is drawn on (pagination moves lines, not blocks)."""
    text_layout = block.layout()
    line = text_layout.lineAt(index if index >= 0 else text_layout.lineCount() + index)
    return int((text_layout.position().y() + line.y()) // page_height)


def _keep_with_next(doc: QTextDocument, page_height: float) -> None:
    """Move a heading or role line that ends a page to the next one, with what follows
    (Word's "keep with next", which QTextDocument lacks)."""
    for _ in range(50):  # each pass moves one block; a resume has few page ends
        doc.pageCount()  # finishes the (lazy) layout, so the positions are current
        block = doc.begin()
        while block.isValid() and block.next().isValid():
            fmt = block.blockFormat()
            if (fmt.property(_KEEP_WITH_NEXT)
                    and fmt.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto
                    and _line_page(block, -1, page_height)
                    < _line_page(block.next(), 0, page_height)):
                # A heading right above a stranded role line goes with it.
                page = _line_page(block, 0, page_height)
                while (block.previous().isValid()
                       and block.previous().blockFormat().property(_KEEP_WITH_NEXT)
                       and _line_page(block.previous(), -1, page_height) == page):
                    block = block.previous()
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                break
            block = block.next()
        else:
            return


def _heading_rules(doc: QTextDocument) -> list[float]:
    """The height (device units) of the rule under each section heading: just below
    the heading's last line, descenders included."""
    rules = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().property(_HEADING_PROPERTY):
            text_layout = block.layout()
            last = text_layout.lineAt(text_layout.lineCount() - 1)
            rules.append(text_layout.position().y() + last.y() + last.height() + _device(1.2))
        block = block.next()
    return rules


def page_size_for_locale() -> QPageSize:
    """Letter where the locale measures in US units, else A4 (see the module docstring)."""
    from .common import uses_letter_paper

    return QPageSize(QPageSize.PageSizeId.Letter if uses_letter_paper()
                     else QPageSize.PageSizeId.A4)


def write_pdf(path: Path, layout: Layout, *, page_size: QPageSize | None = None) -> None:
    """Draw ``layout`` into a PDF at ``path``."""
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(page_size or page_size_for_locale(),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(f"{layout.name} \u2013 Resume" if layout.name else "Resume")
    writer.setCreator("Resume Tailor")
    if layout.name and hasattr(writer, "setAuthor"):
        writer.setAuthor(layout.name)
    page = QRectF(0, 0, writer.width(), writer.height())
    doc = build_document(layout, page, MARGIN_PT)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(page.size())  # re-paginate with the writer's font metrics
    _keep_with_next(doc, page.height())
    rules = _heading_rules(doc)
    inset = _device(MARGIN_PT[0])
    pen = QPen(RULE, _device(0.6))

    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"{path.name} could not be opened for writing.")
    try:
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(context.palette)
        palette.setColor(QPalette.ColorRole.Text, INK)
        context.palette = palette
        for number in range(doc.pageCount()):
            if number:
                writer.newPage()
            top = number * page.height()
            painter.save()
            painter.translate(0, -top)
            context.clip = QRectF(0, top, page.width(), page.height())
            doc.documentLayout().draw(painter, context)
            painter.setPen(pen)
            for y in rules:
                if top <= y < top + page.height():
                    painter.drawLine(QPointF(inset, y), QPointF(page.width() - inset, y))
            painter.restore()
    finally:
        painter.end()
    repair_pdf_text_layer(path, doc.toPlainText(), _glyph_twins(doc.toPlainText()))
