"""Short lower-case noun phrases a posting asks for that no vocabulary holds.

A trade's everyday things ("three-way match", "rent rolls", "model registry",
"tiered huddles", "alginate impressions") are asks as much as a named tool, and no
vocabulary lists them all. They are read by their place in the posting's demand
units (requirements, duties, preferred, a posting without headings), the way RAKE
reads key phrases: a clause is cut at stop words, verbs, words every posting uses,
capitals, figures and punctuation, and what remains are runs of content words.

- A run of two or three words is a term ("vendor statements", "study models").
- One word counts only as the object of a skill cue ("knowledge of underwriting",
  "experience in permitting") and when it reads as a thing of the trade, not a
  person, a place in time or a generic word.
- Its items are read the same way when the cue opens a list ("experience with
  model registries, experiment tracking and feature stores").

Stop rules keep boilerplate out: runs headed by a person ("laundry staff",
"hiring managers"), by a word of setting or manner ("fast-paced environment", "a
weekly basis"), or made of the job title's and company's words are no asks, and a
run the vocabulary or another shape already read is not read again. The posting's
units are small and the patterns are compiled once, so the cost is linear in the
posting's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words
from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.duties import (
    KEEPING_VERBS,
    KEPT_STATES,
    LOOSE_PREPOSITIONS,
    PUT_STATES,
    STATES_BEFORE,
    VerbTerm,
    duty_terms,
    gerund,
    object_state,
    same_tokens,
    singular,
)
from tailor_app.tailoring.posting.heads import head_kind_terms
from tailor_app.tailoring.posting.lists import (
    DETERMINERS,
    DUTY_ADVERBS,
    JUDGING,
    bare_word,
    base_form,
    list_items,
)
from tailor_app.tailoring.posting.lists import GRADE as _GRADE
from tailor_app.tailoring.posting.terms import ShapeTerm
from tailor_app.tailoring.posting.wished_settings import setting_spans
from tailor_app.tailoring.skills.phrases import (
    shared_modifier_phrases,
    stop_word,
    verb_form,
)
from tailor_app.tailoring.text import word_set

__all__ = ["PERSON_HEADS", "noun_terms"]

# A verb's particle: the word before it is a verb, not a noun ("trucks break down").
# Not "keep the spore testing up to date", "run logs out of the system".
# Words that open a clause, and the word right before a run (its last letters).
_CLAUSE_OPENERS = frozenset({"before", "after", "when", "whenever", "while", "until",
                             "once", "because", "unless", "if",
                             # "make sure trailers leave full", "ensure patients flow":
                             # what is made sure of is a clause, never a thing's name
                             "sure", "ensure", "ensures", "ensuring"})
_PARTICLE_AFTER = re.compile(
    r"[ \t]+(?:down|up(?![ \t]+(?:to|front)\b)|out(?![ \t]+of\b)|off|away)\b(?![-/])")

# Words, figures with what is glued to them ("120-seat", "24/7") and single signs.
# (Possessive quantifiers: nothing after one must match, so the tokens are the same.)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*+(?:-[A-Za-z0-9]+)*+|\d[\w,.+%/-]*+|\S")
_TOKEN_ASCII = ascii_twin(_TOKEN)  # the same where every word character is ASCII
# A word that makes what follows its preposition a skill's object: "experience with",
# "knowledge of", "proficiency in".
_CUE = re.compile(
    r"\b(?:experience|experienced|background|knowledge|knowledgeable|understanding"
    r"|familiarity|familiar|proficiency|proficient|expertise|skilled|skills?|competen\w*"
    r"|comfortable|comfort|versed|trained|training|certified|exposure|fluency|fluent)\s+$",
    re.IGNORECASE)
# The cue's own noun, which names no ask by itself: "knowledge of medical terminology,
# and comfort with Microsoft Office" lists Comfort only as the cue's word.
_CUE_NOUNS = word_set(
    "comfort familiarity knowledge proficiency expertise understanding exposure fluency"
    " experience background ability abilities")
_PREPOSITIONS = word_set("in with of on using to at")
# The same cue written after its object, as a noun's modifier: "counter sales background",
# "restorative aide experience would be an advantage", "utility or collections
# experience". Its object is an ask as "experience in counter sales" would be.
_TAIL_CUE = re.compile(r"[ \t]+(?:experience|background)\b(?![-’'])", re.IGNORECASE)
# ... but not the field a count of years is in ("3+ years of structural welding
# experience", "5 yrs industrial maintenance experience"): that names the role's line
# of work, which the years reading owns, as an ask's label writer reads it.
# Months and weeks count the same way: "6 months warehouse experience" asked "Months
# warehouse", the count's unit glued to the field.
_YEARS_BEFORE = re.compile(r"\b(?:years?|yrs?|months?|mos|weeks?|wks)\.?(?:[ \t]+of)?[ \t]+"
                           r"(?:[\w-]+[ \t]+)?$",
                           re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
_YEARS_WORD = re.compile(r"(?:years?|yrs?|months?|mos|weeks?|wks)\b", re.IGNORECASE)
_OTHER_ITEM = re.compile(r"[ \t]+(?:and|or)[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)"
                         r"[ \t]+(?:experience|background)\b")
_LIST = word_set(", and or / &")
# Heads that name a person, a group of people or an organisation: where or with whom
# the work is done, not what it asks ("laundry staff", "hiring managers").
_PERSON = word_set(
    """
    staff staffs member members manager managers supervisor supervisors leader leaders
    leadership specialist specialists assistant assistants attendant attendants technician
    technicians engineer engineers surgeon surgeons physician physicians provider providers
    nurse nurses worker workers employee employees hire hires colleague colleagues partner
    partners stakeholder stakeholders patient patients guest guests student students
    children child kids families family parent parents resident residents owner owners
    homeowner homeowners contractor contractors representative representatives rep reps
    officer officers director directors executive executives agent agents analyst analysts
    developer developers designer designers scientist scientists teacher teachers
    educator educators person persons user users audience audiences consultant consultants
    crew crews department departments group groups vendor vendors supplier suppliers
    carrier carriers coworker coworkers peers peer volunteers volunteer adults adult
    learners learner servers server housekeeper housekeepers operator operators
    accountant accountants attorney attorneys lawyers lawyer paralegals paralegal
    recruiter recruiters candidate candidates visitors visitor population populations
    head heads chair chairs principal principals dean deans coordinator coordinators
    clinician clinicians therapist therapists client clients customer customers tenant
    tenants caller callers caregiver caregivers aide aides associate associates teammate
    teammates donor donors patron patrons diner diners traveler travelers passenger
    passengers subcontractor subcontractors foreman foremen superintendent superintendents
    inspector inspectors auditor auditors official officials cashier cashiers clerk clerks
    driver drivers dispatcher dispatchers courier couriers broker brokers mechanic mechanics
    grader graders kindergartner kindergartners kindergartener kindergarteners
    preschooler preschoolers toddler toddlers infant infants teen teens teenager teenagers
    youth youths newborn newborns
    psychologist psychologists pathologist pathologists paraprofessional paraprofessionals
    paraeducator paraeducators electrician electricians plumber plumbers journeyman
    journeymen hygienist hygienists pharmacist pharmacists technologist technologists
    """
)
# Heads of a setting, a manner, a time or a quantity: "a fast-paced environment", "a
# weekly basis", "long hours", "all levels".
_SETTING = word_set(
    """
    environment environments setting settings pace manner basis fashion culture values
    conditions
    workplace workplaces
    mission attitude mindset growth career careers benefits salary pay hours hour week
    weeks month months minute minutes shift shifts weekends holidays nights mornings
    evenings schedule place places location locations site sites area
    areas region regions floor floors city state country world industry industries
    sector market markets space spaces volume volumes amount amounts number numbers
    lot lots variety range ranges list lists kind kinds type types sense eye eyes attention
    detail details matter matters issue issues question questions request requests
    problem problems task tasks duty duties goal goals result results outcome outcomes
    project projects initiative initiatives activity activities effort efforts idea ideas
    information updates update status plans plan way ways reports report job jobs
    everything something anything nothing someone anyone lbs pounds feet miles percent
    advantage advantages asset assets situation situations circumstance circumstances
    workspace workspaces
    """
)
# Words that end a term where the stop words do not: contractions, comparisons and
# words of pay or time ("you'll", "towards", "versus", "uncapped commission"), and the
# prepositions the stop words leave out ("hats depending on the day").
_BREAK = word_set(
    """
    since towards toward vs versus according worth overnight ago running real equal
    commission commissions base bonus availability via per etc whether sure
    """
) | LOOSE_PREPOSITIONS
# Heads of a place or an organisation ("a luxury hotel", "grocery chains"): an ask only
# as the object of a cue ("experience in a law firm or medical office").
_PLACE = word_set(
    """
    hotel hotels resort resorts union unions plant plants chain chains center centers
    centre centres school schools college colleges university universities court courts
    laboratory laboratories lab labs pharmacy pharmacies clinic clinics hospital hospitals
    preschool preschools bistro restaurant restaurants store stores shop shops firm firms
    agency agencies practice practices facility facilities home homes unit units district districts
    company companies business businesses organization organisation organizations
    organisations brand brands
    subdivisions office offices setting settings
    building buildings grounds campus campuses premises
    """
)
# Words that make a thing what the candidate brings to the job, a condition of hire and
# not a skill: "a reliable car", "dependable transportation".
_BROUGHT = word_set("reliable dependable")
# Words of a thing's weight or state, which the duty that handles it tells ("able to carry
# heavy trays", "set aside damaged goods", "deliver clean linens", "deliver fresh product
# to 30 stores"): the thing so described is no skill's name.
_HANDLED = word_set("bulky dirty soiled fragile damaged missing broken awkward loose"
                    " fresh")
# Words of a fault or a loose end the work deals with, before the thing that has it:
# "follow up on open quotes", "chase late deliveries", "report short shipments", "fix
# dead outlets and tripping breakers", "clear clogged lines". The thing so described is
# what goes wrong, and the duty's verb tells the skill; no name of a skill opens so.
_AT_FAULT = word_set("open late short unpaid overdue past-due delinquent pending dead"
                     " tripping flickering clogged leaking leaky lost"
                     " delayed defective faulty mislabeled mislabelled mis-slotted"
                     " misrouted misdirected mis-shipped")
# The state a duty keeps a thing in, told after it: "keep the classroom safe, clean and
# inviting" asks for no "Classroom safe" (``duties`` reads the verb's side of it).
_STATES = KEPT_STATES | word_set("inviting welcoming")
# "Heavy" after a verb of handling weighs the thing ("carry heavy trays"); elsewhere it
# names a trade's kind ("heavy manufacturing", "heavy civil", "heavy equipment").
_HANDLING = word_set("lift lifts lifting carry carries carrying move moves moving push "
                     "pushing pull pulling handle handles handling haul hauling")
# Words of a market that describe the noun after them, never a term's last word.
_MARKET_WORDS = word_set("residential commercial industrial institutional municipal")
_SOMEONE = word_set("someone somebody anyone anybody everyone something anything")
# Words of degree and of how often: a run they open is a describing phrase ("a little
# funny, never salesy", "always on time"), never a thing's name. ("very", "rarely",
# "fairly" are stop words already.)
_DEGREE = word_set("never always ever often sometimes seldom little quite rather somewhat")
# Verbs a sentence about the person opens its object with: "the ideal candidate knows
# dental insurance", "has Dentrix experience", "understands payroll".
_PERSONS_VERBS = word_set("knows understands has brings holds enjoys loves speaks writes"
                          " reads uses thrives")
# Words that point back at a thing named before them: "Clio or another system".
_OTHER = word_set("another other similar equivalent comparable")
# Heads that the posting's other readings own: degrees and years.
_OWNED = word_set("degree degrees diploma diplomas year years")
# Units of time written short, which the stop words miss: "3-5 yrs estimating" names
# the estimating, not "Yrs estimating". So do months and weeks, which the stop words
# (years, days) lack: "6 months warehouse experience" asked "Months warehouse".
_SHORT_UNITS = word_set("yr yrs hr hrs mo mos wk wks month months week weeks")
_MAX_WORDS = 3
_ACTION_ENDINGS = ("tion", "sion", "ment", "ing", "ance", "ence", "ysis")
# What may follow a whole list item: a gap, the list's end, or what it is for.
_ITEM_ENDS = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|or|for|in|of|to|with|on|at|across)\b")
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_MAX_NAME_WORDS = 6  # "Texas Rules of Civil Procedure"
_NAME_GLUE = frozenset({"of", "and", "&", "for"})


@lru_cache(maxsize=16384)  # a pure function of the word, asked for every word of a posting
def _content(word: str, first: bool, head: bool = False) -> bool:
    """A word a term may hold: lower case (or capitalised only as the clause's first
    word), no stop word, verb or generic posting word. After a first word (``head``) a
    verb's noun form may stand: "menu design", "experiment tracking"."""
    if not word[:1].isalpha() or len(word) < 2:
        return False
    if not (word.islower() or (first and word[0].isupper() and word[1:].islower())):
        return False
    low = word.lower()
    if len(low) > 4 and low.endswith("s") and stop_word(low[:-1]):
        return False  # "positions", "roles"
    if "'" in low or "’" in low:
        return False  # "you'll", "we're", and a possessive: "the team's deadlines"
    if low in _GRADE or low in _BREAK or low in _SHORT_UNITS:
        return False
    return not stop_word(word) or (head and verb_form(low) and not low.endswith("ed"))


