"""A thing the resume names by its maker: "Reset PowerFlex drives after a fault" shows the
VFDs (variable frequency drives) a posting asks for, "Pull orders with a Zebra gun" a
scan gun, "Drive the Toyota sit-down" a sit-down forklift.

People name the equipment they use by the name on it. The posting's name for the class
is "<kind words> <thing>"; the resume keeps the thing (the head noun) and puts the
maker's or the model's name where the kind words stood, or keeps the kind word and
drops the thing ("the Toyota sit-down"). Two shapes, one rule of English noun phrases:

- ``<Name> <thing>``: the ask's head noun, written in lower case, right after one to
  three names (a capitalised word that is no vocabulary skill, or a model number):
  "PowerFlex drives", "Zebra gun", "Fluke 87V meter".
- ``the|my|a|our <Name> <kind words>``: the ask's words but its head, after a name and a
  determiner, closing its noun phrase: "the Toyota sit-down", "our Crown stand-up".

Which heads are things comes from the data: a head is a word that closes one of the
vocabulary's tool names (O*NET's Tools Used examples: "Grease guns", "Pallet trucks",
"Clamp meters") and is none of the words said of anything ("systems", "equipment").
What it weighs against: a capitalised word that is a place, a month, the line's first
word (sentence case names nothing), a vocabulary skill of its own ("CNC machines",
"USB drives" name a kind, not a maker) or part of the employer's name; a phrase the
vocabulary names as another skill ("Alaris pumps" is its own entry); an ask that is a
credential (a maker's lift is no certificate) or a deed ("balance cash drawers").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.head_in_entry import _GENERIC_HEADS
from tailor_app.tailoring.skills.phrases import _US_STATES, verb_form
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["brand_instance"]

# A maker's or a product line's name: a capitalised word ("Zebra", "PowerFlex",
# "Genie"), or a model number with a digit ("87V", "5000", "T-800").
_NAME = r"(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|\d[A-Za-z0-9-]*)"
_NAMES = re.compile(rf"(?<![\w&'’.-])({_NAME}(?:[ \t]+{_NAME}){{0,2}})[ \t]+")
# Words that stand before a noun phrase and close none: the elided head's determiner.
_DETERMINERS = r"(?:the|my|our|a|an|their|each|both)"
# Capitalised words that name no maker.
_NOT_MAKERS = frozenset({
    "i", "a", "an", "the", "my", "our", "and", "or", "of", "for", "to", "in", "on", "at",
    "with", "by", "from", "all", "each", "every", "new", "old", "daily", "weekly",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "north", "south", "east", "west",
    "mr", "ms", "mrs", "dr", "st", "us", "usa", "am", "pm", "can", "will", "must",
    "county", "city", "state", "street", "avenue", "road", "park", "center", "centre",
})
# Heads that close tool names in the data but name no one thing a maker's name picks.
_NOT_THING_HEADS = _GENERIC_HEADS | frozenset({
    "units", "unit", "machines", "machine", "devices", "device", "parts", "part", "kits",
    "kit", "sets", "set", "supplies", "materials", "products", "items", "accessories",
    "instruments", "instrument", "apparatus", "systems", "stations", "station", "lines",
    "line", "boxes", "box", "bags", "bag", "containers", "cards", "card", "papers",
    "register", "registers", "monitor", "monitors",
})
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*$")
# Lower-case words that may follow a noun phrase the head was dropped from.
_GOES_ON = "and|or|to|for|in|on|at|with|from|into|every|each|daily|when|while|after|before"


# A head that closes the names of more skills than this ("wrenches", "pumps", "meters",
# "saws") names a family whose makers make many kinds: a maker's name picks none.
_MAX_KINDS = 40


def _singular(word: str) -> str:
    """One of a plural noun ("drives" -> "drive", "batteries" -> "battery")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _forms(head: str) -> list[str]:
    """The head as written and in its other number ("drives"/"drive", "gun"/"guns")."""
    one = _singular(head)
    if one != head:
        return [head, one]
    if head.endswith("y") and head[-2:-1] not in "aeiou":
        return [head, head[:-1] + "ies"]
    return [head, head + "es" if head.endswith(("ch", "sh", "ss", "x")) else head + "s"]


