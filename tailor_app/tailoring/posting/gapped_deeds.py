"""A curated deed a posting writes with describing words between its verb and its
object: "respond to noise complaints" is the vocabulary's "respond to complaints", "open
and close the downtown bar" its "open and close the bar".

The vocabulary lists a field's everyday asks as the deed itself ("~respond to
complaints", "~open and close the bar"), and the matcher wants the words side by side.
People put what kind of thing it is in between (whose complaints, which bar), so
fresh postings lost the ask whenever they said which one: the phrase is the same deed
for every kind. Here a verb-first alias of three words or more of a curated
hard skill is read with up to three describing words (and determiners, or "and"/"or"
between them or after an earlier object of the verb) before its object, on one line.
A mark, a small word, a verb or an "-ing" word ends the describing words, and the
object must end its noun phrase ("respond to noise complaint trends" reads trends).
A two-word deed ("receive freight", "pour wine") is read here only with determiners
between its words ("receive the freight", "receive all freight"): a describing noun
there may make it another thing, and one describing word is the deed index's
(deeds.py). Before, "receive the freight" asked for nothing. The index is built once
per vocabulary; a posting is read only where an alias's object stands and its verb is
somewhere in the posting.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tailor_app.tailoring.posting.shared import SharedHit
from tailor_app.tailoring.skills.deeds import action_verbs
from tailor_app.tailoring.skills.phrases import stop_word, verb_form
from tailor_app.tailoring.text import word_set

__all__ = ["gapped_deed_hits", "prepare"]

# Words that join a verb to its object in a phrasal or prepositional verb: "check in",
# "respond to", "follow up with".
_PARTICLES = word_set("to in up out on with for off over down back about through")
_DETERMINERS = word_set("the a an our their your its all each every any this these those")
_JOINERS = word_set("and or &")
# Plain words of the trades' everyday verbs that the duty-verb lists miss: an alias
# opening with one of these (or a duty verb) is a deed.
_EVERYDAY_VERBS = word_set(
    "check count post open close answer greet book stock clean cook serve pour mix sell"
    " call file enter load unload drive wash restock sort pack ship lift set run host"
    " seat bus fold sweep mop wipe cut chop prep bake brew steam greet escort walk feed"
    " bathe dress groom change refill replace install repair fix paint patch weld wire")
# Verbs of making a thing: "build weekly schedules" names the thing made by its own
# activity (Scheduling, ``object_work``), whichever schedule the alias means.
_MAKING = word_set("build create prepare write make")
# Light verbs whose object takes its sense from the words before it: "assist with
# employee transfers" is HR's, "run the box office" a theatre's, "walk the entire
# property" a guard's patrol; only their deeds written side by side are the skill.
_LIGHT = word_set("assist help support run walk take keep do give get work provide go put use")
_MAX_GAP = 3  # describing words between the verb and the object
# A word, or one mark that is no letter: the look-back reads both.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")
_LOOK_BACK = 90  # characters before the object read for its verb


@dataclass(frozen=True)
class _Deed:
    verb: frozenset[str]  # the first word's forms: "respond", "responds", "responding"
    lead: tuple[str, ...]  # the verb's other words: ("to",), ("and", "close")
    obj: tuple[str, ...]  # the object's words, the last as written in the alias
    skill: Any
    # A deed of two words ("receive freight", "pour wine"): only determiners may stand
    # between its verb and its object ("receive the freight", "pour all wine"), since a
    # describing noun there often changes whose thing it is ("build student schedules").
    plain: bool = False


@dataclass(frozen=True)
class _Index:
    deeds: dict[str, tuple[_Deed, ...]]  # object word (each written form) -> its deeds
    # The same words as ``str.split`` leaves them before a mark ("complaints," ->
    # "complaints"), so a posting's words are told without a regex.
    written: dict[str, str]
    verbs: frozenset[str]  # every deed's verb forms
    stems: frozenset[str]  # the duty verbs' stems (deeds.py)


_INDEXES: weakref.WeakKeyDictionary[object, _Index] = weakref.WeakKeyDictionary()
_MARKS = (",", ".", ";", ":", ")", "!", "?", "'", "’", '"')


def _forms(verb: str) -> frozenset[str]:
    """A verb's present forms as a duty is written: "respond", "responds", "responding"."""
    out = {verb, verb + "s", verb + "ing"}
    if verb.endswith("e"):
        out.add(verb[:-1] + "ing")
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        out.add(verb + "es")
    return frozenset(out)


def _object_forms(word: str) -> set[str]:
    """The object's last word as a posting may write it, singular or plural."""
    out = {word}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss"):
        out.add(word[:-1])
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        out.add(word[:-1] + "ies")
    elif word.endswith(("s", "sh", "ch", "x")):
        out.add(word + "es")
    else:
        out.add(word + "s")
    return out


