"""Which of the posting's asks the resume shows, with evidence, and the match score.

The score is meant to be acted on, so every point is traceable: it is the sum of
a few categories (required skills, preferred skills, tools, certifications, job
title, years, degree), each reported with what earned its points. The formula is
versioned (FORMULA_VERSION) and stated in README.md; change both together.

Formula v1
  points possible: required skills 40, preferred skills 10, tools 20,
  certifications 10, job title 10, years of experience 5, degree 5.
  A category the posting does not ask about is left out and the rest are scaled
  to 100: score = round(100 * earned / possible over the categories present).
  Within a category each posting item has a weight (required tool or
  certification 2, preferred 1; soft skills count half) and a credit:
  1.0 when the resume shows it in the posting's own words, 0.8 when it shows it
  under another name for the same skill ("Postgres" for "PostgreSQL"), 0 when it
  does not show it. Job title: the share of the posting title's words found in
  the resume's own titles. Years: years found / years asked, at most 1. Degree:
  1 when the resume's highest degree is at least the level asked, else 0.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date

from tailor_app.tailoring.degrees import highest_degree, rank
from tailor_app.tailoring.model import (
    CategoryScore,
    Entry,
    MatchReport,
    ParsedResume,
    PostingAnalysis,
    SkillMatch,
    SkillMention,
)
from tailor_app.tailoring.posting.terms import acronym_pairs
from tailor_app.tailoring.resume.dates import parse_date, total_experience_years
from tailor_app.tailoring.skills.phrases import shared_modifier_phrases
from tailor_app.tailoring.skills.stems import word_stems
from tailor_app.tailoring.skills.vocabulary import Skill, SkillHit, Vocabulary, load_vocabulary

FORMULA_VERSION = "1"
POINTS = {
    "Required skills": 40.0,
    "Preferred skills": 10.0,
    "Tools": 20.0,
    "Certifications": 10.0,
    "Job title": 10.0,
    "Years of experience": 5.0,
    "Degree": 5.0,
}
ALIAS_CREDIT = 0.8
EXPERIENCE_KINDS = ("experience",)
_TITLE_NOISE = {
    "senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "chief",
    "i", "ii", "iii", "iv", "level", "entry", "associate", "assistant", "the", "a", "an",
    "of", "and", "for", "in", "to", "at", "with", "&", "-", "/", "remote", "hybrid",
}


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


def _name_spans(text: str, organisation: str | None) -> tuple[tuple[int, int], ...]:
    if not organisation:
        return ()
    return tuple((m.start(), m.end()) for m in re.finditer(re.escape(organisation), text))


def resume_lines(resume: ParsedResume, summary: str | None = None) -> list[ResumeLine]:
    """Every line of the resume in reading order, tagged with its place; an entry's
    header lines know where they name its organisation (see ``ResumeLine.in_name``)."""
    lines = [ResumeLine(t, "contact", "contact") for t in resume.contact.lines]
    if summary:
        lines.append(ResumeLine(summary, "summary", "summary"))
    for section in resume.sections:
        if section.heading:
            lines.append(ResumeLine(section.heading, "heading", section.kind))
        for entry in section.entries:
            organisation = entry.organisation if section.kind in _NAMED_KINDS else None
            lines.extend(ResumeLine(t, "header", section.kind, _name_spans(t, organisation)
                                    if n == 0 or _YEAR.search(t) else ())
                         for n, t in enumerate(entry.header))
            lines.extend(ResumeLine(t, "bullet", section.kind) for t in entry.bullets)
    return lines


def _evidence_rank(line: ResumeLine) -> int:
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


def find_in_lines(lines: list[ResumeLine], vocabulary: Vocabulary
                  ) -> dict[str, list[tuple[ResumeLine, SkillHit]]]:
    """Skill name -> (line, hit) for every vocabulary skill the lines show.

    One pass of the matcher over the joined text is much faster than one per line.
    A skill a coordinated list spells out only once counts too: "financial analysis,
    modeling, and budget reporting" shows Financial Modeling, its hit pointing at
    "modeling" (see ``phrases.shared_modifier_phrases``).
    """
    joined = "\n".join(line.text for line in lines)
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line.text) + 1
    found: dict[str, list[tuple[ResumeLine, SkillHit]]] = {}
    # ``cjk=True``: "熟悉Python" shows Python (the guard splits words the same way, so a
    # summary line built from it is not refused).
    hits = [h for h in vocabulary.find(joined, cjk=True)
            if (h.skill.kind != "soft" or not _TECHNICAL_AFTER.match(joined, h.end))
            and not _in_name(lines, starts, h.start, h.end)]
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
    found.update(implied)
    for hit in vocabulary.deeds(joined):  # "Planned weekly lessons": Lesson Planning
        if hit.skill.name not in found and not _in_name(lines, starts, hit.start, hit.end):
            index = bisect.bisect_right(starts, hit.start) - 1
            if bisect.bisect_right(starts, hit.end - 1) - 1 == index:  # never across lines
                found.setdefault(hit.skill.name, []).append((lines[index], hit))
    for name, pairs in broader_shown(found, vocabulary).items():
        found.setdefault(name, pairs)
    return found


def _in_name(lines: list[ResumeLine], starts: list[int], start: int, end: int) -> bool:
    """Is the joined text's ``start:end`` inside an organisation's name on its line?"""
    index = bisect.bisect_right(starts, start) - 1
    line = lines[index]
    return bool(line.names) and line.in_name(start - starts[index], end - starts[index])


def broader_shown(found: dict[str, list[tuple[ResumeLine, SkillHit]]], vocabulary: Vocabulary
                  ) -> dict[str, list[tuple[ResumeLine, SkillHit]]]:
    """Broader skills the narrower ones found show: "GMAW" shows Welding, "ControlLogix"
    Allen-Bradley. The evidence is the narrower skill's own words in the resume (its
    hit, relabelled), so the report quotes what the resume wrote."""
    out: dict[str, list[tuple[ResumeLine, SkillHit]]] = {}
    for pairs in found.values():
        for line, hit in pairs:
            for name in hit.skill.broader:
                if name in found:
                    continue
                skill = vocabulary.lookup(name)
                if skill is None or skill.name != name:
                    continue
                out.setdefault(name, []).append(
                    (line, SkillHit(skill, hit.start, hit.end, hit.surface)))
    return out


# An all-capitals first word of a longer name: "AWS Lambda", "SQL Server", "GCP BigQuery".
_ACRONYM_PREFIX = re.compile(r"([A-Z][A-Z0-9]{1,5})[ \t]+\S")


def acronym_parent(hit: SkillHit, vocabulary: Vocabulary) -> SkillHit | None:
    """The skill a name's all-capitals first word names by itself, as a hit on that
    word: "AWS Lambda" → AWS, "SQL Server" → SQL. The resume wrote that word, so the
    match report and the guard both count it; "Apache Spark" implies nothing."""
    prefix = _ACRONYM_PREFIX.match(hit.surface)
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
    """The kind of product a name's all-capitals last word says it is, as a hit on that
    word: "Manhattan WMS" is a warehouse management system, "Allen-Bradley PLC" a PLC.
    An English compound names its kind last; the resume wrote the word, so the match
    report and the guard both count it."""
    if hit.skill.kind not in ("tool", "hard"):
        return None
    head = _ACRONYM_HEAD.search(hit.surface)
    if head is None:
        return None
    kind = vocabulary.lookup(head.group(1))
    if kind is None or kind.name == hit.skill.name or kind.kind not in ("tool", "hard"):
        return None
    start = hit.start + head.start(1)
    return SkillHit(kind, start, hit.end, hit.surface[head.start(1):])


_NAME_PREFIX = re.compile(r"[A-Z0-9][\w.+#&/-]*(?:[ \t]+[A-Z0-9][\w.+#&/-]*){0,2}(?=[ \t]+\S)")


def named_prefix(hit: SkillHit, vocabulary: Vocabulary) -> SkillHit | None:
    """The skill a name's opening words name by themselves: "Bluebeam Revu" shows
    Bluebeam, "8D problem solving" shows 8D. The resume wrote those words, so the
    match report and the guard both count them. Only a name's words (capitalised or
    a figure) open such a prefix, the two must be siblings, and the longest prefix the
    vocabulary knows wins."""
    if hit.skill.kind not in ("tool", "hard", "certification"):
        return None
    m = _NAME_PREFIX.match(hit.surface)
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


def _same_words(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _credit(mention: SkillMention, shown: list[tuple[ResumeLine, SkillHit]],
            posting_term: str | None, vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    if not shown:
        return 0.0, None
    best_line, best_hit = max(shown, key=lambda pair: _evidence_rank(pair[0]))
    credit = 1.0
    term = best_hit.surface
    if posting_term:
        exact = [pair for pair in shown if _same_words(pair[1].surface, posting_term)]
        if exact:
            term = exact[0][1].surface
        else:
            # Another alias of the same skill costs a little; a mere inflection
            # ("budgets" for "budgeting") is not an alias and costs nothing.
            other = vocabulary.lookup(best_hit.surface)
            if other is not None and other.name == mention.name:
                credit = ALIAS_CREDIT
    match = SkillMatch(name=mention.name, kind=mention.kind, required=mention.required,
                       evidence=best_line.text, resume_term=term)
    return credit, match


@functools.lru_cache(maxsize=2048)
def _past_tense_patterns(aliases: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(lower-case stem, pattern) for each gerund alias of one or two words: "Staff
    scheduling" -> ("schedul", "staff scheduled")."""
    out = []
    for alias in aliases:
        words = alias.split()
        last = words[-1].lower() if words else ""
        if len(words) > 2 or len(last) < 7 or not last.endswith("ing") or not last.isalpha():
            continue
        stem = last[:-3]
        body = r"[\s-]+".join(re.escape(w) for w in words[:-1])
        verb = rf"{re.escape(stem)}(?:ed|d)" if not stem.endswith("e") else rf"{stem}d"
        out.append((stem, re.compile(
            rf"(?<!\w){body + r'[ -]' if body else ''}{verb}(?!\w)", re.IGNORECASE)))
    return tuple(out)


