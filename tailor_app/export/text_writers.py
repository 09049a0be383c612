"""The .txt and .md exports.

The .txt file is the canonical text (``render_text``) byte for byte, so what the
user read in the app, what the guard checked and what they send are the same.
The .md file shows the same structure in Markdown that renders well on GitHub,
in Obsidian or any CommonMark viewer, with the user's own characters escaped so
"C#", "C++", "*nix" or "snake_case" come out as written.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..tailoring import ParsedResume, render_text
from .layout import CONTACT_JOIN, HeaderLine, build_layout

# Characters that make inline Markdown anywhere in a line.
_INLINE = re.compile(r"([\\`*\[\]<>~])")
# "_" only starts emphasis at a word edge; inside "snake_case" it is literal.
_EDGE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What a line may not start with: a heading, a quote, a list item, a code fence...
_BLOCK_START = re.compile(r"^(\s*)(#|[-+](?=\s|$)|=+\s*$|-+\s*$|\|)")
_ORDERED = re.compile(r"^(\s*\d+)([.)])")
HARD_BREAK = "  \n"  # two spaces: the line break every Markdown flavour knows


def escape_markdown(text: str) -> str:
    """``text`` with Markdown syntax characters escaped, so it renders literally."""
    text = _INLINE.sub(r"\\\1", text)
    text = _EDGE_UNDERSCORE.sub(r"\\_", text)
    text = _ENTITY.sub(r"\\&", text)
    ordered = _ORDERED.match(text)
    if ordered:  # "2019. Promoted" is not item 2019
        return f"{ordered.group(1)}\\{ordered.group(2)}{text[ordered.end():]}"
    return _BLOCK_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text, count=1)


def plain_text(resume: ParsedResume, summary: str | None, stored_text: str | None) -> str:
    """The .txt content: the stored canonical text, or the same rendered again."""
    if stored_text and stored_text.strip():
        return stored_text if stored_text.endswith("\n") else stored_text + "\n"
    return render_text(resume, summary)


def _header_md(line: HeaderLine) -> str:
    text = escape_markdown(line.text)
    if line.strong:
        text = f"**{text}**"
    if line.dates:
        text = f"{text}{CONTACT_JOIN}{escape_markdown(line.dates)}"
    return text


def markdown_text(resume: ParsedResume, summary: str | None) -> str:
    """The .md content: ``# Name``, the contact line, ``## Section``, bold roles, ``-`` bullets."""
    layout = build_layout(resume, summary)
    blocks: list[str] = []
    if layout.name:
        blocks.append(f"# {escape_markdown(layout.name)}")
    if layout.contact:
        blocks.append(HARD_BREAK.join(escape_markdown(line) for line in layout.contact))
    for index, section in enumerate(layout.sections):
        if index == layout.summary_at and layout.summary:
            blocks.append(escape_markdown(layout.summary))  # see ``render.summary_place``
        if section.heading:
            blocks.append(f"## {escape_markdown(section.heading)}")
        for block in section.blocks:
            if block.header:
                blocks.append(HARD_BREAK.join(_header_md(h) for h in block.header))
            for plain, lines in block.runs():  # a description line is a paragraph
                blocks.append(HARD_BREAK.join(escape_markdown(b) for b in lines) if plain
                              else "\n".join(f"- {escape_markdown(b)}" for b in lines))
    if layout.summary and layout.summary_at >= len(layout.sections):
        blocks.append(escape_markdown(layout.summary))
    return "\n\n".join(blocks) + "\n"


def write_text(path: Path, content: str) -> None:
    """UTF-8 without a BOM, ``\\n`` line ends on every platform (what editors expect)."""
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(content)
