"""Where in a posting a skill word is no ask: the title line, the company's story,
values boilerplate, and short acronyms that belong to another field.

Each of these turned into a false "missing" in the match report: "Plumbing" read
from "a family-owned plumbing company", "Teamwork" from "our values: teamwork and
innovation", "Public Health" from "a community health leader", a two-letter word
that is an acronym in another trade. The rules are about the wording around the
word, never about particular skills.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from tailor_app.tailoring.caseless import folded

__all__ = ["describes_company", "field_outliers", "offers", "speaks_of_the_work",
           "states_values"]

# A sentence about the employer rather than the job: "We are a family-owned ...",
# "Acme is a leading ...", "Founded in 1998, ...", "Since 1998 we have ...". "We are
# looking for" and "we're hiring" are the job, so they are not matched.
_BUSINESS = (r"(?:mov|mak|build|design|serv|sell|ship|deliver|manufactur|develop|operat"
             r"|provid|distribut|produc|creat|power|specializ|specialis|offer|supply|suppli"
             r"|own|run)")
# After "We": the verbs of what the job needs or how the team works, not the business.
_NOT_BUSINESS = (r"(?:need|needs|want|require|expect|ask|seek|look|hire|hiring|will|would|can"
                 r"|could|may|might|must|should|use|work|value|believe|do|don't|did|also|are"
                 r"|were|have|had|invite|encourage|welcome|offer|provide|support|hope|love"
                 r"|like|think|know)")
_COMPANY_SENTENCE = re.compile(
    r"^\W*(?:we(?:'|’)?re|we are|we have been|we've been|our (?:company|firm|team|clinic"
    r"|practice|hospital|store|shop|plant|organi[sz]ation|agency|school|district|mission"
    r"|story|business|family|client base|customers|stack|platform|products?)|founded\b"
    r"|established\b|since (?:19|20)\d\d|for (?:over|more than) \d+ years"
    # What the business does: "We move refrigerated freight ...", "Ridgeview designs
    # specimen-handling equipment ...".
    rf"|we (?!{_NOT_BUSINESS}\b)[a-z]{{3,}}\b"
    # A name of capitalised words, "&" and its bracketed acronym: "Facilities Planning &
    # Construction (FP&C) delivers about 60 projects a year".
    r"|(?:(?:[A-Z][\w&.'’-]*|&|\([A-Z][\w&.-]*\))\s+){1,6}(?:is|has been|was founded|has served"
    rf"|{_BUSINESS}(?:es|s)\b))",
    re.IGNORECASE,
)
# After the company's own name: "Hartwell Packaging manufactures corrugated boxes".
_NAME_VERB = re.compile(rf"\s+(?:is|has|was|{_BUSINESS}(?:es|s))\b", re.IGNORECASE)
_NOT_DESCRIPTION = re.compile(
    r"^\W*(?:we(?:'|’)?re|we are)\s+(?:currently\s+|now\s+)?(?:looking|seeking|hiring"
    r"|recruiting|searching|in need|expanding our team)\b", re.IGNORECASE)
_YOU = re.compile(r"\byou(?:r|'ll|’ll|'d|’d)?\b", re.IGNORECASE)
# A sentence that says whom the employer seeks is the job, however it opens: "We are a
# 120-seat bistro looking for an assistant manager who will run dinner service".
_SEEKS = re.compile(
    r"\b(?:looking for|seeking|searching for|in search of|hiring|recruiting|in need of"
    r"|who (?:will|can|is|has)|to join)\b", re.IGNORECASE)
_VALUES = re.compile(
    r"\b(?:our (?:core )?values|we value|we believe|we are committed|we're committed|committed"
    r" to|culture of|our culture|we celebrate|we champion|we foster|we embrace"
    r"|upholding|uphold our|our principles|guided by"
    # "Our kitchen team values teamwork": "values" as the verb, a noun right after it.
    r"|values(?= (?!and\b|of\b|to\b|that\b|are\b|is\b|in\b|we\b|our\b)[a-z]))\b",
    re.IGNORECASE)


# What the job comes with: "Our techs get a take-home truck and iPad", "we offer ...",
# "you will receive training in ...". Nothing in such a sentence is asked of anyone.
_OFFER = re.compile(
    r"\b(?:we (?:offer|provide|supply|give)|(?:you|you'll|you’ll|you will|our \w+|employees"
    r"|staff|team members|techs|technicians) (?:get|receive|enjoy|earn)\b(?!\s*(?:,|and\b|or\b))"
    r"|(?:is|are) provided|comes with"
    # "You'll be eligible for our 401(k)" is a benefit; "must hold, or be eligible
    # for, a state certification" is a demand: a modal or an "or" before "be".
    r"|(?<!\bmust be )(?<!\bor be )(?<!\bshould be )(?<!\bmust also be )eligible for"
    # "... and includes full health benefits and PSERS retirement": the job's rewards.
    r"|includes?\s+(?:full\s+|comprehensive\s+|generous\s+)?(?:health|medical)\s+benefits"
    # "New graduates get a structured mentorship": anyone given something, unless told
    # to get it ("must get a CDL", "able to get a permit").
    r"|(?<!\bto )(?<!\bmust )(?<!\bshould )(?:get|gets|receive|receives|enjoy|enjoys)"
    r"\s+(?:a|an)\s)\b", re.IGNORECASE)


# Every reading of _OFFER holds one of these words (any case): a sentence without any is
# judged without the pattern, which tries each of its branches at every character.
_OFFER_WORDS = ("offer", "provide", "supply", "give", "get", "receive", "enjoy", "earn",
                "eligible for", "comes with", "include")


def offers(sentence: str) -> bool:
    """Does the sentence tell what the job gives rather than what it asks?"""
    low = folded(sentence)  # None where lower-casing is no stand-in for IGNORECASE
    if low is not None and not any(word in low for word in _OFFER_WORDS):
        return False
    return _OFFER.search(sentence) is not None


def describes_company(sentence: str, company: str | None = None) -> bool:
    """Is ``sentence`` the employer's story ("We are a 40-year-old family business ...")
    rather than a demand? A sentence that speaks to the reader ("you") is a demand."""
    if _NOT_DESCRIPTION.match(sentence) or _YOU.search(sentence) or _SEEKS.search(sentence):
        return False
    if company and sentence.lstrip().startswith(company):
        rest = sentence.lstrip()[len(company):]
        return _NAME_VERB.match(rest) is not None
    m = _COMPANY_SENTENCE.match(sentence)
    if m is None:
        return False
    # "Python is required": a capitalised subject with a demand word is no story.
    return not re.search(r"\b(?:required|must|preferred|a plus|needed)\b", sentence,
                         re.IGNORECASE)


def states_values(sentence: str) -> bool:
    """Values boilerplate ("We value teamwork, integrity and innovation"): soft words in
    it describe the employer, not an ask."""
    return _VALUES.search(sentence) is not None and not _YOU.search(sentence)


def field_outliers(hits: Iterable[tuple[str, tuple[str, ...]]]) -> set[int]:
    """Indexes of short all-capitals hits whose skill belongs to none of the posting's
    main fields. ``hits`` are (surface, skill fields) in order.

    "PT" is physical therapy in a clinic and part-time in a warehouse; "OR" an
    operating room only where nursing is the field. The posting's fields are voted by
    its longer hits, which are rarely ambiguous; a posting with too few of them to
    tell keeps every hit.
    """
    items = list(hits)
    votes: Counter[str] = Counter()
    for surface, fields in items:
        if len(surface) > 3 or not surface.isupper():
            votes.update(set(fields))
    if sum(votes.values()) < 4:
        return set()
    main = {f for f, _ in votes.most_common(3)}
    return {n for n, (surface, fields) in enumerate(items)
            if len(surface) <= 3 and surface.isupper() and fields and not set(fields) & main}


# The reader's own work or fit: "you'll pull data", "you should be comfortable", "if you
# have three years".
_YOUR_WORK = re.compile(
    r"\byou(?:'ll|’ll| will| would| should| must| need| have| can|'ve|’ve| are expected)\b"
    r"|\bif you\b", re.IGNORECASE)


def speaks_of_the_work(sentence: str) -> bool:
    """Does a sentence about the role tell the reader what they will do or must have?
    Under "About the role" such a sentence is a duty or a requirement, not context."""
    return _YOUR_WORK.search(sentence) is not None
