"""The one summary line put at the top: made only of the resume's own facts.

Its most relevant recent job title, the whole years its dates add up to, and the
posting's skills the resume shows that the top of the text does not (see
``opening.choose_skills``), written as a careful person would write it (see
``build_summary``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

from tailor_app.tailoring.compose.gerund import gerund, gerund_phrase, is_gerund_of, past_gerund
from tailor_app.tailoring.compose.opening import by_importance, choose_skills
from tailor_app.tailoring.compose.relevance import stem
from tailor_app.tailoring.model import Entry, ParsedResume, PostingAnalysis
from tailor_app.tailoring.skills.matching import (
    experience_entries,
    experience_years,
    not_counted,
    title_words,
)
from tailor_app.tailoring.skills.stems import same_word, word_stems
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


def short_title(title: str) -> str:
    """ "Registered Nurse, Medical-Surgical Unit" -> "Registered Nurse": the role's
    name without its unit or team, still the resume's own words."""
    head = re.split(r"\s*(?:,|\(|\s[-–—|/]\s)", title, maxsplit=1)[0].strip()
    return head or title.strip()


_ROLE_NOUNS = re.compile(
    r"(?<![\w-])(manager|engineer|analyst|designer|developer|nurse|teacher|accountant|specialist|"
    r"coordinator|director|officer|consultant|assistant|intern|representative|executive|"
    r"administrator|architect|scientist|technician|lead|head|president|founder)s?(?![\w-])",
    re.IGNORECASE)


# Endings of a noun that names an activity ("Budgeting", "Phlebotomy" is a name):
# capitalised only because it opened a list item.
_ACTIVITY_ENDINGS = ("ing", "tion", "ment", "ance", "ence")


def _numbered(term: str) -> bool:
    """A name with a number in it: a product or a standard, written as it is named."""
    return any(c.isdigit() for c in term)


def _in_sentence(term: str, kind: str, vocabulary: Vocabulary) -> str:
    """ "Patient assessment" reads "patient assessment" mid-sentence; names stay,
    and so does a language ("English language learners") or a name with a number
    ("Studio 5000", "ISO 9001")."""
    if _numbered(term):
        return term
    # "Drop-and-hook" opened a bullet: a compound of words reads like a phrase.
    if kind in ("hard", "soft", "tool") and re.search(r"[\s-]", term) and term[:1].isupper() and (
            term[1:].islower()):
        first = vocabulary.lookup(re.split(r"[\s-]", term)[0])
        if first is None or first.kind not in ("language", "tool"):
            return term[0].lower() + term[1:]
    if kind in ("hard", "soft") and " " not in term and term[:1].isupper() and (
            term[1:].islower() and term.endswith(_ACTIVITY_ENDINGS)):
        return term.lower()  # "Wireframing" opened a list item; mid-sentence it is a word
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
    """The years of experience the resume claims in its own words, if it does: in its
    summary, or in a headline under the name ("CDL Class B driver, 6 years"), which a
    reader takes as the same claim. The line then never states a second figure."""
    lines = [*resume.contact.lines[1:], *(
        line for section in resume.sections if section.kind == "summary"
        for entry in section.entries for line in (*entry.header, *entry.bullets))]
    for line in lines:
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
# A licence, a certificate or a numbered credential: what one holds, not a job.
_CREDENTIAL = re.compile(r"#|\b(?:licen[cs]ed?|certificat\w*|certified|registration|"
                         r"permit)\b", re.IGNORECASE)