def _is_verb(word: str, stems: frozenset[str]) -> bool:
    """Is ``word`` a verb's plain form ("respond", "manage"), not a noun made of one
    ("transportation") nor its "-ing" or "-ed" form ("building products" is a thing)?"""
    if word.endswith(("ing", "ed")) and word not in _EVERYDAY_VERBS:
        return False
    return word in _EVERYDAY_VERBS or word in stems or (
        word.endswith("e") and word[:-1] in stems) or (
        verb_form(word) and (word.endswith("ss") or not word.endswith("s")))


def _parse(alias: str, stems: frozenset[str]
           ) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """(verb, the verb's other words, the object's words) of a verb-first alias."""
    words = alias.split()
    # Two words are read here only with determiners between them (``_Deed.plain``);
    # with one describing word they are the deed index's ("post jobs": deeds.py).
    if len(words) < 2 or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return None
    if not _is_verb(words[0], stems) or words[0] in _MAKING or words[0] in _LIGHT:
        return None
    if len(words) == 2:
        if words[1] in _PARTICLES or words[1] in _JOINERS or words[1] in _DETERMINERS \
                or stop_word(words[1]) or words[1].endswith(_ACTION_ENDS):
            return None  # "schedule management": a name of two nouns, no deed
        return words[0], (), (words[1],)
    i = 1
    lead: list[str] = []
    while i < len(words):
        if words[i] in _PARTICLES:
            lead.append(words[i])
            i += 1
        elif words[i] in _JOINERS and i + 1 < len(words) and _is_verb(words[i + 1], stems):
            lead += words[i:i + 2]
            i += 2
        else:
            break
    while i < len(words) and words[i] in _DETERMINERS:
        i += 1
    obj = tuple(words[i:])
    if not 1 <= len(obj) <= 2 or any(w in _PARTICLES or w in _JOINERS or w in _DETERMINERS
                                      for w in obj):
        return None
    return words[0], tuple(lead), obj


# Endings of an action noun: a two-word alias ending so is a name ("schedule
# management", "budget development"), never a verb and its object.
_ACTION_ENDS = ("ment", "tion", "sion", "ance", "ence", "ing", "ery")


def _names_the_action(verb: str, name: str) -> bool:
    """Does the skill's name hold the action of a two-word alias's verb ("receive freight"
    of Delivery Receiving, "forecast deals" of Sales Forecasting)? Then the alias is a
    deed. A name that does not ("control prints" of Electrical Schematics, "schedule
    management" of Project Scheduling's other words) makes the alias a noun compound
    whose first word only looks like a verb."""
    for word in name.lower().split():
        for stem in action_verbs(word):
            if len(stem) >= 4 and verb.startswith(stem):
                return True
    return False


def _index(vocabulary: Any) -> _Index:
    """The deeds by their object's last word, built once per vocabulary."""
    known = _INDEXES.get(vocabulary)
    if known is not None:
        return known
    verbs = getattr(vocabulary, "deed_verbs", None)
    stems: frozenset[str] = verbs() if verbs is not None else frozenset()
    by_word: dict[str, list[_Deed]] = {}
    for skill in getattr(vocabulary, "skills", ()):
        if skill.kind != "hard" or skill.source != "curated":
            continue
        own = skill.name.split(" ", 1)[0].lower()
        for alias in skill.aliases:
            if alias.split(" ", 1)[0] == own:
                continue  # a name ("Design for assembly", "Direct care"), not a deed
            parsed = _parse(alias, stems)
            if parsed is None:
                continue
            verb, lead, obj = parsed
            if len(alias.split()) == 2 and not _names_the_action(verb, skill.name):
                # "control prints" of Electrical Schematics names a thing, not a deed.
                continue
            deed = _Deed(_forms(verb), lead, obj, skill, len(alias.split()) == 2)
            for form in _object_forms(obj[-1]):
                by_word.setdefault(form, []).append(deed)
    written = {w + mark: w for w in by_word for mark in ("", *_MARKS)}
    index = _Index({w: tuple(d) for w, d in by_word.items()}, written,
                   frozenset(f for ds in by_word.values() for d in ds for f in d.verb), stems)
    _INDEXES[vocabulary] = index
    return index


def prepare(vocabulary: Any) -> None:
    """Build the index now (``tailoring.load_engine``), so no job pays for it."""
    _index(vocabulary)


def _ends_phrase(text: str, end: int) -> bool:
    """Does the object end its noun phrase: a mark, the line's end or a small word after it?"""
    m = _TOKEN.search(text, end, min(len(text), end + 40))
    if m is None or not m.group()[0].isalpha():
        return True
    if text[end:m.start()].strip():
        return True
    word = m.group().lower()
    return word in _JOINERS or (stop_word(word) and not verb_form(word))


def _gap_stop(word: str, stems: frozenset[str]) -> bool:
    """A word that ends the describing words: a mark, a small word, a verb of any list,
    or an "-ing" word (a gerund before a noun names another thing: "shipping
    schedules", "cleaning supplies")."""
    if not word[0].isalpha() or word in _PARTICLES:
        return True
    if stop_word(word) and not word.endswith("ly"):
        return True
    return verb_form(word) or word.endswith("ing") or word in _EVERYDAY_VERBS \
        or word in stems or (word.endswith("e") and word[:-1] in stems)


