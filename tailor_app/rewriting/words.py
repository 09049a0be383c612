"""Which words a rewrite removed and which it added, for the side-by-side view.

Words are compared whole (punctuation stays on its word), so "Led" → "Headed"
reads as one word swapped rather than a scatter of letters. Each side comes back
as a list of ``(text, changed)`` pieces, spaces included, ready to be marked.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

__all__ = ["Piece", "word_diff"]

Piece = tuple[str, bool]  # (text, changed)
# A word keeps its inner marks ("30%", "C++", "mis-picks"); trailing punctuation is
# its own token, so "packers" → "packers," marks only the comma's word as new.
_TOKEN = re.compile(r"\s+|\w[\w'’.%+#&/-]*(?<=[\w%+#])|\S")


def _pieces(tokens: list[str], spans: list[tuple[int, int, bool]]) -> list[Piece]:
    out: list[Piece] = []
    for start, end, changed in spans:
        if start == end:
            continue
        text = "".join(tokens[start:end])
        if out and out[-1][1] == changed:
            out[-1] = (out[-1][0] + text, changed)
        else:
            out.append((text, changed))
    return out


def word_diff(original: str, proposed: str) -> tuple[list[Piece], list[Piece]]:
    """``(original pieces, proposed pieces)``: removed words are the changed pieces
    of the first, added words the changed pieces of the second."""
    a, b = _TOKEN.findall(original), _TOKEN.findall(proposed)
    # Compare words only; spaces follow the word before them.
    a_words = [i for i, t in enumerate(a) if not t.isspace()]
    b_words = [i for i, t in enumerate(b) if not t.isspace()]
    matcher = SequenceMatcher(None, [a[i] for i in a_words], [b[i] for i in b_words],
                              autojunk=False)
    a_spans: list[tuple[int, int, bool]] = []
    b_spans: list[tuple[int, int, bool]] = []

    def token_range(words: list[int], tokens: list[str], lo: int, hi: int) -> tuple[int, int]:
        if lo == hi:
            return (0, 0)
        start = words[lo] if lo else 0  # leading spaces belong to the first word
        end = words[hi] if hi < len(words) else len(tokens)
        return start, end

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        changed = tag != "equal"
        a_spans.append((*token_range(a_words, a, i1, i2), changed))
        b_spans.append((*token_range(b_words, b, j1, j2), changed))
    return _pieces(a, a_spans), _pieces(b, b_spans)
