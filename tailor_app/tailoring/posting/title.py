"""The job title and the employer a posting names, from its cleaned lines and units.

Split from ``posting_sections`` (which cuts the posting up) because naming the
job is a separate question with its own cues: a "Job title:" label, a first line
that reads like a title ("18F - UX Designer"), "we're hiring a Registered Nurse";
and for the employer only phrasings that leave no doubt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from tailor_app.tailoring.alternation import _branches
from tailor_app.tailoring.caseless import folded, occurrences
from tailor_app.tailoring.posting.headings import classify_heading, is_caps, word_set
from tailor_app.tailoring.posting.sections import SplitPosting
from tailor_app.tailoring.text_memo import per_text

__all__ = ["TITLE_NOUNS", "find_company", "find_title", "is_job_noun", "is_person_noun",
           "role_nouns", "title_of_line", "without_company"]

_NOUNS = (
    r"engineer|developer|d[ée]veloppeu(?:r|se)|ing[ée]nieur|nurse|manager|accountant|teacher"
    r"|designer|specialist|analyst|executive|representative|coordinator|director|assistant"
    r"|associate|officer|consultant|administrator|technician|lead|architect|scientist|intern"
    r"|clerk|supervisor|programmer|sre|bookkeeper|auditor|controller|instructor|tutor|educator"
    r"|therapist|pharmacist|physician|writer|editor|strategist|marketer|recruiter|advisor"
    r"|adviser|agent|operator|mechanic|electrician|planner|buyer|cashier|researcher|counsel(?:l)?or"
    r"|paralegal|attorney|head|president|chief|principal|fellow|owner|gestionnaire|conseill[eè]re?"
    r"|technologist|practitioner|aide|machinist|welder|driver|receptionist|secretary"
    r"|attendant|ironworker|fabricator|housekeeper|server|bartender|cook|chef|hygienist"
    r"|dispatcher|estimator|inspector|installer|plumber|carpenter|rep|partner"
    r"|pipefitter|millwright|roofer|painter|labou?rer|foreman|superintendent|caregiver"
    r"|custodian|janitor|landscaper|groundskeeper|steward|nanny|generalist|underwriter"
    r"|adjuster|appraiser|teller|dietitian|phlebotomist|sonographer|radiographer|paramedic"
    r"|librarian|surveyor|drafter|barista|baker|dishwasher|porter|translator|interpreter"
    r"|investigator|dentist|optician|merchandiser|courier|assembler|apprentice|helper"
    r"|stocker"
    # The licences that name the nurse or aide who holds them: "Night Shift RN".
    r"|rn|lpn|lvn|cna|stna|emt|cma|crna"
)
# Nouns that end a person's title ("Room Attendant"): a skill named by one names
# people, not an ask (see posting/analyse.py).
TITLE_NOUNS = re.compile(rf"\b(?:{_NOUNS})s?\b", re.IGNORECASE)
# A posting's title line may also end with nouns that, inside a skill's name, name a
# thing ("Task Scheduler", "GitLab Runner", "Word Processor"), so they serve only to
# recognise the title: "Child Welfare Caseworker", "Material Handler". ("Tech" is
# left out: "Tech Solutions" is more often a company than "Pharmacy Tech" a title.)
_TITLE_NOUNS = re.compile(
    rf"\b(?:{_NOUNS}|caseworker|worker|handler|picker|packer|loader|sorter|trainer"
    r"|coach|advocate|navigator|liaison|facilitator|organizer|scheduler|processor|collector"
    r"|examiner|biller|coder|transcriptionist|host|hostess|busser|runner|valet|concierge"
    r"|selector"
    r"|guard|lifeguard|cleaner|mover|midwife|sitter|holder|keyholder|captain|houseperson"
    # Common jobs of schools, trades, hotels and sales floors that name a person.
    r"|paraprofessional|paraeducator|para|professor|lecturer|dean|registrar|interventionist"
    r"|mentor|lineman|lineworker|rigger|glazier|mason|bricklayer|framer|boilermaker"
    r"|bellhop|bellman|bellperson|barback|sommelier|expeditor|scribe|doula|sdr|bdr|csr"
    # Banks, salons, clinics, labs and studios.
    r"|banker|broker|realtor|stylist|cosmetologist|barber|esthetician|groomer|veterinarian"
    r"|surgeon|psychologist|audiologist|optometrist|chiropractor|actuary|economist"
    r"|statistician|chemist|biologist|firefighter|photographer|videographer|illustrator"
    r"|animator|copywriter|florist|butcher|jeweler)s?\b",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(
    r"^(?:job\s+title|position(?:\s+title)?|title|role|job|poste|job description|opening)"
    r"\s*[:–—-]\s*(.{3,100})$", re.IGNORECASE,
)
# The same label in a company's own words: "The role: Middle School Math Teacher (Grades
# 7-8)", "Your role: Night Auditor". Its rest must read as a name (capitalised words,
# figures and small joining words up to a bracket or a dash), since such a line as often
# tells the job in a sentence ("The role: Support our manager with email campaigns").
_THE_ROLE_LABEL = re.compile(
    r"^(?:the|your|this|our)\s+(?:role|position|job|opening)\s*[:–—-]\s*"
    r"((?-i:[A-Z])[\w&/'’.-]*(?:\s+(?:(?-i:[A-Z0-9])[\w&/'’.-]*|of|and|&|for|in|the|to|/))*"
    r"(?:\s*[(–—-].{0,60})?)$", re.IGNORECASE)
# "Company: Harbor Drug", "Employer | Lakeview Inn": a job board's or a form's own label.
_COMPANY_LABEL = re.compile(
    r"^(?:company|employer|organi[sz]ation|company\s+name|hiring\s+(?:company|organi[sz]ation))"
    r"\s*[:|]\s*(.{2,80})$", re.IGNORECASE)
_FORM_GAP = re.compile(r"\s{2,}(?=\S[^:]{0,30}:)")
_HIRING = re.compile(
    r"(?:\b(?:we(?:'|’)?re|we are|is|are|now)\s+(?:currently\s+)?|^\W*)"
    r"(?:hiring|looking for|seeking|recruiting)"
    r":?\s+(?:for\s+)?(?:an?\s+|our\s+(?:next\s+)?)?(.{3,90}?)"
    r"(?=\s+(?:to|who|with|for|at|in|on|that|-|–)\b|[.,;:!(]|$)",
    re.IGNORECASE,
)
# A bracket with a number ("(Req 1234)"), a grade ("GS-13") or three words or more
# ("(Bilingual Arabic or Spanish)"): the job's details, not its title.
_TITLE_TAIL = re.compile(r"\s*\((?=[^)]*\d)[^)]*\)|[\s,–—-]*\bGS-?\d+\b.*$"
                         r"|\s*\((?:[^()\s]+\s+){2,}[^()]*\)\s*$")
_NAME = r"[A-Z0-9][\w&.'’-]*(?:\s+(?:of|and|&|\+|de|du)\s+[A-Z][\w&.'’-]*|\s+[A-Z][\w&.'’-]*){0,4}"
# "At Acme, we", "Acme is hiring" (opening the text or a sentence), "join Acme as".
# Each pattern opens with a literal so the search can skip to it ("A(?<!\wA)t" is "\bAt");
# the sentence-opening one is two patterns, one for the text's start and one after a
# full stop, used together by _company_matches.
_AT_NAME = re.compile(rf"A(?<!\wA)t ({_NAME}),\s+(?:we|our)\b")
# "Mesa Ironworks in Albuquerque is hiring": the place between the name and its verb.
_IN_PLACE = r"(?:\s+(?:in|near)\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][A-Z]\b|\s+[A-Z][\w.'’-]*)?)?"
_NAME_IS = rf"({_NAME})(?:\s+\([^)]{{1,15}}\))?{_IN_PLACE}\s+(?:is|are)\s+(?:currently\s+)?" + (
    r"(?i:hiring|seeking|looking for|recruiting|proud to be|an equal)")
_OPENING_NAME_IS = re.compile(_NAME_IS)
_SENTENCE_NAME_IS = re.compile(rf"[.!?:]\s+{_NAME_IS}")
# "Lead teacher wanted at Little Acorns Learning Center!": the employer after the job.
# Its words hold no full stop: "needed at Bella Cucina. You will ..." ends the name.
_WANTED_AT = re.compile(
    r"\b(?:wanted|needed) at ([A-Z0-9][\w&'’-]*(?:\s+(?:of|and|&)\s+[A-Z][\w&'’-]*"
    r"|\s+[A-Z][\w&'’-]*){0,4})")
_JOIN_NAME = re.compile(rf"j(?<!\wj)oin(?:ing)? ({_NAME})(?:['’]s)? (?:as|team|in)\b")
# "We're Quillstack — we build …", "We are Fernwood, a 60-person fintech": the company
# introducing itself by name, set off by a dash or a comma ("We're Hiring" is no name:
# its word is in ``_NOT_COMPANY``).
# ("W(?<![\w'’]W)" for "(?<![\w'’])W": ``re`` skips to the capital.)
_WE_ARE_NAME = re.compile(rf"W(?<![\w'’]W)e(?:['’]re| are) ({_NAME})(?=\s*[—–,]|\s+-\s)")
_NOT_COMPANY = word_set(
    "we our the this it you they candidates applicants company team employer organization "
    "us about role position job who why successful as at in for with if when all these those "
    "each every position you'll you’ll you're you’re you've you’ve we're we’re we've we’ve "
    "hiring looking seeking growing excited proud thrilled building "
    "we'll we’ll i'm i’m"
)
# The subject opening an "about" paragraph: "Brightwave builds ...", "The Canadian
# Digital Service (CDS) is ...". Trusted only when the name recurs in the posting.
_SUBJECT = re.compile(rf"^(?:The\s+)?({_NAME})(?:\s+\([^)]{{1,15}}\))?\s+[a-z]")
_SMALL_WORDS = word_set("of and the for in on at to a an or with")


def is_job_noun(word: str) -> bool:
    """Is ``word`` a noun that names a person's job ("Interventionist", "coordinators")?"""
    return _TITLE_NOUNS.fullmatch(word) is not None