def _done_evidence(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
                   vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """A skill named by a gerund ("Scheduling", "Staff scheduling") shown by the resume's
    past tense of the same verb ("Scheduled 40 technicians", "budgeted spare parts"),
    in the resume's own entries. Only the past tense: "markets" or "accounts" are
    other nouns, not marketing or accounting. ``resume_low`` is the whole resume in
    lower case, so a stem it lacks costs one substring test."""
    if mention.kind not in ("hard", "soft"):
        return 0.0, None
    skill = vocabulary.lookup(mention.name)
    patterns = [pattern for stem, pattern in _past_tense_patterns(
        skill.aliases if skill is not None else (mention.name,)) if stem in resume_low]
    if not patterns:
        return 0.0, None
    for line in sorted(lines, key=_evidence_rank, reverse=True):
        if line.part not in ("bullet", "header") or line.section == "contact":
            continue
        for pattern in patterns:
            found = next((m for m in pattern.finditer(line.text)
                          if not line.in_name(m.start(), m.end())), None)
            if found:
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, found.group())
    return 0.0, None


_CERT_TAIL = re.compile(r"\s+(?:certifications?|certificates?|certified|licen[cs]es?|licensure)$",
                        re.IGNORECASE)


def _literal_forms(mention: SkillMention) -> list[str]:
    """The ways a term no vocabulary holds may be written: as the posting names it, and
    by its acronym or spelled-out form when the posting gives both ("Certified Nursing
    Assistant (CNA)")."""
    forms = [mention.name]
    bare = _CERT_TAIL.sub("", mention.name)
    if bare != mention.name and len(bare) >= 3:
        forms.append(bare)  # "AWS D1.1 certification": the resume's "AWS D1.1 certified"
    for _a, _b, spelled, _pa, _pb, acronym in acronym_pairs(mention.snippet):
        if _same_words(spelled, mention.name):
            forms.append(acronym)
        elif _same_words(acronym, mention.name):
            forms.append(spelled)
    return forms


