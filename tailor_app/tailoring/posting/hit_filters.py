"""Vocabulary hits in a posting that are no ask: a word read in another sense (a state's
code, a describing word inside a name, a worker named by a credential, "bilingual
English/Spanish"), and the duty-shaped hits ("plan lessons") added beside the names.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Callable, Sequence

from tailor_app.tailoring.posting.events import EVENT_AFTER, planned_before
from tailor_app.tailoring.posting.foreign_senses import skill_families
from tailor_app.tailoring.posting.protocols import HitLike, VocabularyLike
from tailor_app.tailoring.posting.shared import SharedHit
from tailor_app.tailoring.posting.title import is_person_noun
from tailor_app.tailoring.skills.phrases import verb_form
from tailor_app.tailoring.skills.stems import word_stems
from tailor_app.tailoring.text import word_set


def deed_hits(vocabulary: VocabularyLike, text: str, found: Sequence[HitLike],
              reception: list[tuple[int, int]] | None = None,
              title: str | None = None) -> list[HitLike]:
    """Skills the posting writes as a duty ("plan lessons", "track shipments"), unless
    the vocabulary found the same skill in those words already. The spans of calls
    answered in passing (``calls_in_passing``; not in a job of the phones, told by its
    ``title``) go to ``reception``: no phrase is named from them either."""
    deeds = getattr(vocabulary, "deeds", None)
    if deeds is None:
        return []
    spans = {h.skill.name: h for h in found}
    ends = {h.end: h.start for h in found if " " in getattr(h, "surface", "").strip()}
    verbs = getattr(vocabulary, "deed_verbs", None)
    stems: frozenset[str] = verbs() if verbs is not None else frozenset()
    out: list[HitLike] = []

    def is_verb(w: str) -> bool:
        return bool(verb_form(w)) or any(s in stems for s in word_stems(w.lower()))

    for hit in deeds(text):
        same = spans.get(hit.skill.name)
        if same is not None and same.start < hit.end and hit.start < same.end:
            continue
        if hit.end in ends and not _LIST_VERB_BEFORE.search(text, hit.start, ends[hit.end]):
            # "process insurance claims": the posting's own term is the ask; but in
            # "recover and recharge refrigerant" the term is the last verb's own deed
            # ("recharge refrigerant"), and the first verb shares its object.
            continue
        if any(h.start < hit.end < h.end and hit.start < h.start for h in found):
            # "improve our ISO 9001 quality management system": the object's word opens
            # a longer name the posting writes; that name is what is improved.
            continue
        if _object_of_other_trade(text, hit, found):
            continue
        if no_deed(text, hit.start, hit.end, is_verb):
            continue
        if paper_of_a_kind(text[hit.start:hit.end], is_verb):
            continue  # the paper's own name is the ask (the phrase readers name it)
        if calls_in_passing(text[hit.start:hit.end], text[hit.end:hit.end + 60]) \
                and not phone_work(title):
            if reception is not None:
                reception.append((hit.start, hit.end))
            continue
        event = EVENT_AFTER.match(text, hit.end)
        if event is not None:
            # "Plan the monthly safety luncheon", "Plan the annual holiday party": the
            # object is an event, and its words before the event name no planning of
            # their own (no Safety Planning, no "Annual planning"); planned, it is the
            # vocabulary's event planning.
            planning = vocabulary.lookup("event planning") \
                if planned_before(text, hit.start + len(text[hit.start:hit.end].split()[0])) \
                else None
            if planning is not None and planning.name not in spans:
                out.append(SharedHit(planning, hit.start, event.end(),
                                    text[hit.start:event.end()]))
            continue
        out.append(hit)
    return out


# The papers a duty keeps or writes, whose skill is the general one of keeping them
# (Records Management, Report preparation).
# (Not a program: the one a coordinator manages is their work, "manage the youth
# mentoring program" asks Program Management.)
_PAPERS = word_set("record records report reports log logs file files")
# Words before a paper that tell how it is kept, not what it holds: "keep accurate
# records", "prepare monthly reports" still ask for the general skill.
_HOW_KEPT = word_set("""
a an the our your their its his her this that these those each every all any and or
accurate accurately detailed complete thorough timely clear clean neat legible precise
correct proper organized organised written required necessary appropriate current
up-to-date updated daily weekly biweekly bi-weekly monthly quarterly annual yearly
regular routine standard various basic simple comprehensive confidential secure
good excellent careful meticulous several multiple many
""")
_TOKENS = re.compile(r"[A-Za-z0-9][\w'’/-]*")


def paper_of_a_kind(deed: str, is_verb: Callable[[str], bool]) -> bool:
    """Does a duty keep or write a paper named by what it holds ("keep pesticide
    application records", "prepare the weekly AR aging report", "write root cause
    reports")? The posting asks for that
    paper, a narrower thing than the general skill the verb and "records" or "reports"
    name: a reader lists Pesticide records or AR aging, never Records Management or
    Report preparation. Words that only tell how the paper is kept ("accurate",
    "monthly") name no kind of it; nor do the other verbs of the list ("prepare and
    file", "prepare, review")."""
    words = list(_TOKENS.finditer(deed))
    if len(words) < 3 or words[-1].group().lower() not in _PAPERS:
        return False
    for k in range(1, len(words) - 1):
        low = words[k].group().lower()
        if low in _HOW_KEPT:
            continue
        gap = deed[words[k - 1].end():words[k].start()]
        if ("," in gap or words[k - 1].group().lower() in _CONNECTOR) and is_verb(low):
            continue  # another verb of the list
        return True
    return False


# A workplace's calls, named by what makes them the job's own stream of work: a
# dispatcher's 911 calls, a contact centre's inbound or customers' calls.
_CALLS = word_set("call calls phone phones telephone telephones line lines")
_STREAM = word_set("""
911 emergency non-emergency emergencies inbound incoming outbound customer customers
member members caller callers service support sales help helpdesk high-volume
prospect prospects lead leads guest guests client clients
""")
_CALL_VERBS = word_set("""
answer answers answering answered take takes taking took route routes routing routed
handle handles handling handled field fields fielding fielded return returns returning
""")


# Jobs whose own work the phones are: a front desk, an office's or a secretary's, a
# switchboard, a dispatch or contact centre, customer or member service, a scheduler's
# desk.
_PHONE_WORK = re.compile(
    r"\b(?:reception\w*|front[ \t-]+(?:desk|office)|operators?|telephonists?|switchboard"
    r"|office[ \t-]+(?:assistant|clerk|coordinator|manager|administrator|support|specialist)s?"
    r"|administrative|admin|clerical"
    r"|(?:executive|legal|personal|hr|sales|office|front)[ \t-]+assistants?"
    r"|dispatch\w*|telecommunicators?|call[ \t-]+(?:center|centre|taker)s?"
    r"|contact[ \t-]+(?:center|centre)|customer[ \t-]+(?:service|care|support)"
    r"|(?:member|guest|client|patient)[ \t-]+(?:services?|access|relations)|concierge"
    r"|secretar(?:y|ies)|schedulers?|answering[ \t-]+service)\b", re.IGNORECASE)


def phone_work(title: str | None) -> bool:
    """Is the job, by its title, one whose own work the phones are ("Front Desk
    Receptionist", "Dispatcher", "Member Service Representative")?"""
    return bool(title) and _PHONE_WORK.search(title or "") is not None


def calls_in_passing(deed: str, after: str = "") -> bool:
    """Does a duty answer or route the workplace's calls as one task among its trade's
    ("answer patient calls about statements", "answer calls, give tours", "answering the
    department phone")? That is reception work a reader does not list as Phone Support
    (the phone system named beside it is asked in its own words); calls named as the
    job's stream ("answer 911 and non-emergency calls", "answer inbound customer calls")
    are the skill, and so are calls from those the job serves, told after them up to the
    clause's end (``after``: "answer calls and emails from prospects")."""
    words = [w.lower() for w in _TOKENS.findall(deed)]
    if len(words) < 2 or words[-1] not in _CALLS or words[0] not in _CALL_VERBS:
        return False
    clause = _CLAUSE_REST.match(after)
    rest = _TOKENS.findall(clause.group().lower()) if clause is not None else []
    return _STREAM.isdisjoint(words) and _STREAM.isdisjoint(rest)


_CLAUSE_REST = re.compile(r"[^,.;:\n]{0,60}")





def _object_of_other_trade(text: str, hit: HitLike, found: Sequence[HitLike]) -> bool:
    """Is the deed's object the last word of a compound opened by another trade's term
    ("manage central venous catheter access": the catheter's access, no network access
    management)? A term of the posting written right before the object, inside the
    deed, whose skill shares no family of trades with the deed's, names what the object
    is; the verb acting on it is that trade's work, not the deed's skill."""
    own = skill_families(hit.skill)
    if not own:
        return False
    for h in found:
        if not (hit.start < h.start and h.end < hit.end):
            continue
        if text[h.end:hit.end].count(" ") == 1 and text[h.end:h.end + 1] == " ":
            other = skill_families(h.skill)
            if other and not other & own:
                return True
    return False


# A list's "and", "or" or comma right before a name the posting writes: the name opens
# with the list's next verb ("recover and recharge refrigerant").
_LIST_VERB_BEFORE = re.compile(r"(?:,|\s(?:and|or|&))\s*$", re.IGNORECASE)
# Before a verb's form, the words that make it a noun or a describing word: "a lead
# teacher", "the train schedule".
# A determiner and one or two lower-case words before a deed: "our emergency script",
# "the standard pre-arrival script".
_DETERMINER_AND_WORD = re.compile(
    r"(?:^|[^\w-])(?:a|an|the|our|their|your|its|this|that|each|every)[ \t]+"
    r"((?:[a-z][\w-]*[ \t]+){1,2})$", re.IGNORECASE)
# Groups that are the subject of a deed after a determiner: "help the team schedule and
# confirm appointments".
_GROUPS = frozenset({"team", "staff", "crew", "group", "department", "office", "unit", "shift",
                     "family", "client", "customer", "patient", "resident", "student", "child"})
_NOUN_BEFORE = re.compile(r"(?:^|[^\w-])(?:a|an|the|our|their|your|its|this|that|each|every)"
                          r"[ \t]+$", re.IGNORECASE)
# Before a verb's base form, a preposition makes it a noun or a describing word too: "1
# year of lead teacher experience", "experience in train scheduling". Its "-ing" form
# after one is still the deed ("experience in leading teams").
_PREPOSITION_BEFORE = re.compile(r"(?:^|[^\w-])(?:of|in|as|with|for|from|on|at|into|about)"
                                 r"[ \t]+$", re.IGNORECASE)
# Words of time or place that open a clause with no comma after them: "On weekends clean
# the kitchen", "In winter plow snow", "At close count the drawer".
_WHEN_OR_WHERE = word_set("""
weekends weekend weekdays winter summer spring fall autumn season seasons night nights
morning mornings evening evenings afternoon afternoons addition general particular short
turn time times advance case emergencies close opening closing busy peak house person
""")
# A determiner after the verb's form: the verb has an object of its own ("... clean the
# kitchen"), so it is a duty, no compound's noun.
_OWN_OBJECT = re.compile(r"[ \t]+(?:the|a|an|our|your|all|each|every|any|their|its)\b",
                         re.IGNORECASE)
# Words after a particle that join verbs, not nouns: "Check in and schedule patients".
_JOINING = frozenset({"and", "or", "but", "then", "nor", "to", "&"})
_PREPOSITION_AND_WORD = re.compile(
    r"(?:^|[^\w-])(?:of|in|as|with|for|from|on|at|into|about)[ \t]+([a-z][\w-]*)[ \t]+$",
    re.IGNORECASE)
# A capitalised word after a lower-case word or a comma, inside a sentence: a name's
# ("a political Schedule A, Schedule C or Non-Career SES employee").
_NAME_BEFORE = re.compile(r"(?:[a-z]|,)[ \t]+$")
_WORDS = re.compile(r"[A-Za-z][\w'’-]*|,")
_CONNECTOR = frozenset({"and", "or", "&"})
# Where a line or a sentence opens: its start, a bullet's glyph, a full stop or a colon.
_OPENS_LINE = re.compile(r"(?:^|[\n.;:!?•*▪–—-])[ \t]*$")


# A past form after a preposition or after a describing word and "and" describes its
# noun: "from walk-in and scheduled patients", "with licensed staff".
_PAST_FORM = re.compile(r"[A-Za-z]{3,}ed\b")
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:from|for|with|to|of|on|in|at|by|among|between|all|both|new|our|your)"
    r"|([A-Za-z][\w-]*)[ \t]+(?:and|or|&))[ \t]+$", re.IGNORECASE)


