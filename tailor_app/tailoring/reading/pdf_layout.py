"""Rebuilding reading order from the positioned text runs of one PDF page.

pypdf's plain extraction follows the order the producer drew things in. That is
column by column for most two-column templates, but it detaches right-aligned
dates and locations from their role (Typst, moderncv), and a producer that draws
a sidebar first puts it first. Its layout mode keeps lines together but mixes
columns. Here we take the runs pypdf reports with their positions and:

1. merge runs that pypdf drew one after another on one baseline into *segments*
   (pypdf already spaced the words inside them correctly);
2. look for a *gutter*: an x-range that no segment crosses over most of the text
   height, with plenty of text on both sides; if found, each side is read on its
   own (left, then right), recursively, with full-width lines (a name across the
   top) kept in their vertical place;
3. group the segments of each column into lines by baseline, left to right, so a
   date at the right margin stays on its role's line.

Widths are estimated from character classes: pypdf does not report where a run
ends, and exact glyph widths are not worth their cost here (a gutter is several
points wide, far more than the estimate's error on a single run).
"""

from __future__ import annotations

import itertools
import re

from tailor_app.tailoring.reading.pdf_cells import Row, lift_side_cells, mark_continuations
from tailor_app.tailoring.reading.pdf_geometry import Line, Run, Segment

__all__ = ["Line", "Run", "Segment", "order_page"]


def _width(text: str, size: float) -> float:
    """Rough advance width of ``text`` at ``size`` points (proportional fonts)."""
    em = 0.0
    for c in text:
        if c == " ":
            em += 0.27
        elif c.isupper() or c in "mwMW@%":
            em += 0.68
        elif c in "iljtfr.,;:'|!()[]-":
            em += 0.3
        else:
            em += 0.52
    return em * size


def _glued_number(before: str, after: str) -> bool:
    """A text run ending in a letter followed by a run that starts a number."""
    head = after.lstrip()
    return (len(head) >= 4 and head[0].isdigit() and head[:4].isdigit()
            and before[-1:].isalpha() and after[:1] == head[:1])


def make_segments(runs: list[Run]) -> list[Segment]:
    """Merge runs drawn one after another on the same baseline."""
    segments: list[Segment] = []
    current: Segment | None = None
    prev: Run | None = None
    for run in runs:
        if not run.text:
            if run.ends_line:
                current = None
            prev = run if run.ends_line else prev
            continue
        same_line = (
            current is not None and prev is not None and not prev.ends_line
            and abs(run.y - current.y) <= 0.3 * max(min(run.size, current.size), 1.0)
            and run.x >= current.x0 - 1.0
            and run.x <= current.x1 + 3 * run.size
        )
        if same_line and current is not None:
            last = current.parts[-1][0] if current.parts else ""
            if _glued_number(last, run.text):
                # A right-aligned date drawn as its own run just after a title in a
                # narrow column: estimated widths can hide the gap, but a word never
                # runs straight into a multi-character number.
                current.parts.append(("  ", run.bold))
            inked = bool(current.text.strip())
            current.parts.append((run.text, run.bold))
            current.x1 = max(current.x1, run.x + _width(run.text, run.size))
            # Only visible text sets the size: Word draws tab runs at 144 pt.
            if run.text.strip():
                current.size = max(current.size, run.size) if inked else run.size
        else:
            current = Segment(run.x, run.x + _width(run.text, run.size), run.y, run.size,
                              [(run.text, run.bold)])
            segments.append(current)
        if run.ends_line:
            current = None
        prev = run
    return [s for s in segments if s.text.strip()]


# ------------------------------------------------------------------- columns

_BIN = 2.0  # points per bin when looking for a gutter


