"""What the resume's lines show: the vocabulary skills each line names, with the
skills a name implies ("AWS Lambda" shows AWS, "Manhattan WMS" a WMS, "CI/CD" continuous
integration, "GMAW" welding), and never an employer's or a school's name.

``matching.py`` scores a posting's asks against what this module finds; the lines keep
their place in the resume (a bullet about work is better evidence than a skills list).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from tailor_app.tailoring.caseless import lowered
from tailor_app.tailoring.model import Entry, ParsedResume, SkillMatch, SkillMention
from tailor_app.tailoring.posting.subjects import (
    SHOWN_AS,
    may_name_subjects,
    subject_terms,
    taught_by_writer,
)
from tailor_app.tailoring.resume.fields import CREDENTIAL, DEGREE, names_an_organisation
from tailor_app.tailoring.skills.coded_areas import coded_areas
from tailor_app.tailoring.skills.needs_shown import NAME as NEEDS
from tailor_app.tailoring.skills.needs_shown import needs_spans
from tailor_app.tailoring.skills.phrases import shared_modifier_phrases, stacked_modifier_names
from tailor_app.tailoring.skills.senses import OTHER_SENSE, out_of_trade
from tailor_app.tailoring.skills.shared_head import shared_head_phrases
from tailor_app.tailoring.skills.studied import (
    EXAM_WORDS,
    class_words_at,
    exam_only_taken,
    near_a_class,
    only_studied,
)
from tailor_app.tailoring.skills.vocabulary import Skill, SkillHit, Vocabulary
from tailor_app.tailoring.skills.writers_own import by_another

__all__ = ["ResumeLine", "acronym_head", "acronym_parent", "broader_shown", "evidence_rank",
           "find_in_lines", "held_by_another", "may_be_ahead", "named_prefix",
           "names_a_school_or_degree", "resume_lines", "slash_parts",
           "still_ahead", "work_bullet_showing"]

@dataclass(frozen=True)
class ResumeLine:
    """A line of the resume with where it sits, so evidence can prefer bullets."""

    text: str
    part: str  # "contact", "heading", "header", "bullet", "summary"
    section: str  # section kind ("contact" for the contact block)
    # Where the line names its entry's employer or school: (start, end) in ``text``.
    names: tuple[tuple[int, int], ...] = ()

    def in_name(self, start: int, end: int) -> bool:
        """Do ``text[start:end]``'s words belong to an employer's or school's name?
        "Triangle Site Design" as an employer is no evidence of site design."""
        return any(start < b and end > a for a, b in self.names)


# Sections whose entries name an employer or a school: a certification's issuer or a
# language line has no such name to leave out.
_NAMED_KINDS = frozenset({"experience", "education", "volunteering"})


# The line that introduces an entry is its first or the one with its dates; a later
# line without dates ("BLS for Healthcare Providers, American Heart Association" under
# a degree) is another item, whatever the parser took for the organisation.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A year after "exp." or "valid through" is when a credential lapses, no entry's date:
# "BLS for Healthcare Providers, AHA (exp. 2026)" in a list of credentials is an item.
_LAPSES = re.compile(r"\b(?:exp\.?|expires?|expiring|expiration|valid|through|thru|until)"
                     r"\s*:?\s*(?:\d{1,2}/)?$", re.IGNORECASE)


def _dated(text: str) -> bool:
    """Does the line carry a year of its own (not the one a credential lapses in)?"""
    return any(_LAPSES.search(text, max(0, m.start() - 16), m.start()) is None
               for m in _YEAR.finditer(text))


# A parenthesis of lower-case words (and acronyms) after an employer's name says what
# kind of place it is, in the writer's words: "Sun City Wireless (call center)",
# "Desert Freight (3PL warehouse)". A capitalised word keeps it part of the name
# ("(formerly Data Analytics Inc)").
_DESCRIPTION = re.compile(r"\((?![^()]*\b[A-Z][a-z])[^()]*[a-z][^()]*\)")


def _guessed_school(entry: Entry, kind: str) -> bool:
    """An education entry's "school" that the parser took only for being the first
    part: no word of it names an organisation and no other part is a degree or a
    credential ("CPR/First Aid, American Red Cross (2024)", "Trauma-Informed Care,
    DCYF online training"). Such a part is as often what was learned as where, so its
    words are not hidden from the skills; a real school keeps its name out of them
    ("Spokane Community College", "Institute of Culinary Education")."""
    if kind != "education" or not entry.organisation:
        return False
    qualified = entry.title is not None and bool(DEGREE.search(entry.title)
                                                  or CREDENTIAL.search(entry.title))
    return not qualified and not names_an_organisation(", " + entry.organisation)


def _name_spans(text: str, organisation: str | None) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names the organisation (see ``_DESCRIPTION`` for what brackets
    after the name say instead: "Northwoods Senior Living (memory care & LTC)")."""
    if not organisation:
        return ()
    # The name's own stretches: all of it but a description in parentheses.
    parts = [(0, len(organisation))]
    if "(" in organisation:
        parts, start = [], 0
        for found in _DESCRIPTION.finditer(organisation):
            parts.append((start, found.start()))
            start = found.end()
        parts.append((start, len(organisation)))
    spans: list[tuple[int, int]] = []
    at = text.find(organisation)
    while at >= 0:  # non-overlapping, as a pattern of the name would find them
        spans.extend((at + a, at + b) for a, b in parts if b > a)
        at = text.find(organisation, at + len(organisation))
    return tuple(spans)


# A contact block's line under the name that says who the person is, not how to reach
# them ("WAREHOUSE LEAD / SHIPPING & RECEIVING"): words only, no digit, address, link or
# "City, ST". Its part stays "contact"; its section "headline" lets the readers of a
# posting's own words take it as the person's word for their work.
_HEADLINE = re.compile(r"^(?!.*(?:\d|@|://|www\.|,\s*[A-Z]{2}\b))\W*[A-Za-z][^\n]{2,80}$")


# A list of what the person holds, one item after another: "Class A CDL · clean MVR · DOT
# medical card current to 2027", "Licensed Kentucky P&C agent (2020) · CISR (2023)".
_ITEM_MARK = re.compile(r"\s[·•|]\s")
_ROLE_DASH = re.compile(r"\s[—–-]\s|\bat\b|\bpresent\b", re.IGNORECASE)


def _listed_headline(heading: str | None, entry: Entry) -> bool:
    """Is ``entry`` the line of credentials under the name that the parser, for its
    year, took for a role of an unheaded first section? One line, items set apart by
    a dot or bar, no bullets and no "Title — Employer" dash: its parts are what the
    person holds, and none of them is an employer's name to hide from the skills
    (the year of a card is not an employment date)."""
    return (not heading and not entry.bullets and len(entry.header) == 1
            and _ITEM_MARK.search(entry.header[0]) is not None
            and _ROLE_DASH.search(entry.header[0]) is None)


def resume_lines(resume: ParsedResume, summary: str | None = None) -> list[ResumeLine]:
    """Every line of the resume in reading order, tagged with its place; an entry's
    header lines know where they name its organisation (see ``ResumeLine.in_name``)."""
    lines = [ResumeLine(t, "contact", "headline" if n and _HEADLINE.match(t) else "contact")
             for n, t in enumerate(resume.contact.lines)]
    if summary:
        lines.append(ResumeLine(summary, "summary", "summary"))
    for number, section in enumerate(resume.sections):
        if section.heading:
            lines.append(ResumeLine(section.heading, "heading", section.kind))
        for entry in section.entries:
            organisation = (entry.organisation if section.kind in _NAMED_KINDS
                            and not _guessed_school(entry, section.kind)
                            and not (number == 0 and _listed_headline(section.heading, entry))
                            else None)
            lines.extend(ResumeLine(t, "header", section.kind, _name_spans(t, organisation)
                                    if n == 0 or _dated(t) else ())
                         for n, t in enumerate(entry.header))
            lines.extend(ResumeLine(t, "bullet", section.kind) for t in entry.bullets)
    return lines


def evidence_rank(line: ResumeLine) -> int:
    """Bullets about work prove a skill best; a bare skills list least."""
    if line.part == "bullet" and line.section in ("experience", "projects", "volunteering"):
        return 4
    if line.section in ("experience", "projects", "volunteering", "education"):
        return 3
    if line.section in ("skills", "certifications", "summary"):
        return 2
    return 1


# "communication protocols", "collaboration software": a soft-skill word naming a
# technical thing is not evidence of the skill.
_TECHNICAL_AFTER = re.compile(
    r"[ \t]+(?:protocols?|systems?|networks?|stacks?|engineering|technolog\w*|software"
    r"|tools?|platforms?|apis?|bus|layers?)\b", re.IGNORECASE)


# "presented drivers to leadership", "reported to senior management": after "to",
# "with" or "for", these words name the people at the top, not a skill.
_GROUP_WORDS = frozenset({"leadership", "management", "senior leadership",
                          "senior management", "executive leadership"})
# "presented results to project managers", "worked with product managers": people the
# work was done with or for, named by their job in the plural.
_PLURAL_PEOPLE = re.compile(r"\b(?:managers|directors|supervisors|coordinators|owners"
                            r"|engineers|analysts|designers|developers)$", re.IGNORECASE)
_PEOPLE_BEFORE = re.compile(
    r"\b(?:to|with|for|by|from)[ \t]+(?:(?:the|our|their|company|senior|executive|"
    r"upper|site|plant|store|hospital|school|district)[ \t]+)*$", re.IGNORECASE)


# A credential after "our", "their"...: another person who holds it ("with our CPA",
# "supervised their RNs"), not the resume's writer.
_HOLDER_BEFORE = re.compile(r"\b(?:our|their|his|her|your)[ \t]+(?:[a-z-]+[ \t]+){0,2}$",
                            re.IGNORECASE)
# "Changed dressings under Registered Nurse supervision", "under the direction of an
# RN": the credential of the person the writer worked under.
_UNDER_BEFORE = re.compile(r"\bunder[ \t]+(?:the[ \t]+)?(?:(?:direction|supervision|"
                           r"guidance)[ \t]+of[ \t]+(?:an?[ \t]+|the[ \t]+)?)?$",
                           re.IGNORECASE)


def held_by_another(text: str, start: int) -> bool:
    """Is the credential at ``start`` someone else's: "with our CPA", "under Registered
    Nurse supervision"?"""
    return bool(_HOLDER_BEFORE.search(text, max(0, start - 30), start)
                or _UNDER_BEFORE.search(text, max(0, start - 40), start))


# "PCCN eligible", "CPA candidate", "PMP (in progress)", "pursuing the CCRN": a credential
# the writer has not earned yet. Saying it is held would put words in their mouth.
# A course or class before the bracket is the way to it, not it: "Completed an ACLS course
# (certification pending)", "AWS D1.1 prep class (test scheduled March 2027)".
_NOT_YET_AFTER = re.compile(
    r"[ \t]*(?:(?:[a-z]+[ \t]+){0,2}?(?:course|class|program)[ \t]*)?"
    r"(?:[(\[][ \t]*|[-–—:][ \t]*)?"
    r"(?:(?:exam|test|certification|certificate|license|licence|card)[ \t]+)?"
    r"(?:eligible|candidate|in[ \t-]progress|pending|expected|anticipated|in[ \t]+training"
    r"|track|scheduled)\b", re.IGNORECASE)
_NOT_YET_BEFORE = re.compile(
    r"\b(?:pursuing|working[ \t]+(?:toward|towards|on)|studying[ \t]+for|preparing[ \t]+for"
    # "Signed up for an APICS CPIM class", "registered for the CDL road test": ahead.
    r"|signed[ \t]+up[ \t]+for|registered[ \t]+for"
    r"|candidate[ \t]+for|eligible[ \t]+for|enrolled[ \t]+in|sitting[ \t]+for"
    # "Preparing to sit for the CPA exam", "scheduled to take the NCLEX", "plan to sit for
    # the PMP": an exam still ahead.
    r"|(?:preparing|studying|scheduled|planning|plan|registered|hoping|aiming|expect)"
    r"[ \t]+to[ \t]+(?:sit[ \t]+for|take)|to[ \t]+sit[ \t]+for)[ \t]+"
    r"(?:(?:the|my|an?)[ \t]+)?$", re.IGNORECASE)


# A credential earned by an exam of several parts, only some of them passed: "Passed the
# FAR and AUD sections of the CPA exam", "passed 2 of 4 CPA exam sections", "CFA Level
# II", "CMA Part 1", "CPA Exam: FAR (passed 2024), AUD …". Each part is a step on the way;
# the paper itself is not held, and a report or summary naming it would invent it. "All
# four sections of the CPA exam" is left as it was (the writer has done every part).
_PART_BEFORE = re.compile(
    r"(?:\b(?:sections?|parts?|levels?|papers?|modules?)(?:[ \t]+(?:I{1,3}|[1-4]))?[ \t]+"
    r"(?:of|on)[ \t]+(?:(?:the|my)[ \t]+)?"
    r"|\b\d[ \t]+(?:of|out[ \t]+of)[ \t]+(?:\d|four|three|two)[ \t]+(?:(?:the)[ \t]+)?)$",
    re.IGNORECASE)
_ALL_PARTS = re.compile(r"\ball[ \t]+(?:(?:four|three|two|\d)[ \t]+)?(?:sections?|parts?|levels?"
                        r"|papers?|modules?)[ \t]+(?:of|on)[ \t]+(?:(?:the|my)[ \t]+)?$",
                        re.IGNORECASE)
_PART_AFTER = re.compile(
    r"[ \t]+(?:exam(?:ination)?s?[ \t]+(?:sections?|parts?)|sections?)\b"
    # "CPA Exam: FAR (passed 2024)": the exam's parts listed by their codes.
    r"|[ \t]+exam(?:ination)?[ \t]*[:–—-][ \t]*[A-Z]{2,4}\b(?![ \t]*[:–—-]?[ \t]*(?:passed|PASSED)"
    r"[ \t]*[,;)]?[ \t]*$)",
    re.IGNORECASE)


_EXAM_NEXT = re.compile(r"[ \t]+exam(?:ination)?s?\b", re.IGNORECASE)
# "Passed CFA Level I", "CMA Part 1 passed": one level of an exam, told as passed. A level
# alone is often a paper of its own ("Google Certified Educator Level 1", "NDT Level II").
_LEVEL_AFTER = re.compile(r"[ \t]*(?:[-–—:,][ \t]*)?(?:level|part)[ \t]+(?:I{1,3}|[1-4])\b",
                          re.IGNORECASE)
_PASSED = re.compile(r"\bpass(?:ed|ing)?\b", re.IGNORECASE)


def only_parts_passed(text: str, start: int, end: int) -> bool:
    """Is the credential at ``text[start:end]`` named as an exam of which only some parts
    are done ("the FAR and AUD sections of the CPA exam", "CFA Level II")?"""
    before = text[max(0, start - 40):start]
    if _ALL_PARTS.search(before):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _LEVEL_AFTER.match(text, end):
        return _PASSED.search(text, line_start, line_end) is not None
    if _PART_AFTER.match(text, end):
        return True
    # "sections of the CPA exam": the parts are of the credential's exam, named right
    # after it; "two sections of the BLS course" are classes the writer taught.
    return bool(_PART_BEFORE.search(before)) and _EXAM_NEXT.match(text, end) is not None


def not_yet_held(text: str, start: int, end: int) -> bool:
    """Is the credential at ``text[start:end]`` one the writer is still working toward:
    "PCCN eligible", "CPA candidate", "PMP (in progress)", "pursuing the CCRN", or an exam
    of which only some parts are passed ("FAR and AUD sections of the CPA exam")?"""
    return bool(_NOT_YET_AFTER.match(text, end)
                or _NOT_YET_BEFORE.search(text, max(0, start - 30), start)
                or only_parts_passed(text, start, end))


# A line of schooling or papers may say anywhere in an item that it is still ahead, not
# only right after the name: "Currently enrolled: RN to BSN, West Virginia University
# (expected 2026)", "LEED Green Associate exam — scheduled Jan 2027", "Immunization
# Delivery for Technicians — course in progress". A degree or course not finished shows
# neither the degree nor the skill it teaches. ("Enrolled Agent" is a credential: only
# "enrolled in" or "enrolled:" says a course is under way; "exp. 2026" is a lapse date.)
_AHEAD_MARK = re.compile(
    r"\b(?:in[ \t-]progress|expected|anticipated|scheduled|pending|candidate|eligible"
    r"|not[ \t]+yet|to[ \t]+be[ \t]+completed|pursuing|working[ \t]+toward|sitting[ \t]+for|"
    r"enrolled(?=[ \t]*(?::|in\b))|currently[ \t]+(?:enrolled|attending|completing|studying)"
    r")\b", re.IGNORECASE)
_AHEAD_KINDS = frozenset({"education", "certifications", "skills"})
# Items of such a line: a degree line is one item to its separators; a list of papers
# or skills is cut at its commas too ("CPR, First Aid, ACLS (in progress)").
_ITEM_CUT = re.compile(r"[ \t][·•|][ \t]|;")
_LIST_ITEM_CUT = re.compile(r"[ \t][·•|][ \t]|;|,")
# In a line of papers a comma before a lower-case word goes on with the same item: "IV
# Therapy course – enrolled, completion expected spring 2027".
_PAPERS_CUT = re.compile(r"[ \t][·•|][ \t]|;|,(?![ \t]*[a-z])")


def may_be_ahead(line: ResumeLine) -> bool:
    """Is ``line`` a line of schooling, papers or skills that says something is still
    ahead? (Cheap: the filter before ``still_ahead``.)"""
    return line.section in _AHEAD_KINDS and _AHEAD_MARK.search(line.text) is not None


def still_ahead(line: ResumeLine, start: int, end: int) -> bool:
    """Does the item of ``line`` holding ``line.text[start:end]`` say it is not yet
    held: a degree still being earned, an exam scheduled, a course in progress?"""
    if not may_be_ahead(line):
        return False
    cut = _ITEM_CUT if line.section == "education" else (
        _PAPERS_CUT if line.section == "certifications" else _LIST_ITEM_CUT)
    text = line.text
    left = max((m.end() for m in cut.finditer(text, 0, start)), default=0)
    after = cut.search(text, end)
    right = after.start() if after is not None else len(text)
    if _RENEWED.search(text, left, right) is not None:
        return False
    opens = left + len(text[left:right]) - len(text[left:right].lstrip(" \t-–—•*(:"))
    return any(_governs(text, mark, opens, right)
               for mark in _AHEAD_MARK.finditer(text, left, right))


# A word of the marks that is also an ordinary modifier says "ahead" only where it
# governs the item: never as the item's first word ("Candidate sourcing", "Scheduled
# maintenance", "Pending orders"); "candidate" and "eligible" after a name, at the
# item's end ("CPA candidate", "PCCN eligible"); "scheduled", "expected", "anticipated"
# with a date after them or after an exam, a course or a graduation ("exam — scheduled
# Jan 2027", "(expected 2026)", "graduation expected").
_MODIFIER_MARKS = frozenset({"candidate", "scheduled", "expected", "anticipated", "pending",
                             "eligible"})
_AT_ITEM_END = re.compile(r"[ \t]*(?:$|[,;:)\]–—-]|for\b|\()", re.IGNORECASE)
_DATE_AFTER = re.compile(
    r"[ \t:,(]*(?:(?:in|for|by|on|to)[ \t]+)?(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)[a-z]*\.?|spring|summer|fall|autumn|winter|q[1-4]\b|\d{1,2}/)",
    re.IGNORECASE)
_WAY_BEFORE = re.compile(r"\b(?:exams?|tests?|courses?|class(?:es)?|programs?|graduation"
                         r"|completion|degree|boards?|NCLEX)\W+(?:[a-z]+\W+)?$", re.IGNORECASE)


def _governs(text: str, mark: re.Match[str], opens: int, right: int) -> bool:
    """Does the mark at ``mark`` say its item is still ahead (see ``_MODIFIER_MARKS``)?"""
    word = mark.group().lower()
    if word not in _MODIFIER_MARKS:
        return True
    if mark.start() <= opens:
        return False  # "Candidate sourcing", "Scheduled maintenance"
    if word in ("candidate", "eligible", "pending"):
        return _AT_ITEM_END.match(text, mark.end(), right) is not None
    return (_DATE_AFTER.match(text, mark.end(), right) is not None
            or _WAY_BEFORE.search(text, max(0, mark.start() - 30), mark.start()) is not None)


# A renewal scheduled or pending is of a paper held: "BLS (renewal scheduled May 2027)".
_RENEWED = re.compile(r"\b(?:renew|recert|re-cert)", re.IGNORECASE)


def work_bullet_showing(mention: SkillMention, lines: list[ResumeLine],
                        pattern: re.Pattern[str]) -> tuple[float, SkillMatch | None]:
    """(1.0, match) for the best-placed bullet of the person's own work (experience or
    volunteering) where ``pattern`` finds the deed outside an employer's name; else
    (0.0, None). The deed readers that know an ask by a verb done to its object share
    this: "cared for 6 patients", "led weekly safety trainings", "calmed angry callers"."""
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part != "bullet" or line.section not in ("experience", "volunteering"):
            continue
        found = pattern.search(line.text)
        if found is not None and not line.in_name(found.start(), found.end()):
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                   line.text, found.group())
    return 0.0, None