def _described(text: str, start: int, is_verb: Callable[[str], bool]) -> bool:
    """Does a deed's past form stand where a describing word goes ("walk-in and
    scheduled patients")? A posting tells duties in the present; its past forms before a
    noun describe it. "Trained and managed staff" joins two verbs and stays a deed."""
    if _PAST_FORM.match(text, start) is None:
        return False
    m = _DESCRIBED_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1)
    return word is None or not (is_verb(word) or word.lower().endswith("ed"))


# Words in -ing or -ion that follow a duty's object without lengthening it.
_OBJECT_CLOSERS = word_set(
    "including following according during being regarding concerning pending excluding")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)\b")


def _object_goes_on(text: str, end: int) -> bool:
    """Does a lower-case noun follow the deed's object, so that the object is a longer
    name's first word ("manage product seeding": no product is managed)?"""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return word.endswith(("ing", "ion")) and word not in _OBJECT_CLOSERS


def no_deed(text: str, start: int, end: int, is_verb: Callable[[str], bool]) -> bool:
    """Is a duty read from ``text[start:end]`` (a verb, maybe a list of verbs, then its
    object) no duty at all? Its verb names a thing when a determiner stands before it
    ("as a lead teacher"), or a preposition stands before its base form ("1 year of lead
    teacher experience"), or it is capitalised inside a sentence ("a Schedule A
    employee"). Its object is some other word's when a comma closes a word of the span
    that is no verb ("scheduling jobs, and explaining a chart to a dispatcher": the
    dispatcher is not scheduled), or when the verb closes a list of nouns ("the scaling,
    monitoring, and security needs": nothing is monitored), or when a past form
    describes the object (``_described``)."""
    before = text[max(0, start - 12):start]
    if _NOUN_BEFORE.search(before):
        return True
    first = _WORDS.match(text, start)
    if first is not None and not first.group().lower().endswith("ing") \
            and _PREPOSITION_BEFORE.search(before):
        return True
    if first is not None and not first.group().lower().endswith("ing"):
        compound = _PREPOSITION_AND_WORD.search(text, max(0, start - 30), start)
        if compound is not None and not compound.group(1).lower().endswith("ly") \
                and compound.group(1).lower() not in _JOINING \
                and compound.group(1).lower() not in _WHEN_OR_WHERE \
                and _OWN_OBJECT.match(text, first.end()) is None \
                and not is_verb(compound.group(1)):
            # "Participate in care plan meetings", "responsible for daily load planning":
            # after a preposition and a word, the verb's form is a noun inside a compound.
            return True
    if _described(text, start, is_verb) or _object_goes_on(text, end):
        return True
    if text[start:start + 1].isupper() and _NAME_BEFORE.search(before):
        return True
    words = _WORDS.findall(text, start, end)
    if len(words) > 2 and words[1].lower() in _CONNECTOR and not is_verb(words[2]) \
            and words[0].lower().endswith("s") and not words[0].lower().endswith("ss") \
            and not _OPENS_LINE.search(text, max(0, start - 8), start):
        # "Present treatment plans and financial options", "Complete post-event reports
        # and inventory": a plural noun in a list of nouns, no verb joined to another.
        # Opening a line or a sentence it is a duty told in the third person ("- Counts
        # and deposits cash", "Frames and sheathes exterior walls").
        return True
    if len(words) > 2 and words[1].lower() in _CONNECTOR and is_verb(words[2]) \
            and words[0].lower().endswith("s") and not words[0].lower().endswith("ss") \
            and not words[2].lower().endswith("s"):
        # "Dispatch loads and track trucks": joined verbs share their form ("load and
        # track", "loads and tracks"); a plural before a plain verb is the object of the
        # verb before it, and nothing is loaded onto the trucks.
        return True
    if len(words) > 2 and words[1].lower() in _CONNECTOR and is_verb(words[2]):
        modifier = _DETERMINER_AND_WORD.search(text, max(0, start - 30), start)
        if modifier is not None and not any(
                w.endswith(("s", "ly")) or w in _GROUPS or is_verb(w)
                for w in modifier.group(1).lower().split()):
            # "follow our emergency script and dispatch the call": after a determiner and
            # a describing word the deed's first word is a noun, the object of the verb
            # before it; the verb after "and" has an object of its own (no Call Scripts).
            return True
    for n, word in enumerate(words[1:], 1):
        if word != ",":
            continue
        if not is_verb(words[n - 1]):
            return True  # "jobs, and ...": an object, closed
        if n == 1 and n + 2 < len(words) and words[n + 1].lower() in _CONNECTOR \
                and not is_verb(words[n + 2]):
            return True  # "monitoring, and security needs": the last of a list
    return False