def is_real_title(title: str) -> bool:
    """A role's name, not a heading or a template's placeholder ("Work Experience",
    "Job Title", "Position Title", "Company Name")."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", title)]
    if {"you", "your", "yours"} & set(words):
        return False  # a template speaking to its user: "That Other Job You Had"
    if _CREDENTIAL.search(title):
        return False  # "Colorado Journeyman Electrician License #JW.0123456"
    return bool(words) and not all(w in _NOT_TITLE_WORDS or w in _SMALL_WORDS for w in words)


def _credential_line(entry: Entry, vocabulary: Vocabulary) -> bool:
    """ "ServSafe Food Protection Manager, 2023" under no heading reads as a dated
    role, but it is a certificate: a line with no bullets whose title the vocabulary
    reads whole as a certification. A described role keeps its title even when it
    is also a licence's name ("Registered Nurse" with its bullets)."""
    if entry.bullets or not entry.title:
        return False
    hits = vocabulary.find(entry.title)
    return len(hits) == 1 and hits[0].skill.kind == "certification" and (
        hits[0].start == 0 and hits[0].end == len(entry.title))


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
_PLAIN_DEED_VERBS = frozenset({
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
    "take", "give", "turn",
})
# Past tenses that do not end in -ed: "took minutes", "led audits", "ran payroll".
_PAST_DEED_VERBS = frozenset({
    "took", "made", "ran", "led", "wrote", "built", "kept", "held", "gave", "met", "taught",
    "sold", "bought", "drove", "oversaw", "grew", "won", "brought", "sent", "spent",
    "found", "did", "got", "began", "drew", "fed", "fought", "rode", "shot", "spoke",
    "stood", "struck", "swept", "told", "understood", "undertook", "withdrew", "wound",
})
_DEED_VERBS = _PLAIN_DEED_VERBS | _PAST_DEED_VERBS


_ARTICLES = frozenset({"a", "an", "the"})


def is_deed(term: str) -> bool:
    """A verb phrase rather than a skill's name: "manage budgets", "A/B tested"; or
    words of a sentence that no list can hold as one item: "recover, evacuate and
    charge refrigerant" (a list of its own), "cost to a job" (an article inside a
    lower-case phrase; "The Creative Curriculum" is a name)."""
    words = term.split()
    if not words:
        return False
    if words[-1].endswith("ed") and len(words[-1]) > 4:
        return True
    if len(words) < 2:
        return False
    if "," in term or (term[:1].islower() and not _ARTICLES.isdisjoint(words[1:-1])):
        return True
    first = words[0].casefold()
    # "manage budgets", or "Manage budgets" opening a bullet; "Build Automation",
    # capitalised throughout, is a name.
    sentence = words[0][:1].islower() or words[1][:1].islower()
    # "four-handed technique", "evidence-based practice": a compound ending in -ed
    # describes the noun after it; it is no verb.
    return sentence and (
        first in _DEED_VERBS or (first.endswith(("ing", "ed")) and "-" not in first))


# The people a deed is done to: "transfer clients", "reposition residents" is an action
# on them, never the name of a skill (a skill names the work: Transfer Assistance).
_PEOPLE_OBJECTS = frozenset({
    "clients", "residents", "patients", "customers", "guests", "members", "families",
    "students", "children", "staff", "employees", "callers", "tenants", "visitors", "users",
})


def _verb_phrase(term: str, name: str, vocabulary: Vocabulary) -> bool:
    """The resume's words for a skill read as a deed, not as a name: "manage budgets",
    "deploying predictive models", "tender loads" (a verb and its object, as the
    vocabulary's deed reader finds them) for Budget Management or Load Tendering;
    "Coach" or "Forecast" opening a bullet for Coaching or Forecasting (the verb of
    the activity the skill names). A phrase the vocabulary knows as a name of the
    skill ("fixed assets") is a deed only when it opens with a verb of a deed."""
    if _verb_of(term, name) or _action_first(term, name):
        return True
    words = term.casefold().split()
    if len(words) == 2 and words[1] in _PEOPLE_OBJECTS and words[1] not in name.casefold():
        return True
    if len(words) >= 2 and words[1][:1].isdigit() and any(
            s in vocabulary.deed_verbs() for s in word_stems(words[0])):
        return True  # "Resolve 25–30 tickets": a bullet's verb before its figure
    if len(words) >= 2 and not words[-1].endswith("ed") and (
            term.casefold() == name.casefold() or not _opens_with_verb(words)):
        known = vocabulary.lookup(term)
        if known is not None and known.name == name:
            return False
    if len(words) >= 2 and term.casefold() != name.casefold() and _opens_with_verb(words):
        return True
    return is_deed(term) or any(h.start == 0 for h in vocabulary.deeds(term))