@functools.lru_cache(maxsize=4096)
def _literal_pattern(form: str) -> re.Pattern[str]:
    """``form`` as a whole word or phrase, any spacing or hyphen between its words, an
    optional plural; an all-capitals acronym of up to four letters keeps its case ("VRF"
    is not "vrf" inside another word's sense)."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", form.strip()) if w]
    body = r"[\s-]+".join(words)
    exact = form.isupper() and len(form) <= 4
    return re.compile(r"(?<![\w+#])" + body + r"(?:s|es|'s|’s)?(?![\w+#])",
                      0 if exact else re.IGNORECASE)


def literal_patterns(mention: SkillMention) -> list[re.Pattern[str]]:
    """How a term no vocabulary holds is found in a resume line: its own words, or its
    acronym or spelled-out form when the posting gives both (see ``_literal_forms``)."""
    return [_literal_pattern(f) for f in _literal_forms(mention)]


def _named_instance(mention: SkillMention, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                    vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """Evidence through the posting's own words: "document care in our Epic electronic
    health record" names Epic as the EHR it asks for, so a resume showing Epic shows
    the EHR. Only a tool or skill written right before the asked skill in the same
    snippet counts; the resume's words for that tool are the evidence."""
    if mention.kind not in ("hard", "tool"):
        return []
    hits = vocabulary.find(mention.snippet)
    for n, hit in enumerate(hits):
        if hit.skill.name != mention.name or n == 0:
            continue
        before = hits[n - 1]
        gap = mention.snippet[before.end:hit.start]
        if (before.skill.kind in ("tool", "hard") and before.skill.name != mention.name
                and gap.strip() == "" and shown.get(before.skill.name)):
            return shown[before.skill.name]
    return []


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def _kind_in_alias(mention: SkillMention, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                   vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """Evidence through the vocabulary's own names: it spells WordPress "WordPress CMS",
    so a resume showing WordPress shows the CMS a posting asks for. The asked kind is
    an acronym (the posting's, or one of its vocabulary skill's names), and a shown
    tool has a name that ends with it, as an English compound names its kind last."""
    if mention.kind not in ("hard", "tool"):
        return []
    skill = vocabulary.lookup(mention.name)
    names = skill.aliases if skill is not None else (mention.name,)
    kinds = {n for n in names if _ACRONYM_WORD.fullmatch(n)}
    if not kinds:
        return []
    for pairs in shown.values():
        tool = pairs[0][1].skill if pairs else None
        if tool is None or tool.kind != "tool" or (skill is not None and tool.name == skill.name):
            continue
        if any(len(words) > 1 and words[-1] in kinds
               for words in (alias.split() for alias in tool.aliases)):
            return pairs
    return []


def _plain_text_match(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
                      vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """A term the vocabulary does not know (a certification like "CDL Class A", a
    standard like "NFPA 70E", a product like "ControlLogix") still counts when the
    resume writes it out, or writes its acronym or spelled-out form."""
    if mention.kind not in ("certification", "tool", "hard") or (
            mention.kind != "certification" and vocabulary.lookup(mention.name) is not None):
        return 0.0, None
    # Each form's first word must be in the resume at all: most asks are not.
    patterns = [_literal_pattern(f) for f in _literal_forms(mention)
                if f.split()[0].lower().rstrip("s") in resume_low]
    if not patterns:
        return 0.0, None
    for line in sorted(lines, key=_evidence_rank, reverse=True):
        if line.part == "contact" and not (mention.name.isupper() and len(mention.name) <= 5):
            continue  # but "Jane Roe, RN, BSN": credentials after the name count
        for pattern in patterns:
            found = next((m for m in pattern.finditer(line.text)
                          if not line.in_name(m.start(), m.end())), None)
            if found:
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, found.group())
    return 0.0, None


_LINK_WORDS = r"(?:[ \t]+(?:of|and|for|the|in|on|to|&))*[ \t-]+"
_INITIAL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&", "a", "an"})


@functools.lru_cache(maxsize=2048)
def _acronym_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """How the resume may write ``name`` the other way round: an acronym asked ("GA4")
    spelled out in capitalised words ("Google Analytics 4"), or words asked
    ("continuous renal replacement therapy") as their initials ("CRRT", "CRRTs")."""
    if re.fullmatch(r"[A-Z][A-Z0-9]{2,5}", name):
        parts = [re.escape(c) if c.isdigit() else rf"{c}[a-z]+" for c in name]
        return (re.compile(r"(?<![\w-])" + _LINK_WORDS.join(parts) + r"(?![\w-])"),)
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _INITIAL_WORDS]
    if len(words) < 3 or len(words) > 6:
        return ()
    initials = "".join(w[0] for w in words).upper()
    return (re.compile(rf"(?<![\w-]){initials}s?(?![\w-])"),)


