"""A tool called by its maker's name alone: "Chase down shorts with my Fluke" shows the
multimeters a posting asks for, "Scan every tote with the Zebra gun" barcode scanners.

Tradespeople call their tools by the maker, the way the vocabulary's own names do
("Fluke meter", "Zebra scanner"): a maker's word opening a tool's name, followed only by
the kind of thing it is. The maker's word alone is no name the vocabulary can hold: it is
an everyday word ("fluke", "zebra", "square", "crown") or a company's name, so the
vocabulary writes it with its kind. Here the line's grammar tells the tool: the word in
its capitals, as the thing of a noun phrase that a possessive or a determiner opens ("my
Fluke", "the Zebra"), with nothing after it but the end of the phrase, a model number
("my Fluke 87V") or a word the tool's own names use ("the Zebra gun": "scan gun").

Which words are makers is the vocabulary's data, never a list of makers kept here: a
capitalised word that opens a curated tool's name whose other words are lower-case kind
words, and opens no other skill's name outside that tool's family (its broader and
narrower skills): "Crown" opens dentistry's crowns too, and is left out. A capitalised
word is no maker without such a name (an earlier reader took any capitalised word before
a kind for a maker, and read "Nikon cameras" as CCTV and "the Ops stand-up" as a
forklift; it was removed).
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.stems import object_stem
from tailor_app.tailoring.skills.vocabulary import Skill, Vocabulary

__all__ = ["maker_named", "makers"]

_MAKER = re.compile(r"[A-Z][a-z]{3,}")
_KIND_WORD = re.compile(r"[a-z][a-z-]*")  # a whole lower-case word (fullmatch)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
# The words that open a noun phrase naming one's own or a known tool.
_OPENERS = frozenset({"my", "our", "his", "her", "their", "the", "a", "an", "your"})
# After the tool: words that end its noun phrase.
_ENDS = frozenset({
    "and", "or", "on", "in", "at", "to", "for", "with", "from", "by", "of", "into", "when",
    "while", "before", "after", "until", "so", "then", "every", "each", "all", "is", "was",
})


def _family(skill: Skill, vocabulary: Vocabulary) -> frozenset[str]:
    """A skill and the skills above it (its broader ones, and theirs)."""
    out = {skill.name}
    todo = list(skill.broader)
    while todo:
        name = todo.pop()
        if name in out:
            continue
        out.add(name)
        above = vocabulary.lookup(name)
        if above is not None:
            todo.extend(above.broader)
    return frozenset(out)


def _heads(names: set[str], vocabulary: Vocabulary, maker: str = "") -> frozenset[str]:
    """The last words (singular) of the names of ``names``' skills that do not open
    with ``maker``: the kinds the family calls its tools ("meter", "scanner", "gun")."""
    out: set[str] = set()
    for name in names:
        skill = vocabulary.lookup(name)
        for alias in skill.aliases if skill is not None else ():
            words = alias.split()
            if words[0] != maker and _KIND_WORD.fullmatch(words[-1]):
                out.add(object_stem(words[-1]))
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def makers(vocabulary: Vocabulary) -> dict[str, tuple[str, frozenset[str]]]:
    """Each maker's word: the skill its names name and the kinds its family calls its
    tools, once per vocabulary. Only the curated names are read: the derived ones name
    software by a company's whole name ("Fluke Corporation FlukeView Forms")."""
    curated = [skill for skill in vocabulary.skills if skill.source == "curated"]
    opened: dict[str, set[str]] = {}
    lone = {alias.casefold() for skill in vocabulary.skills for alias in skill.aliases
            if " " not in alias}
    for skill in curated:
        for alias in skill.aliases:
            opened.setdefault(alias.split()[0].casefold(), set()).add(skill.name)
    named: dict[str, set[str]] = {}
    for skill in curated:
        if skill.kind != "tool":
            continue
        for alias in skill.aliases:
            words = alias.split()
            if len(words) < 2 or not _MAKER.fullmatch(words[0]) or \
                    words[0].casefold() in lone or \
                    not all(_KIND_WORD.fullmatch(w) for w in words[1:]):
                continue  # a name of its own already ("Hyster", "Toast"), or no kind
            family = _family(skill, vocabulary)
            # The name is the maker and a kind its own family calls the tool: "Fluke
            # meter" beside "volt-ohm meter", "Zebra scanner" beside "barcode scanner".
            if object_stem(words[-1]) in _heads(set(family), vocabulary, words[0]):
                named.setdefault(words[0], set()).add(skill.name)
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for maker, names in named.items():
        # The narrowest skill: the one whose family holds every other.
        name = next((n for n in sorted(names)
                     if all(m in _family(vocabulary.lookup(n) or curated[0], vocabulary)
                            for m in names)), None)
        narrowest = vocabulary.lookup(name) if name is not None else None
        if narrowest is None:
            continue
        family = _family(narrowest, vocabulary)
        if any(not family & _family(vocabulary.lookup(other) or narrowest, vocabulary)
               for other in opened.get(maker.casefold(), ())):
            continue  # "Crown": dentistry's crowns too
        out[maker] = (narrowest.name, _heads(set(family), vocabulary, maker))
    return out