def _opens_with_verb(words: Sequence[str]) -> bool:
    """ "take vital signs", "turn and reposition": a lower-case phrase opening with a
    verb, as a deed is written, even when the vocabulary keeps it as another way to
    say the skill (it finds the skill in a bullet; a summary names the skill). Only
    the common verbs of resume bullets: the vocabulary's verb stems also hold nouns
    ("floor" of flooring, "bank" of banking) that open names ("bank deposits")."""
    return words[0] in _DEED_VERBS


def _action_first(term: str, name: str) -> bool:
    """The action of a two-word name told first, its object after: "Secure mixed loads"
    or "reconciliation of five bank" for Load securing or Bank reconciliation."""
    words, named = term.split(), name.split()
    return (len(words) >= 2 and len(named) == 2 and same_word(words[0], named[1])
            and not same_word(words[0], named[0]))


def _verb_of(term: str, name: str) -> bool:
    """ "Coach" of "Coaching", "schedule" of "Scheduling", "plan" of "Planning": the
    verb of the activity; or a participle of the skill's word ("nonconforming" of
    "Nonconformance"), which describes something else ("nonconforming material")."""
    word, skill = term.casefold(), name.casefold()
    if " " in word or " " in skill or word == skill:
        return False
    if word.endswith(("ing", "ed")) and word[:5] == skill[:5]:
        return True
    if not skill.endswith("ing"):
        return False
    root = skill[:-3]
    return word in (root, root + "e") or (len(root) > 2 and root[-1] == root[-2]
                                           and word == root[:-1])


# A worker rather than the work: "welders" for Welding, "programmers" for Programming.
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian)s?$")


def _names_people(term: str, name: str) -> bool:
    last, skill = term.split()[-1].casefold(), name.split()[-1].casefold()
    found = _PERSON_ENDING.search(last)
    if not found or not skill.endswith(("ing", "ion", "ment")):
        return False
    root = last[: found.start()]
    return len(root) >= 3 and skill.startswith(root) and not skill.startswith(last)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[^\W\d_]+", text)}


_JOINED = re.compile(r",|\b(?:and|or)\b|&", re.IGNORECASE)


def _other_words(term: str, name: str) -> bool:
    """Words of a list the matcher joined ("posts and social" for Social Posts): fine
    as evidence, but no name to put in a sentence."""
    return (len(term.split()) >= 2 and term[:1].islower() and bool(_JOINED.search(term))
            and not _JOINED.search(name))


def _has_inner_capitals(name: str) -> bool:
    """A name whose capitals are part of it: "HTML", "PowerPoint", "iCIMS"; not the
    capital of a word after a slash ("Lockout/Tagout" is two words in title case)."""
    return any(c.isupper() for word in re.split(r"[\s/]", name) for c in word[1:]) or any(
        c.isdigit() for c in name)


def _phrase_in(text: str, phrase: str) -> bool:
    # A phrase the text does not hold at all (most asks) needs no pattern.
    return phrase in text and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _same_skill(a: str, b: str) -> bool:
    """ "Internal Audit" and "audits", "EKG" and "EKGs": one says the other."""
    sa, sb = _stems(a), _stems(b)
    return bool(sa and sb) and (sa <= sb or sb <= sa)


