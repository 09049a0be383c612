"""What a posting names without asking it: words that look like skills in places where
no careful reader takes them for a demand on the candidate.

Each rule is about the grammar around a word, never about particular skills, and each
removed a false "missing" from the match report:

- **A degree's subject**: "a degree in Computer Science, Engineering or a related
  field" names what the candidate studied, not a skill (the degree itself is read on
  its own, ``degrees.py``).
- **A place**: "provide support in the operating room", "work at the front desk of a
  luxury hotel" say where the work happens. After an experience cue the place is the
  experience asked ("experience in a law firm") and stays an ask.
- **People to work with**: "work with SDRs, solutions consultants and customer
  success" names colleagues; a list after a verb of working with someone that holds
  one word for people is a list of people.
- **A soft skill in other words**: soft skills count only when the posting names them
  ("excellent written communication"); "good judgment" is not Decision Making and "be
  accountable for cost" is not Ownership. A soft skill whose words share no stem with
  the posting's is an inference, not an ask.
- **A platform named for its product**: "paid acquisition across Google and Meta" in
  a posting that asks for "Google Ads and Meta Ads Manager" means those products;
  the bare first word is no ask of its own.
- **Named in passing** (``named_in_passing``): a unit after a count ("typing at 40
  WPM"), a word inside an organisation's name ("Lakeside Health & Rehabilitation
  Center"), a time ("during peak season") and the state a thing is kept in ("keep the
  shop compliant") say how much, who, when or how, never what the person must know.

Every pattern is compiled once and linear in the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

from tailor_app.tailoring.caseless import Caseless, folded, stands_in, word_start
from tailor_app.tailoring.posting.cue_lines import cue_lines, scan_cued
from tailor_app.tailoring.posting.departments import department_lists
from tailor_app.tailoring.posting.duties import object_activity, singular, third_person_base
from tailor_app.tailoring.posting.earned import earned_spans
from tailor_app.tailoring.posting.followed import followed_rules
from tailor_app.tailoring.posting.outside import (
    occasions_of_hours,
    outside_the_job,
    wish_follows,
)
from tailor_app.tailoring.skills.phrases import any_verb_form, verb_form
from tailor_app.tailoring.text import word_set

__all__ = [
    "agents_of",
    "an_organisations_budget",
    "chosen_goods_spans",
    "degree_subjects",
    "describes_listed_accounts",
    "in_a_place",
    "in_a_title",
    "in_the_medium",
    "language_in_a_name",
    "listed_activities",
    "modifies_a_word",
    "moved_goods",
    "named_in_passing",
    "names_the_moving",
    "not_asked_spans",
    "object_skill",
    "people_lists",
    "plain_phrase",
    "short_form",
    "soft_in_other_words",
    "without_issuer",
]

# "a Bachelor's degree in Computer Science, Engineering, or a related subject", "BS/MS
# in Civil Engineering or a related field": the subjects run to the sentence's end or
# to "or (a) related/similar ...".
_DEGREE_IN = Caseless(
    word_start("degrees?", "diploma", r"bachelor(?:'s|’s|s)?", r"master(?:'s|’s|s)?",
               r"associate(?:'s|’s)", r"b\.?s\.?c?", r"m\.?s\.?c?", r"b\.?a\.?", r"m\.?a\.?",
               r"a\.?a\.?s?\.?",
               r"ph\.?d\.?", "bs/ms", "ms/phd", "bsc/msc")
    + r"[ \t]+(?:(?:degree|diploma)[ \t]+)?(?:in|of)[ \t]+")
_LOOSE = re.compile(r",?[ \t]+or[ \t]+(?:an?[ \t]+|other[ \t]+|any[ \t]+)?(?:related|similar"
                    r"|relevant|comparable|technical|quantitative)\b", re.IGNORECASE)
# A credential offered instead of the degree ends the subjects too, named or not: "or a
# CDA credential", "or a state teaching license".
_SUBJECTS_END = re.compile(
    r"[.;:!?\n()]|,?[ \t]+(?:with|plus|preferred|required|from|is|are|and[ \t]+\d"
    r"|or[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:equivalent|combination|certificate"
    r"|credential|certification|licen[cs]e))\b"
    # "a degree in early childhood education, CPR and First Aid certification": the
    # next item of the demands is a credential, no subject.
    r"|,[ \t]+(?!or\b)(?:[\w-]+[ \t]+){0,4}?(?:certifications?|certificates?|licen[cs]es?"
    r"|credentials?)\b"
    r"|,[ \t]+(?:or[ \t]+)?an?[ \t]"
    # "in early childhood education or a CDA, Pediatric First Aid and CPR": a credential
    # named in capitals instead of the degree; "…, 2 years of experience": the next demand.
    r"|[ \t]or[ \t]+an?[ \t]+(?-i:[A-Z]{2,6})\b|,[ \t]+\d"
    # "… in early childhood education, current infant/child CPR and First Aid": a word
    # of a credential's standing opens the next demand, never a subject of study.
    r"|,[ \t]+(?:and[ \t]+)?(?:current|valid|active|unrestricted|unencumbered)\b",
    re.IGNORECASE)
_OR_LIST = re.compile(r",|[ \t]or[ \t]|/")


def degree_subjects(text: str, low: str | None) -> list[tuple[int, int]]:
    """Spans of ``text`` that name the subjects of a degree loosely: a choice of
    subjects, or one "or a related field". A single subject ("a degree in Early
    Childhood Education") is the field the job asks for and stays an ask."""
    out = []
    for m in _DEGREE_IN.finditer(text, low):
        limit = min(len(text), m.end() + 160)
        end = _SUBJECTS_END.search(text, m.end(), limit)
        b = end.start() if end else limit
        loose = _LOOSE.search(text, m.end(), b)
        if loose is not None:
            out.append((m.end(), loose.start()))
        elif _OR_LIST.search(text, m.end(), b):
            out.append((m.end(), b))
    return out


# Heads of a place where work happens (not of an organisation, which may be the
# experience asked: "agency experience").
_PLACE_HEAD = word_set(
    """
    room rooms office offices floor floors unit units desk desks hotel hotels resort
    resorts clinic clinics hospital hospitals ward wards kitchen kitchens warehouse
    warehouses site sites field shop shops plant plants store stores restaurant restaurants
    lab labs laboratory laboratories classroom classrooms facility facilities suite suites
    bay bays yard yards lobby department departments center centers centre centres
    """)
_IN_THE = re.compile(r"\b(?:in|at|inside|within|on)[ \t]+(?:the|a|an|our|their|your)[ \t]+"
                     r"(?:[\w-]+[ \t]+)?$", re.IGNORECASE)
# "experience in the operating room", "worked in a hotel": the place is the experience.
_EXPERIENCE_BEFORE = re.compile(
    r"\b(?:experience|experienced|background|worked|working|work|years?|familiar(?:ity)?"
    r"|exposure)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:in|at|inside|within)[ \t]+"
    r"(?:the|a|an|our|their|your)[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE)


def in_a_place(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name the place of the work ("in the operating room")
    rather than a skill or the experience asked?"""
    words = text[start:end].split()
    if not words or words[-1].lower() not in _PLACE_HEAD:
        return False
    before = text[max(0, start - 60):start]
    return _IN_THE.search(before) is not None and _EXPERIENCE_BEFORE.search(before) is None


# Verbs of working with someone, whose objects are people: "work with SDRs, ...".
_WITH_PEOPLE = Caseless(
    word_start("work", "partner", "collaborat", "team", "coordinat", "liais", "report")
    + r"[a-z]*(?:[ \t]+up)?(?:[ \t]+(?:closely|directly|daily|alongside))?[ \t]+"
    r"(?:with|alongside|to)[ \t]+([^.;:!?\n]{3,160})")
# Verbs of selling to someone, whose objects are people too: "prospect property managers
# and facility directors", "call on owners and plant managers", "sell to CFOs and
# controllers". The selling stays asked (Prospecting); the people are no skill.
_TO_PEOPLE = Caseless(
    word_start("prospect", "call", "sell", "visit", "pitch", "target")
    + r"[a-z]*(?:[ \t]+(?:on|to|into))?[ \t]+([^.;:!?\n]{3,160})")
# "calls from members and providers about eligibility and claims status": what follows
# "about" is what the people ask about, the job's own subject, not more people (recall16).
_LIST_END = re.compile(r"[ \t]+(?:on|to|for|in|at|across|throughout|through|during|when|as"
                       r"|so|who|that|which|while|about|regarding|concerning)\b")
_PEOPLE = word_set(
    """
    staff member members manager managers supervisor supervisors leader leaders leadership
    specialist specialists assistant assistants technician technicians engineer engineers
    physicians providers nurses workers employees colleagues partners stakeholders patients
    guests students families parents residents owners contractors representatives reps
    officers directors executives agents analysts developers designers scientists teachers
    consultants vendors suppliers carriers peers counterparts architects recruiters
    coordinators administrators attorneys paralegals customers clients buyers planners
    marketers advisors advisers sellers
    electricians plumbers carpenters subs subcontractors installers inspectors drivers
    mechanics welders painters roofers framers laborers foremen superintendents
    tradespeople therapists counselors aides paraprofessionals pharmacists
    """)
_ITEM_SPLIT = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|/")


# Words for a group of people, which may close an item of a people list ("the design team").
_PEOPLE_GROUPS = frozenset({"team", "teams", "department", "departments", "staff", "group",
                          "groups", "crew", "crews"})


def _next_duty(text: str, a: int, b: int) -> int:
    """Where a list of people ends at the next duty of the same sentence: in "coordinate
    with physicians, therapists and aides, provide wound care and ostomy care" the people
    end before "provide", whose object is asked. A duty is an item of two words or more
    that opens with a verb and names no people."""
    for cut in _ITEM_SPLIT.finditer(text, a, b):
        words = _ITEM_SPLIT.split(text[cut.end():b], 1)[0].split()
        if len(words) >= 2 and verb_form(words[0]) \
                and words[-1].lower() not in _PEOPLE and words[-1].lower() not in _PEOPLE_GROUPS:
            return cut.start()
    return b


def people_lists(text: str, low: str | None) -> list[tuple[int, int]]:
    """Spans of lists of people the job works with ("work with SDRs, solutions
    consultants and customer success") or sells to ("prospect property managers and
    facility directors"): the object of a verb of working with or selling to someone,
    when one of its items is a word for people."""
    out = []
    sells = low is None or any(w in low for w in ("prospect", "call", "sell", "visit",
                                                  "pitch", "target"))
    found = [(m, False) for m in _WITH_PEOPLE.finditer(text, low)]
    if sells:
        found += [(m, True) for m in _TO_PEOPLE.finditer(text, low)]
    for m, selling in found:
        a, b = m.span(1)
        stop = _LIST_END.search(text, a, b)
        b = stop.start() if stop else b
        b = _next_duty(text, a, b)
        if selling:
            b = _next_verb_item(text, a, b)
        items = [i.split() for i in _ITEM_SPLIT.split(text[a:b]) if i.strip()]
        if selling and (not items or items[0][-1].lower() not in _PEOPLE):
            continue  # "visit 8-10 clinics a day, build relationships with ...": no people
        if len(items) >= 2 and any(i[-1].lower() in _PEOPLE for i in items):
            out.append((a, b))
    return out


def _next_verb_item(text: str, a: int, b: int) -> int:
    """Where a list after a verb of selling ends: at the next item that opens with a
    verb, whatever it names ("prospect owners, build relationships with buyers")."""
    for cut in _ITEM_SPLIT.finditer(text, a, b):
        words = _ITEM_SPLIT.split(text[cut.end():b], 1)[0].split()
        if words and verb_form(words[0]):
            return cut.start()
    return b


# "refer members to our lending team", "work with the engineering department": after a
# preposition, a group of the employer's people named by what they do; that work is
# theirs, not an ask of this job. Not "join our AI platform team" (analyse._JOIN_OUR),
# nor "experience on a DevOps team" (no possessive or "the").
# (Both are Caseless and open with a letter: run on the lower-cased posting, ``re``
# skips ahead to the letters that may open one, where an IGNORECASE pattern opening
# with "\b" is tried at every character.)
# The job's work for such a group names it after a verb of service too, and as a list:
# "support our Finance, Tax and Investor Relations teams".
_OUR_GROUP = Caseless(
    word_start("with", "to", "from", "for", "alongside", "across", "between", "among",
               r"support(?:s|ing)?", r"serv(?:e|es|ing)", r"assist(?:s|ing)?")
    + r"[ \t]+(?:our|the|your|their)"
    r"[ \t]+((?:[\w&/-]+,?[ \t]+){1,5}?)(?:teams?|departments?|groups?|units?)\b")
# "report to the Director of Sales Operations", "reporting to our Clinical Manager": a
# person's title, whose words name their job.
_BOSS = Caseless(
    word_start("report(?:s|ing)?")
    + r"[ \t]+(?:directly[ \t]+)?to[ \t]+(?:the|our|a|your|an)[ \t]+"
    r"((?:[\w&/-]+[ \t]+){0,4}?(?:director|manager|head|vice president|vp|chief|supervisor"
    r"|lead|officer|president|administrator)(?:[ \t]+of(?:[ \t]+[a-z][\w&/-]*){1,4})?)")


# "Notify the RN supervisor", "coordinate with the RN case manager": a person the job
# tells or works with, named by their job; the words before it are theirs.
# The one the job works under is named so too: "under the supervision of the special
# education teacher", "work under a journeyman electrician".
_COLLEAGUE = Caseless(
    r"(?:" + word_start("notify", "inform", "alert", "escalate", "update", "contact",
                        "consult", "assist", "coordinate", "collaborate", "partner", "work")
    + r"(?:[ \t]+(?:with|to))?|" + word_start("supervision", "direction", "guidance")
    + r"[ \t]+of|" + word_start("under")
    + r")[ \t]+(?:the|our|your|an?)[ \t]+((?:[\w&/-]+[ \t]+){1,3}?"
    r"(?:supervisor|manager|director|physician|nurse|officer|administrator|liaison"
    r"|coordinator|teacher|therapist|counselor|pharmacist|engineer|superintendent"
    r"|foreman|electrician|plumber)s?)\b")


# "support our Controller and our Director of Leasing with marketing materials": a
# person of the employer's named by the department they head; the department is theirs.
# Not "As our Director of Finance, you will ...": that title is the job's own.
_TITLE_OF = Caseless(
    r"(?<!as )o(?<!\wo)ur[ \t]+(?:[\w&/-]+[ \t]+){0,2}?(?:director|head|vp|vice president"
    r"|chief|manager)[ \t]+of[ \t]+((?:(?!(?:with|on|for|in|to|and|by|at|from|as|the"
    r"|our|who|will|is)\b)[a-z][\w&/-]*(?:[ \t]+|(?![\w&/-]))){1,3})")


# "build the pipelines that feed billing, forecasting and marketing analytics": the work
# other people do with what the job makes, not the job's own.
_FED = Caseless(
    r"(?:t(?<!\wt)hat|w(?<!\ww)hich)[ \t]+(?:feeds?|powers?|drives?)[ \t]+"
    r"((?:our|the|their)?[ \t]*(?:[\w&/-]+,?[ \t]+){0,6}?[\w&/-]+)(?=[.;:\n]|$)")


# "a team of experts across product development, software engineering and design",
# "partner with specialists in data science": the fields of the people around the job,
# not asks of it (up to the clause's end).
# (The pattern opens on the people's noun, rare in a posting, and the words before it
# are checked only there: opening on "of" tried it at every "of".)
_EXPERTS_IN = Caseless(
    word_start("experts", "specialists", "professionals", "practitioners", "colleagues",
               "teammates")
    + r"[ \t]+(?:across|in|from|spanning)[ \t]+([^.;:!?()\n]{3,120})")
_AMONG_BEFORE = re.compile(r"\b(?:of|with|alongside|among)[ \t]+(?:[\w-]+[ \t]+){0,3}$",
                           re.IGNORECASE)


# Words every match of a pattern above holds (lower-cased): its group's noun, its
# colleague's title. No match spans a line break, so only the lines holding one of them
# are read with the pattern, which opens on words as common as "with", "to", "work".
_GROUP_WORDS = ("team", "department", "group", "unit")
_TITLE_OF_WORDS = ("director of ", "head of ", "vp of ", "president of ", "chief of ",
                   "manager of ")
_COLLEAGUE_WORDS = ("supervisor", "manager", "director", "physician", "nurse", "officer",
                    "administrator", "liaison", "coordinator", "teacher", "therapist",
                    "counselor", "pharmacist", "engineer", "superintendent", "foreman",
                    "electrician", "plumber")


def _on_lines(pattern: Caseless, text: str, low: str | None, words: tuple[str, ...]
              ) -> list[re.Match[str]]:
    """``pattern.finditer(text, low)``, read only on the lines of ``low`` that hold one
    of ``words`` (see ``_GROUP_WORDS``; the lines are ``cue_lines``')."""
    if low is None:
        return list(pattern.finditer(text, low))
    return [m for a, b in cue_lines(low, len(text), words)
            for m in pattern.finditer(text, low, a, b)]


def groups_and_bosses(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Spans naming the employer's other teams, the person the job reports to, the
    colleagues it tells or works with and the fields of the experts around it. ``low``
    is ``folded(text)`` (None: the case-insensitive patterns, as slow)."""
    return [*(m.span(1) for m in _on_lines(_OUR_GROUP, text, low, _GROUP_WORDS)),
            *(m.span(1) for m in _on_lines(_BOSS, text, low, ("report",))),
            *(m.span(1) for m in _on_lines(_COLLEAGUE, text, low, _COLLEAGUE_WORDS)),
            *(m.span(1) for m in _on_lines(_TITLE_OF, text, low, _TITLE_OF_WORDS)),
            *(m.span(1) for m in _on_lines(_FED, text, low, ("feed", "power", "drive"))),
            *(m.span(1) for m in _EXPERTS_IN.finditer(text, low)
              if _AMONG_BEFORE.search(text, max(0, m.start() - 40), m.start()))]


# "- No DUI/DWI in the past 10 years", "...; no felony convictions": a requirement
# that opens with "no" names what the candidate must not have. Only at the opening of
# an item or clause: "Teachers without an ESL endorsement must earn one" still asks for
# it. "No less than 3 years of Excel" and "no later than" are no negation. A sentence may
# open so too: "Legal experience is a plus. No legal research is involved."
_NEGATED = re.compile(
    r"(?<![^\n;:,.!?])[ \t]*(?:[-•*·][ \t]*)?[Nn]o[ \t]+(?!(?:less|fewer|later|earlier"
    r"|more[ \t]+than[ \t]+\d+[ \t]+years?)\b)([^,.;:!?()\n]{2,40})")


# "Knowledge of immigration law is not required", "Prior warehouse experience not
# needed": what the posting waives, from the clause's opening. Not a wish before it
# ("preferred but not required", "helpful, but is not necessary"): that one is asked.
# The waiver is found first (rare), then its clause is read back to its opening.
_WAIVER = re.compile(r"[ \t]+(?:(?:is|are)[ \t]+)?not[ \t]+(?:required|necessary|needed"
                     r"|a requirement)\b", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"[^.;:!?()\n]{3,80}$")
_BULLET_MARK = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?")
_WISH_IN = re.compile(r"\b(?:but|preferred|helpful|a plus|welcome|asset|bonus|nice|ideal"
                      r"|desired|preferably)\b", re.IGNORECASE)


def negated(text: str) -> list[tuple[int, int]]:
    """Spans of what a requirement says the candidate must not have ("no DUI/DWI") or
    need not have ("Knowledge of immigration law is not required")."""
    spans = [m.span(1) for m in _NEGATED.finditer(text)]
    if "not " not in text:
        return spans
    for m in _WAIVER.finditer(text):
        opening = _CLAUSE_OPENING.search(text, max(0, m.start() - 80), m.start())
        if opening is None or (opening.start() > 0 and text[opening.start() - 1] not in \
                ".;:!?()\n") or _WISH_IN.search(opening.group()) \
                or wish_follows(text, m.end()):
            continue  # a clause longer than the look-back, or a wish
        start = _BULLET_MARK.match(text, opening.start())
        spans.append((start.end() if start else opening.start(), m.start()))
    return spans


# "High school diploma or GED", "a GED or equivalent": schooling, which the years and
# degree of the match report, no skill a resume would list.
_SCHOOLING = re.compile(
    r"\b(?:high[ \t-]school|secondary[ \t]school)(?:[ \t]+(?:diploma|education|graduate))?"
    r"[ \t]*(?:,|/|\bor\b)[ \t]*(?:an?[ \t]+|the[ \t]+|its[ \t]+)?(?:GED|HiSET|TASC|HSED)\b"
    r"|\b(?:GED|HiSET|TASC|HSED)[ \t]*(?:/|\bor\b)[ \t]*(?:an?[ \t]+)?(?:high[ \t-]school"
    r"|equivalent)\b", re.IGNORECASE)


# A count of schooling and the mark a test asks, which the degree and the test's own
# name carry: "an associate degree, 72 college credits, or a passing score on the
# ParaPro", "48 semester hours", "a minimum score of 150 on the Praxis". Only these
# words: what the credits are in or the test they score stays asked ("48 semester hours
# in accounting" asks Accounting).
_SCHOOL_COUNT = re.compile(
    r"\b\d{1,3}\+?[ \t]+(?:(?:college|university|semester|quarter|academic|graduate"
    r"|undergraduate|credit)[ \t]+)*(?:credits?|credit[ \t]+hours|units)\b"
    r"|\b\d{1,3}\+?[ \t]+(?:semester|quarter|credit)[ \t]+hours\b"
    r"|\b(?:passing|minimum|qualifying|satisfactory|cut)[ \t]+(?:scores?|grades?|marks?)\b",
    re.IGNORECASE)
_SCHOOL_COUNT_GATE = ("credit", "hours", "units", "score", "grade", "mark")


# "Naloxone training provided", "Training in CPI Nonviolent Crisis Intervention
# provided": what the employer gives the new hire, no ask. Only the training's own
# words, so a requirement beside it in the same sentence stays.
_GIVEN_TRAINING = re.compile(
    r"(?:\b[\w/+&-]+[ \t]+){0,3}(?<![\w-])(?:training|certification|classes|course)\b"
    r"[^.;,()\n]{0,60}?[ \t]+(?:is[ \t]+|are[ \t]+|will[ \t]+be[ \t]+)?provided\b"
    r"(?![ \t]+(?:to|for|by[ \t]+(?:an?|the)[ \t]+(?:client|patient|customer)))",
    re.IGNORECASE)
# "we'll train you on the basics of Microsoft 365", "we will teach you in Procore": what
# the employer teaches, to the clause's end. Not "train staff on ..." (the job's duty).
_WE_TRAIN = re.compile(
    r"\bwe(?:'ll|’ll|[ \t]+will)?[ \t]+(?:train|teach|certify)[ \t]+(?:you[ \t]+)?"
    r"(?:on|in)[ \t]+([^.;!?\n]{1,100})", re.IGNORECASE)
# What every match of ``_WE_TRAIN`` holds, lower-cased (few postings say it): found by
# its opening letters, faster than the pattern's own word boundary.
_WE_TRAIN_GATE = re.compile(r"we(?:'ll|’ll| will)? (?:train|teach|certify)")


# What an employer is, said beside its name: "at The Saltmarsh Inn, a boutique hotel
# with a rooftop bar, a spa and event space for weddings;", "Our client, a property
# management company with a construction arm, is seeking". The phrase names an
# organisation by its kind, which "Epic, an EHR used by ..." does not.
_ORGANISATION = (
    r"(?:company|firm|hotel|inn|resort|restaurant|bistro|cafe|bakery|brewery|winery|clinic"
    r"|hospital|practice|provider|agency|school|district|college|university|bank|union"
    r"|nonprofit|non-profit|charity|organi[sz]ation|chain|group|manufacturer|distributor"
    r"|retailer|wholesaler|brand|startup|start-up|business|center|centre|institution"
    r"|cooperative|co-op|contractor|insurer|carrier|laboratory|lab|studio|shop|store"
    r"|employer|leader|operator|developer|builder|broker|brokerage|network|system|trust"
    r"|foundation|ministry|church|facility|plant|mill|farm|dealership|dealer)s?")
_EMPLOYER_IS = re.compile(
    r"(?:\b(?i:our|the)[ \t]+(?i:client)|(?-i:[A-Z])[\w&'’.-]*"
    r"(?:[ \t]+(?:(?-i:[A-Z])[\w&'’.-]*|&|of|and|de))*),[ \t]+"
    rf"((?i:an?|the)[ \t]+(?:[\w&'’/-]+[ \t]+){{0,5}}?(?i:{_ORGANISATION})\b[^;:\n]{{0,200}}?)"
    r"(?=,[ \t]+(?i:is|are|has|have|seeks|needs|wants|offers|provides|was|we)\b|;|\.(?:[ \t]|$)|$)",
    re.MULTILINE)


# The same told after a dash, at a line's start: "Little Acorns Learning Center – a
# NAEYC-accredited early learning center with a parent app for daily reports", the
# name and all. Two capitalised words at least, so "Requirements - a degree from an
# accredited college" is no employer.
_EMPLOYER_DASH = re.compile(
    r"^[ \t]*(?-i:[A-Z])[\w&'’.-]*(?:[ \t]+(?:(?-i:[A-Z])[\w&'’.-]*|&|of|and|de))*"
    r"[ \t]+(?-i:[A-Z])[\w&'’.-]*[ \t]+[–—-][ \t]+"
    rf"((?i:an?|the)[ \t]+(?:[\w&'’/-]+[ \t]+){{0,5}}?(?i:{_ORGANISATION})\b[^;:\n]{{0,200}}?)"
    r"(?=;|\.(?:[ \t]|$)|$)",
    re.MULTILINE)
# What every match of ``_EMPLOYER_DASH`` holds, lower-cased (most postings hold none).
_DASH_GATES = tuple(f" {d} {w} " for d in "–—-" for w in ("a", "an", "the"))


# What every match of ``_EMPLOYER_IS`` holds, lower-cased: the comma and the article
# after the name. A match never spans a line break, so only the lines holding this are
# read with the pattern (which tries every capital's run of words elsewhere).
_EMPLOYER_GATE = re.compile(r",[ \t]+(?:an?|the)[ \t]")


def _employer_spans(text: str, low: str | None) -> list[tuple[int, int]]:
    """``[m.span() for m in _EMPLOYER_IS.finditer(text)]``, read line by line where the
    lower-cased text (``low``, ``folded(text)``) shows ``_EMPLOYER_GATE``."""
    if low is None:
        return [m.span() for m in _EMPLOYER_IS.finditer(text)]
    out: list[tuple[int, int]] = []
    done = -1  # where the last line read ends
    for gate in _EMPLOYER_GATE.finditer(low):
        if gate.start() < done:
            continue
        start = text.rfind("\n", 0, gate.start()) + 1
        done = text.find("\n", gate.end())
        if done < 0:
            done = len(text)
        out += [m.span() for m in _EMPLOYER_IS.finditer(text, start, done)]
    return out


# "in support of the Facilities Department, which maintains 60 city buildings, including
# City Hall, the public library and fire stations": what a part of the employer does or
# holds, told in a clause of its own; none of it is the job's.
_WHICH_PART = re.compile(
    r"(?:\b(?i:our|the)[ \t]+(?:[\w&-]+[ \t]+){0,3}?|(?-i:[A-Z])[\w&-]*[ \t]+)"
    r"(?i:department|division|agency|office|bureau|district|company|organi[sz]ation|unit"
    r"|program|center|centre|clinic|hospital|school|team|group)s?,[ \t]+which[ \t]+"
    # "our safety program, which means lockout/tagout on anything live": what the part
    # asks of the job's people, not what it is.
    r"(?!(?:means|requires|calls[ \t]+for|involves|demands|expects)\b)"
    r"([^.;:!?\n]{3,240})")
# "at our regional parts depot, which supplies HVAC equipment and compressors to
# contractors": the trade of the employer's place, told by what it sells or makes. Read
# only before ", which " and ", that " (``_wares_spans``), where the pattern ends.
_OUR_PLACE = re.compile(
    r"\b(?:our|the)[ \t]+(?:[\w&-]+[ \t]+){0,3}?(?:depot|warehouse|plant|factory|mill|store"
    r"|shop|facility|branch|location|site|showroom|dealership|distribution[ \t]+center"
    r"|business|firm|brand|bakery|kitchen|restaurant|hotel|studio|lab|laboratory)s?$",
    re.IGNORECASE)
_WARES_AFTER = re.compile(
    r"(?:supplies|sells|makes|manufactures|produces|distributes|ships|stocks|carries|serves"
    r"|delivers|builds|designs|provides|offers|imports|exports|bakes|brews|roasts|prints)\b"
    r"[^.;:!?\n]{3,240}", re.IGNORECASE)
_WHICH_OR_THAT = re.compile(r", (?:which|that) ")


def _wares_spans(text: str) -> list[tuple[int, int]]:
    """What the employer's place sells or makes, told in a clause after its name."""
    out = []
    for m in _WHICH_OR_THAT.finditer(text):
        wares = _WARES_AFTER.match(text, m.end())
        if wares is not None and _OUR_PLACE.search(text, max(0, m.start() - 60), m.start()):
            out.append(wares.span())
    return out


# An invitation to follow the employer online, to the end of its sentence.
_FOLLOW_US = re.compile(r"\b(?:follow|find|like|connect\s+with|join|see|visit|check)\s+us\s+"
                        r"(?:on|at|via)\b[^.!?\n]*", re.IGNORECASE)


# "Salary per the district's negotiated agreement", "give medications per physician
# orders", "per teacher direction": what the work follows (an order, an instruction, an
# agreement, a schedule, a policy) and whose it is; its words are no ask. Standards
# and rules the job must know stay read ("per FMCSA requirements", "per HIPAA").
_PER = re.compile(
    r"\bper[ \t]+((?:the|a|an|our|their|your|each)[ \t]+)?"
    r"((?:[\w&/'’-]+[ \t]+){0,4}?(?:orders?|instructions?|directions?|agreements?"
    r"|schedules?|polic(?:y|ies)|requests?|contracts?))\b", re.IGNORECASE)
# "(retail, restaurant, or call center all count)", "(any customer-facing work
# counts!)": the kinds of experience that qualify for the one asked just before, each
# no ask of its own ("Customer service experience (retail ... all count)" asks customer
# service). In brackets, or a clause after a dash or a colon.
_COUNTS = re.compile(
    r"\(([^()\n]{2,100}?)[ \t]+(?:(?:all|also|too)[ \t]+)?counts?\b[^()\n]{0,12}\)"
    r"|(?:[:;]|[ \t][-–—])[ \t]*((?:any|all)\b[^.;:!?()\n]{2,80}?)[ \t]+(?:(?:all|also|too)[ \t]+)?"
    r"counts?\b", re.IGNORECASE)


def _followed_or_counted(text: str, low: str | None) -> list[tuple[int, int]]:
    """Spans of what the work follows ("per physician orders") and of the kinds of
    experience that count toward an ask ("(retail or call center all count)")."""
    # "according to unit protocol", "carries out physician orders": the other ways
    # of saying it (``followed``).
    out = followed_rules(text)
    if low is None or " per " in low:
        out += [(m.start(1) if m.group(1) else m.start(2), m.end(2))
                for m in _PER.finditer(text)]
    if low is None or "count" in low:
        out += [m.span(1) if m.group(1) else m.span(2) for m in _COUNTS.finditer(text)]
    return out


# What the hire keeps clean or safe: "Keep dock doors, aisles and staging lanes clean
# and safe", "keep the work area clean and protected", "keep the break room tidy". The
# places kept are where the work happens, no skills (Dock doors, Aisles, Freight staging
# were asked of a warehouse lead); the keeping is the ask, and a housekeeping skill the
# words name outside the object stands. Only words of cleanliness and safety close the
# object ("keep patient charts organized" and "keep the supply closet stocked" name the
# filing and the supplies the job asks), and only the object's plain places go, each
# item by its last word: a cleanroom or a sterile field kept clean is the job's own
# controlled practice ("Keep the cleanroom clean and particle-free").
_KEPT_CLEAN = re.compile(
    r"\b(?:keep|keeps|keeping)[ \t]+((?:(?:the|your|our|all|each|every)[ \t]+)?"
    r"[a-z][^.;:!?()\n]{0,80}?)[ \t]+(?:clean|tidy|neat|safe|clear|sanitary|sanitized"
    r"|spotless|swept|presentable|uncluttered|free[ \t]+of)\b", re.IGNORECASE)
_KEPT_IN = re.compile(r"[ \t]+(?:in|on|with|using|via|through|inside|within|by)\b",
                      re.IGNORECASE)
_KEPT_ITEM = re.compile(r"[^,&]+?(?=,|[ \t]+(?:and|or|&)[ \t]+|$)")
_ITEM_LEAD = re.compile(r"[ \t]*(?:(?:and|or)[ \t]+)?", re.IGNORECASE)
_PLAIN_PLACES = word_set("""
area areas aisle aisles lane lanes door doors dock docks bay bays floor floors lobby
lobbies room rooms restroom restrooms bathroom bathrooms breakroom breakrooms kitchen
kitchens counter counters shelf shelves display displays entrance entrances entryway
entryways walkway walkways hallway hallways stairwell stairwells deck decks yard yards
lot lots site sites jobsite jobsites shop shops station stations truck trucks van vans
vehicle vehicles cab cabs space spaces spot spots zone zones desk desks office offices
premises grounds building buildings warehouse warehouses
""")


def kept_clean(text: str, low: str | None) -> list[tuple[int, int]]:
    """Spans of the plain places ``text`` tells the hire to keep clean or safe."""
    if low is not None and "keep" not in low:
        return []
    spans = []
    for m in _KEPT_CLEAN.finditer(text):
        # "Keep the CEO's files in SharePoint tidy": what it is kept in is asked.
        cut = _KEPT_IN.search(text, m.start(1), m.end(1))
        end = cut.start() if cut is not None else m.end(1)
        for item in _KEPT_ITEM.finditer(text, m.start(1), end):
            lead = _ITEM_LEAD.match(item.group())
            words = item.group().split()
            if words and words[-1].lower() in _PLAIN_PLACES:
                spans.append((item.start() + (lead.end() if lead else 0), item.end()))
    return spans


def not_asked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` whose words are no ask: degree subjects, schooling, people to
    work with, the employer's other teams and departments and the job's boss, and what
    the candidate must not have."""
    low = folded(text)
    schooling = [m.span() for m in _SCHOOLING.finditer(text)] \
        if low is None or "school" in low or "ged" in low else []
    if low is None or any(word in low for word in _SCHOOL_COUNT_GATE):
        # Only the lines holding one of its words: every match holds one (``cue_lines``).
        schooling += [m.span() for m in scan_cued(
            _SCHOOL_COUNT, text, cue_lines(low, len(text), _SCHOOL_COUNT_GATE))]
    given = [m.span() for m in _GIVEN_TRAINING.finditer(text)] \
        if low is None or "provided" in low else []
    if low is None or _WE_TRAIN_GATE.search(low) is not None:
        given += [m.span(1) for m in _WE_TRAIN.finditer(text)]
    employer = _employer_spans(text, low) if ", " in text else []
    if any(gate in (low or text.lower()) for gate in _DASH_GATES):
        # The name too: "Learning Center" of it is no ask either.
        employer += [(m.start(), m.end(1)) for m in _EMPLOYER_DASH.finditer(text)]
    if " us " in text or " us on" in text:
        # "Follow us on Facebook and Instagram", "find us on social media": where the
        # employer posts, no platform the job asks.
        employer += [m.span() for m in _FOLLOW_US.finditer(text)]
    if ", which " in text:
        employer += [m.span(1) for m in _WHICH_PART.finditer(text)]
    if ", which " in text or ", that " in text:
        employer += _wares_spans(text)
    return [*degree_subjects(text, low), *people_lists(text, low), *negated(text),
            *outside_the_job(text), *occasions_of_hours(text),
            *groups_and_bosses(text, low), *department_lists(text), *schooling, *given,
            *employer, *_followed_or_counted(text, low), *kept_clean(text, low),
            # "you can earn your CDL through our paid program": a path, no ask
            *earned_spans(text),
            # "(for example, reads trade journals, maintains credentials)": deeds that
            # show a trait, no asks
            *(m.span() for m in (_SHOWN_BY_DEEDS.finditer(text) if _SHOWN_GATE in text else ())
              if _third_person_deed(m.group(1))
              and _TRAIT_SHOWN.search(text, max(0, m.start() - 300), m.start()))]


# Examples told as a person's deeds in brackets: "Attention to Detail - ... demonstrated
# by assignments where the applicant keeps abreast of ... (for example, reads trade
# journals, participates in professional/technical associations, maintains
# credentials)". The deeds show how a trait is seen; their objects ask nothing. Examples
# that are things ("(for example, Python, R or SAS)") stay the ask's examples.
_SHOWN_GATE = "(for example"
# The trait the deeds show, said before them: "This skill is generally demonstrated by
# assignments where ...", "keeps abreast of". Without it a bracket of deeds may be the
# work itself ("experience ... (for example, writes SQL queries and builds Tableau
# dashboards)"), whose tools are asked (review R4).
_TRAIT_SHOWN = re.compile(r"demonstrated by|keeps? abreast|is (?:generally |usually )?shown by",
                          re.IGNORECASE)
_SHOWN_BY_DEEDS = re.compile(r"\(for example,?[ \t]+([a-z]+)[^()\n]{0,300}\)")


def _third_person_deed(word: str) -> bool:
    """Is ``word`` a verb in the third person ("reads", "participates", "maintains")?"""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        and (verb_form(word[:-1]) or verb_form(word[:-2]) or any_verb_form(word[:-1]))


def _stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]{3,}", text.lower())}


_SMALL = frozenset({"and", "the", "with", "for", "skil", "abil"})


# Words that name a soft skill as plainly as its own: "supervisory experience" and
# "supervising staff" are Team Leadership asked in so many words.
_ALSO_NAMED = {"Team Leadership": {"supe"}}


def soft_in_other_words(surface: str, name: str) -> bool:
    """Is a soft skill read from words that do not name it ("good judgment" for
    Decision Making, "accountable" for Ownership)? Sharing a stem is naming it:
    "detail-oriented" names Attention to Detail, "organized" Organizational Skills."""
    if not surface.strip():
        return False  # read from a duty ("lead a team"): the duty names it
    return not (_stems(surface) & (_stems(name) | _ALSO_NAMED.get(name, set()))) - _SMALL


# The rest of a longer name: a capitalised word ("Google Ads") or a model's letters and
# number ("PACCAR MX-13", "Cummins X15").
_CAPITAL_AFTER = r"[ \t]+(?:[A-Z][a-z]{2,}|[A-Z]{1,3}-?\d{1,4}\b)"


def short_form(text: str, name: str) -> bool:
    """Is a one-word capitalised ``name`` the first word of a longer name the same posting
    writes ("Google" beside "Google Ads", "Meta" beside "Meta Ads Manager")?"""
    if " " in name or not name[:1].isupper() or f"{name} " not in text:
        return False
    return _longer_name(name).search(text) is not None


@functools.lru_cache(maxsize=1024)
def _longer_name(name: str) -> re.Pattern[str]:
    r"""``short_form``'s pattern for ``name``, made once for each name (product names
    recur from posting to posting; making a pattern costs more than reading with it).
    "G(?<![\w-]G)oogle" is "(?<![\w-])Google", opening with its letter so that ``re``
    skips ahead to it instead of trying the look-behind at every character."""
    first = name[0]  # a capital: re.escape leaves letters as they are
    return re.compile(rf"{first}(?<![\w-]{first}){re.escape(name)[1:]}{_CAPITAL_AFTER}")


# "picking, packing and shipping": the vocabulary's "Packing and Shipping" closes a list
# of activities, each of which is asked on its own.
_PAIR = re.compile(r"([a-z]{3,}ing)[ \t]+(?:and|&)[ \t]+([a-z]{3,}ing)")
_ACTIVITY_BEFORE = re.compile(r"\b[a-z]{3,}ing,[ \t]*$")


def listed_activities(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The activities of a pair name ("packing and shipping") that closes a list of
    activities ("picking, packing and shipping"): (name, start, end) each, else []."""
    m = _PAIR.fullmatch(text, start, end)
    if m is None or _ACTIVITY_BEFORE.search(text, max(0, start - 30), start) is None:
        return []
    return [(w.capitalize(), m.start(k), m.end(k)) for k, w in enumerate(m.groups(), 1)]


# Kinds of customer or market a seller calls on, named by a list of describing words
# that share the noun: "fleet and shop accounts", "grocery, convenience and on-premise
# accounts", "restaurant and hotel customers".
_ITEM_WORD = r"(?![a-z-]*ing\b)[a-z][a-z-]*"  # a describing word, no "-ing" deed
_SHARED_HEAD_AFTER = re.compile(
    rf"(?:[ \t]*,[ \t]*{_ITEM_WORD}){{0,2}}"
    rf"(?:[ \t]*,?[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*){_ITEM_WORD}"
    # Not "clients" nor "channels": "payroll and tax clients", "social media and email
    # channels" name the work done for them.
    r"[ \t]+(?:accounts|customers|stores|locations|markets|segments|sectors|verticals)\b")


# Helping a shopper choose: "Help runners find shoes, apparel and nutrition", "assist
# guests in choosing a gift". What they find or choose is the store's goods.
_CHOOSING = re.compile(
    r"\b(?:help|helps|helping|assist|assists|assisting|guide|guides|guiding)[ \t]+"
    # A shopper, not a client: "Help clients find housing and employment" is a case
    # manager's work.
    r"(?:(?:our|the|each|every)[ \t]+)?(?:customers?|shoppers?|guests?|buyers?|patrons?"
    r"|diners?|visitors?|runners?|riders?|cyclists?|golfers?|hikers?|campers?|travell?ers?"
    r"|homeowners?|pet[ \t]+owners?|them)[ \t]+(?:(?:to|in)[ \t]+)?"
    r"(?:find|finding|choose|choosing|select|selecting|pick[ \t]+out|picking[ \t]+out"
    r"|try[ \t]+on|shop[ \t]+for|shopping[ \t]+for)[ \t]+[^.;:!?\n]*",
    re.IGNORECASE)
# Where such a clause turns to a duty of the hire's own: "..., and explain the menu".
_TURN = re.compile(r",?[ \t]+and[ \t]+([a-z]+)\b")


def chosen_goods_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` naming what shoppers are helped to find or choose ("Help runners
    find shoes, apparel and nutrition"): the store's goods, no ask. A turn to the hire's
    own verb ends the span ("Help customers pick out paint and explain color
    matching")."""
    low = text.lower()
    if "help" not in low and "assist" not in low and "guid" not in low:
        return []
    out = []
    for m in _CHOOSING.finditer(text):
        end = m.end()
        for turn in _TURN.finditer(text, m.start(), end):
            if verb_form(turn.group(1)):
                end = turn.start()
                break
        out.append((m.start(), end))
    return out


def describes_listed_accounts(text: str, start: int, end: int) -> bool:
    """Is the lower-case word ending at ``end`` one of a list of describing words that share
    a noun for customers or markets ("grocery, convenience and on-premise accounts",
    "existing fleet and shop accounts")? It says which accounts, no skill. Capitalised
    names are left alone ("Google Ads and Meta accounts" are tools)."""
    last = text[max(start, text.rfind(" ", start, end) + 1):end]
    # A describing word is singular: "Prepare renewal submissions and market accounts to
    # carriers" joins two duties, and "submissions" is no kind of account.
    # Nor a deed's "-ing" word: "Open checking, savings and certificate accounts" opens
    # accounts (Account Opening).
    return last.islower() and not (last.endswith("s") and not last.endswith("ss")) \
        and not last.endswith("ing") and _SHARED_HEAD_AFTER.match(text, end) is not None


_PARTICIPLE = re.compile(r"[a-z]{3,}ed")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|our|this|its|their|your)[ \t]+$", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]{3,}\b")


def modifies_a_word(text: str, start: int, end: int) -> bool:
    """Is a two-capital acronym the first half of a hyphenated describing word ("an
    OR-ready vendor credential", "PC-based tools")? It describes the next word; read
    alone it is another field's acronym. Any word before "-ready" is ("keep records
    audit-ready", "payroll-ready timesheets"): the thing is ready for it, and no one
    is asked to do it. Nor is anyone asked to do what a word in -ed between a
    determiner and a noun says was done ("the negotiated schedule")."""
    if text.startswith("-ready", end) and not text[end + 6:end + 7].isalpha():
        return True
    if start >= 4 and text[start - 4:start].lower() == "non-":
        return True  # "Delivery Driver (Non-CDL)": the job needs none
    if _PARTICIPLE.fullmatch(text, start, end) and _DETERMINER_BEFORE.search(
            text, max(0, start - 6), start) and _LOWER_WORD_AFTER.match(text, end):
        # "salary follows the negotiated schedule": a word in -ed between a determiner
        # and a noun says what was done to the thing, by others; no one is asked to.
        return True
    return (end - start == 2 and text[start:end].isupper() and end + 1 < len(text)
            and text[end] == "-" and text[end + 1].islower())


# The employer's own workplace named by its trade: "our busy pediatric office", "We are
# a family dental practice", "this orthopedic clinic". The trade describes where the job
# is, not what is asked (an ask of such experience says "experience in a pediatric office").
# The employer's own people named by their trade the same way: "our janitorial vendor",
# "our framing crews", "Our leasing, maintenance and accounting teams" (the trade words
# of one list share the noun). Colleagues and contractors already there, not an ask.
_PLACES_OR_PEOPLE = (
    r"(?:office|offices|practice|practices|clinic|clinics|firm|hospital|facility"
    r"|center|centre|unit|agency|group|team|department|company|shop|store|restaurant"
    r"|school|warehouse|plant|branch|lab|laboratory"
    r"|teams|departments|crews?|vendors?|suppliers?|staff)\b")
_WORKPLACE_AFTER = re.compile(
    r"(?:,[ \t]*[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?)*,?[ \t]+(?:and|&)[ \t]+[a-z][a-z-]*"
    r"(?:[ \t]+[a-z][a-z-]*)?[ \t]+" + _PLACES_OR_PEOPLE
    + r"|[ \t]+" + _PLACES_OR_PEOPLE, re.IGNORECASE)
_OURS_BEFORE = re.compile(
    r"\b(?:our|this|we(?:'re|’re| are) an?|is an?|join an?)[ \t]+"
    r"(?:[A-Za-z-]+,?[ \t]+){0,3}$", re.IGNORECASE)
# A hit whose own last word is that noun ("framing crews" is a carpentry alias), or a
# centre of the employer's ("all pre-set by our call center").
_ENDS_IN_PEOPLE = re.compile(r"(?<![\w-])(?:teams?|crews?|vendors?|staff|cent(?:er|re)s?)$",
                             re.IGNORECASE)


# Goods named by the trade they serve: "order office and janitorial supplies", "a
# distributor of janitorial chemicals, paper goods and can liners", "restock welding and
# medical supplies". The trade word says which goods are handled or sold; moving, ordering
# or selling them asks no skill of that trade (the goods themselves, "Office supplies", are
# read by their own name when the vocabulary holds one). Only nouns of consumable goods:
# "welding equipment" or "cleaning products" may be what the job runs or sells.
_GOODS = r"(?:supplies|chemicals|consumables|disposables)\b"
_GOODS_AFTER = re.compile(
    r"(?:,[ \t]*[a-z][a-z-]*)*,?[ \t]+(?:and|&|or)[ \t]+[a-z][a-z-]*[ \t]+" + _GOODS
    + r"|[ \t]+" + _GOODS, re.IGNORECASE)


# A verb that only moves things by hand or machine, then what it moves (not "haul": a
# driver hauls dry van, reefer or hazmat loads, kinds of work asked): "load the trucks
# with lumber, drywall and roofing", "unload pallets of roofing", "restock flooring and
# tile". Between the verb and the hit: at most a short object ending in "with" or "of",
# then list items of one or two words, each closed by a comma or "and" (so "load trucks
# and run the CNC router" is no list).
_HANDLING = re.compile(
    # Not a noun after its determiner: "the stages of change", "our stock of tile".
    r"(?<!the )(?<!The )(?<!a )(?<!an )(?<!our )(?<!of )(?<!in )"
    r"\b(?:load(?:s|ed|ing)?|unload(?:s|ed|ing)?|stack(?:s|ed|ing)?"
    r"|stag(?:e|es|ed|ing)|restock(?:s|ed|ing)?|stock(?:s|ed|ing)?|tarp(?:s|ped|ping)?"
    r"|strap(?:s|ped|ping)?|palleti[sz](?:e|es|ed|ing)|unbox(?:es|ed|ing)?)"
    r"(?:[ \t]+(?:(?:the|a|an|our|each|every|all|their)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}?"
    r"(?:with|of))?"
    r"[ \t]+(?:[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?"
    r"(?:,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+))*$",
    re.IGNORECASE)
# What every match of ``_HANDLING`` holds: a window holding none of them is not scanned
# (its seven look-behinds and IGNORECASE verbs were tried at every character).
_HANDLING_VERBS = ("load", "stack", "stag", "stock", "tarp", "strap", "palleti", "unbox")
# What a machine or system is named by: "load CNC machines", "stock the Pyxis units"
# ask for the machine's work.
_WORKED_ON = re.compile(
    r"[ \t]+(?:machines?|lathes?|mills?|press(?:es)?|equipment|systems?|software|programs?"
    r"|units?|stations?|cabinets?)\b", re.IGNORECASE)


def names_goods(text: str, start: int, end: int,
                duty_verb: Callable[[str], bool] | None = None) -> bool:
    """Do the words at ``start:end`` only say which goods are meant ("janitorial
    supplies", "janitorial and breakroom supplies")? The goods' noun follows them, alone
    or after the list's other kinds. Or do they name what a verb of moving handles
    ("load the trucks with lumber, drywall and roofing")? The trade of the goods is no
    skill of the one who moves them. With ``duty_verb`` (is a word, in its base form, a
    duty's verb?), words that open with a duty's "-ing" are a duty of their own
    (``listed_duty``)."""
    if _GOODS_AFTER.match(text, end) is not None:
        return True
    return moved_goods(text, start, end) and not (
        duty_verb is not None and listed_duty(text, start, end, duty_verb))


def listed_duty(text: str, start: int, end: int, duty_verb: Callable[[str], bool]) -> bool:
    """Do the words at ``start:end`` tell a duty of their own, listed after a verb of
    moving: two words or more opening with a duty verb's "-ing" ("You'll be restocking
    shelves, bagging groceries and greeting customers", "keeping your station stocked
    and clean, labeling and dating everything")? A service job's day is told as such a
    list, and its verb of moving ("stock", "load") is only its first duty; the goods a
    verb moves are nouns ("lumber, drywall and roofing"), and one "-ing" word among
    them ("roofing") stays a good."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    first = words[0].lower()
    return first.endswith("ing") and duty_verb(first)


# Last words of a name that tell a piece of work, never goods: "stocking coolers and
# garnish prep" stocks the coolers and preps the garnish.
_WORK_ENDS = ("prep", "preparation", "setup", "set-up", "cleanup", "clean-up", "rotation",
              "breakdown", "changeover")


def moved_goods(text: str, start: int, end: int) -> bool:
    """Do the words at ``start:end`` name what a verb of moving handles ("unload
    trailers of meat, dairy and frozen produce"), and no machine ("load CNC machines")?
    Words that end in a piece of work ("garnish prep", "station setup") are a duty of
    their own, listed after the moving, never goods."""
    if text[start:end].lower().endswith(_WORK_ENDS) and " " in text[start:end].strip():
        return False
    before = max(0, start - 70)
    window = text[before:start]
    low = window.lower()
    if stands_in(window, low) and not any(verb in low for verb in _HANDLING_VERBS):
        return False  # no verb of moving before the words: most calls, no scan
    return _HANDLING.search(text, before, start) is not None \
        and _WORKED_ON.match(text, end) is None


_MOVING = re.compile(r"\b(?:un)?load|\bstack|\bstag(?:e|ing)|\b(?:re)?stock|\btarp|\bstrap"
                     r"|\bpalleti[sz]|\bunbox", re.IGNORECASE)


def names_the_moving(name: str) -> bool:
    """Does a phrase read from a verb of moving and its object name the moving itself
    ("Pallet unloading" of "Unload pallets from trailers")? Then it is the duty, not the
    goods moved."""
    return _MOVING.search(name) is not None


def our_workplace(text: str, start: int, end: int) -> bool:
    """Do the words at ``start:end`` name the trade of the employer's own workplace
    ("our busy pediatric office") or of its own people ("our framing crews", "our
    janitorial vendor")? The noun follows them (or ends them), and "our", "this" or
    "we are a" stands a few words before."""
    if _WORKPLACE_AFTER.match(text, end) is None and \
            _ENDS_IN_PEOPLE.search(text, max(start, end - 6), end) is None:
        return False
    return _OURS_BEFORE.search(text, max(0, start - 40), start) is not None


# A capitalised job noun after a capitalised skill word: "As an Innovation Specialist",
# "our Marketing Manager". The words name someone's role.
_TITLE_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?:Specialist|Manager|Coordinator|Director|Analyst"
    r"|Engineer|Officer|Lead|Consultant|Associate|Assistant|Representative|Administrator"
    r"|Supervisor|Technician|Strategist|Advisor|Adviser|Partner|Generalist|Planner"
    r"|Executive|Designer|Architect)s?\b")


def in_a_title(text: str, start: int, end: int) -> bool:
    """Is a capitalised skill word part of a job's name written in the text ("as an
    Innovation Specialist")? An umbrella read from a title is no ask."""
    return text[start:start + 1].isupper() and _TITLE_AFTER.match(text, end) is not None


# Before a language's name: a credential's or degree's subject ("a Single Subject
# credential in English") or a capitalised word naming a product or course with it
# ("Burlington English"): the language is not asked.
_SUBJECT_OF = re.compile(
    r"\b(?:credential|certificate|certification|licen[cs]e|degree|endorsement|authori[sz]ation"
    r"|major|minor|diploma)[ \t]+in[ \t]+$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[a-z,;][ \t]+([A-Z][a-z]+)[ \t]+$")


def language_in_a_name(text: str, start: int, is_language: Callable[[str], bool]) -> bool:
    """Is the language at ``start`` a credential's subject or part of a product's name?
    ``is_language(word)`` tells a language's name: "Spanish and English" names two."""
    before = text[max(0, start - 40):start]
    if _SUBJECT_OF.search(before):
        return True
    m = _NAME_BEFORE.search(before)
    return m is not None and not is_language(m.group(1))


def agents_of(surface: str, name: str) -> bool:
    """Do the words name the people (or machines) that do the skill rather than the
    skill: "dishwashers" for Dishwashing, "innovators" for Innovation? The vocabulary
    reads a plural agent noun as its activity; asked, the activity is written."""
    low = surface.lower()
    if " " in low or not low.endswith(("ers", "ors", "ists")):
        return False
    # The activity is the name's first word ("Dishwashing", "Innovation strategy"):
    # "doors" for Door Installation, "motors" for Motor repair are the things the work
    # is done on, their plural spelled like an agent's.
    first = name.lower().split(" ", 1)[0]
    return first.endswith(("ing", "ion")) and low[:4] == first[:4]


# "typing at 45 WPM or better", "a 50 LBS lift": capitals right after a count are the
# count's unit, when nothing names a part after them ("29 CFR Part 1910" is a rule).
_COUNT_BEFORE = re.compile(r"(?<![\w./])\d[\d,.]*\+?[ \t]+$")
# "the 2023 NEC", "2021 IBC": a year before a code's acronym names its edition, no count.
# Only after "the", a preposition or a line's start: "a 2000 PSI washer" is a count.
_EDITION_BEFORE = re.compile(r"(?:^|\n|[(•*-]|\b(?:the|of|to|per|under|with|and|or|by"
                             r"|in)[ \t]+)(?:19[89]\d|20[0-4]\d)[ \t]+$", re.IGNORECASE)
# "Level 2 EMT", "Grade 5 ELA", "Class 3 CDL": a number that labels a rank is no count.
_RANK_BEFORE = re.compile(r"\b(?:level|tier|grade|class|phase|part|section|step|type"
                          r"|category|stage|version|no\.?|#)[ \t]*\d[\d,.]*\+?[ \t]+$",
                          re.IGNORECASE)
_UNIT_AFTER = re.compile(r"[ \t]*(?:$|[.,;:!?)\]/\n]|(?:or|and|per|minimum|min|max|at|to"
                         r"|with|on|for|in)\b)")
# An organisation's name closes on a word for an organisation: "Lakeside Health &
# Rehabilitation Center", "Valley Solar Energy Cooperative", "Apex Electric, Inc.".
# Words for a product's maker ("Systems", "Services") are left out: "Amazon Web
# Services" is a skill; so are words that close a credential's or a course's name
# ("ITIL Foundation", "Academy").
_ORGANISATION_AFTER = re.compile(
    r"(?:[ \t]+(?:&|and|of|for|[A-Z][\w'’.-]*)){0,4}?,?[ \t]+(?:Center|Centre|Cooperative"
    r"|Co-op|Hospital|Clinic|Inc\.?|LLC|Ltd\.?|Company|Corporation|Corp\.?"
    r"|Institute|University|College|Association|Society|Authority|Council|Bank|Partners"
    r"|Alliance|Credit Union|Museum|Library|Academy|School|Ministries"
    # A school named by its level: "Sage Hills Elementary", "Riverside Middle".
    r"|Elementary|Middle|High|Intermediate|Preschool|Montessori)"
    r"(?![\w-])(?![ \t]+[A-Z])")
# "during peak season", "during the dinner rush": when the work happens.
_DURING = re.compile(r"\bduring[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|our[ \t]+)?$",
                     re.IGNORECASE)
# What a job does rather than when: "teach parenting skills during home visits",
# "assist the dentist during procedures".
_WORK_DONE = re.compile(r"\b(?:visits|procedures|surger(?:y|ies)|exams|inspections"
                        r"|deliveries|sessions|appointments|assessments|evaluations"
                        r"|installations|repairs|audits|inventory counts)$", re.IGNORECASE)
# "keep the shop compliant", "keep our vendors straight": the state the object is
# kept in. The verbs that take such a state after their object, and its words: an
# adjective's ending, or the plain adjectives of order and readiness.
_KEEPING = re.compile(
    r"\b(?:keep|keeps|keeping|make|makes|making|leave|leaves|get|gets|hold|holds)[ \t]+"
    r"(?:(?:the|a|an|our|your|their|its|all|every|each|\d[\w-]*)[ \t]+)*"
    # A count and the list's first kinds before the span: "keeping 40 to 60 local and
    # (linehaul drivers moving)".
    r"(?:(?:to|\d[\w-]*)[ \t]+)*(?:[a-z][\w-]*,?[ \t]+(?:and|or)[ \t]+)?$", re.IGNORECASE)
# Endings of adjectives only: "-ant"/"-ent" close nouns too ("plant", "content").
_STATE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "less")
_STATES = word_set(
    """
    straight clean current safe ready tidy secure clear full free open accurate neat
    organized organised stocked compliant sanitary orderly operational running level
    moving flowing rolling
    """)


def _a_state(word: str) -> bool:
    low = word.lower()
    return low in _STATES or low.endswith(_STATE_ENDINGS)


# A list whose last item ends in a sector's or a product's noun that its other items share:
# "outdoor, sporting goods or specialty retail", "foodservice or beverage delivery",
# "HR tech, payroll or workforce management software".
_SHARED_SECTOR = re.compile(
    r"(?:[ \t]+[a-z][\w-]*)?(?:,[ \t]*(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)*,?[ \t]+"
    r"(?:or|and|and/or)[ \t]+(?!(?:an)?other\b|similar\b|any\b|related\b)"
    r"(?:[a-z][\w-]*[ \t]+){1,2}(?:retail|software|delivery|sales|industry|industries|goods"
    r"|settings|environments)"
    # The list ends there: "... specialty retail.", "... software experience".
    r"(?=[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:experience|background|companies|company|is|are)\b)")


def shares_a_sector(text: str, start: int, end: int) -> bool:
    """Is the lower-case word ``text[start:end]`` an item of a list that shares the last
    item's sector noun ("outdoor" of "outdoor, sporting goods or specialty retail")? It
    names a kind of retail or software, and alone no skill."""
    surface = text[start:end]
    return surface.islower() and " " not in surface and end < len(text) \
        and text[end] in ", " and _SHARED_SECTOR.match(text, end) is not None


# What the work lets others do: "enter freight bills so billing can invoice next
# morning", "tag tickets so that the product team can spot trends". The words after
# "so (that) <others> can" tell the purpose, another person's or team's work, not the
# hire's. Not when the others are the people the job teaches, cares for or trains ("so
# that every student can decode words", "so staff can use Workday"): what they learn is
# what the job teaches. The purpose must hold the word in its own clause.
_FOR_OTHERS = re.compile(
    r"\bso(?:[ \t]+that)?[ \t]+(?:(?:the|our|your|their|each|every|a|an)[ \t]+)?"
    r"(?!(?:you|we|i|students?|children|child|kids|learners?|patients?|clients?|residents?"
    r"|participants?|famil(?:y|ies)|youth|trainees?|apprentices?|staff|employees?"
    r"|users?|new|team[ \t]+members?|everyone|they|he|she)\b)"
    r"(?:[A-Za-z][\w'’-]*[ \t]+){1,3}(?:can|could|will|may|might|knows?|are[ \t]+able[ \t]+to"
    r"|is[ \t]+able[ \t]+to)[ \t]+[^.;:!?\n]*$", re.IGNORECASE)


def for_others_to_do(text: str, start: int) -> bool:
    """Does the word at ``start`` stand in a purpose told of others ("so billing can
    invoice", "so that our accountants can reconcile accounts")?"""
    before = text[max(0, start - 100):start]
    low = folded(before)  # most spans have no "so " before them in any case
    if low is not None and "so " not in low:
        return False
    return _FOR_OTHERS.search(before) is not None


def named_in_passing(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` say how much, who, where, when or how rather than what
    the person must know: a count's unit ("45 WPM"), a word of an organisation's name,
    the place or the time of the work, or the state a duty keeps its object in ("keep
    the shop compliant")?"""
    if in_a_place(text, start, end) or shares_a_sector(text, start, end) \
            or for_others_to_do(text, start):
        return True
    surface = text[start:end]
    before = text[max(0, start - 40):start]
    # (A unit is letters only: "941, W-2" lists two forms, no count of W-2s.)
    if surface.isupper() and surface.isalpha() and 2 <= len(surface) <= 4 \
            and _COUNT_BEFORE.search(before) \
            and not _RANK_BEFORE.search(before) and not _EDITION_BEFORE.search(before) \
            and _UNIT_AFTER.match(text, end):
        return True
    if surface[:1].isupper() and _ORGANISATION_AFTER.match(text, end):
        return True
    low = folded(before)  # most spans: no "during" before them in any case
    if (low is None or "during" in low) and _DURING.search(before) \
            and not _WORK_DONE.search(surface):
        return True  # "during peak season", but "during home visits" is the work
    words = surface.split()
    return len(words) >= 2 and _a_state(words[-1]) and _KEEPING.search(before) is not None


# "answer questions in English and Spanish": the languages the work is done in. The
# posting's own language is no ask beside another one; a proficiency word names it
# ("fluent English and Arabic"), and the second language is asked either way.
_IN_BEFORE = re.compile(r"\bin[ \t]+(?:both[ \t]+)?$", re.IGNORECASE)
_OTHER_AFTER = re.compile(r"[ \t]*(?:,|/|and|or|&)[ \t]*(?:(?:also|either)[ \t]+)?"
                          r"([A-Z][a-z]+)")


def in_the_medium(text: str, start: int, end: int, is_language: Callable[[str], bool]
                  ) -> bool:
    """Is "English" at ``start`` the language the work is done in beside another one
    ("in English and Spanish")? ``is_language(word)`` tells a language's name."""
    if text[start:end] != "English" or not _IN_BEFORE.search(text, max(0, start - 12), start):
        return False
    other = _OTHER_AFTER.match(text, end)
    return other is not None and is_language(other.group(1))


_S = TypeVar("_S")

# Plain names. A phrase read by its place in the posting is named as a person names the
# skill: the words of the skill, without the frame the sentence put around them.
# "the evolving nature of the work": a noun that governs an "of" phrase after an article
# names a property of the thing after "of", never a skill of its own.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE)
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+\S")
# "help control food and labor costs": "help" takes a bare verb, which opens no name.
_HELP_BEFORE = re.compile(r"\bhelp(?:s|ing)?[ \t]+(?:to[ \t]+)?$", re.IGNORECASE)
# Nouns for a way or a body of doing something ("positive guidance strategies",
# "negotiation techniques"): the words before them name the skill.
_MANNER_HEADS = word_set(
    """
    strategy strategies technique techniques method methods approach approaches tactic
    tactics principle principles practice practices concept concepts skill skills
    fundamentals basics
    """)
# The words left must end in a plain noun: "classic cooking techniques" stays whole
# (an activity's "-ing" alone is vague), as does "instructional strategies".
_NOT_NOUN_ENDINGS = ("al", "ed", "ive", "ous", "ful", "able", "ible", "ic", "ly", "ing")
# "manual therapy techniques such as soft tissue mobilization": the examples are of
# the whole phrase, which keeps its words.
_EXAMPLES_AFTER = re.compile(r"[ \t]*(?:\(|,?[ \t]+(?:such[ \t]+as|like|including|e\.g\.))",
                             re.IGNORECASE)
_WORD_SPANS = re.compile(r"\S+")
# Capitals right before a lower-case phrase, as its first word ("AP automation software").
_ACRONYM_BEFORE = re.compile(r"(?<![\w./-])([A-Z]{2,5})[ \t]+$")


# A duty's verb right before its object ("Forecast budget spend"); a line's first word
# is one when it is a bare word.
_VERB_BEFORE = re.compile(r"\b([A-Za-z]{3,})[ \t]+$")


def plain_phrase(text: str, start: int, end: int, lookup: Callable[[str], object],
                 noun: Callable[[str], str], is_verb: Callable[[str], bool]
                 ) -> tuple[str, int, int] | None:
    """The plain name of a phrase read by its place (``text[start:end]``), with its
    span, or None when the phrase names no skill:

    - a noun governing an "of" phrase after an article ("the evolving nature of") is none;
    - a bare verb after "help" is no part of a name ("help control food costs");
    - a noun of manner after a skill's words goes ("positive guidance strategies" is
      Positive guidance) where two words or a known skill remain;
    - a plural of a thing an activity makes ("occupancy forecasts") is named by the
      activity where ``lookup`` knows that name (Occupancy forecasting); ``noun``
      gives a verb's noun of activity;
    - an object after a duty's verb ("forecast budget spend") may be named by the
      activity (``duties.object_activity``); ``is_verb`` tells the verbs.

    ``lookup`` is the vocabulary's: a name it holds is returned as it writes it."""
    if text[start:start + 1].islower() and _OF_AFTER.match(text, end) \
            and _ARTICLE_BEFORE.search(text, max(0, start - 30), start):
        return None  # a capitalised name stays: "the Pyramid Model of support"
    spans = [m.span() for m in _WORD_SPANS.finditer(text, start, end)]
    glued = _ACRONYM_BEFORE.search(text, max(0, start - 8), start)
    if glued is not None and len(spans) >= 2:
        # "AP automation software": the capitals are the phrase's first word.
        spans.insert(0, glued.span(1))
    if len(spans) >= 2 and _HELP_BEFORE.search(text, max(0, start - 16), start):
        spans = spans[1:]
        if len(spans) < 2:
            return None
    words = [text[a:b] for a, b in spans]
    if len(words) >= 2 and words[-1].lower() in _MANNER_HEADS \
            and not _EXAMPLES_AFTER.match(text, end):
        rest = words[:-1]
        if not rest[-1].lower().endswith(_NOT_NOUN_ENDINGS):
            known = lookup(" ".join(rest))
            if len(rest) >= 2 or known is not None:
                spans = spans[:-1]
                words = rest
    a, b = spans[0][0], spans[-1][1]
    phrase = text[a:b]
    verb = _VERB_BEFORE.search(text, max(0, a - 20), a)
    if verb is not None and (is_verb(verb.group(1).lower()) or text[
            max(0, verb.start(1) - 4):verb.start(1)].rstrip(" \t-•*·")[-1:] in ("", "\n")):
        # "forecast budget spend": Budget forecasting (``duties.object_activity``); a verb
        # told of the hire in the third person ("who troubleshoots relay logic") in its
        # base form, never "troubleshootsing".
        said = verb.group(1)
        base = third_person_base(said)
        if base != said.lower() and said.islower() and is_verb(base):
            said = base
        activity = object_activity(said, words, lookup, noun)
        if activity is not None:
            return activity, a, b
    thing = words[-1].lower()
    if len(words) >= 2 and thing.endswith("s") and lookup(phrase) is None:
        done = lookup(" ".join([*words[:-1], noun(singular(thing))]))
        if done is not None:
            return getattr(done, "name", phrase), a, b
    return phrase[:1].upper() + phrase[1:], a, b


def object_skill(name: str, lookup: Callable[[str], _S | None],
                 is_verb: Callable[[str], bool]) -> _S | None:
    """The skill a vocabulary name made of a verb's "-ing" and another skill is about
    ("Reading wiring diagrams" is Wiring diagrams, "Drafting pleadings" Pleadings), or
    None. The report names what the person knows, as the resume would list it; the
    "-ing" of a trade's own name ("Welding metallurgy") or of a noun ("Engineering
    leadership", a soft skill) is left whole."""
    first, _sep, rest = name.partition(" ")
    low = first.lower()
    if not rest or not low.endswith("ing") or len(low) < 6 or not low.isalpha():
        return None
    stem = low[:-3]
    bases = (stem, stem + "e", stem[:-1]) if stem[-1:] == stem[-2:-1] else (stem, stem + "e")
    if not any(is_verb(b) for b in bases) or lookup(first) is not None:
        return None
    skill = lookup(rest)
    if skill is None or getattr(skill, "kind", "") != "hard":
        return None
    return skill if str(getattr(skill, "name", "")).lower()[:4] == rest.lower()[:4] else None


# "Texas State Board of Pharmacy technician registration": the body that issues a
# credential, written inside its name. Its subject after "of" stays.
_ISSUER = re.compile(r"\b(?:State[ \t]+)?(?:Board|Department|Commission|Bureau|Division)"
                     r"[ \t]+of[ \t]+(?=[A-Z][a-z]+[ \t]+[a-z])")


def without_issuer(name: str) -> str:
    """A credential's name without the body that issues it, as a person names it: "Texas
    State Board of Pharmacy technician registration" is the Texas pharmacy technician
    registration. A body's name that is all the name holds ("Board of Pharmacy
    registration") is the only way to tell the credential and stays; so does a
    capitalised credential after it ("Board of Nursing RN license")."""
    m = _ISSUER.search(name)
    if m is None or not name[:m.start()].strip():
        return name
    rest = name[m.end():]
    subject, _sep, after = rest.partition(" ")
    if after.split(" ", 1)[0].lower() == subject.lower():
        # "Ohio Board of Pharmacy pharmacy technician registration": the credential
        # names its field again; said once ("Ohio pharmacy technician registration").
        rest = after
    return name[:m.start()] + rest[:1].lower() + rest[1:]


# An organisation's budget told by its size: "our $9M operating budget comes from
# donors", "a nonprofit with an annual budget over $5M", "an operating budget of $85M".
_SIZE_BEFORE = re.compile(
    r"\b(?:our|its|their|the district's|the agency's)[ \t]+\$[\d.,]+[ \t]*(?:[kmb]\b|million"
    r"|billion)?[ \t]*$", re.IGNORECASE)
_SIZE_AFTER = re.compile(
    r"[ \t]+(?:of|over|above|exceeding|near|around|topping|under)[ \t]+(?:about[ \t]+)?\$",
    re.IGNORECASE)
_RUN_BEFORE = re.compile(
    r"\b(?:manag|build|oversee|prepar|develop|own|monitor|track|administer|plan|run"
    r"|control|reconcil|forecast|balanc|draft|maintain|steward|lead|direct|head|supervis"
    r"|responsib|accountab)\w*\b[^.;:\n]{0,40}$",
    re.IGNORECASE)
_HAS_A = re.compile(r"\b(?:with|has|have|had)[ \t]+(?:an?|its|their)[ \t]+(?:[\w-]+[ \t]+)?$",
                    re.IGNORECASE)


def an_organisations_budget(text: str, start: int, end: int) -> bool:
    """Is the budget named at ``start:end`` the size of an organisation, no budget the
    hire runs? Its amount stands after "our" ("our $9M operating budget comes from
    individual donors"), or the organisation "has" or is "with" it and its amount
    follows ("a nonprofit with an annual budget over $5M", "The district has an
    operating budget of $85M"). "Manage a $250,000 program budget" is the job's."""
    if not text[start:end].lower().endswith("budget"):
        return False
    if _RUN_BEFORE.search(text, max(0, start - 60), start):
        return False  # "Build and manage our $2M operating budget": the hire's
    if _SIZE_BEFORE.search(text, max(0, start - 30), start):
        return True
    return _SIZE_AFTER.match(text, end) is not None \
        and _HAS_A.search(text, max(0, start - 30), start) is not None
