"""The conditions of the people a job cares for, which are no ask of it.

"Write health plans for students with asthma, diabetes, seizures and severe
allergies", "care for residents with Parkinson's disease and COPD": a care posting
names who it serves by their conditions, and the phrase reader took each condition for
a skill the person should have. A condition the vocabulary names as a care skill of
its own ("residents with dementia" is its Dementia Care) is read by the vocabulary,
not here; this only keeps the posting's bare condition words from becoming asks. After
a helping verb the list is the help given ("help residents with bathing and
dressing"), and after a word of treating or of experience the conditions are the
expertise asked ("experience treating clients with PTSD and depression"): both read as
asks as before, and so is every list in a requirements section.
"""

from __future__ import annotations

import re

__all__ = ["names_a_condition_of_people"]

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
    if at < 0:
        return False  # no joining word near: the pattern need not be tried
    # The people noun stands at most three words before the first joining word; a
    # condition holding its own "with" ("diabetes with insulin pumps") stands after it.
    m = _SERVED_WITH.search(text, max(lo, lo + at - 40), start)
    return m is not None and _CLAUSE_WORD.search(m.group("items")) is None \
        and _HELPED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
