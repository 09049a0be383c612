r"""Is a phrase in a text as words of its own? Answered with ``str.find``.

``re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)`` asks this, but its pattern
opens with a look-behind, which keeps ``re`` from skipping ahead to the phrase: the
engine is started at every character of the text (a whole resume, for the summary
line's names), and every new phrase is a new pattern to compile. ``str.find`` skips
ahead, and the two tests around each place it finds are the look-arounds' own: in a
``str`` pattern, ``\w`` is a character for which ``str.isalnum()`` holds, or "_"
(the same for every code point, checked over all of Unicode).
"""

from __future__ import annotations

import re

__all__ = ["caseless_whole_spans", "has_whole"]


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def has_whole(text: str, phrase: str) -> bool:
    r"""Does ``text`` hold ``phrase`` with no word character (``\w``) right before or
    right after it? Case counts, as in the pattern without flags."""
    if not phrase:
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    size, end = len(phrase), len(text)
    at = text.find(phrase)
    while at >= 0:
        after = at + size
        if (at == 0 or not _word_char(text[at - 1])) and (
                after == end or not _word_char(text[after])):
            return True
        at = text.find(phrase, at + 1)
    return False


def caseless_whole_spans(text: str, low: str, needle: str) -> list[tuple[int, int]]:
    r"""The spans ``re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text,
    re.IGNORECASE)`` gives, for an ASCII ``phrase`` whose lower case is ``needle`` (not
    empty), found with ``str.find`` in ``low``, ``caseless.folded(text)`` (not None:
    lower-casing stands in for IGNORECASE there). A place whose neighbours fail the
    look-arounds is passed by one character, as ``re`` tries the next, so an
    overlapping later place is still found; a match resumes at its end."""
    size, end, out = len(needle), len(text), []
    at = low.find(needle)
    while at >= 0:
        after = at + size
        if (at == 0 or not (_word_char(text[at - 1]) or text[at - 1] == "-")) and (
                after == end or not (_word_char(text[after]) or text[after] == "-")):
            out.append((at, after))
            at = low.find(needle, after)
        else:
            at = low.find(needle, at + 1)
    return out