ALIAS_CREDIT = 0.8  # another name of the same skill: see matching.py's formula


def quoted_by(mention: SkillMention, lines: list[ResumeLine], patterns: tuple[re.Pattern[str], ...],
              skipped: tuple[str, ...] = ("contact", "heading")
              ) -> tuple[float, SkillMatch | None]:
    """(credit, match) quoting the most telling line where one of ``patterns`` finds the
    ask outside a name (an employer's or a school's); lines of the ``skipped`` parts
    are never evidence. The one loop behind the readers of other names of a skill."""
    for line in sorted(lines, key=evidence_rank, reverse=True) if patterns else ():
        if line.part in skipped:
            continue
        for pattern in patterns:
            found = next((m for m in pattern.finditer(line.text)
                          if not line.in_name(m.start(), m.end())), None)
            if found:
                return ALIAS_CREDIT, SkillMatch(mention.name, mention.kind, mention.required,
                                                line.text, found.group())
    return 0.0, None


def _resensed(hit: SkillHit, joined: str, vocabulary: Vocabulary) -> SkillHit | None:
    """The hit, or the other trade's skill its words name in their sentence ("met with my
    grade-level PLC": a professional learning community), or None when the vocabulary
    lacks that skill."""
    if hit.skill.name not in OTHER_SENSE or not out_of_trade(
            hit.skill.name, joined, hit.start, hit.end):
        return hit
    other = vocabulary.lookup(OTHER_SENSE[hit.skill.name])
    return None if other is None else SkillHit(other, hit.start, hit.end, hit.surface)


