"""A maker or product asked with the kind of thing it makes, shown by its name: "Familiarity
with Leica equipment" is shown by "Sectioned blocks on a Leica RM2235", "Experience with
Dante audio networking" by "Dante Certification Level 3", "Toro equipment" by "Rode Toro
mowers on the fairways".

The posting names a maker the vocabulary does not know, with a word for what it makes;
the resume names the maker's model, or the maker with another of its things. The reverse
(``maker_named.py``: a kind asked, a maker written) needs the vocabulary to know the maker;
here the posting itself says the name is a maker's: it is written in capitals inside the
posting's sentence (not as the sentence's first word, which any word may be), before
lower-case words that end with a word for equipment, software or gear (``_KIND_TAILS``).
Work is no kind of thing: "Medicare billing" asked is not shown by "Medicare patients".

The resume must write the name with the same capitals, as a whole word, outside an
employer's or school's name, not as a line's first word when the name is one word (a
bullet's first word is capitalised whatever it is: "Crown molding for 40 homes"; a line of
credentials or skills opens with a name: "Dante Certification Level 3"), and not
after "at" or "from" (a place or a party: "Washed dishes at Hobart Diner"). On a work line
the name must stand for gear: followed by a model or a lower-case thing, with no first
name before it (``_names_gear``: "Taught Dante and Milton" is a poet's).
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine

__all__ = ["maker_asked"]

# Words that say what kind of thing a maker's name stands for in an ask.
_KIND_TAILS = frozenset({
    "equipment", "instruments", "instrumentation", "machines", "machinery", "devices",
    "tools", "hardware", "software", "system", "systems", "platform", "platforms",
    "networking", "network", "networks", "consoles", "controllers", "units", "analyzers",
    "scanners", "printers", "stainers", "products", "suite", "applications", "apps",
})
# "<Name words> <lower-case words> <kind>": one to three words of a name (a capital, then
# letters, figures or marks of a name), then up to two lower-case words, then the kind.
_ASK = re.compile(r"(?P<name>[A-Z][\w&.+-]*(?: [A-Z][\w&.+-]*){0,2})"
                  r"(?P<rest>(?: [a-z][a-z-]*){0,2}) (?P<kind>[a-z]+)")


# Sections whose lines open with a name: "Dante Certification Level 3 (Audinate)".
_NAME_SECTIONS = frozenset({"certifications", "licenses", "credentials", "skills"})
# A name after "at" or "from" is a place or a party: "at Hobart Diner", "from Leica".
_A_PLACE = re.compile(r"\b(?:at|from)[ \t]+$", re.IGNORECASE)


_NEXT = re.compile(r"[ \t]+([\w-]+)(?:[ \t]+([\w-]+))?")
_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
_JOINS = frozenset({"and", "or", "to", "of", "in", "on", "at", "for", "with", "the", "a",
                    "an", "as", "by", "from", "who", "that", "&"})


def _names_gear(text: str, found: re.Match[str], asked: frozenset[str]) -> bool:
    """Does the name on a work line stand for gear (review25's S4)? It is followed by a
    model ("Leica RM2235", "Barco E2"), by a lower-case thing ("Toro mowers", "Dante
    networks", "the Hobart mixer") or by a product line and its model ("Toro Greensmaster
    3150s"); a lower-case word must be one of the ask's own (``asked``: their first five
    letters); and no first name stands before it ("chef Anna Hobart"). A name followed by
    "and" or by another capitalised word ("Dante and Milton", "the Genie Awards gala") is
    a person's, a book's or an event's."""
    before = _BEFORE.search(text, 0, found.start())
    if before is not None and before.group(1)[0].isupper() \
            and text[:before.start()].strip(" \t-•*·"):
        return False  # a first name (a line's own first word is its verb)
    after = _NEXT.match(text, found.end())
    if after is None:
        return False
    word, then = after.group(1), after.group(2) or ""
    if any(c.isdigit() for c in word):
        return True
    if word[0].islower():
        # A word of the ask's own ("Dante networks" for Dante audio networking), never any
        # noun: "the Hobart store", "Dante reading groups", "Toro soccer club" (S6).
        return word[:5].lower() in asked
    return any(c.isdigit() for c in then)


def maker_asked(mention: SkillMention, lines: list[ResumeLine], resume_low: str
                ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when the ask is a maker's name with its kind of thing and a line of
    the resume names the maker; else (0.0, None)."""
    ask = _ASK.fullmatch(mention.name)
    if ask is None or ask.group("kind") not in _KIND_TAILS:
        return 0.0, None
    name = ask.group("name")
    if name.lower() not in resume_low:
        return 0.0, None
    # The posting writes the name in its capitals, inside its sentence.
    at = mention.snippet.find(name)
    if at <= 0 or not mention.snippet[:at].strip():
        return 0.0, None
    asked = frozenset(w[:5].lower() for w in (ask.group("rest") + " " + ask.group("kind"))
                      .split())
    pattern = re.compile(rf"(?<![\w&.+-]){re.escape(name)}(?![\w&+-]|\.\w)")
    single = " " not in name
    for line in lines:
        if line.part == "contact":
            continue
        for found in pattern.finditer(line.text):
            if line.in_name(found.start(), found.end()):
                continue
            if single and line.section not in _NAME_SECTIONS \
                    and not line.text[:found.start()].strip(" \t-•*·"):
                continue  # a line's first word is capitalised whatever it is
            if _A_PLACE.search(line.text, 0, found.start()):
                continue  # "Washed dishes at Hobart Diner": a place, not its gear
            if line.section not in _NAME_SECTIONS and not _names_gear(line.text, found,
                                                                     asked):
                continue  # "Taught Dante and Milton", "chef Anna Hobart", "Genie Awards"
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   found.group())
    return 0.0, None
