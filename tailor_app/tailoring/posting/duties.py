"""Skills a posting writes as a duty: a verb and its object ("seat patients", "process
invoices", "clear drains", "keep calibration records").

A trade's work is stated as what the person will do, and the skill is the activity the
verb and its object name together. English makes the activity's noun from the two by
one rule: the object, singular, before the verb's "-ing" form ("seat patients" ->
Patient seating, "tender loads" -> Load tendering, "process invoices" -> Invoice
processing). The resume's "seated patients" or "processed 400 invoices" shows it in
other forms of the same words (see ``skills/wording.py``).

Which duties are read, by their grammar alone:

- the verb stands where a duty's verb goes: a line's or clause's first word, after
  "you'll"/"will"/"must" or the job's own title as the subject ("The Coordinator
  recruits, trains and schedules staff", "Our dispatchers plan loads": told in the
  third person, each verb is read in its base form), or after a comma or "and" that
  follows another duty ("seat patients, review their medical history and take blood
  pressure"); verbs sharing one object count once, the last naming it ("diagnose and
  repair leaks");
- its object follows at once, past a determiner or a figure ("process 400+ invoices"),
  and is one to three plain lower-case words ending where the phrase ends;
- an object of one word makes the activity's noun with its verb. An object of two
  words or more is a thing of the trade on its own ("write treatment notes" asks for
  Treatment notes), as is the one-word object of a verb that says nothing of the work
  ("perform injections" asks for Injections);
- a one-word object that opens a list of things ("document contacts and progress
  notes", "check scanners and our core platform") makes no activity: made of its first
  thing alone it would be half of the duty. After "and" a word any word list knows as
  a verb ("and abstract key terms") is the next duty instead;
- no activity from a vague one-word object ("navigate systems", "prioritize tasks");
- no term from verbs of dealing with people ("supervise associates", "greet guests"),
  from an object that is a person, a setting or a measure of success ("meet
  deadlines", "exceed targets"), nor where another reading already found a term.

One pass over the unit's tokens with patterns compiled once: linear in its length.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words
from tailor_app.tailoring.posting.lists import (
    DETERMINERS,
    GRADE,
    JUDGING,
    PROSE_WORDS,
    THIRD_PERSON,
    bare_word,
    base_form,
    noun_shaped,
)
from tailor_app.tailoring.posting.terms import ShapeTerm
from tailor_app.tailoring.skills.phrases import sentence_spans, stop_word, verb_form
from tailor_app.tailoring.text import word_set

__all__ = ["AT_EASE", "KEEPING_VERBS", "KEPT_STATES", "LOOSE_PREPOSITIONS", "PUT_STATES",
           "STATES_BEFORE",
           "ActivityTerm", "AgainTerm", "HeadTerm", "MadeTerm", "VerbTerm", "activity_namer",
           "activity_noun", "done_again", "duty_terms", "gerund", "gerund_base",
           "object_activity", "object_state", "role_duty_verb", "same_tokens", "singular",
           "third_person_base"]

# (Possessive quantifiers: nothing after one must match, so the tokens are the same.)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*+(?:-[A-Za-z]+)*+|\d[\w.,+%/–-]*+|\S")
_TOKEN_ASCII = ascii_twin(_TOKEN)  # the same where every word character is ASCII
# The noun reader's tokens (``nouns._TOKEN``) differ from these only where a hyphen
# joins a part holding a figure ("COVID-19", "-a1": theirs is one token), where an en
# dash follows a figure ("9–5": ours is one), and where brackets are blanked (below).
_NOT_SHARED = re.compile(r"-[A-Za-z]*[0-9]")


def same_tokens(text: str) -> bool:
    """Does the noun reader's tokenisation of ``text`` give this reader's tokens (so it
    may hand them over, read once)? No bracket, no en dash, no hyphen before a part
    holding a figure."""
    return "(" not in text and "–" not in text and (
        "-" not in text or _NOT_SHARED.search(text) is None)
# Where a duty's verb may stand after: a clause's start, a bullet's mark.
_OPENERS = frozenset(".;:!?•*-–—()")
_NUMBERED = re.compile(r"\d{1,2}[.)]")  # "1." opening a numbered duty
_MODALS = word_set("will you'll you’ll must should shall")
_SUBJECTS = word_set("you who")
# Words for the person hired, before "who will": "someone who will", "a candidate who
# will". Any other person's "who will" ("the nurse, who will give meds") tells that
# person's work, not the job's, unless the person is the job's own title.
_HIRES = word_set("""someone somebody person people candidate candidates applicant
                  applicants individual individuals professional professionals anyone""")
# Words before "a"/"an" that make the person another than the hire: "work alongside an
# LPN who will", "report to a charge nurse who will", "assist a technician who will".
_ALONGSIDE = word_set("""alongside with beside under to assist assisting support supporting
                      help helping shadow shadowing""")
# Between the modal and the duty's verb: "You will also answer a multi-line phone".
_ADVERBS = word_set("also then often regularly typically occasionally frequently sometimes"
                    " usually routinely primarily mainly directly closely personally")
# Words after which "to" opens what the person will do: "expect to draft", "be able to".
_ASKED_TO = word_set("expect expected able need needed ready required want")
# Words of the hire's ease with a kind of work, before its "-ing" form: "You'll be
# comfortable reading tickets", "you don't mind unloading trucks", "you enjoy
# troubleshooting heat pumps", "experience running a classroom". The "-ing" word is a
# duty's verb told as what the person is like, read in its base form.
AT_EASE = _AT_EASE = word_set(
    """
    comfortable confident experienced experience skilled proficient adept practiced
    mind minds enjoy enjoys love loves like likes
    """)
# Of those, the verbs of liking: their subject must be the hire ("you enjoy ..."), since
# "our students enjoy writing essays" and "customers like ordering online" tell other
# people's pastimes. Words between such a verb and its subject: "you don't mind".
_LIKING = word_set("mind minds enjoy enjoys love loves like likes")
_BEFORE_LIKING = word_set("don't don’t do not doesn't doesn’t really also truly would will")
# Words that take "at"/"in" before that "-ing" form: "great at closing deals",
# "skilled in reading blueprints", "experience in operating forklifts".
_AT_EASE_BEFORE = _AT_EASE | word_set("good great excellent expert background")
_AT_EASE_PREPOSITIONS = word_set("at in")
# "You know how to read a blueprint", "someone who knows how to run a line".
_KNOWING = word_set("know knows")
# What "you can" opens that tells what the job gives, not what the hire does: "you can
# earn up to $5,000", "you can expect a raise", "you can grow into a lead role".
_CAN_GIVEN = word_set("earn expect grow advance learn get receive enjoy count choose pick"
                      " take work join start apply continue pursue further build save set"
                      " make")
# Words that may follow an object's last word: it ends there.
_ENDERS = word_set(
    """
    a an the and or nor but to for with in on at by from of into onto across within per
    using via through under over before after during when while as so that than up down
    out off each every all daily weekly monthly accurately promptly
    """
)
# Prepositions the stop words leave out ("move pallets around the yard", "hats depending
# on the day", "decisions around pricing"): what they open is a place, a condition or a
# topic, so they are never a term's last word, and a duty's object that runs on into one
# is not read (the object may be only the topic's holder).
LOOSE_PREPOSITIONS = word_set(
    "around depending regarding throughout along alongside beside near behind concerning")
_CHAIN = word_set(", and or then also")
_LEAD = DETERMINERS | word_set("each every all any both his her")
# Verbs that say nothing of the work: their object alone is the ask ("perform
# injections", "keep calibration records"), never a noun made with them.
_LIGHT = word_set(
    """
    take takes keep keeps perform performs conduct conducts provide provides maintain
    maintains handle handles complete completes do does make makes administer
    administers use uses run runs follow follows hold holds prepare prepares write writes
    create creates update updates own owns oversee oversees ensure ensures deliver
    delivers build builds put puts set sets get gets give gives carry carries develop
    """
)
# Light verbs of making a thing: what they make names its activity ("build schedules").
_MAKING = word_set("build builds create creates prepare prepares write writes make makes")
# Verbs of doing or getting a piece of work, which say nothing of it themselves: the
# work is the object, named by the noun's own activity where the vocabulary holds it
# ("pull permits": Permitting, "do job costs": Job costing, "complete lesson plans":
# Lesson planning). Not "take" ("take orders" is Order taking), "keep", "hold", "use",
# "follow" or "own", whose object is held or used rather than done, nor "get" ("you
# will get paid holidays" tells a perk).
_DOING = _MAKING | word_set(
    """
    do does complete completes pull pulls produce produces draft drafts generate
    generates handle handles provide provides perform performs run runs give gives
    check checks verify verifies count counts
    """)
# Everyday duty verbs of the service, store, warehouse and office trades that are
# verbs first: after another duty and "and" they open the next one ("Run pre-shift
# meetings and assign sections", "Unload trailers and restock shelves"). Words that as
# often name a thing before another noun ("permit", "stock", "check", "file", "load")
# stay out: "review plans and permit applications" is one duty.
_PLAIN_DUTY_VERBS = word_set(
    """
    assign unload unpack greet pour restock replenish sanitize disinfect sweep mop wipe
    fold launder bake fry chop slice expedite refill confirm notify enforce distribute
    assemble weigh escort inspect shelve retrieve rotate
    """)
# Verbs of dealing with people or of reaching a goal: what they take is no skill of
# the trade ("supervise associates", "support attorneys", "meet deadlines").
_NOT_DUTIES = word_set(
    """
    supervise lead manage train coach mentor help support assist serve greet welcome meet
    partner work join report answer hire motivate guide direct teach advise educate engage
    inform contact call email visit thank exceed achieve reach drive grow improve increase
    reduce collaborate communicate foster inspire empower enable love want
    need like apply bring see include involve require become stay seek find explain
    present discuss describe share tell turn resolve solve address fix monitor promote
    capture accelerate identify understand learn demonstrate show possess display
    attend
    lift lifts climb climbs kneel kneels stoop stoops crawl crawls bend bends
    can may must shall should could would might
    """
)
# (The last line but one: verbs of the body. "Must be able to lift product", "climb ladders",
# "kneel and crawl in attics" tell what the job demands of the body, never a skill;
# a duty's own verb beside them still names its work: "lift and transfer patients".
# The last line: the helping verbs, which a list of verbs may hold ("Hold or can obtain
# a teaching license" cans nothing).)
# Verbs whose noun of activity names another trade's skill, never this duty's:
# "interpret lab results" is no interpreting of a language, "open the store" no
# opening, "close the store" or "close the books" no seller's closing. Their objects
# still count ("interpret blueprints"); "close deals" is the vocabulary's own phrase.
# "abstract hierarchical condition categories" is coding them, no data abstraction:
# the abstracting of data is read by the vocabulary's own phrases ("abstract clinical
# data"), never by the bare verb (review23 A1).
_OTHER_SENSE = word_set("open interpret close abstract")
# Verbs that also mean getting one's body through a place, and the places so got
# through: "negotiate stairs and uneven terrain", "navigate icy walkways" tell what the
# body must do, like "climb ladders" (``_NOT_DUTIES``), never a deal negotiated.
_TRAVERSING = word_set("negotiate navigate traverse")
_TRAVERSED = word_set(
    """
    stairs stairways staircases steps terrain ladders curbs obstacles ramps slopes hills
    inclines rooftops scaffolds scaffolding crowds hallways corridors walkways driveways
    """)
# Objects that are no ask whatever the verb: a goal, a measure, a relation, a need.
_GOALS = word_set(
    """
    deadline deadlines target targets quota quotas goal goals expectation expectations
    need needs relationship relationships standard standards priority priorities
    opportunity opportunities question questions concern concerns feedback time times
    way ways thing things people everyone others team teams business it them this that
    discrepancy discrepancies exception exceptions error errors term terms finding
    findings solution solutions option options view views interest interests vision
    visions strategy strategies mistake mistakes decision decisions
    """
)
# One-word objects too vague to make an activity with their verb: "navigate systems",
# "prioritize tasks" name no skill of a trade ("HVAC systems" does, and is read whole).
_VAGUE = word_set(
    """
    system systems task tasks issue issues problem problems duty duties activity
    activities operation operations item items matter matters detail details tool tools
    process processes
    """
)
# Words of the state a thing is kept in, told before it: "keep a calm classroom", "keep
# a tidy stockroom" ask for the keeping, no "Calm classroom" (a skill's name never opens
# with one; "clean", "safe" and "clear" may: "clean room", "Safe Sleep", "clear aligners").
STATES_BEFORE = word_set("calm quiet tidy orderly neat spotless uncluttered presentable"
                         " welcoming inviting")
# Describing words of a thing's state before a duty's object: "sort incoming mail"
# sorts mail, "set aside damaged goods" sets goods aside.
_PLAIN_STATES = word_set(
    """
    bulky dirty soiled fragile damaged missing broken incoming outgoing returned loose
    awkward
    """
)
# "Heavy" only after a verb of handling: "carry heavy trays", but "operate heavy
# machinery" names the trade's machinery.
_HANDLING = word_set("lift lifts carry carries move moves push pull handle handles haul")
# Verbs that keep an object in a state named after it: "keep the shipping dock and break
# room clean" asks for housekeeping, no Shipping dock.
_KEEPING = word_set("keep keeps make makes leave leaves")
KEPT_STATES = word_set(
    """
    clean tidy neat organized organised stocked safe clear orderly sanitary presentable
    spotless uncluttered free
    """
)
# Verbs that put their object in a state: "keep carriers honest", "get accounts set up",
# "keep trucks rolling", "make guests welcome". A plural object and one more word after
# such a verb is the object and its state (a noun compound's modifier is singular).
KEEPING_VERBS = word_set("keep keeps keeping kept make makes making leave leaves leaving"
                         " get gets getting got")
# Plural words that do modify a noun in a trade's compounds ("keep parts inventory",
# "keep sales records" read whole).
PLURAL_MODIFIERS = word_set("sales parts claims goods customs operations systems savings"
                            " benefits communications services arms news")

# States a thing is kept or put in, beside ``KEPT_STATES``: "keep carriers honest",
# "get accounts set up", "keep customers happy".
PUT_STATES = KEPT_STATES | word_set(
    "honest happy set busy ready current accurate informed compliant full open warm calm"
    " fresh quiet dry cool level sharp straight fed complete")


def object_state(thing: str, state: str) -> bool:
    """After a verb of keeping or getting ("keep", "get", "make", "leave"), is ``thing``
    a plural object and ``state`` the state it is put in ("carriers honest", "accounts
    set", "trucks rolling") rather than a compound's modifier and head ("parts
    inventory", "the grants calendar")? A noun compound's modifier is singular, bar a few
    words (``PLURAL_MODIFIERS``); a state is a participle ("-ed", "-ing") or one of a
    small closed set of describing words (``PUT_STATES``), where a compound's head is
    a noun."""
    low, after = thing.lower(), state.lower()
    return (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics"))
            and low not in PLURAL_MODIFIERS and state.isalpha() and state.islower()
            and (after in PUT_STATES or (len(after) > 4 and after.endswith(("ed", "ing")))))


_OWNERS = word_set("their his her its your our the")
# Words before the job's title as a clause's subject: "The Coordinator", "Our sous chef".
_SUBJECT_LEAD = word_set("the our this each every a an your")
_SENTENCE_ENDS = frozenset(".!?")
_MAX_OBJECT = 3
# A verb's particle makes another verb: "close out", "follow up", "fit up".
_PARTICLES = word_set("out up off down back over away")
# Papers a trade keeps, named by the noun before them ("incident reports", "intervention
# plans"): a vague head alone, a kind of paper with it.
_PAPERS = word_set("reports plans requests")
# The verbs that make or keep such a paper (a report or plan), and those that deal with
# a request. Reading, checking or following one is no work on it.
_KEPT_PAPERS = word_set("""write complete file prepare draft submit maintain keep update
                           create develop document enter log""")
_HANDLED_PAPERS = word_set("process handle route fulfill fill answer") | _KEPT_PAPERS
_ADJECTIVE_ENDINGS = ("al", "ial", "ic", "ent", "ant", "ary")
_PAPER_ADJECTIVES = word_set("special urgent custom detailed written verbal formal informal"
                             " accurate timely complete new old major minor")
# Names ending in a verb's bare form before it counts as the activity's noun.
_BARE_NOUN_NAMES = 3
_ADDRESSED = re.compile(r"\byou(?:'ll|’ll| will)\s", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()\n]{0,80}\)")
# A compound glued by a small word is a describing phrase ("end-to-end", "day-to-day").
_FUNCTION_HYPHEN = re.compile(r"-(?:to|of|the|and|in|by|on)-")
_ACTION_ENDINGS = ("tion", "sion", "ance", "ence", "ery")
_ACTION_PLURALS = ("tions", "sions", "ances", "ences", "eries", "ings")
_NOT_NOUN_ENDINGS = ("ly", "ed", "ive", "ous", "ful", "able", "ible", "ical")


class ActivityTerm(ShapeTerm):
    """A duty's activity named by the rule ("seat patients": Patient seating), not in
    the posting's words: read in the vocabulary's name when it has one."""


class VerbTerm(ActivityTerm):
    """A duty's verb named by its own noun of activity ("negotiate contracts":
    Negotiation): an ask only where the vocabulary holds that noun as a skill, since
    most verbs' nouns ("ensuring", "reviewing") name no skill of a trade."""