def role_nouns(title: str | None) -> frozenset[str]:
    """The nouns of a job's title that name the person, lower-cased and singular
    ("Programs Coordinator": coordinator; "Dispatcher / Load Planner": dispatcher,
    planner). A sentence whose subject is one of them ("The Coordinator recruits and
    trains volunteers") tells the job's duties as "you will" does."""
    if not title:
        return frozenset()
    out = set()
    for word in re.findall(r"[A-Za-z]+", title):
        low = word.lower()
        if _TITLE_NOUNS.fullmatch(low):
            out.add(low[:-1] if low.endswith("s") and _TITLE_NOUNS.fullmatch(low[:-1])
                    else low)
    return frozenset(out)


# The same test, fast: on the lower-cased text (``caseless.folded``, where it stands in)
# without IGNORECASE, each branch opening with its letter ("x(?<!\wx)" is "\bx"), so
# that ``re`` skips ahead to the letters that open a noun instead of trying some 200
# branches at every character. Asked of every title-like line and last word.


def _lower_led(pattern: str) -> re.Pattern[str]:
    body = pattern.removeprefix(r"\b(?:").removesuffix(r")s?\b")
    branches = _branches(body)
    if not all(b[:1].isascii() and b[:1].islower() for b in branches):
        raise ValueError("every title noun must open with a lower-case letter")
    return re.compile("(?:" + "|".join(f"{b[0]}(?<!\\w{b[0]}){b[1:]}" for b in branches)
                      + r")s?\b")