def _opens_sentence(text: str, pos: int) -> bool:
    """Does ``pos`` open the line or a sentence (so a capital there says nothing)?"""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;•*-–—("


def _thing_word(word: str) -> bool:
    """Can one word, a whole item of a list, name an ask? Only an activity ("picking",
    "grading", "injections"): a plain plural ("interviews", "chemicals") is as often what
    a duty handles as a skill, and a list of them stays unread without a cue."""
    low = word.lower()
    return low.isalpha() and len(low) >= 6 and low.endswith(_THING_ENDINGS)


_THING_ENDINGS = ("ing", "tion", "sion", "ment", "ance", "ence", "ysis", "tions", "sions", "ments")


def _name_word(word: str) -> bool:
    """A capitalised word of a name ("Pyramid", "Model"), not a stop word ("The")."""
    return (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 2
            and not stop_word(word))


def _good(words: list[str], single: bool, cued: bool) -> bool:
    """Can these words name an ask? Not a person, setting or time, not all generic; a
    place only as a cue's object."""
    low = [w.lower() for w in words]
    head = low[-1]
    if head in _PERSON or head in _SETTING or head.rstrip("s") in _SETTING or head in _OWNED:
        return False
    if single and head in _CUE_NOUNS:
        return False
    if head in _PLACE and not cued:
        return False
    if low[0] in _OTHER:
        return False  # "NetSuite or another ERP": the other one, no name of its own
    if low[0] in _BROUGHT:
        return False  # "a reliable car", "dependable transportation": what one brings
    if low[0] in JUDGING:
        return False  # "the right boots, packs and layers": judged, not named
    if low[0] in _SOMEONE:
        return False  # "looking for someone warm and organized": the person, described
    if low[0] in _DEGREE:
        return False  # "a little funny, never salesy": how much, not what
    if not _HANDLED.isdisjoint(low) or head in _STATES or low[0] in STATES_BEFORE:
        return False  # "carry heavy trays", "report damaged goods": what is handled
    if low[0] in _AT_FAULT and len(low) > 1:
        return False  # "follow up on unpaid claims": a loose end, no skill
    if head.endswith(("ed", "ly")) or (low[0].endswith("ly") and len(low[0]) > 4):
        return False
    if head.endswith(("ical", "ous", "ful", "able", "ible")) or head in _MARKET_WORDS:
        return False  # a describing word: "industrial electrical", "testable",
        # "repair residential (heat pumps)"
    if single:
        # One word must read as a thing of the trade: "underwriting", "permitting",
        # "telemetry", not "customers", "reliable" or "full-service", nor what every
        # trade gives ("setup, service and breakdown", "coverage and support"), nor
        # where it is done ("administrative or office experience").
        return len(head) >= 6 and not head.endswith("ive") and "-" not in head \
            and head not in _EVERY_TRADE
    return True


# One word naming what every trade gives or uses, alone no ask of one ("customer
# service", "room service", "computer literacy" are read whole): "knowledge of a
# computer" asks no skill called Computer.
_EVERY_TRADE = word_set("service services support assistance coverage computer computers"
                        " technology internet office offices")


# "and"/"or" and an item of two words or more: the head a lone word before it may share.
# The item may open with a name: "federal and Idaho employment law", "clinical and CMS
# documentation rules".
_SHARED_HEAD = re.compile(r"[ \t]+(?:and|or|and/or)[ \t]+[A-Za-z][\w-]*[ \t]+[a-z][\w-]*")


def _describing(word: str) -> bool:
    """Does one word read as a describing word ("federal", "clinical", "graphic") and not
    as a noun of the same ending ("approval", "renewal", "proposal", "referral")?"""
    low = word.lower()
    return low.endswith(("al", "ic")) and not low.endswith(("val", "wal", "sal", "rral"))


# A list's neighbouring item, one whole word before or after an "-ing" word ("stainless
# railings" is no item "stainless": a noun follows it).
_ITEM_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]+)(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)\Z")
_ITEM_AFTER = re.compile(r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
                         r"([a-z][a-z-]+)(?=[ \t]*(?:[,;.)]|$)|[ \t]+(?:and|or)\b)",
                         re.MULTILINE)