def summary_term(term: str, kind: str, name: str, resume_text: str,
                 vocabulary: Vocabulary) -> str | None:
    """How the summary line names one matched skill, in the resume's own words; None
    when it should not name it.

    A deed ("Administer medications") or a worker ("welders") is replaced by the
    skill's name only where the resume writes that name itself; a licence, a language
    or a skill the resume shows only through a narrower one it names is left out
    rather than claimed in other words. The resume's own casing is kept ("wound
    care" mid-sentence), except that a name whose capitals belong to it stays so
    ("html" reads HTML)."""
    if kind == "language" or (kind == "certification" and not _practised(term, name, resume_text)):
        return None  # one holds a licence, and speaks a language: not "experience in"
    folded = resume_text.casefold()
    if (_verb_phrase(term, name, vocabulary) or _names_people(term, name)
            or _other_words(term, name)):
        if is_deed(name) or not _phrase_in(folded, name.casefold()):
            said = _as_deed(term, resume_text, vocabulary)
            return _in_sentence(said, kind, vocabulary) if said else None
        term = _resume_casing(name, resume_text)
    elif not _phrase_in(folded, term.casefold()):
        return None  # only in a role's header: "Triangle Site Design, PLLC" is an employer
    elif term == term.lower() and term.casefold() == name.casefold() and (
            _has_inner_capitals(name)):
        term = name
    elif term != term.lower() and _phrase_in(resume_text, term.lower()):
        term = term.lower()  # the resume writes it in lower case too: "wound care"
    if " " in term and not _numbered(term):
        term = calm_title(term, vocabulary)  # "COMPUTER SCIENCE"; "NFPA 70E" is a name
    return _in_sentence(term, kind, vocabulary)


_CREDENTIAL_WORDS = re.compile(
    r"\b(?:licen[cs]\w*|certif\w*|credential\w*|card|registered|registration|permit|"
    r"endorsement|training|trained|course|class|hours?)\b", re.IGNORECASE)


def _practised(term: str, name: str, resume_text: str) -> bool:
    """A skill the vocabulary files as a certification that is a practice, and that
    the resume shows as work done in a bullet's own words ("lockout/tagout"):
    "experience in" it is true. Not a credential held: a name or a word of one
    ("Forklift Certification", "forklift certified", "OSHA 30-Hour", "OSHA Safety
    Training"), nor an acronym naming one ("OSHA", "CDL")."""
    return not (_CREDENTIAL_WORDS.search(term) or _CREDENTIAL_WORDS.search(name)
                or term.isupper() or any(c.isdigit() for c in term)) and (
        _phrase_in(resume_text.casefold(), term.casefold()))


def _as_deed(term: str, resume_text: str, vocabulary: Vocabulary) -> str | None:
    """The resume's deed with its verb in the -ing form ("resolving guest
    complaints"), when the term opens with a verb: a common verb of resume bullets, or
    one the vocabulary's deed reader takes as the verb of a skill's deed."""
    first = term.split()[0].casefold() if term.split() else ""
    said = past_gerund(first)
    if first in _PAST_DEED_VERBS or not (
            first in _PLAIN_DEED_VERBS or any(h.start == 0 for h in vocabulary.deeds(term))
            or (said is not None and any(gerund(v) == said for v in _PLAIN_DEED_VERBS))):
        return None
    return gerund_phrase(term, _PLAIN_DEED_VERBS | vocabulary.deed_verbs(), resume_text)


def _same_work(deed: str, name: str) -> bool:
    """ "managing budgets" and "budget management": each word of the name is a form
    of a word of the deed, so the deed would say the named skill again."""
    said = re.findall(r"[^\W\d_]+", deed.casefold())
    named = re.findall(r"[^\W\d_]+", name.casefold())
    return bool(named) and all(any(same_word(n, d) for d in said) for n in named)


def _told_as_deed(term: str, raw: str) -> bool:
    """``term`` is ``raw``'s deed with its verb in the -ing form (``_as_deed``)."""
    said, written = term.split(), raw.split()
    return len(said) > 1 and bool(written) and said[0] != written[0].casefold() and (
        is_gerund_of(said[0], {written[0].casefold()}))


