"""Reading a drawing shown by working from it: "Work off the prints to trace control
circuits", "Frame walls and roofs from the plans", "Lay out boxes per the drawings" show
the blueprint or schematic reading a posting asks for.

Trades people rarely say they read the prints; they say what they built, laid out or
traced off, from or per them, and a reader takes that for reading them. The asks are
the vocabulary's skills named as reading or interpreting a kind of drawing ("Blueprint
Reading": "reading blueprints", "print reading", "drawing interpretation"; "Electrical
Schematics": "electrical schematics reading"); the resume's noun is that drawing, or
the trade's everyday word for it (a blueprint is the prints, the plans or the drawings;
a schematic the prints or a diagram). The phrase must follow a preposition of working
from (off, from, per, using, following, against, according to), not one of sending or
helping ("Sent the drawings to the client", "Helped with the plans"); it must close its
noun phrase ("from the print shop" is no print), a plan must be a building's ("from the
floor plans", or the plural "the plans"; never "according to the (daily) plan"), and no
modifier may make it another of the vocabulary's things ("lesson plans", "care plans");
a bare singular is a unit, not a drawing ("charged per print"). An ask with a modifier
of its own ("electrical") needs that word's stem in the resume.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["worked_from"]

_READ_NAME = re.compile(
    r"(?:read(?:ing|s)?|interpret(?:ing|s)?)\s+(?P<after>[a-z -]+)"
    r"|(?P<before>[a-z -]+?)\s+(?:reading|interpretation)")
# A drawing's head noun (singular) -> the trade's words for it (singular).
_DRAWINGS: dict[str, tuple[str, ...]] = {
    "blueprint": ("blueprint", "print", "plan", "drawing"),
    "drawing": ("drawing", "print", "plan", "blueprint"),
    "print": ("print", "blueprint", "drawing"),
    "schematic": ("schematic", "print", "diagram"),
    "diagram": ("diagram", "schematic", "print"),
}
_FROM = (r"(?:off(?:[ \t]+of)?|from|per|using|following|against|according[ \t]+to)"
         r"[ \t]+(?P<det>(?:the|our|my|his|her|their|all|a|an|each|every)[ \t]+)?")


# Words that may follow the drawing and leave it the end of its noun phrase.
_GOES_ON = frozenset({"and", "or", "to", "for", "in", "on", "at", "with", "before", "after",
                      "while", "when", "so", "as", "into", "of", "from", "every", "each",
                      "daily", "including"})
# The words that make a plan a drawing of a building ("the floor plans", "contractor
# plans"); any other ("the daily plan", "a training plan") is a plan of work.
_BUILDING = frozenset({"floor", "house", "site", "building", "construction", "architectural",
                       "framing", "electrical", "plumbing", "mechanical", "structural",
                       "contractor", "contractors", "builder", "builders", "stamped",
                       "approved", "engineered", "job"})


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=2048)
def _drawings(name: str, vocabulary: Vocabulary) -> tuple[tuple[str, str], ...]:
    """(modifier, head) of the drawings the ask's names say it reads, lower case."""
    skill = vocabulary.lookup(name)
    aliases = skill.aliases if skill is not None else (name,)
    out: list[tuple[str, str]] = []
    for alias in aliases:
        found = _READ_NAME.fullmatch(alias.casefold())
        if found is None:
            continue
        words = (found.group("after") or found.group("before") or "").split()
        if not 1 <= len(words) <= 2 or _singular(words[-1]) not in _DRAWINGS:
            continue
        pair = (" ".join(words[:-1]), _singular(words[-1]))
        if pair not in out:
            out.append(pair)
    return tuple(out)


@functools.lru_cache(maxsize=64)
def _pattern(head: str) -> re.Pattern[str]:
    nouns = "|".join(f"{n}s?" for n in _DRAWINGS[head])
    return re.compile(
        rf"(?<![\w-]){_FROM}(?P<mods>(?:[a-z][a-z-]*[ \t]+){{0,2}}?)(?P<noun>{nouns})(?![\w-])"
        rf"(?:[ \t]+(?P<after>[a-z]+))?",
        re.IGNORECASE)


def worked_from(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
                vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """Evidence that the resume worked from the drawings the asked skill reads."""
    if mention.kind != "hard":
        return 0.0, None
    for modifier, head in _drawings(mention.name, vocabulary):
        if modifier and modifier[:6] not in resume_low:
            continue  # "electrical" schematics: the resume never says electr…
        pattern = _pattern(head)
        for line in lines:
            if line.part not in ("bullet", "summary"):
                continue
            for found in pattern.finditer(line.text):
                mods = found.group("mods").split()
                after = found.group("after")
                if after and after not in _GOES_ON:
                    continue  # "from the print shop": the drawing word names another thing
                noun = found.group("noun").casefold()
                if not found.group("det") and not mods and not noun.endswith("s"):
                    continue  # "charged per print": a unit of sale, no drawing
                if noun.startswith("plan") and (
                        any(m.casefold() not in _BUILDING for m in mods)
                        or (noun == "plan" and not mods)):
                    continue  # "the daily plan", "per the plan": a plan of work, no drawing
                if mods and vocabulary.lookup(" ".join([*mods, found.group("noun")])) not in (
                        None, vocabulary.lookup(mention.name)):
                    continue  # "from the lesson plans": another thing
                return 1.0, SkillMatch(
                    name=mention.name, kind=mention.kind, required=mention.required,
                    evidence=line.text, resume_term=line.text[found.start():found.end("noun")])
    return 0.0, None
