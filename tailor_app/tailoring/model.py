"""The engine's data: small dataclasses passed between its parts.

Every part of the engine (readers, resume parser, posting analyser, matcher,
tailor, guard, renderer) speaks in these types, and every type turns into plain
JSON (``to_dict``) and back (``from_dict``) so a finished job can be stored in the
database and exported later without re-running the engine.

Nothing here imports Qt, the database or the file system.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Canonical section kinds of a resume. "contact" is the block above the first
# heading; "other" is any heading we could not place.
SECTION_KINDS = (
    "contact",
    "summary",
    "experience",
    "education",
    "skills",
    "projects",
    "certifications",
    "awards",
    "publications",
    "volunteering",
    "languages",
    "interests",
    "references",
    "other",
)

# Kinds of vocabulary entries.
SKILL_KINDS = ("hard", "tool", "certification", "soft", "language")


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class TextLine:
    """One line of a resume file as a reader found it, with the hints it could keep.

    Hints let the parser trust a DOCX "Heading 1" or a bold, larger PDF line
    instead of guessing from the words alone. Readers leave a hint ``None`` when
    the format does not carry it.
    """

    text: str
    style: str | None = None  # DOCX paragraph style name, e.g. "Heading 1", "List Bullet"
    bold: bool | None = None  # whole line bold
    size: float | None = None  # font size in points (PDF, DOCX)
    page: int = 0  # 0-based page the line is on
    is_bullet: bool = False  # the format itself marks it as a list item (DOCX numbering)
    source: str = "body"  # "body", "table", "header", "footer"
    unsure: str | None = None  # why the reader guessed here: a key of UNSURE_REASONS


# Where a reader made a guess the user may want to check against the file (the PDF
# reader sets these; the window shades such lines in its Original pane).
UNSURE_REASONS = {
    "wrapped": "a wrapped line, joined to the line above",
    "hyphen": "a word broken by a hyphen at the line end, joined again",
    "cell": "text from a side column on the lines below, moved up to this line",
    "column": "the start of a column, read after the column to its left",
}


@dataclass
class ResumeDocument:
    """The text of a resume file, normalised, with per-line hints.

    ``text`` is exactly ``"\\n".join(line.text for line in lines)``: readers keep
    the two in step so the parser may use either.
    """

    text: str
    lines: list[TextLine]
    source_format: str  # "pdf", "docx", "odt", "rtf", "xml" (Word XML), "txt", "md"
    page_count: int | None = None
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, source_format: str = "txt") -> ResumeDocument:
        """A document from plain text, for pasted resumes, tests and the database copy."""
        lines = [TextLine(t) for t in text.splitlines()]
        return cls(text="\n".join(line.text for line in lines), lines=lines,
                   source_format=source_format)


# ----------------------------------------------------------------------- the resume


@dataclass(frozen=True)
class DateRef:
    """A date as a resume writes it, plus what we understood of it.

    ``present`` is True for "Present", "Current", "Now", "to date". Frozen: the dates
    reader hands one line's dates to every caller that reads the line (``text_memo``).
    """

    text: str
    year: int | None = None
    month: int | None = None  # 1..12 when known
    present: bool = False


@dataclass
class Entry:
    """One block of a section: a role, a degree, a project, or a paragraph.

    ``header`` holds the lines that introduce the entry exactly as written
    (title, employer, location, dates may be spread over one to three lines);
    ``bullets`` the lines under it with their glyph removed; ``plain[i]`` is True
    when bullet ``i`` had no bullet mark in the source (a description line under a
    role), so it is shown without one (an empty ``plain``: every line had a mark,
    as results saved before the field existed assume). The parsed fields
    (title, organisation, ...) are read from the header and never replace it:
    rendering prints the header lines, so nothing the user wrote is lost.
    """

    header: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    title: str | None = None
    organisation: str | None = None
    location: str | None = None
    start: DateRef | None = None
    end: DateRef | None = None
    plain: list[bool] = field(default_factory=list)

    def is_plain(self, index: int) -> bool:
        """Whether bullet ``index`` was written without a bullet mark."""
        return index < len(self.plain) and self.plain[index]

    @property
    def is_role(self) -> bool:
        """A role has a title or an employer and at least one date."""
        return bool((self.title or self.organisation) and (self.start or self.end))


@dataclass
class Section:
    """A titled part of a resume. ``heading`` is the title as written ('' for none)."""

    kind: str
    heading: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Contact:
    """Who the resume is about. ``lines`` are the contact block's lines as written."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class UserFact:
    """Something the user confirmed having that the resume does not say: a skill,
    the entry they used it in (its first header line as written; None for the skills
    list only) and optionally one line in their own words."""

    skill: str
    entry: str | None = None
    line: str | None = None