_TITLE_NOUNS_LOW = _lower_led(_TITLE_NOUNS.pattern)


def _title_noun_in(text: str) -> bool:
    """``_TITLE_NOUNS.search(text)``: does ``text`` name a person's job?"""
    low = folded(text)
    if low is None:
        return _TITLE_NOUNS.search(text) is not None
    return _TITLE_NOUNS_LOW.search(low) is not None


_PERSON_NOUNS_LOW = _lower_led(TITLE_NOUNS.pattern)


def is_person_noun(word: str) -> bool:
    """``TITLE_NOUNS.fullmatch(word)``, fast as ``_is_title_noun`` is: does the word
    name a person by a job ("nurses", "Technician")?"""
    low = folded(word)
    if low is None:
        return TITLE_NOUNS.fullmatch(word) is not None
    return _PERSON_NOUNS_LOW.fullmatch(low) is not None


def _is_title_noun(word: str) -> bool:
    """``_TITLE_NOUNS.fullmatch(word)``."""
    low = folded(word)
    if low is None:
        return _TITLE_NOUNS.fullmatch(word) is not None
    return _TITLE_NOUNS_LOW.fullmatch(low) is not None


def _title_case(text: str) -> str:
    """ "IT PROJECT MANAGER" -> "IT Project Manager": two-letter words stay acronyms."""
    words = []
    for i, w in enumerate(text.split()):
        if not is_caps(text) and sum(c.isupper() for c in w) > 1:
            words.append(w)  # "ESL" in "part-time ESL instructor" stays as written
        elif len(w) <= 2 and w.isalpha() and w.lower() not in _SMALL_WORDS:
            words.append(w)
        elif w.lower() in _SMALL_WORDS and i:
            words.append(w.lower())
        else:
            # "(COMMERCIAL)" -> "(Commercial)": the first letter, after any bracket.
            lead = len(w) - len(w.lstrip("([\"'“‘"))
            words.append(w[:lead] + w[lead:].capitalize())
    return " ".join(words)


_LEADING_SYMBOLS = re.compile(r"^[^\w(\[\"'“‘]+")


def _trim_title(candidate: str) -> str | None:
    # "SHIPPING LEAD (1ST SHIFT) -- Orchard Ridge Foods": a typed dash is a dash.
    t = _TITLE_TAIL.sub("", candidate.replace(" -- ", " – ")).strip(" -–—:|,")
    # "🏥 Patient Access Representative", "★ Line Cook": a careers page's symbol, no word.
    t = _LEADING_SYMBOLS.sub("", t)
    if t.count("(") > t.count(")"):
        # "Flatbed CDL-A Driver (Regional": a bracket the line's wrap left open.
        t = t[:t.rfind("(")].strip(" -–—:|,")
    if len(t.split()) > 9 and re.search(r"\s[-–—|]\s", t):
        # "Dental Assistant (Full Time) — Cedar Hills Family Dentistry, Beaverton, OR",
        # "Bank Teller - Granite State Credit Union - Nashua, NH": the part that names
        # a job, the employer and the place cut off.
        parts = [p.strip() for p in re.split(r"\s[-–—|]\s", t) if _title_noun_in(p)]
        t = parts[0] if parts else t
    if not t or len(t.split()) > 9 or not _title_noun_in(t):
        return None
    if is_caps(t) or t.islower() or t[:1].islower():
        t = _title_case(t)  # "part-time ESL instructor" -> "Part-Time ESL Instructor"
    last = t.split()[-1]
    if last.endswith("s") and _is_title_noun(last) and _is_title_noun(last[:-1]):
        t = t[: len(t) - 1]  # "we're hiring Structural Welders" names one job
    at = re.search(r"\sat\s+(?:the\s+)?[A-Z]", t)
    if at and _title_noun_in(t[: at.start()]):  # "Line Cook at Saltgrass Kitchen"
        t = t[: at.start()].strip()
    head = t.split(",", 1)[0]
    if "," in t and _title_noun_in(head):  # "Account Executive, Mid-Market"
        t = head.strip()
    if " - " in t or " – " in t or " | " in t:  # "18F - UX Designer", "Acme | Nurse"
        parts = [p.strip() for p in re.split(r"\s[-–|]\s", t) if _title_noun_in(p)]
        t = parts[0] if parts else t
    if ":" in t:  # "Login.gov: Product Manager"
        head, _, tail = t.partition(":")
        if _title_noun_in(tail) and not _title_noun_in(head):
            t = tail.strip()
    if is_caps(t):  # "ELECTRICIAN (COMMERCIAL) - Northway Electric": capitals once cut
        t = _title_case(t)
    return t or None


