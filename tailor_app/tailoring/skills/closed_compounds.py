"""An ask named by one closed word made of a verb and its particle ("Lockout/Tagout")
shown by the phrasal verb done to a thing: "Lock out equipment before clearing jams",
"Locked out the press brake before every die change".

Today one vocabulary skill has that shape in a trade's field, Lockout/Tagout (review20's
M5); a trade's skill named so later ("Teardown", "Shutdown") is read the same way.

``particle_deeds`` reads such a noun after its object ("New hire setup": "set up new
hires"); an ask of the noun alone, or of two such nouns joined by a slash, names the
deed itself, and a resume tells it with the verb. What counts, so another sense of
the same two words does not:

- the particle is "out", "over" or "down" (an "up" or "off" joined to a verb names
  too many things: "set up", "take off"), the verb before it is three letters or more
  and is the verb in any tense ("lock", "locked", "locking"; "shut", "broke");
- the particle stands right after the verb, and a thing follows it: a word that is no
  preposition ("locked out of the system" is shut out, no lockout) and no person
  ("locked out the tenant", "turned over the patient" are done to people);
- the ask is a skill of a trade's vocabulary (construction, skilled trades, production,
  automotive, facilities, logistics): on a shop floor such a noun is the deed done to
  equipment (a lockout, a teardown, a changeover), while elsewhere the same word is
  often a thing of its own ("Markdown" is a markup language, "turnover" staff leaving);
- every word of the phrasal verb is in the resume at all before any line is searched.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, quoted_by
from tailor_app.tailoring.skills.stems import IRREGULAR_FORMS, word_stems
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["closed_compound_deed"]

_PARTICLES = ("out", "over", "down")
_TRADES = frozenset({"trades_construction", "skilled_trades", "production", "automotive",
                     "facilities_security", "logistics"})
_PART = re.compile(r"[A-Za-z]+")
# A word after the particle that makes the verb another: a preposition, or a person.
_NOT_A_THING = ("of|from|with|for|to|at|on|in|by|about|into|onto|than|after|before|and|or"
                "|him|her|them|me|us|you|people|tenants?|residents?|patients?|guests?"
                "|customers?|employees?|staff|workers?|students?|users?|members?|clients?")


@functools.lru_cache(maxsize=512)
def _verb_forms(verb: str) -> tuple[str, ...]:
    """The verb's written forms: itself, -s, -ed, -ing and an irregular past."""
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb[:-1] + "ing"}
    if re.search(r"[^aeiou][aeiou][bdgkmnpt]$", verb):  # "shut": "shutting"
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    forms |= {f for f in IRREGULAR_FORMS if verb in word_stems(f)[1:2]}
    return tuple(sorted(forms, key=len, reverse=True))


@functools.lru_cache(maxsize=2048)  # a pure function of a name
def _phrasal(name: str) -> tuple[tuple[str, str], ...]:
    """(verb, particle) for each closed verb-and-particle word that is a whole part of
    ``name`` ("Lockout/Tagout": lock out, tag out); () for other names."""
    if " " in name.strip():
        return ()
    out = []
    for part in re.split(r"[ \t]*/[ \t]*", name.strip()):
        if not _PART.fullmatch(part):
            return ()
        low = part.lower()
        low = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
        for particle in _PARTICLES:
            verb = low[:-len(particle)]
            if low.endswith(particle) and len(verb) >= 3:
                out.append((verb, particle))
                break
    return tuple(out)


@functools.lru_cache(maxsize=512)
def _pattern(verb: str, particle: str) -> re.Pattern[str]:
    forms = "|".join(map(re.escape, _verb_forms(verb)))
    return re.compile(rf"(?<![\w-])(?:{forms})[ \t]+{particle}[ \t]+(?!(?:{_NOT_A_THING})\b)"
                      rf"[A-Za-z0-9]+", re.IGNORECASE)


def closed_compound_deed(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
                         vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """(credit, match) quoting the line that does the asked deed with its phrasal verb
    (see the module docstring), else (0.0, None)."""
    if mention.kind not in ("hard", "certification"):
        return 0.0, None
    pairs = _phrasal(mention.name)
    if not pairs:
        return 0.0, None
    skill = vocabulary.lookup(mention.name)
    if skill is None or _TRADES.isdisjoint(skill.fields):
        return 0.0, None
    patterns = tuple(_pattern(verb, particle) for verb, particle in pairs
                     if f" {particle} " in resume_low and verb[:3] in resume_low)
    return quoted_by(mention, lines, patterns)
