"""Is a deed in a resume's line the writer's own, told as done?

A resume line drops its subject: "Booked flights for 12 executives" is the writer's
deed. The same words say something else in four shapes, and the match report must not
credit the skill from them (each was a reviewer's finding on text of our own):

- negated: "Did not book flights; forwarded requests to the travel desk" (not a
  negation of other people's, "help those who can't feed themselves");
- a goal, planned and not done: "Goal: arrange travel for the whole sales team by Q3",
  "Goal for 2027: ask each customer how they use their phone", "Target for next
  year: …", "hope to", "aim to";
- learned, or watched as a learner: "Shadowed agents; learned how to cold call small business
  owners", "Asked my manager how to sell protection plans" (learning how is no doing), or
  practised in school ("Practiced pushing meds under my instructor's supervision");
- done by someone else, for a verb's deed only (a skill's noun in such a clause is
  still the setting of the writer's work): "Reported leaks to the landlord's plumber,
  who fixed leaks and toilets", "Managers asked customers what plans they wanted".
  A clause whose subject is another person, named ("Our bookkeeper handles billing in
  QuickBooks", "My co-teacher held the ESL endorsement"), is theirs in full, its nouns
  too (skills/others_clauses.py).

Each marker reaches to the end of its clause (a semicolon, a colon, a full stop, a
comma, or a word that opens another clause: "but", "while"…), so "Did not miss a shift;
booked flights for 12" still shows the booking. A line opening with "Goal" (with its
year or its colon) is a goal in full. Read only in a resume's lines: a posting's "a
plumber who fixes leaks" describes the hire.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.skills.others_clauses import (
    CLAUSE_OPENINGS,
    OPENERS,
    may_name_another,
    others_spans,
)
from tailor_app.tailoring.skills.stems import irregular_base

__all__ = ["by_another", "clinicians_deed", "not_done", "opens_a_clause", "told_as_done",
           "told_as_done_lines"]

# What ends a clause before a word: its marks, and the words that open another one.
_CLAUSE_BREAK = re.compile(
    r"[;:.!?,()\[\]]|\b(?:but|while|when|whereas|because|though|although|instead|yet"
    r"|then|after|before|since|until|so|during|using|via)\b", re.IGNORECASE)
# Negation of the verb after it: "did not book", "never booked", "can't". Not "was not",
# which says a state of the thing ("checked that no load was not strapped").
_NEGATION = re.compile(
    r"\b(?:(?:did|does|do|have|has|had|could|would|will|can)[ \t]+not"
    r"|(?:didn|doesn|don|haven|hasn|hadn|couldn|wouldn|won|can)['’]t"
    r"|cannot|never|no[ \t]+longer)\b"
    # A clause opening with "No" has not the thing it names: "No driver's license; I take
    # the bus", "Forklift: no certification yet". (Not "No." or "No-fault": a space follows.)
    r"|(?:^|(?<=[;:(]))[^\w\n]*\bno(?=[ \t])", re.IGNORECASE | re.MULTILINE)
# A negation in a clause about other people is theirs, not the writer's: "help those who
# can't feed themselves" (the deed after "who" is another's anyway: see ``by_another``).
_WHO_BEFORE = re.compile(r"\bwho[ \t]+$", re.IGNORECASE)
# A goal or a wish, not a deed: "aim to", "hope to", "goal is to", "would like to".
# Not "plans to": a noun as often ("attached protection plans to 35% of sales").
_GOAL = re.compile(
    r"\b(?:aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|intend(?:s|ed|ing)?"
    r"|aspir(?:e|es|ed|ing)|would[ \t]+like|goal[ \t]+(?:is|was|of)"
    r"|planning)[ \t]+to\b", re.IGNORECASE)
# A line that opens with its goal: "Goal: …", "Goals for 2027 - …", "2026 target: …",
# "Plan for next year: …". (Not "Objective:", which on a resume names the work sought
# with the skills the writer has.)
_GOAL_LINE = re.compile(
    r"^\W*(?:(?:19|20)\d\d[ \t]+)?(?:my[ \t]+|next[ \t]+)?(?:(?:goals?|targets?|aims?"
    r"|next[ \t]+steps?)\b|plans?[ \t]+for\b)[^:\n]{0,30}?(?::|[ \t][–—-][ \t])",
    re.IGNORECASE)
# Learning it: "learned how to", "learning to", "shadowed", "asked … how to". (Not
# "watched" or "observed": "Watched 6 toddlers", "Observed student behavior" are work.)
_LEARNING = re.compile(
    r"\b(?:learn(?:s|ed|t|ing)?(?:[ \t]+how)?[ \t]+to"
    r"|shadow(?:s|ed|ing)?"
    # Practice in school: "Practiced pushing meds under my instructor's supervision",
    # "practiced sticks on mannequins in the sim lab" (not "practiced law").
    r"|practic(?:e|ed|es|ing)\b(?=[^;:.\n]{0,60}?\b(?:sim(?:ulation)?[ \t]+lab|skills[ \t]+lab"
    r"|mannequins?|manikins?|clinicals?|instructor|preceptor))"
    r"|ask(?:s|ed|ing)?\b[^;:.,\n]{0,40}?\bhow[ \t]+to)\b", re.IGNORECASE)
# Another person before the verb of the deed: a relative pronoun of people ("…, who
# fixed leaks") or a third person ("he booked") anywhere in its clause. Not "that" or
# "which": a thing's deed is the result of the writer's work ("Took part in kaizen events
# that cut changeover time", "projects which cut costs").
_RELATIVE = re.compile(r"\b(?:who|whom|whose|he|she|they)\b", re.IGNORECASE)
# Or a noun of people opening the clause right before a finite verb: "Managers asked
# customers", "The plumber fixed it", "Two senior reps asked". (A plain form after
# them is the writer's help: "Helped the manager fix leaks".)
_PEOPLE = re.compile(r"(?:[a-z]+(?:ers?|ors?|ists?|ians?|ees|ants|ents|m[ae]n|reps?|techs?"
                     r"|agents?|nurses?|chefs?)|staff|team|crew|everyone|others)$")
_DETERMINER = frozenset({"the", "a", "an", "our", "my", "his", "her", "their", "two", "three",
                         "other", "senior", "lead", "head", "some", "all", "each", "every"})
_FINITE = re.compile(r"(?:[a-z]{2,}(?:ed|es)|[a-z]{3,}s)$")
# Help given to a licensed clinician doing the deed: "Helped nurses start IVs and change
# dressings", "Assisted the RN with starting IVs". The deed is the clinician's, done under
# a licence the helper does not hold; helping a manager or a plumber stays the writer's
# own work ("Helped the manager fix leaks"). Not "nurse aides" or a "nurse manager".
# Peers are no one the writer works under: "Helped other nurses start difficult IVs" is a
# nurse's own skill (see ``matching``: nor is any help a clinician writer gives).
_CLINICIAN_HELPED = re.compile(
    r"\b(?:help(?:ed|s|ing)?|assist(?:ed|s|ing)?)[ \t]+(?:(?:the|our|my|an?)[ \t]+)?"
    r"(?!(?:other|new|newer|fellow|junior|float|agency|travel|student|graduate|grad)\b)"
    r"(?:[a-z-]+[ \t]+)?(?:nurses?|RNs?|LPNs?|physicians?|doctors?|providers?|surgeons?"
    r"|pharmacists?|dentists?|hygienists?|NPs?|PAs?)\b"
    r"(?![ \t]+(?:managers?|educators?|leaders?|supervisors?|aides?|assistants?|techs?"
    r"|technicians?|station|call))", re.IGNORECASE)


def clinicians_deed(line: str, at: int) -> bool:
    """Is the work at ``line[at]`` a clinician's the writer helped with: "Helped nurses
    start IVs and change dressings", "Assisted the RN with starting IVs"? Only the help
    and the work it names as a deed in the same clause, with nothing between but
    "with"/"to" or other work joined by "and"."""
    start = _clause_start(line, at)
    helped = next(reversed(list(_CLINICIAN_HELPED.finditer(line, start, at))), None)
    if helped is None:
        return False
    between = _HELPED_WITH.fullmatch(line, helped.end(), at)
    if between is None:
        return False
    # After "with", only work told as a deed ("with starting IVs"): "Assisted physicians
    # with moderate sedation" names the nurse's own part in the procedure.
    return between.group("with") is None or bool(_ING.match(line, at))


_HELPED_WITH = re.compile(
    r"[ \t]+(?:(?P<with>with|in)[ \t]+|to[ \t]+)?(?:[^,;]*?[ \t](?:and|or|&)[ \t]+)?")
_ING = re.compile(r"[a-z]{2,}ing\b")
# The words a resume's own deed may open its clause after: "and", "&", "then", an adverb.
_OPENER = re.compile(r"^(?:(?:and|&|then|also|[a-z]+ly)[ \t]+)*$", re.IGNORECASE)


# Each marker pattern with words every match of it holds (lower-cased): most resume
# lines hold none, and a line is then passed over without running the pattern, three
# case-blind scans of every line (about 2 % of a job).
_GOAL_WORDS = ("goal", "target", "aim", "next", "plan")  # one is in every _GOAL_LINE match
_MARKERS = ((_NEGATION, ("not", "n't", "n’t", "never", "no ", "no\t")),
            (_GOAL, ("aim", "hope", "hoping", "want", "intend", "aspir", "would", "goal",
                     "planning")),
            (_LEARNING, ("learn", "shadow", "how ", "how\t", "practic")))


def told_as_done(line: str, others: bool | None = None) -> str:
    """``line`` with every clause it says the writer did not do (negated, a goal,
    learned or shadowed) blanked out, the same length so every offset stays; the line
    itself when it has none. The match report's readers read only what is left, so
    none of them credits "Did not book flights" or "learned how to cold call".
    ``others`` says whether the line may name another person as a clause's subject
    (``others_clauses.may_name_another``), when the caller has found out already."""
    low = folded(line)
    if (low is None or any(w in low for w in _GOAL_WORDS)) and _GOAL_LINE.match(line):
        return " " * len(line)
    spans = [(m.start(), _clause_end(line, m.end())) for pattern, words in _MARKERS
             if low is None or any(w in low for w in words) for m in pattern.finditer(line)
             if pattern is not _NEGATION or not _WHO_BEFORE.search(line, 0, m.start())]
    # Done by someone the clause names: "Our bookkeeper handles billing in QuickBooks".
    if others or (others is None and may_name_another(line, line.lower() if low is None
                                                     else low)):
        spans += others_spans(line)
    if not spans:
        return line
    out = line
    for start, stop in spans:
        out = out[:start] + " " * (stop - start) + out[stop:]
    return out


def _clause_end(line: str, at: int) -> int:
    """Where the clause holding ``line[at]`` ends: at the next break, or the line's end."""
    end = _CLAUSE_BREAK.search(line, at)
    return end.start() if end else len(line)


