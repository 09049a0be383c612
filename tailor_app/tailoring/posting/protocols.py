"""What the posting's analysis needs of the skills vocabulary, as protocols: the stages
read ``vocabulary.Vocabulary`` through these, so tests can pass a small one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class SkillLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...


class HitLike(Protocol):
    @property
    def skill(self) -> SkillLike: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class VocabularyLike(Protocol):
    """What the analyser needs of ``vocabulary.Vocabulary`` (tests pass a small one)."""

    def find(self, text: str, *, cjk: bool = False) -> Sequence[HitLike]: ...
    def lookup(self, term: str) -> SkillLike | None: ...


__all__ = ["HitLike", "SkillLike", "VocabularyLike"]