def name_edges(vocabulary: VocabularyLike
                ) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """Whether a word may open one of the vocabulary's names (its first-word indexes)
    and whether it may close one (the last words of its names, gathered once per
    vocabulary, ~15 ms). A test's small vocabulary without the indexes lets every
    word through."""
    lower = getattr(vocabulary, "_ci_first", None)
    exact = getattr(vocabulary, "_cs_first", None)
    skills = getattr(vocabulary, "skills", None)
    if not isinstance(lower, (set, frozenset)) or not isinstance(exact, (set, frozenset)) \
            or not isinstance(skills, tuple):
        return _any_word, _any_word
    try:
        last = _LAST_WORDS.get(vocabulary)
    except TypeError:
        return _any_word, _any_word
    if last is None:
        last = frozenset(alias.rsplit(" ", 1)[-1].lower() for skill in skills
                         for alias in skill.aliases if " " in alias)
        _LAST_WORDS[vocabulary] = last

    def opens(word: str) -> bool:
        low = word.lower()
        return low in lower or word in exact or low.replace("-", "") in lower

    def closes(word: str) -> bool:
        return word.lower() in last

    return opens, closes


def _any_word(_word: str) -> bool:
    return True


_LAST_WORDS: weakref.WeakKeyDictionary[object, frozenset[str]] = weakref.WeakKeyDictionary()


# Two capitals after a place and a comma: a state or province ("Beaverton, OR"), not
# the acronym another field gives them (the operating room).
_PLACE_BEFORE = re.compile(r"[A-Z][a-z]+,[ \t]*$")
# "report changes to the RN case manager", "ask your LPN", "count with the circulating
# RN": a holder one works with, named by the credential (and a word or two of their part
# in the work), is a person, not an ask ("hold an RN license" still asks, and "serve as
# the charge RN" is the hire).
_HOLDER_BEFORE = re.compile(
    r"(?<!\bas[ \t])(?<!\bbe[ \t])(?<!\bis[ \t])(?<!\bbecome[ \t])"
    r"\b(?:[Tt]he|[Yy]our|[Oo]ur|[Tt]heir)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}$")
