"""The one summary line put at the top: made only of the resume's own facts.

Its most relevant recent job title, the whole years its dates add up to, and the
posting's skills the resume shows that the top of the text does not (see
``opening.choose_skills``), written as a careful person would write it (see
``build_summary``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from datetime import date

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.compose.degree_note import (
    asked_levels,
    degree_sentence,
    held_degree_titles,
    held_degrees,
)
from tailor_app.tailoring.compose.gerund import (
    AFTER_OBJECT,
    PERIOD_WORDS,
    cut_short,
    gerund,
    gerund_phrase,
    ing_form,
    past_gerund,
    plain_verb,
    whole_object,
)
from tailor_app.tailoring.compose.guard import shown_skills
from tailor_app.tailoring.compose.naming import (
    DEED_VERBS,
    SMALL_WORDS,
    calm_title,
    ing_noun_name,
    is_deed,
    only_a_thing,
    phrase_in,
    plain_deed_verbs,
    same_skill,
    same_work,
    says_the_name,
    summary_term,
    told_as_deed,
    verb_of_deeds,
)
from tailor_app.tailoring.compose.noun_phrase import with_its_describer
from tailor_app.tailoring.compose.opening import (
    FEW_SKILLS,
    by_importance,
    choose_skills,
    split_named,
)
from tailor_app.tailoring.compose.past_forms import is_irregular_past
from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.model import Entry, ParsedResume, PostingAnalysis
from tailor_app.tailoring.posting.nouns import PERSON_HEADS
from tailor_app.tailoring.posting.title import is_job_noun
from tailor_app.tailoring.resume.contact import find_email, find_links
from tailor_app.tailoring.resume.skill_list import split_skill_line
from tailor_app.tailoring.skills.evidence import not_yet_held
from tailor_app.tailoring.skills.matching import (
    experience_entries,
    experience_years,
    not_counted,
    title_words,
)
from tailor_app.tailoring.skills.stems import same_word
from tailor_app.tailoring.skills.titles import RANK_WORDS
from tailor_app.tailoring.skills.vocabulary import SkillHit, Vocabulary, load_vocabulary
from tailor_app.tailoring.skills.writers_own import not_done
from tailor_app.tailoring.whole_words import has_whole


def short_title(title: str) -> str:
    """ "Registered Nurse, Medical-Surgical Unit" -> "Registered Nurse": the role's
    name without its unit or team, still the resume's own words."""
    head = re.split(r"\s*(?:,|\(|\s[-–—|/]\s)", title, maxsplit=1)[0].strip()
    return head or title.strip()


# The last word of a title that names a person: a worker's ending ("Auditor",
# "Dispatcher", "Machinist", "Attendant", "Technician", "Trainee") or a worker's noun
# of its own. "Night Audit", "Payroll" or "Front Desk" name the work, not who does it.
_PERSON_ENDING = re.compile(
    r"(?:er|or|ist|ant|(?:ag|stud|resid|presid|superintend|correspond|respond)ent|ian|man|men"
    r"|woman|person|ee|ier|eur|eer|representative|executive|mechanic|architect|registrar"
    r"|aide|agent|nurse|cook|chef|clerk|lead|head|rep|tech|teller|guard|host|hostess|"
    r"barista|assistant|associate|apprentice|intern|pilot|medic|mate|staff|crew)s?$",
    re.IGNORECASE)


def _a_person_read(term: str, vocabulary: Vocabulary) -> bool:
    """ "provider" of "Call the provider with any change": one lower-case word for
    people (``posting.nouns.PERSON_HEADS``: providers, customers, vendors), which the
    posting's shape-read asks took for a term ("Providers") and no vocabulary knows;
    "experience in provider" says nothing a careful writer would. A word for a thing
    ("protractor", "router") is no person, and a worker the vocabulary files as a
    skill ("cashier", "dispatcher") is its skill's name: both stay."""
    return (" " not in term and term.isalpha() and term.islower()
            and term in PERSON_HEADS and vocabulary.lookup(term) is None)


def _workers_of_the_name(term: str, name: str) -> bool:
    """ "millwrights" for Millwright ("Helped millwrights replace conveyor rollers"): the
    plural of a skill named for a worker names the people a deed was done with, not work
    the writer has "experience in" (review20 T1)."""
    low = term.casefold()
    if (" " not in term and term == low and low != name.casefold()
            and low.rstrip("s") == name.casefold().rstrip("s") and low.endswith("s")
            and (name.casefold() in PERSON_HEADS or name.casefold().endswith(_WORKER_ENDINGS))):
        return True
    # "line cooks" of "Trained new line cooks on every station" for Line cooking: the
    # workers whose work the skill names, in the plural, are the people a deed was done
    # to or with, not work the writer has "experience in" (review26 O2).
    last = low.rsplit(" ", 1)[-1]
    work = name.casefold().rsplit(" ", 1)[-1]
    if term != low or not last.endswith("s") or not work.endswith("ing") \
            or not is_job_noun(last):
        return False
    worker = last[:-1]
    roots = {worker, *(worker[:-len(end)] for end in ("er", "or") if worker.endswith(end))}
    return any(work in (root + "ing", root[:-1] + "ing") for root in roots if len(root) >= 3)


# Endings that only a worker's noun has ("millwright", "machinist", "electrician",
# "pipefitter", "locksmith"); "-er" and "-or" name machines as often ("excavators").
_WORKER_ENDINGS = ("wright", "ist", "ician", "fitter", "smith", "maker", "keeper")


# Words that point at someone named elsewhere in the resume's line: out of that line
# ("link them with SUD treatment", "our vendors") they point at no one.
_POINTING = frozenset({"them", "him", "us", "me", "they", "we", "our", "their", "its"})


def _speaks_of_someone(term: str) -> bool:
    """ "link them with SUD treatment" of "Help clients apply for SNAP and link them with
    SUD treatment": a piece of a deed that points at people the rest of the line names.
    In the list it reads as a fragment (and a bare verb), so it is left out."""
    # As written: "US GAAP", "ME licensure" name a country and a state, not "us", "me".
    return any(w in _POINTING for w in re.findall(r"\b[a-z]+\b", term))


def _names_a_person(title: str) -> bool:
    """Does ``title`` end with a word for someone ("Front Desk Agent", "Assistant
    Superintendent"), not for a task ("Night Audit")?"""
    words = re.findall(r"[^\W\d_]+", title)
    return bool(words) and bool(_PERSON_ENDING.search(words[-1]))


def line_title(title: str, posting_title: str | None) -> str:
    """The role's name for the line: ``short_title``, but of a title written as two
    jobs held at once ("Field Engineer / Assistant Superintendent", "Night Audit /
    Front Desk Agent") the half the posting's title names, among the halves that name
    a person; a hiring manager for an Assistant Superintendent reads "Field Engineer
    with 5 years" as the other job, and "Night Audit with 3 years" as a task. With no
    half named by the posting, the first half that names a person; with none, the
    title as written."""
    head = re.split(r"\s*(?:,|\(|\s[-–—|]\s)", title, maxsplit=1)[0].strip() or title.strip()
    halves = [h.strip() for h in re.split(r"\s+/\s+", head) if h.strip()]
    if len(halves) < 2:
        return short_title(title)
    people = [h for h in halves if _names_a_person(h)]
    if not people:
        return head
    wanted = title_words(posting_title or "")
    return max(people, key=lambda h: len(wanted & title_words(h)))  # ties: the first


_ROLE_NOUNS = re.compile(
    r"(?<![\w-])(manager|engineer|analyst|designer|developer|nurse|teacher|accountant|specialist|"
    r"coordinator|director|officer|consultant|assistant|intern|representative|executive|"
    r"administrator|architect|scientist|technician|lead|head|president|founder)s?(?![\w-])",
    re.IGNORECASE)


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
# "6 years", "six (6) years", "two and a half years", "a decade", "two decades".
_STATED_YEARS = re.compile(
    r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\+?\s*(?:\(\d+\)\s*)?"
    r"(?:(?:and\s+a\s+half|½)\s+)?(?:plus\s+)?years?\b"
    r"|\b(a|one|two|three)\s+decades?\b", re.IGNORECASE)


def stated_years(resume: ParsedResume) -> int | None:
    """The years of experience the resume claims in its own words, if it does: in its
    summary, or in a headline under the name ("CDL Class B driver, 6 years"), which a
    reader takes as the same claim. The line then never states a second figure."""
    lines = [*resume.contact.lines[1:], *(
        line for section in resume.sections if section.kind == "summary"
        for entry in section.entries for line in (*entry.header, *entry.bullets))]
    for line in lines:
        low = folded(line)  # every claim says "year" in some case: most lines need no search
        found = _STATED_YEARS.search(line) if low is None or "year" in low \
            or "decade" in low else None
        if found and found.group(2):
            return 10 * _NUMBER_WORDS.get(found.group(2).lower(), 1)  # "a decade"
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
    return bool(words) and not all(w in _NOT_TITLE_WORDS or w in SMALL_WORDS for w in words)


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


def _shows_matched(entry: Entry, terms: Sequence[str], least: int = 1) -> bool:
    """Does the role write, in its title or its lines, ``least`` of ``terms`` (the
    resume's own words for the posting's skills it shows)?"""
    text = "\n".join((*entry.header, *entry.bullets))
    return sum(1 for raw in dict.fromkeys(terms) if phrase_in(text, raw)) >= least


# The office suites and their applications: the programs nearly every job uses (O*NET
# lists Excel for 859 of its 923 occupations, Word for 784, Outlook for 638). A skill
# filed under one of these, itself or by a broader skill (VLOOKUP under Excel), is an
# office tool; administering a suite is an IT job's own work.
_OFFICE_SUITES = frozenset({
    "Microsoft Office", "Google Workspace", "Spreadsheet Software", "Word Processing Software",
    "Computer Literacy",
})


