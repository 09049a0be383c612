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

Each clause reaches to its end as ``writers_own`` reads one (a semicolon, a comma,
"but", "while"…), so "Our bookkeeper handles QuickBooks; I send her the invoices" keeps
the writer's part.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.skills.stems import IRREGULAR_FORMS

__all__ = ["GATE_WORDS", "may_name_another", "opens_like_another", "others_spans"]

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
    "paralegal", "counselor", "chef", "vendor", "contractor", "subcontractor", "landlord",
    "auditor", "broker", "rep", "representative", "agent", "officer", "translator",
    "interpreter", "principal", "dean", "sergeant", "captain", "husband", "wife", "mother",
    "father", "sister", "brother", "friend", "tutor", "coach", "buyer", "planner",
    "scheduler", "admin", "secretary", "hr", "it", "department",
)
_PEOPLE = (r"(?:co-?)?(?:" + "|".join(sorted(
    (re.escape(w) for w in _PEOPLE_WORDS if w not in ("hr", "it", "department")),
    key=len, reverse=True)) + r")(?:s|es)?")
# Every clause this module blanks holds one of these (lower-cased), or opens its line
# with one of ``_OPENERS``: nearly every line holds none and is passed over unread (most
# lines hold "the" or "a", but seldom where a subject stands).
GATE_WORDS = (" my ", " our ", " his ", " her ", " their ", "who", ", the ", "; the ", ", a ",
              "; a ", ", an ", "when a", "when the", "if a ", "if the ", "while the ",
              "after the ", "after a ", "until the ")
_OPENERS = ("the ", "a ", "an ", "my ", "our ", "his ", "her ", "their ", "each ", "every ",
            "any ", "one ", "when ", "if ")
_BULLETS = " \t-–—•*·●▪◦>"


def opens_like_another(line: str) -> bool:
    """Does ``line`` open with a word another person's clause may open with ("The",
    "Our", "When")?"""
    return line.lstrip(_BULLETS)[:7].lower().startswith(_OPENERS)


def may_name_another(line: str, low: str) -> bool:
    """Might ``line`` (``low`` lower-cased) hold a clause whose subject is another
    person? The cheap test before ``others_spans``."""
    return any(w in low for w in GATE_WORDS) or opens_like_another(line)


# Verbs of a clause's own doer that are finite though no rule of endings finds them.
_FINITE_WORDS = frozenset({"did", "does", "had", "has", "was", "were", "is", "are", "do",
                           "would", "will", "could", "can", "used", "ran", "put", "set",
                           "cut", "read", "let", "hit", "got", "went", "saw", "told"})
# Words after a person that are no verb though their endings look finite: "the nurses
# station", "our drivers' logs".
_NOT_VERBS = frozenset({"and", "or", "as", "its", "this", "plus", "class", "process",
                        "status", "bus", "gas", "series", "news", "business", "access",
                        "address", "progress", "success", "needs", "notes", "hours", "lines",
                        "logs", "orders", "records", "files", "schedules", "reports",
                        "requests", "tasks", "duties", "cases", "calls", "charts",
                        "assignments", "patients", "residents", "students", "students'"})


# A finite verb, as the pattern's last part: so "Our lead tech drew blood" tries "lead
# tech" as the person when "tech" is no verb.
_VERB = (r"(?!(?:" + "|".join(sorted(_NOT_VERBS)).replace("'", "['’]") + r")\b)"
         r"(?P<verb>" + "|".join(sorted(_FINITE_WORDS | IRREGULAR_FORMS, key=len, reverse=True))
         + r"|[a-z]{2,}(?:ed|es)|[a-z]{3,}s)\b")

# The people a writer serves, who are never the writer: "When a resident had a trach",
# "if a customer asked for a refund" (any determiner opens them).
_SERVED = r"(?:patient|resident|client|customer|guest|student|caller|child|parent|visitor)s?"
# A person opening the clause: "Our bookkeeper", "my team lead", "the respiratory
# therapist", "My co-driver on team runs", "a resident", then its verb.
_SUBJECT = re.compile(
    r"[^\w\n]*(?:(?:and|then|so|also)[ \t]+)?(?:(?:my|our|his|her|their|the)[ \t]+"
    r"(?:[A-Za-z][\w'’&-]*[ \t]+){0,2}?" + _PEOPLE +
    r"|(?:an?|each|every|any|one)[ \t]+(?:[A-Za-z][\w'’&-]*[ \t]+){0,1}?" + _SERVED + ")" +
    r"(?:[ \t]+(?:on|at|in|from|of|for)[ \t]+(?:[A-Za-z][\w-]*[ \t]+){0,2}?[A-Za-z][\w-]*)?"
    r"[ \t]+(?:(?:also|usually|always|still|often|then|later)[ \t]+)?" + _VERB,
    re.IGNORECASE)
# A relative "who" right after such a person, anywhere in the line: "…, our accountant,
# who ran payroll". (Not "the": "the patients who…" is the writer's care of them.)
_WHO_AFTER = re.compile(
    r"\b(?:my|our|his|her|their)[ \t]+(?:[A-Za-z][\w'’&-]*[ \t]+){0,2}?" + _PEOPLE +
    r"[ \t]*,?[ \t]*(?P<who>who)\b", re.IGNORECASE)


def others_spans(line: str, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """The (start, end) of each clause of ``line`` whose subject is another person
    ("Our bookkeeper handles billing in QuickBooks"), to the clause's end as ``breaks``
    (``writers_own``'s clause breaks) finds it; empty for nearly every line."""
    spans: list[tuple[int, int]] = []
    starts = [0, *(m.end() for m in breaks.finditer(line))]
    for start in starts:
        m = _SUBJECT.match(line, start)
        if m is None:
            continue
        end = breaks.search(line, m.end("verb"))
        spans.append((start, end.start() if end else len(line)))
    for m in _WHO_AFTER.finditer(line) if "who" in line.lower() else ():
        end = breaks.search(line, m.end("who"))
        spans.append((m.start("who"), end.start() if end else len(line)))
    return spans