# A subject the vocabulary reads as a subject, and its teaching's own skill.
_TAUGHT_AS = {"Mathematics": "Math Instruction"}


def find_in_lines(lines: list[ResumeLine], vocabulary: Vocabulary,
                  studied: dict[str, list[tuple[ResumeLine, SkillHit]]] | None = None,
                  low: str | None = None) -> dict[str, list[tuple[ResumeLine, SkillHit]]]:
    """Skill name -> (line, hit) for every vocabulary skill the lines show.

    One pass of the matcher over the joined text is much faster than one per line.
    A skill a coordinated list spells out only once counts too: "financial analysis,
    modeling, and budget reporting" shows Financial Modeling, its hit pointing at
    "modeling" (see ``phrases.shared_modifier_phrases``). ``studied`` receives what only
    a class the writer took names; ``low`` is the lines joined and lower-cased, when the
    caller has it.
    """
    joined = "\n".join(line.text for line in lines)
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line.text) + 1
    found: dict[str, list[tuple[ResumeLine, SkillHit]]] = {}
    heading_at = {at for at, line in zip(starts, lines, strict=True) if line.part == "heading"}
    # ``cjk=True``: "熟悉Python" shows Python (the guard splits words the same way, so a
    # summary line built from it is not refused).
    # A paper whose exam was only sat is not held (skills/studied.py): read only where
    # the text names an exam. (A class taken is read by the match, which knows whether
    # the posting asks for the class itself.)
    if low is None:  # the caller's lower-cased joined lines, else made here
        low = joined.lower()
    exams = ("exam" in low or "test" in low) and any(word in low for word in EXAM_WORDS)
    hits = [h for h in vocabulary.find(joined, cjk=True)
            if (h.skill.kind != "soft" or not _TECHNICAL_AFTER.match(joined, h.end))
            and not (exams and h.skill.kind == "certification"
                     and exam_only_taken(joined, h.start, h.end))
            and not (_names_people(h.surface)
                     and _PEOPLE_BEFORE.search(joined, max(0, h.start - 40), h.start))
            and not (h.skill.kind == "certification" and (held_by_another(joined, h.start)
                                                           or not_yet_held(joined, h.start,
                                                                           h.end)))
            and not _in_name(lines, starts, h.start, h.end)
            and not names_a_school_or_degree(joined, h.start, h.end)
            and not (h.start in heading_at and _a_whole_heading(lines, starts, h.start, h.end))
            and not (out_of_trade(h.skill.name, joined, h.start, h.end)
                     and h.skill.name not in OTHER_SENSE)]
    hits = [r for r in (_resensed(h, joined, vocabulary) for h in hits) if r is not None]
    for hit in hits:
        index = bisect.bisect_right(starts, hit.start) - 1
        found.setdefault(hit.skill.name, []).append((lines[index], hit))
    implied: dict[str, list[tuple[ResumeLine, SkillHit]]] = {}
    for hit in hits:
        if hit.skill.kind != "hard" or " " not in hit.surface.strip():
            continue
        index = bisect.bisect_right(starts, hit.start) - 1
        for a, b, phrase in shared_modifier_phrases(joined, hit.start, hit.end):
            skill = vocabulary.lookup(phrase)
            if skill is None or skill.kind != "hard" or skill.name in found:
                continue
            if bisect.bisect_right(starts, a) - 1 == index:  # never across lines
                implied.setdefault(skill.name, []).append(
                    (lines[index], SkillHit(skill, a, b, joined[a:b])))
    # "IM/SubQ/ID injections", "sliding-scale and basal insulin": each kind with the head.
    for a, b, phrase in shared_head_phrases(joined):
        skill = vocabulary.lookup(phrase)
        if skill is None or skill.kind not in ("hard", "tool") or skill.name in found \
                or skill.name in implied or _in_name(lines, starts, a, b) \
                or out_of_trade(skill.name, joined, a, b, bare=False):
            continue  # (a hygienist's "brushing, flossing and home care": no home health)
        index = bisect.bisect_right(starts, a) - 1
        implied.setdefault(skill.name, []).append(
            (lines[index], SkillHit(skill, a, b, joined[a:b])))
    # "ASE Master Automobile Technician (A1-A8)", "ASE certified: A4, A5": each area.
    for a, b, name in coded_areas(joined, ranges=True):
        skill = vocabulary.lookup(name)
        if skill is None or skill.kind != "certification" or skill.name in found \
                or skill.name in implied:
            continue
        index = bisect.bisect_right(starts, a) - 1
        if bisect.bisect_right(starts, b - 1) - 1 == index:  # never across lines
            implied.setdefault(skill.name, []).append(
                (lines[index], SkillHit(skill, a, b, joined[a:b])))
    for hit in hits:  # "AWS EC2" is written as "AWS" + a service: it shows AWS too
        for parent in (acronym_parent(hit, vocabulary), named_prefix(hit, vocabulary),
                       acronym_head(hit, vocabulary)):
            if parent is None or parent.skill.name in found:
                continue
            index = bisect.bisect_right(starts, hit.start) - 1
            implied.setdefault(parent.skill.name, []).append((lines[index], parent))
    for hit in hits:  # "CI/CD" is continuous integration and continuous deployment
        for part in slash_parts(hit, vocabulary):
            if part.skill.name not in found:
                index = bisect.bisect_right(starts, hit.start) - 1
                implied.setdefault(part.skill.name, []).append((lines[index], part))
    # "Ran full-cycle technical recruiting": Full-cycle Recruiting too.
    for skill, a, b in stacked_modifier_names(joined, vocabulary.lookup, hits):
        if skill.name not in found and not _in_name(lines, starts, a, b):
            index = bisect.bisect_right(starts, a) - 1
            implied.setdefault(skill.name, []).append(
                (lines[index], SkillHit(skill, a, b, joined[a:b])))
    found.update(implied)
    # "Planned weekly lessons": Lesson Planning; "Recover, evacuate and charge
    # refrigerant": refrigerant recovery, the object shared by the listed verbs.
    # "Welcomed guests": a phrase that shows a skill on a resume only (``<`` in the
    # curated files). A deed is the writer's: not "…, who fixed leaks" or "Managers
    # asked customers…" (skills/writers_own.py).
    for hit in [*vocabulary.deeds(joined, lists=True), *vocabulary.shown_by(joined)]:
        if hit.skill.name not in found and not _in_name(lines, starts, hit.start, hit.end) \
                and not by_another(joined, hit.start):
            index = bisect.bisect_right(starts, hit.start) - 1
            if bisect.bisect_right(starts, hit.end - 1) - 1 == index:  # never across lines
                found.setdefault(hit.skill.name, []).append((lines[index], hit))
    # "Ask how each customer uses their phone before recommending a plan": a seller's
    # needs discovery told in everyday words (skills/needs_shown.py). The hit is named
    # by the skill, not by its asking words: "asking how" names no skill.
    needs = vocabulary.lookup(NEEDS) if NEEDS not in found else None
    if needs is not None:
        for a, b in needs_spans(joined):
            index = bisect.bisect_right(starts, a) - 1
            found.setdefault(needs.name, []).append(
                (lines[index], SkillHit(needs, a, b, needs.name)))
    # "Teach reading, writing, math and science to second graders": the subjects taught,
    # read by the posting's own reader (posting/subjects.py), so a subject a posting asks
    # in those words is shown by them. Named by the skill, as needs discovery is.
    if may_name_subjects(lowered(joined)):
        for term in subject_terms(joined):
            skill = vocabulary.lookup(SHOWN_AS.get(term.name, term.name))
            if skill is None or skill.name in found or by_another(joined, term.start) \
                    or not taught_by_writer(joined, term.start):
                continue
            index = bisect.bisect_right(starts, term.start) - 1
            found.setdefault(skill.name, []).append(
                (lines[index], SkillHit(skill, term.start, term.end, skill.name)))
    # "Teach reading and math to small groups": math taught by the writer is Math
    # Instruction too, as reading taught is Reading instruction (the vocabulary reads
    # the bare word as the subject, Mathematics).
    for name, taught in _TAUGHT_AS.items():
        skill = vocabulary.lookup(taught) if name in found and taught not in found else None
        if skill is None:
            continue
        for line, hit in found[name]:
            if not by_another(joined, hit.start) and taught_by_writer(joined, hit.start):
                found.setdefault(skill.name, []).append(
                    (line, SkillHit(skill, hit.start, hit.end, hit.surface)))
                break
    # Nothing an item still ahead names is held: drop its hits before the broader
    # skills are read from them.
    at = {id(line): start for start, line in zip(starts, lines, strict=True)
          if may_be_ahead(line)}
    if at:
        for name in list(found):
            kept = [(line, hit) for line, hit in found[name] if id(line) not in at or not
                    still_ahead(line, hit.start - at[id(line)], hit.end - at[id(line)])]
            if kept:
                found[name] = kept
            else:
                del found[name]
    # Nor is what a class the writer took names ("Took a construction estimating class"):
    # its hits go to ``studied`` for an ask of the class itself ("HACCP training").
    classes = class_words_at(low)
    if classes:
        for name in list(found):
            kept = [(line, hit) for line, hit in found[name]
                    if hit.skill.kind == "certification"
                    or not near_a_class(classes, hit.start, hit.end)
                    or not only_studied(joined, hit.start, hit.end)]
            if len(kept) < len(found[name]) and studied is not None:
                studied[name] = [pair for pair in found[name] if pair not in kept]
            if kept:
                found[name] = kept
            else:
                del found[name]
    for name, pairs in broader_shown(found, vocabulary).items():
        found.setdefault(name, pairs)
    return found


