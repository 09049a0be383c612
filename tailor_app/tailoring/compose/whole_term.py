"""The resume's whole name for a skill the summary quotes.

A match may rest on part of a longer name the resume writes: "SUD" inside "link them
with behavioral health and SUD treatment" shows substance use treatment. Quoted alone,
the part reads as a skill the resume never names ("Key skills: SSI, SUD") and a reader
of the vocabulary finds a different skill in the summary than in the source. The
summary quotes the longest name the vocabulary finds around the part instead.
"""

from __future__ import annotations

from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["whole_term"]


def whole_term(term: str, evidence: str, vocabulary: Vocabulary,
               own: frozenset[str]) -> str:
    """``term`` widened to the vocabulary's hit on ``evidence`` that contains it, where
    the term alone reads as a skill the resume's own words (``own``, the skills the
    vocabulary finds in it) never name; else ``term`` as it is ("Tableau" stays, though
    "Tableau dashboards" is a name too, where the resume names Tableau)."""
    if not term or {hit.skill.name for hit in vocabulary.find(term)} <= own:
        return term
    at = evidence.casefold().find(term.casefold())
    if at < 0:
        return term
    end = at + len(term)
    best = term
    for hit in vocabulary.find(evidence):
        if hit.start <= at and hit.end >= end and len(hit.surface) > len(best):
            best = hit.surface
    return best