def _only_a_thing(term: str, name: str, vocabulary: Vocabulary) -> bool:
    """ "instruments" for Sterilization ("sterilize rooms and instruments"): the
    thing the work is done to, which the resume's bullet names and the line would
    name alone. One lower-case word the vocabulary reads as no skill and that shares
    no stem with the skill's name is no name for it ("spore test" for Spore testing
    is; "Hoyer" or "ARR" is a name in its own right, and a phrase such as "units per
    transaction" names a measure)."""
    return (" " not in term and term == term.lower() and not vocabulary.find(term)
            and not _stems(term) & _stems(name))


def _said_text(resume: ParsedResume) -> str:
    """What the resume says it does: its bullets and its skills and summary lines; not
    the headers of roles and schools, whose employers' names ("Triangle Site Design")
    and places are no experience."""
    return "\n".join(
        line for section in resume.sections for entry in section.entries
        for line in ((*entry.header, *entry.bullets) if section.kind in ("skills", "summary")
                     else entry.bullets))


def _resume_casing(name: str, resume_text: str) -> str:
    """``name`` as the resume writes it: in lower case when it does so anywhere
    (mid-sentence), else as first written."""
    found = [m.group() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", resume_text,
                                            re.IGNORECASE)]
    return next((f for f in found if f == f.lower()), found[0] if found else name)