# A paragraph opening with the job and "wanted" or "needed": "Early childhood lead
# teacher wanted at Little Acorns!", "Experienced line cook needed for a busy bistro".
_WANTED = re.compile(r"^\W*((?:[\w'’&/-]+\s+){0,6}?[\w'’&/-]+)\s+(?:wanted|needed)\b",
                     re.IGNORECASE)


# Words that praise the person wanted, no part of the job's name.
_PRAISE = word_set("experienced skilled friendly reliable motivated energetic dedicated "
                   "talented hardworking hard-working enthusiastic caring passionate")


def _title_from_wanted(text: str) -> str | None:
    m = _WANTED.match(text)
    if m is None:
        return None
    words = m.group(1).split()
    while len(words) > 1 and words[0].lower() in _PRAISE:
        words.pop(0)
    # Written in a sentence's case: "Early childhood lead teacher" -> title case.
    candidate = " ".join(words)
    if len(words) > 1 and any(w.islower() for w in words[1:]):
        candidate = candidate[:1].lower() + candidate[1:]
    return _trim_title(candidate)


def _title_from_hiring(text: str) -> str | None:
    m = _HIRING.search(text)
    if not m:
        return None
    words = m.group(1).split()
    # Keep the capitalised tail: "talented and experienced Java Developer" -> "Java Developer".
    tail: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() or w[:1].isdigit() or (tail and w.lower() in {"of", "and", "&"}):
            tail.append(w)
        else:
            break
    candidate = " ".join(reversed(tail)) or m.group(1)
    if not tail and len(words) > 5:
        return None
    return _trim_title(candidate)


def _names_section(line: str) -> bool:
    """Does the line name a section ("Benefits")? Words in brackets are the job's extras:
    "HVAC Technician (Top Pay + Truck)" is still a title, and so is a short line ending
    in a job noun, whatever its first words name."""
    bare = _BRACKETS.sub(" ", line).strip(" -–—:|")
    for part in re.split(r"\s[-–—|]\s|,\s", bare):
        words = part.split()
        if words and len(words) <= 6 and _is_title_noun(words[-1]):
            return False  # "Benefits Coordinator", "Real Estate Analyst – Leasing": a job
    return classify_heading(bare) is not None


# "Patient Access Representative — Mercy Ridge Hospital", "Payroll Specialist | Fenwick
# Foods": beside the title, a name closing on a word for an employer. Words for a kind of
# work ("Construction", "Services", "Treatment") are left out: "Electrician – Commercial
# Construction" names the job's specialty.
_ORGANISATION_END = re.compile(
    # Words that also name a specialty ("– Home Health", "– Retail Pharmacy", "–
    # Manufacturing", "– Logistics") are left out.
    r"\s(?:Hospital|Clinic|Center|Centre|Electric|Foods|Bakery|Cafe|Café|Restaurant"
    r"|Hotel|Inn|Resort|Bank|Credit Union|Builders|Contractors|Freight|Industries"
    r"|Supply|Distributors|Company|Co\.?|Corp\.?|Corporation|Inc\.?|LLC|Ltd\.?"
    r"|Partners|Associates|Schools|School District|University|College|Library|Museum"
    r"|County|Foundation|LLP|PLLC|L\.?P\.|P\.?C\.|P\.A\.|Law Group|Law Firm"
    r"|Law Offices?|Medical Group)$")
# A title, a comma and a name that ends its sentence or line: "Office Assistant
# (Part-Time), Greenleaf Veterinary Hospital. We're a four-doctor …".
_EMPLOYER_AFTER_COMMA = re.compile(r"[^,.;:\n]{3,80},[ \t]+([A-Z][^,.;:\n]{2,60}?)(?=\.[ \t]|\.?$)")
# The part of an employer a job sits in, not the employer: "Facilities Department".
_A_UNIT_OF = re.compile(r"\s(?:Department|Dept\.?|Division|Unit|Team|Office|Ward|Floor)$")
# A specialty said again in the body: "Dermatology experience", "English Composition
# I and II", "teach Algebra".
_SPECIALTY_AFTER = re.compile(
    r"[ \t]+(?:experience|background|knowledge|skills?|courses?|classes|sections?"
    r"|certification|patients|I{1,3}\b|\d)", re.IGNORECASE)
