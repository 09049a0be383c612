"""A skill shown by a verb of one of its names done to the object of another.

The vocabulary names many skills several ways, some as a deed ("Upselling": "sold
room upgrades", "suggested desserts", "pushed the specials"; "Travel Arrangements":
"arranged travel", "booked flights"), and a resume's own bullet often pairs a verb of
one name with the object of another ("Arrange flights, hotels and ground transport",
"Push the desserts"). Each name alone is an exact phrase; read together they say which
verbs and which objects the skill is made of, so the pair the resume wrote is shown
even when no single name holds it. A narrower skill also takes the verbs of a broader
skill that is the same action ("Tie out the bank" is Bank reconciliation by Account
Reconciliation's "tied out"; Call routing takes nothing of Phone Support's "took
calls"), and a name made of a verb and its particle ("tie-out", "handoffs", "tied
out") lends that verb. This is the vocabulary's own data, per skill: a verb is only
ever paired with an object of the same skill's names, never a synonym from elsewhere
(ESCO's descriptions, tried as evidence, were wrong 2-5x as often as right; verbs
mined across skills, two verbs of one object in one skill's names, were as noisy:
"write" beside "repair", "track" beside "develop").

What counts, so a line about someone else, a goal, a mention or another trade's
thing does not:

- the object keeps what sets the skill apart: it is an object of at most three
  skills' names ("flights", "desserts", "bank"); "check", "truck", "line", "group" or
  "schedule" are any trade's ("Run eligibility checks" is no bar's "closed out
  checks", "Build project schedules" no manager's "built the schedule");
- a verb with a particle is another verb ("set up the room" is no "set rooms"; "tie
  out payroll" is read as "tie out"), as in the names;
- the verb opens the bullet or a clause after ";" or ":" ("Open the kitchen: check
  deliveries against the invoice"), or follows "and" or a comma, in the opener's form,
  in a bullet that opens with a verb ("Supervise visits and drive children to them";
  "Processed returns and bill payments" makes "bill" a noun), so the writer is its
  doer and it is told as done, not planned ("to learn", "helped the team"), not done
  by others ("Managers suggest specials") and never named;
- the object ends its noun phrase ("Ran crew trucks to the yard" ran trucks, no crew)
  and follows within five words, with nothing between but lower-case words and
  "and"/"or": no preposition (its object is another thing), no comma or bracket (a
  series of deeds: "Interview cashiers, teach new hires");
- a name whose verb is the word that sets the skill apart ("differentiated lessons"
  of Differentiated Instruction) lends no object, and a light verb, one of twenty or
  more skills' names ("teach", "install", "set", "manage"), pairs only as the verb of
  the name's own head: "taught lessons" is no differentiation;
- a name's verb is its first word when that is a verb by form or a deed the
  vocabulary knows, its object its last word; an "<object> <action>" name ("Travel
  arrangements") gives the action's verb and the object; the object is never a
  small word nor the verb itself ("lead a team", "acting lead").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import NamedTuple

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.deeds import action_verbs
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.particle_deeds import COMPOUND_NOUNS as _COMPOUND_NOUNS
from tailor_app.tailoring.skills.stems import IRREGULAR_FORMS, object_stem, word_stems
from tailor_app.tailoring.skills.vocabulary import Skill, Vocabulary

__all__ = ["PARTICLES", "alias_deed", "light_verbs", "verbs_and_objects"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words no object is: determiners, pronouns, small words, and describing words that
# end a name without naming a thing ("a la carte", "as needed").
_NO_OBJECT = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from",
    "into", "as", "up", "out", "off", "over", "down", "back", "it", "them", "all", "each",
    "every", "their", "our", "my", "your", "his", "her", "its", "new", "needed", "daily",
    "weekly", "monthly", "time", "times", "work", "system", "systems", "skills", "process",
})
# Between the verb and its object: a preposition makes what follows another thing.
_PREPOSITIONS = frozenset({"for", "to", "in", "on", "with", "from", "by", "at", "as", "into",
                           "about", "across", "after", "before", "during", "per", "via",
                           "of", "through", "without", "under", "than", "so", "that", "who",
                           "which", "when", "while", "because", "if"})
# A particle after a verb makes another verb: "set up the room" is not "set rooms",
# "pick up the phone" not "picked orders".
PARTICLES = frozenset({"up", "out", "off", "over", "down", "back", "in", "away", "through",
                       "around", "on"})
# Words after an object that end its noun phrase, beside the prepositions.
_ENDS_A_PHRASE = frozenset({
    "and", "or", "the", "a", "an", "every", "each", "all", "both", "once", "twice", "then",
    "between", "against", "around", "along", "among", "until", "within", "over", "up",
    "out", "down", "off", "back", "away", "together", "daily", "weekly", "monthly",
    "nightly", "yearly", "same", "next", "last", "first", "ahead", "early", "late", "when",
    "where", "before", "after", "is", "are", "was", "were", "be", "been", "got", "went",
    "kept", "made", "left", "ran", "set", "sent", "put", "cut", "let", "came", "took",
})
_NOT_A_NOUN = re.compile(r"(?:ly|ing|ed)$")
_BREAK = re.compile(r"[,;:()\[\]/.!?—–]")
# A verb of this many skills' names is light ("teach", "install"): it names the skill
# only as the verb of the name's own head ("Install fixtures": Electrical Installation),
# never "taught lessons" for Differentiated Instruction.
_LIGHT = 20
_RARE = 3  # an object of at most this many skills' names tells the skill by itself
_MAX_GAP = 5  # words from the verb to the object ("Price out window and door quotes")
# A clause opens the bullet or follows one of these.
_CLAUSE_OPENING = re.compile(r"(?:^|[;:])\s*$")
_DONE = re.compile(r"[a-z]{3,}ed$")
# A later verb of the bullet's series: after "and", "&" or a comma.
_SERIES = re.compile(r"(?:,|\band|&)\s*$")
# Describing words a name may end or open with, no thing acted on.
_DESCRIBING = re.compile(r"(?:ive|ous|ful)$")


def _is_verb(word: str, deed_verbs: frozenset[str], longer: bool) -> bool:
    """Is a name's first word a verb: "-ed" or an irregular past ("sold"), or, before
    a lone object, a deed's verb ("book travel")? A longer name may open with a word
    that is only a noun in it ("room upgrade sales")."""
    if _DONE.fullmatch(word) or word in IRREGULAR_FORMS:
        return True
    return not longer and word in deed_verbs


def _phrasal(words: list[str]) -> frozenset[str]:
    """The verb and particle a name of no object is made of: a noun of a verb and its
    particle ("tie-out", "changeover", "handoffs") or the verb and particle alone ("tied
    out"), as "stem particle" forms; empty for any other name."""
    if len(words) == 2 and words[1] in PARTICLES and words[0].isalpha() and len(words[0]) > 2:
        verb, particle = words[0], words[1]
    elif len(words) == 1:
        word = words[0][:-1] if words[0].endswith("s") else words[0]
        head, _dash, tail = word.rpartition("-")
        if head.isalpha() and tail in PARTICLES:
            verb, particle = head, tail  # "tie-out"
        elif word.replace("-", "") in _COMPOUND_NOUNS:
            verb, particle = _COMPOUND_NOUNS[word.replace("-", "")]  # "changeover"
        else:
            return frozenset()
    else:
        return frozenset()
    return frozenset(f"{stem} {particle}" for stem in word_stems(verb))


def _name_pair(name: str, deed_verbs: frozenset[str]) -> tuple[frozenset[str], str] | None:
    """(verb stems, object stem) a name tells, or None; a name of a verb and its
    particle alone ("tied out") tells the verb with no object ("")."""
    words = [w.lower() for w in _WORD.findall(name)]
    phrasal = _phrasal(words)
    if phrasal:
        return phrasal, ""
    if len(words) < 2:
        return None
    if len(words) == 2:
        action = words[1]
        verbs = action_verbs(action) or (action.endswith("s") and action_verbs(action[:-1]))
        if verbs:
            obj = words[0]
            if obj in _NO_OBJECT or len(obj) < 3 or _DESCRIBING.search(obj):
                return None  # "suggestive selling" sells nothing suggestive
            return frozenset(verbs), object_stem(obj)
    first, last = words[0], words[-1]
    if words[1] in PARTICLES and len(words) > 2:
        # "set up events" is told by "set up", never by "set" alone
        verbs = frozenset(f"{stem} {words[1]}" for stem in word_stems(first))
        if last in _NO_OBJECT or len(last) < 3 or not _is_verb(first, deed_verbs, True):
            return None
        return verbs, object_stem(last)
    if last in _NO_OBJECT or len(last) < 3 or _DESCRIBING.search(last) \
            or not _is_verb(first, deed_verbs, len(words) > 2):
        return None
    verbs = frozenset(word_stems(first))
    obj = object_stem(last)
    if obj in verbs or object_stem(first) == obj:
        return None  # "lead ... lead"
    return verbs, obj


def verbs_and_objects(skill: Skill, phrases: list[str], deed_verbs: frozenset[str]
                      ) -> tuple[frozenset[str], frozenset[str]]:
    """The verb stems and object stems the skill's names and resume-only phrases tell."""
    verbs: set[str] = set()
    objects: set[str] = set()
    # The words that set the skill apart from its head ("Differentiated" of
    # Differentiated Instruction): a name whose verb is one of them ("differentiated
    # lessons") tells that deed only; its object is any teacher's ("taught lessons").
    modifiers = {stem for word in _WORD.findall(skill.name)[:-1]
                 for stem in word_stems(word.lower())}
    for name in (skill.name, *skill.aliases, *phrases):
        pair = _name_pair(name.lstrip("~=<^"), deed_verbs)
        if pair is not None:
            verbs |= pair[0]
            if pair[1] and pair[0].isdisjoint(modifiers):
                objects.add(pair[1])
    return frozenset(verbs - objects), frozenset(objects - verbs)


@functools.lru_cache(maxsize=8)
def _name_words(vocabulary: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """(light verbs, rare objects), counted once over the vocabulary's hard skills: a
    verb of many skills' names names none ("manage", "teach", "install", "set"); an
    object of at most three names the skill ("desserts", "flights", "bank"), where
    "check", "truck", "line", "group" or "schedule" are any trade's."""
    verbs: Counter[str] = Counter()
    objects: Counter[str] = Counter()
    deed_verbs = vocabulary.deed_verbs()
    for skill in vocabulary.skills:
        if skill.kind == "hard":
            phrases = [p for p, _exact in vocabulary.resume_phrases(skill.name)]
            told = verbs_and_objects(skill, phrases, deed_verbs)
            verbs.update(told[0])
            objects.update(told[1])
    return (frozenset(v for v, count in verbs.items() if count >= _LIGHT),
            frozenset(o for o, count in objects.items() if count <= _RARE))


def light_verbs(vocabulary: Vocabulary) -> frozenset[str]:
    """The verbs of twenty or more skills' names (worked out once; ``load_engine``
    calls this so no job pays for it)."""
    return _name_words(vocabulary)[0]


def _head_verbs(name: str) -> frozenset[str]:
    """The verb of a name's last word, an action noun ("Electrical Installation":
    install), which any of its objects may take."""
    words = _WORD.findall(name)
    if not words:
        return frozenset()
    last = words[-1].lower()
    return frozenset(action_verbs(last) or (last.endswith("s") and action_verbs(last[:-1]))
                     or ())


class _Deeds(NamedTuple):
    """What a skill's names say it is made of."""

    verbs: frozenset[str]
    objects: frozenset[str]
    own: frozenset[str]  # the objects of its names that few other skills' names have


_NONE = _Deeds(frozenset(), frozenset(), frozenset())


def _last_stems(name: str) -> frozenset[str]:
    words = _WORD.findall(name)
    return frozenset(word_stems(words[-1].lower())) if words else frozenset()


@functools.lru_cache(maxsize=4096)
def _pairs_of(vocabulary: Vocabulary, name: str) -> _Deeds:
    """The verbs (light ones left out, unless the name's own head) and objects of the
    skill ``name``'s names, and what sets it apart (see ``_anchored``)."""
    skill = vocabulary.lookup(name)
    if skill is None or skill.name != name or skill.kind != "hard":
        return _NONE
    deed_verbs = vocabulary.deed_verbs()
    phrases = [p for p, _exact in vocabulary.resume_phrases(name)]
    verbs, objects = verbs_and_objects(skill, phrases, deed_verbs)
    # A narrower skill is its broader one's deed done to its own things, when the two
    # are the same action: "Tie out the bank" is Bank reconciliation by Account
    # Reconciliation's "tied out". Call routing is no Phone Support ("took calls").
    for broader in skill.broader:
        wider = vocabulary.lookup(broader)
        if wider is not None and wider.kind == "hard" \
                and not _last_stems(wider.name).isdisjoint(_last_stems(name)):
            verbs |= verbs_and_objects(
                wider, [p for p, _exact in vocabulary.resume_phrases(wider.name)],
                deed_verbs)[0]
    light = light_verbs(vocabulary) - _head_verbs(name)
    own = objects & _name_words(vocabulary)[1]
    return _Deeds(verbs - light - objects, objects, own)


@functools.lru_cache(maxsize=4096)
def _read_line(text: str) -> tuple[list[re.Match[str]], list[frozenset[str]], frozenset[str]]:
    """A line's words, the verb forms each may be (with its particle: "tie out"), and
    every word's object stem: a job reads the same lines for every ask."""
    words = list(_WORD.finditer(text))
    forms = []
    for i, word in enumerate(words):
        stems = frozenset(word_stems(word.group().lower()))
        if i + 1 < len(words) and words[i + 1].group().lower() in PARTICLES \
                and text[word.end():words[i + 1].start()] == " ":
            stems = frozenset(f"{stem} {words[i + 1].group().lower()}" for stem in stems)
        forms.append(stems)
    return words, forms, frozenset(object_stem(w.group().lower()) for w in words)


def _noun_goes_on(text: str, words: list[re.Match[str]], j: int) -> bool:
    """Does a plain noun follow word ``j``, making it a describing word ("crew trucks")?
    A small word, a preposition, an adverb or a verb form ends the noun phrase."""
    if j + 1 >= len(words) or text[words[j].end():words[j + 1].start()] != " ":
        return False
    after = words[j + 1].group()
    low = after.lower()
    return after.islower() and low not in _PREPOSITIONS and low not in _ENDS_A_PHRASE \
        and _NOT_A_NOUN.search(low) is None


def _opens_with_a_verb(first: str, deed_verbs: frozenset[str]) -> bool:
    """Does a bullet open with a verb ("Supervise visits and drive children"), so a verb
    after its "and" is the writer's too? A capitalised noun ("Managers suggest") is not."""
    low = first.lower()
    return bool(_DONE.fullmatch(low)) or low in IRREGULAR_FORMS or low in deed_verbs


def _anchored(thing: str, deeds: _Deeds) -> bool:
    """Does the pair keep what sets the skill apart: an object of at most three skills'
    names ("Push the desserts": Upselling, "Arrange flights": Travel Arrangements, "Tie
    out the bank": Bank reconciliation)? The verb never does by itself, nor an object of
    any trade: "Broke down and cleaned the line" is a cook's, not Drain Cleaning, "ran
    water and sewer lines" no Line cooking; a manager's "built the schedule" is Staff
    scheduling, "Build project schedules" is not; "Run eligibility checks" is no bar's
    "ran tabs" and "closed out checks"; "Ran evening groups on relapse prevention" no
    Small group instruction."""
    return thing in deeds.own


def _same_form(first: str, word: str) -> bool:
    """Are a series' verbs in one form: both past ("Processed returns and billed"), or
    neither ("Supervise visits and drive children")? "Processed ... and bill payments"
    makes "bill" a noun."""
    def past(w: str) -> bool:
        low = w.lower()
        return bool(_DONE.fullmatch(low)) or low in IRREGULAR_FORMS
    return past(first) == past(word)


def _shown_in(line: ResumeLine, deeds: _Deeds, deed_verbs: frozenset[str]
              ) -> tuple[int, int] | None:
    """(start, end) of a verb of the skill's opening a clause of ``line``, done to an
    object of its names; None when the line has no such deed."""
    words, verb_forms, things = _read_line(line.text)
    if deeds.objects.isdisjoint(things):
        return None  # most lines name none of the skill's things
    for i, word in enumerate(words):
        if deeds.verbs.isdisjoint(verb_forms[i]):
            continue
        if _CLAUSE_OPENING.search(line.text, 0, word.start()) is None and not (
                _SERIES.search(line.text, 0, word.start())
                and _opens_with_a_verb(words[0].group(), deed_verbs)
                and _same_form(words[0].group(), word.group())):
            continue
        if word.group()[0].islower() and word.start() == 0:
            continue
        for j in range(i + 1, min(i + 1 + _MAX_GAP, len(words))):
            gap = line.text[words[j - 1].end():words[j].start()]
            low = words[j].group().lower()
            if _BREAK.search(gap) or low in _PREPOSITIONS:
                break
            if low in ("and", "or") and j + 1 < len(words) and words[j + 1].group().lower() \
                    in deed_verbs:
                break  # "Collected copays and set up payment plans": a second deed
            thing = object_stem(low)
            if thing in deeds.objects and low not in _NO_OBJECT \
                    and not _noun_goes_on(line.text, words, j):
                # (the object ends its noun phrase: "Ran crew trucks" ran trucks)
                if line.in_name(word.start(), words[j].end()) \
                        or not _anchored(thing, deeds):
                    break
                return word.start(), words[j].end()
            if not words[j].group().islower():
                break
    return None


def alias_deed(mention: SkillMention, lines: list[ResumeLine], vocabulary: Vocabulary
               ) -> tuple[float, SkillMatch | None]:
    """An asked hard skill shown by a work bullet pairing a verb of one of its names
    with the object of another ("Price out quotes": Quoting)."""
    if mention.kind != "hard":
        return 0.0, None
    deeds = _pairs_of(vocabulary, mention.name)
    if not deeds.verbs or not deeds.objects:
        return 0.0, None
    for line in lines:
        if line.part != "bullet":
            continue
        found = _shown_in(line, deeds, vocabulary.deed_verbs())
        if found is not None:
            # The deed is no name of the skill ("Price out quotes"), so the match's
            # term is the skill's own name, which the summary line names only where
            # the resume writes it whole.
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   mention.name)
    return 0.0, None
