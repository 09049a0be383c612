"""What a posting says the job is not: "You won't be doing payroll", "This is not a
billing role", "there is no bookkeeping", "Estimating is not part of this role".

Postings draw the job's edges so that the wrong people do not apply, and they name
the skills they leave out while doing so. Read as asks, each became a false "missing"
in the match report: a receptionist told she lacks Insurance claims by the sentence
"This is not a billing role; our billing team handles insurance claims". The rules
are grammar alone: a negated verb whose subject is the reader, the job or the
employer, a "not a … role", a "there is no …", and a clause that ends by saying
what it names is no part of the job. The span runs to the clause's end, never past
a turn back to the job (", but you will …").

Left asked, since the negation turns the sense around (litotes): "you don't shy
away from cold calling", "you're not afraid to pick up the phone", "you never miss
a deadline", "not only … but", "not just a sales job".
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import Caseless, folded, lowered
from tailor_app.tailoring.posting.cue_lines import cue_lines, scan_cued
from tailor_app.tailoring.posting.others_duties import others_duty_spans
from tailor_app.tailoring.posting.own_people import names_own_people

__all__ = ["NEEDS_SOMEONE", "around_the_worker", "occasions_of_hours", "others_work",
           "outside_the_job", "to_clause_end", "wish_follows"]

# Verbs and words after a negation that turn it into praise of a demand: "you don't
# shy away from cold calling", "you're not afraid of spreadsheets", "you never miss a
# follow-up", "we never compromise on safety", "you don't mind getting dirty".
_LITOTES = (
    r"(?:only|just|simply|merely|shy|afraid|scared|intimidated|fazed|rattled|deterred"
    r"|bothered|squeamish|one|mind|hesitate|flinch|fear|shrink|back|miss|forget|fail"
    r"|stop|quit|give|settle|cut|compromise|panic|sweat|let|lose|take|wait|hide"
    r"|worry|need[ \t]+(?:to[ \t]+)?be[ \t]+told|hold[ \t]+back|cut[ \t]+corners"
    # "We don't tolerate shortcuts on OSHA rules", "you won't need supervision to run
    # payroll": what is refused is the lapse, and the demand is the rest.
    r"|tolerate|accept|allow|need[ \t]+(?:(?:much|any|close|constant)[ \t]+)?"
    r"(?:supervision|hand-holding|babysitting|micromanaging|reminders))")
# The reader, the job or the employer with a negated verb: "You won't be …", "you
# will not teach …", "This role does not include …", "We don't use …", "you do not
# need a degree".
# Not in a condition, which the main clause answers: "If you don't have QuickBooks
# experience, you must learn it in 30 days" still asks for QuickBooks. (Each subject
# opens with its letter and looks behind it, and the pattern reads the folded text,
# so that ``re`` skips to a "y", "w" or "t": see caseless.py.)
_SUBJECT_AFTER = r"(?<![\w'’]{0})(?<!\bif {0})(?<!\bunless {0})"
_NEGATED_VERB = Caseless(
    rf"(?:y{_SUBJECT_AFTER.format('y')}ou|w{_SUBJECT_AFTER.format('w')}e"
    rf"|t{_SUBJECT_AFTER.format('t')}his[ \t]+(?:role|position|job)"
    rf"|t{_SUBJECT_AFTER.format('t')}he[ \t]+(?:role|position|job))"
    r"[ \t]*(?:will[ \t]+not|won[’']?t|wont|would[ \t]+not|wouldn[’']?t|do[ \t]+not"
    r"|don[’']?t|does[ \t]+not|doesn[’']?t|are[ \t]+not|aren[’']?t|is[ \t]+not|isn[’']?t"
    r"|[’']re[ \t]+not|[’']ll[ \t]+not|[’']ll[ \t]+never|will[ \t]+never|never)"
    rf"[ \t]+(?!{_LITOTES}\b|(?:be|a|an)[ \t]+{_LITOTES}\b)")
# "This is not a billing role", "It's not a cold-calling job", "a support role, not a
# quota-carrying sales position": what kind of job it is not.
_NOT_A_ROLE = Caseless(
    r"n(?<!\wn)ot[ \t]+(?:a|an)[ \t]+(?!(?:only|just|simply|merely|typical|ordinary)\b)"
    r"([^.;:!?()\n]{1,40}?)[ \t]+(?:role|job|position|gig|opening)\b")
# "there is no bookkeeping", "There's no cold calling", "with no overnight travel":
# what the job holds none of, to the clause's end.
_THERE_IS_NO = Caseless(
    r"(?:t(?<!\wt)here[ \t]+(?:is|are|will[ \t]+be)|t(?<!\wt)here[’']s|w(?<!\ww)ith"
    r"|i(?<!\wi)nvolves)[ \t]+no[ \t]+"
    r"(?!(?:less|fewer|later|earlier|more|better|substitute|limit|cap|shortage"
    r"|shortcut)\b)")
# "with no / there is no" says none of the noun phrase after "no" only: a preposition
# or a participle opens what the rest of the clause asks ("no room for error in
# medication administration", "with no supervision using G-code and calipers", "with
# no errors in QuickBooks").
_NOUN_PHRASE_END = re.compile(
    r"[ \t]+(?:in|on|at|for|to|from|with|using|via|through|during|across|within|by|when"
    r"|while|as|into|under|per|every|each|and[ \t]+(?:then|you|we))\b", re.IGNORECASE)
# A clause that ends by saying it is no part of the job: "Estimating is not part of
# this role", "Payroll isn't part of the job", "Bookkeeping is handled by our CPA".
_NOT_PART = re.compile(
    r"[ \t]+(?:(?:is|are)[ \t]+not|isn[’']t|aren[’']t)[ \t]+(?:part[ \t]+of[ \t]+"
    r"(?:the|this|your)[ \t]+(?:role|job|position|work)|(?:in|within)[ \t]+(?:the[ \t]+)?scope"
    r"|your[ \t]+(?:job|responsibility)|expected|required|needed|necessary)\b"
    r"|[ \t]+(?:is|are)[ \t]+(?:handled|done|covered|taken[ \t]+care[ \t]+of)[ \t]+by[ \t]+"
    r"(?:our|the|another|a[ \t]+separate)\b",
    re.IGNORECASE)
# What every match of ``_NOT_PART`` holds: only the lines holding one are scanned.
_NOT_PART_CUES = ("not", "n't", "n’t", "handled", "done", "covered", "taken")
# Where a negated clause stops: its punctuation, or a turn to a new clause ("…, but
# you will", "…, and there is no …", " — instead …").
_CLAUSE_END = re.compile(
    r"[.;:!?()\n]|,?[ \t]+(?:but|instead|though|although|because|so[ \t]+that|while)\b"
    # A condition or what is asked instead opens a clause of its own: "You don't need
    # a degree, just a Class B CDL", "We do not require a degree if you have 5 years
    # of AutoCAD", "…, as long as you know QuickBooks", "our kitchen team handles 400
    # covers a night, so you need speed on the grill".
    r"|,?[ \t]+(?:if|unless|provided|as[ \t]+long[ \t]+as)\b"
    r"|,[ \t]+(?:just|only|simply|so|rather)\b"
    r"|,[ \t]+(?:(?:and|or)[ \t]+)?(?:you|we|there|it|this|our|the[ \t]+(?:role|job))\b"
    r"|[ \t]+[—–][ \t]+",
    re.IGNORECASE)
# Where such a clause opens, read back from the words that close it.
_CLAUSE_OPENING = re.compile(r"[^.;:!?()\n]{2,80}$")
_OPENING_TURN = re.compile(
    r".*(?:,[ \t]+(?:and|or|but)[ \t]+|[ \t]+(?:and|but)[ \t]+(?=(?:the|our|any|all)\b))",
    re.IGNORECASE)
_WISH = re.compile(r"\b(?:but|preferred|helpful|a plus|welcome|asset|bonus|nice|ideal"
                   r"|desired|preferably)\b", re.IGNORECASE)
# What may follow "is not required" and turn it into a wish: "…, but preferred",
# "but is a big plus", "though it helps", "but would be nice to have", "though we'd
# love it".
_WISH_AFTER = re.compile(
    r"[^.;:!?()\n]{0,12}?\b(?:but|though|although|however)\b[^.;:!?()\n]{0,30}?"
    r"\b(?:preferred|helpful|helps|plus|welcome|asset|bonus|nice|ideal|desired|advantage"
    r"|valued|appreciated|great|love|useful|handy|extra)\b", re.IGNORECASE)
_WITHOUT = re.compile(r"\bwithout\b", re.IGNORECASE)
_GATE = re.compile(r"\bnot\b|n[’']t\b|\bnever\b|\bno\b", re.IGNORECASE)
# The same on the lower-cased text (``caseless.folded``), opening with the "n" every
# match opens with so that ``re`` skips to it (the case-blind pattern tried every
# character of the posting).
_GATE_LOW = re.compile(r"n(?<!\wn)(?:ot|ever|o)\b|n[’']t\b")


def wish_follows(text: str, end: int) -> bool:
    """Whether the words after a waiver that ends at ``end`` turn it into a wish:
    "Spanish is not required, but is a plus" still asks for Spanish, as preferred."""
    return _WISH_AFTER.match(text, end) is not None


def to_clause_end(text: str, start: int) -> int:
    """Where the clause going on at ``start`` ends (see ``_CLAUSE_END``)."""
    end = _CLAUSE_END.search(text, start)
    return end.start() if end is not None else len(text)


def outside_the_job(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that name what the posting says the job does not involve or
    does not need: no asks."""
    low = folded(text)
    if (_GATE.search(text) if low is None else _GATE_LOW.search(low)) is None:
        return []
    spans = []
    for m in _NEGATED_VERB.finditer(text, low):  # (offsets only: ``low`` has the text's)
        end = to_clause_end(text, m.end())
        if _WITHOUT.search(text, m.end(), end) is None:
            spans.append((m.end(), end))
        # else "You will never operate a forklift without a current certification",
        # "you won't go a day without reading blueprints": two negations make a demand.
    spans += [m.span(1) for m in _NOT_A_ROLE.finditer(text, low)]
    for m in _THERE_IS_NO.finditer(text, low):
        end = to_clause_end(text, m.end())
        phrase = _NOUN_PHRASE_END.search(text, m.end(), end)
        spans.append((m.end(), phrase.start() if phrase is not None else end))
    for m in scan_cued(_NOT_PART, text, cue_lines(low, len(text), _NOT_PART_CUES)):
        opening = _CLAUSE_OPENING.search(text, max(0, m.start() - 80), m.start())
        if opening is None or (opening.start() > 0
                               and text[opening.start() - 1] not in ".;:!?()\n"):
            continue  # a clause longer than the look-back
        start = opening.start()
        turn = _OPENING_TURN.match(text, start, m.start())
        if turn is not None:
            start = turn.end()  # "Python is a plus, but SQL is not required": SQL only
        if _WISH.search(text, start, m.start()):
            continue  # "helpful but not required" is still a wish
        if wish_follows(text, m.end()):
            continue  # "Spanish is not required, but is a plus": a wish told the other way
        spans.append((start, m.start()))
    return [(a, b) for a, b in spans if b > a]


