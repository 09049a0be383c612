"""Tailoring: the truthful operations that make a resume fit one posting.

Only these (DESIGN.md, promise 1): lead with the sections this posting cares
about; within each role put the bullets that show the posting's skills first
(roles keep their chronological order); put the asked-for skills first in skills
lists; use the posting's own word for a skill the resume names differently; add
one summary line made only of the resume's facts. Nothing is added, nothing
dropped: the guard checks that before the result is accepted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from tailor_app.tailoring.compose.guard import apply_renames, check
from tailor_app.tailoring.compose.order import (
    order_bullets,
    order_skill_entries,
    reorder_skill_line,
)
from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.model import (
    Contact,
    Entry,
    ParsedResume,
    PostingAnalysis,
    ResumeDocument,
    Section,
    TailorResult,
)
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import (
    experience_entries,
    experience_years,
    match_resume,
    not_counted,
    title_words,
)
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary

Progress = Callable[[str, int], None]


def _noop(stage: str, percent: int) -> None:
    """Progress sink used when the caller does not watch."""


def posting_terms(job_text: str, analysis: PostingAnalysis,
                  vocabulary: Vocabulary) -> dict[str, str]:
    """Canonical skill name -> the word the posting first uses for it."""
    wanted = {s.name for s in analysis.skills}
    terms: dict[str, str] = {}
    for hit in vocabulary.find(job_text):
        if hit.skill.name in wanted and hit.skill.name not in terms:
            terms[hit.skill.name] = hit.surface
    return terms


def skill_weights(analysis: PostingAnalysis) -> dict[str, float]:
    """How much showing each posting skill is worth when ordering lines."""
    weights: dict[str, float] = {}
    for mention in analysis.skills:
        weight = 3.0 if mention.required else 1.5
        weights[mention.name] = weight * (0.5 if mention.kind == "soft" else 1.0)
    return weights


class _Relevance:
    """Scores lines by the posting skills they show (each distinct line matched once)."""

    def __init__(self, analysis: PostingAnalysis, vocabulary: Vocabulary) -> None:
        self.weights = skill_weights(analysis)
        self.keywords = [k.casefold() for k in analysis.keywords]
        self.vocabulary = vocabulary
        self._cache: dict[str, set[str]] = {}

    def skills(self, text: str) -> set[str]:
        found = self._cache.get(text)
        if found is None:
            found = {h.skill.name for h in self.vocabulary.find(text)} & self.weights.keys()
            self._cache[text] = found
        return found

    def line(self, text: str) -> float:
        folded = text.casefold()
        score = sum(self.weights[s] for s in self.skills(text))
        # Key phrases beyond the vocabulary break ties but never outrank a skill.
        return score + min(1.0, 0.25 * sum(1 for k in self.keywords if k in folded))

    def section(self, section: Section) -> float:
        names: set[str] = set()
        for entry in section.entries:
            for text in (*entry.header, *entry.bullets):
                names |= self.skills(text)
        return sum(self.weights[n] for n in names)


def _order_sections(sections: list[Section], relevance: _Relevance,
                    analysis: PostingAnalysis, entry_level: bool) -> list[Section]:
    """Summary, then the asked-for skills, then experience (or education for a
    first job), then the rest; ties keep the resume's own order."""
    asks_certs = bool(analysis.certifications) or any(
        s.kind == "certification" for s in analysis.skills)

    def priority(section: Section) -> float:
        score = relevance.section(section)
        kind = section.kind
        if kind in ("contact", "summary"):
            return 0
        if kind == "skills":
            return 1 if score > 0 else 6
        if kind == "certifications":
            return 2 if asks_certs and score > 0 else 7
        if kind == "education":
            return 2.5 if entry_level else 5
        if kind == "experience":
            return 3
        if kind == "projects":
            return 4
        return 8

    indexed = sorted(enumerate(sections), key=lambda p: (priority(p[1]), p[0]))
    return [s for _i, s in indexed]


def short_title(title: str) -> str:
    """ "Registered Nurse, Medical-Surgical Unit" -> "Registered Nurse": the role's
    name without its unit or team, still the resume's own words."""
    head = re.split(r"\s*(?:,|\(|\s[-–—|/]\s)", title, maxsplit=1)[0].strip()
    return head or title.strip()


_ROLE_NOUNS = re.compile(
    r"\b(manager|engineer|analyst|designer|developer|nurse|teacher|accountant|specialist|"
    r"coordinator|director|officer|consultant|assistant|intern|representative|executive|"
    r"administrator|architect|scientist|technician|lead|head|president|founder)s?\b",
    re.IGNORECASE)


def _headline_skill(term: str) -> bool:
    """A skill that reads well after "experience in": not a job title ("Product
    Manager") and not a verb form a bullet happened to use ("A/B tested")."""
    last = term.split()[-1] if term.split() else ""
    return not _ROLE_NOUNS.search(term) and not (last.endswith("ed") and len(last) > 4)


