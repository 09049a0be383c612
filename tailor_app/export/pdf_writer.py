"""The .pdf export, drawn by Qt (QPdfWriter + QTextDocument): no new dependency.

The page follows the .docx: the name large, the contact line in grey, section
headings with a thin rule under them, role lines in bold with their dates on the
right margin (a right tab stop, as in Word), round bullets. Qt writes real text
(embedded, subset fonts with a ToUnicode map), so the PDF can be searched, copied
and read by applicant tracking systems. Characters the body font lacks (CJK,
Cyrillic, Greek...) are drawn with whichever installed font has them: Qt's font
fallback picks it per character; symbols it lacks (emoji, icons) are left out
(:mod:`.pdf_glyphs`). After the layout, :mod:`.pdf_pagination` keeps dates clear
of long role lines and headings with what follows, and :func:`paginate` tightens
the spacing when the last page would hold only a line or two.

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
from dataclasses import dataclass
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
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from .common import ExportError
from .layout import HeaderLine, Layout
from .pdf_glyphs import drawable_layout
from .pdf_pagination import (
    CONTACT_PROPERTY,
    DATES_PROPERTY,
    HEADING_PROPERTY,
    KEEP_WITH_NEXT,
    break_contact_lines,
    keep_with_next,
    last_page_fill,
    move_colliding_dates,
)
from .pdf_text_layer import repair_pdf_text_layer

RESOLUTION = 300  # dots per inch of the layout; text stays vector at any zoom
FAMILIES = ["Calibri", "Carlito", "Liberation Sans", "Arial", "Helvetica Neue", "Helvetica",
            "DejaVu Sans", "Noto Sans"]
BODY_PT = 10.5
NAME_PT = 22
HEADING_PT = 11.5
CONTACT_PT = 9.5
BODY_LINE = 13.2  # points between baselines of body text
BULLET_AFTER = 1.5  # points between two bullets, over the line pitch
BULLET_INDENT = 16.0  # points from the margin to a bullet's text
BULLET_HANG = 10.0  # the "•" sits this far left of the text...
BULLET_TAB = BULLET_HANG  # ...and its tab stop (counted from the bullet) brings the text back
MARGIN_PT = (54, 46, 54, 46)  # left, top, right, bottom: 0.75 in sides
DATE_GAP_PT = 10.0  # at least this much space between a role line's text and its dates
NEARLY_EMPTY = 0.2  # a last page using less of its text area than this is tightened away
INK = QColor("#1f1f1f")
ACCENT = QColor("#1f3a5f")
MUTED = QColor("#4a5568")
RULE = QColor("#a0aec0")


@dataclass(frozen=True)
class Spacing:
    """The vertical spacing of a page: the writer tries these in turn (see
    :func:`paginate`) when the last page would hold only a line or two."""

    gap: float = 1.0  # scales the space above and below paragraphs
    line: float = BODY_LINE  # points between the baselines of body text
    margin_v: float = MARGIN_PT[1]  # top and bottom page margins, points


# Tighter steps, each still comfortable to read (the line pitch stays over 1.1× the
# font size): at most 0.35 of the gaps, 1.2 pt of line pitch and 14 pt of margins go.
SPACINGS = (Spacing(), Spacing(0.8, 12.8, 42), Spacing(0.6, 12.4, 38),
            Spacing(0.45, 12.0, 32))

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

    def __init__(self, doc: QTextDocument, text_width: float, spacing: Spacing) -> None:
        self.doc, self.cursor = doc, QTextCursor(doc)
        self.text_width = text_width
        self.spacing = spacing
        self._first = True

    def format(self, before: float = 0, after: float = 0, fixed_line: bool = False
               ) -> QTextBlockFormat:
        """A paragraph format with this page's spacing (``fixed_line``: body pitch)."""
        gap = self.spacing.gap
        return _block(before * gap, after * gap, self.spacing.line if fixed_line else None)

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
        fmt = self.format(before=6 if line.strong else 0, fixed_line=True)
        fmt.setProperty(KEEP_WITH_NEXT, True)
        if line.dates:
            fmt.setProperty(DATES_PROPERTY, True)
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
            fmt = self.format(after=BULLET_AFTER, fixed_line=True)
            fmt.setLeftMargin(_device(BULLET_INDENT))
            fmt.setTextIndent(-_device(BULLET_HANG))
            fmt.setTabPositions([QTextOption.Tab(_points(BULLET_TAB),
                                                 QTextOption.TabType.LeftTab)])
            self.paragraph(f"\u2022\t{item}", fmt, _char(BODY_PT))