# Other people of the employer doing work, told to mark the job's edge: "our billing
# team handles insurance claims and collections", "Our CPA does the taxes", "our
# drivers run Freightliners with Samsara ELDs". A group's noun needs a word that says
# which group ("our billing team"; a bare "our team" may be the job's own), and the
# title must not name them ("our drivers" in a driver's posting are the job's people).
_GROUPS = (r"(?:teams?|departments?|dept|office|group|crews?|shop|staff|division|desk"
           r"|unit|firm|agency)")
_PEOPLE = (r"(?:cpas?|accountants?|bookkeepers?|drivers|technicians|techs|nurses|engineers"
           r"|developers|recruiters|estimators|installers|mechanics|dispatchers|buyers"
           r"|planners|schedulers|coordinators|specialists|managers|supervisors|teachers"
           r"|counselors|therapists|aides|vendors|contractors|subcontractors|subs|partners"
           r"|lawyers|attorneys|paralegals|agents|reps|representatives|associates)")
_OTHERS_DO = re.compile(
    r"\b(?:our|the|a[ \t]+separate|another)[ \t]+((?:[\w&/-]+[ \t]+){0,3}?)"
    rf"({_GROUPS}|{_PEOPLE})[ \t]+(?:will[ \t]+|also[ \t]+|already[ \t]+)?"
    r"(?:handles?|does|takes?[ \t]+care[ \t]+of|manages?|covers?|owns?|performs?"
    r"|process(?:es)?|runs?|(?:is|are)[ \t]+responsible[ \t]+for)\b",
    re.IGNORECASE)
