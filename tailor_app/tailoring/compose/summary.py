"""The one summary line put at the top: made only of the resume's own facts.

Its most relevant recent job title, the whole years its dates add up to, and up
to four of the posting's skills the resume shows, written as a careful person
would write it (see ``build_summary``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

from tailor_app.tailoring.model import Entry, ParsedResume, PostingAnalysis
from tailor_app.tailoring.skills.matching import (
    experience_entries,
    experience_years,
    not_counted,
    title_words,
)
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


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


# Words of a section heading or template placeholder, never a job title on their own.
_NOT_TITLE_WORDS = frozenset({
    "experience", "work", "employment", "history", "professional", "career", "job", "title",
    "position", "role", "company", "name", "your", "here", "recent", "relevant", "other",
    "projects", "project", "summary", "profile", "details", "responsibilities", "present",
    "most", "latest", "current", "previous", "last", "first", "second", "third",
})
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "at", "to", "a", "an", "on", "with"})


def is_real_title(title: str) -> bool:
    """A role's name, not a heading or a template's placeholder ("Work Experience",
    "Job Title", "Position Title", "Company Name")."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", title)]
    if {"you", "your", "yours"} & set(words):
        return False  # a template speaking to its user: "That Other Job You Had"
    return bool(words) and not all(w in _NOT_TITLE_WORDS or w in _SMALL_WORDS for w in words)


