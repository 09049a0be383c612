"""A resume line that tells a deed with a phrasal verb, read again with the plain verb it
means, so every reader of deeds reads it.

People write their work in phrasal verbs: "Key in vendor bills", "Work up quotes on
bearings", "Punch orders into Prophet 21", "Talk guests into the king upgrade", "Go over
discharge papers with patients and their families", "Walk homeowners through repair
options", "Sign members up for autopay". The deed readers know a verb and its object
("entered vendor bills" is invoice processing, "prepared quotes" quoting, "sold guests
the upgrade" upselling, "educated patients on" patient education), and a phrasal verb is
two or three words whose meaning is not the first one's ("key" is no entry, "go" no
teaching). This module rewrites such a line with the plain verb the dictionary gives the
phrasal verb, in the same tense and capital, and the matcher reads the rewritten line
beside the written one (``matching.match_resume``); a match found only there quotes the
written line and its own words.

The table is general English, one phrasal verb a line, each with the one meaning it has
with an object in every field (never a posting's wording). Left out, because the same
words with the same kind of object mean several things: "go over" alone ("went over
budget"; read only as "go over <thing> with <people>", explaining it to them), "go
through ... with" (as often an experience shared: "went through orientation with new
members"), "call on" (visiting a customer, asking a pupil), "pick up" (the phone, the
parts), "ring up", "close out", "set up" (the object decides), and "hand out" (its plain
verb, "distribute", names the Distribution trade: "hand out room keys" is none). The
people of the person-object forms are those a worker serves (patients, guests,
customers ...): "go over the lift plan with the crew" is a briefing. Explaining is told
"educate <people> on <thing>", not "teach", which the staff readers take for training
staff ("family members", "people").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from tailor_app.tailoring.caseless import stands_in
from tailor_app.tailoring.skills.evidence import ResumeLine

__all__ = ["PlainReading", "plain_readings"]

# Every written form of the verbs below: form -> (verb, tense).
_FORMS: dict[str, tuple[str, str]] = {}
for _verb, _forms in {
    "key": ("key", "keys", "keyed", "keying"),
    "punch": ("punch", "punches", "punched", "punching"),
    "type": ("type", "types", "typed", "typing"),
    "work": ("work", "works", "worked", "working"),
    "draw": ("draw", "draws", "drew", "drawing", "drawn"),
    "price": ("price", "prices", "priced", "pricing"),
    "pull": ("pull", "pulls", "pulled", "pulling"),
    "sign": ("sign", "signs", "signed", "signing"),
    "talk": ("talk", "talks", "talked", "talking"),
    "walk": ("walk", "walks", "walked", "walking"),
    "go": ("go", "goes", "went", "going", "gone"),
    "line": ("line", "lines", "lined", "lining"),
    "swap": ("swap", "swaps", "swapped", "swapping"),
    "change": ("change", "changes", "changed", "changing"),
}.items():
    for _tense, _form in zip(("base", "s", "past", "ing", "past"), _forms, strict=False):
        _FORMS[_form] = (_verb, _tense)

# The plain verbs in each tense.
_PLAIN: dict[str, dict[str, str]] = {
    "enter": {"base": "enter", "s": "enters", "past": "entered", "ing": "entering"},
    "prepare": {"base": "prepare", "s": "prepares", "past": "prepared", "ing": "preparing"},
    "enroll": {"base": "enroll", "s": "enrolls", "past": "enrolled", "ing": "enrolling"},
    "sell": {"base": "sell", "s": "sells", "past": "sold", "ing": "selling"},
    "arrange": {"base": "arrange", "s": "arranges", "past": "arranged", "ing": "arranging"},
    "replace": {"base": "replace", "s": "replaces", "past": "replaced", "ing": "replacing"},
    "educate": {"base": "educate", "s": "educates", "past": "educated", "ing": "educating"},
}

# "<verb> <particle> <object>": the particle right after the verb.
_NEXT_TO: dict[tuple[str, str], str] = {
    ("key", "in"): "enter",        # key in the orders: enter them
    ("punch", "in"): "enter",      # punch in the counts
    ("type", "in"): "enter",       # type in the readings
    ("work", "up"): "prepare",     # work up a quote, an estimate
    ("draw", "up"): "prepare",     # draw up a contract, a schedule
    ("price", "out"): "prepare",   # price out quotes, jobs
    ("pull", "together"): "prepare",  # pull together the board packet
    ("sign", "up"): "enroll",      # sign up new members
    ("line", "up"): "arrange",     # line up the subs, the deliveries
    ("swap", "out"): "replace",    # swap out failed capacitors
    ("change", "out"): "replace",  # change out a blower motor
}
# "<verb> <people> <particle> <thing>": the people between.
_AROUND: dict[tuple[str, str], str] = {
    ("talk", "into"): "sell",      # talk guests into the upgrade: sell it to them
    ("walk", "through"): "educate",  # walk homeowners through their options
    ("sign", "up"): "enroll",      # sign guests up for the rewards club
}
# "<verb> <thing> into <place>": the verb alone means entering ("punch orders into P21").
_INTO = frozenset({"key", "punch"})
# "go over <thing> with <people>": explaining it to them. Not "go through ... with", which
# as often tells an experience shared ("went through orientation with new members").
_WITH = frozenset({"over"})

# The people a worker serves; staff, crews and bosses are briefed, not taught.
_PEOPLE = frozenset({
    "patient", "patients", "family", "families", "parent", "parents", "caregiver",
    "caregivers", "client", "clients", "customer", "customers", "guest", "guests",
    "resident", "residents", "homeowner", "homeowners", "owner", "owners", "member",
    "members", "student", "students", "tenant", "tenants", "buyer", "buyers", "shopper",
    "shoppers", "caller", "callers", "visitor", "visitors", "diner", "diners", "patron",
    "patrons", "traveler", "travelers", "passenger", "passengers", "borrower", "borrowers",
    "applicant", "applicants", "kids", "children", "them", "him", "her", "people", "folks",
    "seniors",
})
# Small words before the people or in a thing: "the", "my", "new", "their".
_SMALL = frozenset({"a", "an", "the", "my", "our", "their", "his", "her", "your", "each",
                    "every", "all", "any", "new", "most", "some", "and", "or", "its"})
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
# Only these between two words of one clause: spaces, a hyphen or a slash.
# A count may stand between ("keyed in 200 supplier bills").
_JOIN = re.compile(r"[ \t]+(?:\d[\d,.]*\+?[ \t]+)?|[ \t]*[-–][ \t]*|[ \t]*/[ \t]*")
# Words an object's phrase ends before.
_PHRASE_STOPS = frozenset({"and", "or", "so", "but", "to", "for", "at", "in", "on", "with",
                           "from", "by", "before", "after", "when", "while", "into", "of"})
_SECTIONS = frozenset({"contact", "education", "certifications", "skills", "languages"})
_PARTS = frozenset({"bullet", "summary"})
_MAX_THING = 6  # words of the thing gone over ("discharge papers and new meds")
_MAX_PEOPLE = 3  # words before the people ("their two grown kids")
# A line worth reading holds one of the verbs' stems (a substring test, cheap enough for
# every job) and then a verb before its particle.
_STEMS = ("key", "punch", "typ", "work", "draw", "drew", "pric", "pull", "sign", "talk",
          "walk", "go", "went", "line", "swap", "chang")
_PAIR = re.compile(
    r"\b(?:(?:key|punch|type|work|price|pull|sign|line|swap|change)(?:s|es|ed|d|ing)?"
    r"|swapp(?:ed|ing)|lining|changing|dr[ae]wn?|drawing|draws)[ \t]+(?:in|up|out|together)\b"
    r"|\b(?:talk|walk|sign|key|punch)(?:s|es|ed|ing)?[ \t][^.;:,\n]{1,40}?\b(?:into|through|up)\b"
    r"|\b(?:go|goes|went|going|gone)[ \t]+(?:over|through)\b", re.IGNORECASE)
# The same without the flag, for the lower-cased line where that stands in (caseless.py).
_PAIR_LOW = re.compile(_PAIR.pattern)


@dataclass(frozen=True)
class PlainReading:
    """A line read with the plain verb, the line it was read from, and the written words
    the rewrite stands for (what a match found only in the reading quotes)."""

    line: ResumeLine
    source: ResumeLine
    phrase: str


def _people_end(words: list[re.Match[str]], k: int, stop: int) -> int | None:
    """The index of the people noun of a phrase opening at ``words[k]`` ("their
    families", "patients and their families"), or None."""
    end = None
    for j in range(k, min(stop, k + _MAX_PEOPLE + 3)):
        low = words[j].group().lower()
        if low in _PEOPLE:
            end = j
        elif low not in _SMALL and not (low.isalpha() and j + 1 < stop
                                        and words[j + 1].group().lower() in _PEOPLE):
            break
    return end


def _one_clause(text: str, words: list[re.Match[str]], first: int, last: int) -> bool:
    """Do ``words[first..last]`` stand in one clause (nothing but spaces and hyphens
    between them)?"""
    return all(_JOIN.fullmatch(text[words[j - 1].end():words[j].start()])
               for j in range(first + 1, last + 1))


def _clause_end(text: str, words: list[re.Match[str]], k: int, most: int) -> int:
    """The last word index of the object's phrase from ``words[k]``, ``most`` words at
    most: it ends before a conjunction or a preposition ("vendor bills in QB")."""
    j = k
    while j + 1 < len(words) and j - k + 1 < most and _JOIN.fullmatch(
            text[words[j].end():words[j + 1].start()]) and \
            words[j + 1].group().lower() not in _PHRASE_STOPS:
        j += 1
    return j


def _rewrite(text: str, words: list[re.Match[str]]) -> tuple[str, int, int] | None:
    """The line with its first phrasal verb told plainly, and the written span that the
    rewrite stands for; None when the line has none."""
    n = len(words)
    for i, match in enumerate(words):
        form = _FORMS.get(match.group().lower())
        if form is None or i + 1 >= n:
            continue
        verb, tense = form
        nxt = words[i + 1].group().lower()
        if not _one_clause(text, words, i, i + 1):
            continue
        plain = _NEXT_TO.get((verb, nxt))
        if plain is not None and i + 2 < n and _one_clause(text, words, i + 1, i + 2) and \
                words[i + 2].group().lower() not in ("to", "and", "with", "on", "at"):
            told = _PLAIN[plain][tense]
            tail = text[words[i + 1].end():]
            if plain == "enroll" and words[i + 2].group().lower() == "for":
                tail = " in" + text[words[i + 2].end():]  # "signed up for": enrolled in
            end = _clause_end(text, words, i + 2, 5)
            return text[:match.start()] + told + tail, match.start(), words[end].end()
        if verb in _INTO:
            for j in range(i + 2, min(n, i + 7)):
                if not _one_clause(text, words, j - 1, j):
                    break
                if words[j].group().lower() == "into":
                    told = _PLAIN["enter"][tense]
                    end = _clause_end(text, words, j + 1, 3) if j + 1 < n else j
                    return (text[:match.start()] + told + text[match.end():], match.start(),
                            words[end].end())
        if verb == "go" and nxt in _WITH:
            found = _gone_over(text, words, i, tense)
            if found is not None:
                return found
        for (around, particle), plain in _AROUND.items():
            if around != verb:
                continue
            people = _people_end(words, i + 1, n)
            if people is None or people + 2 >= n or \
                    words[people + 1].group().lower() != particle or \
                    not _one_clause(text, words, i, people + 2):
                continue
            thing = words[people + 2].group()
            if thing.lower().endswith("ing") or thing.lower() == "to":
                continue  # "talked him into staying": no thing sold
            told = _PLAIN[plain][tense] + " " + text[words[i + 1].start():words[people].end()]
            rest = text[words[people + 2].start():]
            if plain == "enroll":
                rest = ("in " + text[words[people + 3].start():]) if thing.lower() == "for" \
                    and people + 3 < n else rest
            elif plain == "educate":
                rest = "on " + rest  # "walk them through X": educate them on X
            end = _clause_end(text, words, people + 2, 5)
            return (text[:match.start()] + told + " " + rest, match.start(),
                    words[end].end())
    return None


def _gone_over(text: str, words: list[re.Match[str]], i: int, tense: str
               ) -> tuple[str, int, int] | None:
    """"Go over the discharge papers with patients": "educate patients on the
    discharge papers" (the thing within six words, then "with" and the people)."""
    n = len(words)
    for j in range(i + 2, min(n - 1, i + 3 + _MAX_THING)):
        if not _one_clause(text, words, j - 1, j):
            return None
        if words[j].group().lower() != "with":
            continue
        if j == i + 2:
            return None
        people = _people_end(words, j + 1, n)
        if people is None or not _one_clause(text, words, j, people):
            return None
        thing = text[words[i + 2].start():words[j - 1].end()]
        persons = text[words[j + 1].start():words[people].end()]
        told = f"{_PLAIN['educate'][tense]} {persons} on {thing}"
        return (text[:words[i].start()] + told + text[words[people].end():],
                words[i].start(), words[people].end())
    return None


def plain_readings(lines: list[ResumeLine]) -> list[PlainReading]:
    """Each work line that tells a deed with a phrasal verb, read with the plain verb
    (see the module docstring)."""
    out: list[PlainReading] = []
    work = [line for line in lines if line.part in _PARTS and line.section not in _SECTIONS]
    low = [line.text.lower() for line in work]
    joined = "\n".join(low)
    stems = [stem for stem in _STEMS if stem in joined]
    if not stems:
        return out
    for line, text_low in zip(work, low, strict=True):
        if not any(stem in text_low for stem in stems) or not (
                _PAIR_LOW.search(text_low) if stands_in(line.text, text_low)
                else _PAIR.search(line.text)):
            continue
        text = line.text
        found = _rewrite(text, list(_WORD.finditer(text)))
        if found is None:
            continue
        told, start, end = found
        if text[start:start + 1].isupper():  # "Key in ..." is told "Enter ...", capitalised
            told = told[:start] + told[start:start + 1].upper() + told[start + 1:]
        phrase = text[start:end].strip(" ,;:.")
        out.append(PlainReading(dataclasses.replace(line, text=told, names=()), line, phrase))
    return out
