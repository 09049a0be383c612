"""Split a pasted job posting into titled sections and readable units.

Postings reach the app by copy and paste from web pages, PDFs and e-mails, so the
text is messy in predictable ways: lines hard-wrapped mid-sentence, a bullet glyph
alone on its line with the item on the next, LaTeX hyphenation ("scal-" / "able"),
page numbers left between lines, Markdown markers, soft hyphens. This module undoes
those artefacts and cuts the text into *units* (one bullet or one paragraph each,
joined back into whole sentences) that belong to a section of a known kind.

Headings are recognised by shape (a line ending with ':', Markdown '#', a bold
line, an all-caps line, an inline "Requirements: ...") and by their words. A line
that merely *looks* like a heading ("Experience with Python") must not swallow a
requirement, so a bare line without any of those marks counts as a heading only
when every word of it is a heading word. Equal-opportunity boilerplate is found
by its wording too, since many postings put it in a paragraph without a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailor_app.tailoring.model import PostingSection
from tailor_app.tailoring.text import normalize_text

__all__ = [
    "IGNORED_KINDS",
    "MAX_CHARS",
    "SplitPosting",
    "Unit",
    "classify_heading",
    "find_company",
    "find_title",
    "split_posting",
    "title_of_line",
    "word_set",
]

# Longer input is cut: no real posting comes near it, and it bounds the run time.
MAX_CHARS = 100_000
# Sections whose words never make a skill: they describe the employer's promises
# and the law, not the work.
IGNORED_KINDS = frozenset({"legal", "benefits"})


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block (easier to read and edit)."""
    return frozenset(words.split())


# Heading words -> kind. Order matters: the first pattern that matches wins, so
# "Preferred qualifications" is preferred before "qualifications" can claim it,
# and "About you" is a requirement before "about" can make it company talk.
_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("legal", r"equal (?:employment )?opportunit|\beeo\b|accommodat|diversity|inclusion"
                  r"|discriminat|disclaimer|privacy|e-?verify|\bapply\b|application process"
                  r"|affirmative|\blegal\b"),
        ("benefits", r"benefit|perks|we offer|compensation|salary|\bpay\b|rewards"
                     r"|why (?:join|work)|in it for you|you'?ll get|time off|package|avantages"),
        ("preferred", r"prefer|nice[- ]?to[- ]?ha|bonus|desir|\bplus(?:es)?\b|\bassets?\b"
                      r"|extra credit|good to have|would be great|ideally|optional|atouts?\b"),
        ("about", r"^(?:about|the) (?:the )?(?:role|position|job|opportunity|company|us|team)\b"
                  r"|^[àa] propos|qui sommes"),
        ("responsibilities", r"responsib|dut(?:y|ies)|what you'?ll do|you will do|accomplish"
                             r"|what you do|day[- ]to[- ]day|t[âa]ches"),
        ("requirements", r"requir|qualifica|must[- ]?ha|looking for|you bring|you'?ll need"
                         r"|you need|who you are|about you|your profile|skills|experience"
                         r"|competenc|evaluate you|you have|you'?ll have|essential|knowledge"
                         r"|what it takes|to succeed|candidate|criteria|expertise|education"
                         r"|abilities|certification|licen[cs]|exigences|comp[ée]tences|profil"
                         r"|[ée]valu"),
        ("responsibilities", r"responsib|dut(?:y|ies)|what you'?ll do|you will do|what you do"
                             r"|your role|\bthe role\b|day[- ]to[- ]day|objective|tasks"
                             r"|accountabilit|in this role|your impact|be doing|your mission"
                             r"|functions|\byou will\b|\byou'?ll\b"),
        ("about", r"about|who we are|company|overview|summary|our team|the team|introduction"
                  r"|mission|opportunity|description|culture|our story|why us"),
    )
)

