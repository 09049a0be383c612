"""A fast tokenizer for PDF content streams, feeding pypdf's own text extractor.

Half of pypdf's text-extraction time goes into parsing the content stream one
byte at a time in Python. Producers that position every glyph on its own
(Qt's QPdfWriter — the app's own exports —, Chromium) make that parse the
bottleneck: about 170 ms for a 2-page Qt resume, over the 150 ms budget. Here one
compiled regular expression tokenizes the stream in C and produces exactly the
``(operands, operator)`` list pypdf's parser would (same object types), which we
hand to pypdf through the ``ContentStream`` it then uses unchanged.

Anything unusual (inline images, ``#`` escapes in names, unbalanced arrays or
dictionaries, a literal string we cannot close) makes :func:`parse_operations`
return ``None`` and pypdf parses that page itself, so the fast path can only
change speed, never the result. tests/engine/test_reading.py checks the equality.
"""

from __future__ import annotations

import re
from typing import Any

from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NullObject,
    NumberObject,
)

__all__ = ["parse_operations"]

_TOKEN = re.compile(
    rb"""
    [\x00\t\n\x0c\r ]*
    (?:
      (?P<comment>%[^\r\n]*)
    | (?P<num>[+-]?(?:\d+\.?\d*|\.\d+))(?=[\x00\t\n\x0c\r /\[\]()<>{}%]|$)
    | (?P<name>/[^\x00\t\n\x0c\r /\[\]()<>{}%]*)
    | (?P<hex><[0-9A-Fa-f\x00\t\n\x0c\r ]*>)
    | (?P<dopen><<) | (?P<dclose>>>)
    | (?P<aopen>\[) | (?P<aclose>\])
    | (?P<lit>\()
    | (?P<kw>[A-Za-z'"*][^\x00\t\n\x0c\r /\[\]()<>{}%]*)
    | (?P<end>$)
    )
    """,
    re.VERBOSE,
)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f",
            b"(": b"(", b")": b")", b"\\": b"\\"}
_SIMPLE_LITERAL = re.compile(rb"\(([^()\\]*)\)")


class _Unsupported(Exception):
    """A construct we leave to pypdf's own parser."""


def _literal(data: bytes, pos: int) -> tuple[bytes, int]:
    """The literal string starting at ``data[pos] == '('``; returns (bytes, end)."""
    simple = _SIMPLE_LITERAL.match(data, pos)
    if simple:
        return simple.group(1), simple.end()
    out = bytearray()
    depth = 0
    i = pos + 1
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5C:  # backslash
            i += 1
            if i >= n:
                break
            e = data[i:i + 1]
            if e in _ESCAPES:
                out += _ESCAPES[e]
                i += 1
            elif e in b"01234567":
                j = i
                while j < n and j < i + 3 and data[j] in b"01234567":
                    j += 1
                out.append(int(data[i:j], 8) & 0xFF)
                i = j
            elif e in b"\r\n":
                i += 2 if data[i:i + 2] == b"\r\n" else 1
            else:
                out += e
                i += 1
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            if depth == 0:
                return bytes(out), i + 1
            depth -= 1
        out.append(c)
        i += 1
    raise _Unsupported("unterminated string")


def parse_operations(data: bytes) -> list[tuple[Any, bytes]] | None:
    """pypdf-compatible operations of a content stream, or None to let pypdf parse."""
    try:
        return _parse(data)
    except (_Unsupported, ValueError, IndexError):
        return None


def _parse(data: bytes) -> list[tuple[Any, bytes]]:
    ops: list[tuple[Any, bytes]] = []
    stack: list[list[Any]] = [[]]  # operands, then open arrays/dicts
    kinds: list[str] = ["ops"]
    pos = 0
    n = len(data)
    match = _TOKEN.match
    # Numbers and names repeat endlessly (glyph advances, font names); pypdf's
    # objects are costly to build and never mutated by the extractor, so share them.
    cache: dict[bytes, Any] = {}
    while pos < n:
        m = match(data, pos)
        if m is None:
            raise _Unsupported(f"unexpected byte at {pos}")
        kind = m.lastgroup
        pos = m.end()
        value: Any
        if kind == "comment":
            continue
        if kind == "end":
            break
        if kind == "num" or kind == "name":
            text = m.group(kind)
            value = cache.get(text)
            if value is None:
                if kind == "name":
                    if b"#" in text:
                        raise _Unsupported("escaped name")
                    value = NameObject(text.decode("latin-1"))
                else:
                    value = FloatObject(text.decode()) if b"." in text else NumberObject(int(text))
                cache[text] = value
        elif kind == "hex":
            text = m.group(kind)
            value = cache.get(text)
            if value is None:
                digits = re.sub(rb"[^0-9A-Fa-f]", b"", text[1:-1])
                if len(digits) % 2:
                    digits += b"0"  # PDF: a missing last digit is 0
                value = cache[text] = ByteStringObject(bytes.fromhex(digits.decode()))
        elif kind == "lit":
            raw, pos = _literal(data, m.start("lit"))
            value = ByteStringObject(raw)
        elif kind in ("aopen", "dopen"):
            stack.append([])
            kinds.append(kind)
            continue
        elif kind == "aclose":
            if kinds[-1] != "aopen":
                raise _Unsupported("unbalanced array")
            kinds.pop()
            value = ArrayObject(stack.pop())
        elif kind == "dclose":
            if kinds[-1] != "dopen":
                raise _Unsupported("unbalanced dictionary")
            kinds.pop()
            items = stack.pop()
            if len(items) % 2:
                raise _Unsupported("odd dictionary")
            value = DictionaryObject()
            for key, item in zip(items[::2], items[1::2], strict=True):
                if not isinstance(key, NameObject):
                    raise _Unsupported("dictionary key")
                value[key] = item
        else:  # keyword: an operator, or true/false/null inside operands
            word = m.group(kind or 0)  # kind is the keyword group here
            if word in (b"true", b"false"):
                value = BooleanObject(word == b"true")
            elif word == b"null":
                value = NullObject()
            elif len(kinds) > 1:
                raise _Unsupported("operator inside an array")
            elif word in (b"BI", b"ID", b"EI"):
                raise _Unsupported("inline image")
            else:
                ops.append((stack[0], word))
                stack[0] = []
                continue
        stack[-1].append(value)
    if len(kinds) > 1:
        raise _Unsupported("unterminated array or dictionary")
    return ops
