"""Case-insensitive regexes at case-sensitive speed.

Python's ``re`` scans an IGNORECASE alternation ("equal opportunity|e-verify|...")
by trying every branch at every character, which made the posting analyser spend
most of its time in a handful of patterns. The same pattern written in lower case
and run *without* IGNORECASE on the lower-cased text gives the same matches four
to eight times faster (the engine can then skip straight to the characters that
can start a match).

The two are the same only when lower-casing keeps every offset and folds every
letter the way IGNORECASE does. ``str.lower()`` differs from IGNORECASE for three
characters alone (checked over all of Unicode against the letters these patterns
use): "İ" becomes two characters, and IGNORECASE also folds "ı" onto "i" and "ſ"
onto "s". A text holding one of them is matched the slow way, so results never
depend on the shortcut.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

__all__ = ["Caseless", "folded", "literal_spans", "lowered", "stands_in", "word_spans",
           "word_start"]

_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")

# A job lowers the posting's whole text and the resume's some twenty times, one reader
# after another (each gate and each caseless scan of its own). A text holding a
# character beyond ASCII, a bullet, a dash or a curly quote as most do, is lowered
# character by character through Unicode's tables, some tens of machine instructions
# each: about 2 % of a job went there, and as much again in the lines each of a
# dozen readers lowers for its gate. The lower-cased forms of the last long texts, and
# of the lines holding such a character, are kept (by the text, so a copy of it finds
# them too); a short or an ASCII line costs less to lower again than to look up.
_LONG = 200
_LINE = 40
_LOWERED_KEPT = 256
_lowered: dict[str, str] = {}


def lowered(text: str) -> str:
    """``text.lower()``, remembered for the last long texts and lines beyond ASCII (see
    ``_lowered``)."""
    size = len(text)
    if size < _LINE or (size < _LONG and text.isascii()):
        return text.lower()
    low = _lowered.get(text)
    if low is None:
        low = text.lower()
        if len(_lowered) >= _LOWERED_KEPT:
            _lowered.clear()
        _lowered[text] = low
    return low


def folded(text: str) -> str | None:
    """``text`` lower-cased when that stands in exactly for IGNORECASE matching, else None.

    ``lowered`` and ``stands_in`` written out: a job asks this some five hundred times,
    of short lines mostly, where the two calls cost more than the work."""
    size = len(text)
    if size < _LINE or (size < _LONG and text.isascii()):
        low = text.lower()
    else:
        kept = _lowered.get(text)
        if kept is None:
            low = text.lower()
            if len(_lowered) >= _LOWERED_KEPT:
                _lowered.clear()
            _lowered[text] = low
        else:
            low = kept
    return low if len(low) == size and (
        low.isascii() or ("ı" not in low and "ſ" not in low)) else None


def stands_in(text: str, low: str) -> bool:
    """Does ``low``, ``text.lower()``, stand in exactly for IGNORECASE matching?"""
    # Two substring tests: a set's isdisjoint() would make a string of every character.
    return len(low) == len(text) and (low.isascii() or ("ı" not in low and "ſ" not in low))


class Caseless:
    """A case-insensitive pattern. Each call takes the text and ``folded(text)``; match
    objects of the fast path read the lower-cased text, so callers use their offsets
    (and groups only where case does not matter)."""

    __slots__ = ("fast", "gate", "pattern", "slow")

    def __init__(self, pattern: str, gate: tuple[str, ...] = ()) -> None:
        """``gate``: words (lower case) one of which every match of ``pattern`` holds, so
        ``search`` on a lower-cased text holding none answers None without the pattern.
        A long alternation opening with many letters is tried at nearly every character;
        a few ``str.find`` calls cost a fraction of that (tests hold the gate words)."""
        if _UPPER_LITERAL.search(pattern):
            # An upper-case literal would never match the lower-cased text.
            raise ValueError(f"write caseless patterns in lower case: {pattern!r}")
        if any(w != w.lower() or not w for w in gate):
            raise ValueError(f"write gate words in lower case: {gate!r}")
        self.pattern = pattern
        self.gate = gate
        self.fast = re.compile(pattern)
        self.slow = re.compile(pattern, re.IGNORECASE)

    def search(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if low is None:
            return self.slow.search(text, pos, endpos)
        if self.gate:
            for word in self.gate:
                if low.find(word, pos, endpos) >= 0:
                    break
            else:
                return None  # no word every match holds: no match
        return self.fast.search(low, pos, endpos)

    def match(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if low is None:
            return self.slow.match(text, pos, endpos)
        return self.fast.match(low, pos, endpos)

    def fullmatch(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if low is None:
            return self.slow.fullmatch(text, pos, endpos)
        return self.fast.fullmatch(low, pos, endpos)

    def finditer(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if low is None:
            return self.slow.finditer(text, pos, endpos)
        return self.fast.finditer(low, pos, endpos)


def literal_spans(literal: str, text: str, low: str | None) -> list[tuple[int, int]]:
    """The spans ``re.finditer(re.escape(literal), text, re.IGNORECASE)`` gives, found
    with ``str.find`` in ``low`` (``folded(text)``) when that stands in: an IGNORECASE
    pattern gives ``re`` no letter to skip ahead to, so it is tried at every character.
    Only for an ASCII ``literal``, whose lower case has its length and whose letters
    IGNORECASE folds as ``lower()`` does on a text ``folded`` accepts."""
    if low is None or not literal or not literal.isascii():
        return [m.span() for m in re.finditer(re.escape(literal), text, re.IGNORECASE)]
    needle, size, out = literal.lower(), len(literal), []
    at = low.find(needle)
    while at >= 0:  # leftmost first, each search from the last one's end, as finditer
        out.append((at, at + size))
        at = low.find(needle, at + size)
    return out


def _word_char(ch: str) -> bool:
    r"""Is ``ch`` what ``\w`` matches in a ``str`` pattern (a letter, a digit, "_")?"""
    return ch.isalnum() or ch == "_"


def word_spans(literal: str, text: str, low: str | None) -> list[tuple[int, int]]:
    r"""The spans ``re.finditer(rf"(?<!\w){re.escape(literal)}(?!\w)", text,
    re.IGNORECASE)`` gives, found with ``str.find`` in ``low`` (``folded(text)``) when
    that stands in (see ``literal_spans``). Such a pattern is made of a term of the
    resume or the posting, new to each job: compiling it cost about as much as reading
    the whole text with it (a few hundred thousand machine instructions), and the
    module's cache of patterns forgets it before the next job. Leftmost first; where a
    boundary fails the search goes on one character later, as ``finditer`` does."""
    if low is None or not literal or not literal.isascii():
        return [m.span() for m in re.finditer(
            rf"(?<!\w){re.escape(literal)}(?!\w)", text, re.IGNORECASE)]
    needle, size, out, last = literal.lower(), len(literal), [], len(text)
    at = low.find(needle)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_char(text[at - 1])) and (
                end == last or not _word_char(text[end])):
            out.append((at, end))
            at = low.find(needle, end)
        else:
            at = low.find(needle, at + 1)
    return out


def occurrences(literal: str, text: str) -> list[tuple[int, int]]:
    """The spans ``re.finditer(re.escape(literal), text)`` gives, found with ``str.find``:
    a new posting's name (its employer's) would otherwise be a new pattern to compile,
    about as long as reading the posting with it. ``literal`` must not be empty."""
    size, out = len(literal), []
    at = text.find(literal)
    while at >= 0:  # leftmost first, each search from the last one's end, as finditer
        out.append((at, at + size))
        at = text.find(literal, at + size)
    return out


def word_start(*alternatives: str) -> str:
    r"""``\b(?:a|b|...)`` written so that the regex engine can skip ahead to a letter
    that opens one of the alternatives: ``x(?<!\wx)`` means ``\bx``, but starting with
    the literal ``x`` lets ``re`` scan for it instead of trying each branch everywhere.
    Every alternative must start with a plain lower-case letter."""
    branches = []
    for alt in alternatives:
        first = alt[:1]
        if not first.isalpha() or not first.islower():
            raise ValueError(f"an alternative must open with a lower-case letter: {alt!r}")
        branches.append(f"{first}(?<!\\w{first}){alt[1:]}")
    return "(?:" + "|".join(branches) + ")"
