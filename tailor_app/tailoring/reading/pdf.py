"""PDF resumes through pypdf, with reading order rebuilt from text positions.

The checks come first, because each has its own advice for the user: not a PDF
at all (``mismatch``), password-protected (``encrypted``), damaged (``corrupt``),
no text layer (``no_text``: a scan). Then every page's text runs are collected
with ``extract_text(visitor_text=...)`` and put back in reading order by
:mod:`.pdf_layout`; words broken by a hyphen at a line end are rejoined, and
inter-word spaces that pypdf loses in LuaTeX/XeTeX output are restored from the
kerning in ``TJ`` arrays.
"""

from __future__ import annotations

import io
import itertools
import math
import re
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError
from pypdf.generic import ArrayObject, ContentStream, NameObject, TextStringObject

from tailor_app.tailoring.model import TextLine
from tailor_app.tailoring.reading.errors import ResumeReadError
from tailor_app.tailoring.reading.pdf_fastparse import parse_operations
from tailor_app.tailoring.reading.pdf_layout import Line, Run, order_page
from tailor_app.tailoring.text import normalize_line, strip_icon_names

__all__ = ["CONTINUED_STYLE", "read_pdf"]

# The style hint of a line that continues the list item above it (it starts at the
# item's hanging indent). It is Word's name for a paragraph that continues a list
# item, so the parser treats a DOCX paragraph in that style the same way.
CONTINUED_STYLE = "List Continue"

MIN_CHARS_PER_PAGE = 80
# A TJ adjustment moving right by more than this (thousandths of an em) is a word
# space. Measured on the corpus TeX PDFs: interword glue is -150 to -450 (shrunk
# or stretched by justification), pair kerning -75 to +125. pypdf compares the
# absolute value with half the font's space width, so a tight kern pair ("T" +
# "e", +80) becomes "T eaching"; we decide instead.
_SPACE_KERN = 110
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"(?i)^(?:page\s*)?\d{1,2}(?:\s*(?:of|/)\s*\d{1,2})?$")
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold", re.I)
_HYPHEN_END = re.compile(r"([^\W\d_]{2,})[-\u00ad\u2010]$")
_WORD_START = re.compile(r"^([a-z][^\W\d_]*)")
# First halves of compounds that keep their hyphen when a line break splits them.
_COMPOUND_PREFIX_LIST = """self well non co cross multi full end real high low long short
    part state open
    client server data user team one two three cost time mission award world best
    cutting fast top front back hands face data-driven in on off re pre post sub"""
_COMPOUND_PREFIXES = frozenset(_COMPOUND_PREFIX_LIST.split())
# Second halves that make a hyphenated compound ("community-driven").
_COMPOUND_SUFFIX_LIST = """driven based oriented focused facing level time scale related centric
    specific friendly aware first like free wide ready minded making solving term profile
    stack end house site owned led"""
_COMPOUND_SUFFIXES = frozenset(_COMPOUND_SUFFIX_LIST.split())

_ENCRYPTED = (
    "This PDF is protected by a password; open it, print or export it to a new PDF "
    "without a password, and import that copy."
)
_CORRUPT = (
    "This PDF is damaged and can't be read; export it from your word processor as "
    "PDF again, or import the .docx or .txt version instead."
)


def _open(data: bytes) -> PdfReader:
    if b"%PDF" not in data[:1024]:
        raise ResumeReadError(
            "mismatch",
            "This file is named .pdf but is not a PDF; open it in its program and "
            "export it as PDF, or import it with its real extension.",
        )
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except DependencyError as exc:
                raise ResumeReadError("encrypted", _ENCRYPTED) from exc
            if not ok:
                raise ResumeReadError("encrypted", _ENCRYPTED)
        len(reader.pages)
    except ResumeReadError:
        raise
    except FileNotDecryptedError as exc:
        raise ResumeReadError("encrypted", _ENCRYPTED) from exc
    except Exception as exc:  # pypdf raises many types on malformed files
        raise ResumeReadError("corrupt", _CORRUPT) from exc
    return reader


def _font_is_bold(font: Any) -> bool:
    try:
        name = str(font.get("/BaseFont", "")) if font is not None else ""
    except Exception:  # a broken font dictionary must not stop the page
        return False
    return bool(_BOLD.search(name))


