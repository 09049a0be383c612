"""Highlighting the posting's skills in the resume texts.

One ``QSyntaxHighlighter`` per text view, fed the posting's skill names and the
resume's own words for them ("Postgres" for "PostgreSQL"), so the user sees at a
glance where each asked-for skill appears in the tailored text and in the original.
Terms are matched case-insensitively on word boundaries, longest first, in a single
compiled pattern, so a 2-page resume re-highlights in well under a millisecond a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from . import theme


def build_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One alternation of the terms, longest first, bounded by non-word characters."""
    unique = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not unique:
        return None
    alternation = "|".join(re.escape(t) for t in unique)
    return re.compile(rf"(?<![\w+#])(?:{alternation})(?![\w+#])", re.IGNORECASE)


def _utf16_offsets(text: str) -> list[int] | None:
    """Qt counts UTF-16 units; map code-point offsets when the line has astral characters."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    offsets, position = [], 0
    for ch in text:
        offsets.append(position)
        position += 2 if ord(ch) >= 0x10000 else 1
    offsets.append(position)
    return offsets


class SkillHighlighter(QSyntaxHighlighter):
    """Marks every occurrence of the given terms with a soft background."""

    def __init__(self, document: QTextDocument, parent: Any = None) -> None:
        super().__init__(document)
        self._pattern: re.Pattern[str] | None = None
        self._format = QTextCharFormat()
        self.refresh_colours()

    def refresh_colours(self) -> None:
        """Re-read the palette (after a light/dark switch)."""
        self._format = QTextCharFormat()
        self._format.setBackground(theme.highlight_colour())
        self.rehighlight()

    def set_terms(self, terms: Iterable[str]) -> None:
        self._pattern = build_pattern(terms)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self._pattern is None or not text:
            return
        offsets = _utf16_offsets(text)
        for match in self._pattern.finditer(text):
            start, end = match.start(), match.end()
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            self.setFormat(start, end - start, self._format)
