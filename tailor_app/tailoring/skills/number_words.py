"""A count in a hyphenated compound, written in figures or in words.

People write "six-line phone", "2-way radios", "three-phase power", "12-lead EKG" or
"twelve-lead EKG" as it comes to them; the vocabulary writes each alias one way. This
gives an alias's other spelling, so the tables hold both ("6-line phone" also finds
"six-line phone") and nobody has to write the pair by hand. Only a count that opens a
hyphenated compound (a number, a hyphen, a word) is rewritten: "Six Sigma", "Series 6",
"Level 2", "I-9" and "1-2-3 blocks" name things, not counts, and keep their one form.
"""

from __future__ import annotations

import re

__all__ = ["number_variants"]

_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve")
_BY_FIGURE = {str(n): word for n, word in enumerate(_WORDS, start=1)}
_BY_WORD = {word: figure for figure, word in _BY_FIGURE.items()}
# A count opening a compound: not inside a longer number or word, a hyphen, a letter.
_COUNT = re.compile(r"(?<![\w.-])(" + "|".join([*_BY_FIGURE, *_WORDS]) + r")(?=-[A-Za-z])",
                    re.IGNORECASE)


def _other(found: re.Match[str]) -> str:
    count = found.group(1)
    return _BY_FIGURE[count] if count.isdigit() else _BY_WORD[count.lower()]


def number_variants(alias: str) -> list[str]:
    """``alias`` with each count of a hyphenated compound in its other spelling
    ("6-line phone" -> ["six-line phone"], "Three-Phase Power" -> ["3-Phase Power"]),
    or [] when it has none."""
    if _COUNT.search(alias) is None:
        return []
    return [_COUNT.sub(_other, alias)]