_SPECIALTY_BEFORE = re.compile(r"\b(?:teach(?:ing)?|in|of|with)[ \t]+$", re.IGNORECASE)
def _said_as_specialty(name: str, whole: str) -> bool:
    """Is the name said again in the body, and only as a specialty is ("Dermatology
    experience preferred", "Teach English Composition I and II"), never as an employer?"""
    said = occurrences(name, whole) if name else [m.span() for m in re.finditer("", whole)]
    later = said[1:]
    return bool(later) and all(
        _SPECIALTY_AFTER.match(whole, b)
        or _SPECIALTY_BEFORE.search(whole, max(0, a - 20), a)
        for a, b in later)


_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_BODY_KINDS = frozenset({"requirements", "responsibilities", "preferred"})


def _opens_the_body(line: str) -> bool:
    """A first line naming the job's duties or requirements: the paste starts in the
    posting's body, so no line after it is the title. ("Job Description" or "About
    the role" may still stand above one.)"""
    words = line.split()
    return len(words) <= 4 and not _is_title_noun(words[-1].strip(":")) \
        and classify_heading(line.strip(" :")) in _BODY_KINDS


def title_of_line(line: str) -> str | None:
    """The job title a short line reads as ("18F - UX Designer" -> "UX Designer"), or None."""
    if len(line) > 120 or line[-1:] in ".!?" or _names_section(line):
        return None
    return _trim_title(line)


_LABELLED = re.compile(r"^[^:]{1,30}:\s")
_BREADCRUMB = re.compile(r"\S\s+[>»›]\s+\S.*\s[>»›]\s")
# A job board's search box pasted with the posting: "What: sales representative
# Where: Fort Collins, CO  Find jobs" holds the words the user searched, no title.
_SEARCH_BOX = re.compile(r"\b(?:what|keywords?|job title)\s*:.*\b(?:where|location)\s*:",
                         re.IGNORECASE)
_TOP_LINES = 8


_OPENING = re.compile(r"^(.{3,120}?)(?:[.:;!?](?=\s)|\s[-–—]\s+(?=[a-z]))")


def _opening_title(paragraph: str) -> str | None:
    """A one-paragraph posting that opens with its title: "Inside Sales Representative,
    Keystone Supply (Allentown, PA). Keystone has ..." or "Line Cook at Saltgrass
    Kitchen - we're a busy ..." The words before the first stop (or a dash before a
    sentence) must be set like a title (capitalised words), not a sentence."""
    m = _OPENING.match(paragraph)
    if not m:
        return None
    head = m.group(1).strip()
    words = [w for w in re.findall(r"[^\W\d_][\w'’&/-]*", _BRACKETS.sub(" ", head))
             if w.lower() not in _SMALL_WORDS]
    if not words or len(head.split()) > 14:
        return None
    if sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return None
    return _trim_title(head)


def _top_title(lines: list[str]) -> tuple[int, str] | None:
    """(index, title) of the first of the posting's top lines that reads as a title
    (the title and the company readers both ask it of the same lines: read once, by
    the top lines, the only ones it reads, ``text_memo``).

    A paste from a job board opens with what the chrome filter could not tell from
    the posting: a breadcrumb, a line of stars and reviews, "Hiring 2 candidates".
    None of them reads as a title (a short line naming a job), so the first line
    that does is the title, as long as it comes before the posting's body: the first
    section heading or long paragraph ends the search. A labelled line ("Reports to:
    Director of Nursing") names someone else's job.
    """
    return _top_lines_title(tuple(lines[:_TOP_LINES]))


@per_text()
def _top_lines_title(lines: tuple[str, ...]) -> tuple[int, str] | None:
    for k, line in enumerate(lines):
        if len(line.split()) > 25 and k == 0 and (t := _opening_title(line)):
            return k, t
        if len(line.split()) > 25 or (k and _names_section(line)):
            return None
        if not k and _opens_the_body(line):
            return None  # "Requirements" first: a paste of the body, its lines no title
        if k and _LABELLED.match(line):
            continue
        if _BREADCRUMB.search(line) or _SEARCH_BOX.search(line):
            continue  # "Jobs > Education > Paraprofessional": where the board filed it
        if line[-1:] in ".!?" or _names_section(line):
            continue
        t = _trim_title(line)
        if t:
            return k, t
    return None


def find_title(split: SplitPosting) -> str | None:
    """The job title when the posting names it: a "Job title:" label, a first line or a
    Markdown title that reads like one, or "we're hiring a Registered Nurse"."""
    head = split.lines[:15]
    for line in head:
        m = _TITLE_LABEL.match(line) or _THE_ROLE_LABEL.match(line)
        # A form's header sets two labelled cells on one line, apart by a wide gap
        # ("Position Title: Kitchen Manager      FLSA Status: Exempt"): the title is
        # its own cell only.
        if m and (t := _trim_title(_FORM_GAP.split(m.group(1), 1)[0])):
            return t
    candidate = split.first_md_heading
    if candidate and candidate[-1:] not in ".!?" and not _names_section(candidate):
        t = _trim_title(candidate)
        if t:
            return t
    top = _top_title(split.lines)
    if top is not None:
        return top[1]
    # A job board's summary block (pay, type, benefits) above "Full job description":
    # the employer's text, and its title line, start after that line.
    board = next((k for k, line in enumerate(split.lines[:40])
                  if line.strip(" :").casefold() == "full job description"), None)
    if board is not None:
        top = _top_title(split.lines[board + 1:])
        if top is not None:
            return top[1]
    for unit in split.units[:12]:
        t = _title_from_hiring(unit.text) or _title_from_wanted(unit.text)
        if t:
            return t
    return None