@dataclass
class ParsedResume:
    """A resume understood as a structure.

    Invariant kept by the parser: every kept line of the source (blank lines,
    rules such as "=====" and bullet glyphs are not kept) appears once, in order,
    in ``contact.lines``, a section heading, an entry header or an entry bullet —
    as a whole item, or as one part of an item when a wrapped line was joined to
    the line it continues with a single space. ``skills`` lists the items of skills
    sections, split, as written.
    """

    contact: Contact
    sections: list[Section]
    skills: list[str] = field(default_factory=list)
    source_format: str = "txt"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ParsedResume:
        def date(d: dict[str, Any] | None) -> DateRef | None:
            return DateRef(**d) if d else None

        sections = [
            Section(
                kind=s["kind"],
                heading=s["heading"],
                entries=[
                    Entry(
                        header=list(e["header"]),
                        bullets=list(e["bullets"]),
                        title=e.get("title"),
                        organisation=e.get("organisation"),
                        location=e.get("location"),
                        start=date(e.get("start")),
                        end=date(e.get("end")),
                        plain=[bool(p) for p in e.get("plain", [])],
                    )
                    for e in s["entries"]
                ],
            )
            for s in data["sections"]
        ]
        return cls(
            contact=Contact(**data["contact"]),
            sections=sections,
            skills=list(data.get("skills", [])),
            source_format=data.get("source_format", "txt"),
        )


# ---------------------------------------------------------------------- the posting


@dataclass
class PostingSection:
    """A part of a posting. kind: about, responsibilities, requirements,
    preferred, benefits, legal, other."""

    kind: str
    heading: str
    text: str


@dataclass
class SkillMention:
    """A skill the posting asks for, by its vocabulary name.

    ``snippet`` is the sentence or bullet of the posting it came from, so the user
    can see why the app thinks the posting wants it.
    """

    name: str  # canonical vocabulary name, or the key phrase as written
    kind: str  # one of SKILL_KINDS, or "phrase" for key phrases beyond the vocabulary
    required: bool
    snippet: str
    section: str  # PostingSection.kind it was found in
    # The posting's own first word for a vocabulary skill ("Postgres" for PostgreSQL):
    # an alias earns full credit only when it is this word. Read with the skills, so
    # scoring need not search the whole posting again; "" for other mentions.
    term: str = ""


@dataclass
class PostingAnalysis:
    """What a posting asks for."""

    title: str | None
    company: str | None
    sections: list[PostingSection]
    skills: list[SkillMention]  # one per canonical name, required wins over preferred
    keywords: list[str]  # key phrases beyond the vocabulary, most telling first
    min_years: int | None
    degree: str | None  # "high school", "associate", "bachelor", "master", "doctorate"
    certifications: list[str]

    @property
    def required_skills(self) -> list[str]:
        return [s.name for s in self.skills if s.required]

    @property
    def preferred_skills(self) -> list[str]:
        return [s.name for s in self.skills if not s.required]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["required_skills"] = self.required_skills
        data["preferred_skills"] = self.preferred_skills
        return data


# --------------------------------------------------------------------- the matching