def calm_title(title: str, vocabulary: Vocabulary) -> str:
    """A title the resume writes in capitals ("SOFTWARE ENGINEER") in ordinary title
    case for a sentence, keeping acronyms and short capitalised words ("IT", "QA")."""
    letters = [c for c in title if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return title

    def word(w: str) -> str:
        known = vocabulary.lookup(w)
        if (len(w) <= 3 and w.casefold() not in _SMALL_WORDS) or (
                known is not None and known.name.isupper()):
            return w
        return w.casefold() if w.casefold() in _SMALL_WORDS else w[:1] + w[1:].lower()

    out = re.sub(r"[^\W\d_]+", lambda m: word(m.group()), title)
    return out[:1].upper() + out[1:]


# Verbs that open a skill written as a deed (ESCO's "manage budgets", a posting's
# "develop curriculum"): such a name reads wrongly after "experience in".
_DEED_VERBS = frozenset({
    "manage", "develop", "perform", "use", "apply", "create", "provide", "ensure",
    "maintain", "prepare", "conduct", "coordinate", "design", "implement", "monitor",
    "write", "analyse", "analyze", "plan", "operate", "supervise", "train", "assist",
    "advise", "communicate", "negotiate", "organise", "organize", "evaluate", "identify",
    "handle", "assess", "liaise", "build", "lead", "work", "keep", "follow", "interpret",
    "carry", "make", "adapt", "deliver", "oversee", "promote", "report", "review",
    "support", "test", "teach", "administer", "attend", "check", "collaborate", "define",
    "deploy", "establish", "execute", "facilitate", "improve", "inspect", "install",
    "mentor", "motivate", "optimise", "optimize", "process", "program", "run",
    "schedule", "set", "solve", "track", "troubleshoot", "update", "utilise", "utilize",
})


def is_deed(term: str) -> bool:
    """A verb phrase rather than a skill's name: "manage budgets", "A/B tested"."""
    words = term.split()
    if not words:
        return False
    if words[-1].endswith("ed") and len(words[-1]) > 4:
        return True
    if len(words) < 2:
        return False
    first = words[0].casefold()
    # "manage budgets", or "Manage budgets" opening a bullet; "Build Automation",
    # capitalised throughout, is a name.
    sentence = words[0][:1].islower() or words[1][:1].islower()
    return sentence and (
        first in _DEED_VERBS or first.endswith(("ing", "ed")))


def _verb_phrase(term: str, name: str) -> bool:
    """The resume's words for a skill read as a deed, not the skill's name: "manage
    budgets" for Budget Management."""
    return is_deed(term) or (len(term.split()) >= 2 and term[:1].islower()
                             and term.casefold() != name.casefold())


def _echoes_title(term: str, title_words_: set[str]) -> bool:
    """ "Software engineering" after "Software Engineer", "data analysis" after "Data
    Analyst": each word of the skill is a title word's near twin."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", term)]
    return bool(words) and all(
        any((w[:5] == t[:5] and min(len(w), len(t)) >= 4) or w == t for t in title_words_)
        for w in words)


def _own_summary(resume: ParsedResume) -> str:
    """The resume's own summary text. An entry with dates or bullets is a role, not a
    summary, even when a resume without headings puts it in the opening block."""
    return " ".join(line for section in resume.sections if section.kind == "summary"
                    for entry in section.entries
                    if not (entry.start or entry.end or entry.bullets)
                    for line in (*entry.header, *entry.bullets))


def _in_opening(resume: ParsedResume) -> Callable[[str], bool]:
    """Is a skill's word already in the first third of the resume (its lines as they
    will read)? The line's few skills are best spent on those a reader would not see
    at a glance; a stable sort keeps the posting's order among the rest."""
    lines = list(resume.contact.lines)
    for section in resume.sections:
        lines.append(section.heading)
        for entry in section.entries:
            lines.extend((*entry.header, *entry.bullets))
    text = "\n".join(line for line in lines if line)
    opening = text[: len(text) // 3].casefold()

    def seen(term: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(term.casefold())}(?!\w)", opening) is not None

    return seen


def build_summary(resume: ParsedResume, analysis: PostingAnalysis,
                  matched: list[tuple[str, str, str]], today: date,
                  vocabulary: Vocabulary | None = None) -> str | None:
    """One line from the resume's own facts: its most relevant title, the years
    its dates add up to, and up to four of the posting's skills it shows.

    ``matched`` is (the resume's word for a skill, its kind, the skill's name), most
    important first. It reads like a line a careful person wrote: when the resume's
    own summary already gives the title or its years, only the skills it does not
    name ("Experience in Tableau."), so nothing is said twice or contradicted;
    no heading or placeholder as a title, a title written in capitals in title case,
    skills by their names rather than a deed ("manage budgets"), no licence (one is
    not "experienced in" a licence), no skill the title already names, and no line
    made of a title alone.
    """
    vocabulary = vocabulary or load_vocabulary()
    # Only a dated role: an undated block under an experience heading is as often a
    # project or a template's example ("My Cool Side Project") as a job.
    entries = [e for e in _recent_titled_roles(resume, today)
               if (e.start or e.end) and is_real_title(e.title or "")]
    title: str | None = None
    if entries:
        title = entries[0].title
        if analysis.title:
            wanted = title_words(analysis.title)
            best = max(entries, key=lambda e: len(wanted & title_words(e.title or "")))
            if wanted & title_words(best.title or ""):
                title = best.title
    title = calm_title(short_title(title), vocabulary) if title else None
    own = _own_summary(resume)
    said = {w.casefold() for w in re.findall(r"\w+", own)}
    # The resume opens with its own summary giving its title or years: the line then
    # adds only the skills that summary does not name ("Experience in Tableau."),
    # never a second title or a second (perhaps different) figure.
    repeat = stated_years(resume) is not None or bool(
        title and title_words(title) <= title_words(own))
    if repeat:
        title = None
    years = 0 if repeat else math.floor(experience_years(resume, today) or 0.0)
    in_title = title_words(title or "")
    words = {t.casefold() for section in resume.sections for entry in section.entries
             for line in (*entry.header, *entry.bullets) for t in re.findall(r"\w+", line)}
    skills: list[str] = []
    for term, kind, name in matched:
        if _verb_phrase(term, name):
            # The skill's own name when it is one and the resume has its words.
            if is_deed(name) or not {t.casefold() for t in re.findall(r"\w+", name)} <= words:
                continue
            term = name
        if term.casefold() == name.casefold():
            term = name  # "html" is written HTML in a sentence
        if (kind == "certification" or title_words(term) <= in_title
                or _ROLE_NOUNS.search(term) or _echoes_title(term, in_title)):
            continue
        if " " in term:
            term = calm_title(term, vocabulary)  # "COMPUTER SCIENCE" is not shouted
        term = _in_sentence(term, kind, vocabulary)
        if repeat and {w.casefold() for w in re.findall(r"\w+", term)} <= said:
            continue  # the resume's own summary names it already
        if term.casefold() not in {s.casefold() for s in skills}:
            skills.append(term)
    skills = sorted(skills, key=_in_opening(resume))[:4]
    listed = (", ".join(skills[:-1]) + " and " + skills[-1]) if len(skills) > 1 else (
        skills[0] if skills else "")
    span = f"{years} {'year' if years == 1 else 'years'} of experience" if years >= 1 else ""
    if title and (span or listed):
        text = title.rstrip(",;") + (f" with {span}" if span else " with experience")
    elif span:
        text = span
    elif repeat and listed:
        text = "experience"
    else:
        return None
    if listed:
        text += f" in {listed}"
    return text[0].upper() + text[1:] + "."


__all__ = ["build_summary", "calm_title", "is_deed", "is_real_title", "short_title", "stated_years"]
