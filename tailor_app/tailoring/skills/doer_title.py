"""An activity asked by its "-ing" noun shown by the resume's title for the one who does
it: a "Caregiver" has done caregiving, a "Bookkeeper" bookkeeping, a "Welder" welding,
a "Tutor" tutoring.

English names the doer of most activities by the verb's stem with "-er" or "-or"; a
job title whose last word is that doer says what the person did all day. Only a title
the resume gives its holder (a role's title or the headline), and only its last word,
the head of the title: a "Computer Technician" is a technician, no computing. A role
with two titles joined by a slash ("Caregiver / Home Health Aide") has both heads.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.head_in_entry import NOT_A_NOUN, entries

__all__ = ["doer_title"]

_ACTIVITY = re.compile(r"(?P<stem>[a-z]{3,})ing")
# Where a title's own words end: the employer, the place, the dates after it.
_TITLE_END = re.compile(r"\s+(?:—|–|-|\||·|@|at)\s+|,|\(")


@functools.lru_cache(maxsize=2048)
def _doers(activity: str) -> frozenset[str]:
    """The doer nouns of an activity: "caregiving" -> caregiver, "tutoring" -> tutor,
    "programming" -> programmer, "baking" -> baker, "accounting" -> accountant; the
    other forms these rules make ("caregivor") are no words and match no title."""
    found = _ACTIVITY.fullmatch(activity.lower())
    if found is None:
        return frozenset()
    stem = found["stem"]
    stems = {stem, stem + "e"}
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "shipp-ing": shipper is "shipp" + "er", kept as written
    out = set(stems)  # "coach", "nurse", "tutor", "cook": the verb's noun is its doer
    out |= {s + "r" for s in stems if s.endswith("e")}
    out |= {s + "er" for s in stems if not s.endswith("e")}
    out |= {s + "or" for s in stems} | {s + "ant" for s in stems}  # counselor, accountant
    return frozenset(out)


# A grade after the title's head ("Case Manager II", "Accountant III", "Technician
# Level 2"): the head is the word before it. Roman numerals only in capitals, so a
# title's own last word is never taken for one.
_GRADE = re.compile(r"I{1,3}|IV|V|Level|Lvl|Grade|Sr|Jr")


_LETTERS = re.compile(r"[A-Za-z]+")  # compiled once, not looked up per call


def _own_words(title: str) -> list[str]:
    """A title's own words before its employer or place, its grade left off."""
    own = _TITLE_END.split(title, maxsplit=1)[0]
    words = _LETTERS.findall(own)
    while len(words) > 1 and _GRADE.fullmatch(words[-1]):
        words.pop()
    return words


@functools.lru_cache(maxsize=2048)
def _head(title: str) -> str:
    """A title's last word before its employer or place, lower case."""
    words = _own_words(title)
    return words[-1].lower() if words else ""


def doer_title(mention: SkillMention, titles: list[str], lines: list[ResumeLine]
               ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a title the resume gives its holder ends with the doer of the
    asked "-ing" activity, else (0.0, None). An activity of a kind ("Group counseling")
    also needs the kind in a bullet of that title's entry ("Run six-week small groups"
    under "School Counselor"), the kind a noun by its shape."""
    words = mention.name.split()
    if mention.kind != "hard" or not titles or not 1 <= len(words) <= 2:
        return 0.0, None
    titles = _each_title(tuple(titles))
    if len(words) == 2:
        named = _kind_and_doer(words, titles)
        if named is not None:
            title, said = named
            line = next((ln for ln in lines if title in ln.text), None)
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                   line.text if line is not None else title, said)
    doers = _doers(words[-1])
    if not doers and len(words) == 1:  # "Phlebotomy" by a "Phlebotomist"
        doers = frozenset(_NOUN_DOERS.get(words[0].lower(), ()))
    if not doers and len(words) == 1 and re.fullmatch(r"[a-z]{4,}ion", words[0].lower()):
        # "Reception" by a "Receptionist", "Perfusion" by a "Perfusionist": English's
        # doer of an "-ion" practice (no title ends so but its doer's)
        doers = frozenset({words[0].lower() + "ist"})
    if not doers:
        return 0.0, None
    kind = _kind_pattern(words[0]) if len(words) == 2 else None
    if len(words) == 2 and kind is None:
        return 0.0, None
    for title in titles:
        head = _head(title)
        if head not in doers and head.rstrip("s") not in doers:
            continue
        if kind is None:
            line = next((ln for ln in lines if title in ln.text), None)
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                   line.text if line is not None else title, head)
        for entry in entries(lines):
            if not any(title in ln.text for ln in entry if ln.part == "header"):
                continue
            for ln in entry:
                # a lower-case word, no part of a name ("Google Classroom")
                found = next((m for m in kind.finditer(ln.text)
                              if m.group()[0].islower()
                              and not ln.in_name(m.start(), m.end())), None)
                if ln.part == "bullet" and found is not None:
                    return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                           ln.text, found.group())
    return 0.0, None


# Two titles held in one role, written with a slash: "Caregiver / Home Health Aide",
# "Front Desk / Office Coordinator". ("HVAC/R Technician" has no spaces: one title.)
_TWO_TITLES = re.compile(r"[ \t]+/[ \t]+")


@functools.lru_cache(maxsize=1024)
def _each_title(titles: tuple[str, ...]) -> list[str]:
    """The titles, each slash-joined title also as its parts: every one of them is
    the holder's, and each part's head names a doer of its own."""
    out: list[str] = []
    for title in titles:
        out.append(title)
        own = _TITLE_END.split(title, maxsplit=1)[0]
        if _TWO_TITLES.search(own):
            out.extend(part for part in _TWO_TITLES.split(own) if part.strip())
    return out


# The doer of an activity named by a noun not ending in "-ing": a "Case Manager" does
# case management, a "Data Analyst" data analysis, a "Physical Therapist" physical
# therapy. English's own pairs, for no field in particular.
_NOUN_DOERS = {
    "management": ("manager",), "analysis": ("analyst",), "analytics": ("analyst",),
    "coordination": ("coordinator",), "administration": ("administrator",),
    "supervision": ("supervisor",), "instruction": ("instructor",),
    "inspection": ("inspector",), "design": ("designer",), "engineering": ("engineer",),
    "development": ("developer",), "therapy": ("therapist",), "pharmacy": ("pharmacist",),
    "photography": ("photographer",), "phlebotomy": ("phlebotomist",),
    "hygiene": ("hygienist",), "consulting": ("consultant",), "navigation": ("navigator",),
    "assessment": ("assessor",), "estimation": ("estimator",), "auditing": ("auditor",),
    # Crafts and practices named by "-ry", "-y", "-ics" or "-ion", whose doer English
    # names otherwise: a "Trim Carpenter" has done trim carpentry.
    "carpentry": ("carpenter",), "joinery": ("joiner",), "masonry": ("mason",),
    "upholstery": ("upholsterer",), "dentistry": ("dentist",),
    "cosmetology": ("cosmetologist",), "sonography": ("sonographer",),
    "radiography": ("radiographer",), "audiology": ("audiologist",),
    "dietetics": ("dietitian", "dietician"), "nutrition": ("nutritionist",),
    "machining": ("machinist",), "translation": ("translator",),
    "interpretation": ("interpreter",), "investigation": ("investigator",),
    "mediation": ("mediator",), "facilitation": ("facilitator",),
    "custodial": ("custodian",), "janitorial": ("janitor",),
}


def _title_words(title: str) -> list[str]:
    """A title's own words before its employer or place, lower case."""
    return [w.lower() for w in _own_words(title)]


