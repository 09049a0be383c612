"""Evidence through names: the posting's own words around an ask ("our Epic electronic
health record"), a word a list shares ("Microsoft Windows and Office"), and the kind a
tool's vocabulary name ends with ("WordPress CMS").
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.phrases import shared_modifier_phrases
from tailor_app.tailoring.skills.vocabulary import Skill, SkillHit, Vocabulary

__all__ = ["ShownTools", "_kind_in_alias", "_named_instance", "_shared_name"]

def _named_instance(mention: SkillMention, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                    vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """Evidence through the posting's own words: "document care in our Epic electronic
    health record" names Epic as the EHR it asks for, so a resume showing Epic shows
    the EHR. Only a tool or skill written right before the asked skill in the same
    snippet counts; the resume's words for that tool are the evidence. A vendor or
    family before its own product ("Allen-Bradley CompactLogix": the asked skill's
    broader one) names no instance: showing Allen-Bradley does not show CompactLogix.
    Nor does one word in lower case, which may be a verb before its object ("audit
    I-9s"); "dry van freight", two words, is a kind of freight."""
    if mention.kind not in ("hard", "tool"):
        return []
    hits = vocabulary.find(mention.snippet)
    for n, hit in enumerate(hits):
        if hit.skill.name != mention.name or n == 0:
            continue
        before = hits[n - 1]
        gap = mention.snippet[before.end:hit.start]
        if (before.skill.kind in ("tool", "hard") and before.skill.name != mention.name
                # "audit I-9s": one lower-case word may be a verb before its object
                and not (before.surface.islower() and " " not in before.surface)
                and not _verb_of(before)
                and before.skill.name not in hit.skill.broader
                and gap.strip() == "" and shown.get(before.skill.name)):
            return shown[before.skill.name]
    return []


def _verb_of(hit: SkillHit) -> bool:
    """Is the hit one word, the verb of its own skill's "-ing" name? "Troubleshoot PLCs"
    opens a duty with Troubleshooting's verb, which names no PLC the resume may show;
    a capital letter at a duty's start makes it no name."""
    word = hit.surface.casefold()
    name = hit.skill.name.casefold()
    return " " not in word and name.endswith("ing") and word != name and (
        name.startswith(word) or name.startswith(word[:-1]))


_JOINED_BEFORE = re.compile(r"(?:\band|\bor|,|/|&)\s*$")


def _shared_name(mention: SkillMention, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                 vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """Evidence for a one-word ask the posting writes with a word shared from a name
    before it: "Microsoft Windows and Office" asks for Microsoft Office, which the
    resume's Word or Excel shows (see ``phrases.shared_modifier_phrases``)."""
    snippet = mention.snippet
    at = snippet.lower().find(mention.name.lower())
    if mention.kind not in ("hard", "tool") or at < 1 or _JOINED_BEFORE.search(
            snippet, max(0, at - 6), at) is None or vocabulary.lookup(mention.name) is not None:
        return []  # not written as a list's later item
    for hit in vocabulary.find(snippet):
        if " " not in hit.surface:
            continue
        for a, b, phrase in shared_modifier_phrases(snippet, hit.start, hit.end):
            if snippet[a:b].casefold() != mention.name.casefold():
                continue
            skill = vocabulary.lookup(phrase)
            if skill is not None and shown.get(skill.name):
                return shown[skill.name]
    return []


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9]{1,5}")


class ShownTools:
    """The tools a resume shows (``shown``'s, in its order), each with the acronyms
    that end its names (``_alias_kinds``): listed once, at the first ask that needs
    them, for every unmet ask of the job (each ask once walked all the shown skills
    and hashed each tool's whole entry to look its kinds up)."""

    def __init__(self, shown: dict[str, list[tuple[ResumeLine, SkillHit]]]) -> None:
        self.shown = shown
        self._tools: list[tuple[list[tuple[ResumeLine, SkillHit]], Skill,
                                frozenset[str]]] | None = None

    def tools(self) -> list[tuple[list[tuple[ResumeLine, SkillHit]], Skill, frozenset[str]]]:
        if self._tools is None:
            self._tools = [(pairs, tool, _alias_kinds(tool)) for pairs in self.shown.values()
                           if pairs and (tool := pairs[0][1].skill).kind == "tool"]
        return self._tools


def _kind_in_alias(mention: SkillMention, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                   vocabulary: Vocabulary, tools: ShownTools | None = None
                   ) -> list[tuple[ResumeLine, SkillHit]]:
    """Evidence through the vocabulary's own names: it spells WordPress "WordPress CMS",
    so a resume showing WordPress shows the CMS a posting asks for. The asked kind is
    an acronym (the posting's, or one of its vocabulary skill's names), and a shown
    tool has a name that ends with it, as an English compound names its kind last.
    ``tools``: ``ShownTools(shown)``, kept by the caller for its other asks."""
    if mention.kind not in ("hard", "tool"):
        return []
    skill = vocabulary.lookup(mention.name)
    kinds = _acronym_names(skill) if skill is not None else frozenset(
        n for n in (mention.name,) if _ACRONYM_WORD.fullmatch(n))
    if not kinds:
        return []
    for pairs, tool, tool_kinds in (tools or ShownTools(shown)).tools():
        if skill is not None and tool.name == skill.name:
            continue
        if not kinds.isdisjoint(tool_kinds):
            return pairs
    return []


@functools.lru_cache(maxsize=4096)
def _acronym_names(skill: Skill) -> frozenset[str]:
    """The names of a skill that are acronyms ("CMS" of Content Management Systems): a
    fact of the vocabulary, asked for each missing ask of every job (a skill may have
    dozens of names, each tried against the pattern)."""
    return frozenset(n for n in skill.aliases if _ACRONYM_WORD.fullmatch(n))


@functools.lru_cache(maxsize=4096)
def _alias_kinds(tool: Skill) -> frozenset[str]:
    """The acronyms that end a tool's names ("WordPress CMS" -> CMS)."""
    return frozenset(words[-1] for words in (alias.split() for alias in tool.aliases)
                     if len(words) > 1 and _ACRONYM_WORD.fullmatch(words[-1]))
