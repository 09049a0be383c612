"""A thing the resume names by its maker with the ask's kind words, its head dropped:
"Drive the Toyota sit-down and the walkie" shows the sit-down forklift a posting asks for,
"Drove the Raymond stand-up on second shift" a stand-up forklift.

People name the equipment they use by the name on it and drop the noun everyone on the
floor knows: "the <Maker> <kind words>", after a determiner, closing its noun phrase,
in a clause whose verb uses the thing (drive, operate, use, ride; not run, which a
meeting is as often as a truck). The kind
words are the ask's own and distinctive (two words or hyphenated), so no subtype is
guessed; the head must close one of the vocabulary's tool names (O*NET's Tools Used
examples: "Wheeled forklifts") and the names of ten skills at most.

Weighed and left out after review: the maker's name standing for the kind words
("PowerFlex drives" for VFDs, "Zebra gun" for a scan gun). A maker makes many kinds
("Nikon cameras" are no CCTV, "Sysco trucks" no box truck, "Andersen doors" sold are no
door installation), and the data cannot tell which. Also refused: a capitalised word
that is a place, a month, an acronym, a sentence's first word, a vocabulary skill of its
own or part of the employer's name; a phrase the vocabulary names as another skill; a
clause that sells, unloads or leads the thing ("Led the Ops stand-up"); an ask that is a
credential or a deed ("Door Installation"); a head two of the posting's asks share.
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
_ACTION_NAME = re.compile(r".*(?:tion|sion|ing|ment|ance|ence|sis|ure|al)$")
# Lower-case words that may follow a noun phrase the head was dropped from.
_GOES_ON = "and|or|to|for|in|on|at|with|from|into|every|each|daily|when|while|after|before"


# A head that closes the names of more skills than this ("guns", "cameras", "trucks",
# "pumps", "meters") names a family whose makers make many kinds: a maker's name picks
# none ("Nikon cameras" are no CCTV, "Sysco trucks" no box truck).
_MAX_KINDS = 10
# A clause's opening verb that does something else to the thing than use it: goods sold,
# unloaded or cleaned, a meeting led ("Led the Ops stand-up", "Unloaded Sysco trucks",
# "Sold Andersen doors"). Stems: "sell" is "selling", "unload" "unloaded".
_NOT_USED = ("sell", "sold", "unload", "wash", "clean", "deliver", "stock", "ship", "order",
             "buy", "bought", "return", "haul", "rent", "lead", "led", "hold", "held",
             "attend", "host", "join", "pitch", "market", "quot", "price")
# The verbs of using a thing named with its head dropped ("Ran the Raymond stand-up"):
# without one, "the <Name> stand-up" is as likely a meeting.
# Not "run" or "work": a meeting is run as often as a truck ("Ran the Ops stand-up").
_OPERATE = ("drive", "drove", "driv", "operat", "use", "used", "using", "ride", "rode", "rid")
_CLAUSE_START = re.compile(r"(?:^|[;:.]|,[ \t]+and\b|\band\b)[ \t]*(?:[-*•·–—][ \t]*)?"
                           r"(?P<verb>[A-Za-z]+)[^;:.]*$")


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
    if not tool and _ACTION_NAME.match(name.rsplit(" ", 1)[-1].casefold()):
        return ()  # a deed ("Door Installation", "Truck Loading"): no thing to name
    verbs = vocabulary.deed_verbs()
    heads = _tool_heads(vocabulary)
    out: list[tuple[str, str]] = []
    for alias in aliases:
        words = alias.casefold().split()
        if not 2 <= len(words) <= 4 or not all(_WORD.match(w) for w in words):
            continue
        head, kind = words[-1], words[:-1]
        if _singular(head) not in heads:
            continue
        if not tool and (verb_form(kind[0]) or kind[0].endswith(("ed", "ing"))
                         or kind[0] in verbs):
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


def _clause_verb(text: str, at: int) -> str:
    """The first word of the clause the maker's name at ``at`` stands in, lower case."""
    found = _CLAUSE_START.search(text[:at])
    return found.group("verb").casefold() if found else ""


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
    """"the <Name> <kind words>", the head dropped, when the kind words alone are
    distinctive (two words or hyphenated: "the Toyota sit-down")."""
    if " " not in kind and "-" not in kind:
        return ()
    return (re.compile(
        rf"(?<![\w-])(?i:{_DETERMINERS})[ \t]+((?:{_NAME}[ \t]+){{1,2}})"
        rf"((?i:{re.escape(kind)}))(?![\w-])"
        rf"(?![ \t]+(?!(?:{_GOES_ON})\b)[a-z])"),)


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
        if not patterns:
            continue
        needles = (kind.casefold(),)
        for line in lines:
            if line.part not in ("bullet", "summary") or line.section == "contact":
                continue
            low = line.text.casefold()
            if not any(needle in low for needle in needles):
                continue
            for pattern in patterns:
                for found in pattern.finditer(line.text):
                    verb = _clause_verb(line.text, found.start(1))
                    if verb.startswith(_NOT_USED) or not verb.startswith(_OPERATE):
                        continue  # sold, unloaded, a meeting led: not the thing used
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
