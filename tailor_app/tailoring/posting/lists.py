"""The lists inside a posting's sentences, and which of them name asks.

A comma list of three or more ("repair leaks, replace water heaters, rebuild faucets
and toilets"; "fillings, crowns, extractions and root canals") names asks even where
the sentence around it is prose; ``noun_terms`` (nouns.py) reads its items. What a
list is decides how:

- a list of actions ("collect, validate and publish results") names none;
- two actions on one object closing a list ("by phone, email and chat, logging and
  resolving tickets") are one item: the first action is no thing of its own;
- a list of duties (each item opens with its verb) names each duty's object, however
  long its items: only their first words, where the object stands, are kept;
- clauses joined by commas with a list of things closing the last one ("…, then assist
  the lead mechanic on brake repairs, wheel alignments and tire rotations"): the items
  after the last long one;
- inside a long sentence of prose or one about "the applicant", only what follows a
  cue ("experience with", "such as").

Every pattern is compiled once and each clause is scanned once: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tailor_app.tailoring.skills.phrases import sentence_spans, verb_form
from tailor_app.tailoring.text import word_set

__all__ = ["DETERMINERS", "GRADE", "JUDGING", "NOUN_ENDINGS", "PROSE_WORDS", "THIRD_PERSON",
           "bare_word", "list_items", "noun_shaped", "thing_compound"]

DETERMINERS = word_set("a an the your our their its this these those")
# Words that judge an object rather than name it: "recommend the right boots", "find the
# best fit", "use appropriate tools" ask for no "Right boots". An object opening with one
# is no thing of the trade (grading words, below, are cut instead).
JUDGING = word_set(
    """
    right best perfect ideal proper correct suitable different numerous other same such
    own whole entire certain
    """
)
# Modifiers that only grade or time an ask ("advanced", "basic", "weekly"): cut from
# the front of a term read by its place.
GRADE = word_set(
    """
    advanced basic intermediate expert general overall current valid active working
    practical professional technical prior previous recent extensive thorough sound
    broad solid strong proven excellent outstanding exceptional superior good great
    demonstrated relevant related applicable appropriate necessary additional specific
    various multiple several many some any all daily weekly monthly annual high-volume
    fast-paced high-quality detail-oriented self-motivated well-organized accurate timely
    existing new modern smooth morning evening night overnight local national regional
    compelling key core critical
    minor busy impeccable unquestionable unwavering meticulous utmost once twice
    """
)
# Small words before a list's first item: "work on fillings, crowns, …", "across
# receiving, picking, …".
_LEAD_WORDS = word_set("on in with of for across including between from like")

# Where a list's items are cut: commas, and a last "and"/"or" after a comma.
# A figure's own comma or point ("180,000 sq ft", "$22.40") neither ends a clause nor
# cuts a list: "receiving, picking and shipping at our 180,000 sq ft center".
_CLAUSE = re.compile(r"[^.;:!?()\[\]\n]+(?:(?<=\d)\.(?=\d)[^.;:!?()\[\]\n]*)*")
# A comma that is no figure's ("10,000"), written to open with the comma itself: the
# same matches as "(?:(?<!\d),|,(?!\d))…", but ``re`` skips ahead to each comma
# instead of trying the look-behind at every character.
_ITEM_CUT = re.compile(r",(?:(?<!\d,)|(?!\d))\s*(?:(?:and|or|and/or|as well as)\s+)?")
_BRACKETED = re.compile(r"\([^()\n]{0,80}\)")
_FINAL_CUT = re.compile(r"\s(?:and|or|and/or)\s+")
_ITEM_WORD = re.compile(r"\S+")


def _words_in(text: str, a: int, b: int) -> list[str]:
    r"""``_ITEM_WORD.findall(text, a, b)``, cut by ``str.split``: the same words (a space to
    ``\s`` is a space to ``str.isspace``), without the pattern."""
    return text[a:b].split()


_LIST_ITEM_WORDS = 6


# A sentence this long is prose (a federal "Duties" paragraph, a role's narrative), not a
# duty bullet or a requirement: a list inside it names asks only after a cue.
PROSE_WORDS = 40
# A sentence about "the applicant" or "the incumbent" in the third person describes what
# that person does or how they are judged ("demonstrated by assignments where the
# applicant serves on panels, committees, or task forces"): like prose, its lists name
# asks only after a cue ("the applicant must have experience with …").
THIRD_PERSON = re.compile(
    r"\bthe (?:applicant|incumbent|fellow|employee|selectee|appointee|position)s?\b",
    re.IGNORECASE)
# What makes a list's items the asks even inside prose: a skill cue and its preposition,
# or examples given ("such as lean startup, user-centered design").
_LIST_CUE = re.compile(
    r"\b(?:experience[ds]?|background|knowledge(?:able)?|understanding|familiar(?:ity)?"
    r"|proficien(?:cy|t)|expertise|skill(?:s|ed)?|competen\w*|comfortable|versed|trained"
    r"|training|certified|exposure|fluen(?:cy|t))\s+(?:in|with|of|on|using|at)\b"
    r"|\bsuch as\b|\bincluding\b|\be\.g\.", re.IGNORECASE)


_PRONOUNS = word_set("them it these those this that")


def _is_action_list(text: str, items: list[tuple[int, int]],
                    is_verb: Callable[[str], bool]) -> bool:
    """Do the list's items name actions ("collect, validate, analyze, and display
    customer feedback", "Determining, communicating, and delivering features")? Their
    shared object is what the actions are done to, not a list of asks."""
    inner = [text[a:b].split() for a, b in items[1:-1]]
    lead = text[items[0][0]:items[0][1]].split()
    if not lead or any(len(words) != 1 for words in inner):
        return False

    last = text[items[-1][0]:items[-1][1]].split()
    # "coding, operating, testing and tuning them": actions on something named before.
    on_pronoun = len(last) == 2 and last[0].endswith("ing") and last[1].lower() in _PRONOUNS

    def verb(word: str) -> bool:
        if word.lower().endswith("ing"):
            # "Determining, communicating, …" opening the clause
            return len(lead) == 1 or on_pronoun
        return is_verb(word) or verb_form(word)

    return all(verb(w) for words in inner for w in words) and verb(lead[-1])


# Endings of describing words: "well-designed", "efficient", "testable", "secure" is
# left out with the other plain adjectives, which are no list of things either way.
_DESCRIBING_ENDINGS = ("ed", "ent", "ant", "ive", "ful", "ous", "able", "ible", "ic", "less",
                       "ary", "ory", "ical")


def _describing(word: str) -> bool:
    low = word.lower().rsplit("-", 1)[-1]
    return word.islower() and len(low) > 3 and low.endswith(_DESCRIBING_ENDINGS)


def _describes_one_head(text: str, items: list[tuple[int, int]]) -> bool:
    """Are the list's items describing words of the last item's noun ("writing
    well-designed, efficient, and testable code")? They describe one thing, and each
    item with the noun ("testable code") is no ask of its own."""
    words = [text[a:b].split() for a, b in items]
    lead, last = words[0], words[-1]
    return (bool(lead) and len(last) >= 2 and all(len(w) == 1 for w in words[1:-1])
            and all(_describing(w[-1]) for w in [lead, *words[1:-1]])
            and _describing(last[0]))


def _is_duty_list(text: str, items: list[tuple[int, int]],
                  is_verb: Callable[[str], bool]) -> bool:
    """Does each item after the first open with a verb in its base form ("resolve pricing
    issues, keep every contact logged, and meet a monthly target")? Such a list is the
    duties themselves, however long the sentence holding it; a participle after a comma
    (", leading to their adoption across …") is not.

    Verbs no word list holds ("rebuild", "clear") count too when the list's first item
    opens with a verb ("you'll diagnose and repair leaks, replace water heaters, rebuild
    faucets, clear drains and run a camera") and another item's verb is known: each item
    is then a bare word and its object, as a duty is written."""
    known = bare = 0
    for a, b in items[1:]:
        words = text[a:b].split()
        if not words or words[0].lower().endswith("ing") or thing_compound(words):
            return False
        if verb_form(words[0]) or (len(words) > 1 and is_verb(words[0])):
            known += 1
        elif len(words) > 1 and bare_word(words[0]) and not noun_shaped(words[0]):
            bare += 1
        else:
            return False
    return not bare or (known > 0 and _opens_with_verb(text, *items[0], is_verb))


# Nouns of everyday work on a thing, written after the thing: "filter changes", "belt
# swaps", "brake repairs". (Nouns of "-ing", "-tion", "-ment" and the like are told by
# their ending.)
_WORK_NOUNS = word_set("changes changeouts change-outs swaps repairs checks flushes tests "
                       "cleanings refills rebuilds resets")
_WORK_ENDINGS = ("ing", "ings", "tion", "tions", "sion", "sions", "ment", "ments", "ance",
                 "ances")


def thing_compound(words: list[str]) -> bool:
    """Are two words a thing and the work on it ("coil cleaning", "filter changes",
    "drain line flushing"), not a verb and its object? The first is no word known first
    of all as a verb (the vocabulary reads "coil" and "filter" as verbs by its action
    nouns "coiling", "filtering"), and the last names work, not a thing: a duty's verb
    acts on a thing ("replace filters"); work is done on work only by verbs every word
    list knows ("perform inspections", "schedule cleanings")."""
    if len(words) != 2:
        return False
    if not words[1].islower():
        return False  # "case Management": a name's words, not a thing and its work
    first, last = words[0].lower(), words[1].strip(".,;:")
    if not first.isalpha() or verb_form(first) or not last.isalpha() or len(last) < 5:
        return False
    return last in _WORK_NOUNS or last.endswith(_WORK_ENDINGS)


def base_form(low: str) -> bool:
    """Is a verb written in its base form, as a duty's verb is ("process", not
    "processes", "processing", "processed")?"""
    return not low.endswith(("ing", "ed")) and (not low.endswith("s") or low.endswith("ss"))


def bare_word(word: str) -> bool:
    """A lower-case word with no ending of a plural, a past or an adverb: a verb's base
    form where a duty's verb stands ("rebuild faucets"). Nor of an abstract noun's "-ity",
    which no English verb has: "photo-eyes, proximity sensors and limit switches" lists
    things (it was read as a duty, "Sensor proximitying")."""
    return (word.isalpha() and word.islower() and not word.endswith(("s", "ed", "ly", "ity"))
            and word not in DETERMINERS)


# Endings of nouns that are a verb's base form only where a reading knows the verb
# ("position", "commission", "witness" are known or rare): a word so ending that no
# reading knows opens no duty. "pour footings, foundation walls and sidewalks" was read
# as a duty "foundation walls" ("Wall foundation"); so were "ventilation fans",
# "insulation batts", "irrigation lines". No English verb ends as "emergency" or
# "vacancy" does: "inspect extinguishers and emergency lights" read "Light emergencying".
NOUN_ENDINGS = ("tion", "sion", "ness", "ism", "ity", "ency", "ancy")


def noun_shaped(word: str) -> bool:
    """Does ``word`` end as a noun that is no verb (see ``NOUN_ENDINGS``)?"""
    return word.lower().endswith(NOUN_ENDINGS)


# Words of manner or frequency between a modal and its verb: "You will also book
# backhauls", "you'll regularly audit counts". The verb after them opens the duty.
DUTY_ADVERBS = word_set(
    "also then often regularly routinely occasionally sometimes frequently typically"
    " usually actively closely directly personally independently proactively")
_ADVERB = "(?:also|then|often|regularly|routinely|occasionally|sometimes|frequently" \
    "|typically|usually|actively|closely|directly|personally|independently|proactively)"
_MODAL_OPENING = re.compile(
    r"\s*(?:[-•*]\s*)?(?:(?:you|we)(?:'ll|’ll| will)|will|to|must)?\s*"
    rf"(?:{_ADVERB}\s+)?([A-Za-z]+)",
    re.IGNORECASE)


_TOLD = re.compile(rf"\b(?:you'll|you’ll|will|must)\s+(?:{_ADVERB}\s+)?([a-z]+)")


def _opens_with_verb(text: str, a: int, b: int, is_verb: Callable[[str], bool]) -> bool:
    """Does text[a:b] open with a verb: a known one, or any word after "you'll"/"will"?"""
    m = _MODAL_OPENING.match(text, a, b)
    if m is None:
        return False
    word = m.group(1)
    if verb_form(word) or is_verb(word) or (m.start(1) > a + 1 and text[a:m.start(1)].strip(
            " -•*") != "" and bare_word(word)):
        return True
    # "We are a bistro looking for a manager who will run dinner service, …": the list
    # of duties opens after the item's last "will".
    told = list(_TOLD.finditer(text, a, b))
    return bool(told) and bare_word(told[-1].group(1))


# Gatherings the job attends: "Attend staff meetings, professional development and
# school events" names where the person goes, no skill.
# ("Participate in code review, architecture discussions" is the work itself.)
_ATTENDED = re.compile(r"[\W\d]*(?:attend|attends|attending)\b", re.IGNORECASE)


def list_items(text: str, is_verb: Callable[[str], bool] = lambda _w: False,
               duty_starts: set[int] | None = None, single: set[int] | None = None,
               people: frozenset[str] = frozenset(),
               groups: list[list[tuple[int, int]]] | None = None) -> list[tuple[int, int]]:
    """The items of each comma list of three or more in ``text`` ("repair leaks, replace
    water heaters, rebuild faucets and toilets"): a sentence's lists name its asks even
    where its prose does not. The lead-in before the first item and the tail after the
    last are left out (only their nearest words count as the item). A list of actions
    names none, and a list inside prose only what follows a cue. ``groups`` gathers the
    items of each list of things, list by list."""
    out: list[tuple[int, int]] = []
    # A bracket inside a list ("replace water heaters (tank and tankless), rebuild
    # faucets") does not end it: read with the brackets blanked out.
    if "(" in text:
        text = _BRACKETED.sub(lambda m: " " * len(m.group()), text)
    sentences: list[tuple[int, int]] | None = None  # worked out for the first list only
    for clause in _CLAUSE.finditer(text):
        cuts = list(_ITEM_CUT.finditer(text, clause.start(), clause.end()))
        if not cuts:
            continue
        if len(cuts) == 1 or not cuts[-1].group().strip(", "):
            # "A, B and C": the last "and"/"or" cuts too.
            final = _FINAL_CUT.search(text, cuts[-1].end(), clause.end())
            if final is not None:
                cuts.append(final)
        if len(cuts) < 2:
            continue
        bounds = [clause.start(), *(x for c in cuts for x in (c.start(), c.end())),
                  clause.end()]
        items = list(zip(bounds[::2], bounds[1::2], strict=True))
        if _shared_object(text, items, cuts[-1]):
            # "…, logging and resolving tickets in ServiceNow": two actions on one
            # object, not a thing "logging" beside another item.
            items = [*items[:-2], items[-1]]
        duties = _is_duty_list(text, items, is_verb)
        if duties and duty_starts is not None:
            # Each item opens with its verb: "stock supplies" is a duty, not a thing.
            duty_starts.update(m.start() for a, b in items[1:]
                               for m in [_ITEM_WORD.search(text, a, b)] if m)
        long = [n for n, (a, b) in enumerate(items[:-1]) if n and
                len(_words_in(text, a, b)) > _LIST_ITEM_WORDS]
        if duties and long:
            # "clear drains with a cable machine or hydro-jetter, and run a sewer
            # camera …": each duty's object stands in its first words.
            items = [(a, _first_words(text, a, b)) for a, b in items]
        elif long:
            # Clauses joined by commas, with a list of things closing the last one
            # ("…, then assist the lead mechanic with brake jobs, oil changes and tire
            # rotations"): the list is the items after the last long one.
            items = items[long[-1]:]
            if len(items) < 3 or any(_opens_a_duty(text, a, b, is_verb) for a, b in items[1:]):
                continue
        inner = items[1:-1]
        if _is_action_list(text, items, is_verb) or _describes_one_head(text, items) \
                or _ATTENDED.match(text, items[0][0], items[0][1]):
            continue
        first = [m.start() for m in _ITEM_WORD.finditer(text, *items[0])][-4:]
        last = [m.end() for m in _ITEM_WORD.finditer(text, *items[-1])][:_LIST_ITEM_WORDS]
        found = ([(first[0], items[0][1])] if first else []) + inner + (
            [(items[-1][0], _before_shared_kind(text, items, last))] if last else [])
        if sentences is None:
            sentences = sentence_spans(text)
        sentence = next(((a, b) for a, b in sentences if a <= clause.start() < b),
                        (clause.start(), clause.end()))
        if ((len(_words_in(text, *sentence)) > PROSE_WORDS
             and not _duty_clause(text, clause.start(), clause.end(), is_verb))
                or THIRD_PERSON.search(text, *sentence)) \
                and not _is_duty_list(text, items, is_verb):
            cue = _LIST_CUE.search(text, clause.start(), items[-1][0])
            if cue is None:
                continue
            found = [(max(a, cue.end()), b) for a, b in found if b > cue.end()]
        out.extend(found)
        if groups is not None and not duties:
            groups.append(found)  # a list of things, its items together
        if single is not None and not duties:
            single.update(_single_words(text, found, people))
    return out


def _shared_object(text: str, items: list[tuple[int, int]], cut: re.Match[str]) -> bool:
    """Do the list's last two items name two actions on the last one's object, joined
    by a plain "and"/"or" ("logging and resolving tickets", "writing and editing
    grant reports")? The first of them is no item of its own."""
    if len(items) < 3 or "," in cut.group():
        return False
    before = _words_in(text, *items[-2])
    last = _words_in(text, *items[-1])
    if not (len(before) == 1 and before[0].islower() and before[0].endswith("ing")
            and len(last) >= 2 and last[0].islower() and last[0].endswith("ing")):
        return False
    # "bathing, dressing, grooming and feeding residents" is a list of activities, each
    # its own item: the earlier items are activities too.
    return not any(words and words[-1].endswith("ing")
                   for words in (_words_in(text, a, b) for a, b in items[:-2]))


def _opens_a_duty(text: str, a: int, b: int, is_verb: Callable[[str], bool]) -> bool:
    """Is text[a:b] a verb and what follows it ("building reusable services"), not a
    thing ("picking", "root canals")?"""
    words = _words_in(text, a, b)
    return len(words) > 1 and (verb_form(words[0]) or is_verb(words[0])) \
        and not thing_compound(words)


_RUN_MARKS = (";", ":")
# Words that say only that each item of a list is a process of its kind, written once
# after the last ("coagulation, flocculation, sedimentation and filtration processes"):
# the items are the asks, the word names none of them.
_SHARED_KINDS = word_set("process processes procedure procedures step steps stage stages")


def _before_shared_kind(text: str, items: list[tuple[int, int]], ends: list[int]) -> int:
    """Where the last item of a list of one-word things ends: before a word of
    ``_SHARED_KINDS`` right after its first word, written once for all the items
    ("filtration processes" is Filtration, as "flocculation" is Flocculation). ``ends``
    are the last item's words' ends; the last one stands otherwise."""
    if len(ends) < 2 or any(len(_words_in(text, a, b)) != 1 for a, b in items[1:-1]):
        return ends[-1]
    words = _words_in(text, items[-1][0], ends[1])
    return ends[0] if words[1].lower().strip(",.;:") in _SHARED_KINDS else ends[-1]


def _duty_clause(text: str, a: int, b: int, is_verb: Callable[[str], bool]) -> bool:
    """Is text[a:b] one duty of a run the posting parts with semicolons or opens with a
    colon ("The operator runs the plant: monitor and adjust coagulation, flocculation
    and filtration processes; backwash filters; ...")? Its first word is a verb in its
    base form, told to no one, and the mark before it is ";" or ":". A one-paragraph
    posting writes its duties so, one long sentence of them; each clause is a bullet's
    duty, and its list names asks as a bullet's does, however long the sentence."""
    words = _words_in(text, a, b)
    if len(words) < 2 or len(words) > PROSE_WORDS or not words[0].isalpha() \
            or not words[0].islower() or not bare_word(words[0]) \
            or words[0].endswith("ing"):
        return False
    if not text[:a].rstrip().endswith(_RUN_MARKS):
        return False
    return _opens_a_duty(text, a, b, is_verb)


def _single_words(text: str, items: list[tuple[int, int]], people: frozenset[str]
                  ) -> list[int]:
    """Where the items that are one word stand ("fillings, crowns, extractions and root
    canals"); the lead item's last word counts when a small word opens it ("on fillings")."""
    out: list[int] = []
    last = _words_in(text, *items[-1])[-1:] if items else []
    if last and last[0].lower().strip(",.;:") in people:
        return out  # "for HR, operations and finance leaders": kinds of people
    for n, (a, b) in enumerate(items):
        words = list(_ITEM_WORD.finditer(text, a, b))
        if n == 0 and len(words) > 1 and words[-2].group().lower() in _LEAD_WORDS:
            words = words[-1:]
        if len(words) == 1:
            out.append(words[0].start())
    return out


def _first_words(text: str, a: int, b: int, count: int = 5) -> int:
    """Where the first ``count`` words of text[a:b] end (b when it has fewer)."""
    ends = [m.end() for m in _ITEM_WORD.finditer(text, a, b)][:count]
    return ends[-1] if len(ends) == count else b