# Words a bare heading line may consist of. A line of only such words is a heading
# even without a colon; "Experience with Python" is not ("with", "python").
_HEADING_WORDS = word_set(
    """
    a about abilities additional an and apply are asset assets basic be benefits bonus bring
    can candidate certifications company compensation core credit culture day demands
    description desired details diversity do doing duties education eeo employer
    environment equal essential expect experience extra for functions get have how i ideal
    impact in inclusion information introduction is it job key knowledge licenses licensure
    life looking main minimum mission must nice nice-to-have nice-to-haves need objective
    objectives of offer on opportunity or our overview perks plus pluses points position
    preferred primary profile qualifications range required requirements responsibilities
    rewards role salary skills statement success summary take takes tasks team technical the
    this to tools total us want we we'll we're what what's who why will with work you
    you'll you're your
    """
)
_EEO = re.compile(
    r"equal (?:employment )?opportunity|without regard to|regardless of (?:their )?(?:race|age|sex"
    r"|gender|religion)|affirmative action|e-verify|protected veteran|reasonable accommodation"
    r"|sexual orientation|gender identity|national origin",
    re.IGNORECASE,
)
# Hiring-process paragraphs (citizenship, background checks, pay administration) and
# logistics lines ("Location: ...", "Work schedule: ..."): they stay in their section's
# text, but their words are no demand on the candidate's skills.
_HR_BOILERPLATE = re.compile(
    r"\bu\.?s\.? citizen|citizenship|selective service|background (?:check|investigation)"
    r"|drug (?:test|screen)|direct deposit|trial period|probationary period|public trust"
    r"|authori[sz]ed to work|work authori[sz]ation|visa sponsorship|locality pay|pay grade"
    r"|sans égard|peu importe (?:leur|la) race|équité en matière|mesures d.adaptation",
    re.IGNORECASE,
)
_LOGISTICS = re.compile(
    r"(?:location|salary(?: range)?|pay(?: range)?|who may apply|travel(?: requirement)?"
    r"|work schedule|schedule|appointment type|security clearance|job family(?: \(series\))?"
    r"|relocation|start date|employment type|job type|reports to|closing date|hours|department"
    r"|job id|requisition|posted|deadline|lieu|salaire)\s*:",
    re.IGNORECASE,
)
_BULLET = re.compile(
    r"^(?:[•▪◦●■►▸‣⁃∙·○◆◇✓✔➢➤→\-–—*+]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+"
)
_LONE_BULLET = frozenset("•▪◦●■►▸‣⁃∙·○◆◇✓✔➢➤→-–—*+")
_PAGE_NUMBER = re.compile(
    r"(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–]", re.IGNORECASE
)
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]{2})")  # "Unit.Your day"
_MD_HEADING = re.compile(r"^#{1,6}\s*(.*?)\s*#*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?$")
_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\([^)\s]{0,500}\)")
_MD_MARKS = re.compile(r"\*\*|__|`|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
_INLINE_LABEL = re.compile(r"^([A-Za-z][\w'’&/#\- ]{1,48}?)\s*:\s+(\S.*)$")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*|#\d+")
# First halves of real hyphenated compounds: "low-" / "latency" stays "low-latency",
# while "scal-" / "able" from LaTeX line breaking becomes "scalable".
_KEEP_HYPHEN = word_set(
    """
    low high well self cross full part real long short non multi co front back end user
    data cloud open mission state world best fast hands one two three four five on off
    up down in out top full-stack large small mid semi anti post pre time test event
    """
)


@dataclass(frozen=True)
class Unit:
    """One bullet or paragraph of a posting, joined into whole sentences."""

    kind: str  # the kind of the section it belongs to ("legal" for EEO paragraphs)
    section: int  # index into SplitPosting.sections
    text: str
    bullet: bool


@dataclass
class SplitPosting:
    """A posting cut into sections and units, plus the cleaned lines for the title."""

    sections: list[PostingSection]
    units: list[Unit]
    lines: list[str]  # cleaned, non-blank lines in order (Markdown removed)
    first_md_heading: str | None
    had_headings: bool


@dataclass
class _Line:
    text: str
    bullet: bool = False
    heading: str | None = None  # heading text when the line is (or starts with) a heading
    kind: str | None = None  # the heading's kind; None when the words do not say
    strong: bool = False  # marked as a heading by its form (#, bold, caps, colon)
    rest: str = ""  # text after an inline "Heading: rest"
    markdown: bool = False  # a "# Heading" line


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def classify_heading(heading: str) -> str | None:
    """The section kind a heading's words name, or None when they name none."""
    low = " ".join(_words(heading))
    if not low:
        return None
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(low):
            return kind
    return None


def _only_heading_words(text: str, limit: int) -> bool:
    words = _words(text)
    if not words or len(words) > limit:
        return False
    if words[0] == "about" and len(words) <= 4:  # "About Acme", "About Northwind Health"
        return True
    return all(w in _HEADING_WORDS or w.startswith("#") for w in words)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or "," in text or not all(c.isupper() for c in letters):
        return False
    return not set(_words(text)) <= {"and", "or", "the", "of"}  # a lone "AND" joins two lists


def _read_line(raw: str) -> _Line | None:
    """Classify one stripped, non-blank line."""
    md = _MD_HEADING.match(raw)
    bold = _BOLD_LINE.match(raw)
    text = _MD_LINK.sub(r"\1", raw)
    if md:
        heading = _MD_MARKS.sub("", md.group(1)).strip().rstrip(":").strip()
        return _Line(heading, heading=heading, kind=classify_heading(heading), strong=True,
                     markdown=True)
    if bold and len(_words(bold.group(1))) <= 10:
        heading = _MD_MARKS.sub("", bold.group(1)).strip().rstrip(":").strip()
        return _Line(heading, heading=heading, kind=classify_heading(heading), strong=True)
    text = _MD_MARKS.sub("", text).strip()
    if not text:
        return None
    m = _BULLET.match(text)
    if m:
        return _Line(text[m.end():].strip(), bullet=True)
    words = _words(text)
    if text.endswith(":") and 0 < len(words) <= 8:
        heading = text.rstrip(":").strip()
        return _Line(text, heading=heading, kind=classify_heading(heading), strong=True)
    if _is_caps(text) and len(words) <= 8 and not text.endswith("."):
        return _Line(text, heading=text, kind=classify_heading(text), strong=True)
    if text[-1] not in ".!?;," and _only_heading_words(text, 6):
        kind = classify_heading(text)
        if kind:
            return _Line(text, heading=text, kind=kind)
    label = _INLINE_LABEL.match(text)
    if label and _only_heading_words(label.group(1), 5):
        kind = classify_heading(label.group(1))
        if kind:
            return _Line(text, heading=label.group(1).strip(), kind=kind, strong=True,
                         rest=label.group(2).strip())
    return _Line(text)


def _clean_lines(text: str) -> list[_Line | None]:
    """Normalised lines (None for a blank), lone bullet glyphs merged into the next line,
    page numbers dropped."""
    out: list[_Line | None] = []
    pending_bullet = False
    for raw in normalize_text(text[:MAX_CHARS]).split("\n"):
        s = raw.strip()
        if not s:
            out.append(None)
            continue
        if s in _LONE_BULLET:
            pending_bullet = True
            continue
        if _PAGE_NUMBER.fullmatch(s):
            continue
        line = _read_line(_GLUED_SENTENCE.sub(". ", s))
        if line is None or not line.text:
            continue
        if pending_bullet and line.heading is None:
            line.bullet = True
        pending_bullet = False
        out.append(line)
    return out


def _join(parts: list[str]) -> str:
    """Join hard-wrapped lines into one text, undoing line-end hyphenation."""
    pieces = [parts[0]]
    for cur in parts[1:]:
        prev = pieces[-1]
        if prev.endswith("-") and cur[:1].islower():
            head = re.search(r"([^\W\d_]+)-$", prev[-40:])
            if head and head.group(1).lower() not in _KEEP_HYPHEN:
                pieces[-1] = prev[:-1]  # "scal-" / "able" -> "scalable"
            pieces.append(cur)
        else:
            pieces.append(" " + cur)
    return "".join(pieces)


def _continues(prev: str, cur: str, wrap: int) -> bool:
    """True when ``cur`` carries on the sentence ``prev`` broke off (a hard wrap)."""
    if cur[:1].islower() or (prev.endswith("-") and cur[:1].isalnum()):
        return True
    if prev[-1] in ".!?:;":
        return False
    return len(prev) >= 40 and len(prev) >= 0.7 * wrap


def split_posting(text: str) -> SplitPosting:
    """Cut a posting into sections and units. Text before the first heading, and the
    whole posting when it has no heading, is kind "other"."""
    lines = _clean_lines(text)
    plain = [ln for ln in lines if ln is not None]
    wrap = max((len(ln.text) for ln in plain if ln.heading is None), default=0)
    sections: list[PostingSection] = [PostingSection("other", "", "")]
    resumed: set[int] = set()  # sections that only continue one cut by boilerplate
    bodies: list[list[str]] = [[]]
    units: list[Unit] = []
    first_md = next((ln.heading for ln in plain if ln.markdown and ln.heading), None)
    had_headings = False
    parts: list[str] = []
    bullet = False
    prev_line: str | None = None

    def close() -> None:
        nonlocal parts
        if not parts:
            return
        body = _join(parts)
        parts = []
        index = len(sections) - 1
        if _EEO.search(body) and sections[index].kind != "legal":
            sections.append(PostingSection("legal", "", ""))
            bodies.append([body])
            units.append(Unit("legal", len(sections) - 1, body, bullet))
            # What follows the boilerplate paragraph goes back to the section it interrupted.
            sections.append(PostingSection(sections[index].kind, sections[index].heading, ""))
            bodies.append([])
            resumed.add(len(sections) - 1)
            return
        bodies[index].append(body)
        kind = sections[index].kind
        if _HR_BOILERPLATE.search(body):
            kind = "legal"
        elif _LOGISTICS.match(body):
            kind = "benefits"
        units.append(Unit(kind, index, body, bullet))

    for line in lines:
        if line is None:
            close()
            prev_line = None
            continue
        if line.heading is not None:
            close()
            had_headings = True
            kind = line.kind
            if kind is None:
                # An unnamed sub-heading ("Tools:") continues the section it sits in;
                # a bold/caps/# heading we cannot name starts an "other" section.
                current = sections[-1].kind
                colon = line.text.endswith(":")
                kind = current if colon and current not in IGNORED_KINDS else "other"
            sections.append(PostingSection(kind, line.heading, ""))
            bodies.append([])
            if line.kind is None and not line.text.endswith(":"):
                parts, bullet = [line.heading], False  # keep its words: "## Python Developer"
                close()
            if line.rest:
                parts, bullet = [line.rest], False
                prev_line = line.rest
            else:
                prev_line = None
            continue
        if line.bullet:
            close()
            parts, bullet = [line.text], True
        elif parts and prev_line is not None and _continues(prev_line, line.text, wrap):
            parts.append(line.text)
        else:
            close()
            parts, bullet = [line.text], False
        prev_line = line.text
    close()

    kept: list[PostingSection] = []
    remap: dict[int, int] = {}
    for i, (section, body) in enumerate(zip(sections, bodies, strict=True)):
        if i == 0 and not body:
            continue  # no preamble
        if not body and i in resumed:
            continue  # nothing came after the boilerplate paragraph
        remap[i] = len(kept)
        kept.append(PostingSection(section.kind, section.heading, "\n".join(body)))
    units = [Unit(u.kind, remap[u.section], u.text, u.bullet) for u in units]
    return SplitPosting(
        sections=kept,
        units=units,
        lines=[ln.text for ln in plain],
        first_md_heading=first_md,
        had_headings=had_headings,
    )


# ------------------------------------------------------------------ title, company

_TITLE_NOUNS = re.compile(
    r"\b(?:engineer|developer|d[ée]veloppeu(?:r|se)|ing[ée]nieur|nurse|manager|accountant|teacher"
    r"|designer|specialist|analyst|executive|representative|coordinator|director|assistant"
    r"|associate|officer|consultant|administrator|technician|lead|architect|scientist|intern"
    r"|clerk|supervisor|programmer|sre|bookkeeper|auditor|controller|instructor|tutor|educator"
    r"|therapist|pharmacist|physician|writer|editor|strategist|marketer|recruiter|advisor"
    r"|adviser|agent|operator|mechanic|electrician|planner|buyer|cashier|researcher|counsel(?:l)?or"
    r"|paralegal|attorney|head|president|chief|principal|fellow|owner|gestionnaire|conseill[eè]re?"
    r"|technologist|practitioner|aide|machinist|welder|driver|receptionist|secretary)s?\b",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(
    r"^(?:job\s+title|position(?:\s+title)?|title|role|job|poste|job description|opening)"
    r"\s*[:–—-]\s*(.{3,100})$", re.IGNORECASE,
)
_HIRING = re.compile(
    r"\b(?:we(?:'|’)?re|we are|is|are)\s+(?:currently\s+)?(?:hiring|looking for|seeking|recruiting)"
    r"\s+(?:for\s+)?(?:an?\s+|our\s+(?:next\s+)?)?(.{3,90}?)"
    r"(?=\s+(?:to|who|with|for|at|in|on|that|-|–)\b|[.,;:!(]|$)",
    re.IGNORECASE,
)
_TITLE_TAIL = re.compile(r"\s*\((?=[^)]*\d)[^)]*\)|[\s,–—-]*\bGS-?\d+\b.*$")
_NAME = r"[A-Z0-9][\w&.'’-]*(?:\s+(?:of|and|&|de|du)\s+[A-Z][\w&.'’-]*|\s+[A-Z][\w&.'’-]*){0,4}"
_COMPANY_PATTERNS = (
    re.compile(rf"\bAt ({_NAME}),\s+(?:we|our)\b"),
    re.compile(rf"(?:^|[.!?]\s+)({_NAME})(?:\s+\([^)]{{1,15}}\))?\s+(?:is|are)\s+(?:currently\s+)?"
               r"(?i:hiring|seeking|looking for|recruiting|proud to be|an equal)"),
    re.compile(rf"\bjoin(?:ing)? ({_NAME})(?:['’]s)? (?:as|team|in)\b"),
)
_NOT_COMPANY = word_set(
    "we our the this it you they candidates applicants company team employer organization "
    "us about role position job who why successful as at in for with if when all these those "
    "each every position"
)
# The subject opening an "about" paragraph: "Brightwave builds ...", "The Canadian
# Digital Service (CDS) is ...". Trusted only when the name recurs in the posting.
_SUBJECT = re.compile(rf"^(?:The\s+)?({_NAME})(?:\s+\([^)]{{1,15}}\))?\s+[a-z]")
_SMALL_WORDS = word_set("of and the for in on at to a an or with")


def _title_case(text: str) -> str:
    """ "IT PROJECT MANAGER" -> "IT Project Manager": two-letter words stay acronyms."""
    words = []
    for i, w in enumerate(text.split()):
        if len(w) <= 2 and w.isalpha() and w.lower() not in _SMALL_WORDS:
            words.append(w)
        elif w.lower() in _SMALL_WORDS and i:
            words.append(w.lower())
        else:
            words.append(w.capitalize())
    return " ".join(words)


def _trim_title(candidate: str) -> str | None:
    t = _TITLE_TAIL.sub("", candidate).strip(" -–—:|,")
    if not t or len(t.split()) > 9 or not _TITLE_NOUNS.search(t):
        return None
    if _is_caps(t) or t.islower():
        t = _title_case(t)
    head = t.split(",", 1)[0]
    if "," in t and _TITLE_NOUNS.search(head):  # "Account Executive, Mid-Market"
        t = head.strip()
    if " - " in t or " – " in t or " | " in t:  # "18F - UX Designer", "Acme | Nurse"
        parts = [p.strip() for p in re.split(r"\s[-–|]\s", t) if _TITLE_NOUNS.search(p)]
        t = parts[0] if parts else t
    if ":" in t:  # "Login.gov: Product Manager"
        head, _, tail = t.partition(":")
        if _TITLE_NOUNS.search(tail) and not _TITLE_NOUNS.search(head):
            t = tail.strip()
    return t or None


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


def title_of_line(line: str) -> str | None:
    """The job title a short line reads as ("18F - UX Designer" -> "UX Designer"), or None."""
    if len(line) > 120 or line[-1:] in ".!?" or classify_heading(line) is not None:
        return None
    return _trim_title(line)


def find_title(split: SplitPosting) -> str | None:
    """The job title when the posting names it: a "Job title:" label, a first line or a
    Markdown title that reads like one, or "we're hiring a Registered Nurse"."""
    head = split.lines[:15]
    for line in head:
        m = _TITLE_LABEL.match(line)
        if m and (t := _trim_title(m.group(1))):
            return t
    for candidate in (split.first_md_heading, head[0] if head else None):
        if candidate and candidate[-1:] not in ".!?" and classify_heading(candidate) is None:
            t = _trim_title(candidate)
            if t:
                return t
    for unit in split.units[:12]:
        t = _title_from_hiring(unit.text)
        if t:
            return t
    return None


def find_company(split: SplitPosting) -> str | None:
    """The employer's name, only from phrasings that leave no doubt: an "About Acme"
    heading, "At Acme, we", "Acme is hiring / is an equal opportunity employer"."""
    votes: list[str] = []
    whole = "\n".join(split.lines)

    def recurs(name: str) -> bool:
        return whole.count(name) >= 2

    head = split.lines[:2]
    if head and (title := _trim_title(head[0])):
        # "Store Manager – Maple & Main Home Goods", "18F - UX Designer" or a second line
        # "Cascade Fluid Systems, Spokane, WA" under the title.
        parts = [x.strip() for x in re.split(r"\s[-–—|]\s|\s+at\s+", head[0])]
        if len(head) > 1 and len(head[1].split()) <= 8:
            parts.append(head[1].split(",", 1)[0].strip())
        for part in parts:
            if (part and part[0].isupper() and not _TITLE_NOUNS.search(part)
                    and title not in part and len(part.split()) <= 5 and recurs(part)):
                votes += [part, part]  # next to the title: the strongest sign
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
        for pattern in _COMPANY_PATTERNS:
            for m in pattern.finditer(unit.text):
                name = m.group(1).strip()
                if name.split()[0].lower() not in _NOT_COMPANY:
                    votes.append(name)
    if not votes:
        return None
    counts: dict[str, int] = {}
    for v in votes:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: counts[v])  # first seen wins a tie