def _tool_at(text: str, words: list[re.Match[str]], i: int, kinds: frozenset[str]
             ) -> int | None:
    """Where the tool's words end when the i-th word is a maker named as a thing (see
    the module docstring), or None."""
    if i == 0:
        return None
    before = words[i - 1].group().casefold()
    opener = i - 1
    if before not in _OPENERS and i >= 2 and words[i - 2].group().casefold() in _OPENERS \
            and words[i - 1].group().islower():
        opener = i - 2  # "a sit-down Zebra": one describing word between
    if words[opener].group().casefold() not in _OPENERS or \
            re.search(r"[,;:()]", text[words[opener].end():words[i].start()]):
        return None
    end = words[i].end()
    j = i + 1
    if j < len(words) and not text[end:words[j].start()].strip():
        nxt = words[j].group()
        if any(c.isdigit() for c in nxt) or object_stem(nxt.casefold()) in kinds:
            end = words[j].end()  # "my Fluke 87V", "the Zebra gun"
            j += 1
    if j < len(words) and not text[end:words[j].start()].strip():
        nxt = words[j].group()
        if nxt.casefold() not in _ENDS:
            return None  # a longer name ("the Fluke Networks tester") or a noun it describes
    return end


@functools.lru_cache(maxsize=1)
def _maker_families(vocabulary: Vocabulary
                    ) -> list[tuple[str, frozenset[str], frozenset[str] | None]]:
    """Each maker of ``makers`` with its kinds and the family (``_family``) of the skill
    its names name, None where the vocabulary looks no such skill up; once per
    vocabulary, as ``makers``: ``maker_named`` worked out every maker's family again for
    each ask it read."""
    out = []
    for maker, (name, kinds) in makers(vocabulary).items():
        skill = vocabulary.lookup(name)
        out.append((maker, kinds, None if skill is None else _family(skill, vocabulary)))
    return out


def maker_named(mention: SkillMention, lines: list[ResumeLine], vocabulary: Vocabulary
                ) -> tuple[float, SkillMatch | None]:
    """Evidence that a line names the asked tool, or a narrower one, by its maker's word
    alone (see the module docstring)."""
    if mention.kind not in ("tool", "hard"):
        return 0.0, None
    asked = vocabulary.lookup(mention.name)
    if asked is None:
        return 0.0, None
    mine = [(maker, kinds) for maker, kinds, family in _maker_families(vocabulary)
            if family is None or asked.name in family]
    if not mine:
        return 0.0, None
    for line in lines:
        if line.part not in ("bullet", "summary"):
            continue
        text = line.text
        if not any(maker in text for maker, _ in mine):
            continue
        words = list(_WORD.finditer(text))
        for maker, kinds in mine:
            for i, word in enumerate(words):
                if word.group() != maker or line.in_name(word.start(), word.end()):
                    continue
                end = _tool_at(text, words, i, kinds)
                if end is not None:
                    return 1.0, SkillMatch(name=mention.name, kind=mention.kind,
                                           required=mention.required, evidence=text,
                                           resume_term=text[word.start():end])
    return 0.0, None
