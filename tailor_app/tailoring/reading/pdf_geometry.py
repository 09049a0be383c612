"""The pieces a PDF page's text is rebuilt from: runs, segments on a baseline, lines.

Kept apart from the grouping (``pdf_layout``) and the cell handling (``pdf_cells``)
so both can use them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Line", "Run", "Segment"]


@dataclass
class Run:
    """One piece of text pypdf reported, in drawing order."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    ends_line: bool  # pypdf put a line break after it


@dataclass
class Segment:
    """Consecutive runs on one baseline: a piece of a line with known spacing."""

    x0: float
    x1: float
    y: float
    size: float
    parts: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold)
    # Set on a side cell moved up from a lower row (see pdf_cells): how it is joined to
    # the cell before it, instead of a gap measured from positions that no longer apply.
    joiner: str | None = None
    column_start: bool = False  # the top of a column split off by a gutter

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.parts)

    @property
    def bold(self) -> bool:
        return all(b for t, b in self.parts if t.strip())

    @property
    def chars(self) -> int:
        return sum(len(t.strip()) for t, _ in self.parts)


@dataclass
class Line:
    """One rebuilt line: raw text (not yet normalised) and its hints."""

    text: str
    bold: bool
    size: float
    y: float
    x0: float = 0.0
    bottom: float | None = None  # lowest baseline folded into this line, when lower than y
    gapped: bool = False  # holds a column gap: a row of cells, not a run of prose
    continues: bool = False  # continues the list item above at its hanging indent
    unsure: str | None = None  # a guess made here (model.UNSURE_REASONS)