_GROUP_NOUN = re.compile(rf"^{_GROUPS}$", re.IGNORECASE)
# What every match of ``_OTHERS_DO`` holds: its verb, after a blank ("own", not "known").
_OTHERS_DO_VERBS = (" handle", " does", " take", " manage", " cover", " own", " perform",
                    " process", " run", " responsible")


# A named person opening a clause: "Dr. Anna Weiss and Dr. Paul Rios lead a team of
# hygienists", "Chef Marco Ruiz writes the menu each season". What follows is that
# person's own work, told to introduce the employer's people, no ask of this job. The
# name stands where a subject stands (at a sentence's or clause's start); after a verb
# it is the object ("assist Dr. Patel with extractions") and the duty is the job's.
# The honorific with its full stop ("Ms Word", "Ms Excel" are Microsoft's), or "Chef".
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Mx)\.|Chef)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}"
_NAMED_DOES = re.compile(
    rf"(?:^|(?<=[.;:!?\n])|(?<=[.;:!?][ \t])|(?<=[.;:!?][ \t]{{2}}))[ \t]*"
    rf"({_HONORIFIC}(?:(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]*and[ \t]+){_HONORIFIC})*)"
    r"[ \t]+(?!(?:with|and|or|to|in|on|at|for|of|by|from|as|who|whose|during|about)\b)"
    # A named person's demand is the job's ask: "Dr. Patel requires every assistant to
    # hold a radiography certificate", "Chef Ruiz expects you to know French technique".
    r"(?!(?:requires?|expects?|needs?|wants?|asks?|prefers?|looks?|is|insists?|seeks?"
    r"|would|will|must|demands?)\b)"
    r"[a-z]{2,}\b")


