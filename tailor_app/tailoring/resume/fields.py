"""Reading a role's fields from its header lines, and a skills line's items.

The header lines stay as written; these functions only *read* them: which part
is the title, which the employer, the school, the place, the dates. Resumes put
them in any order and separate them with anything ("|", "—", two spaces, ", ",
" at "), so each part is scored by the words it holds: job nouns ("engineer",
"nurse") make a title, organisation nouns ("Inc.", "University", "Hospital") an
employer, degree words a degree.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.degrees import NOT_MICROSOFT
from tailor_app.tailoring.model import Entry
from tailor_app.tailoring.resume.contact import find_location
from tailor_app.tailoring.resume.dates import date_only, find_date_range
from tailor_app.tailoring.resume.headings import heading_kind
from tailor_app.tailoring.resume.role_words import JOB_NOUNS
from tailor_app.tailoring.resume.skill_list import skill_items

__all__ = ["CREDENTIAL", "DEGREE", "fill_fields", "names_a_role", "names_an_organisation",
           "promoted_roles", "skill_items"]

ROLE_WORDS = JOB_NOUNS | frozenset([
    "aide", "apprentice", "auditor", "barista", "bartender", "bookkeeper", "buyer", "ceo",
    "cfo", "chair", "chef", "cna", "co-creator", "co-founder", "coach", "contributor",
    "controller", "cook", "counsellor", "counselor", "creator", "cto", "drafter", "educator",
    "electrician", "estimator", "fellow", "host", "hostess", "lpn", "maintainer", "mechanic",
    "member", "merchandiser", "ninja", "np", "operator", "paraprofessional", "planner",
    "receptionist", "recruiter", "rep", "rn", "scheduler", "strategist", "superintendent",
    "trainer", "vp",
])
ORG_WORDS = frozenset(
    [
        "inc", "inc.", "llc", "llp", "ltd", "ltd.", "corp", "corp.", "corporation", "company",
        "co", "co.", "group", "bank", "university", "college", "school", "academy", "institute",
        "hospital", "clinic", "health", "healthcare", "centre", "center", "agency", "partners",
        "systems", "technologies", "technology", "labs", "lab", "foundation", "council",
        "association", "services", "solutions", "consulting", "studio", "studios", "network",
        "board", "district", "department", "ministry", "government", "society", "church", "museum",
        "store", "stores", "hotel", "restaurant", "resort", "retail", "industries",
        "international", "gmbh", "ag", "sa", "plc"
    ]
)
DEGREE = re.compile(
    r"\b(?:bachelor|master|doctor|associate of|associate degree|diploma|certificate|"
    r"ph\.?d|mba|m\.?sc?|b\.?sc?|b\.?a|m\.?a|b\.?eng|m\.?eng|b\.?ed|m\.?ed|bsn|msn|adn|"
    r"b\.?com|llb|jd|md|high school|ged|honours|honors)\b" + NOT_MICROSOFT,
    re.IGNORECASE,
)
# A licence or certificate named in an education section ("Certified Clinical Medical
# Assistant (CCMA), NHA"): the qualification, never the school.
CREDENTIAL = re.compile(
    r"\b(?:certified|certification|certificate|licen[cs]ed?|credential|registered"
    r"|accredited|accreditation)\b", re.IGNORECASE)
# (Every cut opens with a space or ";": the look-ahead rules out any other character at
# once, where the branches would each be tried there.)
_SEPARATORS = re.compile(
    r"(?=[\s;])(?:\s+[|•·◆♦▪]\s+|\s{2,}|\s+[—–]\s+|\s+-\s+|\s*;\s+|\s+@\s+)")
_AT = re.compile(r"\s+at\s+", re.IGNORECASE)
# How long a role lasted, printed beside its dates (RenderCV, LinkedIn): no title.
_DURATION = re.compile(
    r"^(?:\d{1,2}\+?\s*(?:years?|yrs?|y)\b\.?\s*)?(?:\d{1,2}\s*(?:months?|mos?|m)\b\.?)?$",
    re.IGNORECASE)
# A word that only labels the dates after it ("Grad. May 2011", "Expected Graduation:").
_DATE_LABEL = re.compile(
    r"^(?:expected\s*)?(?:grad(?:uat(?:ed|ion|ing))?\.?|expected|class\s+of|since)\s*:?$",
    re.IGNORECASE)
_LABEL = re.compile(r"^([^:]{2,40}):\s+(?=\S)")
_STRIP_NO_PARENS = " \t,;:|[]{}–—-•·"


def word_count(text: str) -> int:
    return len(text.split())


# --------------------------------------------------------------- header fields

def _clean(piece: str) -> str:
    """A header piece without separators around it; balanced brackets are kept."""
    piece = piece.replace("**", "").replace("__", "").strip(_STRIP_NO_PARENS)
    if piece.startswith("(") and piece.endswith(")") and piece.count("(") == 1:
        piece = piece[1:-1]
    if piece.count("(") > piece.count(")"):
        piece = piece.rstrip("( ").strip()
        if piece.startswith("("):
            piece = piece[1:]
    if piece.count(")") > piece.count("("):
        piece = piece.lstrip(") ").strip()
        if piece.endswith(")"):
            piece = piece[:-1]
    return piece.strip(_STRIP_NO_PARENS)


_PIECE_WORD = re.compile(r"[\w.&'-]+")  # compiled once, not looked up per call


def _score(piece: str, words: frozenset[str]) -> int:
    return sum(1 for w in _PIECE_WORD.findall(piece.casefold()) if w.strip(".") in words
               or w in words)


_ACRONYM = re.compile(r"^[A-Z]{2,5}\b")


def _school_after_degree(title: str) -> tuple[str, str | None]:
    """ "B.A. in Psychology, UNC Charlotte" -> the degree and the school, when a comma
    part after the degree opens with a school's acronym ("UNC", "MIT", "UC San
    Diego"); "Bachelor of Science, Computer Science" names a field, not a school."""
    masked = _outside_brackets(title)
    if ", " not in masked:
        return title, None
    at = 0
    for k, part in enumerate(masked.split(", ")):
        real = title[at:at + len(part)]
        if k and _ACRONYM.match(real) and not DEGREE.search(real):
            return _clean(title[:at]), _clean(real)
        at += len(part) + 2
    return title, None


