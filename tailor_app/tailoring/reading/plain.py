"""Plain-text and Markdown resumes: decoding with fallbacks, and markup removal.

People save text resumes from every editor there is: UTF-8 with or without a BOM,
UTF-16 from Windows Notepad, cp1252 from older tools. We try the encodings that
announce themselves first (BOMs), then the NUL-byte pattern of BOM-less UTF-16,
then strict UTF-8, then cp1252, which accepts any byte. Binary files wearing a
.txt name are refused rather than imported as noise.

Markdown syntax is removed but its meaning is kept as hints: "# Skills" becomes
the line "Skills" with style "Heading 1", "* item" becomes "item" with
``is_bullet``. Plain text keeps its lines as written, except ASCII rules
("=====", "SKILLS -----"), which are layout, not content.
"""

from __future__ import annotations

import re
import unicodedata

from tailor_app.tailoring.model import TextLine
from tailor_app.tailoring.reading.errors import ResumeReadError
from tailor_app.tailoring.text import normalize_line

__all__ = ["decode_text", "read_markdown", "read_plain_text"]

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAGIC_NAMES = ((b"%PDF", "a PDF"), (b"PK\x03\x04", "a Word .docx or other zip"),
                (b"\xd0\xcf\x11\xe0", "an old Word .doc"))


def _guess_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4000]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nul = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd_nul = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if odd_nul >= 0.4 * pairs and even_nul <= 0.05 * pairs:
        return "utf-16-le"
    if even_nul >= 0.4 * pairs and odd_nul <= 0.05 * pairs:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> str:
    """Bytes of a text file to str; raises ``mismatch`` for binary data."""
    for magic, what in _MAGIC_NAMES:
        if data.startswith(magic):
            raise ResumeReadError(
                "mismatch",
                f"This file is named as text but is really {what} file; "
                "rename it with the right extension and import it again.",
            )
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    if text is None and b"\x00" in data:
        guessed = _guess_utf16(data)
        if guessed is None:
            raise _binary_error()
        text = data.decode(guessed, errors="replace")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = text.lstrip("\ufeff")
    controls = sum(
        1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f"
    )
    if "\x00" in text or controls > max(3, 0.01 * len(text)):
        raise _binary_error()
    return text


def _binary_error() -> ResumeReadError:
    return ResumeReadError(
        "mismatch",
        "This file is named as text but holds binary data; open your resume in its "
        "program and save or export it as PDF, DOCX or plain text.",
    )


# ---------------------------------------------------------------- inline markup

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\] ?\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+|[^@>\s]+@[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EMPH_UNDER = re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_CODE = re.compile(r"`([^`]+)`")
_DANGLING = re.compile(r"^(\*{1,2}|_{1,2})(?=[^\s*_])|(?<=[^\s*_\\])(\*{1,2}|_{1,2})$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")


def _strip_inline(s: str, full: bool) -> tuple[str, bool]:
    """Remove inline markup; returns the text and whether it was all bold.

    ``full`` is False for plain-text files, where only the unambiguous leftovers
    of Markdown (bold, links) are removed so a "*" in ordinary text survives.
    """
    whole_bold = bool(re.fullmatch(r"\s*(\*\*|__)(?=\S).+(?<=\S)\1[:.]?\s*", s))
    s = _IMAGE.sub(r"\1", s)
    s = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2)
                  else f"{m.group(1)} ({m.group(2).removeprefix('mailto:')})", s)
    s = _STRONG.sub(r"\2", s)
    if full:
        s = _REF_LINK.sub(r"\1", s)
        s = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), s)
        s = _EMPH_STAR.sub(r"\1", s)
        s = _EMPH_UNDER.sub(r"\1", s)
        s = _CODE.sub(r"\1", s)
        # Emphasis spanning a line break leaves a marker at one end of each line.
        s = _DANGLING.sub("", s)
        s = _ESCAPE.sub(r"\1", s)
    return s, whole_bold


# ----------------------------------------------------------------- plain text

