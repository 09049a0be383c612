"""Clauses of a resume line whose subject is another person: what they did is theirs.

A resume drops its subject, so a clause that names one is about someone else: "Our
bookkeeper handles billing in QuickBooks; I send her the invoices", "My co-teacher held
the ESL endorsement", "the respiratory therapist did the trach care", "My manager drew up
the territories", "…, our accountant, who ran payroll". Every skill such a clause names
is the other person's, its nouns as well as its verbs: the match report must not credit
the writer with QuickBooks, the ESL endorsement or trach care from them (the reviewer's
findings, and fresh text in nursing, admin, HR, sales and driving).

The subject is a person named with "my", "our", "his", "her", "their" or "the" and a
word for a person by job or relation (``_PEOPLE``: never a tool, "the order picker"),
opening its clause and followed by a finite verb (``_VERB``: "handles", "held", "did"),
with up to two words before the noun ("our HR director", "my team lead") and a short
place after it ("my co-driver on team runs held"). A relative "who" after such a person
opens their clause too. Left as the writer's own:

- a deed shared with the writer: "My manager and I rebuilt the schedule";
- a group that holds the writer: "our team cut turnaround 20%" (no noun of ``_PEOPLE``);
- a person after a verb of the writer's: "Trained our new cashiers on the POS", "Sent
  hours to our payroll manager" (the clause opens with the writer's verb);
- "a nurse who…", which may be the writer describing themselves in a summary.

Each clause reaches to its end (a semicolon, a full stop, "but", "before", a comma
before a new subject: ``_END``), so "Our bookkeeper handles QuickBooks; I send her the
invoices" keeps the writer's part, and "The nurse took temps, pulses and BPs" blanks the
nurse's whole list.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.skills.stems import IRREGULAR_FORMS

__all__ = ["CLAUSE_OPENINGS", "GATE_WORDS", "OPENERS", "may_name_another", "opens_like_another",
           "others_spans"]

# Words for a person by job or relation, singular (a plural adds "s" or "es").
_PEOPLE_WORDS = (
    "manager", "supervisor", "director", "boss", "lead", "foreman", "foremen",
    "superintendent", "owner", "bookkeeper", "accountant", "controller", "teacher",
    "instructor", "trainer", "mentor", "preceptor", "nurse", "rn", "lpn", "cna", "aide",
    "doctor", "physician", "provider", "therapist", "technician", "tech", "pharmacist",
    "dentist", "hygienist", "surgeon", "driver", "dispatcher", "partner", "coworker",
    "co-worker", "colleague", "teammate", "assistant", "clerk", "receptionist", "recruiter",
    "coordinator", "administrator", "specialist", "analyst", "engineer", "electrician",
    "plumber", "carpenter", "mechanic", "inspector", "estimator", "attorney", "lawyer",
    "paralegal", "counselor", "chef", "vendor", "contractor", "subcontractor", "sub", "landlord",
    "auditor", "broker", "rep", "representative", "agent", "officer", "translator",
    "interpreter", "principal", "dean", "sergeant", "captain", "husband", "wife", "mother",
    "father", "sister", "brother", "friend", "tutor", "coach", "buyer", "planner",
    "scheduler", "admin", "secretary", "hr", "it", "department",
)
_PEOPLE = frozenset(w for w in _PEOPLE_WORDS if w not in ("hr", "it", "department"))
# Where a clause whose subject is another person may open, in a resume's lower-cased
# lines joined by line breaks: a line opening with a determiner or "when", or one after
# a comma, colon, semicolon or full stop ("…; my team lead translated", "…, the respiratory
# therapist did").
# One scan of the whole resume: its first characters are rare, so ``re`` skips ahead to
# them; nearly every line holds none and is passed over unread. (A line's start is
# found by ``OPENERS``.) "who" is looked for apart.
CLAUSE_OPENINGS = re.compile(
    r"[;:,.] (?:the|my|our|an?) |\n(?:our|my|the|when|an?|his|her|their|each|every|if) ")
OPENERS = ("the ", "a ", "an ", "my ", "our ", "his ", "her ", "their ", "each ", "every ",
           "when ", "if ")
GATE_WORDS = ("who", "; the ", "; my ", "; our ", "; a ", "; an ", ", the ", ", my ", ", our ",
              ", a ", ", an ", ". the ", ". my ", ". our ", ": the ", ": my ", ": our ")
_BULLETS = " \t-–—•*·●▪◦>"


def opens_like_another(line: str) -> bool:
    """Does ``line`` open with a word another person's clause may open with ("The",
    "Our", "When")?"""
    return line.lstrip(_BULLETS)[:7].lower().startswith(OPENERS)


def may_name_another(line: str, low: str) -> bool:
    """Might ``line`` (``low`` lower-cased) hold a clause whose subject is another
    person? The cheap test before ``others_spans``."""
    return any(w in low for w in GATE_WORDS) or opens_like_another(line)


# Verbs of a clause's own doer that are finite though no rule of endings finds them.
_FINITE_WORDS = frozenset({"did", "does", "had", "has", "was", "were", "is", "are", "do",
                           "would", "will", "could", "can", "used", "ran", "put", "set",
                           "cut", "read", "let", "hit", "got", "went", "saw", "told",
                           *IRREGULAR_FORMS})
# Words after a person that are no verb though their endings look finite: "the nurses
# station", "our drivers' logs".
_NOT_VERBS = frozenset({"and", "or", "as", "its", "this", "plus", "class", "process",
                        "status", "bus", "gas", "series", "news", "business", "access",
                        "address", "progress", "success", "needs", "notes", "hours", "lines",
                        "logs", "orders", "records", "files", "schedules", "reports",
                        "requests", "tasks", "duties", "cases", "calls", "charts",
                        "assignments", "patients", "residents", "students"})
_FINITE_END = re.compile(r"[a-z]{2,}(?:ed|es)|[a-z]{3,}s")
# The people a writer serves, who are never the writer: "When a resident had a trach",
# "if a customer asked for a refund" (any determiner opens them).
_SERVED = frozenset({"patient", "resident", "client", "customer", "guest", "student",
                     "caller", "child", "parent", "visitor"})
# A person ranked among others is the writer described: "the first nurse certified in
# wound care on the unit", "the only tech trained on the analyzer".
_RANKED = frozenset({"first", "only", "sole", "last", "second", "third", "youngest",
                     "newest", "top"})
# What the people served receive is what the writer gave: "Each client received a
# written care plan", "every patient got discharge teaching".
_RECEIVED = frozenset({"received", "receives", "got", "gets", "was", "were", "obtained"})
_POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "the"})
_ANY = frozenset({"a", "an", "each", "every", "any", "one"})
_PLACE = frozenset({"on", "at", "in", "from", "of", "for"})
_ADVERBS = frozenset({"also", "usually", "always", "still", "often", "then", "later"})
# The clause's first words: an opener ("and", "then"), the determiner and up to seven
# words after it, each with its end.
_HEAD = re.compile(r"[^\w\n]*(?:(?:and|then|so|also|when|while|if|after|until|but)[ \t]+)?"
                   r"(?P<det>[A-Za-z]+)[ \t]+"
                   r"(?P<words>[A-Za-z][\w'’&-]*(?:[ \t]+[A-Za-z][\w'’&-]*){0,7})",
                   re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’&-]*")
_MARKS = re.compile(r"[;:,.!?()]")
# A relative "who" right after a person: "…, our accountant, who ran payroll".
_WHO = re.compile(r"\b(?:my|our|his|her|their)[ \t]+(?P<words>(?:[A-Za-z][\w'’&-]*[ \t]+){0,2}"
                  r"[A-Za-z][\w'’&-]*)[ \t]*,?[ \t]*(?P<who>who)\b", re.IGNORECASE)


def _person(word: str, people: frozenset[str]) -> bool:
    """Is ``word`` (lower-cased) one of ``people``, in the plural or with "co-"?"""
    if word.startswith("co-"):
        word = word[3:]
    return (word in people or (word.endswith("s") and word[:-1] in people)
            or (word.endswith("es") and word[:-2] in people))


def _finite(word: str) -> bool:
    """Is ``word`` (lower-cased) a finite verb its clause's subject does: "handles",
    "held", "did"?"""
    return word not in _NOT_VERBS and (word in _FINITE_WORDS
                                       or _FINITE_END.fullmatch(word) is not None)


def _verb_after(words: list[str], at: int) -> int | None:
    """The index of the finite verb right after the person at ``words[at]``: next, or
    after a short place ("on team runs") or an adverb; None when there is none."""
    nexts = [at + 1]
    if at + 1 < len(words) and words[at + 1] in _PLACE:
        nexts += [at + 2 + k for k in range(1, 4)]  # "my co-driver on team runs held"
    for j in nexts:
        if j < len(words) and words[j] in _ADVERBS:
            j += 1
        if j < len(words) and _finite(words[j]):
            return j
    return None


def _subject_verb_end(line: str, start: int) -> int | None:
    """Where the verb ends when the clause at ``line[start]`` opens with another person
    and a finite verb ("Our bookkeeper handles"), else None."""
    head = _HEAD.match(line, start)
    if head is None:
        return None
    det = head.group("det").lower()
    people = _PEOPLE if det in _POSSESSIVES else _SERVED if det in _ANY else None
    if people is None:
        return None
    found = list(_WORD.finditer(line, head.start("words"), head.end("words")))
    words = [m.group().lower() for m in found]
    for at in range(min(3 if people is _PEOPLE else 2, len(words))):
        if _person(words[at], people):
            if _RANKED.intersection(words[:at]):
                return None  # "the first nurse certified in wound care": the writer
            verb = _verb_after(words, at)
            if verb is None:
                continue  # "Our lead tech drew blood": the person is "lead tech"
            if (people is _SERVED and words[verb] in _RECEIVED) or "me" in words[verb + 1:verb + 4]:
                return None  # "Each client received a care plan"; "relied on me to run"
            return found[verb].end()
    return None


# Where another person's clause ends: a mark, a word that opens another clause, or a
# comma before a new subject ("When a customer complained, I called back"). Not any
# comma: "The nurse took temps, pulses and BPs" is one clause, its list the nurse's.
_END = re.compile(
    r"[;:.!?()\[\]]|,(?=[ \t]+(?:I|we|the|my|our|his|her|their|then|so|but|and[ \t]+(?:I|we))\b)"
    r"|\b(?:but|while|whereas|because|though|although|instead|yet|so|until|after|before"
    r"|since|when|then)\b", re.IGNORECASE)


# A comma before a verb in the past opens the writer's own clause again: "My supervisor
# retired in 2021, took over scheduling", "The charge nurse was out, covered the unit".
_COMMA_WORD = re.compile(r",[ \t]+([A-Za-z]+)")


def _clause_end(line: str, at: int) -> int:
    """Where another person's clause from ``line[at]`` ends (``_END``, or a comma before
    a past verb of the writer's: a dropped subject)."""
    end = _END.search(line, at)
    stop = end.start() if end else len(line)
    for m in _COMMA_WORD.finditer(line, at, stop):
        word = m.group(1).lower()
        if word.endswith("ed") or word in IRREGULAR_FORMS or word in _FINITE_WORDS:
            return m.start()
    return stop


def others_spans(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each clause of ``line`` whose subject is another person
    ("Our bookkeeper handles billing in QuickBooks"), to the clause's end (``_END``);
    empty for nearly every line."""
    spans: list[tuple[int, int]] = []
    # A clause opens at the line's start or after a mark; "when", "but"… are read by
    # ``_HEAD`` as the clause's first word.
    starts = [0, *(m.end() for m in _MARKS.finditer(line))]
    for start in starts:
        verb_end = _subject_verb_end(line, start)
        if verb_end is None:
            continue
        spans.append((start, _clause_end(line, verb_end)))
    for m in _WHO.finditer(line) if "who" in line.lower() else ():
        if any(_person(w, _PEOPLE) for w in m.group("words").lower().split()):
            spans.append((m.start("who"), _clause_end(line, m.end("who"))))
    return spans