# "Bachelor of Science in Nursing", "College of Engineering": a degree's kind and a
# school's name, no subject the person practises (the degree's subject, "in Nursing",
# still counts).
_DEGREE_KIND = re.compile(r"(?:applied\s+|fine\s+|liberal\s+)?(?:science|arts)",
                          re.IGNORECASE)
_DEGREE_OF = re.compile(r"\b(?:bachelor|master|associate|doctor)(?:['’]?s)?\s+of\s+$",
                        re.IGNORECASE)
_SCHOOL_OF = re.compile(r"\b(?:college|school|faculty|department|institute)\s+of\s+(?:the\s+)?$",
                        re.IGNORECASE)


def _names_people(surface: str) -> bool:
    """A group at the top ("leadership") or a job in the plural ("project managers")."""
    low = surface.lower()
    return low in _GROUP_WORDS or (low.endswith("s") and _PLURAL_PEOPLE.search(surface)
                                   is not None)


def names_a_school_or_degree(joined: str, start: int, end: int) -> bool:
    """Are ``joined[start:end]`` a degree's kind or words of a school's name?"""
    if "of" not in joined[max(0, start - 8):start].lower():
        return False  # most words: no "of" just before them, no name of a school
    before = max(0, start - 30)
    if _SCHOOL_OF.search(joined, before, start):
        return True
    return bool(_DEGREE_KIND.fullmatch(joined, start, end)) and bool(
        _DEGREE_OF.search(joined, before, start))