def _acronym_evidence(mention: SkillMention, lines: list[ResumeLine]
                      ) -> tuple[float, SkillMatch | None]:
    """An acronym and the words it stands for, whichever side writes which: a posting's
    "GA4" is shown by "Google Analytics 4", its "continuous renal replacement therapy"
    by "CRRT". Only acronyms of three letters or more, and only words a name's capitals
    open, so ordinary words never spell an acronym by chance; a credential asked in
    words is never read from initials."""
    if mention.kind not in ("hard", "tool", "certification"):
        return 0.0, None
    patterns = _acronym_patterns(mention.name)
    if mention.kind == "certification" and not mention.name.isupper():
        # Credentials' initials collide across fields: "Certified Pharmacy Technician"
        # is not the resume's "CPT" (Certified Phlebotomy Technician).
        patterns = ()
    for line in sorted(lines, key=_evidence_rank, reverse=True) if patterns else ():
        if line.part in ("contact", "heading"):
            continue
        for pattern in patterns:
            found = next((m for m in pattern.finditer(line.text)
                          if not line.in_name(m.start(), m.end())), None)
            if found:
                return ALIAS_CREDIT, SkillMatch(mention.name, mention.kind, mention.required,
                                                line.text, found.group())
    return 0.0, None


_PHRASE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "in", "on", "or", "with", "a", "an",
                          "from", "by", "at", "as"})