def build_document(layout: Layout, page: QRectF, margins: tuple[float, ...],
                   spacing: Spacing = SPACINGS[0]) -> QTextDocument:
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
    build = _Builder(doc, text_width, spacing)

    if layout.name:
        build.paragraph(layout.name, build.format(after=2),
                        _char(NAME_PT, bold=True, color=ACCENT))
    for line in layout.contact:
        fmt = build.format(after=1)
        fmt.setProperty(CONTACT_PROPERTY, True)
        build.paragraph(line, fmt, _char(CONTACT_PT, color=MUTED))

    def summary_line() -> None:
        if layout.summary:
            build.paragraph(layout.summary, build.format(before=7), _char(BODY_PT))

    for index, section in enumerate(layout.sections):
        if index == layout.summary_at:
            summary_line()  # under the contact block, or the resume's own summary
        if section.heading:
            fmt = build.format(before=11, after=4)
            fmt.setProperty(HEADING_PROPERTY, True)
            fmt.setProperty(KEEP_WITH_NEXT, True)
            build.paragraph(section.heading, fmt, _char(HEADING_PT, bold=True, color=ACCENT))
        for block in section.blocks:
            for header_line in block.header:
                build.header(header_line)
            for plain, lines in block.runs():
                if plain:  # a line written without a bullet mark: a plain paragraph
                    for text in lines:
                        build.paragraph(text, build.format(after=BULLET_AFTER,
                                                           fixed_line=True), _char(BODY_PT))
                else:
                    build.bullets(lines)
    if layout.summary_at >= len(layout.sections):
        summary_line()
    return doc


def _heading_rules(doc: QTextDocument) -> list[float]:
    """The height (device units) of the rule under each section heading: just below
    the heading's last line, descenders included."""
    rules = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().property(HEADING_PROPERTY):
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


def laid_out(layout: Layout, page: QRectF, device: QPdfWriter, spacing: Spacing
              ) -> QTextDocument:
    """The document laid out on ``device`` with ``spacing``, page fixes applied."""
    left, _top, right, _bottom = MARGIN_PT
    margins = (left, spacing.margin_v, right, spacing.margin_v)
    doc = build_document(layout, page, margins, spacing)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(page.size())  # re-paginate with the writer's font metrics
    break_contact_lines(doc)
    move_colliding_dates(doc, _device(DATE_GAP_PT))
    keep_with_next(doc, page.height())
    return doc


def paginate(layout: Layout, page: QRectF, device: QPdfWriter) -> QTextDocument:
    """The laid-out document, with tighter spacing when that saves a nearly empty page.

    A last page holding a line or two (under :data:`NEARLY_EMPTY` of its text area)
    looks like a mistake and costs the reader a page. The tighter :data:`SPACINGS`
    are tried in turn and the first that needs fewer pages is used; when none does,
    the normal spacing stays (a tighter page that fills no fewer pages buys nothing).
    """
    doc = laid_out(layout, page, device, SPACINGS[0])
    pages = doc.pageCount()
    margin = _device(SPACINGS[0].margin_v)
    if pages < 2 or last_page_fill(doc, page.height(), margin, margin) >= NEARLY_EMPTY:
        return doc
    for spacing in SPACINGS[1:]:
        tighter = laid_out(layout, page, device, spacing)
        if tighter.pageCount() < pages:
            return tighter
    return doc


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
    layout = drawable_layout(layout, [_font(BODY_PT, bold=b, italic=i)
                                      for b, i in ((False, False), (True, False), (False, True))])
    doc = paginate(layout, page, writer)
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
