"""The one way a skills line is cut into items, for the parser, the tailor and the guard.

Three splitters used to disagree (one split "CI/CD", two did not), so a list was
reordered or left alone depending on which one ran, and the guard could compare a
line by other items than the tailor moved. Everything now asks this module.

A line is an optional category ("Languages: ") and its items with the separators
between them, kept exactly, so ``prefix + items and separators interleaved`` gives
the line back character for character. Items are separated by commas, semicolons,
pipes, bullet glyphs, a wide gap (two spaces) or a slash with a space before it
(" / "); never inside brackets ("Excel (pivot tables, XLOOKUP)" is one item) and
never on a slash inside a word ("CI/CD", "TCP/IP").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SEPARATOR_GLYPHS = ",;|•·▪●◦"
_CATEGORY = re.compile(r"^([^:]{1,40}):\s+(?=\S)")
_MAX_LINE = 1000


@dataclass(frozen=True)
class SkillLine:
    """A skills line cut into its parts; ``text()`` rebuilds it exactly."""

    prefix: str  # "Languages: " as written (with its trailing space), or ""
    pieces: tuple[str, ...]  # the items with the spaces around them, as written
    separators: tuple[str, ...]  # what stood between piece i and i+1, as written

    @property
    def category(self) -> str:
        """The category's name, compared without case or spaces ("languages")."""
        return self.prefix.strip().rstrip(":").strip().casefold()

    @property
    def items(self) -> list[str]:
        """The items without surrounding spaces, in order (empty pieces kept)."""
        return [p.strip() for p in self.pieces]

    def text(self) -> str:
        out = [self.prefix]
        for k, piece in enumerate(self.pieces):
            out.append(piece)
            if k < len(self.separators):
                out.append(self.separators[k])
        return "".join(out)


def _category_end(line: str) -> int:
    found = _CATEGORY.match(line[:_MAX_LINE])
    if found and len(found.group(1).split()) <= 5:
        return found.end()
    return 0


@lru_cache(maxsize=4096)
def split_skill_line(line: str) -> SkillLine:
    """The category, items and separators of one skills line (see module docstring).

    Matching, ordering and the guard each cut the same skills lines in one job, so
    the (immutable) answer is remembered.
    """
    start = _category_end(line)
    prefix, text = line[:start], line[start:]
    pieces: list[str] = []
    separators: list[str] = []
    depth, cut, k = 0, 0, 0
    while k < len(text):
        ch = text[k]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and k < _MAX_LINE:
            end = _separator_end(text, k)
            if end is not None:
                # The separator takes the spaces around it, so items carry none.
                left = k
                while left > cut and text[left - 1] == " ":
                    left -= 1
                pieces.append(text[cut:left])
                separators.append(text[left:end])
                cut = k = end
                continue
        k += 1
    pieces.append(text[cut:])
    return SkillLine(prefix, tuple(pieces), tuple(separators))


def _separator_end(text: str, k: int) -> int | None:
    """Where the separator starting at ``text[k]`` ends (spaces after it included)."""
    ch = text[k]
    if ch in SEPARATOR_GLYPHS or (ch == "/" and text[k - 1:k] == " "):
        end = k + 1
    elif ch == " " and text[k + 1:k + 2] == " " and text[:k].strip():
        end = k + 2  # a wide gap between two items
    else:
        return None
    while end < len(text) and text[end] == " ":
        end += 1
    if ch == " " and (end >= len(text) or text[end] in SEPARATOR_GLYPHS or text[end] == "/"):
        return None  # spaces before a glyph belong to that glyph's separator
    return end


_LEADING_AND = re.compile(r"^(?:and|&)\s+")  # compiled once, not looked up per call


def skill_items(line: str) -> list[str]:
    """The items a skills line names, cleaned for a list: "Languages: Python, Java" ->
    Python, Java; a leading "and"/"&", a trailing full stop and a label ("Over 5000
    lines:") are left out, and so is anything too long to be one skill."""
    out: list[str] = []
    for item in split_skill_line(line).items:
        item = item.strip(" .\t")
        item = _LEADING_AND.sub("", item)
        if item and len(item) <= 80 and len(item.split()) <= 8 and not item.endswith(":"):
            out.append(item)
    return out


__all__ = ["SkillLine", "skill_items", "split_skill_line"]
