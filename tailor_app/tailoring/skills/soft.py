"""Soft skills and languages shown without being named: a narrower soft skill, a deed
("supervised a night crew of six" shows leadership), or two languages for "Bilingual".
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.resume.skill_list import skill_items
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.stems import word_stems
from tailor_app.tailoring.skills.vocabulary import Skill, SkillHit
from tailor_app.tailoring.skills.wording import _LineStems, _phrase_variant

__all__ = ["_languages_shown", "_soft_evidence", "soft_deed"]

# A general soft skill is shown by a narrower one: presenting and public speaking are
# communication, a hotel's guest services are customer service. The reverse is not
# true ("communicator" shows no writing).
_SOFT_FAMILY = {
    "Communication": ("Verbal Communication", "Written Communication", "Presentation Skills",
                      "Public Speaking", "Interpersonal Skills", "Negotiation",
                      "Stakeholder Management", "Cross-Cultural Communication"),
    "Verbal Communication": ("Public Speaking", "Presentation Skills"),
    "Written Communication": ("Copywriting", "Technical Writing"),
    # Work that is serving customers: a hotel's guest services, a call center's phones.
    "Customer Service": ("Guest services", "Guest relations", "Complaint Resolution",
                         "Service recovery", "Phone Support", "Call Center",
                         "Front Desk Operations"),
}
# What a resume says when it shows a soft skill in action rather than naming it. The
# words are verbs of doing it ("communicated proposals to the city council",
# "presentation of investment proposals to stakeholders"); a noun alone
# ("presentation materials") is not enough. Lower-case patterns, matched caselessly.
# Leading people: a verb of leading them, then a word for them as its object ("managed
# a $3M department and a team of 8", "supervised a night crew of six"), never a thing
# of theirs ("the team's calendar", "staff schedules").
# The people may be named by their trade or role in the plural ("supervised 4 STNAs",
# "led six carpenters and two laborers"): a role's acronym only from a list of roles,
# since most acronyms name things ("managed KPIs").
_LED_PEOPLE_WORDS = (
    r"teams?|staff|crews?|employees|associates|workers|direct reports|people|members"
    r"|hires|nurses|aides|assistants|technicians|techs|drivers|carpenters|laborers"
    r"|installers|apprentices|helpers|operators|cashiers|servers|agents|representatives"
    r"|reps|volunteers|counselors|caregivers|clerks|mechanics|electricians|tradespeople"
    # the weak fields' own crews (match20): a dock's, a hotel's, a kitchen's, a school's
    r"|receivers|pickers|packers|selectors|stockers|floaters?|housekeepers|attendants"
    r"|cooks|dishwashers|welders|plumbers|framers|painters|roofers|paraprofessionals"
    r"|paras|tutors|custodians|porters|baristas|bussers|dispatchers"
    r"|(?-i:(?:CNA|STNA|LPN|RN|MA|CMA|PCT|EMT|DSP|RBT|CSR|TA)s)")
_LEAD_PEOPLE = re.compile(
    r"\b(?:led|lead|leads|leading|supervis(?:e|ed|es|ing)|manag(?:e|ed|es|ing)"
    r"|direct(?:ed|s|ing)?|oversaw|oversee|oversees|overseeing|head(?:ed|s)?)\b"
    r"(?!\s+by\b)"  # "supervised by two charge nurses": led, not leading
    # The people are the verb's object, not whom its object went to or was done for:
    # "Directed incoming calls to the dispatchers", "Managed the walk-in inventory for
    # the cooks" lead nobody ("supervised up to 8 CNAs" still does).
    r"(?:(?!(?<!\bup )\b(?:to|for|with|from)\b)[^.;:]){0,50}?"
    rf"\b(?:{_LED_PEOPLE_WORDS})"
    r"(?=\s+(?:of|and|in|at|through|across|on|to|for|who)\b|\s*[,.;)]|\s*$)"
    # "ran a crew of 4", "responsible for a team of 12", "in charge of the night crew":
    # verbs that lead people only when a group of them is their object, a word or two on.
    r"|\b(?:ran|run|runs|running|responsible for|in charge of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:teams?|crews?|staff)(?=\s+(?:of|and|on|at|in)\b|\s*[,.;)]|\s*$)",
    re.IGNORECASE)
# Serving customers is helping them: "Helped shoppers pick out running shoes",
# "assisted walk-in customers", "served 200 guests a night", "greeted and checked in
# guests", "took care of customers at the counter"; or answering what they bring:
# "resolved customer complaints", "answered billing questions from members", "took 80
# calls a day from policyholders". (Patients are cared for, not served: a nurse's
# "assisted patients" or "residents" is care, so they count only by their questions
# or calls; "team members" are colleagues; and
# a loan officer's "helped 31 first-time buyers" is selling, not serving.)
_PATRONS = (r"customers|clients|guests|shoppers|patrons|callers|diners|visitors|passengers"
            r"|tenants|policyholders|cardholders|travell?ers|walk-ins|account holders"
            # a supply house's or a trade counter's customers, named by their trade
            r"|contractors|builders|homeowners"
            r"|(?<!team )(?<!staff )(?<!crew )(?<!board )(?<!family )members")
_ASKED = r"questions|inquiries|enquiries|complaints|concerns|requests|issues|calls|orders"
_SERVED = re.compile(
    r"\b(?:help(?:ed|ing|s)?|assist(?:ed|ing|s)?|serv(?:ed|ing|es)|greet(?:ed|ing|s)?"
    r"|welcom(?:ed|ing|es)|wait(?:ed|ing|s)? on|t(?:ook|ake|akes|aking) care of"
    r"|look(?:ed|ing|s)? after|check(?:ed|ing|s)? in)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_PATRONS}|tables)\b"
    r"|\bcheck(?:ed|ing|s)?\s+in\s+(?:\d+\s+)?patients\b"
    r"|\b(?:customer|client|guest|member|caller|shopper|patient|tenant|resident|policyholder"
    rf"|cardholder|billing|account)s?['’]?\s+(?:[\w-]+\s+)?(?:{_ASKED})\b"
    r"|\b(?:answer(?:ed|ing|s)?|handl(?:ed|ing|es|e)|field(?:ed|ing|s)?|t(?:ook|ake|akes|aking)"
    r"|resolv(?:ed|ing|es|e)|respond(?:ed|ing|s)? to)\b[^.;:]{0,40}?\b(?:"
    + _ASKED + rf")\b[^.;:]{{0,25}}?\b(?:from|of|for)\s+(?:[\w-]+\s+)?(?:{_PATRONS}|patients)\b"
    # "Answered product questions on the floor", "fielded billing inquiries": the
    # questions a buyer brings, named by what they are about.
    r"|\b(?:answer(?:ed|ing|s)?|field(?:ed|ing|s)?)\s+(?:[\w-]+\s+)?(?:product|pricing|billing"
    r"|order|shipping|delivery|warranty|coverage)\s+(?:questions|inquiries)\b",
    re.IGNORECASE)
# Telling people news: the verb, then the people told ("update the family", "call
# MD/NP with changes in condition").
_TOLD = (r"(?:updat(?:e|ed|es|ing)|inform(?:ed|s|ing)?|notif(?:y|ied|ies|ying)|call(?:ed|s|ing)?"
         r"|phon(?:e|ed|es|ing)"
         r"|email(?:ed|s|ing)?|text(?:ed|s|ing)?)")
_TOLD_PEOPLE = (r"(?:customer|client|parent|patient|resident|tenant|shipper|receiver|carrier"
                r"|driver|vendor|homeowner|owner|guest|physician|doctor|provider|attorney"
                r"|member)s?|famil(?:y|ies)|(?-i:MDs?|NPs?|PAs?)")
_SOFT_DEEDS = {
    "Leadership": _LEAD_PEOPLE,
    "Team Leadership": _LEAD_PEOPLE,
    "Communication": re.compile(
        r"\bcommunicat(?:e|es|ed|ing)\b|\bliais(?:e|ed|es|ing)\b|\bliaison\b"
        r"|\bkept\s+(?:[\w'’-]+\s+){0,3}?(?:updated|informed|in\s+the\s+loop)\b"
        r"|\bpresent(?:ed|ing)\b[^.;]{0,60}?\b(?:to|for|at)\b"
        r"|\bpresentations?\s+(?:of|to)\b|\bbriefed\b"
        # "call shippers with updated arrival times", "updated families on progress",
        # "notify the physician of changes": telling people news, the people named.
        rf"|\b{_TOLD}\s+(?:the\s+|all\s+|our\s+)?(?:[\w'’-]+\s+)?(?:{_TOLD_PEOPLE})"
        rf"(?:(?:/|\s+and\s+|,\s*)(?:the\s+)?(?:{_TOLD_PEOPLE}))?\s+(?:on|of|about|with)\b",
        re.IGNORECASE),
    "Verbal Communication": re.compile(
        r"\bpresent(?:ed|ing)\b[^.;]{0,60}?\b(?:to|at)\b|\bpresentations?\s+(?:of|to)\b"
        r"|\bspoke\s+(?:at|to)\b|\bbriefed\b", re.IGNORECASE),
    "Customer Service": _SERVED,
    # "Led weekly anger management and parenting groups", "facilitated support groups".
    "Facilitation Skills": re.compile(
        r"\b(?:led|lead|leads|leading|ran|run|runs|running|co-?facilitat\w*|facilitat\w*)\s+"
        r"(?:[\w'’-]+\s+){0,6}?(?:groups|workshops|support\s+groups|sessions|circles)\b",
        re.IGNORECASE),
    # "Kept listing files organized", "organized the supply room and all patient charts".
    "Organizational Skills": re.compile(
        r"\b(?:kept|keep|keeps|keeping|maintain(?:ed|s|ing)?)\b[^.;:]{0,50}?\b(?:organi[sz]ed"
        r"|in order)\b|\borgani[sz](?:ed|ing|es|e)\s+(?:the\s+|all\s+|our\s+|[\w'’-]+\s+){0,3}?"
        r"(?:files?|records?|documents?|paperwork|binders?|supplies|supply\s+rooms?|stockrooms?"
        r"|charts?|filing|shelves|warehouse|closets?|inventory)\b", re.IGNORECASE),
    # "Figured out why invoices posted twice", "solved a recurring jam", "found the root
    # cause": solving a problem, told as done.
    "Problem Solving": re.compile(
        r"\b(?:solv(?:ed|ing|es|e)|figur(?:ed|ing)\s+out|work(?:ed)?\s+out\s+why"
        r"|root[- ]caus(?:ed|e|es)|found\s+and\s+fixed)\b"
        # "Fix guest issues on the spot", "find and fix electrical problems", "sorted
        # out billing problems": a problem, named so, is what was fixed.
        r"|\b(?:fix(?:ed|es|ing)?|resolv(?:ed|es|ing|e)|sort(?:ed|s|ing)?\s+out)\s+"
        r"(?:[\w'’/-]+\s+){0,3}?(?:problems?|issues)\b", re.IGNORECASE),
    # "Juggled phones, walk-ins and scheduling", "multitasked between".
    "Multitasking": re.compile(
        r"\b(?:juggl(?:ed|ing|es|e)|multi-?task(?:ed|ing|s)?)\b", re.IGNORECASE),
    # "Met every filing deadline", "never missed a deadline", "finished ahead of schedule".
    "Time Management": re.compile(
        r"\b(?:met|meet|meets|meeting|hit|beat|never\s+missed)\s+(?:[\w-]+\s+){0,3}?"
        r"deadlines?\b|\bahead\s+of\s+schedule\b|\bprioritiz(?:ed|ing|e|es)\b",
        re.IGNORECASE),
    # "Partnered with product managers and execs on priorities", "kept the VP and
    # department heads informed": working with those a project answers to.
    "Stakeholder Management": re.compile(
        r"\b(?:partner(?:ed|ing|s)?|work(?:ed|ing|s)?\s+(?:closely\s+)?|collaborat(?:ed|ing|es|e)"
        r"|align(?:ed|ing|s)?|coordinat(?:ed|ing|es|e)|liais(?:ed|ing|es|e))\s*with\s+"
        r"(?:[\w-]+,?\s+){0,3}?(?:executives|execs|leadership|stakeholders|directors|vps"
        r"|department\s+heads|product\s+managers|business\s+owners|c-suite|senior\s+leaders)\b"
        r"|\bkept\s+(?:[\w-]+\s+){0,4}?(?:executives|leadership|stakeholders|directors"
        r"|department\s+heads)\s+(?:informed|updated|aligned)\b", re.IGNORECASE),
    # "Worked with nurses, therapists and aides", "collaborated with engineering".
    "Teamwork": re.compile(
        r"\b(?:collaborat(?:ed|ing|es|e)|partner(?:ed|ing|s)?\s+with|work(?:ed|ing|s)?"
        r"\s+(?:closely\s+|alongside\s+|together\s+)?with)\s+(?:[\w-]+,?\s+){0,3}?"
        r"(?:teams?|nurses|staff|colleagues|co-?workers|departments?|engineers|teachers"
        r"|therapists|aides|managers|crews?|peers|providers|physicians|doctors|chefs|servers"
        r"|technicians|coaches|paraprofessionals|counselors)\b", re.IGNORECASE),
    "Written Communication": re.compile(
        r"\b(?:wrote|authored|drafted|write|writing|edited)\b[^.;]{0,40}?\b(?:reports?"
        r"|documentation|proposals?|articles?|memos?|grants?|newsletters?|manuals?|guides?"
        r"|briefs?|papers?|specifications?|procedures?|correspondence|letters)\b", re.IGNORECASE),
    # "Gave lunch-and-learn product talks to maintenance crews", "delivered monthly
    # safety presentations": a talk given to people, named as one.
    "Presentation Skills": re.compile(
        r"\b(?:gave|give|gives|giving|deliver(?:ed|s|ing)?)\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:talks|presentations?|lunch[- ]and[- ]learns?|seminars|webinars|pitches"
        r"|briefings|speeches)\b", re.IGNORECASE),
    # "Assign patients and chair turnovers to three techs", "delegated filing to the
    # front desk staff": work handed to people, the work named between the verb and them
    # ("was assigned to the night crew" hands the writer nothing, nor does a resume's
    # "Assigned each Monday to the evening team" or "Assigned as preceptor to new
    # graduates", whose subject and "was" are dropped: review21's M1; the work is the
    # verb's object, so no preposition, time word or "as" opens it).
    "Delegation": re.compile(
        r"\bdelegat(?:e|ed|es|ing)\s+(?!to\b)[^.;:]{1,60}?\bto\b"
        r"|\b(?<!was )(?<!were )(?<!been )(?<!being )assign(?:ed|s|ing)?\s+"
        r"(?!(?:to|as|each|every|in|on|at|during|for|from|by|with|this|last|next|over|after"
        r"|before|until|since|once|twice|daily|weekly|monthly|nightly|mondays?|tuesdays?"
        r"|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b)"
        r"(?:(?!\b(?:by|for|from)\b)[^.;:]){1,60}?\bto\s+(?:(?:the|our|my|two|three|four|five"
        r"|six|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?:{_LED_PEOPLE_WORDS})\b", re.IGNORECASE),
}


def _soft_evidence(name: str, lines: list[ResumeLine],
                   shown: dict[str, list[tuple[ResumeLine, SkillHit]]]
                   ) -> list[tuple[ResumeLine, SkillHit]]:
    """(line, hit) pairs that show the soft skill ``name`` without naming it.

    The hit's surface is the resume's own words that do (its Skill is the narrower
    skill's, or ``name``'s when a deed shows it)."""
    deeds = _SOFT_DEEDS.get(name)
    if deeds is not None:
        for line in lines:
            if line.part in ("contact", "heading", "summary"):
                continue  # a deed is told in the resume's own entries
            m = deeds.search(line.text)
            if m is not None:
                skill = Skill(name, "soft", (), (name,))
                return [(line, SkillHit(skill, m.start(), m.end(), m.group()))]
    for narrower in _SOFT_FAMILY.get(name, ()):
        if shown.get(narrower):
            return shown[narrower]
    return _listed_by_its_noun(name, lines)


def _listed_by_its_noun(name: str, lines: list[ResumeLine]) -> list[tuple[ResumeLine, SkillHit]]:
    """A "<Noun> Skills" ask shown by its noun alone as an item of the skills section
    ("Prospecting | negotiating | presentations" for Presentation Skills): a list of
    skills names what it lists as skills, where a bullet's noun ("presentation
    materials") names a thing."""
    words = name.split()
    if len(words) != 2 or words[1].casefold() != "skills":
        return []
    head = set(word_stems(words[0]))
    for line in lines:
        if line.section != "skills" or line.part in ("contact", "heading"):
            continue
        for item in skill_items(line.text):
            bare = item.strip()
            if bare.isalpha() and not head.isdisjoint(word_stems(bare)):
                at = line.text.find(bare)
                skill = Skill(name, "soft", (), (name,))
                return [(line, SkillHit(skill, at, at + len(bare), bare))]
    return []


