"""A skill named by a verb and its particle, told with a pronoun between them.

English moves a phrasal verb's particle past a short object, and always past a pronoun:
"put away the pallets" is also "put the pallets away" and "put them away"; "lay out the
walls" is "laid them out"; "tie out the accounts" is "tied the accounts out". The
vocabulary's names hold the closed-up or hyphenated noun ("Putaway", "Layout") or the
verb with its particle side by side, and its aliases the nouns a name needs ("put stock
away"), so "Scanned pallets in and put them away" showed no putaway: no alias can hold a
pronoun. This reader takes an ask whose name is a verb and a particle (one word closed
up, hyphenated or two words) and finds the verb's forms, a pronoun, then the particle, in
a bullet of the writer's own work.

Left out: a noun between ("putting customers' items away in the fitting room" is no
putaway; the aliases say which nouns are), and nouns whose verb says something else with
its particle moved ("turnover", "breakdown", "backup", "startup", "shutdown": "broke it
down" is no breakdown).
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, work_bullet_showing

__all__ = ["particle_moved"]

_PARTICLES = ("away", "out", "up", "down", "off", "in", "over", "back", "through")
# Closed-up nouns whose particle moved says another thing, and verbs too plain to read.
_LEFT_OUT = frozenset({"turnover", "breakdown", "backup", "startup", "shutdown", "takeover",
                       "handout", "workout", "input", "output", "checkin", "login",
                       "layoff", "payoff", "cutoff", "setback", "feedback", "cashback",
                       "callback", "playback", "rollback", "markup", "makeup", "income",
                       "outcome", "without", "throughput"})
_IRREGULAR = {"put": ("put", "puts", "putting"), "set": ("set", "sets", "setting"),
              "cut": ("cut", "cuts", "cutting"), "lay": ("lay", "lays", "laid", "laying"),
              "tie": ("tie", "ties", "tied", "tying"), "take": ("take", "takes", "took",
                                                               "taking"),
              "tear": ("tear", "tears", "tore", "tearing"),
              "build": ("build", "builds", "built", "building"),
              "write": ("write", "writes", "wrote", "writing"),
              "hang": ("hang", "hangs", "hung", "hanging"),
              "break": ("break", "breaks", "broke", "breaking")}
# The object between: a pronoun, which English always puts there ("put them away",
# "laid it out"). A noun may stand there too, but as often names what is not the skill's
# ("putting customers' items away in the fitting room"), and the names that need one
# say so in their aliases ("put stock away").
_OBJECT = r"(?:them|it|these|those|everything|all[ \t]+of[ \t]+it|each[ \t]+one|em)[ \t]+"


def _forms(verb: str) -> tuple[str, ...]:
    """The written forms of a regular or listed verb: "pack" -> "pack", "packs", "packed",
    "packing"."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    stem = verb[:-1] if verb.endswith("e") else verb
    return (verb, verb + "s", stem + "ed", stem + "ing")


@functools.lru_cache(maxsize=4096)  # asked for each ask no other reader met, in every job
def _verb_and_particle(name: str) -> tuple[str, str] | None:
    """("put", "away") for "Putaway", "put-away" or "put away"; None for any other name."""
    words = re.split(r"[ \t-]+", name.strip().lower())
    if len(words) == 2 and words[1] in _PARTICLES and words[0].isalpha():
        return (words[0], words[1]) if words[0] + words[1] not in _LEFT_OUT else None
    if len(words) != 1 or not words[0].isalpha() or words[0] in _LEFT_OUT:
        return None
    for particle in _PARTICLES:
        verb = words[0][:-len(particle)]
        if words[0].endswith(particle) and len(verb) >= 2:
            return verb, particle
    return None


@functools.lru_cache(maxsize=512)  # each ask's pattern, built once
def _pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """The verbs' forms, a pronoun, then each verb's own particle."""
    branches = [r"\b(?:" + "|".join(_forms(verb)) + r")[ \t]+" + _OBJECT + particle + r"\b"
                for verb, particle in pairs]
    return re.compile("|".join(branches), re.IGNORECASE)


def particle_moved(mention: SkillMention, lines: list[ResumeLine]
                   ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) for a work bullet that tells the ask's verb and particle with a
    pronoun between them ("put them away" for Putaway); else (0.0, None)."""
    pair = _verb_and_particle(mention.name)
    if pair is None:
        return 0.0, None
    return work_bullet_showing(mention, lines, _pattern((pair,)))