def without_company(title: str, company: str) -> str:
    """ "LINE COOK — The Copper Pot, Asheville NC" -> "Line Cook": a title line that
    goes on, after a dash or a bar, with the employer's name. Only the employer's name
    found elsewhere cuts it, since what follows a dash may as well be the job's own
    specialty ("Litigation Paralegal — Energy & Commercial Litigation")."""
    name = company.split(",")[0].strip()  # "The Brass Kettle, Bend OR": its place
    m = re.search(rf"\s[-–—|]\s+{re.escape(name)}(?!\w)", title) if name and name in title \
        else None
    if not m or not _title_noun_in(title[: m.start()]):
        return title
    head = title[: m.start()].strip()
    return _title_case(head) if is_caps(head) else head


def _names_job(name: str) -> bool:
    """A job noun among the words, but for a firm's plural ("Lakeshore Health Partners",
    "Brandt Associates"): such a name is a job's, not an employer's."""
    words = name.split()
    return any(_is_title_noun(w.strip(",.")) and not (
        k == len(words) - 1 and k and w.endswith("s")) for k, w in enumerate(words))


# "Naperville, IL · Full-time": a place, not the employer, on the line under a title.
# A city and its state's letters: "Denver, CO" (a lone dash, "Juniper Table - Denver,
# CO", parts a name from its place).
_PLACE = re.compile(r"^[A-Z][\w.'’-]*(?: [\w.'’][\w.'’-]*){0,4},\s*[A-Z]{2}\b")
# "Juniper Table, Asheville NC", "Blue Ridge Inn — Boone, NC": a name, then a city and
# its state's letters, and nothing more.
# A practice named for its specialty, on a line of its own under the title: "Parkside
# Pediatrics", "Cascade Dermatology" (after a title's dash the same word is the job's
# specialty, "Nurse – Pediatrics": only the line under it is read so).
_PRACTICE_END = re.compile(
    r"\s(?:Pediatrics|Dentistry|Dermatology|Orthodontics|Chiropractic|Optometry|Podiatry"
    r"|Orthopedics|Orthopaedics|Cardiology|Oncology|Urology|Audiology|Eye Care|Vision"
    r"|Smiles|Veterinary|Animal Hospital|Physical Therapy|Family Medicine)$")
# A company's legal form after a comma: "Apex Electrical Contractors, Inc.".
_LEGAL_TAIL = re.compile(r",\s*(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|Co\.|LLP|PLLC|P\.?C\.)")
# ", Wenatchee, WA" closing a name: its place.
_PLACE_TAIL = re.compile(r",\s*[A-Z][\w.'’ -]{1,30},\s*[A-Z]{2}\.?$")
_NAME_THEN_PLACE = re.compile(
    r"^[^,–—|·•]{2,60}(?:,|\s[-–—|·•])\s*[A-Z][\w.'’ -]{1,30},?\s+[A-Z]{2}\.?$")
# What a job board writes after the place: how and how much one works ("Fort Worth, TX |
# Hybrid", "Joliet, IL - Full-time", "Columbus, OH (Remote)", "(Part-time, $25 an hour)").
# Or what it pays: "Boise, ID • $62,000 - $70,000 + bonus", "Harrisburg, PA | $36–$44/hr".
_PAY = (r"\$\s?\d[\d,.]*k?(?:\s*(?:[-–—]|to)\s*\$?\s?\d[\d,.]*k?)?"
        r"(?:\s*(?:/|an?\s|per\s)\s*(?:hr|hour|yr|year|annum|week|wk|month|mo)\b\.?)?"
        r"(?:\s*\+\s*(?:bonus|tips|commission|benefits)|\s+(?:DOE|DOQ|plus tips))?")
_WORK_KIND_TAIL = re.compile(
    r"(?:\s*(?:\s[-–—|·•]\s|\(|,\s)\s*(?:remote|hybrid|on[- ]?site|in[- ]person|full[- ]time"
    r"|part[- ]time|contract|temporary|seasonal|per diem|prn|nights|days|evenings|weekends"
    r"|(?:day|night|evening|overnight|swing|[1-3](?:st|nd|rd))\s+shift"
    rf"|{_PAY})\)?)+\s*$", re.IGNORECASE)


def _a_name(text: str, least: int = 2) -> bool:
    """Do the words read as an employer's name beside a title: ``least`` to five
    capitalised words ("&" and small joining words between them), none naming a job?"""
    words = text.split()  # "&" or "+" joins names: "Oakline Design + Build"
    return (least <= len([w for w in words if w not in _JOINERS]) <= 5
            and not _names_job(text)
            and all(w[:1].isupper() or w.lower() in _SMALL_WORDS or w in _JOINERS
                    for w in words))


_JOINERS = frozenset(("&", "+"))


# After a name: its place ("Prairie Comfort Heating & Air, Lincoln, NE."), or its first
# word said again as a subject ("... Sports Rehab (part-time) Riverbend is looking for").
# Words of what the job needs, not of a name: "Medical Assistant - Bilingual Spanish, Tampa".
_QUALIFIER_WORDS = frozenset((
    "required", "experience", "bilingual", "certified", "license", "licensed", "shift",
    "nights", "days", "weekends", "remote", "hybrid", "part-time", "full-time", "preferred"))