@dataclass(frozen=True)
class AgainTerm(VerbTerm):
    """A duty's verb that does another verb's work again ("reslot fast movers", "reteach
    the lesson"): named by its own noun where the vocabulary holds it ("reteaching"),
    else by the plain verb's noun, ``plain`` ("slotting"): doing it again is the work."""

    plain: str = ""


class MadeTerm(VerbTerm):
    """A thing a light verb makes named by its activity ("build schedules":
    Scheduling): the object says which sense the activity has, so no field judges it."""


@dataclass(frozen=True)
class HeadTerm(ShapeTerm):
    """The object of a verb of doing (``_DOING``), one or two words ("give meds", "pull
    permits", "verify pallet wrap"), whose work the verb does not name. ``words`` are
    the object's words, the last singular. The reader names the work as the vocabulary
    does (``posting/object_work.py``: Medication Administration, Permitting, Pallet
    wrapping); where it holds none, an object of two words is the ask as written, as
    before, and one word is none."""

    words: tuple[str, ...] = ()
    verb: str = ""


_STRESSED_ENDS = ("mit", "fer", "trol", "cur", "pel", "quip", "gin", "gret", "get")
# Verbs with those endings whose last syllable English does not stress: "offering",
# "budgeting", "targeting", "limiting".
_UNSTRESSED = frozenset({"offer", "suffer", "differ", "proffer", "budget", "target",
                         "limit", "vomit", "summit"})


