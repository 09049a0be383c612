"""A bare noun the summary line names, said with the word the resume sets before it.

The matcher reads a skill from one word of a longer noun phrase: "groups" of "Run
six-week small groups" (group counseling), "lessons" of "Teach monthly Second Step
lessons", "groups" of "update security groups in Active Directory". Named alone in
"Experience in groups, …, IEP meetings and lessons" the word says nothing; a careful
person writes the phrase the resume wrote: "small groups", "Second Step lessons",
"security groups". Every word is still the resume's own, side by side as it wrote them,
so the line claims nothing the resume does not say.

Only a one-word lower-case term is widened, and only by the words that describe it
wherever the resume writes it: one lower-case describing word ("small"), or a run of
capitalised words that is no bullet's opening verb ("Second Step"). The phrase must be
the same everywhere the resume writes the word, and the vocabulary must read in it no
skill the resume does not show (the guard's rule for every word of the line).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tailor_app.tailoring.compose.gerund import past_gerund
from tailor_app.tailoring.compose.naming import DEED_VERBS, plain_deed_verbs
from tailor_app.tailoring.compose.past_forms import is_irregular_past
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["with_its_describer"]

# Words before a noun that do not describe it: determiners, numbers, prepositions,
# conjunctions and words of time or amount ("every", "monthly", "weekly", "more").
_NOT_DESCRIBING = frozenset({
    "a", "an", "the", "my", "our", "their", "his", "her", "its", "your", "this", "that",
    "these", "those", "each", "every", "any", "some", "no", "all", "both", "many", "more",
    "most", "several", "few", "other", "new", "own", "same", "such", "various", "multiple",
    "of", "and", "or", "for", "in", "at", "to", "on", "with", "by", "from", "into", "per",
    "as", "via", "than", "about", "over", "under", "after", "before", "between", "across",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "daily", "weekly", "monthly", "yearly", "annual", "quarterly", "nightly", "hourly",
    "can", "could", "will", "would", "may", "might", "must", "should", "is", "are", "was",
    "were", "be", "been", "also", "then", "up", "out", "off", "down", "not", "through",
    "throughout", "during", "within", "without", "including", "like", "around", "against",
    "toward", "towards", "among", "upon", "onto", "near", "while", "when", "where",
    "until", "till", "since", "unless", "once", "if", "because", "whether",
    # Light verbs, whose object the term is ("do laundry", "make beds", "run groups").
    "do", "does", "did", "make", "makes", "get", "gets", "take", "takes", "give", "gives",
    "keep", "keeps", "run", "runs", "use", "uses", "help", "helps", "set", "sets", "put",
    "lead", "leads", "led", "handle", "handles", "manage", "manages", "owns",
})
# The words before the term on its line: a run of capitalised words, or one lower-case
# word; a space (no mark) between them and the term.
# The run opens a word: the "V" of "480/277V panelboards" is a figure's unit, no name.
_CAPITALISED_RUN = re.compile(r"(?<![\w'’&/.-])((?:[A-Z][\w'’&-]*[ \t]+)+)$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]*)[ \t]+$")
# A word holding a figure right before the describer ("7th grade", "3-phase").
_FIGURE_BEFORE = re.compile(r"[\w'’-]*\d[\w'’-]*[ \t]+$")
_JOINED_BEFORE = re.compile(r"(?:\band|\bor|[,/&])\s*$")
_LINE_OPENING = re.compile(r"^[\s\-*•·‣◦–]*")
# A clause of a row of deeds opens after a semicolon, with its own verb.
_CLAUSE_OPENED = re.compile(r";\s*$")


def _joined(char: str) -> bool:
    """A character that joins a word to its neighbour ("sub-groups", "groups'")."""
    return char.isalnum() or char in "_-'’"


def _a_verb(word: str) -> bool:
    """A word in a verb's past or -ing form, which opens a deed, not a noun phrase."""
    low = word.casefold()
    return low.endswith("ing") or is_irregular_past(low) or past_gerund(low) is not None


# Words after which a verb comes in its plain form: "helped place beer and liquor
# orders", "trained staff to stock shelves".
_VERB_COMES = re.compile(r"(?<![\w'’-])(?:help|helps|helped|helping|to)[ \t]+$", re.IGNORECASE)


def _describer(before: str, verbs: Collection[str] = ()) -> str | None:
    """The describing words that end ``before``, a line up to the noun ("small",
    "Second Step"), or None when nothing describes the noun there (a verb, a
    determiner, a mark). ``verbs`` are the plain verbs of deeds: one of them right
    after "helped" or "to" is that verb ("helped place beer orders": no "place beer")."""
    opening = len(_LINE_OPENING.match(before).group())  # type: ignore[union-attr]
    run = _CAPITALISED_RUN.search(before)
    if run is not None:
        words = run.group(1).split()
        start = run.start(1)
        if start == opening:
            # The bullet's opening verb ("Teach Second Step lessons").
            start = before.find(words[1], start + len(words[0])) if len(words) > 1 else -1
            words = words[1:]
        if words and all(w.casefold() not in _NOT_DESCRIBING for w in words) and (
                not _JOINED_BEFORE.search(before, 0, start)):
            return " ".join(words)
        return None
    lower = _LOWER_WORD.search(before)
    if lower is None or lower.start(1) == opening:
        return None
    if _CLAUSE_OPENED.search(before, 0, lower.start(1)):
        return None  # "Replace bearings and belts; rebuild gearboxes": the clause's verb
    word = lower.group(1)
    if _FIGURE_BEFORE.search(before, 0, lower.start(1)):
        return None  # "7th grade math": "grade" is told by its figure, no describer alone
    if _JOINED_BEFORE.search(before, 0, lower.start(1)):
        return None  # "adult and pediatric prophylaxis": one of two kinds said
    if (word in _NOT_DESCRIBING or word in DEED_VERBS or word.endswith("ly")
            or _a_verb(word) or "-" in word):
        return None  # "daily", "cleaned", "every", "six-week" say when or how much
    if word in verbs and _VERB_COMES.search(before, 0, lower.start(1)):
        return None  # "helped place beer": a verb after "helped" or "to", not a describer
    return word


def with_its_describer(term: str, resume_text: str, vocabulary: Vocabulary,
                       shown: Collection[str]) -> str:
    """``term`` with the words the resume sets before it, when ``term`` is one lower-case
    word the resume always writes after the same describing words ("groups" ->
    "small groups"); else ``term`` itself. ``shown`` are the skills the resume's lines
    show (the guard's set): a phrase in which the vocabulary reads another skill stays
    unsaid."""
    if (not term.isalpha() or term != term.lower() or len(term) < 3
            or term.endswith("ing") or term in DEED_VERBS):
        return term  # "grinding", "laundry done": an activity is no thing to describe
    said: set[str] = set()
    verbs = plain_deed_verbs(vocabulary)
    size = len(term)
    at = resume_text.find(term)
    while at >= 0:
        after = at + size
        if (at == 0 or not _joined(resume_text[at - 1])) and (
                after == len(resume_text) or not _joined(resume_text[after])):
            describer = _describer(resume_text[resume_text.rfind("\n", 0, at) + 1:at],
                                   verbs)
            if describer is None:
                return term  # written bare somewhere: the word stands on its own there
            said.add(f"{describer} {term}")
        at = resume_text.find(term, after)
    if len(said) != 1:
        return term  # "can printer" and "proofing printer": no one phrase to say
    phrase = said.pop()
    if any(hit.skill.name not in shown for hit in vocabulary.find(phrase)):
        return term
    return phrase