# Each branch opens with its capital, the word boundary checked behind it: ``re`` skips
# to the capitals rather than trying a boundary at every character.
_ANY_HONORIFIC = re.compile(r"D(?<!\wD)r\.|M(?<!\wM)(?:r|rs|s|x)\.|C(?<!\wC)hef\b")


def named_people_work(text: str) -> list[tuple[int, int]]:
    """Spans of what people named by an honorific ("Dr.", "Chef") do, told as the
    subject of their own clause: their work, not the job's."""
    if _ANY_HONORIFIC.search(text) is None:
        return []
    spans = []
    for m in _NAMED_DOES.finditer(text):
        end = to_clause_end(text, m.end())
        # "Chef Marco leads a kitchen of 12 and needs a sous chef who can run the line":
        # the person's own work ends where the job is asked for.
        turn = NEEDS_SOMEONE.search(text, m.end(), end)
        spans.append((m.start(1), turn.start() if turn is not None else end))
    return spans


# A turn from a story to the job: "needs a sous chef", "is looking for an RN", "wants
# someone who". Shared with the story test (``context.describes_company``).
NEEDS_SOMEONE = re.compile(
    r"\b(?:needs?|wants?|seeks?|requires?|is (?:looking|searching) for|is seeking"
    r"|is hiring|(?:would|will) (?:love|like))\b", re.IGNORECASE)