def _ends_with_org(piece: str) -> bool:
    words = _PIECE_WORD.findall(piece.casefold())
    return bool(words) and words[-1].strip(".") in ORG_WORDS


def names_a_role(text: str) -> bool:
    """A job noun is among the words ("Phlebotomy Technician")."""
    return _score(text, ROLE_WORDS) > 0


def names_an_organisation(text: str) -> bool:
    """ "BLS for Healthcare Providers, American Heart Association": a part after the
    first comma names an organisation."""
    return any(_score(part, ORG_WORDS) for part in text.split(", ")[1:])


def _outside_brackets(text: str) -> str:
    """The text with every character inside brackets masked (same length): a comma in
    "Product Engineer (co-op, then full time)" cuts nothing. A text with no opening
    bracket (nearly every header piece) is its own mask: no character loop for it."""
    if "(" not in text:
        return text
    out, depth = [], 0
    for ch in text:
        depth += ch == "("
        out.append("_" if depth and ch != "(" else ch)
        depth -= ch == ")" and depth > 0
    return "".join(out)


def _split_commas(piece: str) -> list[str]:
    """"Mathematics Teacher, Lone Star High School" -> title, school: split before the
    comma part that names an organisation."""
    parts = _outside_brackets(piece).split(", ")
    if len(parts) > 1:  # the same cuts in the text as written
        cuts, at = [], 0
        for part in parts:
            cuts.append(piece[at:at + len(part)])
            at += len(part) + 2
        parts = cuts
    for k in range(1, len(parts)):
        if _score(parts[k], ORG_WORDS):
            return [", ".join(parts[:k]), ", ".join(parts[k:])]
    return [piece]


_EMPTY_PARENS = re.compile(r"\(\s*\)")  # compiled once, not looked up per call


_LETTER = re.compile(r"[^\W\d_]")  # compiled once, not looked up per call