# A linking verb before the list: what follows it says how a thing is ("documentation
# that is unclear, conflicting or incomplete", "cartons that are crushed, leaking").
_LINKING_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|seems?|looks?|arrives?|becomes?|gets?)[ \t]+"
    r"(?:[a-z-]+(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+))*\Z")
# Endings of describing words ("affordable", "defective", "water-damaged"); a trade's
# nouns end otherwise ("concrete", "gear", "metal", "electrical" are things of a trade).
_DESCRIBING_ENDS = ("ous", "ful", "less", "able", "ible", "ive")


def _describes(word: str) -> bool:
    """Does a list's one-word item read as a describing word ("unclear", "damaged",
    "affordable"), never as a thing of a trade ("payment", "invoicing", "concrete")?"""
    if word.endswith(("ing", "ment", "tion", "sion")):
        return False
    return word.startswith(("un", "non-")) or word.endswith(_DESCRIBING_ENDS) or (
        len(word) >= 5 and word.endswith("ed") and not word.endswith("eed"))


def _among_describing(text: str, a: int, b: int) -> bool:
    """Is the "-ing" word at ``a:b`` listed after a linking verb beside a describing
    word ("documentation that is unclear, conflicting or incomplete", "cartons that are
    crushed, leaking or torn", "menus that are seasonal, exciting and affordable")? Then
    it says how a thing is: a participle, no activity. A list of the work ("take off
    concrete, framing, cable and metal", "handle tiling, grouting, adhesive and trim")
    has no linking verb before it, whatever its items end with."""
    if _LINKING_BEFORE.search(text, max(0, a - 80), a) is None:
        return False
    before = _ITEM_BEFORE.search(text, max(0, a - 30), a)
    if before is not None and _describes(before.group(1)):
        return True
    after = _ITEM_AFTER.match(text, b)
    return after is not None and _describes(after.group(1))


