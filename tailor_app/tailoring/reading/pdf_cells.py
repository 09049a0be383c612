"""Two repairs to the rows of one PDF column that need the geometry to be safe.

**Side cells stacked over several rows.** Templates put dates and places in a
narrow column beside the text: moderncv in a left margin ("2021 –" on the role's
row and "Present" on the next), RenderCV at the right edge (the place on the role's
row, the dates on the first bullet's row, the duration on the second). Read row by
row, the lower parts of such a cell land in the middle of a bullet or on a line of
their own, and a tailor that reorders bullets carries them off. A cell's lower
parts are moved up to the row its stack starts on, when the geometry says they
belong to it: the cell above ends with a range dash ("2021 –"), or the row below
holds no header of its own (nothing else, a bullet, or a lower-case line wrapping
the text above). A row that starts the same way as the one above
("Software Engineer  Oct 2016 – Present" under "Google  Mountain View, CA") keeps
its cell: that is a table of two header rows, not one tall cell.

**Wrapped list items.** A bullet that wraps continues on the next line at the
hanging indent (right of the glyph, where the item's text starts). Such a line is
marked ``continues`` so the parser keeps the item whole even when the continuation
starts with a capital ("Maps, Google Places and Google Earth"), which text alone
cannot tell from a new header.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tailor_app.tailoring.reading.pdf_geometry import Line, Segment

__all__ = ["Row", "lift_side_cells", "mark_continuations"]

_RANGE_OPEN = re.compile(r"(?:[-–—]|\bto|\bbis|\bà)\s*$", re.IGNORECASE)
_ITEM_MARK = re.compile(
    r"^\s*(?:[•▪◦●■►✓✔➢→○·‣⁃❖♦◆◇➤▸▶➔⇒»◾◼⦿✦✧★☆❑❒➣➜*–-]|\[\d{1,3}\]|\d{1,2}[.)])\s")
_MAX_CELL_CHARS = 40
_MAX_CELL_WORDS = 6


@dataclass
class Row:
    """Segments on one baseline, left to right, and the lowest baseline folded in."""

    segs: list[Segment]
    y: float
    bottom: float
    size: float
    lifted: dict[str, int] = field(default_factory=dict)  # side -> cells added to it


def _short(seg: Segment) -> bool:
    text = seg.text.strip()
    return 0 < len(text) <= _MAX_CELL_CHARS and len(text.split()) <= _MAX_CELL_WORDS


def _body_edge(rows: list[Row]) -> float | None:
    """Where most rows of the column start: the text's left edge, right of any margin."""
    counts = Counter(round(row.segs[0].x0) for row in rows)
    edge, n = counts.most_common(1)[0]
    return float(edge) if n >= 3 else None


def _left_cell(row: Row, edge: float | None) -> Segment | None:
    """A short first segment left of the text edge, with the row's text starting on it."""
    if edge is None or len(row.segs) < 2:
        return None
    first, second = row.segs[0], row.segs[1]
    if not _short(first) or first.x1 + 0.3 * first.size >= second.x0:
        return None
    return first if abs(second.x0 - edge) <= 1.5 else None


def _lone_left_cell(row: Row, stack: tuple[Row, Segment, Segment, float] | None
                    ) -> Segment | None:
    """A short row on its own under a margin cell, left of the text beside that cell
    ("2010-2014" above "(expected)")."""
    if stack is None or len(row.segs) != 1 or not _short(row.segs[0]):
        return None
    target, own, _, _ = stack
    body = [s.x0 for s in target.segs if s is not own and s.joiner is None]
    seg = row.segs[0]
    return seg if body and seg.x1 + 0.3 * seg.size < min(body) else None


def _right_cell(row: Row, left: float, right: float) -> Segment | None:
    """A short last segment flush with the column's right edge, far from its left."""
    last = row.segs[-1]
    if not _short(last) or last.x0 < left + 0.55 * (right - left):
        return None
    if last.x1 < right - 3 * last.size:
        return None
    return last if len(row.segs) >= 2 or last.x0 > left + 0.6 * (right - left) else None


def _no_header_below(main: list[Segment], top_main: list[Segment], above: Row,
                     target: Row, right: float) -> bool:
    """The row under a cell holds nothing that could head an entry of its own: nothing
    else, a bullet, or a lower-case line that wraps the text of the row above."""
    if not main:
        return True
    text = main[0].text.lstrip()
    if _ITEM_MARK.match(text):
        return True
    if not text[:1].islower():
        return False
    if above is not target and above.segs and _ITEM_MARK.match(above.segs[0].text):
        return True  # a bullet whose own cell went up, wrapping onto this row
    return bool(top_main) and top_main[-1].x1 >= right - 4 * main[0].size


