"""A job's stored result read back into the engine's types.

A finished job keeps ``TailorResult.to_dict()`` as JSON; rewriting and the cover
letter need its match report and posting analysis again, without running the
engine a second time. Keys the dicts carry for readers (``missing``,
``required_skills``) are derived values and are dropped here.
"""

from __future__ import annotations

from typing import Any

from ..tailoring.model import (
    CategoryScore,
    MatchReport,
    PostingAnalysis,
    PostingSection,
    SkillMatch,
    SkillMention,
)

__all__ = ["analysis_from_dict", "match_from_dict"]


def match_from_dict(data: dict[str, Any]) -> MatchReport:
    """The match report of a stored result (``match_after`` / ``match_before``)."""
    return MatchReport(
        score=int(data.get("score") or 0),
        formula_version=str(data.get("formula_version") or ""),
        breakdown=[CategoryScore(**c) for c in data.get("breakdown", [])],
        matched=[SkillMatch(**m) for m in data.get("matched", [])],
        missing_required=list(data.get("missing_required", [])),
        missing_preferred=list(data.get("missing_preferred", [])),
        years_required=data.get("years_required"),
        years_found=data.get("years_found"),
        degree_required=data.get("degree_required"),
        degree_found=data.get("degree_found"),
        unconfirmed=list(data.get("unconfirmed", [])),
        maybe_shown={str(k): str(v) for k, v in (data.get("maybe_shown") or {}).items()},
    )


def analysis_from_dict(data: dict[str, Any]) -> PostingAnalysis:
    """The posting analysis of a stored result."""
    return PostingAnalysis(
        title=data.get("title"),
        company=data.get("company"),
        sections=[PostingSection(**s) for s in data.get("sections", [])],
        skills=[SkillMention(**s) for s in data.get("skills", [])],
        keywords=list(data.get("keywords", [])),
        min_years=data.get("min_years"),
        degree=data.get("degree"),
        certifications=list(data.get("certifications", [])),
    )