_HOLDER_AFTER = re.compile(r"[ \t]+(?:([a-z][\w-]*)[ \t]+)?([a-z][\w-]*)\b|[ \t]*(?:[.;,)\n]|$)")
# The employer's own holder of a credential, one who works beside the hire: "work with our
# outside CPA at year end", "their staff RN on each shift". A preposition after it says
# it is the person ("the CPA exam" is the credential).
_EMPLOYERS_HOLDER = re.compile(
    r"\b(?:our|their)[ \t]+(?:(?:outside|external|in-house|staff|contract|contracted|own)"
    r"[ \t]+)?$", re.IGNORECASE)
_PREPOSITION_AFTER = re.compile(r"[ \t]+(?:at|on|in|for|to|with|during|each|every|who)\b",
                                re.IGNORECASE)


_DESCRIBING = ("ive", "ous", "ful", "ent", "ant", "ough", "ic", "al", "able", "ible", "ed",
               "ile", "ate")


# After an organisation's initials, the people who work for it: "GSA employees", "a
# Non-Career SES employee".
_WORKFORCE_AFTER = re.compile(r"[ \t]+(?:employees?|staff|contractors?|personnel|officials?)\b")


def names_a_workforce(text: str, start: int, end: int) -> bool:
    """Is an all-capitals term the organisation whose people the text names ("not GSA
    employees or contractors")? Whom a rule is about, not a skill anyone is asked."""
    surface = text[start:end]
    return len(surface) >= 2 and surface.isupper() and \
        _WORKFORCE_AFTER.match(text, end) is not None


# A system's qualities: a soft word listed with them names one more ("performance,
# reliability, and security"), not a trait of the person.
_QUALITIES = r"(?:performance|security|scalability|availability|uptime|latency|stability" \
    r"|reliability|resilience|resiliency|maintainability|accessibility|observability)"
_WITH_QUALITIES = re.compile(
    rf"{_QUALITIES}[ \t]*(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|,[ \t]*(?:and|or)[ \t]+)$",
    re.IGNORECASE)
_QUALITIES_AFTER = re.compile(
    rf"[ \t]*(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|,[ \t]*(?:and|or)[ \t]+){_QUALITIES}\b",
    re.IGNORECASE)
