"""What the employer's other workers do, told with any verb of their trade.

"Our hygienists take x-rays and chart periodontal pockets" in a front-desk posting,
"our yard crews load the trucks" in a salesperson's, "Apprentices on our crews do the
rough-in" in a service electrician's, "a foreman who reads blueprints" in a drywall
finisher's: postings tell who else does what so that the hire knows the job's edges,
and each such duty read as an ask became a false "missing" in the match report.
``outside.others_work`` reads the same story told with a verb of charge ("our billing
team handles claims"); this reader takes the clause's grammar instead of its verb:

- a worker noun ("hygienists", "yard crews", "our special education team") as the
  subject of a clause (at its opening, or after "and", "while" or "but"), led by "our"
  or "the", or a bare plural ("Apprentices on our crews do ..."), followed by a plain
  present-tense verb;
- a worker noun with "who" and such a verb after it ("the crew's foreman, who reads
  blueprints", "our field technicians, who install fiber drops").

The job's own people are left alone: the title's worker by ``names_own_people``
("our techs run PMs" in a technician's posting is the job's work), and any clause
that brings in the reader ("our nurses rely on you to ...", "our drivers take you
along"). Verbs that tell a wish, a need, a feeling (need, want, love, expect) or a
state (are, have) are no duty; a worker after a verb of the hire's is its object, not
a subject ("Ensure our drivers complete pre-trip inspections", "Train the associates
who run the line"); a worker after "looking for", "hire" or "need" is the hire ("we
need an electrician who reads prints"). Without a title the job's own people cannot
be told apart, so nothing is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tailor_app.tailoring.posting.own_people import names_own_people, same_work
from tailor_app.tailoring.posting.title import is_job_noun, role_nouns
from tailor_app.tailoring.skills.phrases import any_verb_form, verb_form
from tailor_app.tailoring.text import word_set

__all__ = ["others_duty_spans"]

# Groups of workers ("our yard crews", "the special education team"); a bare "our
# team" may be the hire's own and is not read. "Coaches" is no title noun's plural.
_GROUP_WORDS = word_set("team teams crew crews department departments staff shop coaches")
_BARE_GROUP = word_set("team teams crew crews department departments staff shop")
# Workers no title noun names, since a title ending in them reads a posting's first line
# otherwise ("Insurance Producer" is left to the title's other readings): an insurance
# agency's sellers, "our producers, who prospect and close new business".
_OTHER_WORKERS = word_set("producer producers")
# Words after a worker noun that are no duty of theirs: a state, a wish, a feeling, a
# reliance on the hire, or words that are not verbs at all.
_NOT_DUTY = word_set("""
is are was were be been being have has had having need needs want wants will would can
could may might must should shall love loves like likes enjoy enjoys expect expects rely
relies count counts depend depends look looks value values appreciate appreciates trust
trusts welcome welcomes thrive thrives say says agree agrees know knows see sees get gets
receive receives earn earns deserve deserves become becomes grow grows work works help
helps support supports mentor mentors guide guides partner
partners collaborate collaborates join joins come comes go goes stay stays make makes
average averages report reports answer answers rave raves tend tends seem seems feel
feels also already often usually typically all both each who that which whom whose and
or but nor to in on at for with of from by as into onto than then there here not never
just only still even through via across during per under over about around after before
the a an this these those its his her my some any no
within without like including such plus versus vs between among against toward towards
upon
""")
_WORD = r"[A-Za-z][A-Za-z'’-]*"
# Before a subject: the opening of a line (after a bullet) or a sentence, or a joining
# word that opens a clause of its own; then "our"/"the" (or nothing, for a bare plural)
# and up to three words of the worker's kind ("our dental", "the crew's").
_BEFORE_SUBJECT = re.compile(
    r"(?:^|[.;:!?\n][ \t]*(?:[-*•·–][ \t]*)?|(?:,[ \t]*|[ \t]+)(?:and|while|but|whereas"
    r"|so(?:[ \t]+that)?|where)[ \t]+)((?:our|the)[ \t]+)?"
    r"((?:[A-Za-z][A-Za-z&/'’-]*[ \t]+){0,3})\Z", re.IGNORECASE)
# A joining word that opens a clause of its own and never joins a list: "Coordinate
# with the warehouse so selectors pick and stage orders", "the dock where drivers load".
_CLAUSE_JOIN = re.compile(r"\b(?:so|where)\b", re.IGNORECASE)
# Verbs that make a bare worker after them the doer of the hire's errand ("Help drivers
# plan routes", "Let pickers know", "Have loaders stage the trailers"): such a line is
# no story of other workers.
_CAUSING = word_set("let lets have has make makes help helps ensure ensures get gets see "
                    "watch supervise direct instruct remind train coach teach")
# After the worker: where they work ("on our crews"; "on the" as often opens the object
# of a verb before them), a frequency, then the verb.
_VERB_AFTER = re.compile(
    rf"(?:[ \t]+(?:on|in|at|from)[ \t]+our[ \t]+(?:{_WORD}[ \t]+){{0,2}}?{_WORD})?"
    r"[ \t]+(?:(?:also|already|usually|typically|generally)[ \t]+)?([a-z]+)\b")
# "a foreman who reads", "our field technicians, who install".
# The kind words may hold "&" ("our F&I managers, who present warranties").
_WHO_BEFORE = re.compile(
    rf"\b(?:our|the|an?|their|{_WORD}['’]s|two|three|four|five|six|several|both|\d+)"
    r"[ \t]+(?:[A-Za-z][A-Za-z&'’-]*[ \t]+){0,3}\Z", re.IGNORECASE)
_WHO_AFTER = re.compile(
    r",?[ \t]+who[ \t]+(?:(?:also|already|usually|typically)[ \t]+)?([a-z]+)\b")
# Words before a worker that make the worker the hire: "looking for a foreman who",
# "hire a technician who", "you are an installer who", "as a lead who".
_SOUGHT = re.compile(
    r"\b(?:looking|searching|seeking|seek|seeks|hire|hiring|need|needs|want|wants"
    r"|recruiting|ideal|candidate|applicant)\b",
    re.IGNORECASE)
# Words that make the worker the hire only when they govern the worker's own phrase
# ("you are an experienced installer who"): a "you" opening a long sentence does not
# ("You will ... route them to our clinical pharmacists, who review ...").
_SOUGHT_NEAR = re.compile(r"\b(?:you|you're|you’re|are|be|become|as)\b", re.IGNORECASE)
# The reader brought into the clause ("our nurses rely on you", "our drivers take you
# along"). "your" alone is the reader's thing the workers handle ("our warehouse crew
# loads your truck overnight"), still their duty, unless they check it: "our
# accountants review your journal entries" tells the hire's own work.
_READER = re.compile(r"\b(?:you|yours|yourself)\b", re.IGNORECASE)
_YOUR = re.compile(r"\byour\b", re.IGNORECASE)
_CHECKING = word_set("review reviews check checks approve approves audit audits proofread "
                     "proofreads grade grades verify verifies inspect inspects sign signs "
                     "correct corrects edit edits")
# The last six words before a worker noun (searched from the clause's opening).
_NEAR_WORDS = re.compile(r"(?<![^ \t\n])(?:[^ \t\n]+[ \t]+){1,6}\Z")
# A clause told of the workers ends at its punctuation, or where the text turns to
# another subject (", and you", ", but", " while"), as a negated clause does in
# ``outside.py`` (which reads this module, so its pattern is not shared); a "who"
# clause also at its comma.
_CLAUSE_END = re.compile(
    r"[.;:!?()\n]|,?[ \t]+(?:but|instead|though|although|because|while|so[ \t]+that"
    r"|if|unless)\b|,[ \t]+(?:so|just|only|rather)\b"
    r"|,[ \t]+(?:(?:and|or)[ \t]+)?(?:you|we|there|it|this)\b|[ \t]+[—–][ \t]+",
    re.IGNORECASE)
_LIST_JOIN = re.compile(r"\b(?:and|while|but|whereas)\b", re.IGNORECASE)


def _kind_words(subject: re.Match[str]) -> bool:
    """Are the words before a bare worker noun the kind of worker ("Maintenance crews
    handle mowing", "Pump operators run the boom") rather than the hire's verb ("Ensure
    drivers complete ...")? At a line's or a sentence's opening, capitalised there, or
    after "so" or "where" ("where forklift operators unload"); at most two, none a duty
    verb or a verb of causing."""
    words = subject.group(2).split()
    if len(words) > 2 or not (words[0][:1].isupper() or _CLAUSE_JOIN.search(subject.group(0))):
        return False
    return not any(verb_form(w) or w.lower() in _CAUSING for w in words)


# Departments and trades of an employer whose name before the title's own worker noun
# makes that worker another team's ("Ramp agents" beside a Customer Service Agent,
# "Maintenance technicians" beside a Pharmacy Technician, "F&I managers" beside a Sales
# Consultant). A unit, specialty or setting of the title's own work ("Our ICU nurses" in
# an RN's posting, "Over-the-road drivers" in a driver's) is the hire's own kind, so only
# these words count.
_OTHER_TEAMS = word_set("""
ramp maintenance parts f&i finance billing sales kitchen security housekeeping it hr
payroll accounting marketing quality custodial janitorial grounds landscaping facilities
dispatch laboratory lab pharmacy radiology dietary nutrition engineering legal admissions
collections underwriting claims design estimating purchasing procurement
""")


def _other_kind(words: str, title: str) -> bool:
    """Do the words before a worker noun the title shares name another team's kind of
    that worker: a department or trade of the employer (``_OTHER_TEAMS``) the title does
    not name?"""
    kinds = [w.lower() for w in words.split()[:-1] if w.lower() not in ("our", "the")]
    own = {w.lower() for w in re.findall(r"[A-Za-z&]+", title)}
    return bool(kinds) and any(k in _OTHER_TEAMS for k in kinds) \
        and not any(k in own for k in kinds)


def _clause_end(text: str, start: int, comma: bool = False) -> int:
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end is not None else len(text)
    if comma:
        cut = text.find(",", start, stop)
        return cut if cut >= 0 else stop
    return stop


# The next item of a "who" clause's series of duties: ", chart periodontal pockets",
# ", and apply sealants" (a verb and at least one word of its object).
_NEXT_DUTY = re.compile(r",[ \t]+((?:and|or)[ \t]+)?([a-z]+)[ \t]+(?!(?:and|or)\b)[A-Za-z]")


# The rest of a list of one- to four-word objects after a comma, ending "and/or X" where
# the clause ends: ", GAP coverage and financing options."
_WORDS_MORE = r"(?:[ \t]+[A-Za-z][\w&/'’-]*){0,3}"
_ITEM = r"[A-Za-z][\w&/'’-]*" + _WORDS_MORE
_OBJECT_LIST = re.compile(
    r",[ \t]+(?!(?:and|or)\b)[A-Za-z][\w&/'’-]*" + _WORDS_MORE
    + r"(?:,[ \t]+" + _ITEM + r")*,?[ \t]+(?:and|or)[ \t]+" + _ITEM
    + r"(?=[ \t]*(?:[.;:!?)\n]|\Z))")


def _more_duties(text: str, end: int, plural: bool) -> int:
    """Where a "who" clause cut at its first comma really ends: "our hygienists, who take
    x-rays, chart periodontal pockets and apply sealants, by keeping ..." tells three of
    the hygienists' duties, each item opening with a verb of the workers' number. A
    comma before a word that is no such verb ("who read prints, will train you", "...,
    by keeping") or an item that brings in the reader ends it, as before; so does ", and"
    before a verb unless a series is under way: "Support our nurses, who give
    immunizations, and keep the vaccine log" turns back to the hire's own duties."""
    items = 0
    objects = _OBJECT_LIST.match(text, end)
    if objects is not None and not _READER.search(objects.group()):
        # "our F&I managers, who present extended warranties, GAP coverage and financing
        # options": the rest of the verb's object list (or of their duties: "who take
        # x-rays, chart pockets and apply sealants"), up to the clause's end.
        return objects.end()
    while True:
        item = _NEXT_DUTY.match(text, end)
        if item is None or not _verb(item.group(2), plural) or (item.group(1) and not items):
            return end
        stop = _clause_end(text, item.end(2), comma=True)
        if _READER.search(text, item.end(2), stop):
            return end
        end, items = stop, items + 1


def _verb(word: str, plural: bool) -> bool:
    """Could ``word``, after a worker noun, be that worker's present-tense verb?"""
    if word in _NOT_DUTY or len(word) < 2 or word.endswith(("ing", "ly")):
        return False
    if word.endswith("ed") and not word.endswith("eed"):
        return False
    # Several workers take the plain form ("hygienists take"); one worker the "-s" form
    # ("a foreman who reads"; "Our caregivers cook simple meals" holds no cook).
    if plural:
        return not word.endswith("s") or word.endswith("ss")
    return word.endswith("s") and not word.endswith("ss")


# "works in Esko ArtPro", "work in Epic and Kronos": where a named tool follows, "work"
# tells what the workers use, a duty of theirs ("our team works closely with" does not).
_IN_A_TOOL = re.compile(r"[ \t]+(?:in|on|inside)[ \t]+(?-i:[A-Z])")


def _works_in_a_tool(text: str, verb: re.Match[str]) -> bool:
    """Is the worker's verb "work(s)" followed by "in"/"on" and a capitalised name: the
    workers' tool ("our prepress team works in Esko ArtPro"), told as their duty?"""
    return verb.group(1) in ("work", "works") and _IN_A_TOOL.match(text, verb.end(1)) is not None


# Workers' plurals that are also a verb's third-person form ("Cooks and serves meals",
# "Hosts open houses") beside those the verb list knows (``any_verb_form``: leads,
# coaches, mentors, partners).
_VERB_NOUNS = word_set("cooks tutors hosts heads captains stewards chairs pilots "
                       "scouts judges sponsors champions")


def _verb_too(noun: str) -> bool:
    """Can a bare plural worker noun at a line's opening be the line's verb instead: a
    duty told in the third person ("Leads safety meetings", "Tutors students")?"""
    low = noun.lower()
    return low in _VERB_NOUNS or any_verb_form(low)


def _plural(noun: str) -> bool:
    low = noun.lower()
    return low.endswith("s") and not low.endswith("ss") and low != "staff"


def _own(words: str, noun: str, title: str) -> bool:
    """Do the subject's ``words``, whose head is ``noun``, name the job's own people? A
    worker noun is met with the title's worker nouns alone ("our veterinary technicians"
    are no "Veterinary Receptionist"); a group by any of the title's words ("our front
    desk team" is a Front Desk Coordinator's)."""
    if noun.lower() in _BARE_GROUP:
        return names_own_people(words, title)
    workers = " ".join(sorted(role_nouns(title))) or title
    return names_own_people(noun, workers) or same_work(noun, title)


_TOKEN = re.compile(r"[A-Za-z]{3,}")


@lru_cache(maxsize=8192)
def _is_worker(word: str) -> bool:
    """Is ``word`` (lower case) a worker's or a group's noun? Asked of every word of a
    posting, so each distinct word is tried against the long title-noun pattern once."""
    return word in _GROUP_WORDS or word in _OTHER_WORKERS or is_job_noun(word)


def _workers(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names workers: one scan of its words, each distinct word looked up
    once (the title-noun pattern tried at every letter of the posting cost twenty times
    as much, and words found by their place before "who" more still)."""
    return [m.span() for m in _TOKEN.finditer(text) if _is_worker(m.group().lower())]


def others_duty_spans(text: str, title: str | None) -> list[tuple[int, int]]:
    """Spans of ``text`` telling what the employer's other workers do: no asks. (Asked
    twice of a posting, by the reader and for its key phrases: the last answers are
    kept.)"""
    if not title:
        return []
    return list(_others_duty_spans(text, title))


@lru_cache(maxsize=8)
def _others_duty_spans(text: str, title: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for a, b in _workers(text):
        noun = text[a:b]
        plural = _plural(noun)
        before = text[max(0, a - 60):a]
        subject = _BEFORE_SUBJECT.search(before)
        verb = _VERB_AFTER.match(text, b)
        group = noun.lower() in _GROUP_WORDS and not plural
        if subject is not None and verb is not None and (
                _verb(verb.group(1), plural) or (group and _verb(verb.group(1), True))
                or _works_in_a_tool(text, verb)):
            led = subject.group(1) is not None
            words = (subject.group(1) or "") + subject.group(2) + noun
            if not led and (not plural or _LIST_JOIN.search(subject.group(0))
                            or (subject.group(2) and not _kind_words(subject))
                            or (noun.lower() in _BARE_GROUP and not subject.group(2))):
                continue  # "Ensure drivers ...", "the architect and engineers": a bare
                # subject is a plural worker noun opening a line, a sentence or a clause
                # of its own, after at most two words of its kind ("Maintenance crews")
            if led and subject.group(1).lower().startswith("the") \
                    and _LIST_JOIN.search(subject.group(0)):
                continue  # "Partner with the lead and the inventory manager on ...": a
                # worker after "and the" is as often the last of a verb's objects
            if noun.lower() in _BARE_GROUP and not subject.group(2):
                continue  # "our team runs 200 calls a day": maybe the hire's own team
            if not led and not subject.group(2) and _verb_too(noun) \
                    and not any_verb_form(verb.group(1)):
                continue  # "Leads new hire orientation", "Coaches new staff on the POS",
                # "Tutors students in algebra": a duty list's third-person verb, not
                # leads, coaches or tutors doing something
            if _own(words, noun, title) and not (
                    subject.group(2) and noun.lower() not in _GROUP_WORDS
                    and _other_kind(words, title)):
                continue
            end = _clause_end(text, verb.end(1))
            if _READER.search(text, a, end) or (
                    verb.group(1) in _CHECKING and _YOUR.search(text, a, end)):
                continue  # "our nurses rely on you", "our drivers take you along"
            spans.append((a, end))
            continue
        who = _WHO_AFTER.match(text, b)
        # "our inside sales team, who handle reorders": a group takes either number
        if who is None or _WHO_BEFORE.search(before) is None or not (
                _verb(who.group(1), plural) or (group and _verb(who.group(1), True))):
            continue
        opening = max(text.rfind(c, 0, a) for c in ".;:!?\n") + 1
        near = _NEAR_WORDS.search(text, opening, a)
        if _SOUGHT.search(text, opening, a) \
                or _SOUGHT_NEAR.search(text, near.start() if near else opening, a) \
                or _own(before[-40:] + noun, noun, title):
            continue  # "we're looking for a foreman who reads blueprints": the hire
        end = _clause_end(text, who.end(1), comma=True)
        if not _READER.search(text, who.end(1), end) and not (
                who.group(1) in _CHECKING and _YOUR.search(text, who.end(1), end)):
            spans.append((text.index("who", who.start()), _more_duties(text, end, plural)))
    return tuple(spans)
