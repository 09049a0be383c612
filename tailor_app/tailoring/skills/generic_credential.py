"""A credential asked by its kind alone ("National certification required (RHIT or
CCA)", "State certification as a CNA or HHA") is met by the credential the same
sentence names and the resume holds.

The posting's own sentence says which credentials it means: the words of the generic
ask are a credential word ("certification", "licence", "credential", "registration")
with describing words only ("national", "state", "current", "active")
or the names of the credentials offered. Any other word names a credential of its own
("Pharmacy technician registration", "Forklift certification") and is left to the
readers of named credentials; a credential the resume holds that the sentence does not
name meets nothing here (a forklift card is no phlebotomist's national certification).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from tailor_app.tailoring.model import SkillMatch, SkillMention

__all__ = ["generic_credentials_met"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’+-]*")
_CREDENTIAL_WORDS = frozenset({
    "certification", "certifications", "certificate", "certificates", "credential",
    "credentials", "licence", "license", "licensure", "licenses", "licences", "registration"})
_DESCRIBING = frozenset({
    "national", "nationally", "state", "current", "currently", "active", "valid",
    "industry", "recognized", "recognised", "accredited", "required",
    "relevant", "appropriate", "applicable", "approved", "a", "an", "the", "as", "or",
    "and", "of", "in", "with", "from", "through", "by"})


def _generic(ask: SkillMention, offered: set[str]) -> bool:
    """Is the ask's name a credential word with only describing words and the names of
    the credentials the sentence offers (``offered``, folded)?"""
    words = [w.casefold() for w in _WORD.findall(ask.name)]
    credential = [w for w in words if w in _CREDENTIAL_WORDS]
    rest = [w for w in words if w not in _CREDENTIAL_WORDS and w not in _DESCRIBING
            and w not in offered]
    return len(credential) == 1 and not rest


def generic_credentials_met(missing: Sequence[SkillMention], met: Sequence[SkillMention],
                            matched: Sequence[SkillMatch],
                            lookup: Callable[[str], object] | None = None
                            ) -> dict[str, SkillMatch]:
    """Missing generic credential ask's name -> the match of a credential its sentence
    names that the resume holds, renamed to the ask (the evidence stays the held
    credential's line). A credential the vocabulary names (``lookup``: "Cisco Certified
    Network Professional", "Certified Payroll Professional") is never generic: a lower
    grade of the same body held beside it leaves it a gap (review27's S3)."""
    by_name = {match.name: match for match in matched}
    out: dict[str, SkillMatch] = {}
    for ask in missing:
        if ask.kind != "certification" or (lookup is not None and lookup(ask.name) is not None):
            continue
        siblings = [m for m in met if m.kind == "certification" and m.snippet == ask.snippet
                    and m.name != ask.name and m.name in by_name]
        if not siblings:
            continue
        # The credentials offered, by the posting's own word for each ("CNA or HHA"):
        # never the words of a sibling's full name, which would leave any credential of
        # the same body generic ("Cisco Certified Network Professional").
        offered = {w.casefold() for m in (*met, *missing)
                   if m.kind == "certification" and m.snippet == ask.snippet
                   and m.name != ask.name and m.term and m.term != m.name
                   for w in _WORD.findall(m.term)}
        if _generic(ask, offered):
            match = by_name[siblings[0].name]
            out[ask.name] = dataclasses.replace(match, name=ask.name, kind=ask.kind,
                                                required=ask.required)
    return out
