"""Skills named by a noun made of a verb and its particle, told by the verb and particle.

"New hire setup" is what "set up new hires" does, "product rollout" what "rolled out
the new POS" does, "guest check-in" what "checked in guests" does. The deed index
(``deeds.py``) reads a verb and its object, with the verb one word: these verbs are
two, and the verb alone says something else ("set goals", "checked inventory",
"rolled out" is not "rolled"), so the particle must stand right after the verb. A
preposition the phrasal verb takes may stand before the object: "followed up with
customers" is customer follow-up, "signed off on change orders" change order sign-off.

A name of three words ("new hire setup") needs its first word before the object as
well, so "set up hire dates" does not show it. (The deed index itself also gives
"setup", "cleanup", "breakdown" and "teardown" their verbs alone, for names of two words
whose verb shares a list with another: "Set up and stock your station".)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tailor_app.tailoring.skills.stems import object_stem

__all__ = ["COMPOUND_NOUNS", "ParticleDeeds"]

# The noun, closed up or hyphenated as names write it, and its verb and particle.
_NOUNS: dict[str, tuple[str, str]] = {
    "setup": ("set", "up"), "rollout": ("roll", "out"), "pickup": ("pick", "up"),
    "cleanup": ("clean", "up"), "checkout": ("check", "out"), "checkin": ("check", "in"),
    "teardown": ("tear", "down"), "buildout": ("build", "out"), "handoff": ("hand", "off"),
    "shutdown": ("shut", "down"), "startup": ("start", "up"), "changeover": ("change", "over"),
    "writeup": ("write", "up"), "hookup": ("hook", "up"), "cutover": ("cut", "over"),
    "closeout": ("close", "out"), "walkthrough": ("walk", "through"),
    "signoff": ("sign", "off"), "followup": ("follow", "up"), "turnover": ("turn", "over"),
    "dropoff": ("drop", "off"), "tiein": ("tie", "in"), "backup": ("back", "up"),
    "layout": ("lay", "out"), "breakdown": ("break", "down"),
}
# Every written form of those verbs, irregular ones as written.
_FORMS: dict[str, tuple[str, ...]] = {
    "set": ("set", "sets", "setting"), "roll": ("roll", "rolls", "rolled", "rolling"),
    "pick": ("pick", "picks", "picked", "picking"),
    "clean": ("clean", "cleans", "cleaned", "cleaning"),
    "check": ("check", "checks", "checked", "checking"),
    "tear": ("tear", "tears", "tore", "torn", "tearing"),
    "build": ("build", "builds", "built", "building"),
    "hand": ("hand", "hands", "handed", "handing"), "shut": ("shut", "shuts", "shutting"),
    "start": ("start", "starts", "started", "starting"),
    "change": ("change", "changes", "changed", "changing"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "hook": ("hook", "hooks", "hooked", "hooking"), "cut": ("cut", "cuts", "cutting"),
    "close": ("close", "closes", "closed", "closing"),
    "walk": ("walk", "walks", "walked", "walking"),
    "sign": ("sign", "signs", "signed", "signing"),
    "follow": ("follow", "follows", "followed", "following"),
    "turn": ("turn", "turns", "turned", "turning"),
    "drop": ("drop", "drops", "dropped", "dropping"), "tie": ("tie", "ties", "tied", "tying"),
    "back": ("back", "backs", "backed", "backing"), "lay": ("lay", "lays", "laid", "laying"),
    "break": ("break", "breaks", "broke", "broken", "breaking"),
}
COMPOUND_NOUNS = _NOUNS  # what other readers of names' verbs read (alias_deeds.py)
_VERB_OF = {form: verb for verb, forms in _FORMS.items() for form in forms}
_PAIRS = frozenset(_NOUNS.values())
# What the phrasal verb may take before its object: "follow up with", "sign off on".
_PREPOSITIONS = frozenset({"with", "on", "for", "of"})
# Words the object is never past: "set up the room for events" is no event setup. A
# subject's pronoun opens the next clause after a verb used without an object: "when a
# truck breaks down you'll line up road service" breaks down no line.
_STOPS = frozenset({"with", "on", "for", "of", "to", "in", "at", "by", "from", "into",
                    "and", "or", "as", "after", "before", "during", "per", "using",
                    "you", "we", "they", "he", "she", "i", "it"})
# Small words between the verb and its object: "set up the new hire's desk".
_SMALL = frozenset({"a", "an", "the", "all", "our", "your", "their", "his", "her", "its", "each",
                    "every", "any", "new", "daily", "weekly", "monthly"})
# Between two words of one phrase: spaces, an owner's apostrophe or a figure ("checked
# in 1,200 guests"), nothing else.
_BREAK = re.compile(r"[^\s'’\d.,$%+]|(?<!\d),|,(?!\d)")
_MAX_GAP = 2  # describing words before the object ("rolled out a redesigned POS system")


class ParticleDeeds:
    """(verb, particle, object stem) -> [(skill index, first word or "")]."""

    def __init__(self, names: Iterable[tuple[int, str]]) -> None:
        self.pairs: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
        for index, name in names:
            words = name.lower().split()
            if not 2 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() for w in words):
                continue
            noun = _NOUNS.get(words[-1].replace("-", ""))
            if noun is None:
                continue
            if words[-2] in _STOPS:
                continue  # "check-in and checkout": two deeds, no object
            first = words[0] if len(words) == 3 else ""
            self.pairs.setdefault((*noun, object_stem(words[-2])), []).append((index, first))
        verbs = {v for v, _p, _o in self.pairs}
        self.particles = {(v, p) for v, p, _o in self.pairs}
        # Written form -> the verbs it may be: one lookup per word of a line.
        self.forms: dict[str, str] = {f: v for v in verbs for f in _FORMS.get(v, (v,))}

    def read(self, words: list[str], spans: list[tuple[int, int]],
             gaps: list[str]) -> list[tuple[int, int, int]]:
        """(skill index, start, end) of each deed in a line's lower-cased ``words``
        (``spans`` their offsets, ``gaps[k]`` the text between word k-1 and word k)."""
        out = []
        last = len(words) - 1
        for i, word in enumerate(words[:-1]):
            verb = self.forms.get(word)
            if verb is None or (verb, words[i + 1]) not in self.particles \
                    or gaps[i + 1] != " ":
                continue
            particle, j, skipped = words[i + 1], i + 2, 0
            # "Set up and tore down events": two such verbs share the object.
            while j + 2 <= last and words[j] in ("and", "or") and (
                    _VERB_OF.get(words[j + 1]), words[j + 2]) in _PAIRS:
                j += 3
            if j <= last and words[j] in _PREPOSITIONS:
                j += 1
            while j <= last and not _BREAK.search(gaps[j]) and words[j] not in _STOPS:
                found = self.pairs.get((verb, particle, object_stem(words[j])))
                shown = [index for index, first in found or ()
                         if not first or words[j - 1] == first]
                if shown:
                    out.append((shown[0], spans[i][0], spans[j][1]))
                    break
                if words[j] not in _SMALL:
                    skipped += 1
                    if skipped > _MAX_GAP:
                        break
                j += 1
        return out
