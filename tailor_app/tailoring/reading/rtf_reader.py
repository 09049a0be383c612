"""Rich Text Format resumes (.rtf, and the .doc files Word saves as RTF).

A small tokenizer of our own instead of a package: ``striprtf`` gives plain text
only, and we need what the .docx reader keeps — heading styles, bold, font size,
list items, table rows — for the parser to find sections. RTF is a flat stream of
control words in nested groups; this reads the subset every word processor writes
(paragraphs, line breaks, tabs, tables, the stylesheet, lists, Unicode and
code-page escapes, page headers and footers) and skips every destination it does
not need (fonts, colours, pictures, document info, field instructions).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace

from tailor_app.tailoring.model import TextLine
from tailor_app.tailoring.reading.errors import ResumeReadError
from tailor_app.tailoring.reading.parts import unique_lines
from tailor_app.tailoring.text import normalize_line

__all__ = ["looks_like_rtf", "read_rtf"]

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with an optional number
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    rb"|\\([^a-zA-Z'])"  # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"  # line ends in the source mean nothing
    rb"|([^\\{}\r\n]+)",
    re.S,
)
# Destinations whose text is not part of the resume.
_SKIP = frozenset(
    b"fonttbl colortbl info pict object themedata colorschememapping latentstyles "
    b"datastore xmlnstbl listtable listoverridetable rsidtbl generator fldinst "
    b"bkmkstart bkmkend footnote annotation atnid atnauthor comment filetbl revtbl "
    b"pgdsctbl userprops docvar nonshppict shpinst sp sn sv blipuid mmathPr "
    b"wgrffmtfilter panose falt fname listpicture protusertbl ftnsep ftnsepc aftnsep "
    b"aftnsepc pnseclvl template operator keywords stylesheet".split()
)
_HEADERS = {b"header": "header", b"headerl": "header", b"headerr": "header",
            b"headerf": "header", b"footer": "footer", b"footerl": "footer",
            b"footerr": "footer", b"footerf": "footer"}
_SYMBOLS = {b"emdash": "—", b"endash": "–", b"bullet": "•", b"lquote": "‘",
            b"rquote": "’", b"ldblquote": "“", b"rdblquote": "”", b"emspace": " ",
            b"enspace": " ", b"qmspace": " "}
_MAX_TOKENS = 5_000_000


@dataclass
class _State:
    """What a group carries: character and paragraph properties, and where text goes."""

    skip: bool = False
    bold: bool = False
    size: float | None = None
    style: int = 0
    in_table: bool = False
    listed: bool = False
    unicode_skip: int = 1
    target: str = "body"  # "body", "header", "footer", "stylesheet", "listtext"


@dataclass
class _Paragraph:
    pieces: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold)
    size: float | None = None

    def add(self, text: str, state: _State) -> None:
        if text:
            self.pieces.append((text, state.bold))
            if self.size is None and text.strip():
                self.size = state.size

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)

    @property
    def bold(self) -> bool:
        shown = [b for t, b in self.pieces if t.strip()]
        return bool(shown) and all(shown)


class _Reader:
    def __init__(self, codepage: str) -> None:
        self.codepage = codepage
        self.styles: dict[int, str] = {}
        self.style_text: list[str] = []
        self.style_index = 0
        self.out: dict[str, list[TextLine]] = {"body": [], "header": [], "footer": []}
        self.paragraphs: dict[str, _Paragraph] = {}
        self.row: list[list[TextLine]] = []  # the current table row's cells
        self.cell: list[TextLine] = []
        self.pending_skip = 0  # characters still to drop after a \u escape

    # -- paragraphs

    def para(self, target: str) -> _Paragraph:
        return self.paragraphs.setdefault(target, _Paragraph())

    def end_paragraph(self, state: _State) -> None:
        target = state.target if state.target in self.out else "body"
        paragraph = self.paragraphs.pop(target, _Paragraph())
        # \\u gives UTF-16 code units: an emoji arrives as two surrogates to join.
        text = paragraph.text.encode("utf-16-le", "surrogatepass").decode("utf-16-le",
                                                                          "replace")
        style = self.styles.get(state.style)
        if style is not None and style.casefold() == "normal":
            style = None
        for part in text.split("\n"):
            line = normalize_line(part.replace("\t", "  "))
            text_line = TextLine(line, style=style, bold=(paragraph.bold and bool(line)) or None,
                                 size=paragraph.size, is_bullet=state.listed,
                                 source="table" if state.in_table else target)
            if state.in_table and target == "body":
                self.cell.append(text_line)
            else:
                self.out[target].append(text_line)

    def end_cell(self, state: _State) -> None:
        if self.paragraphs.get("body") and self.paragraphs["body"].text.strip():
            self.end_paragraph(state)
        self.row.append([line for line in self.cell if line.text])
        self.cell = []

    def end_row(self) -> None:
        cells = [cell for cell in self.row if cell]
        self.row = []
        if not cells:
            return
        if len(cells) > 1 and all(len(cell) == 1 for cell in cells):
            first = cells[0][0]
            self.out["body"].append(replace(
                first, text="  ".join(cell[0].text for cell in cells),
                bold=all(cell[0].bold for cell in cells) or None))
        else:
            for cell in cells:
                self.out["body"].extend(cell)

    # -- text

    def text(self, chunk: str, state: _State) -> None:
        if self.pending_skip:
            dropped = min(self.pending_skip, len(chunk))
            chunk = chunk[dropped:]
            self.pending_skip -= dropped
        if not chunk or state.skip or state.target == "listtext":
            return
        if state.target == "stylesheet":
            self.style_text.append(chunk)
            return
        self.para(state.target if state.target in self.out else "body").add(chunk, state)

    def end_style(self) -> None:
        name = "".join(self.style_text).strip().rstrip(";").strip()
        if name:
            self.styles[self.style_index] = name
        self.style_text = []

    # -- the token loop

    def run(self, data: bytes) -> None:
        stack: list[_State] = []
        state = _State()
        starting_group = False  # just after "{": the next word may name a destination
        for count, match in enumerate(_TOKEN.finditer(data)):
            if count > _MAX_TOKENS:
                raise ResumeReadError("too_large", "This RTF file is far larger than a "
                                      "resume; save a smaller copy and import that.")
            word, number, hex_byte, symbol, brace, plain = match.groups()
            if brace == b"{":
                stack.append(state)
                state = replace(state)
                starting_group = True
                if state.target == "stylesheet":
                    self.style_index = 0  # a style without \\sN is style 0 (Normal)
                continue
            if brace == b"}":
                if state.target == "stylesheet" and stack and stack[-1].target == "stylesheet":
                    self.end_style()
                closes_part = state.target in ("header", "footer") and (
                    not stack or stack[-1].target != state.target)
                if closes_part and self.para(state.target).text.strip():
                    self.end_paragraph(state)
                state = stack.pop() if stack else _State()
                starting_group = False
                continue
            first_in_group, starting_group = starting_group, False
            if plain is not None:
                self.text(plain.decode(self.codepage, errors="replace"), state)
            elif hex_byte is not None:
                self.text(bytes([int(hex_byte, 16)]).decode(self.codepage, errors="replace"),
                          state)
            elif symbol is not None:
                self.symbol(symbol, state, first_in_group)
            elif word is not None:
                state = self.control(word, None if number is None else int(number),
                                     state, first_in_group)

    def symbol(self, symbol: bytes, state: _State, first_in_group: bool) -> None:
        if symbol == b"*" and first_in_group:
            state.skip = True  # an ignorable destination we do not know
        elif symbol in (b"\\", b"{", b"}"):
            self.text(symbol.decode(), state)
        elif symbol == b"~":
            self.text("\u00a0", state)
        elif symbol == b"_":
            self.text("-", state)
        elif symbol in (b"\n", b"\r"):
            self.end_paragraph(state)

    def control(self, word: bytes, number: int | None, state: _State,
                first_in_group: bool) -> _State:
        if first_in_group and word in _HEADERS:
            state.target = _HEADERS[word]
        elif word == b"stylesheet":
            state.target = "stylesheet"
        elif word in (b"listtext", b"pntext"):
            state.target = "listtext"
            state.listed = True
        elif word in _SKIP and first_in_group:
            state.skip = True
        elif word == b"par":
            if state.target == "body" and state.in_table and not self.para("body").text.strip():
                return state
            self.end_paragraph(state)
        elif word == b"line":
            self.text("\n", state)
        elif word == b"tab":
            self.text("\t", state)
        elif word == b"cell":
            self.end_cell(state)
        elif word == b"row":
            self.end_row()
        elif word == b"intbl":
            state.in_table = True
        elif word == b"pard":
            state.in_table, state.listed, state.style = False, False, 0
        elif word in (b"ls", b"ilvl", b"pnlvlblt", b"pnlvlbody"):
            state.listed = True
        elif word == b"plain":
            state.bold, state.size = False, None
        elif word == b"b":
            state.bold = number != 0
        elif word == b"fs" and number:
            state.size = number / 2
        elif word == b"s" and number is not None:
            state.style = number
            if state.target == "stylesheet":
                self.style_index = number
        elif word == b"uc" and number is not None:
            state.unicode_skip = max(number, 0)
        elif word == b"u" and number is not None:
            self.text(chr(number % 65536), state)
            self.pending_skip = state.unicode_skip
        elif word in _SYMBOLS:
            self.text(_SYMBOLS[word], state)
        return state


def looks_like_rtf(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def _codepage(data: bytes) -> str:
    found = re.search(rb"\\ansicpg(\d{3,5})", data[:4096])
    name = f"cp{found.group(1).decode()}" if found else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def read_rtf(data: bytes) -> list[TextLine]:
    """Lines of an RTF file: page-header lines, the body, footer lines."""
    if not looks_like_rtf(data):
        raise ResumeReadError(
            "mismatch",
            "This file is named .rtf but is not Rich Text; open it in its program and "
            "save it as .rtf, .docx, PDF or plain text.")
    reader = _Reader(_codepage(data))
    reader.run(data)
    final = _State()
    if reader.para("body").text.strip():
        reader.end_paragraph(final)
    if reader.row or reader.cell:
        reader.end_cell(final)
        reader.end_row()
    header = unique_lines(reader.out["header"], footer=False)
    footer = unique_lines(reader.out["footer"], footer=True)
    return header + reader.out["body"] + footer