def _lead_before(tokens: list[str], k: int, deed: _Deed, stems: frozenset[str]) -> int | None:
    """Where the deed's verb stands, reading back from token ``k`` (the object's first
    word's index) past at most _MAX_GAP describing words; None when it is not there."""
    described = gap = items = 0
    j = k - 1
    while j >= 0:
        word = tokens[j].lower()
        n = len(deed.lead)
        if (described or items) and j - n >= 0 \
                and tuple(t.lower() for t in tokens[j - n + 1:j + 1]) == deed.lead \
                and tokens[j - n].lower() in deed.verb:
            return j - n
        if not deed.lead and (described or items) and word in deed.verb:
            return j
        if deed.plain and word not in _DETERMINERS:
            return None  # "receive the freight" is "receive freight"; "build student ..."
        if word in _DETERMINERS:
            # "follow up with every prospect": a determiner the alias does not write.
            gap += 1
            described += word not in deed.obj
            j -= 1
            continue
        if word in _JOINERS:
            # Between two describing words ("wellness and recovery groups") or after an
            # earlier object of the verb ("noise complaints and emergencies"), never
            # after a verb ("load and check the truck" checks it).
            if j == 0 or _gap_stop(tokens[j - 1].lower(), stems):
                return None
            gap += 1
            items += 1
            described = 0  # each item has its own describing words
            j -= 1
            continue
        if _gap_stop(word, stems):
            return None
        described += 1
        gap += 1
        if described > _MAX_GAP:
            return None
        j -= 1
    return None


def gapped_deed_hits(text: str, vocabulary: Any, found: Sequence[Any]) -> list[SharedHit]:
    """Hits of the curated deeds ``text`` writes with describing words between verb and
    object, beside ``found`` (a skill found overlapping there already is not added)."""
    index = _index(vocabulary)
    stems = index.stems
    low = text.lower()
    words = set(low.split())
    verbs = index.verbs & words
    if not verbs:
        return []
    # Only objects whose deed's verb the posting writes somewhere: most are not.
    deeds = {}
    for token in index.written.keys() & words:
        word = index.written[token]
        told = tuple(d for d in index.deeds[word] if not d.verb.isdisjoint(verbs))
        if told:
            deeds[word] = told
    if not deeds:
        return []
    out: list[SharedHit] = []
    taken = {(h.skill.name, h.start) for h in found}
    spans_of: dict[str, list[tuple[int, int]]] | None = None
    starts: list[int] = []
    for begin, end, word in sorted(_occurrences(low, deeds)):
        if not _ends_phrase(text, end):
            continue
        line_start = text.rfind("\n", 0, begin) + 1
        lo = max(line_start, begin - _LOOK_BACK)
        if all(low.find(form, lo, begin) == -1 for deed in deeds[word] for form in deed.verb):
            continue  # no verb of its deeds before it on the line
        spans = [(m.start() + lo, m.end() + lo) for m in _TOKEN.finditer(text[lo:begin])]
        tokens = [text[a:b] for a, b in spans]
        for deed in deeds[word]:
            k = len(tokens)
            if len(deed.obj) == 2:
                if not tokens or tokens[-1].lower() != deed.obj[0]:
                    continue
                k -= 1
            at = _lead_before(tokens, k, deed, stems)
            if at is None:
                continue
            start = spans[at][0]
            gap = spans[at + len(deed.lead)][1]
            joins = [i for i in range(at + len(deed.lead) + 1, k)
                     if tokens[i].lower() in _JOINERS]
            if joins:
                # A later item of a list of objects: the hit spans that item alone, so
                # the earlier one is still read as what it is (deeds.py does the same).
                start = spans[joins[-1] + 1][0] if joins[-1] + 1 < len(spans) else begin
            if spans_of is None:  # the found hits by skill, and their starts in order
                spans_of = {}
                for h in found:
                    spans_of.setdefault(h.skill.name, []).append((h.start, h.end))
                starts = sorted(h.start for h in found)
            after_gap = bisect.bisect_right(starts, gap)
            if (deed.skill.name, start) in taken \
                    or (after_gap < len(starts) and starts[after_gap] < end) \
                    or any(a < end and start < b for a, b in spans_of.get(deed.skill.name, ())):
                # The same skill found there, or a name among the describing words:
                # "resolve third-party insurance rejections" asks third-party insurance.
                continue
            taken.add((deed.skill.name, start))
            out.append(SharedHit(deed.skill, start, end, text[start:end]))
            break
    return out


def _occurrences(low: str, words: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each whole-word occurrence of ``words`` in ``low``."""
    out = []
    for word in words:
        pos = low.find(word)
        while pos != -1:
            end = pos + len(word)
            if (pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] in "-'’")) and (
                    end == len(low) or not (low[end].isalnum() or low[end] in "-'’")):
                out.append((pos, end, word))
            pos = low.find(word, end)
    return out