_CITY_STATE_AFTER = re.compile(r",\s*[A-Z][\w.'’ -]{1,30},\s*[A-Z]{2}\b")
_NAME_CUT = re.compile(r"\s*\(|,|\.\s|\s[-–—|]\s")
_LIST_JOIN = re.compile(r"\s*(?:&|/|\+|\band\b|\bor\b)\s*")


def _lists_skills(name: str, is_skill: Callable[[str], bool]) -> bool:
    """Are the words beside the title two or more skills joined by "and", "&", "/" or
    "or" ("Welder - TIG and MIG, Houston, TX.", "Bookkeeper – QuickBooks & Excel")? Such
    a run is the job's specialties, never its employer, whose name is cut from the
    posting with everything in it; an employer's name has a word of its own ("Prairie
    Comfort Heating & Air": "Air" names no skill)."""
    parts = [p for p in _LIST_JOIN.split(name) if p]
    return len(parts) >= 2 and all(is_skill(p) for p in parts)


def _named_after_hyphen(line: str, whole: str, is_skill: Callable[[str], bool]) -> str:
    """The employer named after the title and a plain hyphen when a posting opens as
    one paragraph ("HVAC Service Technician - Prairie Comfort Heating & Air, Lincoln,
    NE. Prairie Comfort ..."): the capitalised words up to the comma, bracket or full
    stop, when the employer's place follows them or their first word is said again as
    the subject of a sentence. A specialty ("Registered Nurse - Med-Surg (Nights)") is a
    skill's name, and a name said neither way is left alone, else ""."""
    rest = line.partition(" - ")[2]
    name = _NAME_CUT.split(rest, maxsplit=1)[0].strip()
    words = name.split()
    if not name or len(words) > 6 or not _a_name(name) or is_skill(name) \
            or _lists_skills(name, is_skill) or _names_job(name) \
            or any(w.lower() in _QUALIFIER_WORDS for w in words):
        return ""  # "Medical Assistant - Bilingual Spanish, Tampa, FL.": the job's qualifier
    first = re.escape(name.split()[0])
    if _CITY_STATE_AFTER.match(rest, len(name)) or re.search(
            rf"(?<![\w-]){first}(?:['’]s)?[ \t]+(?:is|has|was|are|serves|offers|provides|runs"
            r"|operates|helps|needs|seeks)\b", rest[len(name):]):
        return name
    return ""


def _short_form_recurs(name: str, whole: str) -> bool:
    """The posting calls the employer by a shorter form of the name under the title:
    "Great Lakes Distribution Co." is "Great Lakes Distribution", "Summit Air
    Services" is "Summit"."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        short = " ".join(words[:n])
        # (Twice as a word is twice as written at least: no pattern where it is not.)
        if (n >= 2 or len(short) >= 5) and short.lower() not in _NOT_COMPANY \
                and whole.count(short) >= 2 and len(
                re.findall(rf"\b{re.escape(short)}\b", whole)) >= 2:
            return True
    return False


def _company_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of the company phrasings in ``text``, pattern by pattern, in order."""
    yield from _AT_NAME.finditer(text)
    opening = _OPENING_NAME_IS.match(text)
    if opening:
        yield opening
    yield from _SENTENCE_NAME_IS.finditer(text, opening.end() if opening else 0)
    yield from _JOIN_NAME.finditer(text)
    if "ed at " in text:
        yield from _WANTED_AT.finditer(text)
    if "We" in text:
        yield from _WE_ARE_NAME.finditer(text)


# After a title's dash, the kind of the role rather than its employer: a market segment,
# a shift or where the work is done, with or without a bracket.
_NAMES_THE_ROLES_KIND = re.compile(
    r"^(?:mid[- ]?market|enterprise|smb|small business|commercial|strategic|public sector"
    r"|remote|hybrid|on-?site|nights?|days|evenings|weekends|part[- ]time|full[- ]time"
    r"|contract|temporary|per diem|prn|[1-3](?:st|nd|rd) shift)"
    r"(?:\s*\((?:remote|hybrid|on-?site|us|usa|[^)]*\d[^)]*)\))?$", re.IGNORECASE)