@functools.lru_cache(maxsize=4)
def _tool_heads(vocabulary: Vocabulary) -> frozenset[str]:
    """Words (one, not many) that close the name of a thing O*NET's Tools Used lists
    ("Grease guns", "Wheeled forklifts") and the names of few skills. Software names
    close with words of anything ("server", "editor", "module") and are left out."""
    tools: set[str] = set()
    for skill in vocabulary.skills:
        if skill.source != "onet-tools":
            continue
        for alias in skill.aliases:
            at = alias.rfind(" ")
            if at > 0 and _WORD.match(alias, at + 1):
                head = _singular(alias[at + 1:].casefold())
                if len(head) >= 3 and head not in _NOT_THING_HEADS:
                    tools.add(head)
    # Every skill a head closes a name of, by the head's written forms (one pass, no
    # pattern per name: the vocabulary holds some hundred thousand names).
    form_of = {form: head for head in tools for form in _forms(head)}
    kinds: dict[str, set[str]] = {}
    for skill in vocabulary.skills:
        for alias in skill.aliases:
            at = alias.rfind(" ")
            closing = form_of.get(alias[at + 1:].casefold()) if at > 0 else None
            if closing is not None:
                kinds.setdefault(closing, set()).add(skill.name)
    return frozenset(h for h in tools if len(kinds.get(h, ())) <= _MAX_KINDS)


@functools.lru_cache(maxsize=4096)
def _noun_phrases(name: str, vocabulary: Vocabulary) -> tuple[tuple[str, str], ...]:
    """The ask's names that are a thing with kind words: (head, kind words), all lower
    case. A skill's name opening with a verb's form is a deed ("balance cash drawers")."""
    skill = vocabulary.lookup(name)
    aliases = skill.aliases if skill is not None else (name,)
    tool = skill is not None and skill.kind == "tool"
    heads = _tool_heads(vocabulary)
    out: list[tuple[str, str]] = []
    for alias in aliases:
        words = alias.casefold().split()
        if not 2 <= len(words) <= 4 or not all(_WORD.match(w) for w in words):
            continue
        head, kind = words[-1], words[:-1]
        if _singular(head) not in heads:
            continue
        if not tool and (verb_form(kind[0]) or kind[0].endswith(("ed", "ing"))):
            continue  # a deed: "balancing cash drawers" (a tool's "caulking guns" is none)
        if (head, " ".join(kind)) not in out:
            out.append((head, " ".join(kind)))
    return tuple(out)


def _makers(names: str, line: ResumeLine, at: int, vocabulary: Vocabulary) -> bool:
    """Are ``names`` (found at ``at`` in the line) a maker's or a model's name?"""
    words = names.split()
    if line.in_name(at, at + len(names)):
        return False  # the employer's own name: "Rivergate Foods lines"
    before = line.text[:at].rstrip()
    if not before.strip(" \t-*•·–—") or before.endswith((".", ":", "(", "!", "?", ";")):
        return False  # a sentence's first word: sentence case, no name
    for word in words:
        low = word.casefold()
        if low in _NOT_MAKERS or low in _US_STATES or (word[0].isalpha() and len(word) < 2):
            return False
        if word.isupper() and word.isalpha():
            return False  # an acronym names a kind: "NG tube", "RF guns", "CNC machines"
        if verb_form(word) or low.endswith("ed"):
            return False  # "Assisted in", "Can lift"
        if word[0].isalpha() and vocabulary.lookup(word) is not None:
            return False  # "CNC machines", "USB drives": a kind, not a maker
    return any(w[0].isalpha() for w in words)