@lru_cache(maxsize=4096)
def gerund(verb: str) -> str:
    """The "-ing" form of a verb's base form: "seat" -> "seating", "plan" ->
    "planning", "charge" -> "charging", "tie" -> "tying"."""
    low = verb.lower()
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")) and len(low) > 2:
        return low[:-1] + "ing"
    # One syllable ending consonant-vowel-consonant doubles its last letter, as does a
    # last syllable English stresses ("permitting", "controlling", "referring").
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", low) or (
            low.endswith(_STRESSED_ENDS) and low not in _UNSTRESSED):
        return low + low[-1] + "ing"
    return low + "ing"


@lru_cache(maxsize=4096)
def singular(noun: str) -> str:
    """A plural noun's singular by the regular rules: "histories" -> "history",
    "boxes" -> "box", "invoices" -> "invoice"; other words unchanged."""
    low = noun
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes", "zes")):
        return low[:-2]
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


@lru_cache(maxsize=4096)
def third_person_base(word: str) -> str:
    """A verb's base form from its third-person "-s" form: "recruits" -> "recruit",
    "carries" -> "carry", "teaches" -> "teach", "issues" -> "issue"."""
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes", "zes")):
        return low[:-2]
    return low[:-1] if low.endswith("s") else low


def activity_noun(verb: str, obj: str, noun: Callable[[str], str] = gerund) -> str:
    """The activity a verb and its one-word object name: ("seat", "patients") ->
    "Patient seating"; ``noun`` gives the verb's noun of activity."""
    thing = singular(obj)
    return thing[:1].upper() + thing[1:] + " " + noun(verb)


_NAMERS: weakref.WeakKeyDictionary[object, Callable[[str], str]] = weakref.WeakKeyDictionary()


def activity_namer(vocabulary: object) -> Callable[[str], str]:
    """How the vocabulary's names call the activity of a verb: "repair" -> "repair"
    (Engine repair), "inspect" -> "inspection", "process" -> "processing", "seat" ->
    "seating" by rule when no name says. Counted once per vocabulary from the last
    words of its names; a vocabulary without names gives the "-ing" form."""
    try:
        known = _NAMERS.get(vocabulary)
    except TypeError:
        return gerund
    if known is not None:
        return known
    skills = getattr(vocabulary, "skills", ())
    last = Counter(alias.rsplit(" ", 1)[-1].lower() for skill in skills
                   for alias in getattr(skill, "aliases", ()) if " " in alias)

    @lru_cache(maxsize=2048)
    def namer(verb: str) -> str:
        low = verb.lower()
        made = gerund(low)
        if last.get(made, 0):
            return made  # "processing", "cleaning": the "-ing" form names it
        cut = low[:-1] if low.endswith("e") else low
        derived = [w for w in (low + "ion", low + "ation", low + "ment", cut + "ion",
                               cut + "ation", cut + "tion", cut + "ment", cut + "iation")
                   if last.get(w, 0)]
        if derived:  # "inspection", "production", "management"
            return max(derived, key=lambda w: last[w])
        if last.get(low, 0) >= _BARE_NOUN_NAMES:
            return low  # "repair", "review", "release": the verb is its own noun
        return made

    _NAMERS[vocabulary] = namer
    return namer


_STATE_OPENERS = word_set("sure clean fresh dirty soiled damaged")
# Who does the duty, never what it is done to: "cover rooms yourself".
_REFLEXIVE = word_set("yourself yourselves themselves himself herself itself ourselves myself")


def _object_word(word: str, first: bool) -> bool:
    """A plain lower-case word an object may hold: no stop word or describing word, and
    a verb's form only after the first word, as a noun ("calibration records"), or as
    a plural noun right after the verb ("produce documents")."""
    low = word.lower()
    return (word.islower() and word[:1].isalpha() and len(word) > 2 and "'" not in word
            and "’" not in word and low not in GRADE
            and (first or not low.endswith("ing"))  # "keep the office running"
            and low not in LOOSE_PREPOSITIONS and low not in _REFLEXIVE
            and not (first and low in JUDGING)  # "recommend the right boots"
            # "make sure drivers stay", "deliver fresh product", "delivering clean
            # linens": a word of certainty or of a thing's state opens no object
            and not (first and (low in _STATE_OPENERS or low in STATES_BEFORE))
            and (not stop_word(word) or (verb_form(low) and not low.endswith("ed") and (
                not first or (low.endswith("s") and not low.endswith("ss")))))
            and not _FUNCTION_HYPHEN.search(low))


# Verbs whose object may be a whole clause: "ensure trailers leave full".
_ENSURING = word_set("ensure ensures ensuring")


def _subject_and_bare_verb(first: str, second: str) -> bool:
    """Are two lower-case words a plural subject and its verb in the base form ("patients
    flow", "trailers leave")? A noun compound's modifier is singular ("patient flow"),
    so the plural before a bare word tells a clause."""
    return (first.islower() and second.islower() and first.endswith("s")
            and not first.endswith(("ss", "us", "is")) and second.isalpha()
            and not second.endswith(("s", "ing", "ed", "ly")))


def _plural(word: str) -> bool:
    """Does a lower-case ``word`` end as a plural noun ("ballasts", "charts")?"""
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _noun_head(word: str) -> bool:
    """Can ``word`` close a noun phrase: not an adverb, a participle or a describing word?"""
    return not word.endswith(_NOT_NOUN_ENDINGS)


def _silent_e(low: str) -> bool:
    """Is ``low`` a verb's base form whose "-ing" form drops its last "e" ("braze" ->
    "brazing", "plate" -> "plating", "price" -> "pricing")? The vocabulary's verbs are
    the stems of its action nouns with that "e" gone ("braz", "plat"), so such a verb,
    read as a duty's by its place (after "you'll", or after a comma in a list of duties:
    a word at a line's start must be known already), is looked up by its "-ing" form
    instead. Its noun is still an ask only where the vocabulary holds it as a skill of
    the posting's fields."""
    return len(low) > 3 and low.isalpha() and gerund(low) == low[:-1] + "ing"