def _a_whole_heading(lines: list[ResumeLine], starts: list[int], start: int,
                     end: int) -> bool:
    """A section heading that is only the skill's word ("READING", "WRITING" over a
    list of books read and pieces written) names the section, not a skill shown."""
    index = bisect.bisect_right(starts, start) - 1
    line = lines[index]
    return line.part == "heading" and (
        line.text.strip(" :").casefold() == line.text[start - starts[index]:
                                                      end - starts[index]].casefold())


def _in_name(lines: list[ResumeLine], starts: list[int], start: int, end: int) -> bool:
    """Is the joined text's ``start:end`` inside an organisation's name on its line?"""
    index = bisect.bisect_right(starts, start) - 1
    line = lines[index]
    return bool(line.names) and line.in_name(start - starts[index], end - starts[index])


def broader_shown(found: dict[str, list[tuple[ResumeLine, SkillHit]]], vocabulary: Vocabulary
                  ) -> dict[str, list[tuple[ResumeLine, SkillHit]]]:
    """Broader skills the narrower ones found show: "GMAW" shows Welding, "ControlLogix"
    Allen-Bradley, and on up: "kaizen events" shows Lean Manufacturing and so
    Continuous Improvement. The evidence is the narrower skill's own words in the
    resume (its hit, relabelled), so the report quotes what the resume wrote."""
    out: dict[str, list[tuple[ResumeLine, SkillHit]]] = {}
    todo = [(line, hit) for pairs in found.values() for line, hit in pairs
            if hit.skill.broader]
    seen: set[tuple[str, str, int]] = set()  # (skill, line, start): relations may loop
    for line, hit in todo:  # grows while it is read: a broader skill's own broader ones
        for name in hit.skill.broader:
            if name in found or (name, line.text, hit.start) in seen:
                continue
            seen.add((name, line.text, hit.start))
            skill = vocabulary.lookup(name)
            if skill is None or skill.name != name:
                continue
            shown = SkillHit(skill, hit.start, hit.end, hit.surface)
            if skill.broader:
                todo.append((line, shown))
            out.setdefault(name, []).append((line, shown))
    return out