def _languages_shown(shown: dict[str, list[tuple[ResumeLine, SkillHit]]]
                     ) -> list[tuple[ResumeLine, SkillHit]]:
    """Evidence of speaking two or more languages: "Bilingual" asks no more than that.
    The line that names the most languages is the evidence."""
    named = {name: pairs for name, pairs in shown.items()
             if pairs and pairs[0][1].skill.kind == "language" and name != "Bilingualism"}
    if len(named) < 2:
        return []
    per_line: dict[str, list[tuple[ResumeLine, SkillHit]]] = {}
    for pairs in named.values():
        for line, hit in pairs:
            per_line.setdefault(line.text, []).append((line, hit))
    best = max(per_line.values(), key=lambda pairs: (len(pairs), pairs[0][0].section ==
                                                      "languages"))
    line, first = best[0]
    last = best[-1][1]
    if len(best) < 2:
        return [(line, last)]
    # "English, Mandarin and Cantonese": the resume's words for it, as one span.
    a, b = line.text.find(first.surface), line.text.rfind(last.surface)
    surface = line.text[a:b + len(last.surface)] if 0 <= a < b else last.surface
    return [(line, SkillHit(last.skill, first.start, last.end, surface))]


def soft_deed(mention: SkillMention, index: _LineStems) -> tuple[float, SkillMatch | None]:
    """A two-word soft skill named by its object and action shown by the deed, the verb
    first: "make coverage decisions" (Decision Making), "resolved conflicts between
    crews" (Conflict Resolution), or by its words in its own order ("8D problem
    solving"). Never the words turned round with the action as a noun: a "leadership
    team" is people, not team leadership."""
    words = mention.name.split()
    if mention.kind != "soft" or len(words) != 2:
        return 0.0, None
    credit, match = _phrase_variant(mention, index)
    if match is None:
        return 0.0, None
    first = match.resume_term.split()[0]
    own_order = not set(word_stems(first)).isdisjoint(word_stems(words[0]))
    done = first.casefold() != words[1].casefold() and not set(word_stems(first)).isdisjoint(
        word_stems(words[1]))
    return (credit, match) if own_order or done else (0.0, None)