@lru_cache(maxsize=8192)
def _verb_stems(word: str) -> tuple[str, ...]:
    low = word.lower()
    out = [low]
    if low.endswith("ifies"):
        out.append(low[:-3] + "y")  # "verifies counts": a duty told of the job
    for ending in ("ing", "ed", "es", "s", "e", "d"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            out.append(low[: -len(ending)])
    return tuple(out)


# A verb and a connector before a word: "count and fill", "order and control".
_SHARED_VERB = re.compile(
    r"(?:^|[.;:,•(–—-]|\b(?:and|or|to|(will|you'll|you’ll|must|should|can)))\s*"
    r"([A-Za-z]+)\s+(?:and|or|&)\s+$", re.IGNORECASE)
# Words after which the next one is a verb: "you'll seat patients", "will run", and
# the reader as the subject of a day told in the present ("you print arrival reports",
# "you balance the outlets": "Print arrival" was asked).
_MODAL = word_set("will you'll you’ll we'll to must should can you")


class _Reader:
    """One unit's runs of content words, each judged as it closes."""

    def __init__(self, text: str, taken: list[tuple[int, int]], avoid: set[str],
                 free: bool, verbs: frozenset[str]) -> None:
        self.text, self.avoid, self.verbs = text, avoid, verbs
        self.mask = bytearray(len(text) + 1)
        for a, b in taken:
            a, b = max(0, a), max(0, min(b, len(text)))
            if a < b:
                self.mask[a:b] = b"\x01" * (b - a)
        self.listed = bytearray(len(text) + 1)
        self.duty_starts: set[int] = set()
        self.single: set[int] = set()  # where a list's one-word items stand
        self.groups: list[list[tuple[int, int]]] = []
        for a, b in list_items(text, self.is_verb, self.duty_starts, self.single, _PERSON,
                               self.groups):
            self.listed[a:b] = b"\x01" * (b - a)
        self.free = free
        self.out: list[ShapeTerm] = []

    def _alone(self, a: int, b: int) -> bool:
        """Is text[a:b] all the line says ("• Tiered huddles", "Spanish a plus")?"""
        rest = _WORDS.findall(self.text[:a] + " " + self.text[b:])
        return all(stop_word(w) or w.lower() in _GRADE for w in rest)

    def _duty_verb(self, word: re.Match[str]) -> bool:
        """Does ``word`` open a duty: an item of a list of duties, or a verb sharing its
        object with the verb before it ("count and fill medications")?"""
        if word.start() in self.duty_starts:
            return True
        before = _SHARED_VERB.search(self.text, max(0, word.start() - 30), word.start())
        if before is None:
            return False
        verb = before.group(2)  # not a plural noun: "blueprints and ladder diagrams"
        return verb_form(verb) or (self.is_verb(verb) and not verb.endswith("s")) or (
            before.group(1) is not None and bare_word(verb))

    def _weighed(self, words: list[str], a: int) -> bool:
        """Does "heavy" in the run follow a verb of handling ("Carry heavy trays", "able
        to lift heavy boxes")? Then it weighs the thing and names no kind of it."""
        k = [w.lower() for w in words].index("heavy")
        if k:
            before = words[k - 1]
        else:
            m = _WORD_BEFORE.search(self.text, max(0, a - 20), a)
            before = m.group(1) if m else ""
        return before.lower() in _HANDLING

    def _tail_cued(self, a: int, b: int) -> bool:
        """Is text[a:b] the object of a cue written after it ("counter sales
        background"), or an item joined to one ("utility or collections experience"),
        and not the field of a count of years?"""
        text = self.text
        if text[b:b + 1] not in (" ", "\t"):
            return False  # both patterns open with a space or a tab: most runs end so
        if _TAIL_CUE.match(text, b) is None:
            other = _OTHER_ITEM.match(text, b)
            if other is None or not all(
                    _content(w, False, n > 0)
                    for n, w in enumerate(other.group(1).split())):
                return False  # "accounting or equivalent experience": no second ask
        before = _WORD_BEFORE.search(text, max(0, a - 30), a)
        if before is not None and before.group(1)[:1].isupper() \
                and before.group(1).lower() not in _GRADE \
                and not _opens_sentence(text, before.start(1)):
            return False  # "Leading Hotels of the World standards": a name's last word
        return _YEARS_BEFORE.search(text, max(0, a - 40), a) is None \
            and _YEARS_WORD.match(text, a) is None

    def _modifies_next(self, b: int) -> bool:
        """Does the word ending at ``b`` modify the noun right after it, which another
        reading took ("digital takeoff software") or which is a plural cut as a common
        word ("public records law")? Then a cue's object is that noun phrase, not the
        one word left of it."""
        m = _NEXT_WORD.match(self.text, b)
        if m is None:
            return False
        if self.mask[m.start(1)]:
            return True
        low = m.group(1)
        return low.islower() and len(low) > 4 and low.endswith("s") \
            and not low.endswith("ss") and stop_word(low[:-1])

    def is_verb(self, word: str) -> bool:
        return any(stem in self.verbs for stem in _verb_stems(word))

    def _subject_and_verb(self, run: list[re.Match[str]]) -> bool:
        """Are the run's first two words a clause's subject and its verb, told by agreement
        where a clause opens? After a word that opens a clause ("before", "when",
        "until", "make sure", "ensure") a plural and a bare word ("before guests arrive",
        "when trucks leave", "ensure trailers leave full");
        after "every"/"each" a singular and an "-s" word ("every text goes"). A noun
        compound's modifier is singular, so neither is a thing's name."""
        first, last = run[0].group(), run[1].group()
        if not (first.isalpha() and last.isalpha() and first.islower() and last.islower()):
            return False
        before = _WORD_BEFORE.search(self.text, max(0, run[0].start() - 24), run[0].start())
        opener = before.group(1).lower() if before else ""
        if opener in _CLAUSE_OPENERS:
            return first.endswith("s") and not first.endswith("ss") \
                and not last.endswith(("s", "ing", "ed", "ly"))
        if opener in ("every", "each"):
            return not first.endswith("s") and last.endswith("s") \
                and not last.endswith(("ss", "ics", "ness"))
        return False

    def _counted(self, a: int) -> bool:
        """Does "a" or "an" stand right before ``a`` (one thing counted, no activity)?"""
        m = _WORD_BEFORE.search(self.text, max(0, a - 4), a)
        return m is not None and m.group(1).lower() in ("a", "an")

    def _kept_state(self, run: list[re.Match[str]]) -> bool:
        """Is the two-word run a keeping verb's plural object and the state it is kept
        in ("keep trucks rolling", "keeps our carriers honest")? See ``object_state``.
        A participle after "the" is a state even of a singular thing, the last of a
        list the verb keeps ("keep the paperwork, the meetings and the money moving")."""
        state = run[1].group()
        participle = len(state) > 4 and state.endswith(("ing", "ed"))
        if not state.islower() or not (participle or state in PUT_STATES):
            return False  # most runs: a noun's head, no state (checked first, cheaply)
        text = self.text
        k = run[0].start()
        if participle and _THE_BEFORE.search(text, max(0, k - 6), k) \
                and _KEPT_BACK.search(text, max(0, k - 80), k):
            return True
        for _ in range(3):  # past "our", "new", "the": the verb before them
            m = _WORD_BEFORE.search(text, max(0, k - 24), k)
            if m is None:
                return False
            word = m.group(1).lower()
            if word in KEEPING_VERBS:
                return object_state(run[0].group(), run[1].group())
            if word not in DETERMINERS and word not in _KEPT_LEAD:
                return False
            k = m.start(1)
        return False

    def close(self, run: list[re.Match[str]], cued: bool, opens: bool,
              infinitive: bool = False) -> None:
        """Judge one run: ``cued`` when a cue opened it, ``opens`` when it stands where a
        verb goes (a duty's first word, after "you'll")."""
        if opens and len(run) == 2 and self.text.startswith(",", run[1].end()) \
                and run[0].group()[:1].isupper() and self.is_verb(run[0].group()):
            # "Install underlayment, ice and water shield, drip edge …": a verb opening
            # a line's list of things governs them all; its first object is an item like
            # the others ("Heat pumps, furnaces …" is read whole by the vocabulary; after
            # a colon, "filter changes, belt replacement" opens with a noun).
            run = run[1:]
        elif opens and len(run) > 1 and (self._duty_verb(run[0]) or (
                len(run) > 2 and self.is_verb(run[0].group()))):
            # "Replace water heaters": the object is the term. A verb and one word
            # ("stock supplies", "count and fill medications") is a duty, not a name;
            # a word that may be either ("Heat pumps") stays whole unless its place
            # says it is a duty.
            if len(run) == 2:
                return
            run = run[1:]
        elif infinitive and len(run) > 1:
            run = run[1:]  # "to align strategies": after "to", a verb opens the run
        elif len(run) > 2 and run[0].group().lower() in _PERSONS_VERBS:
            # "The ideal candidate knows dental insurance": what the person knows.
            run = run[1:]
        if len(run) > 1 and _PARTICLE_AFTER.match(self.text, run[-1].end()):
            # "when trucks break down", "as orders pile up": a subject and its verb,
            # the verb's particle after them.
            return
        if len(run) >= 2 and self._subject_and_verb(run):
            # "before guests arrive", "every text goes in the CRM", "make sure trailers
            # leave full": a clause, whatever words follow its verb
            return
        if len(run) == 2 and run[1].group().endswith(_STATE_ENDS) and self._kept_state(run):
            return  # "keep trucks rolling", "keep carriers honest": a thing and its state
        if len(run) > 1 and run[-1].group() in _NAME_GLUE:
            run = run[:-1]  # "Windows and [Microsoft Office]": the glue before a known name
        words = [m.group() for m in run]
        a, b = run[0].start(), run[-1].end()
        if len(words) == 1 and cued and self._modifies_next(b):
            return  # "digital [takeoff software]", "public records law": a modifier
        if not cued and self._tail_cued(a, b):
            cued = True
        listed = 0 not in self.listed[a:b]
        if listed and _sold(self.text, a):
            return  # "Open checking, savings and CD accounts": the products one sells
        named = any(w[:1].isupper() for w in words[1:])
        limit = _MAX_NAME_WORDS if named else _MAX_WORDS
        if not (2 <= len(words) <= limit or (len(words) == 1 and (
                cued or (a in self.single and _thing_word(words[0]))))):
            return
        if not (cued or listed or (self.free and self._alone(a, b))):
            return
        if len(words) == 1 and _describing(words[0]) and _SHARED_HEAD.match(self.text, b):
            return  # "federal and state tax law": a modifier sharing the next item's head
        if len(words) == 1 and words[0].endswith("ing") and _among_describing(self.text, a, b):
            return  # "unclear, conflicting or incomplete": a describing word, no duty
        low = " ".join(words).lower()
        if "heavy" in low and "heavy" in low.split() and self._weighed(words, a):
            return  # "carry heavy trays": the weight of what is carried
        if (not _good(words, len(words) == 1, cued) or low in self.avoid
                or all(w.lower() in self.avoid for w in words)):
            return
        text = self.text
        kind = "tool" if any(w[:1].isupper() for w in words[1:]) or (
            len(words) == 1 and words[0][:1].isupper()) else "hard"
        self.out.append(ShapeTerm(text[a].upper() + text[a + 1:b], kind, a, b))
        if kind == "hard" and len(words) >= 2 and not self._counted(a):
            # "content creation, curation and distribution": the later items share the
            # first one's modifier (content curation, content distribution). Not after
            # "a"/"an": "from a stocked van, diagnosing and repairing" counts one thing,
            # whose describing word is no activity's ("Stocked diagnosing").
            for ia, ib, phrase in shared_modifier_phrases(text, a, b):
                item = text[ia:ib]
                if ia > b and " " not in item and item.islower() and not stop_word(item) \
                        and item.endswith(_ACTION_ENDINGS) and 1 not in self.mask[ia:ib] \
                        and _ITEM_ENDS.match(text, ib):
                    self.out.append(ShapeTerm(phrase[0].upper() + phrase[1:], "hard", ia, ib))

    def _known_item(self, tokens: list[re.Match[str]], i: int) -> bool:
        """Is token ``i``, which another reading covers, in an item of the cue's list
        that ends at a list word ("experience with three-way match and lien waivers":
        the vocabulary names the first item, the cue goes on to the next)?"""
        for m in tokens[i + 1:]:
            if self.mask.find(1, m.start(), m.end()) < 0:
                return m.group().lower() in _LIST and m.group() != "/"
        return False

    def read(self, tokens: list[re.Match[str]]) -> list[ShapeTerm]:
        """The runs' terms; ``tokens`` are the unit's (``_tokens``)."""
        text, mask = self.text, self.mask
        run: list[re.Match[str]] = []
        run_cued = run_opens = run_to = run_modal = cue = False
        clause_start = opens = True
        words = [m.group() for m in tokens]
        for i, m in enumerate(tokens):
            word = words[i]
            # A bare verb after a plural is its predicate: "departments improve".
            head = bool(run) and not (run[-1].group().endswith("s") and word.isalpha()
                                      and not word.endswith(("ing", "s")))
            free = mask.find(1, m.start(), m.end()) < 0  # no other reading covers it
            if free and _content(word, clause_start, head):
                if not run:
                    run_cued, run_opens = cue, opens
                    before = words[i - 1].lower() if i > 0 else ""
                    run_to = before == "to" and not cue
                    # After "you'll", "will", "must": the run opens with its verb; so it
                    # does after "you will also", "will regularly".
                    if before in DUTY_ADVERBS and i > 1:
                        before = words[i - 2].lower()
                    run_modal = before in _MODAL and before != "to"
                run.append(m)
                clause_start = opens = False
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in ("/", "-"):
                free = False  # "Ethernet/IP": a name this reading does not cut
            glue = (run and run_cued and word in _NAME_GLUE and _name_word(run[-1].group())
                    and _name_word(nxt))
            if free and (glue or ((cue or (run and run_cued)) and _name_word(word))) \
                    and len(run) < _MAX_NAME_WORDS:
                # A cue's object may be a name: "experience with the Pyramid Model or
                # Conscious Discipline", "familiarity with Board portals".
                if not run:
                    run_cued, run_opens = True, False
                run.append(m)
                clause_start = opens = False
                continue
            low = word.lower()
            if run:
                self.close(run, run_cued, run_opens, run_to or run_modal)
                # "experience with model registries, experiment tracking and ...": the
                # items of a list a cue opens are its objects too.
                cue = run_cued and low in _LIST
                run = []
            elif low in _PREPOSITIONS and _CUE.search(text, max(0, m.start() - 30), m.start()):
                cue = True
            elif not (cue and (low in DETERMINERS or low in _GRADE or low in _LIST or (
                    not free and self._known_item(tokens, i)))):
                cue = False
            clause_start = word in ".;:!?•()-–—"
            opens = clause_start or low in _MODAL or low in _LIST or (
                opens and low in DUTY_ADVERBS)
        if run:
            self.close(run, run_cued, run_opens, run_to or run_modal)
        return self.out


# The last letters a state word may end with ("-ing", "-ed" and ``PUT_STATES``), tested
# before the state's reader is called for a run.
_STATE_ENDS = tuple({"ing", "ed", *(w[-2:] for w in PUT_STATES)})
# A keeping verb earlier in the clause, a list of its objects between: "keep the
# paperwork, the meetings and the money moving".
_KEPT_BACK = re.compile(r"\b(?:keep|keeps|keeping|kept|make|makes|leave|leaves|get|gets)"
                        r"\b[^.;:!?\n]{0,70}$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|our|your|their)[ \t]+$", re.IGNORECASE)
# Words between a keeping verb and its object: "get new accounts set up".
_KEPT_LEAD = word_set("new all every each existing")


def noun_terms(text: str, taken: list[tuple[int, int]], avoid: set[str], *,
               free: bool, verbs: frozenset[str] = frozenset(),
               noun: Callable[[str], str] = gerund,
               roles: frozenset[str] = frozenset()) -> list[ShapeTerm]:
    """The noun-phrase terms of one demand unit's ``text``. ``taken`` are the spans other
    readings already cover; ``avoid`` holds the lower-cased words of the title and the
    company. Read are a cue's objects, a list's items and, where ``free`` says the unit
    is a bullet or a line of its own, a phrase that is the whole line. ``verbs`` are verb stems
    (the vocabulary's action nouns give them) that open a duty rather than name a thing;
    ``noun`` names a verb's activity for a duty's term (``duties.activity_namer``);
    ``roles`` the title's nouns for the person, whose sentences tell duties too."""
    reader = _Reader(text, taken, avoid, free, verbs)
    tokens = list((_TOKEN_ASCII if ascii_words(text) else _TOKEN).finditer(text))
    found = [_examined_for(text, t, noun) for t in reader.read(tokens)]
    found += _looked_for(text, [*taken, *((t.start, t.end) for t in found)], noun)
    found += _named_methods(text, [*taken, *((t.start, t.end) for t in found)], avoid)
    if " to " in text or " against " in text or " per " in text or " following " in text:
        found += _worked_to(text, [*taken, *((t.start, t.end) for t in found)], avoid)
    # Duties ("seat patients", "keep calibration records"): read where the runs above
    # found nothing, so a phrase is never read twice.
    taken = [*taken, *((t.start, t.end) for t in found)]
    found += [t for t in duty_terms(text, taken, is_verb=reader.is_verb, bad_head=_not_a_thing,
                                    noun=noun, people=_PERSON.__contains__,
                                    with_verbs=True, roles=roles,
                                    tokens=tokens if same_tokens(text) else None)
              if t.name.lower() not in avoid]
    # "automation and monitoring tools": Automation and Monitoring.
    found += [t for t in head_kind_terms(text, [*taken, *((t.start, t.end) for t in found)],
                                         reader.is_verb)
              if t.name.lower() not in avoid]
    # A duty's verb named by its noun ("Schedule biometrics, ..." : Scheduling) reads
    # none of the list's items.
    read = [*taken, *((t.start, t.end) for t in found if not isinstance(t, VerbTerm))]
    found += _siblings(text, reader.groups, reader.is_verb, read, avoid)
    if " in " in text or "preferred" in text or " a plus" in text:
        found += _wished_settings(text, [*taken, *((t.start, t.end) for t in found)], avoid)
    if reader.groups:
        found += _fixed_parts(text, reader.groups,
                              [*read, *((t.start, t.end) for t in found)], avoid)
    return found


# A verb of testing and "for" before what is looked for: "test for carbon monoxide",
# "screen patients for depression" ("check for" and "inspect for" look for what is
# wrong, "errors", "damage", and name no test). Matched on the text right before the
# term, so it ends there.
_EXAMINED_FOR = re.compile(
    r"\b(test|screen|swab)(?:s|ed|ing)?[ \t]+"
    r"(?:(?:each|every|all|the|a|an|our|your|their)[ \t]+)?(?:[a-z]+[ \t]+)?for[ \t]+$",
    re.IGNORECASE)


def _examined_for(text: str, term: ShapeTerm, noun: Callable[[str], str]) -> ShapeTerm:
    """A thing a verb of examining looks for names the examination: "test for carbon
    monoxide" is Carbon monoxide testing, "screen for depression" Depression screening
    (the vocabulary's name where it has one), not the gas or the illness itself."""
    if term.kind != "hard" or type(term) is not ShapeTerm:
        return term
    m = _EXAMINED_FOR.search(text, max(0, term.start - 40), term.start)
    if m is None:
        return term
    head, _, last = term.name.rpartition(" ")
    thing = f"{head} {singular(last)}" if head else singular(last)
    return ShapeTerm(f"{thing} {noun(m.group(1).lower())}", "hard", term.start, term.end)


# The same verbs opening a duty, with what is looked for after "for": one to three
# plain words up to a small word, a figure or a mark ("Test for carbon monoxide on
# every call").
_LOOKED_FOR = re.compile(
    r"(?:^|[\n.;:•*–—,-]|\b(?:and|will|you'll|you’ll|to))[ \t]*"
    r"(test|screen|swab)(?:s)?[ \t]+"
    r"(?:(?:each|every|all|the|a|an|our|your|their)[ \t]+)?(?:[a-z]+[ \t]+)?for[ \t]+"
    r"((?-i:[a-z][a-z-]+)(?:[ \t]+(?-i:[a-z][a-z-]+)){0,2})(?=[ \t]*(?:[.,;:)\n]|$)"
    r"|[ \t]+(?:on|in|at|during|before|after|with|and|or|every|each|when|using|per)\b)",
    re.IGNORECASE)


_LOOKED_VERBS = ("test", "screen", "swab")  # the verbs of ``_LOOKED_FOR``, for its gate


def _looked_for(text: str, taken: list[tuple[int, int]], noun: Callable[[str], str]
                ) -> list[ShapeTerm]:
    """Duties of examining told by what they look for ("Test for carbon monoxide",
    "you'll screen new clients for housing instability"): the examination by that
    thing's name, where no other reading took the thing."""
    out: list[ShapeTerm] = []
    low = folded(text)
    if low is not None and ("for" not in low or not any(v in low for v in _LOOKED_VERBS)):
        return out  # every match holds "for" and one of the verbs: most units hold none
    for m in _LOOKED_FOR.finditer(text):
        a = m.start(2)
        words: list[str] = []
        for word in m.group(2).split():
            if stop_word(word):
                break  # "carbon monoxide on": the thing ends before the small word
            words.append(word)
        if not words or len(words[-1]) < 3:
            continue
        b = text.index(words[-1], a) + len(words[-1])
        if any(x < b and a < y for x, y in taken):
            continue
        thing = " ".join([*words[:-1], singular(words[-1])])
        name = f"{thing} {noun(m.group(1).lower())}"
        out.append(ShapeTerm(name[0].upper() + name[1:], "hard", a, b))
    return out


# A method named by its capitalised name before a plain word of its kind: "using the
# Promoting First Relationships model", "trained in the Seeking Safety curriculum".
# ("program" is left out: "the Head Start program" is as often the employer's own.)
_NAMED_METHOD = re.compile(
    r"\b(?:the|a|an|our)[ \t]+((?-i:[A-Z])[\w'’&-]*[ \t]+"
    r"(?:(?-i:[A-Z])[\w'’&-]*[ \t]+|(?:&|of|as|for|and|in|to|the)[ \t]+(?=(?-i:[A-Z]))){0,5}?)"
    r"(?-i:model|curriculum|framework|approach|method|methodology|protocol|modality)\b")
_METHOD_KINDS = ("model", "curriculum", "framework", "approach", "method", "protocol",
                 "modality")  # what ``_NAMED_METHOD`` ends on ("method" in "methodology")
# Last words of an organisation's or a place's name, which a method's name never ends on.
_NOT_METHOD_ENDS = word_set(
    "district school schools county city state university college center centre "
    "department agency hospital clinic company group inc llc foundation")


def _named_methods(text: str, taken: list[tuple[int, int]], avoid: set[str]
                   ) -> list[ShapeTerm]:
    """Methods, models and curricula a posting names by their capitalised name before
    a plain word of their kind ("the Promoting First Relationships model"): the name is
    the ask, a tool of the trade, where no other reading took it."""
    out: list[ShapeTerm] = []
    if not any(kind in text for kind in _METHOD_KINDS):
        return out  # every match ends on one of these words, as written: most units lack one
    for m in _NAMED_METHOD.finditer(text):
        a, b = m.start(1), m.end(1)
        name = text[a:b].rstrip()
        b = a + len(name)
        words = [w for w in name.replace("&", " ").split() if w[:1].isupper()]
        if len(words) < 2 and not name.isupper():
            continue  # "the Danielson framework": one word is as often a brand or place
        if words[-1].lower() in _NOT_METHOD_ENDS or name.lower() in avoid \
                or any(x < b and a < y for x, y in taken):
            continue
        out.append(ShapeTerm(name, "tool", a, b))
    return out


# What a duty is done to or against, named by its kind: "coach selectors to engineered
# labor standards", "plan labor against the wave plan", "install piping per the
# mechanical drawings". The standard, plan or drawings are the ask; the duty's own
# object is read elsewhere.
_WORKED_TO = re.compile(
    r"\b(?:to|against|per|following)[ \t]+(?:(?:the|our|all|your|each)[ \t]+)?"
    r"((?:[a-z][a-z-]+[ \t]+){1,2}(?:standards|plans?|specifications|specs|drawings"
    r"|procedures|protocols|guidelines|schedules?))\b")
_WORKED_TO_GATE = re.compile(r"standard|plan|spec|drawing|procedure|protocol|guideline|schedule")
# Words that make such a standard anyone's, naming no kind of it: "to customer
# specifications", "our quality standards", "all safety procedures".
_ANY_STANDARD = word_set(
    "customer customers company quality high highest strict applicable required established"
    " internal industry safety brand written standard current existing proper appropriate"
    " daily weekly monthly production work project job new all"
    # The employer's own places and units (review R6): "per facility procedures".
    " hospital facility facilities department clinic site store agency school district unit"
    " plant shop office warehouse branch center practice firm program organization team"
    " employer manufacturer manufacturers state federal local county city")


_CHANGING = word_set("varied variable flexible irregular changed revised updated unexpected")
_ADAPTING = re.compile(r"\b(?:adapt|adapts|adjust|adjusts|respond|responds|react|reacts"
                       r"|commit|commits|conform|conforms)[ \t]+$", re.IGNORECASE)


def _worked_to(text: str, taken: list[tuple[int, int]], avoid: set[str]) -> list[ShapeTerm]:
    """The kind of standard, plan or drawing a duty is done to (see ``_WORKED_TO``)."""
    if _WORKED_TO_GATE.search(text) is None:
        return []
    out: list[ShapeTerm] = []
    for m in _WORKED_TO.finditer(text):
        a, b = m.span(1)
        words = m.group(1).split()
        if any(x < b and a < y for x, y in taken) or any(w in _ANY_STANDARD for w in words[:-1]) \
                or any(stop_word(w) for w in words[:-1]) or m.group(1).lower() in avoid \
                or words[0].endswith("ing") or words[0] in _CHANGING \
                or _ADAPTING.search(text, max(0, m.start() - 14), m.start()):
            # "adjust to shifting schedules", "adapt to changing procedures": change
            # the worker copes with, no kind of standard (review R5)
            continue
        out.append(ShapeTerm(text[a].upper() + text[a + 1:b], "hard", a, b))
    return out


_SIBLINGS_KNOWN = 2  # read items that make a list one of things asked
# A list item's leading small words: "on fillings" is the item "fillings".
_ITEM_LEAD = re.compile(r"\b(?:(?:on|in|with|of|for|across|including|like|and|or|the|a|an)\s+)+",
                        re.IGNORECASE)


# A verb whose objects are the products a job sells or opens for its customers, not
# skills: "Open checking, savings and certificate accounts", "Refer members to mortgage,
# auto and personal loans", "Sell memberships and supplements".
_SOLD = re.compile(
    r"(?:^|[.;:,(•*–—-]\s*|\b(?:and|or|to|will|you'll|you’ll|must|also)\s+)"
    r"(?:open|opens|opening|refer|refers|referring|sell|sells|selling|cross-sell|upsell"
    r"|promote|promotes|promoting|recommend|recommends|offer|offers|pitch)\b"
    r"(?:\s+(?:new|our|their|the|members|customers|clients|guests|patients|them)){0,2}"
    r"(?:\s+(?:to|on|for))?\s+"
    r"(?:[\w'-]+(?:\s+[\w'-]+)?,\s+)*(?:[\w'-]+(?:\s+[\w'-]+)?,?\s+(?:and|or)\s+)?$",
    re.IGNORECASE)


_SOLD_STEMS = ("open", "refer", "sell", "promot", "recommend", "offer", "pitch")


def _sold(text: str, a: int) -> bool:
    """Is the list item at ``a`` the object of a verb of selling (``_SOLD``)? The pattern
    is tried only where one of its verbs stands before the item (in few lists)."""
    window = text[max(0, a - 90):a].lower()
    return any(v in window for v in _SOLD_STEMS) and \
        _SOLD.search(text, max(0, a - 90), a) is not None


def _siblings(text: str, groups: list[list[tuple[int, int]]], is_verb: Callable[[str], bool],
              known: list[tuple[int, int]], avoid: set[str]) -> list[ShapeTerm]:
    """The other items of a list of things two of whose items are asks: in "fillings,
    crowns, extractions and root canals" with extractions and root canals read, crowns
    and fillings are the same kind of thing. Items of one to three plain lower-case
    words only, never a person, a setting or a place. A list two of whose items open
    with a duty's verb ("contact insureds within 24 hours, inspect damaged homes, barns
    and sheds, and write estimates") is a list of duties: its other items are objects
    and settings, no things asked."""
    out: list[ShapeTerm] = []
    for items in groups:
        if len(items) < 3 or sum(_opens_with_duty(text, a, b, is_verb) for a, b in items) >= 2:
            continue
        # The list's lead-in ends at its last small word: "work with the dentist on
        # fillings" is the item "fillings", "supervise associates across receiving" the
        # item "receiving" (the duty before it is no reading of the item).
        items = [(_item_start(text, a, b, n == 0), b) for n, (a, b) in enumerate(items)]
        read = [any(a < kb and ka < b for ka, kb in known) for a, b in items]
        if sum(read) < _SIBLINGS_KNOWN:
            continue
        for (a, b), done in zip(items, read, strict=True):
            if done or _sold(text, a):
                continue  # read, or a product sold ("Sell memberships and supplements")
            words = text[a:b].split()
            if not 1 <= len(words) <= _MAX_WORDS or not (all(
                    _content(w, False, n > 0) for n, w in enumerate(words)) or (
                    len(words) == 1 and words[0].islower() and _thing_word(words[0]))):
                continue  # "receiving": an activity named in one word
            if not _good(words, len(words) == 1, True) or words[-1].lower() in _PLACE \
                    or text[a:b].lower() in avoid or all(w.lower() in avoid for w in words):
                continue
            out.append(ShapeTerm(text[a].upper() + text[a + 1:b], "hard", a, b))
    return out


# Verbs of working on equipment, and their nouns before "of": what they act on is the
# trade's parts and machines ("replace bearings, belts and chains", "Replacement of
# panelboards, breakers and disconnects"), never goods handled or people served.
_FIXING = word_set(
    """
    replace repair rebuild install align adjust overhaul service troubleshoot lubricate
    grease calibrate terminate rewire realign reinstall disassemble reassemble
    replacement repair rebuilding installation alignment adjustment overhaul
    """)
# Of those, the verbs of a mechanical sense alone, one of which the lead-in must hold:
# "service key accounts", "align budgets and priorities", "install new hires" are no
# trade's work (review28 A2).
_MECHANICAL = word_set(
    """
    replace repair rebuild overhaul lubricate grease calibrate terminate rewire realign
    reinstall disassemble reassemble replacement rebuilding
    """)
# A list's lead-in: its fixing verbs joined by "and", "or" or "/" (and "of" after a
# noun), then the first item ("Replace and adjust bearings", "Replace/repair bearings").
_FIXING_LEAD = re.compile(
    r"[ \t]*(?:[•*-][ \t]*)?((?:[A-Za-z]+(?:[ \t]*/[ \t]*|[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+))*"
    r"[A-Za-z]+)[ \t]+(?:of[ \t]+)?(?=[a-z])")
_PART_WORD = re.compile(r"[a-z][a-z-]*[a-z]")
_FIXING_CAPITAL = re.compile(
    r"(?<=[a-z] )([A-Z][a-z]+(?:(?:[ \t]*/[ \t]*|[ \t]+(?:and|or)[ \t]+)[a-z]+)*)[ \t]+(?=[a-z])")
# Words for any trade's things, alone no part of one: "replace parts, tools and supplies".
_ANY_PARTS = word_set("parts part supplies supply tools tool equipment items item materials"
                      " components component things products goods stock inventory units"
                      " machines machinery systems devices hardware")
# Small words that end a part's name ("feeders in new construction", "chains as needed").
_PART_CUT = word_set("in on at for with to from by of per as across including into under"
                     " during within when where that which while")
_PART_TOKEN = re.compile(r"[A-Za-z][A-Za-z-]*|[^\sA-Za-z]")
# The same verbs opening a clause that a colon closes before the list: "Install and
# terminate power distribution: panels, switchgear, transformers and feeders".
_FIXING_INTRO = re.compile(
    r"(?:^|[.;:•*\n-][ \t]*)((?:[A-Za-z]+(?:[ \t]*/[ \t]*|[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+))*"
    r"[A-Za-z]+)[ \t]+[a-z][a-z -]{0,40}:[ \t]*$")


def _all_fixing(verbs: str) -> bool:
    """Are all the words of a list's lead-in ("Replace and adjust", "Replace/repair")
    verbs of working on equipment, one at least of a mechanical sense alone?"""
    words = [w.lower() for w in re.split(r"[ \t,/]+", verbs) if w and w not in ("and", "or")]
    return bool(words) and all(w in _FIXING for w in words) \
        and any(w in _MECHANICAL for w in words)


def _opens_clause(text: str, pos: int) -> bool:
    """Does ``pos`` open a line, a bullet or a clause (after ".", ";", ":" or a
    modal: "You will replace ...")? A noun mid-sentence ("customer service with all
    partners") opens no duty."""
    before = text[max(0, pos - 12):pos]
    if "\n" in before or text[pos:pos + 1].isupper():
        return True  # a line's first word, or a capital: a pasted line run on
    before = before.rstrip()
    return not before or before[-1] in ".;:!?•*-–—(" or before.lower().endswith(
        (" will", "you'll", "you’ll", " must"))


def _fixed_parts(text: str, groups: list[list[tuple[int, int]]],
                 known: list[tuple[int, int]], avoid: set[str]) -> list[ShapeTerm]:
    """The items of a list that verbs of working on equipment govern: in "Replace and
    adjust bearings, couplings, belts and chains" or "Replacement of panelboards,
    breakers and disconnects" each item is a part or machine of the trade asked, even
    a plain word the list readers leave ("belts", "seals", "chains"). An item is one to
    three plain lower-case words, cut at a small word ("feeders in new construction"),
    never a person, a setting or a describing word."""
    out: list[ShapeTerm] = []
    for items in groups:
        if len(items) < 3:
            continue
        a0 = items[0][0]
        spans: list[tuple[int, int]] = []
        if (intro := _FIXING_INTRO.search(text, max(0, a0 - 80), a0)) is not None \
                and _all_fixing(intro.group(1)):
            spans = items  # "Install and terminate power distribution: panels, ..."
        for j, (a, b) in enumerate(items if not spans else ()):
            lead = _FIXING_LEAD.match(text, a, b)
            if lead is not None and _all_fixing(lead.group(1)) and _opens_clause(text, a):
                spans = [(lead.end(), b), *items[j + 1:]]
                break
            # A pasted line run on without its break: "... hydraulic systems Replace
            # bearings, belts, chains": the capital opens the next line's duty.
            inner = [m for m in _FIXING_CAPITAL.finditer(text, a, b) if _all_fixing(m.group(1))]
            if inner:
                spans = [(inner[-1].end(), b), *items[j + 1:]]
                break
        if len(spans) < 3:
            continue
        for n, (a, b) in enumerate(spans):
            words: list[re.Match[str]] = []
            for m in _PART_TOKEN.finditer(text, a, b):
                word = m.group()
                if n and not words and word in ("and", "or"):
                    continue
                if not _PART_WORD.fullmatch(word) or word in _PART_CUT or word in DETERMINERS \
                        or word.endswith("ly"):
                    break
                words.append(m)
            if not 1 <= len(words) <= _MAX_WORDS or (len(words) == 1 and (stop_word(
                    words[0].group()) or words[0].group() in _ANY_PARTS)):
                continue  # "parts, tools and supplies": generic words alone
            ia, ib = words[0].start(), words[-1].end()
            names = [w.group() for w in words]
            head = names[-1]
            if any(ia < kb and ka < ib for ka, kb in known) or head in _PERSON \
                    or head in _SETTING or head.rstrip("s") in _SETTING or head in _OWNED \
                    or (_describing(names[0]) and len(names) == 1) or len(head) < 4 \
                    or " ".join(names) in avoid:
                continue
            out.append(ShapeTerm(text[ia].upper() + text[ia + 1:ib], "hard", ia, ib))
    return out


def _wished_settings(text: str, taken: list[tuple[int, int]], avoid: set[str]) -> list[ShapeTerm]:
    """The industries and kinds of workplace a requirement wishes the experience was in
    (``wished_settings.setting_spans``: "preferably in manufacturing", "ideally in a law
    firm", "…, healthcare preferred"). Plain lower-case words only; never a describing
    word, a person, a time or a bare place ("ideally in a fast-paced environment",
    "preferably in person", "ideally in an office")."""
    out: list[ShapeTerm] = []
    for a, b in setting_spans(text):
        words = text[a:b].split()
        low = [w.lower() for w in words]
        if any(a < kb and ka < b for ka, kb in taken) or not text[a:b].islower() \
                or any(w in _GRADE or w in JUDGING or w in _PERSON or stop_word(w)
                       for w in low if w not in ("or", "and", "&")) \
                or (len(low) == 1 and (low[0] in _PLACE or low[0] in _SETTING)) \
                or low[-1].endswith(("ly", "ed")) or any(_describing(w) for w in low) \
                or " ".join(low) in avoid:
            continue
        out.append(ShapeTerm(text[a].upper() + text[a + 1:b], "hard", a, b))
    return out


_FIRST_WORD = re.compile(r"\s*(?:(?:and|or)\s+)?([a-z]+)\b")


def _opens_with_duty(text: str, a: int, b: int, is_verb: Callable[[str], bool]) -> bool:
    """Does the list item at ``a:b`` open with a verb in its base form ("inspect damaged
    homes", "and write estimates")?"""
    m = _FIRST_WORD.match(text, a, b)
    if m is None:
        return False
    word = m.group(1)
    return (base_form(word)
            and (verb_form(word) or is_verb(word)))


def _item_start(text: str, a: int, b: int, first: bool) -> int:
    """Where a list item's own words start: past the lead-in's last small word in the
    first item ("associates across receiving"), past small words only in a later one
    ("and the crowns"; "Python for analysis" is Python and what it is for)."""
    leads = [m.end() for m in _ITEM_LEAD.finditer(text, a, b)
             if m.start() == a or (first and text[m.start() - 1] == " ")]
    return leads[-1] if leads else a


def _not_a_thing(head: str) -> bool:
    """Does a duty's object name a person, a setting, a place or what other readings own
    ("supervise associates", "the floor", "a degree")?"""
    return (head in _PERSON or head in _SETTING or head.rstrip("s") in _SETTING
            or head in _PLACE or head in _OWNED)


# Words for a person or a group of people (``_PERSON``), for readers outside the posting
# that must tell a person from a thing ("provider" is no item of the summary line's list).
PERSON_HEADS: frozenset[str] = frozenset(_PERSON)