# Before a quality a duty works on: "take ownership of reliability", "improve the
# stability of", "ensure availability".
_WORKED_ON_BEFORE = re.compile(
    r"\b(?:ownership[ \t]+of|responsib\w*[ \t]+for|accountab\w*[ \t]+for|improv\w*"
    r"|ensur\w*|maintain\w*|monitor\w*|measur\w*|increas\w*|own)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE)


def a_things_quality(text: str, start: int, end: int) -> bool:
    """Is a one-word soft skill ("reliability", "stability") a quality of the systems the
    job runs rather than a trait asked of the person? It is when listed with such
    qualities ("high standards of performance and reliability") or worked on by a duty
    ("take ownership of reliability", "improve stability"). "Reliability and a strong
    work ethic" still asks for the trait."""
    if " " in text[start:end].strip():
        return False
    before = text[max(0, start - 40):start]
    return bool(_WITH_QUALITIES.search(before) or _QUALITIES_AFTER.match(text, end)
                or _WORKED_ON_BEFORE.search(before))


# Words of amount, difficulty or time that open a phrase: "significant executive
# oversight", "the latest offerings", "complex technology", "the next lower grade".
_DEGREE_WORDS = frozenset({"significant", "complex", "latest", "upcoming", "next", "various",
                           "multiple", "several", "numerous", "certain"})


# A currency code beside a sum: "$95k–$120k CAD", "CAD 80,000", "AUD $110k".
_CURRENCY = frozenset({"CAD", "AUD", "NZD", "USD", "EUR", "GBP", "SGD", "HKD", "CHF"})
_SUM_BEFORE = re.compile(r"\d[\d,.]*\s*[kKmM]?\+?\)?[ \t]*(?:/\s*\w+[ \t]*)?$")
_SUM_AFTER = re.compile(r"[ \t]*[$€£]?\s?\d")


def names_a_currency(text: str, hit: HitLike) -> bool:
    """Is a hit the currency of a pay figure ("$95k–$120k CAD": no Computer-Aided
    Design)?"""
    surface = text[hit.start:hit.end]
    if surface not in _CURRENCY:
        return False
    return bool(_SUM_BEFORE.search(text, max(0, hit.start - 20), hit.start)
                or _SUM_AFTER.match(text, hit.end))


def opens_with_degree(text: str, start: int, end: int) -> bool:
    """Does the phrase ``text[start:end]`` open with a word of amount, difficulty or time
    ("significant executive oversight", "the latest offerings")? Such a phrase says how
    much, how hard or when; its own noun ("oversight", "offerings") names no skill the
    vocabulary knows, or the phrase would have been read by its name."""
    words = text[start:end].split()
    return bool(words) and words[0].lower() in _DEGREE_WORDS


def describes_a_thing(text: str, hit: HitLike) -> bool:
    """Is a one-word soft skill ("thorough", "collaborative") used to describe a thing
    or inside a name rather than asked for? "Conduct thorough investigations" asks for
    investigations; "Carolina Engineering Collaborative" is a name."""
    surface = text[hit.start:hit.end]
    if " " in surface or "-" in surface or not surface.lower().endswith(_DESCRIBING):
        return False
    if surface[:1].isupper() and hit.start > 0 and text[hit.start - 1] == " " \
            and text[max(0, hit.start - 2)].isalpha():
        return True  # capitalised inside a line: part of a name
    after = text[hit.end:hit.end + 40]
    return bool(re.match(r"(?:,[ \t]*[a-z][\w-]*)?[ \t]+[a-z][\w-]{2,}\b", after)) and \
        not re.match(r"[ \t]+(?:and|or|to|in|with|at|of|for|about|when|under|team|"
                     r"player|communicator|worker|person|attitude|approach|manner)\b",
                     after)


# The things of a machine or a network a soft word may name a kind of: "CAN bus and module
# communication faults", "communication protocols such as Modbus".
_MACHINE_AFTER = re.compile(
    r"[ \t]+(?:faults?|errors?|failures?|protocols?|bus(?:es)?|lines?|modules?|links?"
    r"|ports?|signals?|networks?|circuits?|cables?|wiring|interfaces?|equipment|codes?)\b")


def names_a_machines_part(text: str, hit: HitLike) -> bool:
    """Is a one-word soft skill ("communication") the kind of a machine's part or fault
    ("module communication faults") rather than a way of working asked for?"""
    surface = text[hit.start:hit.end]
    return " " not in surface and _MACHINE_AFTER.match(text, hit.end) is not None


# What a group of people holds or is: "leadership meetings", "the leadership team",
# "a teamwork offsite".
_GATHERING_AFTER = re.compile(
    r"[ \t]+(?:meetings?|teams?|groups?|offsites?|retreats?|summits?|forums?|councils?"
    r"|committees?|roles?|positions?|staff|huddles?)\b", re.IGNORECASE)


def names_a_gathering(text: str, hit: HitLike) -> bool:
    """Is a one-word soft skill ("leadership") the name of a group or its meetings
    ("take notes in leadership meetings", "report to the leadership team") rather than
    a trait asked of the person?"""
    surface = text[hit.start:hit.end]
    return " " not in surface and _GATHERING_AFTER.match(text, hit.end) is not None


def bilingual_pairs(text: str, hits: Sequence[HitLike]) -> set[int]:
    """In "bilingual English/Spanish" the ask is Spanish: the posting's own language and
    the word "bilingual" name no skill beside the other language."""
    languages = [n for n, h in enumerate(hits) if h.skill.kind == "language"]
    drop: set[int] = set()
    for n in languages:
        hit = hits[n]
        if hit.skill.name not in ("English", "Bilingualism"):
            continue
        near = [m for m in languages if m != n and abs(hits[m].start - hit.start) <= 30
                and hits[m].skill.name not in ("English", "Bilingualism")]
        if not near:
            continue
        if hit.skill.name == "Bilingualism" or re.search(
                r"\bbilingual\b", text[max(0, hit.start - 30):hit.end + 30], re.IGNORECASE):
            drop.add(n)
    return drop


# "write in plain English": a way of writing, not a language asked beside the posting's own.
_STYLE_BEFORE = re.compile(r"\b(?:plain|simple|everyday)[ \t]+$", re.IGNORECASE)
# "our customers run bilingual teams", "we serve multilingual families": the people the
# work is for speak the languages; the sentence asks the candidate for none.
_GROUP_AFTER = re.compile(
    r"[ \t]+(?:teams|families|households|communities|community|customers|clients"
    r"|patients|students|learners|populations?|neighbou?rhoods|residents|parents"
    r"|classrooms|schools|markets|audiences)\b", re.IGNORECASE)


def language_of_others(text: str, hit: HitLike) -> bool:
    """Is a language word no ask of the candidate: a style of writing ("plain English")
    or "bilingual" describing the people the work serves ("bilingual families")?"""
    if _STYLE_BEFORE.search(text, max(0, hit.start - 12), hit.start):
        return True
    return hit.skill.name == "Bilingualism" and _GROUP_AFTER.match(text, hit.end) is not None


def opens_a_name(text: str, hit: HitLike) -> bool:
    """Is a one-word skill a describing word that opens a credential's or a product's
    name ("Pediatric First Aid", "Clinical Research Associate")?"""
    surface = text[hit.start:hit.end]
    return (" " not in surface and surface[:1].isupper()
            and surface.lower().endswith(_DESCRIBING)
            and re.match(r"[ \t]+[A-Z][a-z]", text[hit.end:hit.end + 4]) is not None)


_FIRM_AFTER = re.compile(r"[ \t]+firms?\b", re.IGNORECASE)


# "FLSA: Non-Exempt", "FLSA Status: Exempt": a form's field saying how the job is paid
# under the law, not knowledge of the law asked ("knowledge of FLSA and FMLA" is).
_PAY_STATUS_AFTER = re.compile(
    r"[ \t]*(?:status|classification|designation|category)?[ \t]*[:\-–]?[ \t]*"
    r"(?:non[ \t-]?)?exempt\b", re.IGNORECASE)


# The pay told just before a job board's capitals: "Pay: DOE", "Salary DOE", "$22/hr
# DOE" ("depending on experience"), never the Design of Experiments.
_PAY_BEFORE = re.compile(
    r"(?:\b(?:pay|salary|wages?|rate|compensation)|/(?:hr|hour|yr|year)|\$[\d,.]+[kK]?)"
    r"[ \t:\-–]{0,4}$", re.IGNORECASE)


# A program the person finished or attends: "completion of a state-approved nurse aide
# training program", "graduate of an accredited training program". It is schooling the
# posting checks, not the HR skill of running training programs. Only the hire's own
# finishing: "encourage employees to complete the wellness program" is the hire's work.
_COMPLETED_BEFORE = re.compile(
    r"\b(?i:completion[ \t]+of|(?:have|has|having)[ \t]+completed|successfully[ \t]+completed"
    r"|graduat(?:e|es|ed|ion)[ \t]+(?:of|from)|enrolled[ \t]+in|currently[ \t]+in)\b"
    r"[^.;:!?\n]{0,50}$")
_PROGRAM_WORDS = word_set("program programs programme programmes course courses")


def a_program_completed(text: str, hit: HitLike) -> bool:
    """Is the hit a program or course the person completed or attends ("completion of a
    nurse aide training program"), named by its last word, and not a skill?"""
    surface = text[hit.start:hit.end]
    if hit.skill.kind != "hard" or surface.rsplit(" ", 1)[-1].lower() not in _PROGRAM_WORDS:
        return False
    return _COMPLETED_BEFORE.search(text, max(0, hit.start - 70), hit.start) is not None


def a_pay_status(text: str, hit: HitLike) -> bool:
    """Is the hit a form's pay-status label ("FLSA: Non-Exempt") or the pay's "DOE"
    ("Pay: DOE")? (Its letters are capitals: most hits need no look around them.)"""
    return text[hit.start:hit.end].isupper() and (
        _PAY_STATUS_AFTER.match(text, hit.end) is not None
        or _PAY_BEFORE.search(text, max(0, hit.start - 24), hit.start) is not None)


# A figure told of the capitals: "an EMR of 0.62", "our TRIR is 1.1", "a GPA of 3.0 or
# higher". Only a decimal, a percentage or a figure below ten is a rate's value; "OSHA 30"
# and "ISO 9001" name their standard by a number with no word between.
_MEASURED_AFTER = re.compile(
    r"[ \t]+(?:of|is|was)[ \t]+(?:\d*\.\d+|\d+(?:\.\d+)?[ \t]*%|\d(?![\d,]))")
# A target the hire keeps is a measure of the job's own work, asked: "keep your CSAT of
# 90% or better", "maintain a QA score of 95%".
_KEPT_BEFORE = re.compile(
    r"\b(?:keep|keeps|keeping|maintain|maintains|maintaining|hit|hits|hitting|meet|meets"
    r"|meeting|achieve|achieves|achieving|exceed|exceeds|exceeding|reach|reaches|reaching"
    r"|improve|improves|improving|drive|drives|driving)\b[^.;:!?\n]{0,24}$", re.IGNORECASE)


def a_measured_figure(text: str, hit: HitLike) -> bool:
    """Are the hit's capitals a rate the employer reports, told with its value ("we
    completed $310 million of work with an EMR of 0.62": the construction safety
    rating, no electronic medical record)? A skill is had or used, never "of 0.62"."""
    return text[hit.start:hit.end].isupper() \
        and _MEASURED_AFTER.match(text, hit.end) is not None \
        and _KEPT_BEFORE.search(text, max(0, hit.start - 40), hit.start) is None


def splits_a_compound(text: str, hit: HitLike) -> bool:
    """Does a name that joins two things ("time and attendance") take its first from the
    second half of a hyphenated word ("Meet quality, handle-time and attendance goals":
    no Time and Attendance)? The hyphenated word is one of the coordination's members,
    so the name's coordination is not the posting's. A name that joins nothing keeps
    its place inside a compound ("small-group counseling" is group counseling,
    "end-of-shift report" a shift report)."""
    a = hit.start
    if a < 2 or text[a - 1] != "-" or not text[a - 2].isalpha():
        return False
    inner = text[a:hit.end]
    return " and " in inner or " & " in inner or " or " in inner


# Capitals that follow a describing word as its noun: "pediatric CPR", "surgical PPE".
# Only a credential's or a protective kit's capitals: "pediatric ICU" is a unit, and its
# field stays asked.
_CAPITALS_AFTER = re.compile(
    r"[ \t]+(?:CPR|BLS|ACLS|PALS|NRP|AED|PPE|TNCC|ENPC|[A-Z]{2,6}[ \t]+(?:certification"
    r"|certificate|card|certified))\b")


def describes_capitals(text: str, hit: HitLike) -> bool:
    """Is a field read from its describing word ("pediatric" for Pediatrics) the kind of
    the credential or thing in capitals right after it ("current pediatric CPR and first
    aid")? The capitals are the ask; the word says which kind, and asks no field."""
    surface = text[hit.start:hit.end]
    return " " not in surface and surface.lower().endswith(("ic", "ical", "al", "ary")) \
        and surface.lower() != hit.skill.name.lower() \
        and _CAPITALS_AFTER.match(text, hit.end) is not None


def a_shouted_or(text: str, hit: HitLike) -> bool:
    """Is the hit a capitalised "OR" joining two qualifications ("a bachelor's degree in
    social work; OR an associate's degree and two years of experience")? Public-sector
    postings shout the conjunction at a clause's start, before an article, a number or
    "equivalent". The room stands after "the" ("scrubbing in the OR a must", "the OR two
    days a week") or before its own noun ("OR experience"), and still asks."""
    if hit.end - hit.start != 2 or not text.startswith("OR", hit.start) \
            or _OR_JOINS.match(text, hit.end) is None:
        return False
    before = text[max(0, hit.start - 40):hit.start].rstrip(" \t")
    return before == "" or before[-1] in ";,:)\n" or before.endswith(("-", "\u2013", "\u2014"))


_OR_JOINS = re.compile(
    r"[ \t]+(?:a|an|the|any|equivalent|one|two|three|four|five|six|\d|have|has|be|possess"
    r"|completion|graduation)\b")


def a_verb_of_the_same_name(text: str, hit: HitLike) -> bool:
    """Is a one-word tool's name the clause's verb ("Excel at juggling calls", "Zoom in
    and out", "Slack off")? It opens the clause and a verb's particle follows: "at" and
    a gerund, "in and out", "in on", "out to/of". "Python at scale" and "Excel (pivot
    tables)" still ask."""
    if hit.skill.kind != "tool":
        return False
    surface = text[hit.start:hit.end]
    if not surface.isalpha() or not surface[:1].isupper() or not surface[1:].islower():
        return False
    if _PARTICLE_OF_A_VERB.match(text, hit.end) is None:
        return False
    before = text[max(0, hit.start - 6):hit.start].rstrip(" \t")
    return before == "" or before[-1] in ".;:!?\n\u2022*-\u2013\u2014"


def a_modal_will(text: str, hit: HitLike) -> bool:
    """Is the hit's "will" the helping verb of a duty ("You will prep vegetables", "The
    technologist will prep the OR"), no testament? Read with the short form of its next
    word, the verb made the legal skill's "will preparation". The helping verb has a
    subject before it: a pronoun, or a noun after "the", "our", "each" ... A will drafted
    follows a verb, a comma, a preposition or the line's start ("Handle will prep,
    trust funding and probate", "including will prep"), or names the document by a noun
    after it ("will preparation", "will drafting")."""
    surface = text[hit.start:hit.end]
    if surface[:5].lower() != "will ":
        return False
    word = _WILL_OBJECT.match(text, hit.start + 5)
    if word is None or word.group().lower().endswith(("ing", "ion", "ions")):
        return False
    before = _SUBJECT_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    return before is not None


# (Its own name: a second ``_NEXT_WORD`` here replaced the one ``_object_goes_on``
# reads, which then never found its noun and raised on a letter right after a hit.)
_WILL_OBJECT = re.compile(r"[A-Za-z]+")
# The subject before a helping "will": a pronoun, "who/that", or a noun one to three
# words after a determiner ("the surgical technologist will", "our cooks will").
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:you|we|they|he|she|it|i|who|that|which)"
    r"|\b(?:the|our|your|each|every|this|these|all|a|an)(?:[ \t]+(?!(?:with|on|for|to|in|of"
    r"|at|by|from|including|and|or|as)\b)[A-Za-z][\w-]*(?<!ing)){1,3})"
    r"[ \t]+$", re.IGNORECASE)


