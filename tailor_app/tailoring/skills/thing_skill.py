"""A skill at using a thing, shown by the thing used: "Answered a 6-line phone" and
"Juggle phones for three dentists" show the phone skills (Telephone Etiquette) a posting
asks for, "Set up computers for new hires" computer skills. Goods sold, repaired or
stocked ("Sold Apple phones", "Repaired laptops") are no skill at using them.

The vocabulary names such skills "<thing> skills", "<thing> etiquette" or "<thing>
manner" (not "literacy": "early", "balanced", "structured" literacy name no thing).
Etiquette and manner are talking to people on the thing, so their deed is one of
talking (answer, take, field, juggle, cover the phone; not handle or work, said of goods
as often), never the device set up or handled among other goods. A
resume rarely says so; it says what it did with the thing, and a reader takes the deed
for the skill. The thing must be the object of the clause's opening word (a bullet's
verb), with only determiners, numbers and lower-case modifiers between ("answer the
front desk phone"), and close its noun phrase ("the phone system upgrade" is another
thing). A thing after a preposition ("Friendly on the phone") or in a skill named by an
action ("negotiation skills", "typing skills", "secretarial skills") is left alone: the
first is no deed, the second no thing.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["thing_skill"]

_NAMED = re.compile(r"([a-z]+) (skills|etiquette|manner)")
# A word that names an action or a quality by its form, not a thing.
_NOT_A_THING = re.compile(
    r".*(?:ing|ion|ment|ance|ence|al|ary|ic|ive|ous|ful|ity|ness|ship|ed|ly)$")
# Etiquette and manner are the way one deals with people on the thing: the deed must be
# one of talking on it ("answer", "take", "field" calls), not of handling the device
# ("Set up phones for new customers").
_TALKING = frozenset({
    f"{base}{end}" for base, ends in (
        ("answer", ("", "s", "ed", "ing")), ("take", ("", "s")), ("took", ("",)),
        ("taking", ("",)), ("field", ("", "s", "ed", "ing")),
        ("juggl", ("e", "es", "ed", "ing")), ("cover", ("", "s", "ed", "ing")),
        ("man", ("", "s", "ned", "ning")), ("screen", ("", "s", "ed", "ing")),
        ("rout", ("e", "es", "ed", "ing")), ("transfer", ("", "s", "red", "ring")))
    for end in ends})
# "Pick up the phone": "pick" talks only with its "up".
_PICK = frozenset({"pick", "picks", "picked", "picking"})
# Words of a "<word> skills" name that name no thing one uses: life skills are skills
# for living ("teach life and physical science" is no use of a life).
_NO_THING = frozenset({"life", "people", "social", "soft", "hard", "basic", "core"})
# Words that open a clause without being its verb.
_NOT_VERBS = frozenset({
    "a", "an", "the", "my", "our", "all", "each", "every", "i", "we", "he", "she", "they",
    "it", "this", "that", "these", "those", "on", "in", "at", "to", "for", "with", "by",
    "from", "over", "as", "and", "or", "but", "also", "very", "friendly", "good", "great",
    "excellent", "strong", "new", "daily", "weekly",
})
# Verbs done to a thing as goods or as a job of its own, not used: "Sold Apple phones",
# "Repaired office computers" show no skill at using them (stems; "fix" is "fixed").
_TRADE_VERBS = ("sell", "sold", "repair", "fix", "install", "replac", "stock", "ship",
                "order", "buy", "bought", "deliver", "recycl", "clean", "wip", "sanitiz",
                "pack", "unpack", "box", "carr", "mov", "load", "unload", "count", "inventor",
                "pric", "tag", "display", "demo", "sort", "assembl", "refurbish", "wrap")
# Words that may stand between the verb and its thing.
_BETWEEN = r"(?:(?:a|an|the|my|our|all|every|each|both|\d[\w/-]*|[a-z][a-z-]*)[ \t]+){0,3}?"
# A clause opens a line (after a bullet mark) or follows ";" / ":" / ", and" / " and ".
_OPENS = r"(?:^[ \t]*(?:[-*•·–—][ \t]*)?|[;:][ \t]*|,?[ \t]+and[ \t]+)"
# Lower-case words after the thing that leave it the clause's object.
_GOES_ON = frozenset({"and", "or", "while", "when", "all", "every", "daily", "as", "so"})
_PREPOSITIONS = frozenset({"on", "in", "at", "to", "for", "with", "by", "from", "over", "into",
                           "of", "about", "through", "via", "off", "per"})


@functools.lru_cache(maxsize=2048)
def _things(name: str, vocabulary: Vocabulary) -> tuple[tuple[str, ...], bool]:
    """The things a skill's names say it is a skill at using ("phone", "computer"), and
    whether a name is of etiquette or manner (talking to people on the thing)."""
    skill = vocabulary.lookup(name)
    aliases = skill.aliases if skill is not None else (name,)
    out: list[str] = []
    talking = False
    for alias in aliases:
        found = _NAMED.fullmatch(alias.casefold())
        if found is None:
            continue
        talking = talking or found.group(2) != "skills"
        if not _NOT_A_THING.match(found.group(1)) and found.group(1) not in _NO_THING \
                and found.group(1) not in out:
            out.append(found.group(1))
    return tuple(out), talking


@functools.lru_cache(maxsize=256)
def _pattern(thing: str) -> re.Pattern[str]:
    plural = thing + ("es" if thing.endswith(("ch", "sh", "s", "x")) else "s")
    return re.compile(
        rf"{_OPENS}(?P<verb>[A-Za-z][a-z]+)[ \t]+(?P<between>{_BETWEEN})"
        rf"(?P<thing>{thing}|{plural})(?![\w-])(?:[ \t]+(?P<after>[a-z]+))?",
        re.IGNORECASE | re.MULTILINE)


def thing_skill(mention: SkillMention, lines: list[ResumeLine], vocabulary: Vocabulary
                ) -> tuple[float, SkillMatch | None]:
    """Evidence that the resume uses the thing the asked skill is a skill at."""
    if mention.kind not in ("hard", "tool"):
        return 0.0, None
    things, talking = _things(mention.name, vocabulary)
    for thing in things:
        pattern = _pattern(thing)
        for line in lines:
            if line.part not in ("bullet", "summary") or thing not in line.text.casefold():
                continue
            for found in pattern.finditer(line.text):
                verb = found.group("verb").casefold()
                between = found.group("between").split()
                if verb in _NOT_VERBS or verb.startswith(_TRADE_VERBS):
                    continue
                if talking and verb not in _TALKING and not (
                        verb in _PICK and between[:1] == ["up"]):
                    continue  # "Set up phones", "Picked phones": the device, no one talked to
                after = found.group("after")
                if talking and after in ("and", "or") and not verb.startswith("answer"):
                    continue  # "Covered phones and tablets": devices among goods
                if any(w.casefold() in _PREPOSITIONS for w in between):
                    continue
                if after and after not in _PREPOSITIONS and after not in _GOES_ON:
                    continue  # "the phone system upgrade": the thing names another
                return 1.0, SkillMatch(
                    name=mention.name, kind=mention.kind, required=mention.required,
                    evidence=line.text,
                    resume_term=line.text[found.start("verb"):found.end("thing")])
    return 0.0, None
