"""Evidence through the posting's own sentence: the examples it gives for an ask.

"business intelligence tools (e.g. Tableau, Power BI)", "a sales methodology such
as MEDDIC or Challenger": the posting itself names Tableau as an instance of the
business intelligence it asks for, so a resume showing Tableau shows it. Only names
right after the ask (a kind word such as "tools" between them allowed) count, and
an example never stands for a product asked by its kind ("Epic (EHR)": another EHR
is not Epic).
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.vocabulary import SkillHit, Vocabulary

Shown = dict[str, list[tuple[ResumeLine, SkillHit]]]

# What may stand between an ask and its examples: a kind word or two ("tools",
# "solutions"), then a parenthesis or the words that open examples ("such as").
_LEAD = re.compile(
    r"\s*(?P<between>(?:[A-Za-z-]+\s+){0,2}?)"
    r"(?:\(\s*(?P<inner>(?:e\.\s?g\.|i\.\s?e\.|for example|such as|including|like)[,:]?)?"
    r"|,?\s*(?P<outer>such as|e\.\s?g\.|i\.\s?e\.|for example|including|like)(?!\w)[,:]?)",
    re.IGNORECASE)
# A bare parenthesis lists instances only after a word naming a kind of thing
# ("a sales methodology (MEDDIC, Challenger)"); after a field of knowledge it lists
# its parts ("import/export knowledge (Incoterms, bills of lading)"), and knowing one
# part is not knowing the field.
_KIND_NOUNS = frozenset({
    "tool", "tools", "software", "system", "systems", "platform", "platforms",
    "framework", "frameworks", "methodology", "methodologies", "method", "methods",
    "language", "languages", "package", "packages", "solution", "solutions",
    "application", "applications", "database", "databases", "suite", "suites",
    "library", "libraries", "program", "programs", "technology", "technologies",
})
# Where the examples end: a closing parenthesis, a clause's end. "e.g." and "etc."
# keep their dots.
_EXAMPLES_END = re.compile(r"\)|;|\n|(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.(?=\s|$)")
_MAX_EXAMPLES = 200  # characters: longer is another sentence


def _lists_instances(lead: re.Match[str], hit: SkillHit) -> bool:
    """Do the words after ``hit`` open a list of its instances? Only kind words may
    stand between (see ``_KIND_NOUNS``)."""
    between = lead.group("between").split()
    if any(w.lower() not in _KIND_NOUNS for w in between):
        return False  # "cloud infrastructure using approaches such as TDD": not its kind
    if lead.group("inner") or lead.group("outer"):
        return True
    words = [*hit.surface.split(), *between]
    return bool(words) and words[-1].lower() in _KIND_NOUNS


def example_evidence(mention: SkillMention, shown: Shown, vocabulary: Vocabulary
                     ) -> list[tuple[ResumeLine, SkillHit]]:
    """The resume's evidence for one of the examples the posting gives for ``mention``
    right after naming it; [] when it gives none the resume shows."""
    if mention.kind not in ("hard", "tool"):
        return []
    snippet = mention.snippet
    hits = vocabulary.find(snippet)
    for hit in hits:
        if hit.skill.name != mention.name:
            continue
        lead = _LEAD.match(snippet, hit.end)
        if lead is None or not _lists_instances(lead, hit):
            continue
        stop = _EXAMPLES_END.search(snippet, lead.end())
        end = stop.start() if stop else len(snippet)
        if end - lead.end() > _MAX_EXAMPLES:
            continue
        for example in hits:
            if not lead.end() <= example.start < end:
                continue
            skill = example.skill
            if (skill.name == mention.name or skill.name in hit.skill.broader
                    or (mention.kind == "tool" and skill.kind != "tool")):
                continue  # the ask's own kind, not an instance of it
            if shown.get(skill.name):
                return shown[skill.name]
    return []
