"""The resume's words a read phrase is matched by, on one bullet line: shared by the
engine tests of word forms (test_posting_nouns.py) and of describing words inside a
name (test_resume_evidence.py)."""

from __future__ import annotations

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.matching import ResumeLine, _phrase_variant


def phrase_term(name: str, line: str) -> str | None:
    """The resume term that shows the required phrase ``name`` in ``line``, or None."""
    mention = SkillMention(name, "hard", True, name, "requirements")
    _credit, match = _phrase_variant(mention, [ResumeLine(line, "bullet", "experience")])
    return match.resume_term if match else None