def others_work(text: str, title: str | None) -> list[tuple[int, int]]:
    """Spans of what the employer's other people do, told of them by name ("our
    billing team handles insurance claims") or by their own names ("Dr. Weiss leads
    a team of hygienists"): their work, no ask of this job."""
    spans = named_people_work(text)
    # "our hygienists take x-rays", "a foreman who reads blueprints": any verb of theirs
    spans += others_duty_spans(text, title)
    if "our " not in lowered(text) and "the " not in lowered(text):
        return spans
    lines = cue_lines(folded(text), len(text), _OTHERS_DO_VERBS)
    for m in scan_cued(_OTHERS_DO, text, lines):
        words = m.group(1).split()
        if _GROUP_NOUN.match(m.group(2)) and not words:
            continue  # "our team handles 200 calls a day": maybe the job's own team
        if names_own_people(m.group(1) + " " + m.group(2), title):
            continue  # "our front desk team handles check-in" in a front desk posting,
            # "our techs handle PMs" in a technician's, "our front office team" in a
            # receptionist's: the job's own people, whose work is the job's
        # The people themselves too: "our CPA handles both" names no credential asked.
        spans.append((m.start(), to_clause_end(text, m.end())))
    return spans


# The hours of the job and the occasions they bend for: "Monday through Friday, 8-5,
# with some evenings for our client events and an annual Saturday inventory count",
# "Hours are 8-5 with occasional evenings during tax season". A clause that tells the
# days or hours of work names the occasions as times, no asks.
_HOURS_TOLD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|m-f|mon-fri|weekdays|hours[ \t]+are"
    r"|\d{1,2}(?::\d\d)?[ \t]*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}(?::\d\d)?[ \t]*[-–][ \t]*"
    r"\d{1,2}(?::\d\d)?(?:[ \t]*(?:am|pm))?\b(?![ \t]*(?:years?|yrs|months?|lbs?|pounds"
    r"|%|students?|people|employees)))", re.IGNORECASE)
_OCCASION = re.compile(
    r"\b(?:evenings?|nights?|weekends?|saturdays?|sundays?|holidays?|overtime|mornings?)"
    r"[ \t]+(?:for|during|around)[ \t]+", re.IGNORECASE)
# What every match of ``_OCCASION`` holds.
_OCCASION_WORDS = ("evening", "night", "weekend", "saturday", "sunday", "holiday", "overtime",
                   "morning")
_OCCASION_LINKS = ("for", "during", "around")


def occasions_of_hours(text: str) -> list[tuple[int, int]]:
    """Spans of the occasions a clause of the job's hours names ("evenings for our client
    events"): when the job works, not what it asks."""
    low = lowered(text)
    if not any(w in low for w in _OCCASION_WORDS):
        return []
    # The occasions first, on the lines that can hold one (no match spans a clause's
    # stop): most postings name none, and the hours are then looked for in no clause.
    spans = []
    told: dict[int, bool] = {}
    lines = cue_lines(folded(text), len(text), _OCCASION_WORDS, _OCCASION_LINKS)
    for m in scan_cued(_OCCASION, text, lines):
        start = max(text.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
        end = min((i for i in (text.find(c, m.end()) for c in ".;!?\n") if i >= 0),
                  default=len(text))
        if start not in told:  # the clause: the run of text between two stops
            told[start] = _HOURS_TOLD.search(text[start:end]) is not None
        if told[start]:
            spans.append((m.end(), end))
    return spans


# What the place of work holds around the worker: "able to work in a cold environment
# around forklifts and pallet jacks", "working near moving equipment". The hazards of
# the place, no ask, unless the title names the thing ("Forklift Operator").
_STEM_WORD = re.compile(r"[A-Za-z]{3,}")
_AROUND = re.compile(
    r"\b(?:work|works|working)\b[^.;:!?\n]{0,60}?\b(?:around|near|next[ \t]+to|beside)"
    r"[ \t]+([^.;:!?\n]{3,80})", re.IGNORECASE)


def around_the_worker(text: str, title: str | None) -> list[tuple[int, int]]:
    """Spans of the things a posting says the work is done around or near."""
    low = lowered(text)
    if " around " not in low and " near " not in low and " beside " not in low \
            and " next to " not in low:
        return []
    own = {w[:5].lower() for w in _STEM_WORD.findall(title or "")}
    return [m.span(1) for m in _AROUND.finditer(text)
            if not own & {w[:5].lower() for w in _STEM_WORD.findall(m.group(1))}]
