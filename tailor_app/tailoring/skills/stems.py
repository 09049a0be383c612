"""The stems a word's form may come from, shared by every reader of word forms.

A resume says "managing a territory", "coordinated shipments", "scheduled crews";
a posting or the vocabulary names the same skills "Territory Management",
"Shipment Coordination", "Crew Scheduling". English builds these forms by a few
rules: an inflection ("-s", "-es", "-ed", "-ing", with a doubled last letter or a
dropped "e": "planned", "managing") and an action noun ("-ment", "-ion",
"-ation"). No single cut gives every pair one stem ("coordination" and
"coordinating" share "coordinat", "documentation" and "documented" share
"document"), so :func:`word_stems` gives every stem a form may have, and two words
are forms of one word when their stems meet (:func:`same_word`).

Deeds (``deeds.py``), duties to people (``staff.py``) and phrases in other forms
(``matching.py``) all read words this way, so a fix here reaches all three.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.skills.shorthand import NOT_IN_CAPITALS, SHORTHAND

__all__ = ["IRREGULAR_FORMS", "irregular_base", "object_stem", "phrase_word_forms", "same_word",
           "word_stems"]

# Past tenses English does not build by rule, to their base form.
_IRREGULAR = {
    "led": "lead", "wrote": "write", "written": "write", "taught": "teach",
    "built": "build", "ran": "run", "drove": "drive", "driven": "drive", "sold": "sell",
    "bought": "buy", "oversaw": "oversee", "overseen": "oversee", "spoke": "speak",
    "held": "hold", "kept": "keep", "met": "meet", "gave": "give", "given": "give",
    "took": "take", "taken": "take", "made": "make", "grew": "grow", "grown": "grow",
    "drew": "draw", "drawn": "draw", "began": "begin", "begun": "begin", "chose": "choose",
    "chosen": "choose", "fed": "feed", "fought": "fight", "sought": "seek", "thought": "think",
    "brought": "bring", "caught": "catch", "won": "win", "rebuilt": "rebuild",
    "undertook": "undertake", "undertaken": "undertake", "forecasted": "forecast",
    "sent": "send", "paid": "pay", "spent": "spend", "hung": "hang",
    # Trades and floor work tell their deeds in these: "troubleshot motor starters",
    # "laid out walls", "bent conduit", "dealt with vendors", "strung wire".
    "troubleshot": "troubleshoot", "laid": "lay", "bent": "bend", "dealt": "deal",
    "found": "find", "got": "get", "stood": "stand", "swept": "sweep", "told": "tell",
    "rode": "ride", "dug": "dig", "strung": "string", "lent": "lend", "upheld": "uphold",
    "withheld": "withhold", "rewrote": "rewrite", "rewritten": "rewrite", "broke": "break",
    "broken": "break", "froze": "freeze", "frozen": "freeze", "threw": "throw",
    "thrown": "throw", "flew": "fly", "understood": "understand", "outsold": "outsell",
    "resold": "resell",
    # "Sat patients", "sat guests": with an object, "sat" is "seated" (the phrase
    # readers take a verb's object only when no preposition stands between: "sat on
    # the patient council" seats no one).
    "sat": "seat",
}
IRREGULAR_FORMS = frozenset(_IRREGULAR)  # "taught": readers that index forms add these


def irregular_base(word: str) -> str | None:
    """The base form of an irregular past ("kept" -> "keep"), else None."""
    return _IRREGULAR.get(word)
_MIN_STEM = 3  # no stem shorter than this: "ring" is not a form of "r"
_VOWELS = frozenset("aeiouy")


# The inflections, in the order they are tried ("ing", "ed", "es", "s", "e", "d"), by
# the last letter a word must have to end with one.
_ENDINGS_BY_LAST = {"g": ("ing",), "d": ("ed", "d"), "s": ("es", "s"), "e": ("e",)}


def _inflection_stems(low: str, out: list[str]) -> None:
    """Stems of an inflected form: "planned" -> "plann", "plan"; "managing" ->
    "manag", "manage"; "stories" -> "story"."""
    if low.endswith(("ies", "ied")) and len(low) > 4:
        out.append(low[:-3] + "y")
    for ending in _ENDINGS_BY_LAST.get(low[-1:], ()):
        if not low.endswith(ending) or len(low) - len(ending) < _MIN_STEM:
            continue
        if ending == "s" and low.endswith(("ss", "us", "is")):
            continue  # "process", "status", "analysis" are no plurals
        stem = low[: -len(ending)]
        out.append(stem)
        doubled = len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS
        if doubled:
            out.append(stem[:-1])  # "planned" -> "plann" -> "plan"
        elif ending in ("ing", "ed") and stem[-1] not in _VOWELS:
            out.append(stem + "e")  # "managing" -> "manag" -> "manage"


# Action nouns whose verb ends otherwise: "resolution" -> "resolv(e)", "submission" ->
# "submit", "conversion" -> "convert", "prescription" -> "prescrib(e)",
# "reconciliation" -> "reconcil(e)", "intervention" -> "interven(e)", "administration"
# -> "administer".
CHANGED_ENDINGS = (("olution", "olv"), ("mission", "mit"), ("version", "vert"),
                   ("scription", "scrib"), ("iliation", "il"), ("vention", "ven"),
                   ("istration", "ister"))


_CHANGED = tuple(ending for ending, _verb in CHANGED_ENDINGS)


# Action nouns made with "-al" ("accrual", "approval", "renewal", "withdrawal",
# "proposal", "appraisal", "dismissal", "referral", "arrival"): the endings that are not
# also adjectives' ("technical", "general", "manual").
_AL_NOUNS = ("rual", "oval", "ewal", "awal", "osal", "isal", "ssal", "rral", "ival")


def _action_noun_stems(low: str, out: list[str]) -> None:
    """The verb an action noun comes from: "management" -> "manage", "coordination" ->
    "coordinat", "coordinate" and "coordin", "supervision" -> "supervis",
    "nonconformance" -> "nonconform", "resolution" -> "resolv", "recovery" -> "recover",
    "analysis" -> "analyz". Not "-ship" to the person ("apprenticeship" is no
    "apprentices" supervised, "fellowship" no "fellow nurses", "dealership" no "car
    dealers" called): the standing is held, the people are others."""
    if len(low) < 6:
        return
    if low.endswith(_CHANGED):  # most words end in none of them: one test
        for ending, verb in CHANGED_ENDINGS:
            if low.endswith(ending):
                out.extend((low[:-len(ending)] + verb, low[:-len(ending)] + verb + "e"))
    if low.endswith("ment"):
        verb = low[:-4]
        out.append(verb)
        if verb.endswith("e"):
            out.append(verb[:-1])
    elif low.endswith("ation"):
        out.extend((low[:-5], low[:-3], low[:-3] + "e"))
    elif low.endswith("ion"):
        out.extend((low[:-3], low[:-3] + "e"))
    elif low.endswith(("ance", "ence")):
        out.extend((low[:-4], low[:-4] + "e"))  # "nonconformance", "interference"
    elif low.endswith(_AL_NOUNS):
        out.extend((low[:-2], low[:-2] + "e"))  # "accrual" -> "accru(e)", "approval"
    elif low.endswith("ery"):
        out.append(low[:-1])  # "recovery" -> "recover", "delivery" -> "deliver"
    elif low.endswith("ysis"):
        out.extend((low[:-3] + "z", low[:-3] + "se"))  # "analysis" -> "analyz", "analyse"


# British spellings and the American ones a vocabulary or posting may use instead, by
# the regular correspondences of English spelling (never a word list): "colour",
# "behavioural" (-our-), "organisation", "prioritised" (-is-), "analyse" (-yse),
# "centre", "fibre" (-re), "catalogue" (-logue), "modelling", "counsellor" (-ll- after
# a stressless "e"), "licence", "defence" (-ence), "paediatric", "haematology" (-ae-),
# "programme". A few letters must come first, so short words ("hour", "selling",
# "fence") keep their own letters; a form this makes of another word ("exercize")
# is no word, so it never meets another stem.
# Each with the letters every match of it holds: a word without them is passed over
# without running the pattern (most words; the deed index spells some 11,000 forms).
_BRITISH = tuple((needle, re.compile(a), b) for needle, a, b in (
    ("our", r"(?<=[a-z]{3})our(?=$|s$|ed$|ing$|al|ably$|able$|ite|er|ful|less)", "or"),
    ("is", r"(?<=[a-z]{3})is(?=e$|es$|ed$|ing$|ation|er$|ers$)", "iz"),
    ("ys", r"(?<=[a-z]{2})ys(?=e$|es$|ed$|ing$)", "yz"),
    ("re", r"(?<=[a-z]{3})([tb])re(?=$|s$)", r"\1er"),
    ("logue", r"(?<=[a-z]{2})logue(?=$|s$)", "log"),
    ("ll", r"(?<=[a-z]{3}e)ll(?=ing$|ed$|er$|ers$|or$|ors$)", "l"),
    ("ence", r"(?<=[a-z]{2})([cf])ence(?=$|s$)", r"\1ense"),
    ("ae", r"(?<=[phnct])ae(?=[a-z]{3})", "e"),
    ("mme", r"(?<=[a-z]{4})mme(?=$|s$)", "m"),
))


def _american(low: str) -> str:
    """``low`` in American spelling where a British correspondence applies."""
    for needle, pattern, american in _BRITISH:
        if needle in low:
            low = pattern.sub(american, low)
    return low


@functools.lru_cache(maxsize=32768)
def word_stems(word: str) -> tuple[str, ...]:
    """Every stem ``word``'s form may have, the lower-cased word itself first.

    "managing", "managed", "manages", "manage" and "management" all hold "manage";
    "scheduled" and "scheduling" "schedul"; "coordinating" and "coordination"
    "coordinat"; "trainings" "training" and "train". A stem is never shorter than
    three letters, so short words stay whole."""
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    out = [low]
    base = _IRREGULAR.get(low)
    if base is not None:
        out.append(base)
    _inflection_stems(low, out)
    if low.endswith("ses") and len(low) > 5:
        out.append(low[:-2] + "is")  # a Greek plural: "crises", "diagnoses", "analyses"
    if low.endswith("s") and len(low) > 4 and low[:-1] in out:
        single = low[:-1]  # "trainings", "assessments": the singular noun's stems too
        if single.endswith("ing"):
            _inflection_stems(single, out)
        _action_noun_stems(single, out)
    _action_noun_stems(low, out)
    for stem in list(out[1:]):
        if stem.endswith("e") and len(stem) > _MIN_STEM:
            out.append(stem[:-1])  # "manage" -> "manag", the stem "managing" gives
    american = _american(low) if len(low) > 5 else low
    if american != low:
        out.extend(word_stems(american))  # "organisation" meets "organization"
    long = SHORTHAND.get(low)
    if long is not None and not (low in NOT_IN_CAPITALS and word.isupper()):
        out.extend(word_stems(long))  # "scheduled appts" meets appointment scheduling
    return tuple(dict.fromkeys(s for s in out if len(s) >= _MIN_STEM or s == low))


def same_word(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` forms of one word ("managing", "management")?"""
    return not set(word_stems(a)).isdisjoint(word_stems(b))


# How often, as an adjective and as its period: "quarterly business reviews" are
# "business reviews every quarter" (the determiner is a small word).
_PERIODS = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
            "yearly": "year"}


@functools.lru_cache(maxsize=16384)  # a pure function of the word, asked for every word read
def phrase_word_forms(word: str) -> frozenset[str]:
    """A phrase word's stems, and for an adjective of how often, its period's."""
    stems = word_stems(word)
    period = _PERIODS.get(word.lower())
    return frozenset([*stems, *word_stems(period)]) if period else frozenset(stems)


@functools.lru_cache(maxsize=16384)  # a pure function of the word, asked for each word after a verb
def object_stem(word: str) -> str:
    """A verb's object as the deed readers key it: lower case, a plural's singular
    ("hires" -> "hire", "supplies" -> "supply", "boxes" -> "box")."""
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes")):
        return low[:-2]
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low