_MAX_PHRASE_WORDS = 5  # longer asks are sentences, not names to find in other forms

def _phrase_words(text: str) -> list[re.Match[str]]:
    """A phrase's or a line's words, small words left out: what form matching compares."""
    return [w for w in _PHRASE_WORD.finditer(text) if w.group().lower() not in _SMALL_WORDS]


class _LineStems:
    """Each resume line's words and their stems (see ``stems.word_stems``), worked out
    once per report, best evidence first; ``all`` is every stem, so most phrases are
    ruled out at once."""

    def __init__(self, lines: list[ResumeLine]) -> None:
        self.lines: list[tuple[ResumeLine, list[re.Match[str]], list[frozenset[str]]]] = []
        self.all: set[str] = set()
        for line in sorted(lines, key=_evidence_rank, reverse=True):
            if line.part == "contact":
                continue
            words = _phrase_words(line.text)
            stems = [frozenset(word_stems(w.group())) for w in words]
            self.lines.append((line, words, stems))
            self.all.update(*stems)


def _fills(wanted: list[frozenset[str]], window: list[frozenset[str]]) -> bool:
    """Can each wanted word be a different word of ``window`` (same size), in any order?"""
    return any(all(not w.isdisjoint(x) for w, x in zip(wanted, order, strict=True))
               for order in itertools.permutations(window))


def _phrase_variant(mention: SkillMention, lines: list[ResumeLine] | _LineStems
                    ) -> tuple[float, SkillMatch | None]:
    """A phrase read from the posting ("Month-end reports", "Vendor statements") shown
    in other forms of its words: every word's stem, side by side in one resume line in
    any order, small words between them allowed ("month-end reporting", "statements
    from vendors", "managing a territory" for Territory management)."""
    wanted = [frozenset(word_stems(w.group())) for w in _phrase_words(mention.name)]
    index = lines if isinstance(lines, _LineStems) else _LineStems(lines)
    size = len(wanted)
    if not 2 <= size <= _MAX_PHRASE_WORDS or any(w.isdisjoint(index.all) for w in wanted):
        return 0.0, None
    for line, words, stems in index.lines:
        if any(all(w.isdisjoint(x) for x in stems) for w in wanted):
            continue
        for i in range(len(stems) - size + 1):
            span = size if _fills(wanted, stems[i:i + size]) else (
                size + 1 if size == 2 and _describes(wanted, words, stems, i) else 0)
            if span:
                a, b = words[i].start(), words[i + span - 1].end()
                if re.search(r"[,;:.()]", line.text[a:b]) is None and not line.in_name(a, b):
                    return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                           line.text, line.text[a:b])
    return 0.0, None


