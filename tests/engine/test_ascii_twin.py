"""A tokeniser's ASCII twin finds what the pattern finds on ASCII text (ascii_twin.py)."""

from __future__ import annotations

import random
import re
import string

from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words
from tailor_app.tailoring.compose import guard, relevance
from tailor_app.tailoring.posting import duties, nouns
from tailor_app.tailoring.posting import headings as posting_headings
from tailor_app.tailoring.resume import headings
from tailor_app.tailoring.skills import keys, phrases, staff, vocabulary

TWINS = [(headings._WORD, headings._WORD_ASCII), (relevance._WORD, relevance._WORD_ASCII),
         (staff._WORD, staff._WORD_ASCII), (vocabulary._HEADS, vocabulary._HEADS_ASCII),
         (phrases._TOKEN, phrases._TOKEN_ASCII), (guard._TOKEN, guard._TOKEN_ASCII),
         (keys._TOKEN, keys._TOKEN_ASCII), (nouns._TOKEN, nouns._TOKEN_ASCII),
         (duties._TOKEN, duties._TOKEN_ASCII),
         (posting_headings._WORD, posting_headings._WORD_ASCII)]
PIECES = [*string.ascii_letters[:6], "Z", "0", "9", "_", " ", "\t", "\n", "\x1c", ".", ",", ";",
          ":", "!", "?", "(", ")", "[", "]", "'", "-", "+", "#", "/", "&", "$", "%", "C++", "C#",
          "e.g.", "ASP.NET", "R&D", ".NET", "don't", "Node.js", "10,000", "v2.1"]


def test_rewrites_only_the_unicode_classes() -> None:
    twin = ascii_twin(re.compile(r"[^\W\d_]+|[^\W_]|\w\d|[\w.-]|[^\w]|[^\W\s]|\s\b\\w"))
    assert twin.pattern == (r"[A-Za-z]+|[A-Za-z0-9]|[A-Za-z0-9_][0-9]|[A-Za-z0-9_.-]|[^\w]"
                            r"|[^\W\s]|\s\b\\w")


def test_same_tokens_on_ascii_text() -> None:
    rng = random.Random(7)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for pattern, twin in TWINS:
        for text in texts:
            assert [m.span() for m in twin.finditer(text)] == \
                [m.span() for m in pattern.finditer(text)], (pattern.pattern, text)


WIDE = ["•", "–", "—", "’", "“", "”", "…", "·", "€", "\u00a0", "\u2009", "é", "É", "ß", "ſ",
        "\u212a", "\u0130", "ı", "①", "٣", "Ⅻ", "Ⓐ", "\u0301", "中", "ｱ"]


def test_ascii_words_is_every_word_character_ascii() -> None:
    for piece in WIDE:
        text = f"Led a • team {piece}x"
        assert ascii_words(text) == all(not (c.isalnum() or c == "_") for c in text
                                        if not c.isascii()), piece
    assert ascii_words("plain ASCII") and ascii_words("• Led a team – “well”")
    assert not ascii_words("Gérant") and not ascii_words("精通Excel")


def test_same_tokens_where_every_word_character_is_ascii() -> None:
    """Bullets, dashes and curly quotes beside ASCII words: the twin finds the same."""
    rng = random.Random(11)
    pieces = PIECES + WIDE
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
             for _ in range(20000)]
    texts = [t for t in texts if ascii_words(t) and not t.isascii()]
    assert len(texts) > 3000
    for pattern, twin in TWINS:
        for text in texts:
            assert [m.span() for m in twin.finditer(text)] == \
                [m.span() for m in pattern.finditer(text)], (pattern.pattern, text)
    for text in texts:
        assert guard.tokens(text) == [t.casefold() for t in guard._TOKEN.findall(text)]
