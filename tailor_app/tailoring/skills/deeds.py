"""Skills written as a deed: "plan lessons" is Lesson Planning, "managed inventory"
Inventory Management, "schedule interviews" Interview Scheduling.

Postings state duties with a verb and its object ("you will track shipments and
tender loads to carriers"), and resumes tell what the person did in the past tense
("Planned weekly lessons for 120 students"); the vocabulary names the same skills as
a noun with an action noun after it ("shipment tracking", "lesson planning"). The
index here turns every such name into (the verb's stem, the object's stem) once per
vocabulary, so reading a text costs one set test per word:

- the action noun gives the verb: "planning" -> "plan", "management" -> "manag",
  "documentation" -> "document", "supervision" -> "supervis";
- the object is the name's word before it ("lesson", "inventory", "interview"),
  compared by its stem so plurals and inflections match.

In the text, the object may follow after a determiner or one describing word ("manage
a complex calendar", "manage partners' calendars"), verbs may share one object
("supervise, schedule and train front office staff") and one verb may act on a list of
one-word objects ("coordinate client meetings and travel"). A deed never crosses a full
stop, a semicolon or a line. Only hard skills are read this way: soft skills have their
own deed patterns in matching.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from tailor_app.tailoring.skills.particle_deeds import ParticleDeeds
from tailor_app.tailoring.skills.phrases import verb_form
from tailor_app.tailoring.skills.stems import CHANGED_ENDINGS, IRREGULAR_FORMS, word_stems
from tailor_app.tailoring.skills.stems import object_stem as _object_stem
from tailor_app.tailoring.skills.synonym_table import DEED_SYNONYMS

__all__ = ["DeedIndex", "action_verbs", "deed_spans", "place_named"]

_CHANGED = tuple(ending for ending, _verb in CHANGED_ENDINGS)
# Action nouns written as their verb, whose object before them is what the verb acts on:
# "code review", "chart audit", "brake repair", "inventory control" ("design" is too
# often a noun before its object: "design experience", "design controls").
_SAME_AS_VERB = frozenset({"review", "audit", "repair", "control"})
# Action nouns made of a verb and its particle: "station setup" is what "set up the
# station" does, "site cleanup" what "clean up the site" does. The particle between
# the verb and its object is passed over like a describing word.
_PARTICLE_NOUNS = {"setup": "set", "set-up": "set", "cleanup": "clean", "clean-up": "clean",
                   "breakdown": "break", "teardown": "tear"}


def action_verbs(noun: str) -> tuple[str, ...]:
    """The verb stems an action noun comes from: "planning" -> "plan", "entry" -> "enter",
    "assessment" -> "assess", "documentation" -> "document", "coordination" -> "coordinat",
    "supervision" -> "supervis", "resolution" -> "resolv", "recovery" -> "recover",
    "analysis" -> "analyz"; () when the word is no action noun."""
    if noun == "entry":
        return ("enter",)  # "order entry" is what "enter orders" does
    if noun in _PARTICLE_NOUNS:
        return (_PARTICLE_NOUNS[noun],)
    if noun in _SAME_AS_VERB:
        return (noun,)  # "code review" is what "review code" does
    if not noun.isalpha() or len(noun) < 6:
        return ()
    if noun.endswith("ing"):
        stem = noun[:-3]
        if stem[-1] != stem[-2]:
            return (stem,)
        # "planning" -> "plan", but "processing" -> "process", "billing" -> "bill":
        # verbs end in a doubled s, l, f or z of their own, so both stems are kept.
        return (stem[:-1], stem) if stem[-1] in "slfz" else (stem[:-1],)
    if noun.endswith("ment"):
        return (noun[:-4],)
    if noun.endswith(_CHANGED):  # one test for most nouns, which end in none
        for ending, verb in CHANGED_ENDINGS:
            if noun.endswith(ending):
                return (noun[:-len(ending)] + verb, noun[:-3])
    if noun.endswith("ation"):
        return (noun[:-5], noun[:-3])
    if noun.endswith("ion"):
        return (noun[:-3],)
    if noun.endswith("ery"):
        return (noun[:-1],)  # "recovery" -> "recover", "delivery" -> "deliver"
    if noun.endswith("ysis"):
        return (noun[:-3] + "z", noun[:-3] + "se")  # "analysis" -> "analyz", "analyse"
    return ()


# A word: a letter and the small letters after it, hyphenated small words joined to it.
# (The pattern once had a second branch for a run of capitals, "[A-Z]{2,}s?", that no
# search ever reached: the first branch takes any letter, so "SAP" is read "S", "A",
# "P", as it always was.) The quantifiers are possessive: nothing after them can match
# what they gave back, so the tokens are the same, found with no backtracking to try.
_TOKEN = re.compile(r"[A-Za-z][a-z]*+(?:-[a-z]+)*+")
# Latin letters with a mark, as their plain letter (one character for one, so offsets
# stay the text's): the tokens are ASCII words, and "sauté" split in two ended a deed's
# search for its object ("Set up the sauté station" showed no Station setup).
_LATIN = {code: unicodedata.normalize("NFD", chr(code))[0] for code in range(0xC0, 0x180)
          if unicodedata.normalize("NFD", chr(code))[0].isascii()
          and unicodedata.normalize("NFD", chr(code))[0].isalpha()}
# A letter ``_LATIN`` changes: a line with none (bullets, dashes and curly quotes are its
# only characters past ASCII, as in most resumes) is not translated, which reads every
# character through a dictionary, ~15 times as slow as this search.
_LATIN_LETTER = re.compile("[" + "".join(map(chr, sorted(_LATIN))) + "]")
# Words after which a verb's form is a noun: "the plan", "our train schedule".
_NOUN_MARKERS = frozenset({"a", "an", "the", "our", "their", "your", "its", "his", "her",
                           "my", "this", "that", "these", "those", "each", "every"})


# Where a trade is learned or done: after a preposition an -ing word before one of these
# names the place ("at nursing school career fairs", "in nursing homes"), no deed done
# to it (no School Nursing).
_PLACE_NOUNS = frozenset({"school", "schools", "home", "homes", "facility", "facilities",
                          "department", "departments", "center", "centers", "centre",
                          "centres", "academy", "academies", "college", "colleges"})
_PLACE_PREPOSITIONS = frozenset({"at", "in", "from", "of", "to", "for", "into", "during"})


def place_named(before: str | None, gerund: str, noun: str) -> bool:
    """Do an -ing word and the noun after it, after ``before`` (the word before them,
    lower-cased, or None), name a place of learning or work ("at nursing school", "in
    nursing homes", "from driving school") rather than a deed done to it?"""
    return (gerund.endswith("ing") and noun.lower() in _PLACE_NOUNS
            and before is not None and (before in _PLACE_PREPOSITIONS
                                        or before in _NOUN_MARKERS))


def _named_thing(text: str, tokens: list[re.Match[str]], words: list[str], i: int) -> bool:
    """The word at ``i`` names a thing, not a deed: a number or a determiner stands
    right before it ("run 504 plan meetings", "the plan review"), as no verb has; or it
    is an -ing word after a preposition, before a place of learning or work ("career
    fairs at nursing schools")."""
    at = tokens[i].start()  # the last character before the word that is no blank
    while at and text[at - 1].isspace():  # (``str.rstrip``'s blanks, without a copy of
        at -= 1  # the line's start for each verb of a paragraph)
    if text[at - 1:at].isdigit():
        return True
    if i > 0 and i + 1 < len(words) and place_named(words[i - 1], words[i], words[i + 1]):
        return True
    return (i > 0 and words[i - 1] in _NOUN_MARKERS
            and not text[tokens[i - 1].end():tokens[i].start()].strip())
_DETERMINERS = frozenset({"a", "an", "the", "all", "our", "their", "your", "its", "each",
                          "any", "new", "m", "k"})
# A verb's particles, which are no object of its own ("break down and scrub the line").
_PARTICLE_WORDS = frozenset({"up", "down", "out", "off", "back", "over", "away", "in", "on"})
# Words that open an object after its verb ("follow each deal"), told apart from a noun's
# describing words.
_OPENING_DETERMINERS = frozenset({"a", "an", "the", "all", "our", "their", "your", "its",
                                  "each", "every", "any", "new"})
# Words that end the search for a verb's object: it is not past them.
_STOPS = frozenset({
    "with", "to", "for", "in", "on", "of", "at", "by", "from", "into", "as", "that",
    "which", "who", "while", "when", "if", "than", "per", "within", "across", "through",
    "using", "including", "such", "via", "under", "over", "before", "after", "is", "are",
    "be", "will", "can", "must", "should",
})
_CONNECTORS = frozenset({"and", "or", "&"})
# After a list's last item, the words that tie it to its owner ("travel for the team");
# other prepositions follow a verb of its own ("travel to sites").
_OWNED = frozenset({"for", "of"})
# An owner's possessive: "partners' calendars", "the CEO's travel" (straight or curly).
# (Opening with the apostrophe, the pattern lets ``re`` skip ahead to one.)
_POSSESSIVE = re.compile(r"['’](?:(?<=[A-Za-z].)s\b|(?<=[A-Za-z]s.)(?=\s))")
# What ends a clause between two words; figures ("a $2.4M budget") do not.
_CLAUSE_END = re.compile(r"[;:\n()!?]|\.(?!\d)|[^\s$€£%\d.,+&/-]")
# The comma inside a figure ("10,000"), which parts no list.
_FIGURE_COMMA = re.compile(r"(?<=\d),(?=\d)")
_MAX_GAP = 3  # words between the verb(s) and the object ("a complex calendar")
_CACHE_SIZE = 8192  # distinct lines a DeedIndex remembers
# What may follow a verb's stem (or its doubled last letter) in a written form.
_FORM_ENDINGS = ("", "ing", "ed", "es", "s", "e", "d")


def _as_written(forms: Iterable[str]) -> frozenset[str]:
    """Every way ``_TOKEN`` can write a lower-case form: as it is, capitalised, in
    capitals, in capitals with a small plural "s" ("PLANs"). A token is one of these
    exactly when its lower case is a form (a token of capitals holds no small letter
    but a last "s", any other none but its first; a form has no hyphen)."""
    out: set[str] = set()
    for form in forms:
        out.update((form, form[:1].upper() + form[1:], form.upper()))
        if form.endswith("s"):
            out.add(form[:-1].upper() + "s")
    return frozenset(out)


@dataclass(frozen=True)
class Deed:
    """A skill found as a deed: ``start``/``end`` span the verb to the object."""

    skill: int  # the vocabulary's index of the skill
    start: int
    end: int


class DeedIndex:
    """(verb stem, object stem) -> skill index, built from the vocabulary's names."""

    def __init__(self, names: Iterable[tuple[int, str]]) -> None:
        names = list(names)
        self.pairs: dict[tuple[str, str], int] = {}
        told: set[str] = set()
        for index, name in names:
            words = name.lower().split()
            if len(words) != 2 or not words[0].isalpha() or not (
                    words[1].isalpha() or words[1] in _PARTICLE_NOUNS):
                continue
            for verb in action_verbs(words[1]):
                self.pairs.setdefault((verb, _object_stem(words[0])), index)
                if words[1].endswith("ysis"):
                    told.add(verb)
        # The action's plain English synonyms that name nothing else, after every name's
        # own verb, so a name's own verb wins a pair both could make: "fix leaks" is Leak
        # repair, "sweat copper" Copper soldering, "snake drains" Drain cleaning
        # (``synonym_table.DEED_SYNONYMS``).
        for index, name in names:
            words = name.lower().split()
            if len(words) == 2 and words[0].isalpha() and words[1] in DEED_SYNONYMS:
                for verb in DEED_SYNONYMS[words[1]]:
                    self.pairs.setdefault((verb, _object_stem(words[0])), index)
        self.verbs = frozenset(v for v, _o in self.pairs)
        # Every object stem of a pair: a word that is none is passed over at once.
        self._object_stems = frozenset(o for _v, o in self.pairs)
        # "Analyze" is how a resume tells an analysis ("analyzed sales data"); a posting
        # names the analysis it asks, and its duties ("monitor, evaluate, analyze, and
        # report progress") read with that verb would ask every object's analysis. Those
        # verbs are read only in a resume's lines (``lists``).
        self._told = frozenset(told)
        # Every written form of every verb ("plan", "plans", "planned", "planning"),
        # with the verb stems it may have: reading a word is one dictionary lookup.
        self.forms: dict[str, tuple[str, ...]] = {}
        for verb in self.verbs:
            # "manage" is written "managing" and "managed" too: its "e" drops.
            bases = (verb, verb + verb[-1], verb[:-1]) if verb.endswith("e") else (
                verb, verb + verb[-1])
            for base in bases:
                for ending in _FORM_ENDINGS:
                    word = base + ending
                    if word not in self.forms:
                        stems = tuple(s for s in word_stems(word) if s in self.verbs)
                        if stems:
                            self.forms[word] = stems
        for word in IRREGULAR_FORMS:  # "taught", "led": past tenses built by no rule
            stems = tuple(s for s in word_stems(word) if s in self.verbs)
            if stems:
                self.forms[word] = stems
        self._posting_forms = {w: v for w, v in self.forms.items()
                               if not set(v) <= self._told}
        # The same forms as ``_TOKEN`` may write them, so a line is ruled out without
        # lower-casing its words (see ``_as_written``).
        self._written = _as_written(self.forms)
        self._posting_written = _as_written(self._posting_forms)
        # Verbs of two words ("set up new hires": New hire setup), read on their own.
        self._particles = ParticleDeeds(names)
        self._particle_written = _as_written(self._particles.forms)
        # A line's gate, each reading's in one set: no word of it is a verb's form.
        self._gate = self._written | self._particle_written
        self._posting_gate = self._posting_written | self._particle_written
        self._lines: dict[str, tuple[Deed, ...]] = {}
        # A line's words, shared by its two readings (a resume's line with a comma is
        # read with ``lists`` for the report, then without it for ordering).
        # (The lower-cased words and the match objects are made only for a line that
        # has a verb of the index.)
        self._words: dict[str, tuple[str, list[str], list[str] | None,
                                     list[re.Match[str]] | None]] = {}

    def find(self, text: str, lists: bool = False) -> list[Deed]:
        """Every deed in ``text`` whose skill the index knows, in text order.

        A deed never crosses a line, so the text is read line by line and each line's
        deeds are remembered: one job reads the same lines several times (the resume
        before and after tailoring, each line again when ordering). ``clear_cache``
        forgets them. With ``lists``, verbs the index does not know may stand in a
        list before the object (see ``_listed_verb``): a resume's evidence reads them,
        a posting's asks do not (a long duty list would make every verb an ask)."""
        if "\n" not in text:
            return list(self._line_deeds(text, lists))
        out: list[Deed] = []
        offset = 0
        for line in text.split("\n"):
            if offset:
                out.extend(Deed(d.skill, d.start + offset, d.end + offset)
                           for d in self._line_deeds(line, lists))
            else:
                out.extend(self._line_deeds(line, lists))
            offset += len(line) + 1
        return out

    def clear_cache(self) -> None:
        """Forget remembered lines (benchmarks time a cold job with it)."""
        self._lines.clear()
        self._words.clear()

    def _line_deeds(self, line: str, lists: bool = False) -> tuple[Deed, ...]:
        # Without a comma or a resume-only verb both readings are one: read it once.
        if lists and "," not in line:
            low = line.lower()  # once, not once for each verb
            lists = any(map(low.__contains__, self._told))
        key = "\x00" + line if lists else line  # a line read either way, remembered apart
        found = self._lines.get(key)
        if found is None:
            found = tuple(self._read(line, lists)) if line else ()
            if len(self._lines) >= _CACHE_SIZE:
                self._lines.clear()
            self._lines[key] = found
        return found

    def _read(self, text: str, lists: bool = False) -> list[Deed]:
        """The deeds of one line. An owner's possessive is a describing word before the
        object ("manage partners' calendars", "book the CEO's travel"): its apostrophe
        (and "s") are read as a space, so the offsets stay the text's."""
        forms = self.forms if lists else self._posting_forms
        if not text.isascii() and _LATIN_LETTER.search(text) is not None:
            text = text.translate(_LATIN)  # "the sauté station": "saute", one letter each
        # Only a verb of the index opens a deed: most lines have none, told from the
        # words as written (the words are lower-cased and the match objects made only
        # for a line that has one, and kept for its other reading).
        known = self._written if lists else self._posting_written
        key = text
        prepared = self._words.get(key)
        if prepared is None:
            if "'" in text or "’" in text:
                text = _POSSESSIVE.sub(lambda m: " " * len(m.group()), text)
            if len(self._words) >= _CACHE_SIZE:
                self._words.clear()
            # Kept for a line with no verb too: its other reading is ruled out at once.
            prepared = self._words[key] = (text, _TOKEN.findall(text), None, None)
        text, written, words, tokens = prepared
        if (self._gate if lists else self._posting_gate).isdisjoint(written):
            return []  # (known and the particles' forms, read in one pass)
        if words is None or tokens is None:
            words = [w.lower() for w in written]
            tokens = list(_TOKEN.finditer(text))
            self._words[key] = (text, written, words, tokens)
        out: list[Deed] = []
        verbs = [i for i, word in enumerate(written) if word in known]
        for i in verbs:
            if not _named_thing(text, tokens, words, i):
                out.extend(self._objects(text, tokens, words, i, list(forms[words[i]]), lists))
        if not self._particle_written.isdisjoint(written):
            gaps = [""] + [text[tokens[k - 1].end():tokens[k].start()]
                           for k in range(1, len(tokens))]
            told = {(d.skill, d.start) for d in out}  # "clean up the site": read once
            more = [Deed(index, a, b) for index, a, b in self._particles.read(
                words, [m.span() for m in tokens], gaps) if (index, a) not in told]
            if more:
                out = sorted(out + more, key=lambda d: d.start)  # in text order
        return out

    def _objects(self, text: str, tokens: list[re.Match[str]], words: list[str], i: int,
                 stems: list[str], lists: bool = False) -> list[Deed]:
        """The object after the verb at ``i``: past other verbs of the same list, a
        determiner or one describing word, within one clause. ``words`` are the
        tokens lower-cased. Past "and"/"or" after a word of its own, the object is a
        later item of a list of objects ("administer injections and vaccines"): the deed
        spans that item alone, so the earlier one is still read as what it is."""
        j, skipped, strange = i + 1, 0, 0
        start = tokens[i].start()
        forms = self.forms if lists else self._posting_forms
        while j < len(tokens):
            gap = text[tokens[j - 1].end():tokens[j].start()]
            if gap != " " and _CLAUSE_END.search(gap):
                return []
            if "," in gap and _FIGURE_COMMA.search(gap):
                gap = _FIGURE_COMMA.sub("", gap)  # "Reviewed 10,000 documents": a figure
            word = words[j]
            if word in _CONNECTORS and "," in gap and skipped == 0:
                # "blood products, and document in Epic": past the verb's comma "and"
                # goes on only to another verb of its list ("Plan, and deliver
                # lessons"), never to an object; that verb is passed over.
                if j + 1 >= len(tokens) or words[j + 1] not in forms:
                    return []
                j += 2
                continue
            if word in _CONNECTORS and j + 1 < len(tokens) and words[j - 1] in forms \
                    and words[j + 1] in _DETERMINERS:
                # "a degree in marketing or a related field": a verb's form joined to a
                # noun of its own is a noun too; a list of verbs goes on with a verb.
                return []
            if word in _CONNECTORS and skipped and "," in gap:
                # "keep the hygiene schedule full, and keep patients in the loop": past
                # words that are no object, a comma and "and" open a clause of its own;
                # its object is no object of this verb (a noun's "schedule" asked
                # Patient Scheduling).
                return []
            if word in _CONNECTORS and skipped and self._next_verb(words, j + 1) \
                    and any(w not in _PARTICLE_WORDS for w in words[i + 1:j]):
                # "negotiate pricing and follow each deal": past a word of its own, a
                # verb before its own determiner opens the next duty; "deal" is its
                # object, no Deal negotiation.
                return []
            if word in _CONNECTORS and skipped and not lists and j + 1 < len(tokens):
                start = tokens[j + 1].start()
            if word in _CONNECTORS or (
                    "," in gap and skipped == 0
                    and (word in forms
                         or ((lists or (strange == 0 and word not in self.forms
                                        and verb_form(word)))
                             and self._listed_verb(text, tokens, j)))):
                # A posting's list may hold one verb the index does not know ("Draft,
                # review and negotiate contracts"); more, or one it reads in resumes
                # alone, make a long duty list whose last object is the last verb's
                # ("monitor, evaluate, analyze, and report progress").
                strange += word not in forms
                j += 1
                continue
            if "," in gap:
                return []
            obj = _object_stem(word)
            hits = [Deed(self.pairs[(s, obj)], start, tokens[j].end())
                    for s in stems if (s, obj) in self.pairs] if obj in self._object_stems else []
            if hits and words[j - 1] in _CONNECTORS and (
                    skipped >= 2 or (skipped and words[j - 2].endswith("s"))) \
                    and self._modifies_next(text, tokens, j):
                # "plan the holiday party and project reviews", "give test drives and
                # product walkarounds": past "and" after a thing of its own, a word
                # before a noun describes that noun; it is no object of the verb, the
                # noun may be. Two describing words sharing the noun ("answered
                # walk-up and phone requests") leave the verb acting on both.
                hits = []
            if hits:
                return hits[:1] + self._more_objects(text, tokens, j, stems)
            if word in _STOPS or skipped >= _MAX_GAP:
                return []
            # A word in capitals is read a letter at a time ("CEO" is "C", "E", "O"):
            # a token glued to the one before is the same word, counted once ("manage
            # the CEO's and CFO's calendars").
            skipped += word not in _DETERMINERS and gap != ""
            j += 1
        return []

    def _more_objects(self, text: str, tokens: list[re.Match[str]], j: int,
                      stems: list[str]) -> list[Deed]:
        """The verb's further objects after the one at ``j``, each a single word in a
        list of commas and "and"/"or" ("coordinate client meetings and travel", "manage
        budgets, staff and vendors"), or before "for"/"of" ("and travel for the team").
        A longer item ends the list: "manage inventory and train staff" gives the second
        verb its own object, and so does a word before another preposition ("manage
        inventory and travel to sites": a verb of its own)."""
        out: list[Deed] = []
        k = j + 1
        while k < len(tokens):
            gap = text[tokens[k - 1].end():tokens[k].start()]
            if _CLAUSE_END.search(gap):
                break
            word = tokens[k].group().lower()
            if word in _CONNECTORS:
                k += 1
                continue
            if not ("," in gap or tokens[k - 1].group().lower() in _CONNECTORS):
                break
            if k + 1 < len(tokens):
                after = text[tokens[k].end():tokens[k + 1].start()]
                if not (_CLAUSE_END.search(after) or "," in after
                        or tokens[k + 1].group().lower() in _CONNECTORS
                        or tokens[k + 1].group().lower() in _OWNED):
                    break  # an item of two words or more
            obj = _object_stem(word)
            out.extend(Deed(self.pairs[(s, obj)], tokens[k].start(), tokens[k].end())
                       for s in stems[:1] if (s, obj) in self.pairs)
            k += 1
        return out

    def _next_verb(self, words: list[str], k: int) -> bool:
        """Is the word at ``k`` a verb opening a duty of its own: a verb (one the index
        knows, or a word first of all a verb) followed by a determiner ("and follow each
        deal", "or train new staff")? A noun of a list of objects is followed by its own
        words or the list's end ("injections and vaccines", "party and project reviews")."""
        if k + 1 >= len(words):
            return False
        word = words[k]
        return words[k + 1] in _OPENING_DETERMINERS and (
            word in self.forms or bool(verb_form(word)))

    @staticmethod
    def _modifies_next(text: str, tokens: list[re.Match[str]], j: int) -> bool:
        """Is the word at ``j`` followed, after a plain space, by a lower-case word that
        is no joining word or preposition (so the word describes it)?"""
        if j + 1 >= len(tokens) or text[tokens[j].end():tokens[j + 1].start()] != " ":
            return False
        nxt = tokens[j + 1].group()
        return nxt.islower() and nxt not in _CONNECTORS and nxt not in _STOPS

    @staticmethod
    def _listed_verb(text: str, tokens: list[re.Match[str]], j: int) -> bool:
        """Is the word at ``j`` another verb of a list that shares one object, though the
        index knows no deed of it ("Recover, evacuate and charge refrigerant")? A verb
        written right after a comma that followed the first verb, itself followed by a
        comma or "and"/"or": a plain lower-case word, never the object (an object ends
        the list: nothing after it but its own words)."""
        if j + 1 >= len(tokens) or not tokens[j].group().islower():
            return False
        after = text[tokens[j].end():tokens[j + 1].start()]
        return after.strip() == "," or tokens[j + 1].group().lower() in _CONNECTORS


def deed_spans(index: DeedIndex, text: str, lists: bool = False
               ) -> list[tuple[int, int, int]]:
    """(skill index, start, end) of each deed in ``text``."""
    return [(d.skill, d.start, d.end) for d in index.find(text, lists)]
