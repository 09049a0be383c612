"""Symbols the PDF's font cannot draw are left out of the PDF.

Resumes made with online builders put emoji and icon glyphs in the contact line
("📧 jo@example.com | 📞 555-0100"). Our body font has none of them: Qt then draws
an empty box (the font's .notdef glyph), or borrows the symbol from another font,
and either way the PDF's text layer breaks around it (pypdf reads "\\x00" and a
line break where the icon was). The icon adds nothing the text next to it does
not say, so a *symbol* (Unicode "other symbol", private-use or unassigned code
points, and the joiners and modifiers that build emoji) that the chosen font
lacks is dropped, and the spaces around it are tidied.

Letters, digits and punctuation are never dropped: a name in Chinese or Greek is
drawn with whichever installed font has it (Qt's fallback), because it is the
resume's content. The .txt, .md and .docx exports keep every character; Word
draws emoji with the system's emoji font.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable

from PySide6.QtGui import QFont, QRawFont

from .layout import Block, HeaderLine, Layout, SectionLayout

_SYMBOL_CATEGORIES = {"So", "Co", "Cn", "Cs"}
# Pieces of emoji sequences: joiner, variation selectors, keycap, skin tones, tags.
_EMOJI_PARTS = re.compile("[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
_SPACES = re.compile(r"[ \t]{2,}")


class SymbolFilter:
    """Decides, once per character, whether the chosen fonts draw a symbol."""

    def __init__(self, fonts: Iterable[QFont]) -> None:
        # The font itself, not Qt's fallbacks (QFontMetrics.inFontUcs4 counts those).
        self._fonts = [QRawFont.fromFont(font) for font in fonts]
        self._known: dict[str, bool] = {}

    def drops(self, char: str) -> bool:
        """True for a symbol that some chosen font lacks (or an emoji piece)."""
        known = self._known.get(char)
        if known is None:
            if _EMOJI_PARTS.match(char):
                known = True
            elif unicodedata.category(char) in _SYMBOL_CATEGORIES:
                known = not all(f.supportsCharacter(ord(char)) for f in self._fonts)
            else:
                known = False
            self._known[char] = known
        return known

    def clean(self, text: str) -> str:
        """``text`` without the symbols the fonts lack, spaces left behind tidied."""
        if text.isascii():
            return text
        kept = "".join(ch for ch in text if not self.drops(ch))
        if kept == text:
            return text
        return _SPACES.sub(" ", kept).strip()


def drawable_layout(layout: Layout, fonts: Iterable[QFont]) -> Layout:
    """A copy of ``layout`` whose text the chosen fonts draw; a line left empty goes."""
    keep = SymbolFilter(fonts).clean

    def header(line: HeaderLine) -> HeaderLine:
        return dataclasses.replace(line, text=keep(line.text), dates=keep(line.dates))

    sections = []
    for section in layout.sections:
        blocks = []
        for block in section.blocks:
            lines = [h for h in map(header, block.header) if h.text or h.dates]
            drawn = [(keep(b), block.is_plain(i)) for i, b in enumerate(block.bullets)]
            bullets = [b for b, _plain in drawn if b]
            if lines or bullets:
                blocks.append(Block(header=lines, bullets=bullets,
                                    plain=[p for b, p in drawn if b] if block.plain else []))
        sections.append(SectionLayout(heading=keep(section.heading), blocks=blocks))
    return Layout(name=keep(layout.name) if layout.name else layout.name,
                  contact=[c for c in map(keep, layout.contact) if c],
                  summary=keep(layout.summary) if layout.summary else layout.summary,
                  sections=sections, summary_at=layout.summary_at)
