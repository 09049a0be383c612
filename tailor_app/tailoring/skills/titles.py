"""The resume's titles and years of work, for the match report's job title and years.

A posting's title is compared with the titles the resume gives its holder (role titles
and the headline), acronyms and their spelled-out words counted as shared; years are
the resume's own dates added up, internships and student jobs left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from tailor_app.tailoring.caseless import Caseless, folded, word_start
from tailor_app.tailoring.model import Entry, ParsedResume
from tailor_app.tailoring.resume.dates import parse_date, total_experience_years
from tailor_app.tailoring.text_memo import per_text

__all__ = ["EXPERIENCE_KINDS", "RANK_WORDS", "experience_entries", "experience_years",
           "not_counted", "resume_date", "resume_titles", "title_words"]

EXPERIENCE_KINDS = ("experience",)
# Words of a title that say its rank, not its trade: who leads, who assists, how senior.
RANK_WORDS = frozenset({
    "senior", "sr", "junior", "jr", "lead", "principal", "head", "chief", "associate",
    "assistant", "entry", "level", "i", "ii", "iii", "iv",
})
_TITLE_NOISE = RANK_WORDS | {
    "staff", "the", "a", "an", "of", "and", "for", "in", "to", "at", "with", "&", "-", "/",
    "remote", "hybrid",
}


_WORD = re.compile(r"[A-Za-z][A-Za-z+#.]*")


def _title_word(word: str) -> str:
    w = word.lower().rstrip(".")
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


_PARENTHESES = re.compile(r"\([^)]*\)")  # compiled once, not looked up per call


def title_words(text: str) -> set[str]:
    """The words of a job title that say what the job is ("Senior", "(RN)" dropped).
    (A job asks this of each title a score, the summary and the order compare: the
    words of one title are read once, ``text_memo``.)"""
    return set(_title_words(text))


@per_text()
def _title_words(text: str) -> frozenset[str]:
    text = _PARENTHESES.sub(" ", text)
    return frozenset({_title_word(w) for w in _WORD.findall(text)} - _TITLE_NOISE)


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


def experience_years(resume: ParsedResume, today: date,
                     only: Callable[[Entry], bool] | None = None) -> float | None:
    """Years of work the resume's own dates add up to, overlaps counted once.

    Internships, student jobs, co-ops and teaching or research assistantships are left
    out: a posting's "5+ years" means years of work, and the summary line must not
    claim more than the person would. "Present" means the resume's own "Last updated"
    date when it states one: a resume written in 2015 says nothing about 2026.
    None when the resume has no roles at all. ``only`` keeps the roles it accepts (the
    summary line's years are those of the work its title names).
    """
    entries = [e for e in experience_entries(resume) if only is None or only(e)]
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
        low = folded(line)  # most lines say neither word: told without the pattern
        if low is not None and "updated" not in low and "revised" not in low:
            continue
        found = _UPDATED.search(line)
        if not found:
            continue
        text = _ORDINAL_DAY.sub("", found.group("date")).replace(",", " ").strip()
        ref = parse_date(" ".join(text.split()))
        if ref is not None and ref.year:
            return date(ref.year, ref.month or 12, 28)
    return None


# The same, Caseless and opening each branch with its letter (see caseless.py): run on
# the lower-cased words, ``re`` skips ahead to the letters that may open one.
_NOT_COUNTED_FAST = Caseless(
    word_start("intern", "internship", "student", "co-?op", "volunteer", "summer job",
               "teaching assistant", "research assistant", "undergraduate researcher",
               "undergraduate research", "teaching and research assistant",
               "research and teaching assistant") + r"\b")


def not_counted(entry: Entry) -> bool:
    """An internship, student job, co-op or volunteer role: real, but not what a
    posting's years of experience or a headline title mean.

    Beside the title, the word names such a role unless it opens an employer's name:
    "Volunteer State Electrical Contractors" (Tennessee's employers take the state's
    nickname) is an employer, and its journeyman's years are work; "Volunteer Habitat
    for Humanity" is volunteer work (see ``_employer_named``)."""
    text = " ".join([entry.title or "", *entry.header[:2]])
    if _NOT_COUNTED_FAST.search(text, folded(text)) is None:
        return False  # most roles: one search
    title = entry.title or ""
    if _NOT_COUNTED.search(title):
        return True
    return any(not _employer_named(line, m.end())
               for line in entry.header[:2] if line != title
               for m in _NOT_COUNTED.finditer(line))


# A capitalised word right after: the word found opens a proper name.
_OPENS_A_NAME = re.compile(r"[ \t]+[A-Z][a-z]")
# The name goes on to its first comma, bracket, dash or date.
_NAME_REST = re.compile(r"[^,(|–—\d\n]*")
# An employer's shape: the state's nickname ("Volunteer State …") or a company's word.
_EMPLOYER_WORD = re.compile(
    r"^[ \t]+State\b|\b(?:Inc|LLC|LLP|Ltd|Co|Corp|Corporation|Company|Companies|Contractors?"
    r"|Construction|Electric|Electrical|Mechanical|Plumbing|Roofing|Builders|Homes|Services"
    r"|Group|Partners|Industries|Enterprises|Bank|Credit[ \t]+Union|Insurance|Energy"
    r"|Logistics|Motors|Manufacturing|Systems|Solutions|Technologies|Realty|Properties)\b\.?")

# A charity's shape, which no company word beside it makes an employer ("Food Bank").
_CHARITY_WORD = re.compile(
    r"\b(?:Food[ \t]+Bank|Humanity|Red[ \t]+Cross|Church|Shelter|Pantry|Mission|Hospice"
    r"|Rescue|Ministr(?:y|ies)|Foundation|United[ \t]+Way|YMCA|YWCA|Boys|Girls|Scouts"
    r"|Literacy|Humane|Charity|Charities|Fire[ \t]+(?:Company|Department|Dept)"
    r"|Ambulance|Soup[ \t]+Kitchen)\b")


def _employer_named(line: str, at: int) -> bool:
    """Does the word ending at ``line[at]`` ("Volunteer") open an employer's name: a
    capitalised word after it, and the name has an employer's shape ("Volunteer State
    Electrical Contractors", "Volunteer Mechanical Inc")? A name of no such shape is
    the organisation volunteered for: "Volunteer Habitat for Humanity", "Volunteer,
    Red Cross", "Volunteer Riverside Food Bank" (its years are no work's)."""
    if not _OPENS_A_NAME.match(line, at):
        return False
    rest = _NAME_REST.match(line, at)
    return rest is not None and bool(_EMPLOYER_WORD.search(rest.group())) and not (
        _CHARITY_WORD.search(rest.group()))


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