@dataclass
class SkillMatch:
    """A posting skill the resume shows. ``evidence`` is the resume line that shows it;
    ``resume_term`` is the resume's own word for it (may differ: "Postgres")."""

    name: str
    kind: str
    required: bool
    evidence: str
    resume_term: str


@dataclass
class CategoryScore:
    """One line of the score's breakdown: points earned of points possible."""

    category: str
    earned: float
    possible: float
    detail: str


@dataclass
class MatchReport:
    """How well a resume text meets a posting; ``score`` is 0..100."""

    score: int
    formula_version: str
    breakdown: list[CategoryScore]
    matched: list[SkillMatch]
    missing_required: list[str]
    missing_preferred: list[str]
    years_required: int | None
    years_found: float | None
    degree_required: str | None
    degree_found: str | None
    # Unmet asks too uncertain to call missing (skills/uncertain_gaps.py): the posting's
    # own everyday words for a duty, which a resume says in other words. Listed to check.
    unconfirmed: list[str] = field(default_factory=list)
    # Unmet skills of the work whose words a line of the resume uses, each to that line
    # (skills/uncertain_gaps.py): the line may tell the work in other words. To check.
    maybe_shown: dict[str, str] = field(default_factory=dict)

    @property
    def missing(self) -> list[str]:
        return self.missing_required + self.missing_preferred

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["missing"] = self.missing
        return data


# ----------------------------------------------------------------------- the result


@dataclass
class GuardReport:
    """What the truthfulness guard found. ``ok`` is False when any list is non-empty."""

    invented: list[str] = field(default_factory=list)  # terms in output, not in source
    lost: list[str] = field(default_factory=list)  # source lines missing from output

    @property
    def ok(self) -> bool:
        return not self.invented and not self.lost

    def message(self) -> str:
        """A sentence a user can read on a FAILED row."""
        parts = []
        if self.invented:
            parts.append("it would add things your resume does not say: "
                         + ", ".join(self.invented[:5]))
        if self.lost:
            parts.append("it would drop lines of your resume: "
                         + "; ".join(s[:60] for s in self.lost[:3]))
        return "The tailored resume was not saved because " + " and ".join(parts) + "."


@dataclass
class TailorResult:
    """Everything a tailoring run produced."""

    text: str  # the tailored resume, as plain text (what the user reads and exports)
    tailored: ParsedResume  # the same, as a structure (what the .docx/.pdf writers use)
    summary: str | None  # the summary line put at the top, built from resume facts
    original: ParsedResume
    analysis: PostingAnalysis
    match_before: MatchReport
    match_after: MatchReport
    renamed: dict[str, str]  # resume's word -> posting's word for the same skill
    guard: GuardReport
    # Changes the guard objected to and tailoring left out ("Postgres → PostgreSQL",
    # "the summary line …"): the job completes without them.
    dropped: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # lines the user's facts added
    left_out: list[str] = field(default_factory=list)  # lines left out to fit the pages
    facts_used: list[UserFact] = field(default_factory=list)
    # what would be left out next, in order (the .pdf writer's correction), and the
    # page count asked for (None: keep everything)
    spare: list[list[str]] = field(default_factory=list)
    pages: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "tailored": self.tailored.to_dict(),
            "summary": self.summary,
            "original": self.original.to_dict(),
            "analysis": self.analysis.to_dict(),
            "match_before": self.match_before.to_dict(),
            "match_after": self.match_after.to_dict(),
            "renamed": dict(self.renamed),
            "guard": {"invented": self.guard.invented, "lost": self.guard.lost},
            "dropped": list(self.dropped),
            "added": list(self.added),
            "left_out": list(self.left_out),
            "facts_used": [asdict(f) for f in self.facts_used],
            "spare": [list(group) for group in self.spare],
            "pages": self.pages,
            "gaps": {
                "missing_required": self.match_after.missing_required,
                "missing_preferred": self.match_after.missing_preferred,
                "unconfirmed": self.match_after.unconfirmed,
                "maybe_shown": self.match_after.maybe_shown,
            },
        }
