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

import dataclasses
import functools
import re
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
from tailor_app.tailoring.resume.dates import parse_date, total_experience_years
from tailor_app.tailoring.skills.credentials import body_spelled_out
from tailor_app.tailoring.skills.duplicates import duplicate_asks, listed_name, met_by_choice
from tailor_app.tailoring.skills.evidence import (
    ALIAS_CREDIT,
    ResumeLine,
    acronym_parent,
    evidence_rank,
    find_in_lines,
    resume_lines,
)
from tailor_app.tailoring.skills.instances import example_evidence, worded_examples
from tailor_app.tailoring.skills.phrases import shared_modifier_phrases
from tailor_app.tailoring.skills.products import edition_dropped
from tailor_app.tailoring.skills.vocabulary import Skill, SkillHit, Vocabulary, load_vocabulary
from tailor_app.tailoring.skills.wording import (
    _acronym_evidence,
    _done_evidence,
    _LineStems,
    _listed_object,
    _method_named,
    _phrase_variant,
    _place_credential,
    _plain_text_match,
    _same_words,
    literal_patterns,
)

# What other modules read from here: the report's lines and readers live in evidence.py
# and wording.py, named here as before.
__all__ = ["ALIAS_CREDIT", "FORMULA_VERSION", "POINTS", "ResumeLine", "acronym_parent",
           "experience_years", "find_in_lines", "literal_patterns", "match_resume",
           "resume_date", "resume_lines", "score_resume"]

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
EXPERIENCE_KINDS = ("experience",)
_TITLE_NOISE = {
    "senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "chief",
    "i", "ii", "iii", "iv", "level", "entry", "associate", "assistant", "the", "a", "an",
    "of", "and", "for", "in", "to", "at", "with", "&", "-", "/", "remote", "hybrid",
}