# An all-capitals first word of a longer name: "AWS Lambda", "SQL Server", "GCP BigQuery".
_ACRONYM_PREFIX = re.compile(r"([A-Z][A-Z0-9]{1,5})[ \t]+\S")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CAPITALS_DIGITS = _CAPITALS | frozenset("0123456789")


def acronym_parent(hit: SkillHit, vocabulary: Vocabulary) -> SkillHit | None:
    """The skill a name's all-capitals first word names by itself, as a hit on that
    word: "AWS Lambda" → AWS, "SQL Server" → SQL. The resume wrote that word, so the
    match report and the guard both count it; "Apache Spark" implies nothing."""
    surface = hit.surface
    if surface[:1] not in _CAPITALS or surface[1:2] not in _CAPITALS_DIGITS:
        return None  # most names: no capital and a capital or figure to open them
    prefix = _ACRONYM_PREFIX.match(surface)
    if prefix is None:
        return None
    parent = vocabulary.lookup(prefix.group(1))
    if parent is None or parent.name == hit.skill.name:
        return None
    return SkillHit(parent, hit.start, hit.start + prefix.end(1), prefix.group(1))


@functools.lru_cache(maxsize=1024)
def _slash_names(skill: Skill, vocabulary: Vocabulary) -> tuple[Skill, ...]:
    parts: dict[str, Skill] = {}
    for alias in skill.aliases:
        for part in alias.split("/") if "/" in alias else ():
            found = vocabulary.lookup(part.strip())
            if found is not None and found.name != skill.name and found.kind in ("hard", "tool"):
                parts.setdefault(found.name, found)
    return tuple(parts.values())