def _describes(wanted: list[frozenset[str]], words: list[re.Match[str]],
               stems: list[frozenset[str]], i: int) -> bool:
    """A two-word name with one describing word between its words, in its order: "data
    processing pipelines" shows Data pipelines, "model compression training" no name
    (the order differs). The word between is a plain lower-case word, never a name."""
    if i + 2 >= len(stems) or not words[i + 1].group().islower():
        return False
    return not wanted[0].isdisjoint(stems[i]) and not wanted[1].isdisjoint(stems[i + 2])


# A general soft skill is shown by a narrower one: presenting and public speaking are
# communication. The reverse is not true ("communicator" shows no writing).
_SOFT_FAMILY = {
    "Communication": ("Verbal Communication", "Written Communication", "Presentation Skills",
                      "Public Speaking", "Interpersonal Skills", "Negotiation",
                      "Stakeholder Management", "Cross-Cultural Communication"),
    "Verbal Communication": ("Public Speaking", "Presentation Skills"),
    "Written Communication": ("Copywriting", "Technical Writing"),
}
# What a resume says when it shows a soft skill in action rather than naming it. The
# words are verbs of doing it ("communicated proposals to the city council",
# "presentation of investment proposals to stakeholders"); a noun alone
# ("presentation materials") is not enough. Lower-case patterns, matched caselessly.
_SOFT_DEEDS = {
    "Communication": re.compile(
        r"\bcommunicat(?:e|es|ed|ing)\b|\bliais(?:e|ed|es|ing)\b|\bliaison\b"
        r"|\bpresent(?:ed|ing)\b[^.;]{0,60}?\b(?:to|for|at)\b"
        r"|\bpresentations?\s+(?:of|to)\b|\bbriefed\b", re.IGNORECASE),
    "Verbal Communication": re.compile(
        r"\bpresent(?:ed|ing)\b[^.;]{0,60}?\b(?:to|at)\b|\bpresentations?\s+(?:of|to)\b"
        r"|\bspoke\s+(?:at|to)\b|\bbriefed\b", re.IGNORECASE),
    "Written Communication": re.compile(
        r"\b(?:wrote|authored|drafted|write|writing|edited)\b[^.;]{0,40}?\b(?:reports?"
        r"|documentation|proposals?|articles?|memos?|grants?|newsletters?|manuals?|guides?"
        r"|briefs?|papers?|specifications?|procedures?|correspondence)\b", re.IGNORECASE),
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


def _category(mention: SkillMention) -> str:
    if mention.kind == "certification":
        return "Certifications"
    if mention.kind == "tool":
        return "Tools"
    return "Required skills" if mention.required else "Preferred skills"


def _weight(mention: SkillMention) -> float:
    weight = 2.0 if mention.required and mention.kind in ("tool", "certification") else 1.0
    return weight * (0.5 if mention.kind == "soft" else 1.0)


_WORD = re.compile(r"[A-Za-z][A-Za-z+#.]*")


def title_words(text: str) -> set[str]:
    """The words of a job title that say what the job is ("Senior", "(RN)" dropped)."""
    text = re.sub(r"\([^)]*\)", " ", text)
    words = {w.lower().rstrip(".") for w in _WORD.findall(text)}
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} - _TITLE_NOISE


def resume_titles(resume: ParsedResume) -> list[str]:
    """The titles the resume gives its holder: role titles, then the headline lines."""
    titles = [e.title for s in resume.sections if s.kind in EXPERIENCE_KINDS
              for e in s.entries if e.title]
    titles.extend(resume.contact.lines[1:3])
    return titles