_RULE = re.compile(r"^\s*([=\-_*~#+.])\1{3,}\s*$")
_TITLED_RULE = re.compile(r"^\s*(\S.*?\S|\S)\s+([=\-_*~#])\2{3,}\s*$")
# A tab between words is a tab stop: a column gap, kept as the two spaces the parser
# reads as one ("Accounts Payable<tab>Three-Way Match" stays two items, "2021 – present
# <tab>Maintenance Technician" a date column), as the Word reader keeps it.
_INNER_TABS = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
_TXT_BULLET = re.compile(r"^\s*([-*+•●▪◦‣–■►✓]|\d{1,2}[.)])\s+\S")


def read_plain_text(text: str) -> list[TextLine]:
    """Lines of a .txt resume with rules dropped and rule-marked headings kept."""
    raw = text.splitlines()
    lines: list[TextLine] = []
    for i, line in enumerate(raw):
        if _RULE.match(line):
            # A rule under a short line makes that line a heading (setext style).
            if lines and lines[-1].text and i > 0 and raw[i - 1].strip() and len(
                lines[-1].text
            ) <= 60:
                prev = lines.pop()
                lines.append(TextLine(prev.text, style="Heading 1", bold=prev.bold))
            continue
        titled = _TITLED_RULE.match(line)
        if titled:
            lines.append(TextLine(normalize_line(titled.group(1)), style="Heading 1"))
            continue
        cleaned, bold = _strip_inline(line, full=False)
        if "\t" in cleaned:
            cleaned = _INNER_TABS.sub("  ", cleaned)
        lines.append(TextLine(normalize_line(cleaned), bold=bold or None,
                              is_bullet=bool(_TXT_BULLET.match(line))))
    return lines


# ------------------------------------------------------------------- markdown

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_HR = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_DEFINITION = re.compile(r"^\s{0,3}:\s{1,4}")
_REF_DEF = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*(\S+)")
_FENCE = re.compile(r"^\s*(```|~~~)")


def read_markdown(text: str) -> list[TextLine]:
    """Lines of a Markdown resume with syntax removed and its structure as hints."""
    raw = text.splitlines()
    lines: list[TextLine] = []
    in_fence = False
    for i, source in enumerate(raw):
        if _FENCE.match(source):
            in_fence = not in_fence
            continue
        if in_fence:
            lines.append(TextLine(normalize_line(source)))
            continue
        line = source
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        prev_text = raw[i - 1].strip() if i > 0 else ""
        setext = _SETEXT.match(line)
        if setext and prev_text and lines and lines[-1].text and not _HR.match(prev_text):
            level = 1 if setext.group(1)[0] == "=" else 2
            prev = lines.pop()
            lines.append(TextLine(prev.text, style=f"Heading {level}", bold=prev.bold))
            continue
        if _HR.match(line):
            lines.append(TextLine(""))
            continue
        ref = _REF_DEF.match(line)
        if ref:
            lines.append(TextLine(normalize_line(f"{ref.group(1)}: {ref.group(2)}")))
            continue
        style = None
        atx = _ATX.match(line)
        if atx:
            style = f"Heading {len(atx.group(1))}"
            line = atx.group(2)
        elif i + 1 < len(raw) and _DEFINITION.match(raw[i + 1]) and not _DEFINITION.match(line):
            # Pandoc's name for the term of a definition list ("My Cool Side Project"
            # over ":   For items..."): an entry's name, never a section heading.
            style = "Definition Term"
        is_bullet = bool(_MD_BULLET.match(line))
        line = _MD_BULLET.sub("", line, count=1)
        line = _DEFINITION.sub("", line, count=1)
        line = re.sub(r"(\\|\s{2,})$", "", line)  # hard line breaks
        cleaned, bold = _strip_inline(line, full=True)
        if "\t" in cleaned:
            cleaned = _INNER_TABS.sub("  ", cleaned)
        lines.append(TextLine(normalize_line(cleaned), style=style, bold=bold or None,
                              is_bullet=is_bullet))
    return lines
