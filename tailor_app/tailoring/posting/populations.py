"""The people a job serves, told by their conditions, their ages or what they come
for, which are no ask of it.

"Write health plans for students with asthma, diabetes, seizures and severe
allergies", "care for residents with Parkinson's disease and COPD": a care posting
names who it serves by their conditions, and the phrase reader took each condition for
a skill the person should have. A condition the vocabulary names as a care skill of
its own ("residents with dementia" is its Dementia Care) is read by the vocabulary,
not here; this only keeps the posting's bare condition words from becoming asks. After
a helping verb the list is the help given ("help residents with bathing and
dressing"), and after a word of treating or of experience the conditions are the
expertise asked ("experience treating clients with PTSD and depression"): both read as
asks as before, and so is every list in a requirements section. What the people seen
come for is read the same way ("we see athletes for ankle sprains and hamstring
strains", "patients who come in for stress fractures"), and their ages by
``ages_served`` ("pediatric and adult patients", "from neonates to geriatrics").
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.stems import word_starts

__all__ = ["EXPERTISE_BEFORE", "ages_served", "names_a_condition_of_people"]

# People a care job serves, then the words that join them to their conditions, then a
# list of conditions up to the phrase (commas, "and", "or", "such as", no clause word).
_SERVED_WITH = re.compile(
    r"\b(?i:patients|residents|students|children|clients|people|individuals|adults|members"
    r"|infants|kids|youth|seniors|elders|veterans|persons|participants|consumers|those"
    r"|pupils|learners|toddlers|newborns|teens|adolescents)"
    r"[ \t]+(?i:with|who[ \t]+(?:have|has|live[ \t]+with)|living[ \t]+with"
    r"|diagnosed[ \t]+with|affected[ \t]+by|recovering[ \t]+from)[ \t]+"
    r"(?P<items>[^.;:!?\n()]{0,100})$")
# Words that end a list of conditions and open a clause of its own: past them the
# phrase is no condition ("patients with care needs to schedule follow-ups").
_CLAUSE_WORD = re.compile(r"\b(?i:to|for|by|while|who|that|which|in|on|at|from|through)\b"
                          # "recovering from surgery, leading therapeutic exercise": a
                          # gerund after a comma or "and" opens the job's next duty.
                          r"|(?:,|\band)[ \t]+[a-z]+ing\b"
                          # "those with knowledge of Housing First": what the applicant
                          # brings, no condition.
                          r"|\b(?i:knowledge|experience|expertise|familiarity|background"
                          r"|training|skills?|certifications?|credentials?|licen[cs]es?)\b")
_LOOK_BACK = 160
# The words of ``_SERVED_WITH`` joining the people to their conditions, as plain text.
_JOINERS = ("with", "who have", "who has", "who live", "living", "diagnosed",
            "affected by", "recovering from")
# A helping verb before the people makes "with" the task helped: "help residents with
# bathing, dressing and grooming", "assist students with toileting and feeding".
_HELPED_BEFORE = re.compile(
    r"\b(?i:assist|help|support|aid|coach|guide|train|teach|encourage|prompt|cue|work"
    r"|partner|collaborate|meet|consult|communicate|treat|serv|experience|knowledge"
    r"|familiar|specializ|specialis)\w*[ \t]+(?:[\w'’-]+[ \t]+){0,3}$")


# The people seen or served, then "for" and what they come for: "where we see
# pediatric and adult patients for sports injuries, fractures and joint pain", "patients
# who come in for wound checks". Only after a verb of seeing, serving or coming in: the
# reasons are the people's, no asks ("prepare patients for surgery" is the work).
_SEEN_FOR = re.compile(
    r"\b(?i:see|sees|seeing|seen|serve|serves|serving|served|welcome|welcomes|welcoming)"
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,5}?"
    r"(?i:patients|residents|clients|people|individuals|adults|children|kids|members"
    r"|infants|toddlers|teens|adolescents|seniors|elders|veterans|students|families"
    r"|customers|athletes|runners|workers|walk-ins)[ \t]+for[ \t]+"
    r"(?P<items>[^.;:!?\n()]{0,100})$"
    r"|\b(?i:patients|residents|clients|people|members)[ \t]+(?i:who[ \t]+(?:come|are[ \t]+seen)"
    r"|coming|seen)[ \t]+(?:in[ \t]+)?for[ \t]+(?P<came>[^.;:!?\n()]{0,100})$")


def names_a_condition_of_people(text: str, start: int) -> bool:
    """Does the phrase at ``start`` stand in the list of conditions of the people served
    ("students with asthma, diabetes and severe allergies")?"""
    if text[start:start + 2].isupper():
        return False  # "children with IEPs or IFSPs": a plan they have, asked by its letters
    lo = max(0, start - _LOOK_BACK)
    window = text[lo:start].lower()
    # Every joining word the pattern knows, after a blank or a tab: "students who have
    # asthma" is gated as "students with asthma" is.
    at = min((i for i in (window.find(w) for w in _JOINERS) if i >= 0), default=-1)
    if " for " in window and _seen_for(text, lo, start):
        return True
    if at < 0:
        return False  # no joining word near: the pattern need not be tried
    # The people noun stands at most three words before the first joining word; a
    # condition holding its own "with" ("diabetes with insulin pumps") stands after it.
    m = _SERVED_WITH.search(text, max(lo, lo + at - 40), start)
    return m is not None and _CLAUSE_WORD.search(m.group("items")) is None \
        and _HELPED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None


def _seen_for(text: str, lo: int, start: int) -> bool:
    """Does ``start`` stand in the list of what the people seen come for ("we see
    patients for sports injuries, fractures and joint pain")?"""
    m = _SEEN_FOR.search(text, lo, start)
    if m is None:
        return False
    items = m.group("items") if m.group("items") is not None else m.group("came")
    return _CLAUSE_WORD.search(items) is None


# The ages of the people a job serves: "patients from neonates to geriatrics",
# "pediatric and adult patients", "residents from newborns to seniors". Said of whom
# the work is for, the ages ask no specialty (Pediatrics and Geriatrics were asked of a
# respiratory therapist and an X-ray tech). Two ages or more, as a range or a list
# before the people: one age alone ("treat pediatric patients") may be the job's
# specialty, and an age the title names is ("Pediatric Respiratory Therapist").
_AGE = (r"(?:pediatrics?|paediatrics?|peds|geriatrics?|gerontologic(?:al)?|neonat(?:al|es?)"
        r"|newborns?|infants?|toddlers?|children|child|kids|adolescents?|teens?|teenagers?"
        r"|youth|young[ \t]+adults?|adults?|older[ \t]+adults?|elderly|seniors?|elders?"
        r"|the[ \t]+elderly)")
_PEOPLE = (r"(?:patients?|clients?|residents?|populations?|members|callers|customers"
           r"|people|individuals|persons|cases|families|students|consumers)")
# Read at each age word (few in a posting): a range opening with "from" just before it,
# or a list of ages it opens before the people.
_AGE_RANGE = re.compile(rf"(?i:from[ \t]+{_AGE}[ \t]+(?:to|through|thru)[ \t]+{_AGE})\b")
_AGE_LIST = re.compile(
    rf"(?i:{_AGE}(?:[ \t]*,[ \t]*{_AGE})*,?[ \t]+(?:and|or|&|to|through)[ \t]+{_AGE}"
    rf"[ \t]+{_PEOPLE})\b")
_FROM_BEFORE = re.compile(r"\b(?i:from)[ \t]+\Z")
_AGE_STEMS = ("pediatric", "paediatric", "peds", "geriatric", "gerontolog", "neonat",
              "newborn", "infant", "toddler", "child", "kids", "adolescent", "teen", "youth",
              "young", "adult", "older", "elder", "senior")
# Words before the ages, in their clause, that make them the expertise asked:
# "experience with pediatric and adult patients", "comfortable working with".
# Shared with ``wards`` and ``followed``: one pattern, so the readers do not drift.
EXPERTISE_BEFORE = re.compile(
    r"\b(?i:experience[ds]?|knowledge|familiar\w*|comfortable|skilled|competen\w*"
    r"|proficien\w*|expertise|background|speciali[sz]\w*|trained|ability|able|prior"
    r"|previous)\b[^.;:!?\n]*$")
_EXPERTISE_BEFORE = EXPERTISE_BEFORE
# Ages of children and of adults: only a list spanning both ("pediatric and adult
# patients", "newborns to geriatrics") is everyone the job serves; "neonatal and
# pediatric patients" is one specialty, asked (review24 P3).
_CHILD_AGE = re.compile(r"\b(?i:pediatric|paediatric|peds|neonat|newborn|infant|toddler"
                        r"|child|kids|adolescent|teen|youth)", re.IGNORECASE)
_ADULT_AGE = re.compile(r"\b(?i:adults?\b|geriatric|gerontolog|elderly|senior|elder)")
_AGE_GATE = re.compile(rf"\b{_AGE}\b", re.IGNORECASE)


def ages_served(text: str, title: str | None) -> list[tuple[int, int]]:
    """Spans of the ages of the people ``text`` says the job serves, unless they are
    the expertise asked or the title names one of them."""
    low = folded(text)
    if low is None:  # lowering moves letters: the regex reads the text itself
        starts = [m.start() for m in _AGE_GATE.finditer(text)]
    else:  # a plain scan of the lowered text, far cheaper than the regex (``stems``)
        starts = sorted(word_starts(low, _AGE_STEMS))
    if len(starts) < 2:
        return []  # two ages at least
    own = {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", title or "")}
    out: list[tuple[int, int]] = []
    read_to = 0  # the end of the last list or range read, kept or not (review25 P1)
    for at in starts:
        if at < read_to:
            continue  # inside the list or range just read: its tail is no list of its own
        before = _FROM_BEFORE.search(text, max(0, at - 8), at)
        m = _AGE_RANGE.match(text, before.start()) if before is not None else None
        if m is None:
            m = _AGE_LIST.match(text, at)
        if m is None:
            continue
        read_to = m.end()
        if _CHILD_AGE.search(m.group()) is None or _ADULT_AGE.search(m.group()) is None:
            continue  # "neonatal and pediatric patients": one specialty, not all ages
        if _EXPERTISE_BEFORE.search(text, max(0, m.start() - 120), m.start()) is not None:
            continue
        if any(a.group().lower()[:5] in own for a in _AGE_GATE.finditer(m.group())):
            continue  # "Pediatric RT": the title's own age is its specialty
        out.append(m.span())
    return out