def experience_entries(resume: ParsedResume) -> list[Entry]:
    return [e for s in resume.sections if s.kind in EXPERIENCE_KINDS for e in s.entries]


_NOT_COUNTED = re.compile(r"\b(intern|internship|student|co-?op|volunteer|summer job|"
                          r"teaching assistant|research assistant|undergraduate researcher|"
                          r"undergraduate research|teaching and research assistant|"
                          r"research and teaching assistant)\b",
                          re.IGNORECASE)


def experience_years(resume: ParsedResume, today: date) -> float | None:
    """Years of work the resume's own dates add up to, overlaps counted once.

    Internships, student jobs, co-ops and teaching or research assistantships are left
    out: a posting's "5+ years" means years of work, and the summary line must not
    claim more than the person would. "Present" means the resume's own "Last updated"
    date when it states one: a resume written in 2015 says nothing about 2026.
    None when the resume has no roles at all.
    """
    entries = experience_entries(resume)
    if not entries:
        return None
    as_of = resume_date(resume)
    if as_of is not None and as_of < today:
        today = as_of
    return total_experience_years([e for e in entries if not not_counted(e)], today)


_UPDATED = re.compile(r"\b(?:last\s+)?(?:updated|revised)(?:\s+(?:on|in|as\s+of))?\s*:?\s*"
                      r"(?P<date>.{4,40})$", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"^\s*\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+", re.IGNORECASE)


def resume_date(resume: ParsedResume) -> date | None:
    """The date a resume says it was last updated ("Last Updated on 21st January 2015"),
    from its contact block or any header line; None when it states none."""
    lines = [*resume.contact.lines,
             *(line for s in resume.sections for e in s.entries for line in e.header)]
    for line in lines:
        found = _UPDATED.search(line)
        if not found:
            continue
        text = _ORDINAL_DAY.sub("", found.group("date")).replace(",", " ").strip()
        ref = parse_date(" ".join(text.split()))
        if ref is not None and ref.year:
            return date(ref.year, ref.month or 12, 28)
    return None


def not_counted(entry: Entry) -> bool:
    """An internship, student job, co-op or volunteer role: real, but not what a
    posting's years of experience or a headline title mean."""
    return bool(_NOT_COUNTED.search(" ".join([entry.title or "", *entry.header[:2]])))


def _title_credit(asked: str, resume: ParsedResume) -> tuple[float, str]:
    wanted = title_words(asked)
    if not wanted:
        return 0.0, "no title words to compare"
    best, best_title = 0.0, ""
    for title in resume_titles(resume):
        share = len(wanted & title_words(title)) / len(wanted)
        if share > best:
            best, best_title = share, title
    if best_title:
        return best, f"asked: {asked}; closest in resume: {best_title}"
    return 0.0, f"asked: {asked}; no similar title in resume"


