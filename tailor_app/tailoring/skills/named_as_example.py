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

- "Y (X or Z)", "Y (e.g. X, Z)": a bracket right after Y lists its instances ("National
  certification (PTCB or ExCPT)", "an HRIS (Workday or UKG)"), X one of them and of Y's
  kind (a credential for a credential); a degree's bracket names fields of study, none.

Y is then met by X's own line, quoted as the resume writes it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Any

from tailor_app.tailoring.model import SkillMatch, SkillMention

__all__ = ["examples_met"]

_CONNECTIVE = re.compile(
    r"\s+or\s+(?:another|other|any\s+other|some\s+other|a\s+similar|similar"
    r"|a\s+comparable|comparable|an\s+equivalent|equivalent|a\s+like)\s+", re.IGNORECASE)
# What may stand between an example and the connective: more items of its list.
_MORE_ITEMS = re.compile(r"(?:\s*[,/]\s*[\w.&'’+-]+(?:[ \t]+[\w.&'’+-]+){0,2})*\s*,?")
_WORD = re.compile(r"\S+")
# A degree's bracket names its fields of study, no instances of the degree: "Bachelor's
# degree (accounting or finance)" is not met by an Accounting skill.
_DEGREE = re.compile(r"\b(?:degree|bachelor|associate|master|diploma|GED|coursework)",
                     re.IGNORECASE)
# A bracket right after an ask, and the cuts between the instances it lists.
_BRACKET = re.compile(r"[ \t]*\(([^()]{2,80})\)")
_INSTANCE_CUT = re.compile(r"\s*(?:,|/|;|\bor\b|\band\b)\s*|^\s*(?:e\.g\.|i\.e\.|such as|like|"
                           r"for example|for instance|including)[,:]?\s*", re.IGNORECASE)


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


def _instances_after(text: str, words: str) -> set[str]:
    """The items of a bracket right after ``words`` in ``text``, as written, if any."""
    low = text.casefold()
    at = low.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            bracket = _BRACKET.match(text, end)
            if bracket is not None:
                return {item.strip() for item in _INSTANCE_CUT.split(bracket.group(1))
                        if item and item.strip()}
        at = low.find(words, at + 1)
    return set()


def _bracket_instance(ask: SkillMention, text: str, met: Sequence[SkillMention],
                      by_name: dict[str, SkillMatch], lookup: Callable[[str], Any] | None
                      ) -> SkillMatch | None:
    """The match of a met ask of ``ask``'s kind that the bracket right after ``ask`` in
    ``text`` lists ("National certification (PTCB or ExCPT)"), renamed to ``ask``."""
    written = _instances_after(text, _surface(ask))
    if not written or _DEGREE.search(ask.name):
        return None
    instances = {item.casefold() for item in written}
    kinds_of_ask: set[str] = set()
    if lookup is not None:
        instances |= {skill.name.casefold() for item in written
                      if (skill := lookup(item)) is not None}
        asked = lookup(ask.name)
        # "Epic (EHR)": the bracket names the ask's kind, no instance of it.
        kinds_of_ask = {b.casefold() for b in asked.broader} if asked is not None else set()
    for other in met:
        match = by_name.get(other.name)
        if match is not None and other.name != ask.name and other.kind == ask.kind \
                and other.name.casefold() not in kinds_of_ask \
                and (_surface(other) in instances or other.name.casefold() in instances):
            return dataclasses.replace(match, name=ask.name, kind=ask.kind,
                                       required=ask.required)
    return None


def examples_met(missing: Sequence[SkillMention], met: Sequence[SkillMention],
                 matched: Sequence[SkillMatch], lookup: Callable[[str], Any] | None = None
                 ) -> dict[str, SkillMatch]:
    """Missing ask's name -> the match of a met ask the posting names as an example
    of it, renamed to the missing ask (the evidence stays the example's own line).
    ``lookup`` (the vocabulary's) names a bracket's instance by its skill: "PTCB" is the
    met Certified Pharmacy Technician, read from another line of the posting."""
    by_name = {match.name: match for match in matched}
    out: dict[str, SkillMatch] = {}
    for ask in missing:
        text = ask.snippet
        if "(" in text:
            bracketed = _bracket_instance(ask, text, met, by_name, lookup)
            if bracketed is not None:
                out[ask.name] = bracketed
                continue
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
