"""A bullet's deed as the summary line can say it: "Resolve guest complaints" reads
"resolving guest complaints" after "experience in".

Many skills are shown only by what a person did ("Forecast occupancy", "Train new
room attendants"): the vocabulary finds the skill there, but its name ("Occupancy
forecasting") is not the resume's wording, and naming a skill in words the resume
never uses is what the summary avoids. The resume's own verb and object, with the
verb in its -ing form, are its own words in the shape a sentence needs, so the line
can still name that work. Only a deed written in full is taken: a verb in its plain
form or a regular past tense ("Trained new line cooks": dropping "-ed" leaves the stem
the -ing form is built on, "train-ing", "rotat-ing", "plann-ing", so no plain form is
guessed; an irregular past such as "bent" or "rebuilt" takes its plain form from
English's list of them, ``past_forms``, and one of two readings, "saw" or "found", is
not told),
one or two verbs, a short object without figures, and an object whole: read cut short
("Investigate employee" of "Investigate employee complaints"), the deed is told with the
words the bullet goes on with up to where its object ends ("investigating employee
complaints"), and not at all when that end is past five words.

The guard allows exactly this change and no other: a word of the summary line
ending in -ing that is the -ing form of a word of the resume (``is_gerund_of``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from tailor_app.tailoring.caseless import folded, word_spans
from tailor_app.tailoring.compose.past_forms import (
    AMBIGUOUS,
    PASTS,
    is_irregular_past,
    plain_of_past,
)
from tailor_app.tailoring.skills.phrases import verb_form

# Two-syllable verbs stressed on their last syllable double its consonant
# ("controlling", "transferring"); other long verbs do not ("auditing", "visiting"),
# except a few the language doubles anyway ("debugging", "formatting").
_DOUBLING = frozenset({
    "admit", "commit", "compel", "control", "equip", "expel", "occur", "omit", "patrol",
    "permit", "prefer", "propel", "rebut", "refer", "regret", "submit", "transfer",
    "debug", "format", "program", "kidnap",
})
# A verb made of a prefix and a short verb stresses the short verb, which doubles as it
# does alone: "resetting", "unclogging", "inputting", "outfitting", "overlapping".
_PREFIXES = ("re", "un", "up", "out", "in", "off", "pre", "over", "under")
_VOWELS = "aeiou"
# Words a bullet goes on with after a deed's object: its object ends there.
AFTER_OBJECT = frozenset({
    "and", "or", "for", "with", "in", "at", "to", "on", "of", "by", "from", "within",
    "across", "per", "using", "under", "into", "during", "through", "while", "as",
    "after", "before", "over", "each", "every", "daily", "weekly", "monthly", "via",
    "so", "that", "when", "who", "which", "throughout", "between", "among", "around",
    "about", "against", "including", "like", "without", "toward", "towards", "until", "upon",
    "beyond", "alongside",
})
# The adverb of a phrasal verb: "Picked up extra shifts" is no picking.
_PARTICLES = frozenset({"up", "out", "off", "down", "back", "away"})
_ARTICLES = frozenset({"a", "an", "the"})
_PRONOUNS = frozenset({"them", "it", "him", "her", "us", "me", "their", "its", "his",
                       "our", "my", "themselves", "this", "these", "those", "that"})
MOST_WORDS = 5


def gerund(verb: str) -> str:
    """The -ing form of a verb in its plain form."""
    v = verb.casefold()
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
        return v[:-1] + "ing"
    if v in _DOUBLING or (_one_syllable(v) and _ends_cvc(v)) or any(
            v.startswith(p) and len(v) - len(p) >= 3 and _one_syllable(v[len(p):])
            and _ends_cvc(v[len(p):]) for p in _PREFIXES):
        return v + v[-1] + "ing"
    return v + "ing"


def _one_syllable(word: str) -> bool:
    return len(re.findall(r"[aeiouy]+", word)) == 1


def _ends_cvc(word: str) -> bool:
    return (len(word) >= 3 and word[-1] not in _VOWELS + "wxy"
            and word[-2] in _VOWELS and word[-3] not in _VOWELS)


def past_gerund(past: str) -> str | None:
    """The -ing form of a regular past tense: "picked" -> "picking", "prototyped" ->
    "prototyping", "planned" -> "planning", "applied" -> "applying". Dropping "-ed"
    gives the stem the -ing form is built on, whether the plain form ends in "e"
    ("rotated": "rotat-ing") or doubles its consonant ("planned": "plann-ing"), so no
    plain form has to be guessed. None for a word that is no regular past tense."""
    w = past.casefold()
    if not w.isalpha() or len(w) < 5 or not w.endswith("ed") or w.endswith("eed"):
        return None
    if w.endswith("ied"):
        return w[:-3] + "ying"
    return w[:-2] + "ing"


def ing_form(word: str) -> str | None:
    """The -ing form of a verb as a bullet writes it: its plain form ("resolve" ->
    "resolving"), a regular past ("picked" -> "picking") or an irregular one ("bent" ->
    "bending", "rebuilt" -> "rebuilding", "led" -> "leading"; ``past_forms``). None
    when it cannot be made right: a past of two readings ("saw", "found") or no verb's
    form at all."""
    low = word.casefold()
    if low in AMBIGUOUS or not low.isalpha():
        return None
    base = plain_of_past(low)
    if base is not None:
        return gerund(base)
    return gerund(low) if plain_verb(low) else past_gerund(low)


@functools.cache
def _irregular_by_ing() -> dict[str, frozenset[str]]:
    """The -ing form of each irregular past's plain form, to the pasts: "bending" to
    "bent", built once."""
    out: dict[str, set[str]] = {}
    for past in PASTS:
        base = plain_of_past(past)
        if base is not None:
            out.setdefault(gerund(base), set()).add(past)
    return {ing: frozenset(pasts) for ing, pasts in out.items()}


def is_gerund_of(token: str, words: Collection[str]) -> bool:
    """``token`` (case-folded) is the -ing form of one of ``words``: of a plain form
    ("resolving" of "resolve"), of a regular past tense ("picking" of "picked") or of
    an irregular one ("bending" of "bent"); never the plain form's rule applied to an
    irregular past ("benting" of "bent" is no word)."""
    if not token.endswith("ing") or len(token) < 5:
        return False
    if any(p in words for p in _irregular_by_ing().get(token, ())):
        return True
    root = token[:-3]
    candidates = {root, root + "e", root[:-1] if len(root) > 2 and root[-1] == root[-2]
                  else root, root[:-1] + "ie" if root.endswith("y") else root}
    if any(c in words and gerund(c) == token and not (
            is_irregular_past(c) and plain_of_past(c) not in (None, c)) for c in candidates):
        return True
    pasts = {root + "ed", root[:-1] + "ied" if root.endswith("y") else root + "ed"}
    return any(p in words and past_gerund(p) == token for p in pasts)


def plain_verb(word: str) -> bool:
    """A verb's plain form, as a bullet opens with it ("Resolve"), not a past tense
    or a third person ("Resolved", "Manages"), whose stem cannot be read back."""
    w = word.casefold()
    return w.isalpha() and not w.endswith(("ed", "ing")) and (
        not w.endswith("s") or w.endswith("ss")) and plain_of_past(w) in (None, w)


# A count as a bullet writes it right after its verb: "300+", "25–30", "8-12", "1,500".
PERIOD_WORDS = frozenset({"day", "week", "month", "year", "shift", "night", "quarter", "hour"})
_COUNT = re.compile(r"\d[\d,]*(?:[–-]\d[\d,]*)?\+?")
# Units of size, weight, power and time: after a figure they measure, they count nothing.
_UNITS = frozenset({
    "amp", "amps", "volt", "volts", "phase", "ft", "feet", "foot", "lb", "lbs", "pound",
    "pounds", "ton", "tons", "gallon", "gallons", "inch", "inches", "in", "mile", "miles",
    "yard", "yards", "meter", "meters", "metre", "metres", "kg", "mm", "cm", "psi", "kw", "kv",
    "kva", "hp", "mph", "rpm", "gauge", "degree", "degrees", "percent", "sq", "square",
    "cubic", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
    "hours", "minute", "minutes", "second", "seconds", "story", "stories", "grade", "grades",
    "bed", "beds", "k", "million", "billion", "thousand", "hundred", "dozen",
})


def _counted_noun(word: str) -> bool:
    """A plural noun a count can count ("prescriptions", "tickets", "cameras"): no unit
    of measure or time, and no word before the noun ("45 regional drivers" is left
    whole rather than guessed)."""
    w = word.casefold()
    return (w.isalpha() and len(w) > 3 and w.endswith("s")
            and not w.endswith(("ss", "us", "is")) and w not in _UNITS)


def gerund_phrase(term: str, verbs: Collection[str], resume_text: str) -> str | None:
    """ "Resolve guest complaints" -> "resolving guest complaints"; None when the
    deed is not one the line can say in the resume's words (see the module's text).

    The caller has read ``term`` as a deed (its first word a verb); ``verbs`` are
    verbs a second one may be ("schedule and coach staff"); ``resume_text`` is where
    the term came from, to see that its object is whole."""
    written, words = term, term.split()
    if len(words) >= 3 and _COUNT.fullmatch(words[1]) and plain_verb(words[0]) and (
            _counted_noun(words[2])):
        # "Fill 300+ prescriptions", "Resolve 25–30 tickets": the count after the verb
        # is how many; told without it ("filling prescriptions") the deed claims less,
        # never more, and every word left is the resume's own. Only after a plain form,
        # as a duty is written: a past with a figure ("Scheduled 40 interviews") tells
        # one feat, not the work. Only before the plural noun it counts: a figure before
        # a unit is a size ("200 amp panels", "53 ft trailers", "3 phase motors"), and
        # the unit alone would be garbled ("installing amp panels").
        words = [words[0], *words[2:]]
        term = " ".join(words)
    if not 2 <= len(words) <= MOST_WORDS or any(c.isdigit() or c in ",;:$%/" for c in term):
        return None
    lowered = [w.casefold() for w in words]
    if len(words) == 2 and past_gerund(lowered[1]) is not None and (
            past_gerund(lowered[0]) is None):
        # "Cold called", "Spot checked", "Hand picked": the verb is the past tense after
        # a word that says how; "colding called" reads as no English. The two words are
        # told with the word before as written ("cold calling"); a verb before the
        # past ("Get certified") is no deed the line can tell. (In a longer deed the
        # past after the verb describes its object: "Resolve escalated complaints".)
        return None if lowered[0] in verbs else modified_gerund(words)
    if (lowered[0] not in verbs and not verb_form(lowered[0]) and lowered[1] in verbs
            and plain_verb(lowered[1]) and lowered[1] not in AFTER_OBJECT):
        # "Cold call and door-knock industrial parks", "Spot check pallets": the verb is
        # the second word and the first says how; "colding call" is no English. Unlike
        # a past ("Cold called"), a plain form cannot tell a word saying how from a verb
        # the list lacks ("Sand trim"), so the deed is not told.
        return None
    first = ing_form(lowered[0])
    if first is None:
        return None
    verb_count = 1
    if (len(lowered) >= 4 and lowered[1] == "and" and lowered[2] in verbs
            and plain_verb(lowered[2])):
        verb_count = 3  # "schedule and coach staff"
    paired = _paired_phrasal(lowered, verbs)
    if paired is not None:
        # "Lock out and tag out every machine": two phrasal verbs, both told
        # ("locking out and tagging out"), never "locking out and tag out".
        said_pair, taken = paired
        rest = words[taken:]
        if rest and (rest[0].casefold() in AFTER_OBJECT or rest[0].casefold() in _PRONOUNS):
            return None
        if cut_short(written, resume_text):
            return None
        return " ".join([*said_pair, *rest])
    if len(lowered) >= 3 and lowered[1] in _PARTICLES and lowered[2] == "and":
        return None  # "Pick up and …" whose second verb is not known to be one
    # A capital in the object is a name's ("managing Outlook calendars"), unless the
    # line writes every word with one ("Manage Vendor Relationships"): then it is style.
    styled = all(w[:1].isupper() for w in words if w.casefold() not in AFTER_OBJECT)
    obj = [w.casefold() if styled and w[1:].islower() else w for w in words[verb_count:]]
    if not obj or obj[0].casefold() in AFTER_OBJECT or obj[0].casefold() in _PRONOUNS:
        return None  # "Plan of care" is a noun; "Train them" names no work
    if obj[-1].casefold() in _ARTICLES or obj[-1].casefold() == "and":
        return None
    if obj[0] == "the" and len(obj) > 1 and obj[-1].endswith("s") and not obj[-1].endswith("ss"):
        obj = obj[1:]  # "managing calendars": "the calendars" points at a line left behind
    if cut_short(written, resume_text):
        # "loaded outbound" of "loaded outbound trailers by route": told with its
        # object whole ("loading outbound trailers") when it ends within reach.
        whole = whole_object(written, resume_text)
        return None if whole is None else gerund_phrase(whole, verbs, resume_text)
    if written != term and len(obj) > 2 and obj[-2].casefold() in ("a", "an", "per", "each") and (
            obj[-1].casefold() in PERIOD_WORDS):
        obj = obj[:-2]  # "a day" counted the count taken out: "filling prescriptions"
    said = [first]
    if verb_count == 3:
        said += ["and", gerund(lowered[2])]
    return " ".join([*said, *obj])


def _paired_phrasal(lowered: list[str], verbs: Collection[str]
                    ) -> tuple[list[str], int] | None:
    """Two joined verbs after a phrasal verb ("lock out and tag out", "pick up and
    deliver"), told in the -ing form, with how many words they take; None for any
    other shape. The second verb is one: a known deed verb, or a word followed by a
    particle as the first was ("tag out")."""
    if len(lowered) < 4 or lowered[1] not in _PARTICLES or lowered[2] != "and":
        return None
    second = lowered[3]
    with_particle = len(lowered) > 4 and lowered[4] in _PARTICLES
    if not plain_verb(second) or not (second in verbs or with_particle):
        return None
    first = ing_form(lowered[0])
    if first is None:
        return None
    said = [first, lowered[1], "and", gerund(second)]
    if with_particle:
        return [*said, lowered[4]], 5
    return said, 4


def modified_gerund(words: list[str]) -> str | None:
    """ "Cold called" -> "cold calling": a word saying how (no verb itself, no past
    tense) before a regular past tense, told as the activity with the past in its
    -ing form; None for any other shape."""
    if len(words) != 2 or not words[0].isalpha():
        return None
    said = past_gerund(words[1])
    if said is None or words[0].casefold() in AFTER_OBJECT | _ARTICLES | _PRONOUNS:
        return None
    return f"{words[0].casefold()} {said}"


_SIGNS = re.compile(r"[\W_]+")  # compiled once, not looked up per call


def activity_of(word: str, name: str, resume_text: str) -> str | None:
    """ "picking" for Picking where a clause opens with "Picked" and goes on with what
    was picked ("Picked and packed e-commerce orders", "Forecast store demand"): the
    resume's one verb in its -ing form, which is the skill's own name. None when the
    word never opens a deed with an object: "Picked for the Spanish-language queue",
    "Picked up extra shifts", "State Tested Nurse Aide", a noun ("10th grade")."""
    w = word.casefold()
    if not w.isalpha():
        return None
    said = ing_form(w)
    if said is None or said != name.casefold():
        return None
    for clause in re.split(r"[\n;]", resume_text):
        words = [t.strip(".,:()\"'") for t in clause.split()]
        words = [t for t in words if t and not _SIGNS.fullmatch(t)]
        # The verb opens the clause, or is the second of two joined verbs.
        for at in (0, 2):
            if at >= len(words) or words[at].casefold() != w or (
                    at == 2 and words[1].casefold() != "and"):
                continue
            rest = words[at + 1:]
            if len(rest) >= 2 and rest[0].casefold() == "and":
                rest = rest[2:]  # "Picked and packed e-commerce orders"
            if rest and rest[0].casefold() not in AFTER_OBJECT | _PRONOUNS | _PARTICLES:
                return said
    return None


_OBJECT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
# Words after an object that say when or how often ("Rotated stock first in, first
# out"): the object has ended before them, and a line would not carry them.
_WHEN = frozenset({"first", "last", "again", "together", "twice", "once", "first-in"})
# Words that open a quantity after an object ("budgets up to $180,000", "accounts of
# more than 40 units"): the object has ended before them.
_QUANTITY_AHEAD = re.compile(
    r"[ \t]+(?:up[ \t]+to|more[ \t]+than|fewer[ \t]+than|less[ \t]+than|as[ \t]+many[ \t]+as"
    r"|as[ \t]+much[ \t]+as|nearly|almost|approximately|roughly)(?![\w-])", re.IGNORECASE)


def whole_object(term: str, resume_text: str) -> str | None:
    """The deed with its object whole, where the matcher read it cut short: "loaded
    outbound" of "loaded outbound trailers by route" is "loaded outbound trailers".
    The words after it up to where the object ends (a comma or the line's end, or a
    word a bullet goes on with after an object: "by", "for", "weekly"), as the resume
    writes them; None when that end is not within ``MOST_WORDS`` words."""
    low = folded(resume_text)
    for start, at in word_spans(term, resume_text, low):
        taken: list[str] = []
        while len(term.split()) + len(taken) < MOST_WORDS:
            if _QUANTITY_AHEAD.match(resume_text, at):
                break
            nxt = _OBJECT_WORD.match(resume_text, at)
            if nxt is None:
                break
            word = nxt.group(1)
            if word.casefold() in AFTER_OBJECT | _WHEN or word.casefold().endswith("ly"):
                break
            taken.append(word)
            at = nxt.end()
        # Whole only where the object ends there; past ``MOST_WORDS`` it runs on.
        if taken and not _cut_short(resume_text[start:at], resume_text[start:],
                                    _rest_lowered(resume_text, low, start)):
            return resume_text[start:at]
    return None


def _rest_lowered(text: str, low: str | None, start: int) -> str | None:
    """``folded(text[start:])`` from ``low``, ``folded(text)``: lower-casing reads no
    context but a capital sigma's (final or not), so a slice of the lower-cased text is
    the slice lower-cased unless the text holds one."""
    if low is None or "\u03a3" in text:
        return folded(text[start:])
    return low[start:]


def cut_short(term: str, resume_text: str) -> bool:
    """The term is read out of the middle of a noun phrase: wherever the resume
    writes it, the next word carries the object on ("Investigate employee
    complaints")."""
    return _cut_short(term, resume_text, folded(resume_text))


def _cut_short(term: str, resume_text: str, low: str | None) -> bool:
    """``cut_short`` with ``low``, ``folded(resume_text)``, worked out by the caller."""
    for _start, end in word_spans(term, resume_text, low):
        if _QUANTITY_AHEAD.match(resume_text, end, end + 40):
            return False  # "… event budgets up to $180,000"
        nxt = _OBJECT_WORD.match(resume_text, end, end + 40)
        if nxt is None:
            return False  # the line or its clause ends there
        word = nxt.group(1).casefold()
        if word in AFTER_OBJECT or word.endswith("ly"):
            return False  # "… guest complaints within a day", "… promptly"
    return True  # cut short wherever it is written, or not in the text at all


__all__ = ["AFTER_OBJECT", "PERIOD_WORDS", "activity_of", "cut_short", "gerund", "gerund_phrase",
           "ing_form", "is_gerund_of", "modified_gerund", "past_gerund", "plain_verb",
           "whole_object"]