def match_resume(
    resume: ParsedResume,
    analysis: PostingAnalysis,
    *,
    posting_terms: dict[str, str] | None = None,
    summary: str | None = None,
    vocabulary: Vocabulary | None = None,
    today: date | None = None,
) -> MatchReport:
    """Score a resume against a posting analysis (formula v1, see module docstring).

    ``posting_terms`` maps a skill's canonical name to the word the posting uses
    for it; without it every alias earns full credit.
    """
    vocabulary = vocabulary or load_vocabulary()
    today = today or date.today()
    lines = resume_lines(resume, summary)
    shown = find_in_lines(lines, vocabulary)
    resume_low = "\n".join(line.text for line in lines).lower()

    earned: dict[str, float] = {}
    weights: dict[str, float] = {}
    matched: list[SkillMatch] = []
    missing_required: list[str] = []
    missing_preferred: list[str] = []
    details: dict[str, list[str]] = {}
    seen: set[str] = set()
    line_stems: _LineStems | None = None
    mentions = list(analysis.skills)
    for cert in analysis.certifications:
        if cert not in {m.name for m in mentions}:
            mentions.append(SkillMention(cert, "certification", True, cert, "requirements"))
    for mention in mentions:
        if mention.name in seen:
            continue
        seen.add(mention.name)
        pairs = shown.get(mention.name, [])
        if not pairs and mention.kind == "certification":
            # "Arizona RN license" is not a vocabulary name, but the licence it names
            # (RN) is: the resume's "Registered Nurse, Arizona State Board" shows it.
            inner = [h.skill.name for h in vocabulary.find(mention.name)
                     if h.skill.kind == "certification" and h.skill.name != mention.name]
            pairs = next((shown[n] for n in inner if n in shown), [])
        if not pairs and mention.kind == "soft":
            pairs = _soft_evidence(mention.name, lines, shown)
        if not pairs and mention.name == "Bilingualism":
            pairs = _languages_shown(shown)
        if not pairs:
            pairs = _named_instance(mention, shown, vocabulary)
        if not pairs:
            pairs = _kind_in_alias(mention, shown, vocabulary)
        if pairs:
            term = (posting_terms or {}).get(mention.name)
            credit, match = _credit(mention, pairs, term, vocabulary)
        else:
            credit, match = _plain_text_match(mention, lines, resume_low, vocabulary)
            if match is None:
                credit, match = _done_evidence(mention, lines, resume_low, vocabulary)
            if match is None:
                credit, match = _acronym_evidence(mention, lines)
            if match is None and mention.kind == "hard":
                # "Soldering copper" shown by "Solder copper, crimp PEX": the same words
                # in another form, side by side.
                if line_stems is None:
                    line_stems = _LineStems(lines)
                credit, match = _phrase_variant(mention, line_stems)
        category = _category(mention)
        weight = _weight(mention)
        weights[category] = weights.get(category, 0.0) + weight
        earned[category] = earned.get(category, 0.0) + weight * credit
        if match is not None:
            matched.append(match)
            details.setdefault(category, []).append(f"✓ {mention.name}")
        else:
            (missing_required if mention.required else missing_preferred).append(mention.name)
            details.setdefault(category, []).append(f"✗ {mention.name}")

    breakdown: list[CategoryScore] = []
    for category in ("Required skills", "Preferred skills", "Tools", "Certifications"):
        if weights.get(category):
            share = earned[category] / weights[category]
            breakdown.append(CategoryScore(category, round(POINTS[category] * share, 1),
                                           POINTS[category], ", ".join(details[category])))

    if analysis.title:
        credit, detail = _title_credit(analysis.title, resume)
        breakdown.append(CategoryScore("Job title", round(POINTS["Job title"] * credit, 1),
                                       POINTS["Job title"], detail))

    years = experience_years(resume, today)
    years_found = None if years is None else round(years, 1)
    if analysis.min_years:
        found = years_found or 0.0
        credit = min(1.0, found / analysis.min_years)
        breakdown.append(CategoryScore(
            "Years of experience", round(POINTS["Years of experience"] * credit, 1),
            POINTS["Years of experience"],
            f"asked: {analysis.min_years}+; found in your dates: {found:g}"))

    degree_found = highest_degree("\n".join(
        line.text for line in lines if line.section in ("education", "certifications")))
    if analysis.degree:
        ok = rank(degree_found) >= rank(analysis.degree)
        breakdown.append(CategoryScore(
            "Degree", POINTS["Degree"] if ok else 0.0, POINTS["Degree"],
            f"asked: {analysis.degree}; found: {degree_found or 'none'}"))

    possible = sum(c.possible for c in breakdown)
    score = round(100 * sum(c.earned for c in breakdown) / possible) if possible else 0
    return MatchReport(
        score=max(0, min(100, score)),
        formula_version=FORMULA_VERSION,
        breakdown=breakdown,
        matched=matched,
        missing_required=missing_required,
        missing_preferred=missing_preferred,
        years_required=analysis.min_years,
        years_found=years_found,
        degree_required=analysis.degree,
        degree_found=degree_found,
    )


def score_resume(resume: ParsedResume, analysis: PostingAnalysis) -> MatchReport:
    """The score of an untailored resume: what Best fit ranks resumes by."""
    return match_resume(resume, analysis)