# Every gate word of ``told_as_done``: a line holding none of them is told as done whole.
_ALL_WORDS = tuple(dict.fromkeys([*_GOAL_WORDS, *(w for _p, words in _MARKERS for w in words)]))


def told_as_done_lines(lines: Sequence[str]) -> list[str]:
    """``told_as_done`` of each line (the very string object for a line told wholly as
    done). A resume's gate words are looked for once in all its lines together, with
    ``str.find``, and only the lines holding one are read: a line's folded text is the
    joined folded text's slice (a gate word holds no line break), so every other line
    would pass every gate alone. Before, each line was folded and tested for the words
    on its own (about 2 % of a job)."""
    joined = "\n".join(lines)
    low = folded(joined)
    if low is None:  # lower-casing stands in for no line's IGNORECASE: each its own way
        return [told_as_done(line) for line in lines]
    starts = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    marked = _lines_holding(low, starts, _ALL_WORDS)
    # Lines where a clause may open with another person ("Our bookkeeper handles…").
    others = {bisect.bisect_right(starts, m.start() + 1) - 1
              for m in CLAUSE_OPENINGS.finditer(low)}
    others.update(_lines_holding(low, starts, ("who",)))
    if low.startswith(OPENERS):
        others.add(0)
    return [told_as_done(line, n in others) if n in marked or n in others else line
            for n, line in enumerate(lines)]