def _is_space_kern(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v < -_SPACE_KERN


def _prime_content(page: Any, reader: PdfReader) -> None:
    """Give pypdf the page's content already tokenized (see :mod:`.pdf_fastparse`).

    pypdf uses a ``ContentStream`` it finds under /Contents as is, and only parses
    its bytes when it holds no operations; when our tokenizer declines, nothing
    is changed and pypdf parses the page itself.
    """
    contents = page.get("/Contents")
    if contents is None:
        return
    stream = ContentStream(contents, reader, "bytes")
    operations = parse_operations(stream.get_data())
    if operations:
        stream._operations = operations
        page[NameObject("/Contents")] = stream


def _page_runs(page: Any) -> tuple[list[Run], list[str]]:
    """Positioned runs of one page in drawing order, and the text of rotated runs
    (side labels), which has no place in the line layout but must not be lost."""
    runs: list[Run] = []
    rotated: list[str] = []
    bold_cache: dict[int, bool] = {}

    def before(op: bytes, operands: list[Any], cm: Any, tm: Any) -> None:
        # Large TJ kerning gaps become real spaces and the rest of the numbers go
        # (see _SPACE_KERN): pypdf uses them for nothing but its own space guess.
        if op == b"TJ" and operands and isinstance(operands[0], ArrayObject):
            operands[0] = ArrayObject(
                TextStringObject(" ") if _is_space_kern(v) else v
                for v in operands[0]
                if _is_space_kern(v) or not isinstance(v, (int, float))
            )

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text:
            return
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        eff = abs(size) * math.hypot(c, d) or abs(size) or 10.0
        key = id(font)
        if key not in bold_cache:
            bold_cache[key] = _font_is_bold(font)
        ends = text.endswith("\n")
        clean = text.replace("\n", " ").rstrip(" ") if ends else text.replace("\n", " ")
        if a > 0 and d > 0 and abs(b) < 0.1 * a and abs(c) < 0.1 * d:
            runs.append(Run(clean, x, y, eff, bold_cache[key], ends))
        elif clean.strip():
            rotated.append(clean)

    page.extract_text(visitor_text=visit, visitor_operand_before=before)
    return runs, rotated


def _join_hyphenated(lines: list[Line], vocabulary: set[str]) -> None:
    """Rejoin "Prob-" + "lem" in place when the joined word is plausible."""
    for i in range(len(lines) - 1):
        head = _HYPHEN_END.search(lines[i].text.rstrip())
        nxt = _WORD_START.match(lines[i + 1].text.lstrip())
        if head is None or nxt is None:
            continue
        first, second = head.group(1), nxt.group(1)
        joined = (first + second).lower()
        hyphenated = f"{first}-{second}".lower()
        keep_hyphen = hyphenated in vocabulary or (
            joined not in vocabulary
            and (first.lower() in _COMPOUND_PREFIXES or second.lower() in _COMPOUND_SUFFIXES)
        )
        # Move the whole first token up, with punctuation glued to it ("account,").
        token = lines[i + 1].text.lstrip().split(" ", 1)
        base = lines[i].text.rstrip()[:-1]
        lines[i].text = base + ("-" if keep_hyphen else "") + token[0]
        lines[i].unsure = lines[i].unsure or "hyphen"
        lines[i + 1].text = token[1].lstrip() if len(token) > 1 else ""


def _vocabulary(blocks: list[list[Line]]) -> set[str]:
    """Words of the document, with and without internal hyphens, for rejoining."""
    words: set[str] = set()
    for block in blocks:
        for line in block:
            for w in re.findall(r"[^\W\d_]+(?:[-\u00ad\u2010][^\W\d_]+)*", line.text):
                words.add(re.sub("[\u00ad\u2010]", "-", w.lower()))
    return words


def _running_lines(pages: list[list[list[Line]]]) -> tuple[set[int], list[tuple[str, float]]]:
    """Running headers and footers: lines in the top or bottom band of a page whose
    text, digits aside, recurs there on another page ("February 10, 2026 Byungjin
    Park · Résumé 1", "John Doe – 1/2").

    Returns the ids of the lines to leave out where they stand, and the footer texts
    to add once at the end (as a .docx footer is read). A running header keeps its
    first occurrence in place (it may be the name); a bare page number ("2", "Page 1
    of 2") at the top or bottom of a page is dropped, even on a one-page resume.
    Read in page order, a footer would otherwise sit between two roles and pass for
    a role of its own, dated by the day the PDF was printed.
    """
    running: set[int] = set()
    bands: dict[tuple[str, str], list[Line]] = {}
    for blocks in pages:
        lines = [ln for block in blocks for ln in block if ln.size and ln.text.strip()]
        if len(lines) < 3:
            continue
        top = max(ln.y for ln in lines)
        bottom = min(ln.y for ln in lines)
        for ln in lines:
            band = "top" if ln.y >= top - 1.0 else "bottom" if ln.y <= bottom + 1.0 else ""
            if not band:
                continue
            text = normalize_line(ln.text)
            if _PAGE_NUMBER.match(text):
                running.add(id(ln))  # a page number, even on a one-page resume ("2")
                continue
            bands.setdefault((band, _DIGITS.sub("#", text.casefold())), []).append(ln)
    footers: list[tuple[str, float]] = []
    for (band, _), lines in bands.items():
        if len(lines) < 2:
            continue
        text = strip_icon_names(normalize_line(lines[0].text))
        if band == "top" and not _PAGE_NUMBER.match(text):
            lines = lines[1:]
        elif not _PAGE_NUMBER.match(text):
            footers.append((text, lines[0].size))
        running.update(id(ln) for ln in lines)
    return running, footers


def _low(line: Line) -> float:
    """The lowest baseline a line took in (a stacked side cell moved up into it)."""
    return line.y if line.bottom is None else line.bottom


def read_pdf(data: bytes) -> tuple[list[TextLine], int, list[str]]:
    """Lines of a PDF, its page count, and warnings worth showing the user."""
    reader = _open(data)
    # pypdf logs oddities of malformed files through the "pypdf" logger; they go to
    # the app's log like any other library's (changing its level here would not be
    # thread-safe, and the workflow reads resumes on worker threads).
    try:
        pages = []
        for page in reader.pages:
            _prime_content(page, reader)
            runs, rotated = _page_runs(page)
            blocks = order_page(runs)
            if rotated:
                blocks.append([Line(t, False, 0.0, 0.0) for t in rotated])
            pages.append(blocks)
    except ResumeReadError:
        raise
    except Exception as exc:
        raise ResumeReadError("corrupt", _CORRUPT) from exc

    out: list[TextLine] = []
    chars = 0
    running, footers = _running_lines(pages)
    for number, blocks in enumerate(pages):
        vocabulary = _vocabulary(blocks)
        for block in blocks:
            _join_hyphenated(block, vocabulary)
            gaps = sorted(_low(a) - b.y for a, b in itertools.pairwise(block)
                          if _low(a) > b.y)
            usual = gaps[len(gaps) // 2] if gaps else 0.0
            for k, line in enumerate(block):
                if id(line) in running:
                    continue
                if k and usual and _low(block[k - 1]) - line.y > 1.9 * usual:
                    out.append(TextLine("", page=number))
                text = strip_icon_names(normalize_line(line.text))
                if not text:
                    continue  # emptied by rejoining a hyphenated word
                chars += sum(1 for c in text if not c.isspace())
                out.append(TextLine(text, bold=line.bold or None, size=line.size,
                                    page=number,
                                    style=CONTINUED_STYLE if line.continues else None,
                                    unsure=line.unsure))
            out.append(TextLine("", page=number))
    for text, size in footers:
        chars += sum(1 for c in text if not c.isspace())
        out.append(TextLine(text, size=size, page=len(pages) - 1, source="footer"))
    page_count = len(reader.pages)
    if page_count == 0 or chars < MIN_CHARS_PER_PAGE * page_count:
        raise ResumeReadError(
            "no_text",
            "This PDF looks scanned: it has no text layer, so its words can't be read. "
            "Export it from your word processor as PDF again, or import the "
            ".docx/.txt instead.",
        )
    return out, page_count, []