def office_tool(name: str, vocabulary: Vocabulary) -> bool:
    """Is the skill ``name`` an office application or one of its features (Excel, pivot
    tables, Outlook, Google Docs), which many jobs use and none is defined by? Each
    answer is kept with the vocabulary (``Vocabulary.kept``)."""
    answers: dict[str, bool] = vocabulary.kept("summary.office_tool", dict)
    found = answers.get(name)
    if found is None:
        found = answers[name] = _office_tool(name, vocabulary)
    return found


def _office_tool(name: str, vocabulary: Vocabulary) -> bool:
    if "administration" in name.casefold():
        return False
    seen = {name}
    todo = [name]
    while todo:
        if seen & _OFFICE_SUITES:
            return True
        skill = vocabulary.lookup(todo.pop())
        for broader in skill.broader if skill is not None else ():
            if broader not in seen:
                seen.add(broader)
                todo.append(broader)
    return bool(seen & _OFFICE_SUITES)


def _own_work(matched: Sequence[tuple[str, str, str]], raws: Sequence[str],
              vocabulary: Vocabulary) -> list[str]:
    """Of ``raws`` (the resume's words for matched skills), those naming a job's own work:
    not an office tool, which a role of any field writes. A warehouse lead's "Excel with
    VLOOKUP and pivot tables" makes no years of "Dispatcher with N years of experience in
    DAT, PODs, Excel and pivot tables"."""
    name_of = {raw: name for raw, _kind, name in matched}
    return [raw for raw in raws if not office_tool(name_of.get(raw, raw), vocabulary)]