# The words ``_Duties._told_as_able`` reads a duty after ("to" of "know how to", the
# hire's "can"): the reader asks it of no other word.
_ABLE_WORDS = frozenset({"to", "can"})


class _Duties:
    """One unit's duties, read token by token."""

    def __init__(self, text: str, taken: list[tuple[int, int]],
                 is_verb: Callable[[str], bool], bad_head: Callable[[str], bool],
                 noun: Callable[[str], str], people: Callable[[str], bool],
                 roles: frozenset[str] = frozenset(),
                 tokens: list[re.Match[str]] | None = None) -> None:
        self.text = text
        # The job's title nouns ("coordinator"): as a clause's subject they tell duties.
        self.roles = roles
        # In a sentence told of the job in the third person: a verb's "-s" form is read
        # in its base form ("recruits" -> "recruit"), kept by token index.
        self.third = False
        self.bases: dict[int, str] = {}
        self.role_starts: list[int] = []  # where such a sentence's subject stands
        # A bracket inside a duty ("replace water heaters (tank and tankless), rebuild
        # faucets") does not end the list: read with brackets blanked out.
        if tokens is not None:  # the noun reader's, the same (``same_tokens``)
            self.tokens = tokens
        else:
            blanked = _BRACKETED.sub(lambda m: " " * len(m.group()), text) if "(" in text \
                else text
            self.tokens = list((_TOKEN_ASCII if ascii_words(blanked) else _TOKEN)
                               .finditer(blanked))
        self.mask = bytearray(len(text) + 1)
        for a, b in taken:
            a, b = max(0, a), max(0, min(b, len(text)))
            if a < b:
                self.mask[a:b] = b"\x01" * (b - a)
        self.is_verb = is_verb
        self.bad_head = bad_head
        self._plain_noun = noun
        self.noun = self._noun_of
        self.people = people
        self.addressed = False
        self.listed = False  # the object read last opens a list of things
        # The object read last followed a possessive or an article ("check their
        # insurance and vehicle paperwork"): an "and" after it goes on with its things.
        self.owned = False
        # Every duty's verb read, with the verbs sharing its object (token indexes).
        self.verbs: list[int] = []
        # The verbs after the first of a series sharing one object ("write and edit
        # blog articles": "edit"): a reading of the object names the first verb's work.
        self.followers: set[int] = set()
        # Verbs of getting through a place ("negotiate stairs"): no duty's work.
        self.bodily: set[int] = set()

    def _verb(self, i: int, place: str) -> bool:
        """Is token ``i`` a duty's verb in its ``place`` ("open": a line's or clause's
        first word; "modal": after "will"; "chain": after another duty; "resume": after
        a comma in a clause of duties)?"""
        word = self.tokens[i].group()
        low = self._low(i)
        if not word.isalpha() or len(word) < 3 or low in DETERMINERS:
            return False
        if i + 1 < len(self.tokens) and self.tokens[i + 1].group() == ":":
            return False  # "Schedule: Monday to Friday", "Travel: up to 20%": a label
        known = verb_form(low) or self.is_verb(low) or self._again(low) is not None
        if place == "open":
            # A capitalised line start may be a noun ("Heat pumps"): only a known verb.
            return known and base_form(low)
        if not word.islower():
            return False
        if place == "modal":
            return known or bare_word(low)
        if place == "resume":
            # After a comma in a clause of duties whose last object was not read:
            # only a word known as a verb, and not a thing of a list.
            return known and base_form(low) and not self._thing_follows(i)
        # After another duty a verb the vocabulary knows may be a noun ("plans and
        # permit applications"): only a word that is first of all a verb, or any bare
        # word after a comma, where a list of duties goes on ("leaks, replace water
        # heaters, rebuild faucets").
        # Duties told to "you" ("you'll take impressions and pour study models") go on
        # after a plain "and" too, unless the object before it was owned ("check their
        # insurance and vehicle paperwork": no duty of "vehicle").
        comma = (i > 0 and self.tokens[i - 1].group() == ",") or (
            i > 1 and self.tokens[i - 2].group() == ",")
        # A bare word of three letters after a plain "and" is more often a noun
        # modifying the next ("turn order and app data", "forms and tax tables").
        told = self.addressed and not self.owned and (len(low) > 3 or known)
        # A word no reading knows as a verb, with a noun's ending, is a thing of the
        # list, modifying the next ("pour footings, foundation walls and sidewalks" read
        # "Wall foundation"; "proximity sensors", "ventilation fans").
        return base_form(low) and (verb_form(low) or self._again(low) is not None
                                   or low in _PLAIN_DUTY_VERBS
                                   or ((comma or told) and bare_word(low)
                                       and (known or not noun_shaped(low))
                                       and not self._thing_follows(i)
                                       and not self._adjective_run(i)))

    def _kind_of_paper(self, verb: str, names: list[str]) -> bool:
        """Is the object a kind of report or plan the hire makes or keeps, its modifier
        naming it ("complete post-event reports", "write intervention plans", "process
        refill requests")? Alone the head says nothing ("write reports"); a paper read or
        followed is no work of the hire's ("check weather reports", "follow evacuation
        plans"). The modifier is a noun: not a word of grading, time, place or people
        ("weekly reports", "project plans", "staff reports"), nor an adjective ("special
        requests", "financial reports": the vocabulary names those it asks)."""
        if len(names) != 2 or names[1] not in _PAPERS:
            return False
        if verb not in (_HANDLED_PAPERS if names[1] == "requests" else _KEPT_PAPERS):
            return False
        mod = names[0]
        return mod.replace("-", "").isalpha() and mod not in GRADE and mod not in _VAGUE \
            and not self.bad_head(mod) and not self.people(mod) \
            and not mod.endswith(_NOT_NOUN_ENDINGS + _ADJECTIVE_ENDINGS) \
            and mod not in _PAPER_ADJECTIVES and not stop_word(mod)

    def _again(self, low: str) -> str | None:
        """The verb a word unknown as a verb does again: "reslot" -> "slot", "re-sort" ->
        "sort". Only a known verb after "re": "reside", "repel" and words the verb list
        holds ("report", "remove": their own verbs) are read as they are."""
        if len(low) < 6 or not low.startswith("re") or verb_form(low) or self.is_verb(low):
            return None
        rest = low[3:] if low[2] == "-" else low[2:]
        if len(rest) < 3 or not rest.isalpha():
            return None
        if verb_form(rest) or self.is_verb(rest):
            return rest
        # The vocabulary's verbs are the stems of its "-ing" names: "slotting" gives
        # "slott", "wiring" "wir".
        if self.is_verb(rest + rest[-1]) or (rest.endswith("e") and self.is_verb(rest[:-1])):
            return rest
        return None

    def _noun_of(self, verb: str) -> str:
        """The noun of a verb's activity; a verb done again takes the plain verb's noun
        where the vocabulary names that otherwise than by "-ing" ("reassess":
        reassessment, not "reassessing")."""
        again = self._again(verb)
        if again is not None:
            plain = self._plain_noun(again)
            if plain != gerund(again):
                return verb[: len(verb) - len(again)] + plain
        return self._plain_noun(verb)

    def _adjective_run(self, i: int) -> bool:
        """Is the word at ``i`` the next of a run of adjectives an article opened ("keep a
        warm, strict classroom", "a fast, friendly team")? A word unknown as a verb
        there describes the noun after it: no duty ("Classroom stricting")."""
        tokens = self.tokens
        if i < 3 or tokens[i - 1].group() != "," or i + 1 >= len(tokens):
            return False
        return tokens[i - 3].group().lower() in ("a", "an") \
            and tokens[i - 2].group().isalpha() and tokens[i + 1].group().isalpha() \
            and tokens[i + 1].group().lower() not in DETERMINERS

    def _the_hire(self, k: int) -> bool:
        """Is the subject at ``k`` ("you", or "who" after its noun) the person hired?
        "someone who will", "an assistant who will" (the one sought, told with "a"),
        "the nurse who will" in a nurse's posting: yes; "the nurse, who will" in an
        aide's: another person's work."""
        if self.tokens[k].group().lower() != "who":
            return True
        before = self.tokens[k - 1].group().lower() if k > 0 else ""
        if before in _HIRES or before in self.roles or before[:-1] in self.roles:
            return True
        # "a (certified) medical assistant who": up to three words after "a"/"an", unless
        # the one with "a" is whom the hire works with ("alongside an LPN who will give
        # meds": the LPN's work).
        for j in range(k - 2, max(k - 5, -1), -1):
            word = self.tokens[j].group().lower()
            if word in ("a", "an"):
                return j == 0 or self.tokens[j - 1].group().lower() not in _ALONGSIDE
            if not word.isalpha() or word in ("the", "our", "your", "their"):
                return False
        return False

    def _object(self, i: int) -> tuple[int, list[re.Match[str]]]:
        """The object's words after the verb at ``i`` (past verbs sharing it, a
        determiner, a figure or a grading word) and the index after them."""
        tokens = self.tokens
        j = i + 1
        # "diagnose and repair leaks": the last verb of the pair takes the object.
        verbs = [i]
        while j + 1 < len(tokens) and tokens[j].group() in ("and", "or") \
                and self._verb(j + 1, "modal"):
            i, j = j + 1, j + 2
            verbs.append(i)
        # "Supervise, schedule, train and evaluate staff": a series of verbs, each a
        # known verb in its base form, shares the object after the last.
        while j + 1 < len(tokens) and tokens[j].group() == "," and self._series(j + 1):
            i, j = j + 1, j + 2
            verbs.append(i)
            while j + 1 < len(tokens) and tokens[j].group() in ("and", "or") \
                    and self._verb(j + 1, "modal"):
                i, j = j + 1, j + 2
                verbs.append(i)
        self.verbs += verbs
        self.followers.update(verbs[1:])
        # Verbs sharing the object: the last that is a duty's names it ("plan and lead
        # a play-based curriculum" is planning it).
        duty = [k for k in verbs if self._low(k) not in _NOT_DUTIES]
        self.verb_at = duty[-1] if duty else i
        lead = j
        self.owned = j < len(tokens) and tokens[j].group().lower() in _OWNERS
        while j < len(tokens) and (tokens[j].group().lower() in _LEAD
                                   or tokens[j].group().lower() in GRADE
                                   or tokens[j].group().lower() in _PLAIN_STATES
                                   or (tokens[j].group().lower() == "heavy"
                                       and self._low(i) in _HANDLING)
                                   or tokens[j].group()[:1].isdigit()
                                   or tokens[j].group() in ("+",)):
            j += 1
        words: list[re.Match[str]] = []
        keeping = self._low(i) in _KEEPING
        putting = keeping or self._low(i) in KEEPING_VERBS
        while j < len(tokens) and len(words) <= _MAX_OBJECT \
                and _object_word(tokens[j].group(), not words) \
                and not (keeping and words and tokens[j].group().lower() in KEPT_STATES) \
                and not (putting and len(words) == 1
                         and object_state(words[0].group(), tokens[j].group())):
            # "keep your pipeline clean enough", "keep carriers honest", "get new
            # accounts set up": the state ends what is kept
            words.append(tokens[j])
            j += 1
        if len(words) > _MAX_OBJECT:
            return j, []
        nxt = tokens[j].group() if j < len(tokens) else ""
        if nxt[:1].isupper() or nxt in ("-", "/") or nxt[:1].isdigit():
            return j, []  # the object runs on into a name or a figure: not read whole
        if nxt == "," and self._thing_follows(j + 1):
            return j, []  # "weld beams, columns and stairs": a list of things, read as one
        # "document contacts and progress notes", "check scanners and our core
        # platform": the verb's object is a list of things; an activity made of its
        # first word alone would be half of it (see ``_term``).
        self.listed = len(words) == 1 and nxt in ("and", "or") and not self.addressed \
            and not self._may_be_verb(j + 1)
        if nxt and nxt[:1].isalpha() and nxt.lower() not in _ENDERS \
                and not nxt.lower().endswith("ly"):
            return j, []  # "champion default practices": the phrase runs on
        verb = tokens[i].group()
        if verb[:1].isupper() and not verb_form(verb) and j - len(words) == lead \
                and (not nxt[:1].isalpha() or nxt.lower() in _CHAIN):
            # "Heat pumps and boilers": a word that is a verb only by the vocabulary's
            # action nouns, opening a line of things, is a noun. A determiner or more
            # words after the object make it a duty ("Clean the kennels daily").
            return j, []
        if len(words) >= 2 and self._low(i) in _ENSURING \
                and _subject_and_bare_verb(words[0].group(), words[1].group()):
            return j, []  # "ensure patients flow smoothly": a clause, no thing ensured
        # Skip a grading word's leftover: the object's words must end in a noun.
        while words and not _noun_head(words[-1].group().lower()):
            words.pop()
        return j, words

    def _traversed(self, k: int, words: list[re.Match[str]]) -> bool:
        """Is the object of the verb at ``k`` a place got through (``_TRAVERSED``): the
        object's last word, or the first word after the verb where its object is a list
        ("negotiate ladders, scaffolds and rooftops")?"""
        if words:
            return words[-1].group().lower() in _TRAVERSED
        j = k + 1
        while j < len(self.tokens) and self.tokens[j].group().lower() in _LEAD:
            j += 1
        return j < len(self.tokens) and self.tokens[j].group().lower() in _TRAVERSED

    def _second_object(self, end: int, verb: str) -> tuple[int, ShapeTerm | None]:
        """A second object after a duty's object ends at ``end``, joined by "and"/"or"
        ("maintain online analyzers and chemical feed pumps", "inspect fire
        extinguishers and emergency lights"): a phrase of two or three plain words that
        no verb opens, ending where the clause's phrase ends, is a thing of the trade
        the same verb works on, read as the first object is (``_term``). A verb after
        "and" opens the next duty instead ("and calibrate meters"); one word after it
        is left to the list readers ("check scanners and printers"); the caller reads
        it only after an object of two words or a plural, since a singular word before
        "and" may describe the second one's noun ("keep a risk and issues log").
        Returns the index after what was read (``end`` when nothing was) and the term."""
        tokens = self.tokens
        if end + 2 >= len(tokens) or tokens[end].group().lower() not in ("and", "or"):
            return end, None
        j = end + 1
        if self._may_be_verb(j) or tokens[j].group().lower() in _OWNERS \
                or self._verb(j, "chain"):
            return end, None  # "You'll shoe ponies and muck stalls": the next duty
        while j < len(tokens) and (tokens[j].group().lower() in GRADE
                                   or tokens[j].group().lower() in _PLAIN_STATES):
            j += 1
        words: list[re.Match[str]] = []
        putting = verb in KEEPING_VERBS
        while j < len(tokens) and len(words) <= _MAX_OBJECT \
                and _object_word(tokens[j].group(), not words) \
                and not (putting and words and object_state(words[-1].group(),
                                                             tokens[j].group())):
            # "keep service tickets and material lists complete": the state ends it
            words.append(tokens[j])
            j += 1
        nxt = tokens[j].group() if j < len(tokens) else ""
        if not 2 <= len(words) <= _MAX_OBJECT or nxt[:1].isupper() or nxt[:1].isdigit() \
                or nxt in ("-", "/") or (nxt[:1].isalpha() and nxt.lower() not in _ENDERS
                                         and not nxt.lower().endswith("ly")):
            return end, None
        head = words[-1].group().lower()
        if not _noun_head(head) or self.people(head) or _acts(head):
            # (An action noun is a duty's own object: "and pass health inspections".)
            return end, None
        return j, self._term(verb, words)

    def _low(self, i: int) -> str:
        """Token ``i`` lower-cased, a verb told in the third person in its base form."""
        base = self.bases.get(i)
        if base is not None:
            return base
        low = self.tokens[i].group().lower()
        if self.third and len(low) > 3 and low.endswith("s") and not low.endswith("ss") \
                and self.tokens[i].group().islower():
            stem = third_person_base(low)
            if (verb_form(stem) or self.is_verb(stem)) and self._takes_object(i):
                self.bases[i] = stem
                return stem
        return low

    def _takes_object(self, i: int) -> bool:
        """Does the "-s" word at ``i`` go on as a verb does: with its object or a
        particle, or as one of a series of such verbs ("recruits, trains and schedules
        staff")? A plural thing of a list ("parents, schools and partners") does not."""
        tokens = self.tokens
        nxt = tokens[i + 1].group().lower() if i + 1 < len(tokens) else "."
        if nxt not in (",", "and", "or") and nxt[:1].isalpha():
            return True
        k = i + 2 if nxt != "," or i + 2 >= len(tokens) \
            or tokens[i + 2].group() not in ("and", "or") else i + 3
        if k >= len(tokens):
            return False
        after = tokens[k].group()
        return after.islower() and after.endswith("s") and not after.endswith("ss") and bool(
            verb_form(third_person_base(after)) or self.is_verb(third_person_base(after)))

    def _role_subject(self, i: int) -> bool:
        """Is token ``i`` the job's own title as a clause's subject, its verb next ("The
        Coordinator recruits", "Case Managers respond", "the teacher will plan")? Then
        the sentence tells the job's duties, and its verbs' "-s" forms are read as base
        forms. A title that is an object ("report to the Coordinator") or comes before
        a bare verb in the singular ("help the teacher plan") is none."""
        tokens = self.tokens
        low = tokens[i].group().lower()
        plural = low.endswith("s") and low[:-1] in self.roles
        if not (plural or low in self.roles) or i + 1 >= len(tokens):
            return False
        before = tokens[i - 1].group() if i else "."
        if not (before in _OPENERS or before.lower() in _SUBJECT_LEAD or before[:1].isupper()
                or (i > 1 and before.isalpha() and before.islower()
                    and tokens[i - 2].group().lower() in _SUBJECT_LEAD)):
            # ("The journeyman plumber installs", "Our senior dispatcher plans": one
            # describing word may stand between the lead and the title's noun.)
            return False
        nxt = tokens[i + 1].group()
        if not nxt.islower() or not nxt.isalpha():
            return False
        if nxt in ("will", "must", "should", "shall"):
            self.third = False
            return True
        if plural:
            if bare_word(nxt) and (verb_form(nxt) or self.is_verb(nxt)):
                self.third = False
                return True
            return False
        stem = third_person_base(nxt)
        if nxt.endswith("s") and not nxt.endswith("ss") and (
                verb_form(stem) or self.is_verb(stem)):
            self.third = True
            return True
        return False

    def _list_open(self, i: int) -> bool:
        """Does the comma at token ``i`` go on with a list of things still open: the
        words since the comma before it are one short item with no "and"/"or"
        ("including methods, tutorials, presentations, and design toolkits")?"""
        for words, k in enumerate(range(i - 1, max(-1, i - 6), -1)):
            word = self.tokens[k].group()
            if word == ",":
                return words > 0
            if word in ("and", "or") or word in _OPENERS or words == 3:
                return False
        return False

    def _kept_in_a_state(self, end: int) -> bool:
        """Does a word of the state an object is kept in follow it before the clause
        ends ("keep the shipping dock and break room clean")? The duty is then the
        keeping, no skill of the thing kept."""
        for k in range(end, min(end + 8, len(self.tokens))):
            word = self.tokens[k].group()
            if word in _OPENERS:
                return False
            if word.lower() in KEPT_STATES:
                return True
        return False

    def _series(self, j: int) -> bool:
        """Is token ``j``, after a verb and a comma, the next verb of a series sharing
        one object ("supervise, schedule, train and evaluate staff"): a word that is
        first of all a verb, followed by a comma or "and"/"or" and another verb?"""
        tokens = self.tokens
        if j + 2 >= len(tokens):
            return False
        low = self._low(j)
        if not (low.isalpha() and tokens[j].group().islower() and base_form(low)
                and (verb_form(low) or self.is_verb(low))):
            return False
        return tokens[j + 1].group() in (",", "and", "or") and self._may_be_verb(
            j + 2 if tokens[j + 1].group() != "," or tokens[j + 2].group() not in (
                "and", "or") else j + 3)

    def _may_be_verb(self, j: int) -> bool:
        """May token ``j`` be a verb in its base form ("and abstract key terms"), by any
        word list the reader has? A determiner or a plain noun ("and progress notes")
        may not."""
        if j >= len(self.tokens):
            return False
        low = self._low(j)
        return (low.isalpha() and low not in DETERMINERS and base_form(low)
                and bool(verb_form(low) or self.is_verb(low)))

    def _thing_follows(self, j: int) -> bool:
        """Is token ``j``, after a comma, another thing of a list ("beams, columns and
        stairs") rather than the next duty's verb ("leaks, replace water heaters")?"""
        tokens = self.tokens
        if j >= len(tokens) or not _object_word(tokens[j].group(), True):
            return False
        word = tokens[j].group().lower()
        after = tokens[j + 1].group().lower() if j + 1 < len(tokens) else ""
        if (word.endswith("s") and not word.endswith("ss")) or not after[:1].isalpha():
            return True
        if after in _CHAIN:  # "beams, columns and stairs", not "organize and produce"
            third = tokens[j + 2].group().lower() if j + 2 < len(tokens) else ""
            return not (verb_form(third) or self.is_verb(third))
        return False

    def read(self, with_verbs: bool = False) -> list[ShapeTerm]:
        out = self._read()
        if with_verbs:
            out += self._verb_terms()
        if not out:
            return out
        # Prose (a long sentence, or one about "the applicant") describes the work
        # rather than listing duties: its verbs' objects are not read.
        # A long sentence telling "you" what you will do is a list of duties still.
        # (Its words counted with str.split(), which cuts where re's \S+ does.)
        prose = [(a, b) for a, b in sentence_spans(self.text)
                 if (len(self.text[a:b].split()) > PROSE_WORDS
                     and not _ADDRESSED.search(self.text, a, b)
                     and not any(a <= r < b for r in self.role_starts))
                 or THIRD_PERSON.search(self.text, a, b)]
        return [t for t in out if not any(a <= t.start < b for a, b in prose)]

    def _read(self) -> list[ShapeTerm]:
        out: list[ShapeTerm] = []
        tokens = self.tokens
        self.addressed = False  # the duties in hand were told after "you'll"
        place = "open"  # where the next word stands: "open", "modal", "chain" or ""
        # A duty's verb was read in the clause in hand: its list of duties goes on
        # after a comma even where one duty's object was not read ("carry out
        # preventive maintenance per the CMMS schedule, and weld guards").
        listing = resumed = False
        i = 0
        while i < len(tokens):
            word = tokens[i].group()
            low = word.lower()
            if word in _OPENERS or (word[:1].isdigit() and _NUMBERED.fullmatch(word)):
                place = "open"  # a clause or a bullet ("1. Room patients") opens
                listing = resumed = False
                if word in _SENTENCE_ENDS:
                    self.third = False
            elif self.roles and (low in self.roles or low[:-1] in self.roles) \
                    and self._role_subject(i):
                place = "modal"  # "The Coordinator recruits": the verb comes next
                self.role_starts.append(tokens[i].start())
            elif (low in _MODALS and (low.startswith("you") or (
                    i > 0 and tokens[i - 1].group().lower() in _SUBJECTS
                    and self._the_hire(i - 1))
                    or place == "modal")) or (
                    low == "to" and i > 0 and tokens[i - 1].group().lower() in _ASKED_TO) \
                    or (low in _ABLE_WORDS and self._told_as_able(i)):
                place = "modal"  # "you will", "who will", "expect to": not "veterans will"
            elif i not in self.bases and len(word) >= 5 and word[-1] in "gs" \
                    and (base := self._told_of_the_hire(i)) is not None:
                # (Only a word of five letters or more ending in "-ing" or "-s" can be
                # such a verb: the rest are passed over without the call.)
                # "comfortable reading tickets", "someone who keeps the line stocked":
                # read again as a duty's verb in its base form.
                self.bases[i] = base
                place = "modal"
                continue
            elif place in ("chain", "resume") and low in _CHAIN:
                pass  # ", and then": still after a duty
            elif place == "thing":
                # A thing of the list after a duty's comma ("check pumps, ventilation
                # fans and exhaust hoods, and clean filters"): the duties go on after it.
                place = "chain" if low in _CHAIN else "thing" if word.isalpha() else ""
            elif place == "modal" and low in _ADVERBS:
                pass  # "you will also answer": the verb comes next
            elif place == "open" and low == "you":
                pass  # "you will": the modal comes next
            elif place and self._verb(i, place):
                listing = True
                if place not in ("chain", "resume"):
                    self.addressed = place == "modal"
                # A duty read past an object that was not is told in passing as often
                # as not ("document every step", "count and fill medications"): its
                # verb's noun and an object of two words or more only.
                resumed = resumed or place == "resume"
                end, words = self._object(i)
                verb = self._low(self.verb_at)
                if verb in _TRAVERSING and self._traversed(self.verb_at, words):
                    # "Negotiate stairs and uneven terrain", "navigate steep driveways":
                    # what the body must get through, as "climb ladders" is; no
                    # Negotiation, and no thing of the trade.
                    self.bodily.add(self.verb_at)
                    place = ""
                    i = max(end, i + 1)
                    continue
                term = self._term(verb, words) if words and not (
                    (resumed and len(words) < 2)
                    or (verb in _KEEPING and self._kept_in_a_state(end))) else None
                if term is not None and 1 not in self.mask[term.start:term.end]:
                    out.append(term)
                if words and not resumed and (len(words) > 1 or _plural(words[0].group())) \
                        and not (verb in _KEEPING and self._kept_in_a_state(end)):
                    # "maintain online analyzers and chemical feed pumps": a second
                    # thing of the same verb after "and"/"or".
                    end, more = self._second_object(end, verb)
                    if more is not None and 1 not in self.mask[more.start:more.end]:
                        out.append(more)
                # After a duty, a comma or "and" may open the next one.
                place = "chain" if words and end < len(tokens) \
                    and tokens[end].group().lower() in _CHAIN else ""
                i = max(end, i + 1)
                if place:
                    i += 1
                continue
            elif place == "chain" and word.isalpha() and word.islower() \
                    and noun_shaped(low):
                place = "thing"  # "foundation walls": no verb, a thing of the list
            else:
                place = "resume" if listing and word == "," and not self._list_open(i) \
                    else ""
            i += 1
        return out

    def _told_as_able(self, i: int) -> bool:
        """Does the word at ``i`` open a duty told as what the hire can do ("you can
        read a blueprint", "you know how to run a line")?"""
        low = self.tokens[i].group().lower()
        return (low == "to" and self._knows_how(i)) or (low == "can" and self._hire_can(i))

    def _hire_can(self, i: int) -> bool:
        """Is the "can" at ``i`` the hire's ("you can read a blueprint", "someone who can
        run a line"), opening a duty rather than a perk ("you can also earn ...", "you
        can continue your education")?"""
        tokens = self.tokens
        if i == 0 or i + 1 >= len(tokens) \
                or tokens[i - 1].group().lower() not in _SUBJECTS:
            return False
        j = i + 1
        while j < len(tokens) and tokens[j].group().lower() in _ADVERBS:
            j += 1
        if j >= len(tokens) or tokens[j].group().lower() in _CAN_GIVEN:
            return False
        if j + 1 < len(tokens) and tokens[j + 1].group().lower() in ("your", "yourself"):
            return False  # "you can grow your career": the reader's own gain
        return self._the_hire(i - 1)

    def _knows_how(self, i: int) -> bool:
        """Is the "to" at ``i`` that of "know how to" ("You know how to read a
        blueprint")? What follows is a duty the hire can do."""
        return i > 1 and self.tokens[i - 1].group().lower() == "how" \
            and self.tokens[i - 2].group().lower() in _KNOWING

    def _told_of_the_hire(self, i: int) -> str | None:
        """The base form of the verb at ``i`` where the sentence tells the hire's work
        in another shape than "you will": an "-ing" form after a word of ease
        ("comfortable reading tickets", "great at closing deals", "don't mind unloading
        trucks") or an "-s" form after the hire's "who" ("someone who keeps a clean
        station", "you're someone who notices changes"). None elsewhere: a plain
        "-ing" word ("the reading room") or another person's "who" ("residents who
        need help") tells no duty of the job."""
        tokens = self.tokens
        word = tokens[i].group()
        if i == 0 or not word.isalpha() or not word.islower() or len(word) < 5:
            return None
        low = word.lower()
        before = tokens[i - 1].group().lower()
        if low.endswith("ing"):
            if before in _AT_EASE_PREPOSITIONS and i > 1:
                if tokens[i - 2].group().lower() not in _AT_EASE_BEFORE:
                    return None
            elif before not in _AT_EASE or (
                    before in _LIKING and not self._liked_by_the_hire(i - 1)):
                return None  # "our students enjoy writing essays": another's pastime
            return gerund_base(low, self.is_verb)
        if before == "who" and low.endswith("s") and not low.endswith("ss") \
                and self._the_hire(i - 1):
            stem = third_person_base(low)
            if (verb_form(stem) or self.is_verb(stem)) and self._takes_object(i):
                return stem
        return None

    def _liked_by_the_hire(self, k: int) -> bool:
        """Is the verb of liking at ``k`` the hire's ("you enjoy", "You don't mind",
        "someone who loves")? Other people's ("our students enjoy") is not."""
        j = k - 1
        while j >= 0 and self.tokens[j].group().lower() in _BEFORE_LIKING:
            j -= 1
        if j < 0:
            return False
        subject = self.tokens[j].group().lower()
        return subject.startswith(("you", "you’")) or (subject == "who" and self._the_hire(j))

    def _verb_terms(self) -> list[ShapeTerm]:
        """Each duty's verb by its noun of activity ("schedule interviews": Scheduling,
        "negotiate contracts": Negotiation), whatever its object: the work the verb
        names is asked as a whole. Never a verb that says nothing of the work or deals
        with people (see ``_LIGHT``, ``_NOT_DUTIES``), nor one another reading covers."""
        out: list[ShapeTerm] = []
        seen: set[str] = set()
        for k in self.verbs:
            if k in self.bodily:
                continue
            a, b = self.tokens[k].span()
            low = self._low(k)
            nxt = self.tokens[k + 1].group().lower() if k + 1 < len(self.tokens) else ""
            if low in _LIGHT or low in _NOT_DUTIES or low in _OTHER_SENSE or low in seen \
                    or (1 in self.mask[a:b] and k not in self.followers) \
                    or nxt in _PARTICLES or not (verb_form(low) or self.is_verb(low)
                                                 or _silent_e(low)
                                                 or self._again(low) is not None):
                continue  # "close out work orders" is no closing; "a safe, inclusive
                # workplace" no duty: only a word known as a verb
            seen.add(low)
            made = self.noun(low)
            again = self._again(low)
            if again is not None:
                out.append(AgainTerm(made[:1].upper() + made[1:], "hard", a, b,
                                     self._plain_noun(again)))
                continue
            out.append(VerbTerm(made[:1].upper() + made[1:], "hard", a, b))
        return out

    def _term(self, verb: str, words: list[re.Match[str]]) -> ShapeTerm | None:
        """The ask a verb and its object's words name, or None."""
        a, b = words[0].start(), words[-1].end()
        names = [w.group().lower() for w in words]
        head = names[-1]
        if head in _GOALS or verb in _NOT_DUTIES:
            return None
        if len(names) == 1 and verb in _MAKING and not self.listed and head not in _VAGUE \
                and not self.people(head):
            # "build weekly schedules", "prepare budgets": making the thing is its
            # activity (Scheduling, Budgeting), asked where the vocabulary holds it;
            # made, a schedule is no setting ("a flexible schedule").
            made = self.noun(singular(head))
            return MadeTerm(made[:1].upper() + made[1:], "hard", a, b)
        if self.bad_head(head) and not (len(names) == 1 and self.people(head)) \
                and not self._kind_of_paper(verb, names):
            return None  # but "seat patients": the activity done to a person
        if len(names) >= 2:
            phrase = self.text[a:b]
            if len(names) == 2 and verb in _DOING and names[0].isalpha() \
                    and not _acts(head) and not self.people(head):
                return HeadTerm(phrase[0].upper() + phrase[1:], "hard", a, b,
                                (names[0], singular(head)), verb)
            return ShapeTerm(phrase[0].upper() + phrase[1:], "hard", a, b)
        if (verb in _LIGHT or verb == "pull") and verb in _DOING \
                and head not in _VAGUE and not _acts(head) and not self.people(head):
            # "give meds", "pull permits": the work the object names, where the
            # vocabulary names it; nothing otherwise (a light verb's bare noun).
            return HeadTerm(head[0].upper() + head[1:], "hard", a, b, (singular(head),), verb)
        if len(head) < 4:
            return None
        if self.tokens[self.verb_at].group()[:1].isupper() and singular(head) == head:
            return None  # "Track record", "Process improvement": a line naming a thing
        if _action_word(head, gerunds=False):
            # The object names an activity itself: "serve discovery", "perform
            # injections", "conduct investigations".
            return ShapeTerm(head[0].upper() + head[1:], "hard", a, b)
        if verb in _LIGHT or verb in _OTHER_SENSE or self.listed or head in _VAGUE:
            return None  # "open doors with owners": no Door opening
        return ActivityTerm(activity_noun(verb, head, self.noun), "hard", a, b)