def fill_fields(entry: Entry, kind: str) -> None:
    """Title, organisation, location and dates read from the header lines."""
    pieces: list[str] = []
    alone: set[str] = set()  # pieces that were the only words of their line
    for text in entry.header[:4]:
        before = len(pieces)
        rest = text
        found = find_date_range(text)  # read once: for the dates and the next test
        if entry.start is None and entry.end is None and found:
            entry.start, entry.end = found[0], found[1]
            rest = text[: found[2]] + "  " + text[found[3]:]
        if date_only(text, found):
            continue
        label = _LABEL.match(rest)
        if label and heading_kind(label.group(1)):
            rest = rest[label.end():]  # "Education: B.A., Some College": no part a title
        for part in _SEPARATORS.split(rest):
            part = _clean(_EMPTY_PARENS.sub("", part))
            if (not part or not _LETTER.search(part) or _DURATION.match(part)
                    or _DATE_LABEL.match(part)):
                continue
            location = find_location(part)
            if location and entry.location is None:
                entry.location = location
                part = _clean(_EMPTY_PARENS.sub("", part.replace(location, " ")))
                # "Acme Plastics, Holland, MI (Tier 1 molding)" less its place.
                part = re.sub(r"\s*,\s*(?=\()|\s{2,}", " ", part)
                if not part:
                    continue
            at = _AT.split(part, maxsplit=1)
            if len(at) == 2 and _score(at[0], ROLE_WORDS):
                pieces.extend(p for p in (_clean(x) for x in at) if p)
            else:
                pieces.extend(p for p in (_clean(x) for x in _split_commas(part)) if p)
        if len(pieces) == before + 1:
            alone.add(pieces[-1])
    if (len(pieces) == 1 and ", " in _outside_brackets(pieces[0])
            and not DEGREE.search(pieces[0])):
        cut = _outside_brackets(pieces[0]).index(", ")
        first, second = _clean(pieces[0][:cut]), _clean(pieces[0][cut + 2:])
        if first and second:
            pieces = [first, second]
    if not pieces:
        return
    title: str | None
    org: str | None
    if kind == "projects":
        title = pieces[0]
        org = next((p for p in pieces[1:] if _score(p, ORG_WORDS) and _could_name(p)), None)
        entry.title, entry.organisation = title, org
        return
    if kind == "education":
        # The qualification: a degree, a licence or certificate, or a certified role
        # ("Phlebotomy Technician (CPT), NHA"); never the school.
        title = next((p for p in pieces if DEGREE.search(p)),
                     next((p for p in pieces if CREDENTIAL.search(p)),
                          next((p for p in pieces if _score(p, ROLE_WORDS)
                                and not _score(p, ORG_WORDS)), None)))
        named = [p for p in pieces if p != title and _score(p, ORG_WORDS)]
        # A name ends with its organisation noun more often than a course does:
        # "BLS for Healthcare Providers, American Heart Association".
        org = max(named, key=_ends_with_org) if named else None
        if org is None and title is not None:
            title, org = _school_after_degree(title)
        if title is None:
            # No degree named: the first part is the school ("LA MARTINIERE FOR BOYS").
            org = org or pieces[0]
            entry.title = next((p for p in pieces if p != org), None)
            entry.organisation = org
            return
    else:
        ranked = sorted(pieces, key=lambda p: -_score(p, ROLE_WORDS))
        title = ranked[0] if _score(ranked[0], ROLE_WORDS) else None
        if (title is not None and ", " in title and title in alone and len(pieces) > 1
                and not any(_score(p, ORG_WORDS) for p in pieces if p != title)):
            # "Head Code Ninja, Area 52" over a line of tools: the employer is the
            # part after the title's comma, not the next line.
            role, rest = (_clean(x) for x in title.split(", ", 1))
            if role and rest and _score(role, ROLE_WORDS) and not _score(rest, ROLE_WORDS):
                where = pieces.index(title)
                pieces[where:where + 1] = [role, rest]
                title = role
        org = next((p for p in pieces if p != title and _score(p, ORG_WORDS)
                    and _could_name(p)), None)
    if title is None:
        title = next((p for p in pieces if p != org), None)
    if org is None:
        org = next((p for p in pieces if p != title and _could_name(p)), None)
    entry.title, entry.organisation = title, org


def _stacked_employer(entry: Entry) -> bool:
    """The employer stands on a line of its own above the role ("Lone Star Regional
    Medical Center" over "Charge Nurse, Medical-Surgical Unit  2022 – Present")."""
    org, title = entry.organisation, entry.title
    return bool(org and title and any(org in line and title not in line
                                      for line in entry.header))


def _comma_org(entry: Entry) -> bool:
    """The organisation was read from the title line's part after a comma."""
    org, title = entry.organisation, entry.title
    return bool(org and title and len(entry.header) == 1
                and f"{title}, {org}" in entry.header[0])


def promoted_roles(entries: list[Entry]) -> None:
    """Roles held one after another under one employer line keep that employer.

    A resume that sets the employer on its own line and each title as "Charge Nurse,
    Medical-Surgical Unit" writes the unit after the title's comma; the next role's
    one header line "Staff Nurse, Medical-Surgical Unit  2019 – 2022" is then a
    promotion under the same employer, not a job at an employer called
    "Medical-Surgical Unit". Only a part with no organisation noun is taken back into
    the title: "Staff Nurse, Mercy Hospital" under it is a new employer.
    """
    stacked = False  # the role above sits under an employer line (its own or inherited)
    for k, entry in enumerate(entries):
        above = entries[k - 1] if k else None
        if (above is not None and stacked and above.title and ", " in above.title
                and entry.is_role and _comma_org(entry) and entry.organisation
                and not _score(entry.organisation, ORG_WORDS)
                and not _score(entry.organisation, ROLE_WORDS)):
            entry.title = f"{entry.title}, {entry.organisation}"
            entry.organisation = above.organisation
            entry.location = entry.location or above.location
            continue  # stacked stays True: a third role under the same employer
        stacked = _stacked_employer(entry)


_BRACKETED = re.compile(r"\([^()]*\)")  # compiled once, not looked up per call


def _could_name(piece: str) -> bool:
    """A name is short and no sentence: "Built a fully responsive restaurant website
    using ..." under a project is its description, not its organisation."""
    words = _BRACKETED.sub(" ", piece).split()  # "(Autograph Collection, 212 rooms)"
    return len(words) <= 8 and not (piece.endswith(".") and len(words) > 4
                                    and words[-1].casefold() not in ORG_WORDS)