_PARTICLE_OF_A_VERB = re.compile(
    r"[ \t]+(?:at[ \t]+[a-z]+ing\b|in[ \t]+and[ \t]+out\b|in[ \t]+on\b|out[ \t]+(?:to|of)\b"
    r"|off\b)")


def an_accreditor(text: str, hit: HitLike) -> bool:
    """Are the hit's capitals an accrediting body's, before the program it approved ("an
    ABA-approved paralegal program": the American Bar Association, no applied behavior
    analysis)? "PMP-certified" still asks: a person holds that."""
    return text[hit.start:hit.end].isupper() and _APPROVED_AFTER.match(text, hit.end) is not None


_APPROVED_AFTER = re.compile(r"[ \t]*-?[ \t]*(?:approved|accredited)\b", re.IGNORECASE)


# What a lead leads, before "leads" that are people: "team leads", "shift leads".
_LEADS_OF = word_set(
    """
    team shift crew project tech technical department group floor line site area unit
    store squad pod engineering design product program clinical nurse nursing charge
    """)


def names_people(text: str, hit: HitLike, kind: str) -> bool:
    """Does the hit name a kind of worker ("room attendants", "territory sales
    representative") or a place's state code ("Beaverton, OR")? A licence or
    certification named by its holder ("Registered Nurse") is still an ask."""
    surface = text[hit.start:hit.end]
    if kind == "certification" and _FIRM_AFTER.match(text, hit.end) is not None:
        return True  # "the audit by our outside CPA firm": a firm of holders, not an ask
    if kind == "certification" and surface.isupper() and _EMPLOYERS_HOLDER.search(
            text, max(0, hit.start - 30), hit.start) and _PREPOSITION_AFTER.match(text, hit.end):
        return True
    if kind == "certification" and surface.isupper() and _HOLDER_BEFORE.search(
            text, max(0, hit.start - 40), hit.start):
        after = _HOLDER_AFTER.match(text, hit.end)
        if after is not None and (after.group(2) is None
                                  or is_person_noun(after.group(2))):
            return True
    if len(surface) == 2 and surface.isupper():
        return _PLACE_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None
    if kind not in ("hard", "tool", "soft"):
        return False
    words = surface.split()
    low = [w.lower() for w in words]
    # The head of "X of Y" is X: "powers of attorney" are documents, a "Director of
    # Nursing" a worker.
    last = words[low.index("of", 1) - 1] if "of" in low[1:] else (words[-1] if words else "")
    named = hit.skill.name.rsplit(" ", 1)[-1]
    if " " in surface and named[:1].isupper() and named.lower() == last.lower():
        return False  # a product the vocabulary names so: "Triton Inference Server"
    if low[-1] == "leads" and len(low) >= 2 and low[-2] not in _LEADS_OF:
        # "qualify leads", "sales leads", "qualify inbound leads": prospects, not team
        # leads; the word before "leads" tells which.
        return False
    # "techs" is always people ("our maintenance techs"); "tech" alone is left out, as
    # in TITLE_NOUNS ("Tech Solutions" is a company as often as a title).
    people = is_person_noun(last) or last.lower() == "techs"
    if people and len(low) > 2 and low[0] in _CALL_VERB and low[1] == "on":
        return False  # "call on prescribers": a seller's visits to them, a deed
    # "supporting a C-level executive", "recruit hourly employees": a deed done for or on
    # people, found by words that open with the verb, names a skill other than the
    # people ("Executive Support"); "training coordinators" still names its workers.
    if not people and last.lower().endswith(("ers", "ors")) \
            and hit.skill.name.lower().endswith(last.lower()[:-1]) \
            and _PEOPLE_VERB_BEFORE.search(text, max(0, hit.start - 24), hit.start):
        return True  # "Coach order selectors": workers the vocabulary names by their trade
    return people and not (len(low) > 1 and verb_form(low[0])
                           and named.lower() != last.lower())


