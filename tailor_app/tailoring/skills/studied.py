"""A skill named only as what a class taught, or a paper whose exam was only taken.

"Took a construction estimating class", "Sat in on a 2-hour Manhattan WMS webinar",
"Completed a QuickBooks course" say the writer heard about the thing, not that they did
it: the match report must not credit Estimating, Manhattan WMS or QuickBooks from them.
A paper whose exam the writer sat or took, with no word that they passed, is not held
either: "Sat for the PCCN exam in 2024 but did not pass" (``writers_own`` has already
blanked "did not pass"), "took the AWS D1.1 bend test".

Left as shown:

- a class the writer gave: "Taught a QuickBooks class to new staff", "Led Excel
  workshops" (a verb of giving it before the name, in the same clause);
- a paper that a course is the way to ("ACLS course", "OSHA 30 class"): the caller reads
  only skills that are not certifications for classes;
- "Passed the PMP exam", "took and passed the NCLEX": a word of passing in the line.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["CLASS_WORDS", "EXAM_WORDS", "asks_training", "class_words_at", "exam_only_taken",
           "near_a_class", "only_studied"]

# Words one of which every class ``only_studied`` reads holds, and every exam
# ``exam_only_taken`` does (lower-cased): a text without any need not be read for them.
CLASS_WORDS = ("course", "class", "webinar", "workshop", "seminar", "tutorial", "lecture",
               "bootcamp", "boot camp")
EXAM_WORDS = ("sat ", "took", "failed", "retak", "retook", "re-took")

# The kinds of class a skill's name may stand before: "estimating class", "Manhattan WMS
# webinar", "QuickBooks Online course".
_CLASS_AFTER = re.compile(
    r"[ \t]+(?:(?:[A-Za-z0-9][\w+.-]*)[ \t]+)?(?:courses?|class(?:es)?|webinars?|workshops?"
    r"|seminars?|tutorials?|lectures?|boot[ \t]?camps?)\b",
    re.IGNORECASE)
# The class before the name it is about: "a code update class on the 2023 NEC",
# "webinar about Manhattan WMS".
_CLASS_BEFORE = re.compile(
    r"\b(?:courses?|class(?:es)?|webinars?|workshops?|seminars?|tutorials?|lectures?)[ \t]+"
    r"(?:on|about|covering)[ \t]+(?:(?:the|an?)[ \t]+)?(?:(?:19|20)\d\d[ \t]+)?$",
    re.IGNORECASE)
# A verb of taking the class, in the clause before the name: "Took a … class",
# "Sat in on a … webinar", "Completed an online … course", "Enrolled in …". Without one
# the class is the writer's work ("Authored 30 e-learning courses in Articulate",
# "Refactored legacy Python modules", "Set up Canvas courses"): a class is read as taken
# only when it is told as taken.
_TOOK = re.compile(
    r"\b(?:t(?:ook|ake|akes|aking)|complet(?:ed|e|es|ing)|finish(?:ed|es|ing)?"
    r"|attend(?:ed|s|ing)?|sat[ \t]+in(?:[ \t]+on)?|enroll(?:ed|s|ing)?|audit(?:ed|ing)"
    r"|watch(?:ed|es|ing)|signed[ \t]+up|registered)\b[^;:.\n]*$", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"[;:.\n]")


_NEAR = 48  # the most characters between a class's word and the name it is about
# "coursework" lists subjects studied and "classroom" is a place: neither is read here.
_NOT_A_CLASS = ("coursework", "classroom")


def class_words_at(low: str) -> list[int]:
    """Where a class's word (``CLASS_WORDS``) stands in ``low`` (lower-cased), sorted:
    one look through a text, so each name is read by ``only_studied`` only when one
    stands near it. Mostly empty."""
    at = []
    for word in CLASS_WORDS:
        i = low.find(word)
        while i >= 0:
            if not low.startswith(_NOT_A_CLASS, i):
                at.append(i)
            i = low.find(word, i + 1)
    return sorted(at)


def near_a_class(at: list[int], start: int, end: int) -> bool:
    """Does a class's word of ``at`` (sorted) stand within reach of ``start``–``end``?"""
    i = bisect.bisect_left(at, start - _NEAR)
    return i < len(at) and at[i] <= end + _NEAR


def only_studied(text: str, start: int, end: int) -> bool:
    """Is the skill named at ``text[start:end]`` only the subject of a class the writer
    tells as taken ("Took a construction estimating class", "Took a code update class on
    the 2023 NEC"), not a class they made or run?"""
    if _CLASS_AFTER.match(text, end) is None and _CLASS_BEFORE.search(
            text, max(0, start - 40), start) is None:
        return False
    line_start = max(text.rfind("\n", 0, start), 0)
    opened = max((m.end() for m in _CLAUSE_OPEN.finditer(text, line_start, start)),
                 default=line_start)
    return _TOOK.search(text, opened, start) is not None


# An exam sat or taken, right before the paper's name: "Sat for the PCCN", "took the AWS
# D1.1 bend test", "failed the CDL road test", "retaking the NCLEX".
_TAKEN_BEFORE = re.compile(
    r"\b(?:sat[ \t]+(?:for|in)|took|failed|retak(?:e|es|ing)|retook|re-?took)[ \t]+"
    r"(?:(?:the|my|an?)[ \t]+)?$", re.IGNORECASE)
# "took" says an exam only with an exam's word after the paper, or a failure in the line.
# (Or "prep" / "review": "Took the COS-C prep webinar" is the way to the paper.)
_EXAM_AFTER = re.compile(r"[ \t]+(?:[\w.-]+[ \t]+)?(?:exams?|tests?|boards?|prep|review)\b",
                         re.IGNORECASE)
_FAILED = re.compile(r"\b(?:fail(?:ed)?|retak(?:e|ing)|did[ \t]+not[ \t]+pass|didn['’]t[ \t]+pass"
                     r"|not[ \t]+passed)\b", re.IGNORECASE)
# A word of passing later in its line: "took the NCLEX-RN and passed on the first try".
# (Not "did not pass", "never passed".)
_PASSED = re.compile(r"\b(?<!not )(?<!n't )(?<!n’t )(?<!never )(?:pass(?:ed|ing)?|earned)\b",
                     re.IGNORECASE)


def exam_only_taken(text: str, start: int, end: int) -> bool:
    """Is the paper at ``text[start:end]`` named only as an exam the writer sat or took,
    with no word in its line that they passed it?"""
    taken = _TAKEN_BEFORE.search(text, max(0, start - 24), start)
    if taken is None:
        return False
    line_end = text.find("\n", end)
    line_start = text.rfind("\n", 0, start) + 1
    if taken.group().lower().startswith("took") and _EXAM_AFTER.match(text, end) is None \
            and _FAILED.search(text, line_start, len(text) if line_end < 0 else line_end) is None:
        return False  # "Took BLS and ACLS at St. Mary's": a course that issues the card
    return _PASSED.search(text, line_start, len(text) if line_end < 0 else line_end) is None


# A posting that asks for the training itself: "HACCP or food safety training a plus",
# "OSHA coursework": the class taken is what it asks.
_TRAINING_ASKED = re.compile(r"\b(?:training|trained|courses?|coursework|class(?:es)?)\b",
                             re.IGNORECASE)


def asks_training(posting_words: str) -> bool:
    """Do the posting's words for an ask ask for a class or training in it?"""
    return _TRAINING_ASKED.search(posting_words) is not None