def gerund_base(low: str, is_verb: Callable[[str], bool]) -> str | None:
    """The verb whose "-ing" form is ``low``, in its English base form: "reading" ->
    "read", "running" -> "run", "tying" -> "tie", "closing" -> "close", "staging" ->
    "stage"; None for a word no verb list knows. ``is_verb`` knows the vocabulary's
    verbs as the stems of its action nouns, their silent "e" gone ("clos", "stag"):
    such a stem ending in one vowel and one consonant takes its "e" back."""
    if not low.endswith("ing") or len(low) < 5:
        return None
    stem = low[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    if stem.endswith("y"):
        candidates.append(stem[:-1] + "ie")
    forms = [c for c in candidates if gerund(c) == low]
    for base in forms:
        if verb_form(base):
            return base
    if not any(is_verb(base) for base in (*forms, stem)):
        return None
    if stem + "e" in forms and _SILENT_E_STEM.search(stem) \
            and not stem.endswith(_UNSTRESSED_ENDS):
        return stem + "e"
    known = [base for base in forms if is_verb(base)] or forms
    return known[0] if known else None


# A stem whose "-ing" form dropped an "e": one vowel and one consonant after another
# consonant ("clos", "stag", "pric", "schedul"); "pick", "load", "weld" keep theirs,
# as do the unstressed endings of "order", "open", "budget", "audit".
_SILENT_E_STEM = re.compile(r"[^aeiou][aeiouy][^aeiouwxy]$")
_UNSTRESSED_ENDS = ("er", "en", "et", "on", "om", "it", "el", "or", "al", "ol", "ip")


# Nouns with an action noun's ending that name a thing or a place, no activity: "assign
# sections" is Section assignment, "set up stations" the stations' setup; read as an
# activity of its own, "Sections" was asked and the duty lost.
_THING_IONS = word_set(
    """
    section sections station stations location locations portion portions ration rations
    caption captions lotion lotions potion potions junction junctions fraction fractions
    onion onions cushion cushions pension pensions mansion mansions
    medication medications
    """)


def _action_word(noun: str, gerunds: bool = True) -> bool:
    """Does ``noun`` end as an action noun ("inspections", "maintenance", with
    ``gerunds`` "training")? Not a thing of that ending (``_THING_IONS``)."""
    return (noun.endswith(_ACTION_ENDINGS) or noun.endswith(_ACTION_PLURALS)
            or (gerunds and noun.endswith("ing"))) and noun not in _THING_IONS


def _acts(noun: str) -> bool:
    """Does ``noun`` name an activity itself ("inspections", "training")? Then it is the
    ask as written, never made into another activity."""
    return _action_word(noun)


def done_again(name: str) -> str | None:
    """An activity's name with its last word's "re" cut ("Appointment rescheduling" ->
    "Appointment scheduling", "Shelf restocking" -> "Shelf stocking"), or None: doing a
    thing again is the work the vocabulary names, where it has no name for the "re"
    form. The caller keeps it only where the vocabulary holds the cut name."""
    head, _, last = name.rpartition(" ")
    low = last.lower()
    if not head or len(low) < 7 or not low.startswith("re"):
        return None
    rest = low[3:] if low[2] == "-" else low[2:]
    return f"{head} {rest}" if rest.isalpha() and rest.endswith(_AGAIN_ENDS) else None


_AGAIN_ENDS = ("ing", "ment", "tion", "sion")


def duty_terms(text: str, taken: list[tuple[int, int]], *,
               is_verb: Callable[[str], bool] = lambda _w: False,
               bad_head: Callable[[str], bool] = lambda _w: False,
               noun: Callable[[str], str] = gerund,
               people: Callable[[str], bool] = lambda _w: False,
               with_verbs: bool = False,
               roles: frozenset[str] = frozenset(),
               tokens: list[re.Match[str]] | None = None) -> list[ShapeTerm]:
    """The activities and things one demand unit's ``text`` asks for as duties (see the
    module's docstring). ``taken`` are spans other readings cover: a duty touching one
    is theirs. ``is_verb`` says whether a word is a verb the vocabulary's action nouns
    know; ``bad_head`` whether a noun names a person, a setting or a place; ``noun``
    the noun of a verb's activity (``activity_namer``); ``people`` whether a noun names
    people, whom a duty may be done to ("seat patients": Patient seating).
    ``with_verbs`` adds each duty's verb named by its noun (``VerbTerm``: "negotiate
    contracts" -> Negotiation), for the caller to keep where the vocabulary knows it.
    ``roles`` are the title's nouns for the person (``title.role_nouns``): a clause with
    one as its subject tells duties in the third person. ``tokens``: the noun reader's
    tokens of ``text``, where ``same_tokens`` says they are these (no one changes them)."""
    return _Duties(text, taken, is_verb, bad_head, noun, people, roles, tokens
                   ).read(with_verbs)


@lru_cache(maxsize=64)
def _role_before_word(roles: frozenset[str]) -> re.Pattern[str]:
    """A title noun ("dispatcher", "dispatchers") before a lower-case word: where a
    clause may have the job as its subject (one pattern per posting's title)."""
    names = "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
    return re.compile(rf"\b(?i:{names})s?[ \t]+[a-z]")


def role_duty_verb(clause: str, roles: frozenset[str],
                   is_verb: Callable[[str], bool]) -> tuple[str, str] | None:
    """The verb (in its base form) and the word after it where ``clause`` tells a duty
    with the job's own title as its subject ("Our dispatchers plan loads", "The Case
    Manager will maintain a caseload"), or None. Only a clause holding one of the
    ``roles`` words is read token by token."""
    if not roles or _role_before_word(roles).search(clause) is None:
        return None
    duties = _Duties(clause, [], is_verb, lambda _w: False, gerund, lambda _w: False, roles)
    tokens = duties.tokens
    for i in range(len(tokens) - 1):
        if not duties._role_subject(i):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].group().lower() in _MODALS | _ADVERBS:
            j += 1
        if j + 1 >= len(tokens):
            return None
        word = tokens[j].group().lower()
        verb = third_person_base(word) if duties.third else word
        if verb in _NOT_DUTIES:
            return None  # "The Front Office Manager leads the desk, bell and PBX teams"
        return verb, tokens[j + 1].group().lower()
    return None