# Verbs whose object is people: "coach order selectors", "train new forklift operators".
_PEOPLE_VERB_BEFORE = re.compile(
    r"\b(?:coach|coaches|coaching|train|trains|training|supervise|supervises|supervising"
    r"|mentor|mentors|mentoring|lead|leads|leading|hire|hires|hiring|onboard|onboards"
    r"|manage|manages|managing|direct|directs|schedule|schedules|scheduling|evaluate"
    r"|evaluates)[ \t]+(?:(?:the|our|all|new|\d+|[a-z]+-[a-z]+)[ \t]+)?$", re.IGNORECASE)




# "Call on" is a seller's visiting ("call on physicians", "calling on contractors"); the
# verb is no duty verb of ``verb_form`` ("a call", "on call"), so it is named here.
_CALL_VERB = frozenset({"call", "calls", "calling", "called"})
_ACRONYM = re.compile(r"[A-Z][A-Z&/]{0,5}[A-Z]s?")
_JOIN = r"(?:\s+(?:of|and|for|the|in|on|to|&)\s+|\s*&\s*|\s+|/)"
_SMALL = "And|Of|For|The|In|On|To"  # small words that spell no letter of an acronym


def _spelled_out(acronym: str, text: str) -> str | None:
    """The capitalised words elsewhere in ``text`` whose initials spell ``acronym``
    ("Labor & Delivery" for "L&D"), or None. Small words join them but spell no letter:
    "American Samoa and Swains Island" holds no "SAS"."""
    letters = "".join(c for c in acronym.rstrip("s") if c.isalpha())
    if not 2 <= len(letters) <= 5:
        return None
    for m in _spelled_pattern(letters).finditer(text):
        if acronym not in m.group():
            return m.group()
    return None


@functools.lru_cache(maxsize=1024)
def _spelled_pattern(letters: str) -> re.Pattern[str]:
    """The pattern of capitalised words whose initials are ``letters``, made once for
    each acronym: the same acronyms ("RN", "EHR", "L&D") come back in posting after
    posting, and making the pattern costs more than reading a posting with it."""
    words = [rf"(?!(?:{_SMALL})\b){c}[a-z'’-]+" for c in letters]
    # The first word is written "L(?<![\w-]L)(?!...)": the same matches as
    # "(?<![\w-])(?!(?:And|...)\b)L", but a pattern that opens with its letter lets
    # ``re`` skip ahead to it instead of trying the look-behind at every character.
    first = letters[0]
    tails = "|".join(w[1:] for w in _SMALL.split("|") if w[0] == first)
    words[0] = first + rf"(?<![\w-]{first})" + (rf"(?!(?:{tails})\b)" if tails else "") \
        + "[a-z'’-]+"
    return re.compile(_JOIN.join(words) + r"(?![\w-])")