def _lines_holding(low: str, starts: list[int], words: Sequence[str]) -> set[int]:
    """The indexes of the lines (starting at ``starts`` in ``low``) holding any of
    ``words``."""
    marked: set[int] = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            marked.add(bisect.bisect_right(starts, at) - 1)
            at = low.find(word, at + 1)
    return marked


def _clause_start(line: str, at: int) -> int:
    """Where the clause holding ``line[at]`` opens: after the last break before it."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(line, 0, at):
        start = m.end()
    return start


def _line_of(text: str, at: int) -> tuple[str, int]:
    """The line of ``text`` holding ``at``, and ``at`` within it."""
    first = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[first:end if end >= 0 else len(text)], at - first


def not_done(text: str, at: int) -> bool:
    """Is the word at ``text[at]`` in a clause that says the writer did not do it:
    negated, a goal or a wish, or only learned or shadowed?"""
    line, at = _line_of(text, at)
    if _GOAL_LINE.match(line):
        return True
    before = line[_clause_start(line, at):at]
    if not before.strip():
        # The marker may stand before the clause's break: "Did not book flights, …"
        # only reaches to its comma; nothing before the word means nothing to undo.
        return False
    return bool(_NEGATION.search(before) or _GOAL.search(before) or _LEARNING.search(before))


# A verb in the passive right after its auxiliary: the deed was done to the writer ("Was
# taught reading and math at home", "Got trained on the scanners").
_PASSIVE = re.compile(r"\b(?:was|were|been|being|get|gets|got|getting)[ \t]+$", re.IGNORECASE)


def by_another(text: str, at: int) -> bool:
    """Is the verb at ``text[at]`` someone else's: after "who", "he", "they" in its
    clause ("…, who fixed leaks"), or a finite verb right after the noun of
    people its clause opens with ("Managers asked", "the plumber fixed")? Read for a
    deed's verb only."""
    line, at = _line_of(text, at)
    before = line[_clause_start(line, at):at]
    if _RELATIVE.search(before) or _PASSIVE.search(before):
        return True  # "…, who fixed leaks"; "Was taught reading at home": done to the writer
    words = re.findall(r"[A-Za-z'’]+", before)
    verb = re.match(r"[A-Za-z]+", line[at:])
    if not words or len(words) > 4 or verb is None:
        return False
    low = verb.group().lower()
    finite = bool(_FINITE.fullmatch(low)) or irregular_base(low) is not None
    noun = words[-1].lower()
    return finite and bool(_PEOPLE.search(noun)) and noun not in ("never", "ever", "other",
                                                                   "after", "over", "under") and (
        all(w.lower() in _DETERMINER or w[:1].isupper() or w is words[-1] for w in words))


def opens_a_clause(text: str, at: int) -> bool:
    """Does the word at ``text[at]`` open its line or a clause (after a bullet's mark, a
    semicolon, a colon, a comma or "and"), so the writer is its doer: "Ask how each
    customer uses their phone", "Greeted shoppers and asked what room …"?"""
    line, at = _line_of(text, at)
    start = 0
    for m in re.finditer(r"[;:,(]|\band\b|&", line[:at]):
        start = m.end()
    head = line[start:at]
    if start == 0:
        head = re.sub(r"^[\s\-–—•*·●▪◦>]+", "", head)
    return bool(_OPENER.match(head.strip() + (" " if head.strip() else "")))
