"""Answers about one text that several readers of a job ask for, worked out once.

A job's readers each read the posting's units and the resume's lines for what they
need, and several of them need the same thing of the same text: a unit's sentences
(the reader's clauses, the key phrases, the list reader, the duty reader), its
"spelled-out words (ACR)" pairs (the misread filter, the shape terms, the
organisation names, an unread ask's other forms), a title's words, a line's label.
Each is a pure function of the text, so the answer is kept by the text and handed to
the next reader that asks (a copy of it: a reader may change the list it is given).

The answers live as long as the vocabulary's own memo of the job's texts: bounded,
and forgotten by ``Vocabulary.clear_cache()`` (``forget``), so a benchmark that clears
it before each run still times a new job cold.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["forget", "per_text"]

_F = TypeVar("_F", bound=Callable[..., Any])

_CLEARS: list[Callable[[], None]] = []  # each kept answer table's ``cache_clear``


def per_text(maxsize: int = 1024) -> Callable[[_F], _F]:
    """Keep a pure function's answers by its arguments (texts, tuples of texts): the
    function must return a value no caller changes (a tuple, a frozenset, a string)."""

    def wrap(function: _F) -> _F:
        kept = functools.lru_cache(maxsize=maxsize)(function)
        _CLEARS.append(kept.cache_clear)
        return kept  # type: ignore[return-value]

    return wrap


def forget() -> None:
    """Forget every kept answer (``Vocabulary.clear_cache``)."""
    for clear in _CLEARS:
        clear()
