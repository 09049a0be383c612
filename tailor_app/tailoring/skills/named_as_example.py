"""An ask the posting names by an example of it: "Orton-Gillingham or another structured
literacy approach", "Zendesk or a similar help desk tool", "DealerSocket or another
dealership CRM".

The posting says in so many words that its first name is a kind of its second: a
resume showing Orton-Gillingham has shown a structured literacy approach. The
vocabulary knows many such links (Toast is a POS, Fiix a CMMS), but not every product
of every field; here the posting's own grammar gives the link, whatever the names.

Read by grammar alone, in the sentence both asks come from:

- "X or another Y", "X or other Y", "X or a similar Y", "X or any other Y", "X or a
  comparable Y", "X or an equivalent Y": Y's words start within two words after the
  connective;
- X is a met ask written right before "or", or the first items of a list before it
  ("Toast, Square or another POS"); an item joined by "and" is no example of Y
  ("Excel and Toast or another POS": Excel is no POS).

Y is then met by X's own line, quoted as the resume writes it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from tailor_app.tailoring.model import SkillMatch, SkillMention

__all__ = ["examples_met"]

_CONNECTIVE = re.compile(
    r"\s+or\s+(?:another|other|any\s+other|some\s+other|a\s+similar|similar"
    r"|a\s+comparable|comparable|an\s+equivalent|equivalent|a\s+like)\s+", re.IGNORECASE)
# What may stand between an example and the connective: more items of its list.
_MORE_ITEMS = re.compile(r"(?:\s*[,/]\s*[\w.&'’+-]+(?:[ \t]+[\w.&'’+-]+){0,2})*\s*,?")
_WORD = re.compile(r"\S+")


def _surface(mention: SkillMention) -> str:
    return (mention.term or mention.name).casefold()


def _names_after(text: str, at: int, words: str) -> bool:
    """Do ``words`` start within two words of ``at``?"""
    low = text[at:at + len(words) + 40].casefold()
    if low.startswith(words):
        return True
    for k, word in enumerate(_WORD.finditer(low)):
        if k == 2:
            return False
        if low.startswith(words, word.end() + 1):
            return True
    return False


def _example_before(text: str, at: int, example: str) -> bool:
    """Is ``example`` an item of the list that ends at ``at``?"""
    low = text[:at].casefold()
    start = low.rfind(example)
    while start >= 0:
        end = start + len(example)
        before_ok = start == 0 or not low[start - 1].isalnum()
        if before_ok and (end == len(low) or not low[end].isalnum()) \
                and _MORE_ITEMS.fullmatch(low, end) is not None:
            return True
        start = low.rfind(example, 0, start)
    return False


def examples_met(missing: Sequence[SkillMention], met: Sequence[SkillMention],
                 matched: Sequence[SkillMatch]) -> dict[str, SkillMatch]:
    """Missing ask's name -> the match of a met ask the posting names as an example
    of it, renamed to the missing ask (the evidence stays the example's own line)."""
    by_name = {match.name: match for match in matched}
    out: dict[str, SkillMatch] = {}
    for ask in missing:
        text = ask.snippet
        if " or " not in text.lower():
            continue
        words = _surface(ask)
        for conn in _CONNECTIVE.finditer(text):
            if not _names_after(text, conn.end(), words):
                continue
            for other in met:
                match = by_name.get(other.name)
                if match is None or other.snippet != text or other.name == ask.name:
                    continue
                if _example_before(text, conn.start(), _surface(other)):
                    out[ask.name] = dataclasses.replace(
                        match, name=ask.name, kind=ask.kind, required=ask.required)
                    break
            if ask.name in out:
                break
    return out