def _credit(mention: SkillMention, shown: list[tuple[ResumeLine, SkillHit]],
            posting_term: str | None, vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    if not shown:
        return 0.0, None
    best_line, best_hit = max(shown, key=lambda pair: evidence_rank(pair[0]))
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


def _named_instance(mention: SkillMention, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                    vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """Evidence through the posting's own words: "document care in our Epic electronic
    health record" names Epic as the EHR it asks for, so a resume showing Epic shows
    the EHR. Only a tool or skill written right before the asked skill in the same
    snippet counts; the resume's words for that tool are the evidence. A vendor or
    family before its own product ("Allen-Bradley CompactLogix": the asked skill's
    broader one) names no instance: showing Allen-Bradley does not show CompactLogix.
    Nor does one word in lower case, which may be a verb before its object ("audit
    I-9s"); "dry van freight", two words, is a kind of freight."""
    if mention.kind not in ("hard", "tool"):
        return []
    hits = vocabulary.find(mention.snippet)
    for n, hit in enumerate(hits):
        if hit.skill.name != mention.name or n == 0:
            continue
        before = hits[n - 1]
        gap = mention.snippet[before.end:hit.start]
        if (before.skill.kind in ("tool", "hard") and before.skill.name != mention.name
                # "audit I-9s": one lower-case word may be a verb before its object
                and not (before.surface.islower() and " " not in before.surface)
                and before.skill.name not in hit.skill.broader
                and gap.strip() == "" and shown.get(before.skill.name)):
            return shown[before.skill.name]
    return []


_JOINED_BEFORE = re.compile(r"(?:\band|\bor|,|/|&)\s*$")


def _shared_name(mention: SkillMention, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                 vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """Evidence for a one-word ask the posting writes with a word shared from a name
    before it: "Microsoft Windows and Office" asks for Microsoft Office, which the
    resume's Word or Excel shows (see ``phrases.shared_modifier_phrases``)."""
    snippet = mention.snippet
    at = snippet.lower().find(mention.name.lower())
    if mention.kind not in ("hard", "tool") or at < 1 or _JOINED_BEFORE.search(
            snippet, max(0, at - 6), at) is None or vocabulary.lookup(mention.name) is not None:
        return []  # not written as a list's later item
    for hit in vocabulary.find(snippet):
        if " " not in hit.surface:
            continue
        for a, b, phrase in shared_modifier_phrases(snippet, hit.start, hit.end):
            if snippet[a:b].casefold() != mention.name.casefold():
                continue
            skill = vocabulary.lookup(phrase)
            if skill is not None and shown.get(skill.name):
                return shown[skill.name]
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
        if not kinds.isdisjoint(_alias_kinds(tool)):
            return pairs
    return []


@functools.lru_cache(maxsize=4096)
def _alias_kinds(tool: Skill) -> frozenset[str]:
    """The acronyms that end a tool's names ("WordPress CMS" -> CMS)."""
    return frozenset(words[-1] for words in (alias.split() for alias in tool.aliases)
                     if len(words) > 1 and _ACRONYM_WORD.fullmatch(words[-1]))


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
# Leading people: a verb of leading them, then a word for them as its object ("managed
# a $3M department and a team of 8", "supervised a night crew of six"), never a thing
# of theirs ("the team's calendar", "staff schedules").
_LEAD_PEOPLE = re.compile(
    r"\b(?:led|lead|leads|leading|supervis(?:e|ed|es|ing)|manag(?:e|ed|es|ing)"
    r"|direct(?:ed|s|ing)?|oversaw|oversee|oversees|overseeing|head(?:ed|s)?)\b"
    r"[^.;:]{0,50}?\b(?:teams?|staff|crews?|employees|associates|workers|direct reports)"
    r"(?=\s+(?:of|and|in|at|through|across|on|to|for|who)\b|\s*[,.;)]|\s*$)",
    re.IGNORECASE)
_SOFT_DEEDS = {
    "Leadership": _LEAD_PEOPLE,
    "Team Leadership": _LEAD_PEOPLE,
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


def _title_word(word: str) -> str:
    w = word.lower().rstrip(".")
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def title_words(text: str) -> set[str]:
    """The words of a job title that say what the job is ("Senior", "(RN)" dropped)."""
    text = re.sub(r"\([^)]*\)", " ", text)
    return {_title_word(w) for w in _WORD.findall(text)} - _TITLE_NOISE


def _spelled_acronyms(acronyms_of: str, words_of: str) -> tuple[set[str], set[str]]:
    """Acronyms of the first title that the second spells out in capitalised words
    ("SRE" and "Site Reliability Engineer", "RN" and "Registered Nurse"): (those
    acronyms, the words that spell them), as ``title_words`` writes them. Titles are
    short, so every run of words is tried."""
    acronyms = {w for w in _WORD.findall(acronyms_of) if 2 <= len(w) <= 5 and w.isupper()}
    words = _WORD.findall(words_of)
    found: set[str] = set()
    spelling: set[str] = set()
    for acronym in acronyms:
        n = len(acronym)
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            if "".join(w[0] for w in run).upper() == acronym and all(
                    w[0].isupper() for w in run):
                found.add(_title_word(acronym))
                spelling.update(_title_word(w) for w in run)
    return found, spelling


_HEADLINE_PARTS = re.compile(r"\s+[·|•]\s+")


def resume_titles(resume: ParsedResume) -> list[str]:
    """The titles the resume gives its holder: role titles, then the headline lines."""
    titles = [e.title for s in resume.sections if s.kind in EXPERIENCE_KINDS
              for e in s.entries if e.title]
    # A headline may share its line with the place and the phone ("HVAC Service
    # Technician · Joliet, IL · (815) 555-0177"): each part is a candidate, so the title
    # credited and shown is the title alone.
    titles.extend(part.strip() for line in resume.contact.lines[1:3]
                  for part in _HEADLINE_PARTS.split(line) if part.strip())
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
        # An acronym on either side that the other title spells out counts as shared:
        # the posting's "SRE" by "Site Reliability Engineer", its "Registered Nurse"
        # by "RN".
        asked_acronyms, _ = _spelled_acronyms(asked, title)
        _, spelt_in_asked = _spelled_acronyms(title, asked)
        shared = wanted & (title_words(title) | asked_acronyms | spelt_in_asked)
        share = len(shared) / len(wanted)
        if share > best:
            best, best_title = share, title
    if best_title:
        return best, f"asked: {asked}; closest in resume: {best_title}"
    return 0.0, f"asked: {asked}; no similar title in resume"


def _inner_credentials(name: str, vocabulary: Vocabulary) -> list[SkillHit]:
    """The vocabulary credentials a credential's fuller name contains: "Colorado
    Journeyman license" is Journeyman License with its state added."""
    return [h for h in vocabulary.find(name)
            if h.skill.kind == "certification" and h.skill.name != name]


def _posting_line(name: str, analysis: PostingAnalysis) -> str:
    """The posting's line that names a credential read whole (what it says around it:
    "Single Subject credential in English"), or the name alone."""
    low = name.lower()
    for section in analysis.sections:
        at = section.text.lower().find(low)
        if at >= 0:
            start = section.text.rfind("\n", 0, at) + 1
            end = section.text.find("\n", at)
            return section.text[start:end if end >= 0 else len(section.text)]
    return name


def _credential_inside(cert: str, names: set[str], vocabulary: Vocabulary) -> str | None:
    """The ask a credential read whole from the posting names with its state or body
    added (the analysis's Journeyman License), or None. They are one ask, and the
    report lists it once."""
    return next((h.skill.name for h in _inner_credentials(cert, vocabulary)
                 if h.skill.name in names), None)


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CREDENTIAL_WORDS = frozenset({"certification", "certificate", "certified", "license", "licence",
                               "licensure", "card", "credential", "registration", "endorsement"})


def _credential_evidence(name: str, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                         vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """Resume lines showing a credential the posting names with its state or body.

    "Arizona RN license" is not a vocabulary name, but the licence it names (RN) is:
    the resume's "Registered Nurse, Arizona State Board" shows it. The capitalised
    words before that licence must be on the line too: a Texas licence does not
    show the Nevada one asked for. So must a name after it, other than a word for a
    credential: "ServSafe Allergens certification" is another course than ServSafe.
    """
    for hit in _inner_credentials(name, vocabulary):
        qualifiers = [w.lower() for w in _NAME_WORD.findall(name[:hit.start])
                      if w[0].isupper()]
        qualifiers += [w.lower() for w in _NAME_WORD.findall(name[hit.end:])
                       if w[0].isupper() and w.lower() not in _CREDENTIAL_WORDS]
        pairs = [(line, h) for line, h in shown.get(hit.skill.name, [])
                 if all(q in line.text.lower() for q in qualifiers)]
        if pairs:
            return pairs
    return []


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
    resume_text = "\n".join(line.text for line in lines)
    resume_low = resume_text.lower()

    earned: dict[str, float] = {}
    weights: dict[str, float] = {}
    matched: list[SkillMatch] = []
    missing_required: list[str] = []
    missing_preferred: list[str] = []
    missing_mentions: list[SkillMention] = []
    met: list[SkillMention] = []
    details: dict[str, list[str]] = {}
    seen: set[str] = set()
    line_stems: _LineStems | None = None
    mentions = list(analysis.skills)
    for cert in analysis.certifications:
        names = {m.name for m in mentions}
        if cert.casefold() in {n.casefold() for n in names}:
            continue  # "Driver's license" read as a credential, "Driver's License" a skill
        plain = _credential_inside(cert, names, vocabulary)
        if plain is None:
            mentions.append(SkillMention(cert, "certification", True,
                                         _posting_line(cert, analysis), "requirements"))
        else:  # one ask: listed by the posting's fuller name
            mentions = [dataclasses.replace(m, name=cert) if m.name == plain else m
                        for m in mentions]
    for mention in mentions:
        if mention.name in seen:
            continue
        seen.add(mention.name)
        pairs = shown.get(mention.name, [])
        if not pairs and mention.kind == "certification":
            pairs = _credential_evidence(mention.name, shown, vocabulary)
        if not pairs and mention.kind == "soft":
            pairs = _soft_evidence(mention.name, lines, shown)
        if not pairs and mention.name == "Bilingualism":
            pairs = _languages_shown(shown)
        if not pairs:
            pairs = _named_instance(mention, shown, vocabulary)
        if not pairs:
            pairs = _kind_in_alias(mention, shown, vocabulary)
        if not pairs:
            pairs = example_evidence(mention, shown, vocabulary)
        if not pairs and " " not in mention.name:
            pairs = _shared_name(mention, shown, vocabulary)
        if pairs:
            term = (posting_terms or {}).get(mention.name)
            credit, match = _credit(mention, pairs, term, vocabulary)
        else:
            credit, match = _plain_text_match(mention, lines, resume_low, vocabulary)
            if match is None:
                credit, match = _done_evidence(mention, lines, resume_low, vocabulary)
            if match is None:
                credit, match = _acronym_evidence(mention, lines, resume_text)
            if match is None:
                credit, match = _place_credential(mention, lines, resume_low)
            if match is None:
                credit, match = body_spelled_out(mention, lines, resume_text)
            if match is None and mention.kind == "hard":
                # "Soldering copper" shown by "Solder copper, crimp PEX": the same words
                # in another form, side by side.
                if line_stems is None:
                    line_stems = _LineStems(lines)
                credit, match = _phrase_variant(mention, line_stems)
                if match is None and mention.term and mention.term.casefold() not in (
                        mention.name.casefold(), ""):
                    # The posting's own words for a vocabulary skill ("performance
                    # reviews" for Performance Management), in other forms.
                    credit, match = _phrase_variant(
                        dataclasses.replace(mention, name=mention.term), line_stems)
                    if match is not None:
                        match = dataclasses.replace(match, name=mention.name)
            if match is None and mention.kind == "hard":
                credit, match = _listed_object(mention, lines)
            if match is None and mention.kind == "hard":
                credit, match = _method_named(mention, lines, resume_low)
            if match is None and mention.kind == "tool":
                credit, match = edition_dropped(mention, lines, resume_text)
            if match is None:
                match = worded_examples(mention, lines, resume_low, vocabulary)
                credit = 1.0 if match is not None else 0.0
        category = _category(mention)
        weight = _weight(mention)
        weights[category] = weights.get(category, 0.0) + weight
        earned[category] = earned.get(category, 0.0) + weight * credit
        if match is not None:
            matched.append(match)
            met.append(mention)
            details.setdefault(category, []).append(f"✓ {mention.name}")
        else:
            (missing_required if mention.required else missing_preferred).append(mention.name)
            missing_mentions.append(mention)
            details.setdefault(category, []).append(f"✗ {mention.name}")

    # A credential offered as a choice ("RMA or CCMA") is no gap when the other is met.
    chosen = met_by_choice(missing_mentions, met) if missing_mentions and met else set()
    for mention in [m for m in missing_mentions if m.name in chosen]:
        missing_mentions.remove(mention)
        (missing_required if mention.required else missing_preferred).remove(mention.name)
        category = _category(mention)
        weights[category] -= _weight(mention)
        details[category].remove(f"✗ {mention.name}")
    # One ask the posting writes in two names is one gap (see duplicates.py).
    dropped = duplicate_asks(missing_mentions, vocabulary) if len(missing_mentions) > 1 else {}
    if dropped:
        missing_required, missing_preferred = _one_each(
            missing_required, missing_preferred, dropped)
    missing_required = list(dict.fromkeys(listed_name(n) for n in missing_required))
    missing_preferred = [n for n in dict.fromkeys(listed_name(n) for n in missing_preferred)
                         if n not in missing_required]

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


def _one_each(required: list[str], preferred: list[str], dropped: dict[str, str]
              ) -> tuple[list[str], list[str]]:
    """The missing lists without the ``dropped`` names; the name kept for a required
    one is required."""
    promoted = {kept for name, kept in dropped.items() if name in required}
    return ([n for n in required if n not in dropped]
            + [n for n in preferred if n in promoted and n not in dropped],
            [n for n in preferred if n not in dropped and n not in promoted])


def score_resume(resume: ParsedResume, analysis: PostingAnalysis) -> MatchReport:
    """The score of an untailored resume: what Best fit ranks resumes by."""
    return match_resume(resume, analysis)