def find_company(split: SplitPosting,
                 is_skill: Callable[[str], bool] | None = None) -> str | None:
    """The employer's name, only from phrasings that leave no doubt: an "About Acme"
    heading, "At Acme, we", "Acme is hiring / is an equal opportunity employer".
    ``is_skill`` tells a skill's name: beside the title after a dash, one is the job's
    specialty ("Pharma Sales Rep – Dermatology", "Physical Therapist – Home Health"),
    however often the posting repeats it."""
    votes: list[str] = []
    is_skill = is_skill or (lambda _name: False)
    whole = "\n".join(split.lines)

    def recurs(name: str) -> bool:
        return whole.count(name) >= 2 and not _said_as_specialty(name, whole)

    for line in split.lines[:15]:
        m = _COMPANY_LABEL.match(line)
        name = _FORM_GAP.split(m.group(1), 1)[0].strip(" .") if m else ""
        words = name.split()
        # A name, not a paragraph under the label ("ORGANIZATION: Second Harvest is a …").
        if 0 < len(words) <= 6 and all(
                w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS or w == "&"
                for w in words):
            return name
    top = _top_title(split.lines)
    head = split.lines[top[0]:top[0] + 2] if top else split.lines[:2]
    # "Northgate Building Products -- Joliet, IL -- Full time": a typed dash is a dash.
    head = [line.replace(" -- ", " – ") for line in head]
    if head and (title := _trim_title(head[0])):
        # "Store Manager – Maple & Main Home Goods", "18F - UX Designer" or a second line
        # "Cascade Fluid Systems, Spokane, WA" (or "Summit Air · Naperville, IL") under it.
        # (A part's place is no part of its name: "Orchard Ridge Foods, Wenatchee, WA".)
        parts = [_PLACE_TAIL.sub("", x.strip())
                 for x in re.split(r"\s[-–—|]\s|\s+at\s+", head[0])]
        under = None
        if len(head) > 1 and len(_WORK_KIND_TAIL.sub("", head[1]).split()) <= 12 \
                and not _PLACE.match(head[1]):
            under = re.split(r",(?!\d)|\s[-–—|·•]\s", head[1], maxsplit=1)[0].strip()
            if _a_name(under, least=1):  # not a sentence: "Oakridge manages 9,000 homes"
                parts.append(under)
            whole_line = under == head[1].strip() or _LEGAL_TAIL.fullmatch(
                head[1].strip()[len(under):]) is not None  # "Apex Electric, Inc."
            if ((_NAME_THEN_PLACE.match(_WORK_KIND_TAIL.sub("", head[1])) or (whole_line and (
                    _ORGANISATION_END.search(under) or _PRACTICE_END.search(under))))
                    and _a_name(under, least=1) and under.lower() not in _NOT_COMPANY):
                # "Juniper Table, Asheville NC" under the title: a name, then its place;
                # "Lakeshore Unified School District": a name closing on an employer's word.
                votes += [under] * 3
        for part in parts:
            if part != under and part and (is_skill(part) or _lists_skills(part, is_skill)):
                continue  # "Adjunct Instructor – English Composition": the specialty
            if _NAMES_THE_ROLES_KIND.match(part) or _A_UNIT_OF.search(part):
                # "Account Executive - Mid-Market (Remote)": the job's segment;
                # "Administrative Assistant – Facilities Department": its department.
                continue
            if (part and part[0].isupper() and not _names_job(part)
                    and title not in part and len(part.split()) <= 5
                    and not _said_as_specialty(part, whole)
                    and (recurs(part) or _short_form_recurs(part, whole))):
                # Next to the title: the strongest sign; a line of its own under the
                # title more than a dash's second half ("Controls Technician – Water
                # Treatment" names the work, "Pueblo Water Works" under it the employer).
                votes += [part] * (3 if part == under else 2)
        named = re.split(r"\s[–—|]\s", head[0])
        if len(named) == 1 and " - " in head[0]:
            votes += [name] * 2 if (name := _named_after_hyphen(head[0], whole, is_skill)) \
                else []
        if len(named) == 1 and _ORGANISATION_END.search(head[0].split(",", 1)[0]):
            named = re.split(r"\s-\s", head[0])  # "Electrician - Northway Electric"
        if len(named) > 1:
            # "Dental Assistant — Cedar Hills Family Dentistry, Beaverton, OR": a name of
            # capitalised words before the place, beside the title, said once.
            for part in named[1:]:
                name = part.split(",", 1)[0].strip()
                if is_skill(name) or _lists_skills(name, is_skill):
                    continue
                if ("," in part or _ORGANISATION_END.search(name)) and _a_name(name):
                    votes.append(name)
    elif head and (after := _EMPLOYER_AFTER_COMMA.match(head[0])) \
            and _ORGANISATION_END.search(after.group(1)):
        # "Office Assistant (Part-Time), Greenleaf Veterinary Hospital. We're …": a
        # posting written as one paragraph names its employer after the title's comma.
        name = after.group(1).strip()
        if _a_name(name) and not is_skill(name) and not _lists_skills(name, is_skill):
            votes += [name] * 2
    for section in split.sections:
        words = section.heading.split()
        if len(words) >= 2 and words[0].lower() == "about" and words[1][:1].isupper():
            name = " ".join(words[1:])
            if name.lower() not in _NOT_COMPANY and words[1].lower() not in _NOT_COMPANY:
                votes.append(name)
    for unit in split.units:
        if unit.kind == "about" and (m := _SUBJECT.match(unit.text)):
            name = m.group(1).strip()
            first = name.split()[0]
            if first.lower() not in _NOT_COMPANY and recurs(name) and (
                    " " in name or sum(c.isupper() for c in name) > 1 or not first.isalpha()):
                votes.append(name)
        for m in _company_matches(unit.text):
            name = m.group(1).strip()
            if name.split()[0].lower() not in _NOT_COMPANY:
                votes.append(name)
    votes = [v for v in votes if not _names_job(v)]  # "The Front Office Manager leads"
    if not votes:
        return None
    counts: dict[str, int] = {}
    for v in votes:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: counts[v])  # first seen wins a tie