def _find_gutter(segs: list[Segment]) -> tuple[float, float] | None:
    """The widest empty vertical band with substantial text on both sides."""
    if len(segs) < 10:
        return None
    left = min(s.x0 for s in segs)
    right = max(s.x1 for s in segs)
    span = right - left
    if span <= 0:
        return None
    nbins = int(span / _BIN) + 1
    cover = [0] * (nbins + 1)
    for s in segs:
        a = int((s.x0 - left) / _BIN)
        b = int((s.x1 - left) / _BIN)
        cover[a] += 1
        cover[min(b + 1, nbins)] -= 1
    running = 0
    counts = []
    for i in range(nbins):
        running += cover[i]
        counts.append(running)
    # A few full-width lines (a name or a rule across both columns) may cross it.
    tolerance = max(1, len(segs) // 25)
    lo_bin, hi_bin = int(0.12 * nbins), int(0.88 * nbins)
    total_chars = sum(s.chars for s in segs) or 1
    top = max(s.y for s in segs)
    bottom = min(s.y for s in segs)
    height = max(top - bottom, 1.0)
    best: tuple[float, float] | None = None
    best_width = 0.0
    i = lo_bin
    while i < hi_bin:
        if counts[i] > tolerance:
            i += 1
            continue
        j = i
        while j < hi_bin and counts[j] <= tolerance:
            j += 1
        g0, g1 = left + i * _BIN, left + j * _BIN
        width = g1 - g0
        if width >= 4.0 and width > best_width and _substantial(
            segs, g0, g1, total_chars, height
        ):
            best, best_width = (g0, g1), width
        i = j
    return best


def _substantial(segs: list[Segment], g0: float, g1: float, total: int,
                 height: float) -> bool:
    """Both sides hold real text that runs down much of the page."""
    mid = (g0 + g1) / 2
    left = [s for s in segs if s.x1 <= mid]
    right = [s for s in segs if s.x0 >= mid]
    for side in (left, right):
        chars = sum(s.chars for s in side)
        baselines = {round(s.y) for s in side}
        if chars < 0.12 * total or len(baselines) < 5:
            return False
        if max(s.y for s in side) - min(s.y for s in side) < 0.35 * height:
            return False
    return not _looks_like_rows(left, right)


def _looks_like_rows(left: list[Segment], right: list[Segment]) -> bool:
    """True for a single column whose lines end with right-aligned dates or places.

    Such a page has an empty vertical band too ("Nurse, City Clinic ... 2019 - 2021"
    on every line), but nearly every right piece shares its baseline with a left
    one, and the right pieces are flush right, not a ragged left-aligned column.
    """
    left_lines = [s.y for s in left]
    paired = sum(1 for r in right if any(abs(r.y - y) <= 2.0 for y in left_lines))
    if paired < 0.8 * len(right):
        return False
    x0_spread = max(s.x0 for s in right) - min(s.x0 for s in right)
    x1_spread = max(s.x1 for s in right) - min(s.x1 for s in right)
    ragged_right_column = x1_spread > 2 * x0_spread + 8.0
    return not ragged_right_column


def split_columns(segs: list[Segment], depth: int = 0) -> list[list[Segment]]:
    """Segments grouped into reading blocks: columns left to right, with
    full-width lines placed between the bands they separate."""
    gutter = _find_gutter(segs) if depth < 3 else None
    if gutter is None:
        return _split_slabs(segs) if depth == 0 else [segs]
    mid = (gutter[0] + gutter[1]) / 2
    crossing = sorted((s for s in segs if s.x0 < mid < s.x1), key=lambda s: -s.y)
    rest = [s for s in segs if not s.x0 < mid < s.x1]
    blocks: list[list[Segment]] = []
    upper = float("inf")
    for bound in [*crossing, None]:
        lower = bound.y if bound is not None else float("-inf")
        band = [s for s in rest if lower < s.y <= upper]
        if band:
            blocks.extend(split_columns([s for s in band if s.x0 < mid], depth + 1))
            right = [s for s in band if s.x0 >= mid]
            _mark_column_start(band, right)
            blocks.extend(split_columns(right, depth + 1))
        if bound is not None:
            blocks.append([bound])
            upper = bound.y
    return [b for b in blocks if b]


def _mark_column_start(band: list[Segment], right: list[Segment]) -> None:
    """Mark the top of a right-hand column read after its left neighbour: the
    reading order jumps there, and a wrong split shows first at that line."""
    if right and len(right) < len(band):
        max(right, key=lambda s: (s.y, -s.x0)).column_start = True


def _split_slabs(segs: list[Segment]) -> list[list[Segment]]:
    """A single-column page, cut into slabs at large vertical gaps; a slab holding
    two independent stacks side by side (moderncv's name on the left, address
    lines on the right) is read stack by stack.

    Stacks are told from a table row ("Engineer ... 2019 - 2021") by their
    baselines: a row's cells share them, independent stacks mostly do not.
    """
    if len(segs) < 4:
        return [segs]
    ordered = sorted(segs, key=lambda s: -s.y)
    baselines = sorted({round(s.y, 0) for s in segs}, reverse=True)
    gaps = sorted(a - b for a, b in itertools.pairwise(baselines))
    if not gaps:
        return [segs]
    usual = gaps[len(gaps) // 2]
    slabs: list[list[Segment]] = [[ordered[0]]]
    for prev, seg in itertools.pairwise(ordered):
        if prev.y - seg.y > 2.0 * usual:
            slabs.append([])
        slabs[-1].append(seg)
    blocks: list[list[Segment]] = []
    for slab in slabs:
        stacks = _two_stacks(slab)
        blocks.extend(stacks if stacks else [slab])
    return blocks


def _two_stacks(slab: list[Segment]) -> list[list[Segment]] | None:
    if len(slab) < 4:
        return None
    left_edge = min(s.x0 for s in slab)
    order = sorted(slab, key=lambda s: s.x0)
    # The widest horizontal gap no segment of the slab crosses.
    reach = left_edge
    best: tuple[float, float] | None = None
    for seg in order:
        if seg.x0 - reach > 2.0 * seg.size and (best is None or seg.x0 - reach > best[1] - best[0]):
            best = (reach, seg.x0)
        reach = max(reach, seg.x1)
    if best is None:
        return None
    mid = (best[0] + best[1]) / 2
    left = [s for s in slab if s.x1 <= mid]
    right = [s for s in slab if s.x0 >= mid]
    total = sum(s.chars for s in slab) or 1
    if min(sum(s.chars for s in left), sum(s.chars for s in right)) < 0.15 * total:
        return None
    left_lines = {round(s.y) for s in left}
    right_lines = {round(s.y) for s in right}
    if min(len(left_lines), len(right_lines)) < 2:
        return None
    shared = sum(1 for y in left_lines if any(abs(y - r) <= 2 for r in right_lines))
    if shared / len(left_lines | right_lines) >= 0.34:
        return None
    _mark_column_start(slab, right)
    return [left, right]


# --------------------------------------------------------------------- lines

_NO_SPACE_BEFORE = tuple(",.;:)]!?%")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_TAB_STOP = re.compile(r"[ \r\u00a0]*\t(?:[ \r\u00a0]*\t){2,}[ \r\u00a0]*")


def _group_rows(segs: list[Segment]) -> list[Row]:
    """Segments of one column grouped by baseline, top to bottom, each left to right."""
    ordered = sorted(segs, key=lambda s: (-s.y, s.x0))
    groups: list[list[Segment]] = []
    for seg in ordered:
        if groups:
            ref = groups[-1][0]
            small, large = sorted((ref.size, seg.size))
            tolerance = 0.45 * small
            # Superscripts ("1st", "TM") are short, smaller and raised: wider tolerance.
            short = min(ref.chars if ref.size == small else seg.chars, 99) <= 3
            if short and small <= 0.8 * large:
                tolerance = 0.6 * large
            if abs(ref.y - seg.y) <= max(tolerance, 0.5):
                groups[-1].append(seg)
                continue
        groups.append([seg])
    rows = []
    for group in groups:
        group.sort(key=lambda s: s.x0)
        size = max(group, key=lambda s: s.chars).size
        rows.append(Row(group, group[0].y, group[0].y, size))
    return rows


def _row_line(row: Row) -> Line:
    text = ""
    gapped = False
    prev: Segment | None = None
    for seg in row.segs:
        # Spaces inside a segment are pypdf's word spaces: one is enough. Several tabs
        # are a tab stop (Word's right-aligned dates): a column gap, like a wide gap.
        stops = _TAB_STOP.split(seg.text)
        piece = "  ".join(_SPACES.sub(" ", part) for part in stops)
        gapped = gapped or len(stops) > 1
        if prev is None:
            text = piece
        elif seg.joiner is not None:
            text = text.rstrip() + seg.joiner + piece.lstrip()
            gapped = gapped or seg.joiner == "  "
        else:
            gap = seg.x0 - prev.x1
            if gap > 2.0 * seg.size:
                text = text.rstrip() + "  " + piece.lstrip()
                gapped = True
            elif gap < 0.05 * seg.size and seg.size < 0.8 * prev.size:
                text += piece.strip()  # a superscript right after its number
            elif text.endswith(" ") or piece.startswith(" ") or piece.startswith(
                _NO_SPACE_BEFORE
            ):
                text += piece
            else:
                text += " " + piece
        prev = seg
    counted = [(len(t.strip()), b) for s in row.segs for t, b in s.parts if t.strip()]
    bold = bool(counted) and all(b for _, b in counted)
    bottom = row.bottom if row.bottom < row.y else None
    unsure = "cell" if row.lifted else (
        "column" if any(s.column_start for s in row.segs) else None)
    return Line(text, bold, round(row.size, 1), row.y, row.segs[0].x0, bottom, gapped,
                unsure=unsure)


def build_lines(segs: list[Segment]) -> list[Line]:
    """Segments of one column to lines: by baseline, then left to right, with
    stacked side cells folded into their row and wrapped list items marked."""
    rows = lift_side_cells(_group_rows(segs))
    lines = [_row_line(row) for row in rows]
    mark_continuations(lines)
    return lines


def order_page(runs: list[Run]) -> list[list[Line]]:
    """A page's runs as lines, grouped by reading block (column or band)."""
    segs = make_segments(runs)
    return [build_lines(block) for block in split_columns(segs)]