def _echoes_title(term: str, title_words_: set[str]) -> bool:
    """ "Software engineering" after "Software Engineer", "data analysis" after "Data
    Analyst": each word of the skill is a title word's near twin (another ending of
    one word; "ServiceTitan" is a product, not "Service" again)."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", term)]
    return bool(words) and all(
        any((w[:5] == t[:5] and min(len(w), len(t)) >= 4 and abs(len(w) - len(t)) <= 3)
            or w == t for t in title_words_)
        for w in words)


def _posting_casing(term: str, posting_text: str) -> str:
    """ "Machine Learning", capitalised on a resume's skills line, reads "machine
    learning" mid-sentence where the posting writes it so: the field's own usage says
    it is a discipline, not a name ("National Electrical Code" stays)."""
    words = re.split(r"[\s-]", term)
    if len(words) < 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return term
    lowered = term.lower()
    return lowered if _phrase_in(posting_text, lowered) else term


def _headline_says_it(resume: ParsedResume, title: str, posting_title: str) -> bool:
    """A student's "Teacher's Assistant" role under a headline "Front End Developer":
    the role shares no word with the posting's title while the headline under the
    name does. The headline already names the work asked for, two lines above; the
    line then leads with no title rather than one beside the point."""
    wanted = title_words(posting_title)
    if wanted & title_words(title):
        return False
    return any(wanted & title_words(line) for line in resume.contact.lines[1:3])


def _own_summary(resume: ParsedResume) -> str:
    """The resume's own summary text. An entry with dates or bullets is a role, not a
    summary, even when a resume without headings puts it in the opening block."""
    return " ".join(line for section in resume.sections if section.kind == "summary"
                    for entry in section.entries
                    if not (entry.start or entry.end or entry.bullets)
                    for line in (*entry.header, *entry.bullets))


def build_summary(resume: ParsedResume, analysis: PostingAnalysis,
                  matched: list[tuple[str, str, str]], today: date,
                  vocabulary: Vocabulary | None = None) -> str | None:
    """One line from the resume's own facts: its most relevant title, the years
    its dates add up to, and the posting's skills it shows that a reader would not
    see at the top (``opening.choose_skills``: at most seven, most important first).

    ``matched`` is (the resume's word for a skill, its kind, the skill's name); the
    line names them most important first (``opening.by_importance``). It reads
    like a line a careful person wrote: when the resume's own summary already gives
    the title or its years, only the skills it does not name ("Experience in
    Tableau."), so nothing is said twice or contradicted;
    no heading or placeholder as a title, a title written in capitals in title case,
    skills by their names rather than a deed ("manage budgets"), no licence (one is
    not "experienced in" a licence), no skill the title already names, and no line
    made of a title alone.
    """
    vocabulary = vocabulary or load_vocabulary()
    # Only a dated role: an undated block under an experience heading is as often a
    # project or a template's example ("My Cool Side Project") as a job.
    entries = [e for e in _recent_titled_roles(resume, today)
               if (e.start or e.end) and is_real_title(e.title or "")
               and not _credential_line(e, vocabulary)]
    title: str | None = None
    if entries:
        title = entries[0].title
        if analysis.title:
            wanted = title_words(analysis.title)
            best = max(entries, key=lambda e: len(wanted & title_words(e.title or "")))
            if wanted & title_words(best.title or ""):
                title = best.title
    headlined = bool(title and analysis.title
                     and _headline_says_it(resume, title, analysis.title))
    if headlined:
        title = None
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
    resume_text = _said_text(resume)
    skills: list[str] = []
    deeds: list[str] = []
    skill_of: dict[str, str] = {}
    languages = [raw for raw, kind, _name in matched if kind == "language" and raw.istitle()
                 and " " not in raw and not (repeat and raw.casefold() in said)][:3]
    posting_text = "\n".join(section.text for section in analysis.sections)
    for raw, kind, name in by_importance(matched, analysis, vocabulary):
        term = summary_term(raw, kind, name, resume_text, vocabulary)
        if term is not None and kind in ("hard", "soft"):
            term = _posting_casing(term, posting_text)
        if term is None or (title_words(term) <= in_title or _ROLE_NOUNS.search(term)
                            or _echoes_title(term, in_title)
                            or _only_a_thing(term, name, vocabulary)):
            continue
        if repeat and {w.casefold() for w in re.findall(r"\w+", term)} <= said:
            continue  # the resume's own summary names it already
        if not any(_same_skill(term, s) for s in skills):
            (deeds if _told_as_deed(term, raw) else skills).append(term)
            skill_of.setdefault(term, name)
    # A skill's name says in a word or two what a deed says in four: the line names
    # those first and the deeds with the room left ("resolving guest complaints").
    skills += [d for d in deeds if not any(_same_work(d, s) for s in skills)]
    span = f"{years} {'year' if years == 1 else 'years'} of experience" if years >= 1 else ""

    def line(named: Sequence[str]) -> str:
        # Under a headline the line may open "Experience in …": the roles are there.
        return _sentence(title, span, repeat or headlined, named, languages)

    return line(choose_skills(skills, resume, line, vocabulary, skill_of)) or None


def _listed(items: Sequence[str]) -> str:
    return (", ".join(items[:-1]) + " and " + items[-1]) if len(items) > 1 else (
        items[0] if items else "")


def _sentence(title: str | None, span: str, repeat: bool, skills: Sequence[str],
              languages: Sequence[str]) -> str:
    """The line itself: "Title with N years of experience in a, b and c.", with a
    short sentence for the languages spoken; empty when there is nothing to say."""
    listed = _listed(skills)
    if title and (span or listed):
        text = title.rstrip(",;") + (f" with {span}" if span else " with experience")
    elif span:
        text = span
    elif repeat and listed:
        text = "experience"
    else:
        text = ""
    if listed and text:
        text += f" in {listed}"
    if languages:
        # What one speaks is no experience "in": its own short sentence, naming the
        # languages as the resume does (how well is the resume's to say).
        spoken = _listed(languages)
        text = f"{text[0].upper() + text[1:]}. Speaks {spoken}" if text else f"Speaks {spoken}"
    if not text:
        return ""
    return text[0].upper() + text[1:] + "."


__all__ = ["build_summary", "calm_title", "is_deed", "is_real_title", "short_title", "stated_years"]