def object_activity(verb: str, words: list[str], lookup: Callable[[str], object | None],
                    noun: Callable[[str], str] = gerund) -> str | None:
    """The activity a duty's verb names on an object of two or more ``words`` where the
    activity, not the object, is the skill: "control food costs" is the vocabulary's Food
    cost control; "forecast budget spend" is Budget forecasting and "reconcile vendor
    statements" Vendor reconciliation, as the activity alone (Forecasting,
    Reconciliation) is a skill the vocabulary knows while neither the object nor its
    last word is. Else None: "replace water heaters" asks for Water heaters. ``lookup``
    is the vocabulary's, ``noun`` the noun of a verb's activity (``activity_namer``)."""
    low = verb.lower()
    if len(words) < 2 or low in _LIGHT or low in _NOT_DUTIES or low in _OTHER_SENSE:
        return None  # "interpret construction drawings" is no Construction interpreting
    act = noun(low)
    things = [w.lower() for w in words]
    whole = " ".join([*things[:-1], singular(things[-1]), act])
    known = lookup(whole)
    if known is not None:
        return str(getattr(known, "name", whole))
    phrase = " ".join(words)
    if lookup(act) is None or lookup(phrase) is not None or lookup(things[-1]) is not None:
        return None
    name = " ".join([*words[:-1], act])
    other = lookup(name)  # a name the vocabulary gives another skill is not this one
    if other is not None and str(getattr(other, "name", "")).lower()[:4] != name.lower()[:4]:
        return None
    return name[:1].upper() + name[1:]