def slash_parts(hit: SkillHit, vocabulary: Vocabulary) -> list[SkillHit]:
    """The skills a skill named as two joined by a slash is made of, as hits on its
    words: "CI/CD" (continuous integration/continuous deployment) shows continuous
    integration and continuous deployment. Only a skill whose own name has the slash:
    an alias such as "ETL/ELT" offers a choice, not both."""
    if "/" not in hit.skill.name:
        return []
    return [SkillHit(part, hit.start, hit.end, hit.surface)
            for part in _slash_names(hit.skill, vocabulary)]


# An all-capitals last word of a longer name: "Manhattan WMS", "ServiceNow ITSM".
_ACRONYM_HEAD = re.compile(r"\S[ \t]+([A-Z][A-Z0-9]{1,5})s?$")


def acronym_head(hit: SkillHit, vocabulary: Vocabulary) -> SkillHit | None:
    """The kind of product a name's all-capitals last word says it is, as a hit on the
    whole name: "Manhattan WMS" is a warehouse management system, "Allen-Bradley PLC" a
    PLC. An English compound names its kind last. The evidence is the name as the
    resume wrote it (as for a broader skill), so nothing built from the report, such as
    the summary line, names the kind in words the resume does not hold alone."""
    if hit.skill.kind not in ("tool", "hard"):
        return None
    head = _ACRONYM_HEAD.search(hit.surface)
    if head is None:
        return None
    kind = vocabulary.lookup(head.group(1))
    if kind is None or kind.name == hit.skill.name or kind.kind not in ("tool", "hard"):
        return None
    return SkillHit(kind, hit.start, hit.end, hit.surface)