def _years_doing(resume: ParsedResume, today: date, named: Callable[[str], bool],
                 terms: Sequence[str], own_title: set[str] | None = None,
                 own_rank: frozenset[str] = frozenset()) -> int:
    """The whole years of the roles that did the line's work.

    Without ``own_title`` (a first count, before the line's items are chosen): a role
    ``named`` takes for the line's or the posting's job (``_named_like``), or one
    writing much of ``terms`` (the resume's words for skills the job requires).

    With ``own_title`` (the line's own title, of rank ``own_rank``; ``terms`` are then
    the items the line's sentence names): the years the line can say of every item it
    names. Each item's years are those of the line's own post (``_own_post``) and of the
    roles writing that item; the line states the fewest. A role of other work lends its
    years only to what it wrote: an estimator who framed houses for six years before
    four years of estimating is no "Assistant Estimator with 10 years of experience in
    change orders, RFIs and framing" (review26 O3), nor is a nurse who was a nursing
    assistant "Registered Nurse with 9 years of experience in IV medications"."""
    def learner(entry: Entry) -> bool:
        # A helper's, an apprentice's or a trainee's role learned the work beside
        # someone doing it ("Welder Helper: fire watch, hole watch"): it adds no years
        # to "Pipe Welder with N years of experience in hot work", which a hiring
        # manager reads as years of welding, unless the line's title is a learner's too.
        return bool(title_words(entry.title or "") & _LEARNERS) \
            and not (own_title or set()) & _LEARNERS

    if own_title is None:
        def doing_it(entry: Entry) -> bool:
            if learner(entry):
                return False
            # The line's years: a role titled otherwise counts by the work it shows,
            # even when it is named like the job ("Company Driver" of a dry van beside
            # "Flatbed Driver with N years of experience in step decks"); a role of
            # other work counts when it did much of what the line names, not when one
            # item of a long list is in it.
            return named(entry.title or "") or _shows_matched(
                entry, terms, least=max(1, (len(terms) + 1) // 2))

        return math.floor(experience_years(resume, today, doing_it) or 0.0)

    def own(entry: Entry) -> bool:
        return bool(own_title) and not learner(entry) and _own_post(
            entry.title or "", own_title, own_rank)

    items = list(dict.fromkeys(terms))
    if not items:
        return math.floor(experience_years(resume, today, own) or 0.0)
    return min(item_years(resume, today, raw, own, learner) for raw in items)


def item_years(resume: ParsedResume, today: date, raw: str, own: Callable[[Entry], bool],
               learner: Callable[[Entry], bool]) -> int:
    """The whole years of the roles that write ``raw`` (an item of the line, in the
    resume's words), learners' roles aside; the line's own post (``own``) counts among
    them only where it writes the item too: an adjuster who took first notice of loss
    calls as an intake clerk has those years of it, not the adjuster's as well. An item
    no dated role writes (a skills list's) is the own post's: the list tells what the
    writer does now, and one such item takes no years from the line."""
    def writes(entry: Entry) -> bool:
        return not learner(entry) and _writes_item(entry, raw)

    written = math.floor(experience_years(resume, today, writes) or 0.0)
    return written or math.floor(experience_years(resume, today, own) or 0.0)


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _writes_item(entry: Entry, raw: str) -> bool:
    """Does the role write ``raw`` (the resume's words for an item of the line), as
    written or in another form of its words ("planned routes" for "plan routes",
    "Booked loads" for "booking loads")?"""
    text = "\n".join((*entry.header, *entry.bullets))
    if phrase_in(text, raw):
        return True
    want = _WORD.findall(raw)
    if not want:
        return False
    words = _WORD.findall(text)
    return any(all(same_word(w, want[k]) for k, w in enumerate(words[i:i + len(want)]))
               for i in range(len(words) - len(want) + 1))


def _own_post(role: str, own_title: set[str], own_rank: frozenset[str]) -> bool:
    """Is ``role`` the line's own post: titled so, or so with its unit or team after a
    comma (``_same_post``), or one half of a title written as two jobs held at once
    ("Field Engineer / Assistant Superintendent")?"""
    if title_words(role) == own_title or _same_post(role, own_title, own_rank):
        return True
    head = re.split(r"\s*(?:,|\(|\s[-–—|]\s)", role, maxsplit=1)[0]
    halves = re.split(r"\s+/\s+", head)
    return len(halves) > 1 and any(title_words(h) == own_title and _rank(h) == own_rank
                                   for h in halves)


def _years_showing(resume: ParsedResume, today: date, terms: Sequence[str]) -> int:
    """The whole years of the roles that write much of ``terms`` themselves: the line's
    years when it names office tools alone, which tie no role to the job by its title (a
    barista's 4 years were "Barista with 4 years of experience in Excel" from an earlier
    budget role's workbooks; review24 T1)."""
    least = max(1, (len(terms) + 1) // 2)
    return math.floor(experience_years(
        resume, today, lambda entry: _shows_matched(entry, terms, least=least)) or 0.0)


def _rank(title: str) -> frozenset[str]:
    """The words of a title that say its rank ("Assistant", "Lead", "Senior"), which
    ``title_words`` drops to compare trades."""
    return frozenset(w.casefold().rstrip(".") for w in _TITLE_WORD.findall(title)) & RANK_WORDS


def _same_post(role: str, own_title: set[str], own_rank: frozenset[str]) -> bool:
    """Is ``role`` the line's own post, its unit or team aside ("Charge Nurse,
    Medical-Surgical Unit" for "Charge Nurse with N years")? The rank must be the line's
    too: an "Assistant Teacher, Toddlers" adds no years to "Lead Teacher with N years",
    which a hiring manager reads as years leading the room."""
    post = short_title(role)
    return post != role.strip() and title_words(post) == own_title and _rank(post) == own_rank


# Titles of one who learns a trade beside those who practise it.
_LEARNERS = frozenset({"apprentice", "trainee", "helper", "intern", "extern", "student"})
# Words after a title's worker noun that say its level, not its work ("Electrician
# Apprentice", "Dental Hygienist II"), and words that open what follows the worker
# ("Chef de Partie", "Director of Nursing").
_LEVEL_WORDS = frozenset({
    "i", "ii", "iii", "iv", "v", "1", "2", "3", "level", "senior", "sr", "junior", "jr",
    "apprentice", "trainee", "helper", "intern",
})
_AFTER_WORKER = frozenset({"of", "de", "for", "in", "to", "at", "on", "and", "&"})
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z+#.'’&]*")


def _worker(title: str) -> str | None:
    """The noun a job title names its worker by ("hygienist" of "Dental Hygienist II",
    "electrician" of "Electrician Apprentice", "chef" of "Chef de Partie"), as
    ``title_words`` writes a word."""
    words: list[str] = []
    for word in _TITLE_WORD.findall(short_title(title)):
        if word.casefold() in _AFTER_WORKER and words:
            break
        words.append(word)
    while words and words[-1].casefold().rstrip(".") in _LEVEL_WORDS:
        words.pop()
    if not words:
        return None
    word = re.sub(r"['’]s$", "", words[-1].lower().rstrip("."))  # "Plumber's Helper"
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


# A worker who runs the trade's own crew ("Electrician Foreman", "Nurse Supervisor"):
# the trade's work still. An aide, an assistant or a helper of the trade is not.
_OVERSEERS = frozenset({"foreman", "forewoman", "lead", "supervisor", "manager"})


def _named_like(role: str, references: Sequence[str]) -> bool:
    """Is a role titled ``role`` the job one of ``references`` names (the line's title,
    the posting's)? Where the reference names its worker by a trade of its own
    ("Hygienist", "Electrician", "Chef") the role must name that worker (or one who
    runs its crew): a "Dental Assistant" shares "Dental" with a "Dental Hygienist" but
    not the work, nor is a "Nurse Aide" a "Registered Nurse"; an "Apprentice
    Electrician" or an "Electrician Foreman" is an electrician.
    Where the worker is a kind every trade has ("Pharmacy Technician", "Front Desk
    Agent"), a word of the trade is shared ("HVAC Technician" is no "Pharmacy
    Technician")."""
    words = title_words(role)
    worker = _worker(role)
    for reference in references:
        wanted = _worker(reference)
        if wanted is not None and wanted not in _ANY_TRADE:
            if worker == wanted or (worker in _OVERSEERS and wanted in words):
                return True
        elif (words & title_words(reference)) - _ANY_TRADE:
            return True
    return False


def _span(years: int) -> str:
    return f"{years} {'year' if years == 1 else 'years'} of experience" if years >= 1 else ""


def _said_text(resume: ParsedResume, titles: bool = True,
               vocabulary: Vocabulary | None = None) -> str:
    """What the resume says it does: its bullets and its skills and summary lines, and
    (with ``titles``) the titles of its dated roles; not the rest of the headers of roles
    and schools, whose employers' names ("Triangle Site Design") and places are no
    experience. With ``vocabulary``, also a list of tools written in a credentials or
    schooling section (``_tools_list``): "CERTIFICATIONS & TOOLS" or "EDUCATION &
    CREDENTIALS" holding "NetSuite, QuickBooks Online, Excel, FloQast" is a skills list
    under another heading."""
    return "\n".join(
        line for section in resume.sections for entry in section.entries
        for line in ((*entry.header, *entry.bullets) if section.kind in ("skills", "summary")
                     else (*(_work_title(section.kind, entry) if titles else ()),
                           *(h for h in entry.header if vocabulary is not None
                             and section.kind in _LISTING_SECTIONS
                             and _tools_list(h, vocabulary)),
                           *entry.bullets)))


# Sections a resume often closes with a list of its software or equipment in: the
# heading names the credentials or the schooling ("CERTIFICATIONS & TOOLS").
_LISTING_SECTIONS = frozenset({"certifications", "education"})
# How many tools make a line a list of them.
_LISTED_TOOLS = 3


def _tools_list(line: str, vocabulary: Vocabulary) -> bool:
    """Is ``line`` a list of tools: at least ``_LISTED_TOOLS`` items (commas, semicolons,
    bullets), naming at least as many different tools (software, equipment) the
    vocabulary knows? "Clio, HotDocs, Microsoft Word, Excel" is; "CPR, First Aid, AED"
    (cards) and "B.S. Accounting, Boise State University, 2021" (a degree) are not."""
    if len(split_skill_line(line).items) < _LISTED_TOOLS:
        return False
    tools = {h.skill.name for h in vocabulary.find(line) if h.skill.kind == "tool"}
    return len(tools) >= _LISTED_TOOLS


def _work_title(kind: str, entry: Entry) -> list[str]:
    """A dated role's title, which says what the work was ("Counter Sales Associate",
    "Project Coordinator"), without the employer or the place of its header line."""
    if kind != "experience" or not entry.title or not (entry.start or entry.end):
        return []
    return [entry.title]


def _echoes_title(term: str, title_words_: set[str]) -> bool:
    """ "Software engineering" after "Software Engineer", "data analysis" after "Data
    Analyst": each word of the skill is a title word's near twin (another ending of
    one word; "ServiceTitan" is a product, not "Service" again)."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", term)]
    return bool(words) and all(
        any((w[:5] == t[:5] and min(len(w), len(t)) >= 4 and abs(len(w) - len(t)) <= 3)
            or w == t for t in title_words_)
        for w in words)


# Letters a posting may write for a body rather than a skill ("CDC", "IRS", "HUD"):
# capitals only, as an acronym is written.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A body named as the source of something, or as whose money or approval it is: "levies
# from the IRS", "funded by HUD", "a five-year CDC grant", "HUD-funded",
# "CDC-recognized". Such a posting names who gives, pays or approves, not what the hire
# knows or works to ("CDC infection control guidelines", "comply with the ADA").
_SOURCE_BEFORE = re.compile(
    r"\b(?:(?:from|by)[ \t]+the|(?:funded|financed|sponsored|paid[ \t]+for|awarded)[ \t]+by"
    r"(?:[ \t]+the)?)[ \t]+$", re.IGNORECASE)
# A lower-case noun right after the letters: they say whose the thing is ("HUD data",
# "CDC guidelines"); a word that goes on with the sentence does not ("HUD and the city").
_QUALIFIED = re.compile(r"[ \t-]+([a-z][a-z'’]*)")
_GOES_ON = frozenset({"and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "of",
                      "as", "is", "are", "was", "were", "that", "which", "who"})
_FUNDER_AFTER = re.compile(
    r"[ \t-]+(?:grants?|grantees?|funding|funded|funds|funder|contracts?|partners?|partnership"
    r"|awards?|recogni[sz]ed|sponsored)\b", re.IGNORECASE)


def _a_body_only(term: str, name: str, posting_text: str, vocabulary: Vocabulary) -> bool:
    """Is ``term`` letters no vocabulary knows that the posting writes as a body that
    gives, pays or approves (``_SOURCE_BEFORE``, ``_FUNDER_AFTER``: "funded by HUD"),
    and elsewhere, if at all, only before the thing it asks ("keep HUD data current in
    HMIS": the data is the ask)? The posting asks nothing of the body, and "Key skills:
    HUD" or "experience in IRS" would boast of an agency, not of work. Where the posting
    never names them as a body ("to CDC infection control guidelines", "PCI", "ACORD
    forms"), the line may name them."""
    if not _ACRONYM.fullmatch(term) or vocabulary.lookup(name) is not None:
        return False
    at = posting_text.find(term)
    body = False
    while at >= 0:
        after = at + len(term)
        if (at == 0 or not posting_text[at - 1].isalnum()) and (
                after == len(posting_text) or not posting_text[after].isalnum()):
            if (_SOURCE_BEFORE.search(posting_text, max(0, at - 24), at)
                    or _FUNDER_AFTER.match(posting_text, after)):
                body = True
            else:
                thing = _QUALIFIED.match(posting_text, after)
                if thing is None or thing.group(1) in _GOES_ON:
                    return False
        at = posting_text.find(term, after)
    return body


def _qualifies_a_named(term: str, name: str, terms: Sequence[str], resume_text: str,
                       vocabulary: Vocabulary) -> bool:
    """Is ``term`` letters no vocabulary knows that the resume writes only right before
    another of the line's ``terms`` ("Follow OSHA and CDC sterilization protocols",
    "to CDC infection control guidelines" beside "sterilization", "infection control")?
    They say whose rules the work follows; the line names the work already, and the
    letters alone ("Key skills: CDC") would read as a skill of their own."""
    if not _ACRONYM.fullmatch(term) or vocabulary.lookup(name) is not None:
        return False
    others = [t.casefold() for t in terms if t != term]
    low = resume_text.casefold()
    at = resume_text.find(term)
    seen = False
    while at >= 0:
        after = at + len(term)
        if (at == 0 or not resume_text[at - 1].isalnum()) and (
                after == len(resume_text) or not resume_text[after].isalnum()):
            seen = True
            rest = low[after:].lstrip(" \t-")
            if not any(rest.startswith(o) and not rest[len(o):len(o) + 1].isalnum()
                       for o in others):
                return False
        at = resume_text.find(term, after)
    return seen


def _named_in_lower_case(term: str, asked: str) -> bool:
    """Is ``asked``, the posting's own word for a tool, ``term`` in lower case (in
    either number): "centrifuges" for the resume's "Centrifuge"? A tool's name the
    posting writes as a name ("Excel") keeps its capital, whatever other lower-case
    words the posting holds ("You excel at …")."""
    low = term.casefold()
    return asked.islower() and asked in (low, low + "s", low.removesuffix("s"))


def _posting_casing(term: str, posting_text: str) -> str:
    """ "Machine Learning", capitalised on a resume's skills line, reads "machine
    learning" mid-sentence where the posting writes it so: the field's own usage says
    it is a discipline, not a name ("National Electrical Code" stays)."""
    words = re.split(r"[\s-]", term)
    if len(words) < 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return term
    lowered = term.lower()
    return lowered if phrase_in(posting_text, lowered) else term


def _named_in(term: str, own: str, said: set[str]) -> bool:
    """Does the resume's own summary ``own`` (its words ``said``) name ``term``? A word
    by itself; words of a phrase side by side, as the phrase ("donor database" is not
    named by "keep the database clean and make sure every donor hears thank you"),
    its last word in either number ("care plan", "care plans")."""
    words = [w.casefold() for w in re.findall(r"\w+", term)]
    if len(words) < 2:
        return set(words) <= said
    low = " ".join(re.findall(r"\w+", own.casefold()))
    phrase = " ".join(words)
    other = phrase[:-1] if phrase.endswith("s") else phrase + "s"
    return has_whole(low, phrase) or has_whole(low, other)


_OPENING_MARKS = " \t-*•·‣◦–"


def _capital_of_an_opening(term: str, resume_text: str, posting_text: str) -> bool:
    """ "Audit" of "Audit outgoing pallets against bills of lading" is capitalised only
    because it opens the line; mid-sentence it reads "audit", as the posting writes it
    ("run RF scanner audits"). One word in title case, written so only at the opening
    of a line, that the posting writes in lower case (in any form): "Medicare" or
    "Agile", capitalised by the posting too, stay as written."""
    if " " in term or not term.isalpha() or not (term[:1].isupper() and term[1:].islower()):
        return False
    at = resume_text.find(term)
    while at >= 0:
        after = at + len(term)
        whole = (at == 0 or not resume_text[at - 1].isalnum()) and (
            after == len(resume_text) or not resume_text[after].isalnum())
        if whole and resume_text[resume_text.rfind("\n", 0, at) + 1:at].strip(_OPENING_MARKS):
            return False  # capitalised mid-line: a name the resume gives it
        at = resume_text.find(term, after)
    return has_whole(posting_text, term.lower()) or has_whole(posting_text, term.lower() + "s")


def _headline_says_it(resume: ParsedResume, title: str, posting_title: str) -> bool:
    """A student's "Teacher's Assistant" role under a headline "Front End Developer":
    the role shares no word with the posting's title while the headline under the
    name does. The headline already names the work asked for, two lines above; the
    line then leads with no title rather than one beside the point.

    An address, an e-mail or a profile link is no headline: "linkedin.com/in/pat-sales"
    beside the phone number names no work, so its words are read without them."""
    wanted = title_words(posting_title)
    if wanted & title_words(title):
        return False
    return any(wanted & title_words(_without_links(line)) for line in resume.contact.lines[1:3])


def _without_links(line: str) -> str:
    """``line`` without its e-mail addresses and links, whose words name a person or a
    site, not the work."""
    for found in (*find_links(line), find_email(line) or ""):
        if found:
            line = line.replace(found, " ")
    return line


def _own_summary(resume: ParsedResume) -> str:
    """The resume's own summary text. An entry with dates or bullets is a role, not a
    summary, even when a resume without headings puts it in the opening block."""
    return " ".join(line for section in resume.sections if section.kind == "summary"
                    for entry in section.entries
                    if not (entry.start or entry.end or entry.bullets)
                    for line in (*entry.header, *entry.bullets))


# Words of a title that name a rank or a kind of worker found in every trade, so a
# shared one says nothing of the work ("Technician", "Engineer", "Lead", "Senior").
_ANY_TRADE = frozenset({
    "technician", "tech", "engineer", "specialist", "assistant", "associate", "manager",
    "coordinator", "clerk", "analyst", "representative", "rep", "aide", "officer",
    "worker", "operator", "agent", "administrator", "consultant", "lead", "senior",
    "junior", "supervisor", "director", "staff", "intern", "trainee", "apprentice",
    "helper", "head", "chief", "principal", "executive",
    # Kinds of work every trade has ("Customer Service", "Patient Services", "Food
    # Service"; "Line Cook", "Production Line"; "Direct Support", "IT Support").
    "service", "support", "line", "general", "care",
})


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
    # A barista's or a server's job says nothing of the skills a first software or UX
    # job asks, which the resume shows in its projects: "Barista with 5 years of
    # experience in AWS" would tie them to the wrong work. With no recent role named
    # like the posting's job or writing any of the skills (tools and practices) the
    # resume shows elsewhere, the line names the skills alone ("Experience in React,
    # …"), and no years.
    wanted = title_words(analysis.title or "")
    # An office tool ("Tracked inventory in Excel") ties no role to the work: a barista's
    # spreadsheet makes no "Barista with 6 years of experience in React".
    shown = _own_work(matched, [raw for raw, kind, _name in matched if kind in ("hard", "tool")],
                      vocabulary)
    unrelated = bool(entries and shown) and not any(
        wanted & title_words(e.title or "") or _shows_matched(e, shown) for e in entries)
    if unrelated:
        entries = []
    title: str | None = None
    if entries:
        title = entries[0].title
        if analysis.title:
            best = max(entries, key=lambda e: len(wanted & title_words(e.title or "")))
            if wanted & title_words(best.title or ""):
                title = best.title
    headlined = bool(title and analysis.title
                     and _headline_says_it(resume, title, analysis.title))
    if headlined:
        title = None
    title = calm_title(line_title(title, analysis.title), vocabulary) if title else None
    own = _own_summary(resume)
    said = {w.casefold() for w in re.findall(r"\w+", own)}
    # The resume opens with its own summary giving its title or years: the line then
    # adds only the skills that summary does not name ("Experience in Tableau."),
    # never a second title or a second (perhaps different) figure.
    repeat = stated_years(resume) is not None or bool(
        title and title_words(title) <= title_words(own))
    if repeat:
        title = None
    # The years are those of the work the line is about: a role writing a skill the
    # posting asks, or named like the line's title or the posting's job by a word of
    # its trade, not only of its rank or kind of worker ("Electrician" and "Apprentice
    # Electrician" are a "Maintenance Electrician"'s years; an "HVAC Technician" is no
    # "Pharmacy Technician"); a cashier's years before a first pharmacy job are no
    # "Pharmacy Technician with N years".
    references = [t for t in (title, analysis.title) if t]

    def named(role: str) -> bool:
        return _named_like(role, references)

    # A role of other work counts by what it shows only when that is a skill the job
    # requires: a warehouse job that "checked reefer temps" (a wish of a dispatcher's
    # posting) adds no years to "Dispatcher with N years of experience".
    required = {m.name for m in analysis.skills if m.required}
    shown_required = [raw for raw, kind, name in matched
                      if kind in ("hard", "tool") and name in required]

    own_required = _own_work(matched, shown_required, vocabulary)
    if repeat or unrelated:
        years = 0
    elif shown_required and not own_required:
        years = _years_showing(resume, today, shown_required)
    else:
        years = _years_doing(resume, today, named, own_required)
    in_title = title_words(title or "")
    resume_text = _said_text(resume, vocabulary=vocabulary)
    # Without the roles' titles: a skill read only from a title that echoes the
    # posting's ("school counseling" of "School Counselor") names the job, not its work.
    lines_text = _said_text(resume, titles=False, vocabulary=vocabulary)
    skills: list[str] = []
    deeds: list[str] = []
    skill_of: dict[str, str] = {}
    raw_of: dict[str, str] = {}  # a named term -> the resume's words it was read from
    languages = [raw for raw, kind, _name in matched if kind == "language" and raw.istitle()
                 and " " not in raw and not (repeat and raw.casefold() in said)
                 and _spoken(resume, raw)][:3]
    posting_text = "\n".join(section.text for section in analysis.sections)
    posting_terms = {m.name: m.term for m in analysis.skills}
    shown_here = shown_skills(resume, vocabulary)
    for raw, kind, name in by_importance(matched, analysis, vocabulary):
        term = summary_term(raw, kind, name, resume_text, vocabulary, shown_here)
        if term is not None:
            term = _as_list_item(term, vocabulary, resume_text, kind)
        if term is not None and kind in ("hard", "soft"):
            term = _posting_casing(term, posting_text)
        if term is not None and (kind in ("hard", "soft") or (
                kind == "tool" and _named_in_lower_case(term, posting_terms.get(name, "")))) \
                and _capital_of_an_opening(term, resume_text, posting_text):
            # A tool's common noun too ("Centrifuge" opened a bullet), where the posting
            # names that tool so ("centrifuges"); never "excel" of "You excel at …".
            term = term.lower()
        # A worker's noun names a job, not a skill ("project manager"); a tool's name
        # may hold one ("Meta Ads Manager", "Google Tag Manager").
        if term is None or (title_words(term) <= in_title
                            or (kind != "tool" and _ROLE_NOUNS.search(term))
                            or _echoes_title(term, in_title)
                            or (_echoes_title(term, wanted) and not phrase_in(lines_text, term))
                            or only_a_thing(term, name, vocabulary)
                            or _a_body_only(term, name, posting_text, vocabulary)):
            continue
        if repeat and _named_in(term, own, said):
            continue  # the resume's own summary names it already
        # "groups" of "Run six-week small groups" is said as the resume wrote it; a
        # shorter item it holds ("Second Step" of "Second Step lessons") gives it its place.
        bare, term = term, with_its_describer(term, resume_text, vocabulary, shown_here)
        if (_a_person_read(term, vocabulary) or _speaks_of_someone(term)
                or _workers_of_the_name(term, name)):
            continue  # "provider"; "small groups" (with its describer) is a thing done
        inside = next((k for k, s in enumerate(skills) if term != bare
                       and has_whole(term.casefold(), s.casefold())), None)
        if inside is not None:
            skills[inside] = term
            skill_of.setdefault(term, name)
            raw_of.setdefault(term, raw)
            continue
        deed = told_as_deed(term, raw)
        # A deed is said once ("assigning rooms" read for two skills); a name said by
        # a deed already is still kept, and the deed dropped below.
        if not any(same_skill(term, s) for s in ((*skills, *deeds) if deed else skills)):
            (deeds if deed else skills).append(term)
            skill_of.setdefault(term, name)
            raw_of.setdefault(term, raw)
    # A skill's name says in a word or two what a deed says in four: the line names
    # those first and the deeds with the room left ("resolving guest complaints").
    skills += [d for d in deeds if not any(same_work(d, s) for s in skills)]
    skills = [t for t in skills if not _qualifies_a_named(t, skill_of.get(t, t), skills,
                                                          resume_text, vocabulary)]
    span = _span(years)
    # The resume's text, rendered at the first reader's need and shared by the others.
    rendered: list[str] = []

    def body() -> str:
        if not rendered:
            rendered.append(render_text(resume))
        return rendered[0]

    held = _held_credentials(matched, analysis, resume, vocabulary, body_of=body)
    titles = held_degree_titles(resume, today)  # the posting is read only for a degree held
    asked_degrees = asked_levels(analysis) if titles else set()
    degrees = held_degrees(resume, analysis, today, 0, asked_degrees, titles, body)

    told = set(deeds)

    def listable(term: str) -> bool:
        # A list item is a skill's name as the vocabulary knows it, or a name of its
        # own in capitals ("Section GG", "Shopmonkey"): no deed ("fill prescriptions",
        # "chart every visit") and no thing a duty was done to ("builders").
        if term in told:
            return False
        known = vocabulary.lookup(term)
        if known is not None and known.name.casefold() == term.casefold() and (
                term.split()[0].casefold() not in DEED_VERBS):
            return True  # a skill's own name, though it opens with an -ing word ("wiring diagrams")
        if is_deed(term) and not ing_noun_name(term, skill_of.get(term, "")):
            return False  # a deed, not "ceiling fans" (an -ing noun naming the thing asked)
        if known is not None:
            return True
        # "eFileTexas", "iCIMS": a product's name opens in lower case, a capital inside.
        return (not term[:1].islower() or any(c.isupper() for c in term.split()[0][1:])
                or says_the_name(term, skill_of.get(term)))

    keyed: set[str] = set()  # items only the "Key skills" list may name (see below)

    def line(named: Sequence[str]) -> str:
        # Under a headline the line may open "Experience in …": the roles are there.
        return _sentence(title, span, repeat or headlined or unrelated, named, languages, held,
                         listable, told, degrees, keyed)

    # A line of no title and no years ("Experience in …", above the resume's own
    # summary or a headline) is worth only the skills the top does not show: naming
    # two the skills list right below it holds already reads as a keyword dump.
    few = FEW_SKILLS if title or span else 0
    # A tool read only from a list under a credentials or schooling heading
    # (``_tools_list``) fills a free place of the line, after every skill the work and
    # the skills list show, and never displaces one of them (review22 T2: a case
    # manager's "managing a caseload" gave way to "Microsoft Word").
    plain_text = _said_text(resume).casefold()
    listed_only = [t for t in skills
                   if not phrase_in(plain_text, raw_of.get(t, t).casefold())]
    own_words = [t for t in skills if t not in listed_only]

    def pick() -> list[str]:
        first = choose_skills(own_words, resume, line, vocabulary, skill_of, listable, told,
                              shown_here, few, body)
        if not listed_only:
            return first
        more = choose_skills([*own_words, *listed_only], resume, line, vocabulary, skill_of,
                             listable, told, shown_here, few, body)
        return more if set(first) <= set(more) else first

    chosen = pick()
    if degrees or any(_a_credential(kind, name) for _raw, kind, name in matched):
        # The line pushes the resume down: a credential or a degree at the foot of the
        # body's first third leaves the top once the line stands above it. Worked out
        # again with the line's length until those named settle (a round or two).
        for _round in range(2):
            written = line(chosen)
            added = len(written) + 2 if written else 0
            again = _held_credentials(matched, analysis, resume, vocabulary, added, body)
            again_degrees = held_degrees(resume, analysis, today, added, asked_degrees, titles,
                                         body)
            if again == held and again_degrees == degrees:
                break
            held, degrees = again, again_degrees
            chosen = pick()
    if years:
        # "Line Cook with 6 years of experience in prep lists and sauté" claims six
        # years of that work: the figure counts a role named like the line's title or
        # the posting's job, or one writing a skill the line names and the job
        # requires (which the first count asked of it already). A cashier's years,
        # however much cash the register took, add nothing to "Patient Services
        # Representative with N years of experience in insurance verification"; a
        # line cook's do to "Sous Chef with N years of experience in sauté and grill".
        # Only the sentence's own list claims the years ("with 8 years of experience in
        # …"); a "Key skills" item after it is said without them, so a machine
        # operator's shop math adds no years to a machinist's mills and G-code.
        required_raw = set(shown_required)
        in_sentence = split_named(chosen, listable, told)[0]
        claims = [raw_of[term] for term in in_sentence if raw_of.get(term) in required_raw]
        own_claims = _own_work(matched, claims, vocabulary)
        rank = _rank(title or "")
        if own_claims:
            # An item done for fewer years than the line's own post ("first notice of
            # loss" taken as an intake clerk before seven years of adjusting) is not
            # claimed with the post's years: a name stands in the "Key skills" list,
            # which claims none, and a deed, which only the sentence can hold, is left
            # out, rather than pull the figure below the post's own.
            post = _years_doing(resume, today, named, [], in_title, rank)
            fewer = {t for t in in_sentence if raw_of.get(t) in own_claims and (
                _years_doing(resume, today, named, [raw_of[t]], in_title, rank) < post)}
            if fewer:
                keyed.update(t for t in fewer if listable(t))
                chosen = [t for t in chosen if t not in fewer or t in keyed]
                in_sentence = split_named(chosen, listable, told, keyed)[0]
                claims = [raw_of[t] for t in in_sentence if raw_of.get(t) in required_raw]
                own_claims = _own_work(matched, claims, vocabulary)
        years = _years_showing(resume, today, claims) if claims and not own_claims else (
            _years_doing(resume, today, named, own_claims, in_title, rank))
        span = _span(years)
    return line(chosen) or None


# Words of a line of schooling: a language named there was studied ("Conversational
# Spanish, Metropolitan Community College, 2021", "French coursework"), not said spoken.
_SCHOOLING = re.compile(
    r"\b(?:college|university|institute|school|academy|courses?|coursework|class(?:es)?"
    r"|program(?:me)?|semesters?|minor|major|degree|diploma|bachelor['’]?s?|master['’]?s?"
    r"|studies|studied)\b|\b[ABM]\.[AS]\.", re.IGNORECASE)
# In a line of work (a role's title or its deeds) only words that say the language was
# the thing studied: "Taught Spanish I-IV to classes of 30" at "Lincoln High School" is
# a teacher using it (review22 T1).
_STUDIED = re.compile(
    r"\b(?:studied|studying|coursework|(?:courses?|class(?:es)?|minor|major|degree)\s+in)\b",
    re.IGNORECASE)
# Sections whose lines are work done: a language in them is used.
_WORK_SECTIONS = frozenset({"experience", "projects", "volunteering"})


def _spoken(resume: ParsedResume, language: str) -> bool:
    """Does the resume write ``language`` as one it speaks, in a line that is no
    schooling? "Speaks Spanish" claims what a conversational Spanish class taken in 2021
    or a B.A. in French does not say; a skills list's "Spanish (conversational)", a
    headline's "Bilingual English/Spanish", a deed's "Interpreted for Spanish-speaking
    families" or a Spanish teacher's role does (how well is the resume's to say), and so
    does "Conversational Spanish." written under EDUCATION beside a driver's license: a
    line is schooling by its words, not its section. A line of work is schooling only
    when it says the language was studied (``_STUDIED``); any other by a school's,
    course's or degree's word (``_SCHOOLING``). A skills list is read item by item
    ("Spanish (fluent), French (coursework)"), any other line whole (a course's name and
    its school are one line)."""
    lines = [(line, False, _SCHOOLING) for line in resume.contact.lines]
    for section in resume.sections:
        itemised = section.kind == "skills"
        marks = _STUDIED if section.kind in _WORK_SECTIONS else _SCHOOLING
        lines.extend((line, itemised, marks) for entry in section.entries
                     for line in (*entry.header, *entry.bullets))
    for line, itemised, marks in lines:
        if not has_whole(line, language):
            continue
        parts = (split_skill_line(line).items or [line]) if itemised else [line]
        if any(has_whole(part, language) and not marks.search(part) for part in parts):
            return True
    return False


# Words no list item opens with: the tail of a sentence ("from their plans", "to the
# dock", "with their families") names no skill, whatever the vocabulary read in it.
_NO_OPENING = frozenset({
    "from", "to", "for", "with", "of", "in", "on", "at", "by", "into", "onto", "about",
    "under", "within", "over", "below", "above",  # "under budget" is a result, not a skill
    "and", "or", "but", "their", "his", "her", "its", "my", "our", "your", "them", "they",
    "who", "which", "that", "than",
})


# Words that open a noun phrase of their own inside a clause ("before every repair",
# "to the dock"): a list item holding one is a piece of a sentence.
_DETERMINERS_INSIDE = frozenset({"every", "each", "the", "a", "an", "our", "their", "this",
                                 "these", "those", "my", "his", "her", "its"})


def _as_list_item(term: str, vocabulary: Vocabulary, resume_text: str = "",
                  kind: str = "hard") -> str | None:
    """``term`` as an item of "Experience in …"; None for the tail of a sentence
    ("from their plans"). A deed in the past tense is said with its -ing form, as
    every deed there is ("answered phones" -> "answering phones"), when the resume
    writes it where a deed stands (``_written_as_deed``) and the vocabulary reads both
    forms as the same skill. Words that only look like a past tense stay as written:
    "fixed asset additions", "wound vac", "detailed notes", and the "mixed drinks" one
    served ("Served beer, wine and mixed drinks" says nothing of mixing them)."""
    words = term.split()
    if not words or words[0].casefold() in _NO_OPENING:
        return None
    if _HYPHEN_VERB.fullmatch(words[0]) and _a_prefixed_verb(words[0], vocabulary):
        return _prefixed_deed(term, resume_text, vocabulary)
    plain = _plain_deed(words, resume_text, vocabulary)
    if plain is not None:
        return plain
    if len(words) == 1 and kind in ("hard", "soft") and term[:1].isupper() and term[1:].islower():
        opening = _opening_deed(term, resume_text, vocabulary)
        if opening is not None:
            return opening or None
    inner = next((k for k, w in enumerate(words) if k and w.casefold() in _DETERMINERS_INSIDE),
                 None)
    if inner is not None and term[:1].islower() and not words[0].endswith("ing"):
        if inner == len(words) - 2 and words[-1].casefold() in PERIOD_WORDS and (
                words[inner - 1].casefold() not in AFTER_OBJECT):
            # "business reviews every quarter": how often, after the thing itself
            words = words[:inner]
            term = " ".join(words)
        else:
            # "equipment before every repair" (a name's words read across a sentence):
            # the words of a clause, no item a list holds.
            return None
    if words[0].islower() and _a_deed_verb(words, term, vocabulary, resume_text) and (
            _in_a_row_of_deeds(term, resume_text)):
        # "audit timecards" of "Process payroll, audit timecards and …": a deed that is
        # no name, and no -ing form of it the line could say (a count inside, a cut
        # object): left out, never listed as a skill in a verb's plain form.
        return None
    if len(words) < 2 or not words[0].islower() or not (
            is_irregular_past(words[0]) or past_gerund(words[0]) is not None):
        return term
    if not _written_as_deed(term, resume_text):
        return term
    ing = ing_form(words[0])
    if ing is None:
        return term
    said = " ".join([ing, *words[1:]])
    written = {h.skill.name for h in vocabulary.find(term) if h.start == 0}
    as_deed = {h.skill.name for h in vocabulary.find(said) if h.start == 0}
    return said if written & as_deed else term


# A word that can only be a verb's plain form: a verb's ending ("notarize", "qualify",
# "analyze"), or a particle after it before its object ("prove out new jobs"). The verbs
# a resume's deeds open with (``DEED_VERBS``) are not enough: "program", "check",
# "process" are as often the first noun of a compound ("program evaluation").
_VERB_ENDING = re.compile(r"(?:ize|ise|ify|yze)$")
_PARTICLE_AFTER = frozenset({"up", "out", "off", "down", "back", "over"})
# Or a word that opens its object's noun phrase right after it ("balance the cash
# drawer", "greet every guest"): no noun of a compound stands before "the" or "every".
_OBJECT_OPENERS = frozenset({"the", "a", "an", "every", "each", "all", "our", "their"})
# Where a deed stands in a row of them: the opening of a line, or after "; ", ", " or
# " and " in a line that opens with a verb ("Edit G-code; prove out new jobs").
_DEED_JOINT = re.compile(r"(?:^|;\s*|,\s*|\s+and\s+)$")


def _plain_deed(words: Sequence[str], resume_text: str,
                vocabulary: Vocabulary | None = None) -> str | None:
    """ "prove out new jobs", "notarize": a deed in a verb's plain form, cut from a row
    of deeds ("Edit G and M codes; prove out new jobs in single block"), said with its
    -ing form ("proving out new jobs", "notarizing") as every deed of the line is: a
    bare verb in a list of skills reads as a keyword dump, and "experience in balance
    the cash drawer" is no sentence. Only a word that can be nothing but a verb
    (``_VERB_ENDING``, or a particle or its object's "the" after it), where
    the resume writes it in a deed's place (``_DEED_JOINT`` in a line opening with a
    verb); None otherwise ("equipment" of "Order supplies and equipment" is a thing)."""
    first = words[0]
    low = first.casefold()
    term = " ".join(words)
    if not first.islower() or low in _NOT_PLAIN or not (plain_verb(low) or (
            vocabulary is not None and _its_ing_names_it(low, term, vocabulary))):
        return None
    if not (_VERB_ENDING.search(low)
            or (len(words) > 2 and words[1].casefold() in _PARTICLE_AFTER | _OBJECT_OPENERS)
            or (vocabulary is not None and _a_deed_verb(words, term, vocabulary, resume_text))):
        return None  # "program evaluation", "check processing": a noun compound too
    ing = ing_form(low) or (gerund(low) if vocabulary is not None
                            and _its_ing_names_it(low, term, vocabulary) else None)
    if ing is None or not _in_a_row_of_deeds(term, resume_text):
        return None
    if len(words) > 2 and any(c.isdigit() for c in term):
        return None  # "audit 140 timecards": told without its count only by gerund_phrase
    return " ".join([ing, *words[1:]])


def _opening_deed(term: str, resume_text: str, vocabulary: Vocabulary) -> str | None:
    """ "Sanitize" of "Sanitize food contact surfaces before every shift": a bullet's
    opening verb read alone, cut from its object. Told with its object whole
    ("sanitizing food contact surfaces"), or "" (left out) when it cannot be; None
    when the word is no such verb (a name, or a word followed by no object)."""
    low = term.casefold()
    # A verb by its ending, as a verb of deeds, or by a name the vocabulary knows in
    # its -ing form ("calendaring" of "Calendar court deadlines").
    if not plain_verb(low) or not (_VERB_ENDING.search(low) or verb_of_deeds(low, vocabulary)
                                   or vocabulary.lookup(gerund(low)) is not None):
        return None
    lines = [_BULLET.sub("", line) for line in resume_text.splitlines()]
    # Its object after it in lower case, as a deed's is ("Python HTML CSS" is a list).
    if not any(line.startswith(term + " ") and line[len(term) + 1:][:1].islower()
               for line in lines) or not cut_short(term, resume_text):
        return None
    whole = whole_object(term, resume_text)
    told = None if whole is None else gerund_phrase(whole, plain_deed_verbs(vocabulary),
                                                    resume_text)
    return told if told is not None and told.split()[0] == gerund(low) else ""


def _in_a_row_of_deeds(term: str, resume_text: str) -> bool:
    """Does the resume write ``term`` where a deed stands: after "; ", ", " or " and "
    in a line that opens with a verb ("Room patients, take vitals, draw blood")?"""
    for line in resume_text.splitlines():
        body = _BULLET.sub("", line)
        at = body.find(term)
        if at <= 0:
            continue
        opening = body.split()[0] if body.split() else ""
        if _DEED_JOINT.search(body[:at]) and opening[:1].isupper() and plain_verb(opening):
            return True
    return False


def _a_deed_verb(words: Sequence[str], term: str, vocabulary: Vocabulary,
                 resume_text: str = "") -> bool:
    """Is the first of ``words`` a verb with its object after it, not the first noun
    of a compound? The word is a verb a resume's deeds open with (``DEED_VERBS``, or
    one the vocabulary's deed reader knows), and either that reader reads the words
    as a deed ("draw blood", "post payments"), or the resume opens a line with the
    word before a lower-case object. "stock rotation", "tube feedings", "pay apps" and
    "weld symbols" in a row of items are things."""
    if len(words) < 2 or any(c.isdigit() for c in words[1]):
        return False
    low = words[0].casefold()
    if not plain_verb(low):
        return _its_ing_names_it(low, term, vocabulary)
    if not verb_of_deeds(low, vocabulary):
        return False
    if any(h.start == 0 for h in vocabulary.deeds(term)):
        return True
    # Or the resume opens a deed with the word elsewhere ("Audit payroll registers …"):
    # that another name of a skill holds the words is no evidence ("stock rotation" is
    # FIFO's, "tube feedings" Enteral Feeding's: review25 T1).
    opening = words[0][:1].upper() + words[0][1:] + " "
    return any(_BULLET.sub("", line).startswith(opening) and _BULLET.sub("", line)[
        len(opening):][:1].islower() for line in resume_text.splitlines())


def _its_ing_names_it(low: str, term: str, vocabulary: Vocabulary) -> bool:
    """Does the skill the vocabulary reads ``term`` as name the deed by the -ing form
    of the term's first word ("bus tables": Bussing Tables)? Then a word spelt like a
    plural ("bus") is the verb. Asked only of such words: "weld symbols" (Welding
    Symbols) is a thing, as its name is."""
    known = vocabulary.lookup(term)
    return known is not None and low.isalpha() and gerund(low) in known.name.casefold().split()


# A verb made of a prefix, a hyphen and a verb: "E-file pleadings", "Re-wire motor
# starters", "Pre-screen patients", "Cross-train new hires".
_HYPHEN_VERB = re.compile(r"([A-Za-z]+)-([a-z]{3,})")
_VERB_PREFIXES = frozenset({
    "e", "re", "pre", "co", "de", "un", "cross", "double", "over", "under", "sub", "mis",
    "out", "up",
})


def _a_prefixed_verb(word: str, vocabulary: Vocabulary) -> bool:
    """ "E-file", "re-wire", "pre-screen": a verb prefix, a hyphen and a verb a resume's
    deeds open with; never "follow-up", "X-ray" or "check-in" (no prefix of a verb)."""
    found = _HYPHEN_VERB.fullmatch(word)
    if found is None or found.group(1).casefold() not in _VERB_PREFIXES:
        return False
    verb = found.group(2)
    return plain_verb(verb) and verb_of_deeds(verb, vocabulary)


def _prefixed_deed(term: str, resume_text: str, vocabulary: Vocabulary) -> str | None:
    """ "E-file" of "E-file pleadings in state court": the activity by its -ing form
    ("e-filing", as "Troubleshoot" is troubleshooting), or the deed with its object
    when the term holds one ("e-filing pleadings"), where the resume writes it as a
    deed (opening a line, or in a row of deeds); None otherwise: "experience in
    E-file" names a verb as a skill."""
    words = term.split()
    lines = [_BULLET.sub("", line) for line in resume_text.splitlines()]
    low = term.casefold()
    if not any(line.casefold().startswith(low + " ") for line in lines) and not (
            _in_a_row_of_deeds(term, resume_text)):
        return None
    prefix, verb = words[0].split("-", 1)
    if len(words) == 1:
        return f"{prefix.casefold()}-{gerund(verb)}"
    told = gerund_phrase(" ".join([verb, *words[1:]]), plain_deed_verbs(vocabulary), resume_text)
    if told is None or told.split()[0] != gerund(verb):
        return None
    return f"{prefix.casefold()}-{told}"


# Plain words a verb's ending or a particle would take for a verb, which are not.
_NOT_PLAIN = frozenset({"size", "noise", "franchise", "premise", "expertise", "merchandise",
                        "enterprise", "exercise", "promise", "praise", "cruise", "vise"})


_BULLET = re.compile(r"^[\s\-*•·‣◦–]*")
_CLAUSES = re.compile(r"[,;]")


def _written_as_deed(term: str, resume_text: str) -> bool:
    """True when a line of the resume opens with ``term`` or a clause in a row of deeds
    does ("Checked patients in, scanned insurance cards, answered phones"): the place
    of a verb. After "and" closing a list of things ("beer, wine and mixed drinks") it
    is a thing."""
    want = term.casefold()
    for line in resume_text.splitlines():
        if want not in line.casefold():
            continue
        clauses = [c.strip() for c in _CLAUSES.split(_BULLET.sub("", line))]
        for index, clause in enumerate(clauses):
            if not clause.casefold().startswith(want):
                continue
            before = clauses[index - 1].split()[:1] if index else []
            if index == 0 or (before and (is_irregular_past(before[0].casefold())
                                          or past_gerund(before[0]) is not None)):
                return True
    return False


def _listed(items: Sequence[str]) -> str:
    """"a, b and c". An item holding its own "and" ("rigid and PVC conduit") stands
    before the last two, which the list's "and" joins: "panels, EMT and rigid and PVC
    conduit" reads as three kinds of conduit."""
    plain = [i for i in items if " and " not in i]
    if len(items) > 2 and len(plain) >= 2:
        last = plain[-2:]
        items = [*(i for i in items if i not in last), *last]
    return (", ".join(items[:-1]) + " and " + items[-1]) if len(items) > 1 else (
        items[0] if items else "")


# How many credentials the line names at most, and how long each may be: a reader takes
# in two or three at a glance; a longer name is a whole line of the resume's own.
MOST_CREDENTIALS = 3
_CREDENTIAL_CHARS = 48
_DATED = re.compile(r"\d|#|\(|,")
# What one holds is a name: a card's or licence's noun, letters (BLS, CDL-A) or a
# proper name (ServSafe Food Protection Manager); not a state ("forklift certified"),
# a practice ("lockout/tagout") or a worker ("Qualified brake inspector").
_HELD_NOUN = re.compile(r"(?:licen[cs]e|certificate|certification|card|permit|credential"
                        r"|endorsement)s?$", re.IGNORECASE)
_HOLDER = re.compile(r"(?:certified|registered|licen[cs]ed|chartered)\s+\w", re.IGNORECASE)
_STATE_END = re.compile(r"(?:certified|qualified|trained|licensed|registered)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _a_held_name(term: str) -> bool:
    """Is ``term`` written as the name of something held (see ``_HELD_NOUN``): a
    card's noun, letters, or a name in capitals ("Smith System"); or the holder's state
    of a card's name ("Forklift certified", "CPR certified": ``_a_held_state``)?"""
    if _HELD_NOUN.search(term) or _a_held_state(term):
        return True
    words = _NAME_WORD.findall(term)
    if not words or _STATE_END.search(words[-1]):
        return False
    if any(w.isupper() and len(w) >= 2 for w in words):
        return True
    return all(w[:1].isupper() or w.casefold() in SMALL_WORDS for w in words)


_STATE_WORDS = re.compile(r"\s+(?:certified|licen[cs]ed)$", re.IGNORECASE)


def _a_held_state(term: str) -> bool:
    """ "Forklift certified", "CPR certified": a card's name and the holder's state, in
    two or three words. Held as written, it is a sentence of its own ("Forklift
    certified."), as a resume writes it; "Holds forklift certified" is no English, and
    "forklift certification" would be words the resume does not write. "Qualified brake
    inspector" names a worker, and "trained" a course taken, not a card held."""
    words = _NAME_WORD.findall(term)
    return 2 <= len(words) <= 3 and _STATE_WORDS.search(term) is not None and (
        not words[0][:1].islower() or len(words) == 2)


def _alone_on_its_line(resume: ParsedResume, term: str) -> bool:
    """Does the resume write ``term`` as its own state: a whole line or list item
    ("Forklift certified", "CPR certified · Spanish"), a bracket's words ("Operated a
    forklift (OSHA forklift certified)"), or, outside the work's lines, the end of a
    card's name before its gloss or date ("RECOVER CPR certified (Basic Life Support),
    2023")? In a deed's sentence the state may be someone else's ("Helped two new hires
    get ServSafe certified": review25 T4)."""
    want = term.casefold()
    for section in resume.sections:
        for entry in section.entries:
            for line in (*entry.header, *entry.bullets):
                low = line.casefold()
                if want not in low:
                    continue
                items = [_BULLET.sub("", line), *split_skill_line(line).items]
                if any(item.strip(" .;:-–—").casefold() == want for item in items) or any(
                        _the_state_alone(found.group(1), want) and _own_bracket(line, found)
                        for found in _BRACKETED.finditer(line)):
                    return True
                if section.kind not in _DEED_SECTIONS and any(
                        _CARD_END.sub("", item).strip(" .;:-–—").casefold().endswith(want)
                        for item in items):
                    return True
    return False


_BRACKETED = re.compile(r"\(([^()]*)\)")


def _own_bracket(line: str, found: re.Match[str]) -> bool:
    """A bracket closing the line after a word that names no people: "Operated a forklift
    to unload deliveries (OSHA forklift certified)", not "Hired 12 loaders (forklift
    certified) across two docks" nor "… for 12 loaders (forklift certified)" (review25 T6)."""
    if line[found.end():].strip(" .;:-–—"):
        return False
    before = re.findall(r"[^\W\d_][\w'’-]*", line[:found.start()])
    return bool(before) and not (_PERSON_ENDING.search(before[-1])
                                 or before[-1].casefold() in PERSON_HEADS)


def _the_state_alone(inner: str, want: str) -> bool:
    """Is a bracket's text the state alone, or the state after a body's letters:
    "(forklift certified)", "(OSHA forklift certified)"? Never "(all forklift
    certified)" or "(OSHA forklift certified operators only)", which speak of others
    (review25 T5)."""
    words, wanted = inner.split(), want.split()
    if " ".join(words).casefold() == want:
        return True
    return (len(words) == len(wanted) + 1 and words[0].isupper() and len(words[0]) >= 2
            and " ".join(words[1:]).casefold() == want)


# A card's gloss and date after its name: " (Basic Life Support), 2023".
_CARD_END = re.compile(r"\s*(?:\([^()]*\))?\s*(?:,\s*[^,]*\d[^,]*)?\s*$")


def _held_credentials(matched: Sequence[tuple[str, str, str]], analysis: PostingAnalysis,
                      resume: ParsedResume, vocabulary: Vocabulary, above: int = 0,
                      body_of: Callable[[], str] | None = None) -> list[str]:
    """The posting's credentials the resume holds, in the resume's own words, that the
    top of the resume does not show: a nurse's BLS or a cook's ServSafe written at the
    end of a long resume is what the reader of this posting looks for first. One is
    not "experienced in" a licence, so the line names them in a sentence of their own
    ("Holds BLS and ServSafe Manager."). Required ones first; a name with a number, a
    date or a place after a comma stays where the resume writes it."""
    if not any(_a_credential(kind, name) for _raw, kind, name in matched):
        return []  # most postings' matches hold none: no text rendered for them
    required = {m.name: m.required for m in analysis.skills}
    body = render_text(resume) if body_of is None else body_of()
    # ``above``: the characters the summary line and its break add over the body, which
    # push the body's top down (the text's first third is of the whole text).
    top = body[: max(0, (len(body) + above) // 3 - above)].casefold()
    # One credential an item of a resume line: "BLS for Healthcare Providers (CPR)" is
    # one card, named by its longer name; "BLS, ACLS, PALS" are three.
    per_line: dict[str, tuple[bool, int, str, str]] = {}
    seen: set[str] = set()
    for order, (raw, kind, name) in enumerate(matched):
        term = raw.strip(" .;:-–—")
        if not _a_credential(kind, name) or name in seen or not term or (
                len(term) > _CREDENTIAL_CHARS):
            continue
        if _a_held_state(term) and not _alone_on_its_line(resume, term):
            continue  # "Helped two new hires get ServSafe certified": theirs (review25 T4)
        if (_DATED.search(term) or not _a_held_name(term) or term.casefold() in top
                or not phrase_in(body, term) or not _written_as_held(resume, term)
                or not _stated_as_held(body, term) or _a_course_of(body, term)):
            continue
        hits = vocabulary.find(term)
        if len(hits) != 1 or hits[0].skill.name != name or hits[0].end - hits[0].start != len(
                term):
            continue  # only a name the vocabulary reads whole as this credential
        line = next((ln for ln in body.splitlines() if phrase_in(ln, term)), "")
        found = vocabulary.find(line)
        if not any(h.skill.name == name and h.surface.casefold() == term.casefold()
                   for h in found):
            continue  # "OSHA" inside "OSHA 10-Hour": the line names another card
        if _names_whose(line, term, name, found) or _a_grantor(line, term, name, found):
            continue  # "OSHA Bloodborne Pathogens training": the course is what is held
        seen.add(name)
        if kind != "certification" and not any(w.isupper() and len(w) > 1 for w in term.split()):
            term = term.lower()  # "Driver's license" opened a list item: a common noun
        where = next((item for ln in body.splitlines()
                      for item in split_skill_line(ln).items if phrase_in(item, term)), "")
        rank = (not required.get(name, True), order, term, name)
        kept = per_line.get(where)
        if kept is None or len(term) > len(kept[2]):
            per_line[where] = rank if kept is None else (min(kept[0], rank[0]),
                                                         min(kept[1], order), term, name)
    named = sorted(per_line.values())
    return [_by_initials(term, name, body, vocabulary)
            for _optional, _order, term, name in named][:MOST_CREDENTIALS]


def _names_whose(line: str, term: str, name: str, found: Sequence[SkillHit]) -> bool:
    """Does ``line`` write ``term`` right before the name of another skill the
    vocabulary reads there ("OSHA Bloodborne Pathogens training, 2025")? The letters
    say whose course or card it is; "Holds OSHA." would name a body as held."""
    at = line.casefold().find(term.casefold())
    if at < 0:
        return False
    after = at + len(term)
    rest = line[after:]
    gap = len(rest) - len(rest.lstrip(" \t-"))
    return gap > 0 and any(h.start == after + gap and h.skill.name != name for h in found)


# Between a credential's letters in brackets and the body that granted it: "(PBT), ".
_AFTER_GLOSS = re.compile(r"\)[ \t]*,[ \t]*")
# What follows a grantor's name: the line's end, or the year it was granted.
_GRANT_END = re.compile(r"[ \t]*(?:$|[,–—-][ \t]*(?:\d{4}|current|active)\b)", re.IGNORECASE)


def _a_grantor(line: str, term: str, name: str, found: Sequence[SkillHit]) -> bool:
    """Does ``line`` write ``term`` as who granted the credential before it: after that
    credential's letters in brackets and a comma, and before the year or the line's end
    ("Phlebotomy Technician (PBT), ASCP, 2021")? "Holds ASCP." would name a society as
    the card. A list of cards ("BLS, ACLS, PALS", "Basic Life Support (BLS), ACLS") names
    each card by its own letters, not by a body's letters before "Certification"."""
    at = line.casefold().find(term.casefold())
    # The body's own letters: its credential is named after it ("ASCP Certification"),
    # where a card's letters stand for the card ("ACLS": Advanced Cardiovascular …).
    if at <= 0 or not name.casefold().startswith(term.casefold()) or not _GRANT_END.match(
            line, at + len(term)):
        return False
    return any(h.skill.kind == "certification" and h.skill.name != name and h.end <= at
               and _AFTER_GLOSS.fullmatch(line, h.end, at) for h in found)


# A licence the vocabulary files as a skill ("Driver's License"): held like a card, and
# looked for at the top by the reader of a posting that requires it (a service driver's,
# a home health aide's, an electrician's).
_LICENCE_NAME = re.compile(r"\blicen[cs]e\b", re.IGNORECASE)


def _a_credential(kind: str, name: str) -> bool:
    """Is a matched skill something one holds: a certification, or a licence filed as a
    skill?"""
    return kind == "certification" or (kind == "hard" and bool(_LICENCE_NAME.search(name)))


# Words in a credential's line that say it is not held now: denied ("No driver's
# license"), lapsed ("suspended until 2027", "expired"), or still ahead ("expected",
# "in progress", "working toward", "learner's permit", "will obtain").
_NOT_HELD = re.compile(
    r"\b(?:no|not|without|never|none|suspended|revoked|expired|lapsed|inactive|pending|"
    r"expected|anticipated|in progress|working toward|towards?|learner['’]?s? permit|"
    r"applying|applied|obtain|obtaining|will|soon|eligible|enrolled)\b",
    re.IGNORECASE)


# A course's noun after a giver's name: "Court of Master Sommeliers Introductory course",
# "Red Cross babysitting class". What such a line names was taken, not held.
_COURSE_AFTER = re.compile(r"(?:\s+[\w'’-]+)?\s+(?:course|class|workshop|seminar)s?\b",
                           re.IGNORECASE)


def _a_course_of(body: str, term: str) -> bool:
    """Is ``term`` written only as the name of who gave a course ("Court of Master
    Sommeliers Introductory course, 2021")? "Holds Court of Master Sommeliers" would
    name an institution as a card; the line the resume wrote stays where it is."""
    at = body.find(term)
    found = False
    while at >= 0:
        if not _COURSE_AFTER.match(body, at + len(term)):
            return False
        found = True
        at = body.find(term, at + 1)
    return found


def _stated_as_held(body: str, term: str) -> bool:
    """Is ``term`` written in a line of ``body`` that says nothing against holding it
    (``_NOT_HELD``, or the readers every credential match answers to)? "Holds" is
    said only of a credential the resume states it holds; in doubt it is left out."""
    want = term.casefold()
    for line in body.splitlines():
        at = line.casefold().find(want)
        if at < 0:
            continue
        if not (_NOT_HELD.search(line) or not_yet_held(line, at, at + len(term))
                or not_done(line, at)):
            return True
    return False


# Sections whose lines are a person's own doings: a credential's letters in them may
# name a thing the work used ("installed EMT conduit"), not a card held.
_DEED_SECTIONS = frozenset({"experience", "projects", "volunteering"})
_CARD_WORD = re.compile(
    r"\b(?:certif\w*|licen[cs]\w*|registered|registration|card|credential\w*|permit"
    r"|endorse\w*|renewed|current|active|holder|valid|expires?)\b", re.IGNORECASE)


def _written_as_held(resume: ParsedResume, term: str) -> bool:
    """Whether the resume writes ``term`` as a credential it holds: in a line of its
    credentials, skills, summary, schooling or contact, in a role's title, or in a deed
    that names it a card ("Renewed my EMT certification"). Only in a line of work it is
    a thing the work used ("Bent and installed EMT conduit"), and "Holds EMT." would
    claim a card the resume never names."""
    for section in resume.sections:
        for entry in section.entries:
            if section.kind not in _DEED_SECTIONS:
                lines: Sequence[str] = (*entry.header, *entry.bullets)
            else:
                if any(phrase_in(line, term) for line in entry.header):
                    return True
                lines = [line for line in entry.bullets if _CARD_WORD.search(line)]
            if any(phrase_in(line, term) for line in lines):
                return True
    return False


_GLOSS = re.compile(r"\s*\(([A-Z]{2,6})\)")
_NOUN_AFTER = re.compile(r"\s+(credential|certificate|certification|license|licence|card)s?\b",
                         re.IGNORECASE)


def _by_initials(term: str, name: str, body: str, vocabulary: Vocabulary) -> str:
    """A credential named as its holder is called ("Child Development Associate",
    "Certified Occupational Therapy Assistant") reads as a person held after "Holds":
    it is named with the noun the resume writes after it ("Child Development Associate
    (CDA) credential" -> "Child Development Associate credential"), else by the
    initials the resume glosses it with ("(COTA)" -> "COTA"), as a reader knows it.
    A name that says what it is ("Fundamental Payroll Certification") stays."""
    at = body.find(term)
    if at < 0 or _HELD_NOUN.search(term):
        return term
    after = at + len(term)
    gloss = _GLOSS.match(body, after)
    noun = _NOUN_AFTER.match(body, gloss.end() if gloss else after)
    if noun is not None:
        return f"{term} {noun.group(1)}"
    if gloss is None:
        return term
    letters = gloss.group(1)
    initials = "".join(w[0] for w in _NAME_WORD.findall(term)
                       if w.casefold() not in SMALL_WORDS).upper()
    hits = vocabulary.find(letters)
    if initials != letters or len(hits) != 1 or hits[0].skill.name != name:
        return term  # another skill's letters too ("CDA" is also a dental assistant)
    return letters


def _with_article(card: str) -> str:
    """ "a driver's license", "a forklift certification": a thing held named in lower
    case is a common noun, which English says with its article; a name ("BLS",
    "ServSafe Food Handler") or a plural ("CPR and First Aid certifications") takes none."""
    if not card[:1].islower() or card.endswith("s"):
        return card
    return ("an " if card[0] in "aeiou" else "a ") + card


def _sentence(title: str | None, span: str, repeat: bool, skills: Sequence[str],
              languages: Sequence[str], held: Sequence[str] = (),
              listable: Callable[[str], bool] | None = None,
              told: Collection[str] = (), degrees: Sequence[str] = (),
              keyed: Collection[str] = ()) -> str:
    """The line itself: "Title with N years of experience in a, b and c.", a short list
    of more key skills when there are more than the sentence holds (``keyed`` only
    there), and short sentences for the degrees asked for, the credentials held and the
    languages spoken; empty when there is nothing to say."""
    named, key = split_named(skills, listable, told, keyed)
    listed = _listed(named)
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
    if key and text:
        text = f"{text[0].upper() + text[1:]}. Key skills: {', '.join(key)}"
    if degrees:
        # A degree as the resume writes it ("B.S., Mathematics"): its own short
        # sentence, after the work and before the cards (degree_note.py).
        schooled = degree_sentence(degrees)
        text = f"{text[0].upper() + text[1:]}. {schooled}" if text else schooled
    # "Certified Pharmacy Technician", "Registered Nurse": the holder's own title, which
    # "Holds" cannot take, is a sentence of its own, as a resume writes it.
    titles = [h[:1].upper() + h[1:] if _a_held_state(h) else h for h in held
              if (_HOLDER.match(h) or _a_held_state(h)) and not _HELD_NOUN.search(h)]
    held = [h for h in held if not _a_held_state(h)]
    cards = [h for h in held if h not in titles]
    if cards:
        holds = f"Holds {_listed([_with_article(c) for c in cards])}"
        text = f"{text[0].upper() + text[1:]}. {holds}" if text else holds
    for held_title in titles:
        text = f"{text[0].upper() + text[1:]}. {held_title}" if text else held_title
    if languages:
        # What one speaks is no experience "in": its own short sentence, naming the
        # languages as the resume does (how well is the resume's to say).
        spoken = _listed(languages)
        text = f"{text[0].upper() + text[1:]}. Speaks {spoken}" if text else f"Speaks {spoken}"
    if not text:
        return ""
    return text[0].upper() + text[1:] + "."


# calm_title, is_deed and summary_term moved to naming.py; still importable from here.
__all__ = ["build_summary", "calm_title", "is_deed", "is_real_title", "line_title", "short_title",
           "stated_years", "summary_term"]