def lift_side_cells(rows: list[Row]) -> list[Row]:
    """Move the lower parts of stacked side cells up to the row their stack starts on."""
    if len(rows) < 2:
        return rows
    segs = [s for row in rows for s in row.segs]
    left = min(s.x0 for s in segs)
    right = max(s.x1 for s in segs)
    edge = _body_edge(rows)
    out: list[Row] = []
    above: Row | None = None
    # Per side: the row the stack starts on, its own cell, the last part, its baseline.
    stacks: dict[str, tuple[Row, Segment, Segment, float]] = {}
    for row in rows:
        for side in ("left", "right"):
            if not row.segs:
                break  # the row was a lone margin cell, now folded into its stack
            stack = stacks.get(side)
            if side == "right":
                cell = _right_cell(row, left, right)
            else:
                cell = _left_cell(row, edge) or _lone_left_cell(row, stack)
            if cell is None:
                stacks.pop(side, None)
                continue
            if stack is not None and above is not None and _belongs(
                    stack, cell, row, above, side, right):
                target, own, _, _ = stack
                _fold(target, cell, side)
                row.segs.remove(cell)
                stacks[side] = (target, own, cell, row.y)
            else:
                stacks[side] = (row, cell, cell, row.y)
        if row.segs:
            out.append(row)
        elif out:
            out[-1].bottom = min(out[-1].bottom, row.bottom)
        above = row
    return out


def _belongs(stack: tuple[Row, Segment, Segment, float], cell: Segment, row: Row,
             above: Row, side: str, right: float) -> bool:
    target, own, last, last_y = stack
    # The next row down, in the same type: a heading below a margin cell is not its part.
    if row.y >= last_y or last_y - row.y > 1.7 * last.size:
        return False
    if abs(cell.size - last.size) > 0.15 * last.size or (cell.bold and not last.bold):
        return False
    if side == "left":
        same_column = cell.x0 < last.x1 + 1.0 and last.x0 < cell.x1 + 1.0
    else:
        same_column = abs(cell.x1 - last.x1) <= 3 * cell.size or (
            cell.x0 < last.x1 and last.x0 < cell.x1)
    if not same_column:
        return False
    if _RANGE_OPEN.search(last.text):
        return True  # "2021 –" above "Present": one date range
    top_main = [s for s in target.segs if s is not own and s.joiner is None]
    main = [s for s in row.segs if s is not cell]
    return _no_header_below(main, top_main, above, target, right)


def _fold(target: Row, cell: Segment, side: str) -> None:
    """Put ``cell`` after the cells already stacked on ``target``'s side.

    A left margin cell is one text the margin's width wrapped ("2021 –" "Present",
    "My Cool Side" "Project"): one space. Right-hand parts are separate cells
    (place, dates, duration): a column gap, as between any two cells of a row.
    """
    done = target.lifted.get(side, 0)
    if side == "left":
        cell.joiner = " "
        target.segs.insert(1 + done, cell)
    else:
        cell.joiner = "  "
        target.segs.append(cell)
    target.lifted[side] = done + 1


# ------------------------------------------------------------ wrapped list items

def mark_continuations(lines: list[Line]) -> None:
    """Mark lines that continue a list item at its hanging indent (see module doc)."""
    item: Line | None = None  # the line that started the current item
    indent: float | None = None  # x where its continuation lines start
    prev: Line | None = None
    for line in lines:
        starts_item = bool(_ITEM_MARK.match(line.text)) and not line.gapped
        if starts_item:
            item, indent = line, None
        elif item is not None and prev is not None and _continues(line, prev, item, indent):
            line.continues = True
            line.unsure = line.unsure or "wrapped"
            indent = line.x0
        else:
            item, indent = None, None
        prev = line


def _continues(line: Line, prev: Line, item: Line, indent: float | None) -> bool:
    size = item.size or line.size or 10.0
    # The item's line may be a little larger: a bold lead-in ("TensorFlow:") sets its size.
    if line.gapped or prev.gapped or abs(line.size - item.size) > max(0.6, 0.12 * size):
        return False
    if line.bold and not item.bold:
        return False
    if (prev.bottom if prev.bottom is not None else prev.y) - line.y > 1.7 * size:
        return False
    if indent is not None:
        return abs(line.x0 - indent) <= 1.5
    return 0.4 * size <= line.x0 - item.x0 <= 3.5 * size