_NAME_PREFIX = re.compile(r"[A-Z0-9][\w.+#&/-]*(?:[ \t]+[A-Z0-9][\w.+#&/-]*){0,2}(?=[ \t]+\S)")


def named_prefix(hit: SkillHit, vocabulary: Vocabulary) -> SkillHit | None:
    """The skill a name's opening words name by themselves: "Bluebeam Revu" shows
    Bluebeam, "8D problem solving" shows 8D. The resume wrote those words, so the
    match report and the guard both count them. Only a name's words (capitalised or
    a figure) open such a prefix, the two must be siblings, and the longest prefix the
    vocabulary knows wins."""
    if hit.skill.kind not in ("tool", "hard", "certification"):
        return None
    surface = hit.surface
    if surface[:1] not in _CAPITALS_DIGITS or (" " not in surface and "\t" not in surface):
        return None  # a prefix is a name's word before a space: most names have none
    m = _NAME_PREFIX.match(surface)
    if m is None:
        return None
    words = m.group().split()
    for n in range(len(words), 0, -1):
        prefix = " ".join(words[:n])
        skill = vocabulary.lookup(prefix)
        # Only siblings: two spellings the vocabulary files under one broader skill
        # ("Bluebeam" and "Bluebeam Revu" under construction estimating); "Looker
        # Studio" is another product than Looker.
        if skill is not None and skill.name != hit.skill.name and skill.kind in (
                "tool", "hard", "certification") and set(skill.broader) & set(hit.skill.broader):
            end = hit.start + hit.surface.index(words[n - 1]) + len(words[n - 1])
            return SkillHit(skill, hit.start, end, hit.surface[:end - hit.start])
    return None
