"""What the words around a hit say about it: whether a short ambiguous name is the
programming language or tool (its neighbours, its list), whether two words join into
one name, and whether a span sits inside a web address."""

from __future__ import annotations

import re

# Case-exact aliases that need list or programming context (besides every single letter):
# "Go" is a verb, "A+" a grade, "Fluent" (ANSYS Fluent) says "fluent in English",
# "Principle" (the prototyping app) opens "Principle of least privilege".
_CONTEXT_WORDS = frozenset({"Go", "A+", "Fluent", "Principle"})
# Words around an ambiguous alias that say "this is the programming language".
_TECH_NEXT = frozenset({
    "programming", "language", "languages", "lang", "code", "coding", "developer",
    "developers", "development", "programmer", "programmers", "scripts", "scripting",
    "packages", "package", "libraries", "library", "modules", "module", "services",
    "microservices", "backend", "compiler", "runtime", "toolchain", "shiny", "markdown",
    "tidyverse", "ggplot2", "dplyr", "routines", "firmware", "stdlib", "concurrency",
    "goroutines", "standard", "engineer", "engineers",
    "语言", "言語", "编程", "開発", "开发",  # "R语言", "Go言語": language, programming
})
_TECH_PREV = frozenset({"in", "using", "with", "languages", "language", "programming"})
# Text between two list items: commas, slashes, bars, bullets, "and"/"or", line breaks.
_LIST_GAP = re.compile(r"[\s,;/|&+·•]*(?:(?:and|or|&)\s+)?", re.IGNORECASE)
_INITIAL_AFTER = re.compile(r"\.\s+[A-Z]")
# What may stand between two words of one phrase: spaces and at most one hyphen, dash,
# slash or ampersand. A phrase never spans a comma, a parenthesis, a full stop or a line
# break, so "AWS (EKS)" is two hits and "SQL. Server" is not "SQL Server".
_JOIN = re.compile(r"[ \t\u00a0]*(?:[-\u2010-\u2014/&][ \t\u00a0]*)?")
# A possessive inside a name is part of it: the apostrophe of "Driver's" (which splits
# "driver" from "s"), or of a plural's "workers' comp" before the next word.
_APOSTROPHES = ("'", "\u2019")
_PLURAL_POSSESSIVE = ("' ", "\u2019 ")


# The pharmacopeia writes its chapters in angle brackets ("USP <797>", "USP <800>"): the
# bracket before the number joins the name as a space would, so the pharmacy's usual
# spelling finds USP 797 (the closing bracket stands after the name, like a comma).
_BRACKETED_CHAPTERS = frozenset({"usp"})


# What ``_joins`` says of a gap, whatever the word before: the matcher asks it of the
# same few gaps (", ", "\n", " - ") between most words of every text.
_GAPS: dict[str, bool] = {}
_GAPS_SIZE = 4096


def _joins(gap: str, before: str) -> bool:
    """Can a name go on across ``gap`` after the word ``before``: a space, a hyphen or
    slash, an apostrophe ("Driver's"), or a plural's possessive ("workers' comp")."""
    if gap == " ":
        return True
    joined = _GAPS.get(gap)
    if joined is None:
        joined = _JOIN.fullmatch(gap) is not None or gap in _APOSTROPHES
        if len(_GAPS) >= _GAPS_SIZE:
            _GAPS.clear()
        _GAPS[gap] = joined
    return joined or (gap in _PLURAL_POSSESSIVE and before[-1:] == "s") \
        or (before in _BRACKETED_CHAPTERS and gap.strip(" \t") == "<")


# A web address or a Reddit name: "https://www.reddit.com/r/programming/" and
# "r/programming" name a place, not the skill "R programming".
_ADDRESS = re.compile(r"(?i:https?://|www\.)\S*|(?<![\w/])[ru]/[A-Za-z]\w{2,}")


def slash_chunks(text: str) -> list[tuple[int, int]]:
    """The chunks of ``text`` between spaces and line breaks that hold a "/", as
    ``_in_address`` cuts them. A span in none of them is in no address: a span within
    one chunk is in a chunk without a slash, and one across a space or a line break is
    in no match (no match holds either). Worked out once per text, from its few
    slashes, instead of cutting a chunk for each hit."""
    out: list[tuple[int, int]] = []
    at = text.find("/")
    while at >= 0:
        left = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
        ends = [p for p in (text.find(" ", at), text.find("\n", at)) if p >= 0]
        right = min(ends) if ends else len(text)
        out.append((left, right))
        at = text.find("/", right)
    return out


def _in_address(text: str, start: int, stop: int) -> bool:
    """Does the span [start, stop) lie in a web address or an "r/name" forum name?"""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right_space = [p for p in (text.find(" ", stop), text.find("\n", stop)) if p >= 0]
    right = min(right_space) if right_space else len(text)
    chunk = text[left:right]
    if "/" not in chunk:
        return False
    return any(m.start() <= start - left and stop - left <= m.end()
               for m in _ADDRESS.finditer(chunk))