def _in_sentence(term: str, kind: str, vocabulary: Vocabulary) -> str:
    """ "Patient assessment" reads "patient assessment" mid-sentence; names stay,
    and so does a language ("English language learners")."""
    if kind in ("hard", "soft") and " " in term and term[:1].isupper() and term[1:].islower():
        first = vocabulary.lookup(term.split()[0])
        if first is None or first.kind != "language":
            return term[0].lower() + term[1:]
    return term


def _end_year(entry: Entry, today: date) -> int | None:
    end = entry.end or entry.start
    if end is None:
        return None
    return today.year if end.present else end.year


def _recent_titled_roles(resume: ParsedResume, today: date) -> list[Entry]:
    """Titled work roles that ended within three years of the latest one, in the
    resume's order: a headline should not lead with a summer job from a decade ago
    just because its title shares a word with the posting's, nor with a volunteer
    or student role."""
    roles = [e for e in experience_entries(resume) if e.title and not not_counted(e)]
    ends = [y for y in (_end_year(e, today) for e in roles) if y is not None]
    if not ends:
        return roles
    latest = max(ends)
    return [e for e in roles if (_end_year(e, today) or latest) >= latest - 3]


_NUMBER_WORDS = {w: n for n, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty"))}
_STATED_YEARS = re.compile(
    r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\+?\s*(?:\(\d+\)\s*)?"
    r"(?:plus\s+)?years?\b", re.IGNORECASE)


def stated_years(resume: ParsedResume) -> int | None:
    """The years of experience the resume claims in its own words, if it does."""
    for section in resume.sections:
        if section.kind != "summary":
            continue
        for entry in section.entries:
            for line in (*entry.header, *entry.bullets):
                found = _STATED_YEARS.search(line)
                if found:
                    word = found.group(1).lower()
                    return int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return None


def build_summary(resume: ParsedResume, analysis: PostingAnalysis,
                  matched: list[tuple[str, str]], today: date,
                  vocabulary: Vocabulary | None = None) -> str | None:
    """One line from the resume's own facts: its most relevant title, the years
    its dates add up to, and up to four of the posting's skills it shows.

    ``matched`` is (the resume's word for a skill, its kind), most important first.
    Certifications are left out (one is not "experienced in" a licence), and so is
    any skill the title already names.
    """
    entries = _recent_titled_roles(resume, today)
    title: str | None = None
    if entries:
        title = entries[0].title
        if analysis.title:
            wanted = title_words(analysis.title)
            best = max(entries, key=lambda e: len(wanted & title_words(e.title or "")))
            if wanted & title_words(best.title or ""):
                title = best.title
    title = short_title(title) if title else None
    years = math.floor(experience_years(resume, today) or 0.0)
    stated = stated_years(resume)
    if stated is not None and stated != years:
        # The resume says "six years" itself (written some time ago, or counting
        # differently): a second, different figure would contradict the person.
        years = 0
    in_title = title_words(title or "")
    vocabulary = vocabulary or load_vocabulary()
    skills: list[str] = []
    for term, kind in matched:
        if (kind == "certification" or title_words(term) <= in_title
                or not _headline_skill(term)):
            continue
        term = _in_sentence(term, kind, vocabulary)
        if term.casefold() not in {s.casefold() for s in skills}:
            skills.append(term)
    skills = skills[:4]
    listed = (", ".join(skills[:-1]) + " and " + skills[-1]) if len(skills) > 1 else (
        skills[0] if skills else "")
    if title:
        text = title.rstrip(",;")
        if years >= 1:
            text += f" with {years} {'year' if years == 1 else 'years'} of experience"
            if listed:
                text += f" in {listed}"
        elif listed:
            text += f" with experience in {listed}"
    elif years >= 1:
        text = f"{years} {'year' if years == 1 else 'years'} of experience"
        if listed:
            text += f" in {listed}"
    else:
        return None
    return text[0].upper() + text[1:] + "."


def _empty_resume() -> ParsedResume:
    return ParsedResume(contact=Contact(), sections=[])


def tailor(
    resume_document: ResumeDocument | str | None,
    job_text: str,
    title: str | None = None,
    company: str | None = None,
    *,
    progress: Progress | None = None,
    today: date | None = None,
    vocabulary: Vocabulary | None = None,
) -> TailorResult:
    """Tailor one resume to one posting (see the module docstring for what that may do).

    With no resume, the result carries the posting analysis alone and an empty text.
    """
    report = progress or _noop
    today = today or date.today()
    vocabulary = vocabulary or load_vocabulary()
    report("analysing posting", 10)
    analysis = analyse_posting(job_text, title, company)
    terms = posting_terms(job_text, analysis, vocabulary)

    if resume_document is None:
        empty = _empty_resume()
        before = match_resume(empty, analysis, posting_terms=terms, vocabulary=vocabulary,
                              today=today)
        return TailorResult("", empty, None, empty, analysis, before, before, {},
                            check(empty, empty, None, {}, vocabulary=vocabulary, today=today))

    report("reading resume", 30)
    source = parse_resume(resume_document)
    before = match_resume(source, analysis, posting_terms=terms, vocabulary=vocabulary,
                          today=today)

    report("tailoring", 60)
    renamed = choose_renames(source, terms, vocabulary)
    renamed_resume = _rename(source, renamed, vocabulary)
    relevance = _Relevance(analysis, vocabulary)
    weights = relevance.weights

    def item_rank(item: str) -> float:
        skill = vocabulary.lookup(item)
        return weights.get(skill.name, 0.0) if skill else 0.0

    sections: list[Section] = []
    for section in renamed_resume.sections:
        entries = section.entries
        if section.kind == "skills":
            entries = [replace(e, header=[reorder_skill_line(h, item_rank) for h in e.header])
                       for e in entries]
            entries = order_skill_entries(entries, relevance.line, vocabulary)
        entries = [order_bullets(e, relevance.line) for e in entries]
        sections.append(replace(section, entries=entries))
    entry_level = not experience_entries(source)
    tailored = replace(renamed_resume,
                       sections=_order_sections(sections, relevance, analysis, entry_level))

    ranked = sorted(before.matched, key=lambda m: not m.required)
    matched_names = [(renamed.get(m.resume_term, m.resume_term), m.kind) for m in ranked
                     if m.kind != "soft"]
    summary = build_summary(tailored, analysis, matched_names, today, vocabulary)

    report("checking", 85)
    guard = check(source, tailored, summary, renamed, vocabulary=vocabulary, today=today)
    # The summary line only repeats what the resume shows, so it is no evidence:
    # the match is read from the resume's own lines.
    after = match_resume(tailored, analysis, posting_terms=terms, vocabulary=vocabulary,
                         today=today)
    text = render_text(tailored, summary)
    report("done", 100)
    return TailorResult(text=text, tailored=tailored, summary=summary, original=source,
                        analysis=analysis, match_before=before, match_after=after,
                        renamed=renamed, guard=guard)


_ENDINGS = ("ers", "ing", "ies", "er", "es", "ed", "s")


def _stem(term: str) -> str:
    words = term.casefold().split()
    last = words[-1] if words else ""
    for ending in _ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            last = last[: -len(ending)]
            break
    return " ".join([*words[:-1], last])


def worth_renaming(old: str, new: str) -> bool:
    """Rename only a short form to the fuller name of the same skill:
    "Postgres" -> "PostgreSQL", "JS" -> "JavaScript", "k8s" -> "Kubernetes"; never
    "Prototyping" -> "prototypes" (an inflection), "JavaScript" -> "JS" (a poorer
    word) or a phrase the user chose ("general ledger" -> "general ledger accounting"),
    which would read oddly inside their sentence."""
    if old.casefold() == new.casefold() or _stem(old) == _stem(new) or len(new) < len(old):
        return False
    if " " in old.strip() or "-" in old:
        return False  # a phrase is the user's wording: "general ledger" stays as written
    a, b = old.casefold(), new.casefold()
    if " " not in b and b.startswith(a):
        return True  # a short spelling of one name: Postgres, Node
    letters = re.sub(r"[^A-Za-z]", "", old)
    if old.isupper() and letters and letters == _initials(new):
        return True  # an acronym: JS, SEO, AWS
    numeronym = re.fullmatch(r"([a-z])(\d+)([a-z])", a)
    return bool(numeronym and len(b) == int(numeronym[2]) + 2
                and b[0] == numeronym[1] and b[-1] == numeronym[3])  # k8s


def _initials(term: str) -> str:
    """JavaScript -> JS, search engine optimization -> SEO, Amazon Web Services -> AWS."""
    humps = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", term)
    return "".join(h[0] for h in humps if h.casefold() not in {"of", "and", "the", "for"}).upper()


def choose_renames(resume: ParsedResume, terms: dict[str, str],
                   vocabulary: Vocabulary) -> dict[str, str]:
    """Resume word -> posting word, for skills shown in bullets or skills lists."""
    renamed: dict[str, str] = {}
    for section in resume.sections:
        for entry in section.entries:
            lines = [*entry.bullets, *(entry.header if section.kind == "skills" else [])]
            for line in lines:
                for hit in vocabulary.find(line):
                    wanted = terms.get(hit.skill.name)
                    if not wanted or hit.surface in renamed:
                        continue
                    if wanted.islower() and wanted.casefold() == hit.skill.name.casefold():
                        wanted = hit.skill.name  # "postgresql" in a posting: use its name
                    same = vocabulary.lookup(hit.surface)
                    if same is not None and same.name == hit.skill.name and worth_renaming(
                            hit.surface, wanted):
                        renamed[hit.surface] = wanted
    return renamed


def _rename(resume: ParsedResume, renamed: dict[str, str], vocabulary: Vocabulary
            ) -> ParsedResume:
    if not renamed:
        return resume
    def fix(lines: list[str]) -> list[str]:
        return [apply_renames(t, renamed, vocabulary) for t in lines]

    sections = [replace(s, entries=[
        replace(e, header=fix(e.header) if s.kind == "skills" else e.header,
                bullets=fix(e.bullets)) for e in s.entries]) for s in resume.sections]
    return replace(resume, sections=sections)


__all__ = ["build_summary", "choose_renames", "posting_terms", "reorder_skill_line", "tailor"]