def _maker_words(names: str, line: ResumeLine, at: int, vocabulary: Vocabulary
                 ) -> tuple[str, int] | None:
    """The longest tail of ``names`` that is a maker's name, and where it starts: "Reset
    PowerFlex" opens the line with its verb, and "PowerFlex" is the name."""
    words = names.split()
    offset = at
    for k in range(len(words)):
        tail = " ".join(words[k:])
        start = line.text.find(tail, offset)
        if start >= 0 and _makers(tail, line, start, vocabulary):
            return tail, start
        offset = at + names.find(words[k]) + len(words[k])
    return None


@functools.lru_cache(maxsize=64)
def _head_counts(names: tuple[str, ...], vocabulary: Vocabulary) -> dict[str, int]:
    """How many of the posting's asks close a name with each head (once per posting)."""
    counts: dict[str, int] = {}
    for name in names:
        for head in {_singular(head) for head, _ in _noun_phrases(name, vocabulary)}:
            counts[head] = counts.get(head, 0) + 1
    return counts


@functools.lru_cache(maxsize=1024)
def _patterns(head: str, kind: str) -> tuple[re.Pattern[str], ...]:
    """The two shapes for a head and its kind words: "<Name> <head>", and "the <Name>
    <kind words>" when the kind words alone are distinctive (two words or hyphenated)."""
    forms = "|".join(re.escape(f) for f in _forms(head))
    patterns = [re.compile(rf"(?<![\w&'’.-])((?:{_NAME}[ \t]+){{1,3}})({forms})(?![\w-])")]
    if " " in kind or "-" in kind:
        # The head dropped: "the Toyota sit-down", closing its noun phrase.
        patterns.append(re.compile(
            rf"(?<![\w-])(?i:{_DETERMINERS})[ \t]+((?:{_NAME}[ \t]+){{1,2}})"
            rf"((?i:{re.escape(kind)}))(?![\w-])"
            rf"(?![ \t]+(?!(?:{_GOES_ON})\b)[a-z])"))
    return tuple(patterns)


def brand_instance(mention: SkillMention, lines: list[ResumeLine], vocabulary: Vocabulary,
                   asks: Iterable[SkillMention] = ()) -> tuple[float, SkillMatch | None]:
    """Evidence that the resume names the asked thing by its maker (see the module).
    ``asks`` are the posting's asks: a head two of them close ("Zebra gun" when a
    posting asks RF guns and torque guns) picks neither."""
    if mention.kind not in ("hard", "tool"):
        return 0.0, None
    phrases = _noun_phrases(mention.name, vocabulary)
    if not phrases:
        return 0.0, None
    names = tuple(sorted({a.name for a in asks if a.kind in ("hard", "tool")}))
    counts = _head_counts(names, vocabulary)
    own = {_singular(head) for head, _ in phrases}
    mine = 1 if mention.name in names else 0
    shared = {head for head in own if counts.get(head, 0) - mine >= 1}
    for head, kind in phrases:
        if _singular(head) in shared:
            continue
        patterns = _patterns(head, kind)
        needles = (_singular(head), kind.casefold()) if len(patterns) > 1 else (_singular(head),)
        for line in lines:
            if line.part not in ("bullet", "summary") or line.section == "contact":
                continue
            low = line.text.casefold()
            if not any(needle in low for needle in needles):
                continue
            for n, pattern in enumerate(patterns):
                for found in pattern.finditer(line.text):
                    if n == 0 and found.group(2) != found.group(2).casefold():
                        continue  # "Hard Drives" in a title-cased list names a kind
                    maker = _maker_words(found.group(1), line, found.start(1), vocabulary)
                    if maker is None:
                        continue
                    maker_name, start = maker
                    other = vocabulary.lookup(f"{maker_name} {found.group(2)}")
                    if other is not None and other.name != mention.name \
                            and mention.name not in other.broader:
                        continue  # the vocabulary knows it as another skill
                    return 1.0, SkillMatch(
                        name=mention.name, kind=mention.kind, required=mention.required,
                        evidence=line.text, resume_term=line.text[start:found.end(2)])
    return 0.0, None
