"""Page-level fixes the PDF writer applies to a laid-out QTextDocument.

QTextDocument paginates line by line and knows nothing of resumes. After the
layout, with the PDF writer's own font metrics, these passes put right what a
reader would notice:

- a role line whose text reaches its date column (the right tab would glue them,
  "…Urban StudiesSep 2016 -") gets its dates on the next line, right-aligned, as
  Word and LibreOffice draw an overflowing right tab;
- a contact line too long for the page wraps after one of its separators
  ("… | Columbus, OH |" / "linkedin.com/in/jo-avery"), never inside an address at
  one of its hyphens;
- a heading or role line that ends a page moves to the next one with what follows
  (Word's "keep with next");
- :func:`last_page_fill` tells how much of the last page is used, so the writer
  can tighten its spacing when that page would hold only a line or two.

All lengths here are device units of the paint device (the QPdfWriter).
"""

from __future__ import annotations

import re
from typing import cast

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextLine

HEADING_PROPERTY = QTextFormat.Property.UserProperty + 1
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 2
DATES_PROPERTY = QTextFormat.Property.UserProperty + 3  # a header line ending "\tdates"
CONTACT_PROPERTY = QTextFormat.Property.UserProperty + 4  # a line of the contact block
LINE_SEPARATOR = "\u2028"  # a line break inside a paragraph (Qt's QChar::LineSeparator)
# Where a contact line may wrap, best first: between its items, then after a comma.
_CONTACT_SEPARATORS = (re.compile(r"\s[|·•–—/]\s|\s{2,}"), re.compile(r",\s"))


def _line_page(block: QTextBlock, index: int, page_height: float) -> int:
    """The page a line of ``block`` is drawn on (pagination moves lines, not blocks)."""
    text_layout = block.layout()
    line = text_layout.lineAt(index if index >= 0 else text_layout.lineCount() + index)
    return int((text_layout.position().y() + line.y()) // page_height)


def _dates_collide(block: QTextBlock, min_gap: float) -> bool:
    """True when the dates after the tab do not sit alone at the right of one line."""
    text = block.text()
    tab = text.rfind("\t")
    text_layout = block.layout()
    if tab < 0 or LINE_SEPARATOR in text or text_layout.lineCount() == 0:
        return False
    if text_layout.lineCount() > 1:
        return True  # the heading itself wraps, or the dates were pushed over the edge
    line = text_layout.lineAt(0)
    return _x_at(line, tab + 1) - _x_at(line, tab) < min_gap


def _x_at(line: QTextLine, position: int) -> float:
    """Where ``position`` is drawn on ``line`` (``cursorToX`` gives an (x, position)
    pair, which PySide's stubs call ``object``)."""
    x, _ = cast("tuple[float, int]", line.cursorToX(position))
    return x


def move_colliding_dates(doc: QTextDocument, min_gap: float) -> int:
    """Put the dates of every header line that runs into them on a line of their own
    (right-aligned by the block's right tab stop); returns how many moved."""
    doc.pageCount()  # finishes the (lazy) layout
    moved = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().property(DATES_PROPERTY) and _dates_collide(block, min_gap):
            moved.append(block.position() + block.text().rfind("\t"))
        block = block.next()
    for position in reversed(moved):  # from the end, so earlier positions stay valid
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.insertText(LINE_SEPARATOR)
    return len(moved)


def break_contact_lines(doc: QTextDocument) -> None:
    """Wrap each contact line that runs over after the last separator that fits."""
    doc.pageCount()
    breaks = []
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        if block.blockFormat().property(CONTACT_PROPERTY) and text_layout.lineCount() > 1:
            first = text_layout.lineAt(0)
            fits = block.text()[:first.textStart() + first.textLength()]
            for separator in _CONTACT_SEPARATORS:
                cuts = [m.end() for m in separator.finditer(fits.rstrip())]
                if cuts:
                    breaks.append(block.position() + cuts[-1])
                    break
        block = block.next()
    for position in reversed(breaks):
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.insertText(LINE_SEPARATOR)


def keep_with_next(doc: QTextDocument, page_height: float) -> None:
    """Move a heading or role line that ends a page to the next one, with what follows
    (Word's "keep with next", which QTextDocument lacks)."""
    for _ in range(50):  # each pass moves one block; a resume has few page ends
        doc.pageCount()  # finishes the (lazy) layout, so the positions are current
        block = doc.begin()
        while block.isValid() and block.next().isValid():
            fmt = block.blockFormat()
            if (fmt.property(KEEP_WITH_NEXT)
                    and fmt.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto
                    and _line_page(block, -1, page_height)
                    < _line_page(block.next(), 0, page_height)):
                # A heading right above a stranded role line goes with it.
                page = _line_page(block, 0, page_height)
                while (block.previous().isValid()
                       and block.previous().blockFormat().property(KEEP_WITH_NEXT)
                       and _line_page(block.previous(), -1, page_height) == page):
                    block = block.previous()
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                break
            block = block.next()
        else:
            return


def last_page_fill(doc: QTextDocument, page_height: float, top: float, bottom: float) -> float:
    """The share (0–1) of the last page's text area its lines use: 0.05 is a line or two.

    ``top`` and ``bottom`` are the page margins; the fill is measured from the top
    margin of the last page to the bottom of the document's last line.
    """
    pages = doc.pageCount()
    block = doc.lastBlock()
    while block.isValid() and block.layout().lineCount() == 0:
        block = block.previous()
    if not block.isValid():
        return 0.0
    text_layout = block.layout()
    last = text_layout.lineAt(text_layout.lineCount() - 1)
    end = text_layout.position().y() + last.y() + last.height()
    used = end - (pages - 1) * page_height - top
    return max(0.0, min(1.0, used / (page_height - top - bottom)))