def spelled_otherwise(text: str, hits: Sequence[HitLike],
                      lookup: Callable[[str], object | None],
                      employer: str | None = None) -> dict[int, object]:
    """Acronym hits that the posting spells out as other words than the vocabulary's:
    in a birth centre's posting that writes "Labor & Delivery", "L&D experience" is no
    Learning and Development. Maps each such hit's index to the skill the posting's own
    words name (``lookup``); words the vocabulary does not know (a title's "Senior Quality
    Lead" beside "SQL") are taken for chance initials and change nothing, as are the
    words of the ``employer``'s name ("Maplecrest Rehabilitation & Nursing" beside "the
    RN supervisor")."""
    out: dict[int, object] = {}
    spelled: dict[str, str | None] = {}
    for n, hit in enumerate(hits):
        surface = text[hit.start:hit.end]
        if _ACRONYM.fullmatch(surface) is None:
            continue
        if surface not in spelled:
            spelled[surface] = _spelled_out(surface, text)
        words = spelled[surface]
        if words is None or (employer and words.casefold() in employer.casefold()):
            continue
        skill = hit.skill
        names = {x.casefold() for x in (skill.name, *getattr(skill, "aliases", ()))}
        if re.sub(r"\s*&\s*", " and ", words).casefold() in names or words.casefold() in names:
            continue
        other = lookup(words)
        if other is not None:  # chance initials ("Senior Quality Lead") name no skill
            out[n] = other
    return out


__all__ = [
    "a_measured_figure",
    "a_modal_will",
    "a_pay_status",
    "a_things_quality",
    "a_verb_of_the_same_name",
    "an_accreditor",
    "bilingual_pairs",
    "deed_hits",
    "describes_a_thing",
    "describes_capitals",
    "name_edges",
    "names_a_currency",
    "names_a_workforce",
    "names_people",
    "no_deed",
    "opens_a_name",
    "opens_with_degree",
    "spelled_otherwise",
    "splits_a_compound",
]


# A hospital's ward named where the work is done: "two 32-bed med/surg units", "the
# oncology floor", "our step-down unit".
_WARD_AFTER = re.compile(r"(?:/[\w-]+)*[ \t]+(?:units?|floors?|wings?|wards?|pods?)\b",
                         re.IGNORECASE)
_BEDS_BEFORE = re.compile(r"\d-bed[ \t]+\Z", re.IGNORECASE)
_WARD_DETERMINER = re.compile(r"\b(?:our|the|a|an|two|three|four|both|each|every)[ \t]+\Z",
                              re.IGNORECASE)
# A job that nurses: its title names a nurse ("Charge Nurse", "RN Case Manager", "Director
# of Nursing"); a nursing assistant or aide works on the ward without its specialty.
_NURSE_TITLE = re.compile(
    r"\b(?:nurses?|rn|lpn|lvn|aprn|crna|bsn|msn)\b"
    r"|\bnursing\b(?![ \t]+(?:assistants?|aides?|techs?|technicians?|students?))",
    re.IGNORECASE)
# Or its posting names a nurse's licence or degree anywhere ("Unit Manager ... BSN
# required", "Clinical Manager ... Current RN license"): a nurse's job by another title.
_NURSE_NAMED = re.compile(
    r"\b(?:RNs?|LPNs?|LVNs?|APRNs?|BSN|ADN|MSN)\b|(?i:registered[ \t]+nurse"
    r"|practical[ \t]+nurse|science[ \t]+in[ \t]+nursing|nursing[ \t]+licen)")


def nursing_job(title: str | None, text: str) -> bool:
    """Does the job nurse: a nurse's title, or a nurse's licence or degree named in its
    posting? Without a title nothing can be told, and the job is taken to nurse (the
    ward's specialty stays read, as it always was)."""
    return not title or _NURSE_TITLE.search(title) is not None \
        or _NURSE_NAMED.search(text) is not None


def ward_span(text: str, hit: HitLike) -> tuple[int, int] | None:
    """The span of a nursing specialty read from the ward a job that nurses no one
    works on ("The social worker covers two 32-bed med/surg units", "answer phones for
    a 30-bed oncology unit", "our step-down unit"), with the ward's noun, else None.
    The ward is the setting; its nursing is no ask of a social worker, a unit secretary
    or a pharmacy technician (the caller asks ``nursing_job`` first). Any other reading
    of the word stays ("coding oncology cases"), and a ward named by its letters alone
    ("a 24-bed ICU") is left as read: for a respiratory therapist the ICU is the
    experience asked."""
    name = hit.skill.name
    if name.endswith(" Unit"):
        before = text[max(0, hit.start - 12):hit.start]
        placed = _BEDS_BEFORE.search(before) is not None \
            or _WARD_DETERMINER.search(before) is not None
        return (hit.start, hit.end) if placed else None
    if not name.endswith(" Nursing"):
        return None
    ward = _WARD_AFTER.match(text, hit.end)
    return (hit.start, ward.end()) if ward is not None else None


# Capitalised words that only grade or close a skill's name ("Strong Problem Solving
# Skills", "Excellent Communication Abilities"): no named program around it.
_GRADING_CAPITALS = frozenset({
    "Strong", "Excellent", "Effective", "Good", "Great", "Solid", "Proven", "Outstanding",
    "Exceptional", "Advanced", "Basic", "Superior", "Demonstrated", "Skills", "Skill",
    "Abilities", "Ability", "And", "Or", "The", "A", "An", "Of", "In", "With", "For"})
_TITLED_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")
_CAPITAL_BEFORE = re.compile(r"([A-Z][a-z][\w'’-]*)[ \t]+\Z")
_CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")
_LOWER_BEFORE = re.compile(r"(?<![.!?:;\n•*-])[ \t]*\b[a-z][\w'’-]*[ \t]+\Z")


def inside_a_titled_name(text: str, hit: HitLike) -> bool:
    """Is a soft skill's hit, written in capitals, part of a longer capitalised name told
    mid-sentence ("Training in Collaborative Problem Solving", "certified in Strategic
    Leadership Coaching Method")? The name is a program or method the posting asks by
    its own words; the skill word inside it asks no trait. A grading word or "Skills"
    beside it ("Strong Problem Solving Skills") makes no name."""
    words = text[hit.start:hit.end].split()
    if not words or not all(_TITLED_WORD.fullmatch(w) for w in words):
        return False
    before = _CAPITAL_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    after = _CAPITAL_AFTER.match(text, hit.end)
    named = (before is not None and before.group(1) not in _GRADING_CAPITALS) \
        or (after is not None and after.group(1) not in _GRADING_CAPITALS)
    if not named:
        return False
    first = before.start(1) if before is not None else hit.start
    while (prev := _CAPITAL_BEFORE.search(text, max(0, first - 40), first)) is not None:
        first = prev.start(1)
    # Told mid-sentence: a lower-case word before the run ("Training in ...").
    return _LOWER_BEFORE.search(text, max(0, first - 30), first) is not None