def _kind_and_doer(words: list[str], titles: list[str]) -> tuple[str, str] | None:
    """(title, its words) when a title ends with the kind and the doer of a
    "<kind> <activity>" ask: "Case Manager, St. Vincent Shelter" for Case Management,
    "Senior Financial Analyst" for Financial Analysis. The kind stands in the title
    itself, so no bullet need name it (unlike "Group counseling" under "Counselor")."""
    kind, activity = words[0].lower(), words[1].lower()
    doers = _NOUN_DOERS.get(activity, ()) or tuple(_doers(activity))
    if activity in ("operations", "management") and kind in _WORKPLACES:
        doers = _RUNNERS  # "Bar Manager" for Bar operations, "Warehouse Supervisor" too
    if not doers or not re.fullmatch(r"[a-z]{2,}", kind):
        return None
    for title in titles:
        own = _title_words(title)
        if len(own) >= 2 and own[-2] == kind and own[-1].rstrip("s") in doers:
            said = re.search(rf"\b{kind}\s+{own[-1]}\b", title, re.IGNORECASE)
            return title, said.group() if said is not None else f"{kind} {own[-1]}"
    return None


# Places of work whose manager or supervisor runs the place: "Store Manager" has done
# store operations, "Warehouse Supervisor" warehouse management. Not a function's
# manager: sales, marketing or security operations are trades of their own.
_WORKPLACES = frozenset({
    "bar", "store", "shop", "restaurant", "kitchen", "clinic", "office", "warehouse", "plant",
    "branch", "site", "facility", "facilities", "hotel", "pharmacy", "lab", "laboratory",
    "depot", "terminal", "dock", "yard", "garage", "dealership", "salon", "spa", "gym",
    "studio", "library", "farm", "mill", "cafe", "café", "bakery", "deli", "dining",
    "banquet", "catering", "center", "centre", "unit", "floor", "shift", "property",
    "fleet", "camp", "club", "casino", "theater", "theatre", "school", "daycare",
})
_RUNNERS = ("manager", "supervisor", "director", "superintendent", "foreman")


# Kinds of an activity said in other words: work with one person at a time.
_KIND_WORDS = {"individual": ("one-on-one", "one-to-one", "1:1", "individually")}


@functools.lru_cache(maxsize=1024)
def _kind_pattern(word: str) -> re.Pattern[str] | None:
    """The kind word of "<kind> <activity>" as a pattern (singular or plural), or None
    when it is no plain noun by its shape ("Advanced") and no kind in other words."""
    low = word.lower()
    if low in _KIND_WORDS:  # "Individual counseling": one-on-one
        return re.compile(rf"(?<![\w-])(?:{'|'.join(_KIND_WORDS[low])})(?![\w-])",
                          re.IGNORECASE)
    if not re.fullmatch(r"[a-z]{3,}", low) or NOT_A_NOUN.fullmatch(low):
        return None
    single = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return re.compile(rf"(?<![\w-]){re.escape(single)}s?(?![\w-])", re.IGNORECASE)
