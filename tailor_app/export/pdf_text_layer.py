"""Repairing the text layer of the PDFs Qt writes, so copy, search and ATS read it right.

Qt maps each embedded glyph back to text (the font's ToUnicode CMap) with the
*lowest* code point the font draws with that glyph. Fonts share glyphs between
code points, so the map can name the wrong character:

- the space glyph is also the font's tab (U+0009), so words come out tab-separated;
- Noto/Source Han CJK draw 小 and the Kangxi radical ⼩ (U+2F29), 龙 and the
  radical ⻰ (U+2EF0) with one glyph: "李小龙" reads back as "李⼩⻰", which no
  search for the name finds.

We know exactly which characters we drew, so every map entry that names a
character we did not draw is put right: controls become a space, compatibility
characters their NFKC form when that is what we drew, and anything else the
drawn character that the same font draws with the same glyph (found with
``QRawFont``). Entries already naming a drawn character are never touched.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, IndirectObject, StreamObject

_HEX = r"<([0-9A-Fa-f]+)>"
_RANGE_ARRAY = re.compile(rf"{_HEX}\s*{_HEX}\s*\[((?:\s*<[0-9A-Fa-f]+>)*)\s*\]")
_RANGE = re.compile(rf"{_HEX}\s*{_HEX}\s*{_HEX}")
_CHAR = re.compile(rf"{_HEX}\s*{_HEX}")
_SECTION = re.compile(r"begin(bfrange|bfchar)(.*?)end\1", re.DOTALL)

_CMAP_HEAD = (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_CMAP_TAIL = ("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")

GlyphFinder = Callable[[str], Iterable[str]]


def _decode(hex_text: str) -> str:
    """UTF-16BE hex (surrogate pairs included) to text."""
    return bytes.fromhex(hex_text).decode("utf-16-be", errors="replace")


def _encode(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def parse_cmap(data: bytes) -> dict[int, str]:
    """Glyph id -> text of a ToUnicode CMap (bfchar and both bfrange forms)."""
    mapping: dict[int, str] = {}
    for kind, body in _SECTION.findall(data.decode("latin-1")):
        if kind == "bfchar":
            for src, dst in _CHAR.findall(body):
                mapping[int(src, 16)] = _decode(dst)
            continue
        for start, _end, items in _RANGE_ARRAY.findall(body):
            for offset, dst in enumerate(re.findall(_HEX, items)):
                mapping[int(start, 16) + offset] = _decode(dst)
        body = _RANGE_ARRAY.sub(" ", body)
        for start, end, dst in _RANGE.findall(body):
            first = _decode(dst)
            for offset in range(int(end, 16) - int(start, 16) + 1):
                # Ranges increment the last UTF-16 unit of the destination.
                mapping[int(start, 16) + offset] = first[:-1] + chr(ord(first[-1]) + offset)
    return mapping


def build_cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap with one bfchar line a glyph (at most 100 a block, per the spec)."""
    items = sorted(mapping.items())
    lines = [_CMAP_HEAD]
    for start in range(0, len(items), 100):
        chunk = items[start:start + 100]
        lines.append(f"{len(chunk)} beginbfchar\n")
        lines.extend(f"<{gid:04X}> <{_encode(text)}>\n" for gid, text in chunk)
        lines.append("endbfchar\n")
    lines.append(_CMAP_TAIL)
    return "".join(lines).encode("ascii")


def repair_entry(text: str, drawn: set[str], same_glyph: GlyphFinder) -> str:
    """The text a glyph really stands for; see the module docstring for the rules."""
    if not text or text == "\x00" or all(ch in drawn for ch in text):
        return text  # glyph 0 (.notdef) stands for nothing
    if len(text) == 1 and unicodedata.category(text) == "Cc":
        return " "
    compat = unicodedata.normalize("NFKC", text)
    if compat != text and all(ch in drawn for ch in compat):
        return compat
    if len(text) == 1:
        for candidate in same_glyph(text):
            if candidate in drawn:
                return candidate
    return text


def _fonts_of(page: DictionaryObject) -> list[tuple[int, DictionaryObject]]:
    resources = page.get("/Resources")
    fonts = resources.get_object().get("/Font") if resources is not None else None
    if fonts is None:
        return []
    found = []
    for ref in fonts.get_object().values():
        key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
        found.append((key, ref.get_object()))
    return found


def repair_pdf_text_layer(path: Path, drawn_text: str, same_glyph: GlyphFinder) -> bool:
    """Rewrite the ToUnicode maps of the PDF at ``path`` in place; True when changed."""
    drawn = {ch for ch in drawn_text if unicodedata.category(ch) != "Cc"} | {" "}
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    seen: set[int] = set()
    changed = False
    for page in writer.pages:
        for key, font in _fonts_of(page):
            if key in seen or "/ToUnicode" not in font:
                continue
            seen.add(key)
            stream = font["/ToUnicode"].get_object()
            if not isinstance(stream, StreamObject):
                continue
            mapping = parse_cmap(stream.get_data())
            fixed = {gid: repair_entry(text, drawn, same_glyph) for gid, text in mapping.items()}
            if fixed != mapping:
                stream.set_data(build_cmap(fixed))
                changed = True
    if changed:
        buffer = io.BytesIO()
        writer.write(buffer)
        path.write_bytes(buffer.getvalue())
    return changed
