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
from itertools import pairwise

from tailor_app.tailoring.caseless import Caseless, folded
from tailor_app.tailoring.model import PostingSection
from tailor_app.tailoring.posting.chrome import (
    board_listing,
    criterion_value,
    is_chrome,
    names_criterion,
    opens_board_list,
)
from tailor_app.tailoring.posting.headings import (
    classify_heading,
    few_words,
    is_caps,
    kind_of_words,
    only_heading_words,
    question_heading_kind,
    word_set,
)
from tailor_app.tailoring.posting.wishes import DEGREE_WISH, STAND_OUT_WISH
from tailor_app.tailoring.skills.phrases import sentence_spans
from tailor_app.tailoring.text import normalize_text

__all__ = [
    "IGNORED_KINDS",
    "MAX_CHARS",
    "SplitPosting",
    "Unit",
    "classify_heading",
    "is_caps",
    "split_posting",
    "word_set",
]

# Longer input is cut: no real posting comes near it, and it bounds the run time.
MAX_CHARS = 100_000
# Sections whose words never make a skill: they describe the employer's promises
# and the law, not the work.
# "conditions": the job's physical demands and working conditions (see ``headings``).
IGNORED_KINDS = frozenset({"legal", "benefits", "conditions"})


# The case-insensitive patterns below are searched in every paragraph, so they are
# Caseless (see caseless.py) and open each branch with a letter: "u(?<!\wu)" is
# "\bu" written so that the regex engine can skip to the letters that start a match.
_EEO = Caseless(
    r"equal (?:employment )?opportunity|without regard to|regardless of (?:their )?(?:race|age|sex"
    # An affirmative action plan is an HR job's deliverable ("prepare EEO-1 and affirmative
    # action plan data"), not the employer's notice of being an affirmative action employer.
    r"|gender|religion)|affirmative action(?! plans?\b)|protected veteran|reasonable accommodation"
    r"|sexual orientation|gender identity|national origin"
    # The employer's use of E-Verify, not an HR job's duty ("run onboarding and E-Verify").
    r"|participat(?:es|ing|e) in e-verify|enrolled in e-verify|e-verify (?:employer|participant)"
    # A school's or a bank's notice: "prohibits discrimination, harassment and bullying",
    # "does not discriminate", "Member FDIC and an Equal Housing Lender".
    r"|prohibits? discrimination|(?:does|do) not discriminate|non-?discrimination polic"
    r"|equal housing (?:lender|opportunity)|member fdic|federally insured by (?:the )?ncua"
    # "EEO/AA Employer.", "EOE/M/F/D/V": the notice in its letters.
    r"|e(?<!\we)eo(?:/[a-z]+)*[ \t]+employer|e(?<!\we)oe\b"
    # "EEO. Drug-free workplace.": the letters alone, opening a line or a sentence and
    # closed by a full stop (not "comply with FMLA, ADA and EEO.").
    r"|e(?:(?<=^e)|(?<=\ne)|(?<=\. e))eo(?:/[a-z]+)*\.(?=[ \t]|$)",
    # A word every match holds: most paragraphs hold none and are passed over at once.
    gate=("equal", "without regard", "regardless of", "affirmative action", "protected veteran",
          "reasonable accommodation", "sexual orientation", "gender identity", "national origin",
          "e-verify", "discriminat", "member fdic", "federally insured", "eeo", "eoe"),
)
# Hiring-process paragraphs (citizenship, background checks, pay administration) and
# logistics lines ("Location: ...", "Work schedule: ..."): they stay in their section's
# text, but their words are no demand on the candidate's skills.
_HR_BOILERPLATE = Caseless(
    r"u(?<!\wu)\.?s\.? citizen|citizenship|selective service|background (?:check|investigation)"
    # A drug test the candidate must pass, not one a collector or a clinic's staff
    # gives ("perform drug screen collections", "collect DOT drug tests").
    r"|d(?<!collect d)(?<!collecting d)(?<!perform d)(?<!performing d)(?<!administer d)"
    r"(?<!administering d)(?<!conduct d)(?<!conducting d)(?<!process d)(?<!processing d)"
    r"(?<!collect urine d)(?<!collecting urine d)"
    r"rug (?:test|screen)(?!(?:s|ing)? (?:collect|specimen|sample|kit|procedure|program))"
    r"|direct deposit|trial period|probationary period|public trust"
    # (A pay grade among a title's terms in brackets is no notice: "Budget Analyst (Pay
    # Grade 14, Hybrid)" opening a one-paragraph posting.)
    r"|authori[sz]ed to work|work authori[sz]ation|visa sponsorship|locality pay"
    r"|p(?<!\(p)(?<!, p)ay grade"
    r"|sans égard|peu importe (?:leur|la) race|équité en matière|mesures d.adaptation",
    gate=("citizen", "selective service", "background", "drug ", "direct deposit",
          "trial period", "probationary period", "public trust", "ed to work", "work authori",
          "visa sponsorship", "locality pay", "pay grade", "sans égard", "peu importe",
          "équité en matière", "mesures d"),
)
# An HR or recruiting job's own work on the hiring process names the same checks:
# "New hire onboarding: offer letters, background checks, drug screens, I-9 verification",
# "Coordinate background checks for new hires". Such a line is a duty unless it speaks to
# the candidate ("must pass", "contingent upon", "required").
_HIRING_DUTY = Caseless(
    r"(?:conduct|run|order|initiat|coordinat|schedul|process|manag|track|handl|facilitat"
    r"|administer|oversee)\w*(?: [\w-]+){0,3} (?:background|drug|pre-employment)"
    r"|onboarding|offer letters?|i-9s?\b|new[- ]hire paperwork|reference checks"
    # A payroll job's work on others' direct deposits ("troubleshoot returned direct
    # deposits", "maintain pay rates, deductions and direct deposit changes"); the hire's
    # own pay by direct deposit stays a notice (review R3).
    r"|(?:troubleshoot|process|set up|setup|enter|reconcile|research|correct|fix|update"
    r"|maintain|audit|verif|revers|handl|track)\w*[\w ,/-]{0,45}? direct deposits?\b"
    # Or what a payroll desk answers others about: "answer employee questions about pay
    # stubs, direct deposit and W-4 withholding", "help staff with direct deposit". The
    # verb opens the duty (the line, a sentence, a list's next item, or "you will"), and
    # its object is no "you": "Our HR team will help you enroll in direct deposit" and
    # "office staff can answer questions about direct deposit" stay notices (review A1).
    r"|(?:^|(?<=[.;:!?])[ \t]+|(?<=, )|(?<= and )|\byou(?:'ll|’ll| will)[ \t]+)"
    r"(?:answer|respond|resolv|field|explain|assist|help|support|educat|guid)\w*"
    r"(?![ \t]+(?:you|your|new hires?|with)\b)[\w ,/'’-]{0,60}? direct deposits?\b"
)
_CANDIDATE_FRAME = Caseless(
    r"must|pass(?:es|ed|ing)?\b|subject to|contingent|upon\b|requir|satisfactor|successful"
    r"|undergo|consent|submit|eligib|prior to|willing|able to"
)


def _hiring_notice(text: str, low: str | None) -> bool:
    """A hiring-process notice (citizenship, a background check the candidate must pass),
    not an HR job's duty of running those checks for others."""
    if _HR_BOILERPLATE.search(text, low) is None:
        return False
    return _HIRING_DUTY.search(text, low) is None or _CANDIDATE_FRAME.search(text, low) is not None


_LOGISTICS = Caseless(
    r"(?:location|salary(?: range)?|pay(?: range)?|who may apply|travel(?: requirement)?"
    r"|work schedule|schedule|shifts?|(?:rotating )?on[- ]call|appointment type|security clearance"
    r"|job family(?: \(series\))?|relocation|start date|employment type|job type|reports to"
    r"|closing date|hours|department"
    # A board's job criteria: "Industries: Primary and Secondary Education".
    r"|industry|industries|job functions?|seniority level"
    r"|job id|requisition|posted|deadline|lieu|salaire"
    # A job's own name and codes: "Job Title: IT Specialist (APPSW)", "Series & Grade:
    # 2210-15", "Promotion Potential: GS-15": the specialty's code in brackets asks nothing.
    r"|(?:job |position )?title|series(?: (?:&|and) grade)?|grade|promotion potential"
    r"|number of vacancies|(?:job )?announcement number|job code"
    # A careers site's filing of the job: "Req ID: 44817 | Category: Supply Chain".
    r"|req(?:uisition)?\.? (?:id|#|no\.?|number)|(?:job )?category)\s*:"
    # A board's job details copied as one line, its label and values apart by wide gaps
    # instead of a colon: "Shift and schedule  8 hour shift  Weekends as needed".
    r"|(?:shift and schedule|shift|schedule|job type|pay|salary|benefits|work location"
    r"|location)(?:[ \t]*\t|  )[ \t]*\S"
)
# A pay figure: "$24 to $32 per hour", "$36–$44/hr", "$85,000 - $95,000 a year".
_PAY = re.compile(
    r"[$€£]\s?\d[\d,.]*[kK]?(?:\s*(?:[-–—]|to)\s*[$€£]?\s?\d[\d,.]*[kK]?)?\s*"
    r"(?:/\s*(?:hr|hour|h|yr|year|annum)\b|(?:an?|per)\s+(?:hour|year|annum)\b"
    r"|(?:hourly|annually|yearly)\b)", re.IGNORECASE)
# A short paragraph that names pay is the pay line, unless it also says what the job
# asks: a whole posting written in two sentences ("We are looking for a shift lead who
# will run the espresso bar ...; pay is $19 an hour").
# A paragraph that opens by telling the reader what they must have: a requirements
# paragraph wherever it stands.
_ASKS_YOU = re.compile(
    r"(?:you (?:should|must|will need to|need to) (?:have|bring|hold)|you(?:'ll|’ll| will)?"
    r" (?:need|bring)\b|you have\b|the ideal candidate (?:has|will have|brings)"
    r"|(?:candidates|applicants) (?:should|must) (?:have|hold|bring))", re.IGNORECASE)
_ASKS = re.compile(
    r"\b(?:looking for|seeking|who will|you will|you'll|you’ll|must|required|requires"
    r"|responsib\w*|experience (?:with|in)"
    # "We need a friendly coordinator to confirm appointments ...", "We're hiring a
    # driver who can ...": a short posting's one sentence of demands.
    r"|we need|we(?:'re|’re| are) hiring|who can)\b", re.IGNORECASE)
# Word's second-level bullet survives a copy as a letter: "o Able to lift 50 lbs". Plain-text
# mail and careers pages type a bullet as two marks ("-- Run the daily huddle", "-> Log RFIs",
# ">> Pour footings"); read as one mark, not as prose that joins every duty into one line.
_BULLET = re.compile(
    r"^(?:--?>?|=>|>>?|[•▪◦●■►▸‣⁃∙·○◆◇✓✔➢➤→–—*+]|\(?\d{1,2}[.)]|\(?[a-z][.)]|o(?=[ \t]+[^\W_]))\s+"
)
_LONE_BULLET = frozenset("•▪◦●■►▸‣⁃∙·○◆◇✓✔➢➤→-–—*+")
_PAGE_NUMBER = re.compile(
    r"(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–]", re.IGNORECASE
)
# A PDF's running header or footer set apart from its page number by a wide gap: "CITY OF
# MAPLEWOOD            Page 2 of 2", "Page 1 of 3     Job Posting #4471" (the gap at least
# two spaces once the text is normalised).
_RUNNING_HEAD = re.compile(
    r"^(?:[^\n]{1,80}?\s{2,}page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?"
    r"|page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s{2,}[^\n]{1,80})$", re.IGNORECASE)
# "Unit.Your day": the dot comes first so the engine can jump from dot to dot.
_GLUED_SENTENCE = re.compile(r"\.(?<=[a-z]{2}\.)(?=[A-Z][a-z]{2})")
_MD_HEADING = re.compile(r"^#{1,6}\s*(.*?)\s*#*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?$")
_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\([^)\s]{0,500}\)")
_MD_MARKS = re.compile(r"\*\*|__|`|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
# A paragraph that tells the reader's days, opening like a heading in the company's
# own voice with no line of its own: "Day to day you'll check patients in", "In this
# role you will", "Your days will be spent taking orders". Under an "About the
# practice" heading it is the job's duties, not the employer's story.
_WORK_OPENING = re.compile(
    r"^\W*(?:(?:day[- ]to[- ]day|each day|every day|on (?:a|any) (?:typical|normal|given)"
    r" day|in (?:this|the) (?:role|position|job))\s*,?\s+(?:you(?:'ll|’ll| will)?)\b"
    r"|your (?:days|shifts|weeks) will be spent\b)", re.IGNORECASE)
_ROLE_WORDS = re.compile(r"\b(?:role|position|job|opportunity|work)\b", re.IGNORECASE)
# A paragraph that ends by opening a list of what the reader will do: "As a night
# shift nurse on our rehab hall you will", "In this job you'll:", "Your duties
# include:". The bullets under it are the duties, wherever the heading above stands.
_LEAD_IN = re.compile(
    r"(?:\byou(?:'ll|’ll| will)(?: also)?(?: be (?:responsible for|expected to|asked to))?"
    r"|\b(?:your|the) (?:duties|responsibilities|tasks) (?:will )?include)\s*:?\s*$",
    re.IGNORECASE)
# A lead-in told as a promise opens what the job gives: "When you join our team, you
# will", "Once you're hired you'll": its list is perks, not duties.
_PROMISE = re.compile(
    r"\b(?:when|once|if|after|as soon as|by joining)\b[^.;:!?]*\byou(?:'ll|’ll| will)"
    r"(?: also)?\s*:?\s*$", re.IGNORECASE)
# A bullet that opens by receiving is a perk under any lead-in: "Get paid CPR training",
# "Earn tuition help", "Enjoy weekly pay".
_REWARD_OPENING = re.compile(
    r"^\W*(?:get|earn|receive|enjoy|have access|be eligible|qualify for|take home)\b",
    re.IGNORECASE)
_INLINE_LABEL = re.compile(r"^([A-Za-z][\w'’&/#\- ]{1,48}?)\s*:\s+(\S.*)$")
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
    layout: bool = False  # a heading only by the posting's layout (``_layout_headings``)


def _has_md_marks(text: str) -> bool:
    return "*" in text or "__" in text or "`" in text


def _read_line(raw: str) -> _Line | None:
    """Classify one stripped, non-blank line. Each Markdown pattern runs only on a line
    holding the characters it needs: most lines are plain prose."""
    md = _MD_HEADING.match(raw) if raw[0] == "#" else None
    bold = _BOLD_LINE.match(raw) if raw[:2] in ("**", "__") else None
    text = _MD_LINK.sub(r"\1", raw) if "](" in raw else raw
    if md:
        heading = _MD_MARKS.sub("", md.group(1)).strip().rstrip(":").strip()
        return _Line(heading, heading=heading, kind=classify_heading(heading), strong=True,
                     markdown=True)
    if bold and few_words(bold.group(1), 10) is not None:
        heading = _MD_MARKS.sub("", bold.group(1)).strip().rstrip(":").strip()
        return _Line(heading, heading=heading, kind=classify_heading(heading), strong=True)
    text = (_MD_MARKS.sub("", text) if _has_md_marks(text) else text).strip()
    if not text:
        return None
    m = _BULLET.match(text)
    if m:
        return _Line(text[m.end():].strip(), bullet=True)
    words = few_words(text, 8)  # None: more than 8 words, which no heading has
    if words is not None:
        if text.endswith(":") and words:
            heading = text.rstrip(":").strip()  # the same words, without the colon
            return _Line(text, heading=heading, kind=kind_of_words(words), strong=True)
        if not text.endswith(".") and is_caps(text, words):
            return _Line(text, heading=text, kind=kind_of_words(words), strong=True)
        if text[-1] not in ".!;," and only_heading_words(words, 6):
            kind = kind_of_words(words)
            if kind:
                return _Line(text, heading=text, kind=kind)
    label = _INLINE_LABEL.match(text) if ":" in text else None
    if label:
        label_words = few_words(label.group(1), 5)
        kind = _label_kind(label_words) if label_words is not None else None
        if kind:
            return _Line(text, heading=label.group(1).strip(), kind=kind, strong=True,
                         rest=label.group(2).strip())
    return _Line(text)


# The first words of a label over what an application must hold ("Application
# materials:", "Requirements for applying:"), never over the job's skills.
_APPLYING_OPENERS = frozenset({"application", "applications", "requirements", "required",
                               "supplemental", "additional"})


def _label_kind(words: list[str]) -> str | None:
    """The section kind an inline label ("Requirements: ...") names, or None when it is
    no heading. Besides labels of heading words only, two shapes are headings whatever
    their other words: one worded like a question ("WHAT WE NEED: EPA 608 ...", "Why
    Comfort Pros: take-home truck, ..."), which no requirement opens with, and one
    naming the job's perks ("Team member perks: free golf, ...") or a notice ("Veterans
    Preference Notice: ..."). Left unread, the rewards under them were taken for duties
    and their capitals for acronyms."""
    if only_heading_words(words, 5):
        return kind_of_words(words)
    if words[-1] == "perks":
        return "benefits"
    if words[-1] in ("notice", "notices", "disclaimer"):
        return "legal"  # "Veterans Preference Notice: Applicants who ..."
    if words[0] in _APPLYING_OPENERS and kind_of_words(words) == "legal":
        return "legal"  # "Application Requirements: online application, resume, ..."
    return question_heading_kind(words)


def _clean_lines(text: str) -> list[_Line | None]:
    """Normalised lines (None for a blank), lone bullet glyphs merged into the next line,
    page numbers dropped."""
    out: list[_Line | None] = []
    pending_bullet = False
    normalized = normalize_text(text[:MAX_CHARS])
    # Over the whole text at once: the pattern never spans a line break, and it only
    # changes lines with a glued "Unit.Your", never a blank, a lone glyph or a page number.
    normalized = _GLUED_SENTENCE.sub(". ", normalized)
    board_list = False  # under a board's "Similar jobs": other jobs' titles follow
    criteria = False  # a board's criterion named ("Seniority level", "Job function")
    value_next = False  # the line after a criterion's name is its value
    for raw in normalized.split("\n"):
        s = raw.strip()
        if not s:
            out.append(None)
            board_list = False
            continue
        if s in _LONE_BULLET:
            pending_bullet = True
            continue
        if board_list and board_listing(s):
            continue  # "CDL-A Driver - Werner" under "Similar jobs"
        if value_next:
            value_next = False
            if criterion_value(s):
                continue  # "Entry level" under "Seniority level": the board's filing
        if names_criterion(s, criteria):
            criteria = value_next = True
            continue
        board_list = opens_board_list(s)
        if board_list or _PAGE_NUMBER.fullmatch(s) or is_chrome(s) or (
                "  " in s and _RUNNING_HEAD.match(s)):
            continue  # a page number, or the job board's links, buttons and ads
        line = _read_line(s)
        if line is None or not line.text:
            continue
        if line.heading is not None and not line.strong and _wrapped_on(out, line):
            line = _Line(line.text)  # "keep the document retention / schedule"
        if pending_bullet and line.heading is None:
            line.bullet = True
        pending_bullet = False
        out.append(line)
    _question_headings(out)
    _your_headings(out)
    _layout_headings(out)
    first = next((ln for ln in out if ln is not None), None)
    if first is not None and first.kind in IGNORED_KINDS and not first.rest \
            and is_caps(first.text):
        # "LEGAL ASSISTANT - WORKERS COMPENSATION": the posting's first line in capitals
        # is its title, whatever notice or reward one of its words may name.
        first.heading = first.kind = None
        first.strong = False
    return out


_WRAPPED_WIDTH = 40


def _wrapped_on(out: list[_Line | None], line: _Line) -> bool:
    """Is a bare line of heading words ("schedule", "experience") the rest of the line
    above it, hard-wrapped? It opens in lower case right under a line that ends no
    sentence, as no heading does: an e-mailed posting broke "keep the document retention
    schedule" after "retention", and the word alone was taken for a heading of the
    job's hours, which dropped every duty under it as pay."""
    above = out[-1] if out else None
    # The line above runs near the wrap (a short item "- Valid driver's license" over a
    # lower-case "benefits" is a list and its heading).
    return line.text[:1].islower() and above is not None and above.heading is None \
        and above.text[-1:] not in (".", ":", "!", "?") and len(above.text) >= _WRAPPED_WIDTH


def _your_headings(lines: list[_Line | None]) -> None:
    """Mark a bare line of two or three words opening with "Your" ("Your playbook",
    "Your territory") as a heading where it stands alone after a blank line with text
    right under it: a company's own heading over the job's work, read as the duties
    unless its words name another kind ("Your benefits"). Left unread, the work under it
    is taken as part of the section above, often the employer's story."""
    for i, line in enumerate(lines):
        if i == 0 or lines[i - 1] is not None or line is None or line.heading is not None \
                or line.bullet or line.text[-1] in ".!?;,:" or i + 1 >= len(lines) \
                or lines[i + 1] is None:
            continue
        words = few_words(line.text, 5)
        if words is None or len(words) < 2 or words[0] != "your":
            continue
        line.heading, line.kind = line.text, kind_of_words(words) or "responsibilities"


# A line that may be a heading in a company's own words: short, its first letter a
# capital, no sign of a sentence, a title line or a list ("Boise, Idaho", "Acme — Erie").
_LAYOUT_HEADING = re.compile(r"[A-Z][A-Za-z'’ &-]*")
# How many headings, known and unknown, a posting must show in the same layout before
# an unknown one is trusted: one alone could be a short line of any kind.
_LAYOUT_AGREES = 3


def _alone_after_blank(lines: list[_Line | None], i: int) -> bool:
    """Does line ``i`` stand alone after a blank line, with text right under it?"""
    return 0 < i < len(lines) - 1 and lines[i - 1] is None and lines[i + 1] is not None


def _text_under(lines: list[_Line | None], i: int, gap: bool) -> int | None:
    """The index of the text a line set apart after a blank line stands over: the next
    line, or with ``gap`` the line after one blank line. None when it stands over
    nothing, or not after a blank line."""
    if not 0 < i < len(lines) - 1 or lines[i - 1] is not None:
        return None
    if lines[i + 1] is not None:
        return i + 1
    if gap and i + 2 < len(lines) and lines[i + 2] is not None:
        return i + 2
    return None


def _blank_under_headings(lines: list[_Line | None]) -> bool:
    """Does the posting set a blank line under its known headings ("Who we are", blank,
    then the paragraph), as pages copied from careers sites often do? Then its headings
    in its own words may stand so too."""
    return any(line is not None and line.kind is not None and not line.rest
               and lines[i - 1] is None and lines[i + 1] is None
               and i + 2 < len(lines) and lines[i + 2] is not None
               for i, line in enumerate(lines[:-1]) if i > 0)


# What a job gives, line by line: "Staff meals every shift", "Free ski pass", "401(k)
# with 5% match", "Harborlight offers a hybrid schedule ...". A block of such lines
# under a heading in the company's own words ("The little things", "Our commitment")
# is the job's rewards, never more of the duties or requirements above it.
_REWARD = re.compile(
    r"\b(?:401\s?\(?k\)?|403\s?\(?b\)?|pension|paid (?:time off|holidays?|vacation|leave"
    r"|training|parking)|pto|vacation days|holidays off"
    # Cover named as cover: "Health, dental, 401(k)", "dental and vision", "pet
    # insurance"; never "dental radiography" or "dental insurance verification".
    r"|(?:medical|dental|vision|health|life)(?:,|[ \t]+and|[ \t]+&)?[ \t]+(?:dental|vision"
    r"|insurance|coverage|benefits|plans?)(?![ \t]+(?:verification|claims?|billing"
    r"|eligibility|benefits|codes?|terminology))"
    r"|(?:health|pet|life|disability) insurance(?![ \t]+(?:verification|claims?|billing))"
    r"|tuition|stipend|allowance|discount(?:s|ed)?|(?<!-)free[ \t]+(?=\w)|complimentary"
    r"|(?:staff|free|family|employee|shift) meals?|(?:employee|staff) housing|bonus(?:es)?"
    r"|wellness|gym|reimburs\w*|we (?:offer|provide)|offers|retirement)\b", re.IGNORECASE)
# A word of giving: a block is the job's rewards only when one of its lines holds one,
# never by words of cover alone ("Dental insurance verification" is a duty).
_GIVING = re.compile(
    r"[$%]|\b(?:paid|offers?|provides?|401\s?\(?k|403\s?\(?b|pto|free|discount(?:s|ed)?"
    r"|stipend|allowance|bonus(?:es)?|complimentary|reimburs\w*|match)\b", re.IGNORECASE)


def _rewards_under(lines: list[_Line | None], start: int) -> bool:
    """Are most lines of the block from ``start`` to the next blank line or heading the
    job's rewards (``_REWARD``), one of them with a word of giving (``_GIVING``)?"""
    block = []
    for line in lines[start:]:
        if line is None or line.heading is not None:
            break
        block.append(line.text)
    return bool(block) and 2 * sum(_REWARD.search(t) is not None for t in block) > len(block) \
        and any(_GIVING.search(t) for t in block)


# The words of a heading that only wishes ("Would make you stand out", "Bonus points",
# "Even better if"): read as a heading of the preferred asks where the layout agrees.
_WISH_HEADING_WORDS = word_set(
    """
    would will could make makes you your stand out what bonus points big pluses plus
    extra even better if nice to haves have set sets apart things that help helps really
    the a an these
    """
)


# Kinds a company's own heading may name by a word of it ("The Difference You'll Make"
# names the duties by "you'll"); other kinds need a heading's own words.
_TOLD_KINDS = frozenset({"responsibilities", "requirements", "benefits"})


def _layout_headings(lines: list[_Line | None]) -> None:
    """Mark lines a company wrote as headings in its own words ("On the line", "What the
    job really is", "What gets you in the door") where the posting's layout says so:
    a line of two to six words standing alone after a blank line, over a paragraph or
    bullets, below the first two lines (the title and the employer), in a posting that
    sets at least three lines so, one of them a heading whose words are known. Its words
    name no kind: below the employer's story or what the job offers it opens an "other"
    section, read as unheaded text is; below duties or requirements it goes on with
    them, as an unnamed sub-heading does. Left unread, the duties under such a line
    stayed in the section above it, often the employer's story or what it offers.

    Where the posting sets a blank line under its known headings, its own headings may
    stand so too. A block the line stands over that is mostly the job's rewards ("Staff
    meals every shift", "Free ski pass") makes it a heading of the benefits, even over
    short lines; a line made only of a wish's words ("Would make you stand out") heads
    the preferred asks. Before, such blocks were read as more of the requirements
    above them ("Staff meals", "Curiosity" and "Sense of Humor" asked)."""
    gap = _blank_under_headings(lines)
    known = 0
    candidates: list[tuple[int, str | None]] = []
    seen = 0  # non-blank lines so far
    for i, line in enumerate(lines):
        if line is None:
            continue
        seen += 1
        if line.heading is not None:
            known += line.kind is not None and (i == 0 or _text_under(lines, i, gap) is not None)
            continue
        under = _text_under(lines, i, gap)
        if seen <= 2 or line.bullet or under is None \
                or not _LAYOUT_HEADING.fullmatch(line.text):
            continue
        words = few_words(line.text, 6)
        after = lines[under]
        if words is None or len(words) < 2 or after is None or after.heading is not None:
            continue
        over_text = after.bullet or len(after.text.split()) >= 8
        kind = kind_of_words(words)
        if kind is None and _rewards_under(lines, under):
            candidates.append((i, "benefits"))
        elif kind is None and over_text:
            candidates.append((i, None))
        elif kind == "preferred" and over_text and all(w in _WISH_HEADING_WORDS
                                                       for w in words):
            candidates.append((i, "preferred"))
        elif kind in _TOLD_KINDS and over_text:
            # "The Difference You'll Make", "What You'll Need Day One": a heading in the
            # company's words that still names its kind by one of its words.
            candidates.append((i, kind))
    if known and known + len(candidates) >= _LAYOUT_AGREES:
        for i, kind in candidates:
            line = lines[i]
            assert line is not None
            line.heading, line.kind, line.layout = line.text, kind, True


def _question_headings(lines: list[_Line | None]) -> None:
    """Mark bare lines worded like a question heading ("What you bring to the table")
    as headings where the layout agrees: a blank line or the start of the text before
    them, or a bullet right after. Without this, a posting whose headings are all in
    the company's own words reads every duty and requirement under its opening
    "Who we are" as company talk."""
    for i, line in enumerate(lines):
        if line is None or line.heading is not None or line.bullet or line.text[-1] in ".!;,":
            continue
        words = few_words(line.text, 8)
        kind = question_heading_kind(words) if words else None
        if kind is None:
            continue
        after = next((ln for ln in lines[i + 1:] if ln is not None), None)
        if after is None:
            continue
        if (i == 0 or lines[i - 1] is None) or after.bullet:
            line.heading, line.kind = line.text, kind


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


# A first word in lower case with a capital after its first letter: a name ("aPHR", "iOS",
# "eClinicalWorks"), never the plain word a wrapped sentence carries on with.
_MIXED_CASE_OPENING = re.compile(r"[a-z]+[A-Z][\w-]*\b")


def _continues(prev: str, cur: str, wrap: int) -> bool:
    """True when ``cur`` carries on the sentence ``prev`` broke off (a hard wrap). A line
    opening with a name written in mixed case ("aPHR, PHR or SHRM-CP preferred", "iOS
    experience a plus") opens its own item as a capital would: read as a wrap, its "preferred"
    made the line above it a wish."""
    if (cur[:1].islower() and not _MIXED_CASE_OPENING.match(cur)) or (
            prev.endswith("-") and cur[:1].isalnum()):
        return True
    if prev[-1] in ".!?:;":
        return False
    return len(prev) >= 40 and len(prev) >= 0.7 * wrap


def _names_notice(line: _Line) -> bool:
    """A short bare line whose words name a legal notice ("Assessment accommodation",
    "Privacy notice"): a heading when it stands right after such a notice."""
    if line.bullet or line.text[-1:] in ".!?;,:":
        return False
    words = few_words(line.text, 5)
    return words is not None and kind_of_words(words) == "legal"


# A paragraph shorter than this is one notice or one ask: it is judged whole.
_PARAGRAPH = 300


# A sentence that states a wish of its own: "… is a plus", "preferred", "experience with".
_WISH = re.compile(r"\b(?:a plus|an? (?:advantage|asset|bonus)|preferred|desired|desirable"
                   r"|experience (?:with|in|supporting|using))\b"
                   rf"|\b(?:{DEGREE_WISH}|{STAND_OUT_WISH})", re.IGNORECASE)
# A sentence that names a credential asks for it even with no demand word: a district's
# "Minimum qualifications: ... a passing score on the ParaPro Assessment. Must pass a
# fingerprint background check. CPR and First Aid certification within 60 days of hire."
# (Not a licence: "Bring your driver's license on your first day" is the first day's
# paperwork, and a licence asked is told "required" or "must hold" anyway.)
_CREDENTIAL_NAMED = re.compile(
    r"\b(?:certifi(?:ed|cation|cations|cate|cates)|diploma|degree|credential|passing score)\b",
    re.IGNORECASE)
# A credential the employer gives, not one it asks: "We sponsor your guard card and pay
# for CPR certification classes", "Tuition reimbursement is offered for a degree".
_CREDENTIAL_OFFERED = re.compile(
    r"\b(?:we|the company|the district)\s+(?:will\s+)?(?:sponsor|pay|cover|reimburse|provide"
    r"|fund|offer)\w*|\btuition\b|\breimburs\w*|\b(?:is|are)\s+(?:offered|provided|covered)\b"
    r"|\bat no cost\b|\bfree of charge\b|\bpaid training\b", re.IGNORECASE)


def _ask_beside_notice(sentences: list[str]) -> bool:
    """Does a short paragraph hold, beside a hiring-process sentence ("You must pass a
    background check."), a sentence of its own that asks for something ("Experience with
    X is a plus", "You will perform venipuncture", "CPR certification within 60 days of
    hire": a credential named is asked)? Then it is cut like a long one;
    otherwise it is one notice."""
    if len(sentences) < 2:
        return False
    for sentence in sentences:
        low = folded(sentence)
        if _EEO.search(sentence, low) is not None:
            return False  # an equal-opportunity statement runs to the paragraph's end
        if not _hiring_notice(sentence, low) and (
                _WISH.search(sentence) or _ASKS.search(sentence)
                or (_CREDENTIAL_NAMED.search(sentence)
                    and not _CREDENTIAL_OFFERED.search(sentence))):
            return True
    return False


def _clauses(sentence: str) -> list[str]:
    """A sentence cut after each "; " (each clause keeps its semicolon, so the pieces
    joined by spaces give the sentence back)."""
    if "; " not in sentence:
        return [sentence]
    return [c + ";" for c in sentence.split("; ")[:-1]] + [sentence.split("; ")[-1]]


# Where a sentence's clause begins: ", and you must pass …", "; must pass …", a list's
# next item ("Forklift certification, CPR, must pass a drug screen") and "and" before
# the candidate's own passing ("CPR certification and pass a background check").
_CLAUSE_START = re.compile(
    r"(?:,(?:[ \t]+(?:and|plus))?|;|[ \t]and(?=[ \t]+(?:must[ \t]+|be[ \t]+)?"
    r"(?:able[ \t]+to[ \t]+)?(?:pass|submit|undergo|consent)\b))[ \t]+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"(?:,(?:[ \t]+(?:and|plus))?|;|[ \t]and)[ \t]*$", re.IGNORECASE)
_STRONG_BREAK = re.compile(r";|,[ \t]+(?:and|plus)", re.IGNORECASE)


def _notice_clause(sentence: str) -> list[str]:
    """A hiring-process sentence whose notice is only one of its clauses, cut into the
    notice and what it asks around it: "You need a GED, a year of experience with
    at-risk youth, and you must pass a background check" asks for the year and the
    GED before it gives the notice; "…; 2 years of experience preferred" asks after
    it. A clause of fewer than four words stays with the one before ("must pass a
    background check, drug screen, and physical"), and a sentence whose every clause
    is a notice stays whole."""
    low = folded(sentence)
    found = _HR_BOILERPLATE.search(sentence, low)
    if found is None or not _hiring_notice(sentence, low):
        return [sentence]
    # A plain comma or "and" cuts only before the notice: after it they go on with the
    # notice's own list ("regardless of race, color, religion, …").
    bounds = [0, *(m.end() for m in _CLAUSE_START.finditer(sentence)
                   if m.end() <= found.start() or _STRONG_BREAK.match(m.group())),
              len(sentence)]
    if len(bounds) == 2:
        return [sentence]
    runs: list[tuple[bool, str]] = []  # clauses joined while of one kind (notice or not)
    for a, b in pairwise(bounds):
        clause = sentence[a:b]
        low_clause = folded(clause)
        notice = _hiring_notice(clause, low_clause)
        if notice and runs and not runs[-1][0] \
                and _HIRING_DUTY.search(runs[-1][1], folded(runs[-1][1])) \
                and _CANDIDATE_FRAME.search(clause, low_clause) is None:
            # "send offer letters and kick off background checks, drug screens and TB
            # tests, track every candidate …": the list of checks goes on with the duty
            # before it; only a clause that speaks to the candidate is the notice.
            notice = False
        if runs and (len(clause.split()) < 4 or runs[-1][0] == notice):
            runs[-1] = (runs[-1][0], runs[-1][1] + clause)
        else:
            runs.append((notice, clause))
    if len(runs) < 2 or all(notice for notice, _ in runs):
        return [sentence]
    return [_CLAUSE_END.sub("", text).strip() for _notice, text in runs]


def _goes_on_with_duty(kept: list[str], sentence: str, low: str | None) -> bool:
    """Does a hiring-process "sentence" only go on with an HR duty before it? A run-on
    sentence is read in pieces (``sentence_spans`` cuts it at a space), so "... send offer
    letters and kick off background checks, / drug screens and TB tests, track every
    candidate ..." reaches here as two: the second names the checks the job runs, not a
    notice to the candidate, unless it speaks to them ("must pass", "contingent")."""
    if not kept or kept[-1].rstrip()[-1:] in (".", "!", "?", ";"):
        return False
    return _HIRING_DUTY.search(kept[-1], folded(kept[-1])) is not None \
        and _CANDIDATE_FRAME.search(sentence, low) is None


def _boilerplate_pieces(body: str) -> list[tuple[str, bool | None]]:
    """A long paragraph cut where its boilerplate sentences begin and end, each piece
    with its verdict: a hiring-process notice (True), sentences that were each judged
    no notice (False), or None where the piece is to be judged whole (a short
    paragraph, an equal-opportunity statement).

    A posting written as one paragraph often closes with its equal-opportunity
    sentence or names a background check in passing; judged whole, that paragraph
    would be boilerplate and the posting would ask for nothing. So an equal-opportunity
    sentence starts a piece that runs to the paragraph's end (its statement usually
    goes on: "All qualified applicants will receive consideration..."), and a
    hiring-process sentence ("must pass a background check") is a piece of its own;
    the sentences before and between stay what the section makes them. The run of
    sentences between notices is no notice even when, judged whole, it would read as
    one: "... run background checks and reference checks; ... A bachelor's degree is
    required" names a check as the job's duty and "required" of a degree, and a
    recruiter's whole one-paragraph posting was read as one hiring notice."""
    low = folded(body)
    if _EEO.search(body, low) is None and _HR_BOILERPLATE.search(body, low) is None:
        return [(body, None)]
    # A list of demands written as one sentence of clauses ("Associate's degree or a CDA
    # credential; CPR and First Aid certification; must pass a background check") is
    # cut at its semicolons too: the check is a piece of its own, the rest are asks; and
    # a notice that is one clause of a sentence (", and you must pass …") is cut off it.
    spans = sentence_spans(body)
    sentences = [piece for a, b in spans for clause in _clauses(body[a:b].strip())
                 for piece in _notice_clause(clause)]
    listed = len(sentences) > len(spans) and not all(
        _hiring_notice(c, folded(c)) or _EEO.search(c, folded(c)) for c in sentences)
    if len(body) < _PARAGRAPH and not listed and not _ask_beside_notice(sentences):
        return [(body, None)]
    pieces: list[tuple[str, bool | None]] = []
    kept: list[str] = []
    for n, sentence in enumerate(sentences):
        folded_sentence = folded(sentence)
        if _EEO.search(sentence, folded_sentence):
            if kept:
                pieces.append((" ".join(kept), False))
            return [*pieces, (" ".join(sentences[n:]), None)]
        if _hiring_notice(sentence, folded_sentence) \
                and not _goes_on_with_duty(kept, sentence, folded_sentence):
            if kept:
                pieces.append((" ".join(kept), False))
                kept = []
            pieces.append((sentence, True))
        else:
            kept.append(sentence)
    if kept:
        pieces.append((" ".join(kept), False))
    return pieces


def _facts_label(line: _Line) -> bool:
    """Is this a labelled line of the job's facts, its value on the line ("Pay:
    $19.00/hour + service charge", "Schedule: Full-time, seasonal", "Location: Erie,
    PA")? Such a label names the kind of its own line and of the lines right under it,
    never of the paragraphs after the next blank line: careers sites and boards print
    a block of such lines over the job's description, which was read as more pay and
    dropped whole. A label that leads into a list ("Benefits: we offer:") keeps its
    section as a heading does."""
    return line.kind in IGNORED_KINDS and bool(line.rest) and not line.rest.endswith(":")


# How the job is filed under wage law or a union, in capitals as a facts block prints it
# ("FLSA STATUS:", "CLASSIFICATION:", "WORK YEAR:"): a line of its own. (Only the line
# is split: "Classification: conduct job evaluations ..." in a duty list stays a duty.)
_FILING_LABEL = re.compile(r"(?:FLSA(?: STATUS| CLASSIFICATION)?|EXEMPTION STATUS"
                           r"|(?:EMPLOYMENT |JOB )?STATUS|CLASSIFICATION|BARGAINING UNIT"
                           r"|POSITION TYPE|WORK YEAR|FTE|JOB GOAL|DEPARTMENT|JOB TITLE)\s*:")


def _opens_facts(text: str) -> bool:
    """Does the line open with a label of the job's facts ("REPORTS TO: Building
    Principal", "FLSA Status: Exempt", "Location: Erie, PA")? Such a line starts its own
    unit even where the line above runs to the wrap: joined to a long "POSITION: Grade 7
    Science Teacher, Cedar Hollow Middle School" above it, its label was read as the
    position's words and "REPORTS" as an acronym asked. Only a line with a colon early
    on is matched (``_LOGISTICS``, as a unit's opening)."""
    colon = text.find(":", 0, 40)
    if colon <= 0:
        return False
    return _LOGISTICS.match(text, folded(text)) is not None \
        or _FILING_LABEL.match(text) is not None


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
    # An "about" section's paragraph opened a list of duties ("… you will"): the
    # bullets under it are responsibilities (``_LEAD_IN``).
    led_in = False
    # A labelled line of the job's facts ("Pay: $19.00/hour", "Schedule: Full-time,
    # evenings"): the section before the run of such lines, to go back to at the next
    # blank line (``_facts_label``).
    before_facts: tuple[str, str] | None = None

    def close() -> None:
        nonlocal parts
        if not parts:
            return
        body = _join(parts)
        parts = []
        low = folded(body)
        if _EEO.search(body, low) is None and _HR_BOILERPLATE.search(body, low) is None:
            # Most paragraphs: no boilerplate, one piece (as _boilerplate_pieces says),
            # and neither pattern is searched in it again.
            close_one(body, low, plain=True)
            return
        for piece, notice in _boilerplate_pieces(body):
            close_one(piece, folded(piece), notice=notice)

    def close_one(body: str, low: str | None, plain: bool = False,
                  notice: bool | None = None) -> None:
        nonlocal led_in
        index = len(sections) - 1
        if not plain and sections[index].kind != "legal" and _EEO.search(body, low):
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
        if notice or (notice is None and not plain and _hiring_notice(body, low)):
            kind = "legal"
        elif _LOGISTICS.match(body, low) or (len(body) < 240 and _PAY.search(body)
                                             and not _ASKS.search(body)):
            kind = "benefits"  # "$36–$44/hr DOE, 10% shift differential, 401(k)"
        elif kind == "about" and not bullet and _WORK_OPENING.match(body) \
                and not _ROLE_WORDS.search(sections[index].heading):
            # "Day to day you'll check patients in, ..." under "About the practice";
            # under "About the role" the reader judges each sentence as it is.
            kind = "responsibilities"
        elif kind == "about" and not bullet and _ASKS_YOU.match(body):
            # "About the job: ... (new paragraph) You should have 3+ years of outside
            # sales ...": what the reader must have, with no heading of its own.
            kind = "requirements"
        elif kind == "about" and bullet and led_in and not _REWARD_OPENING.match(body):
            # "About the role: As a night shift nurse you will / - Give meds …": the
            # list the paragraph opened is the job's duties, not more about the role.
            kind = "responsibilities"
        if not bullet:
            led_in = sections[index].kind == "about" and bool(_LEAD_IN.search(body)) \
                and not _PROMISE.search(body)
        units.append(Unit(kind, index, body, bullet))

    for line in lines:
        if line is None:
            close()
            prev_line = None
            if before_facts is not None:
                # The facts block ends here: the paragraph after it is not more pay.
                sections.append(PostingSection(*before_facts, ""))
                bodies.append([])
                resumed.add(len(sections) - 1)
                before_facts = None
            continue
        if line.heading is not None:
            close()
            led_in = False
            had_headings = True
            if _facts_label(line):
                if before_facts is None:
                    before_facts = (sections[-1].kind, sections[-1].heading)
            else:
                before_facts = None
            kind = line.kind
            if kind is None:
                # An unnamed sub-heading ("Tools:") continues the section it sits in;
                # a bold/caps/# heading we cannot name starts an "other" section.
                current = sections[-1].kind
                colon = line.text.endswith(":")
                kind = current if (colon or (line.layout and current != "about")) \
                    and current not in IGNORED_KINDS else "other"
            sections.append(PostingSection(kind, line.heading, ""))
            bodies.append([])
            if line.kind is None and not line.text.endswith(":"):
                parts, bullet = [line.heading], False  # keep its words: "## Python Developer"
                close()
            if line.rest:
                parts, bullet = [line.rest], False
                # The whole printed line measures the wrap: "DESIRABLE QUALIFICATIONS:
                # Experience with Illustrative" breaks off before "Mathematics curriculum".
                prev_line = line.text
            else:
                prev_line = None
            continue
        if prev_line is None and units and units[-1].kind == "legal" and _names_notice(line):
            # "Assessment accommodation" under an equal-opportunity paragraph: the
            # heading of the next notice, not a line of the section it interrupted.
            close()
            sections.append(PostingSection("legal", line.text, ""))
            bodies.append([])
            continue
        if line.bullet:
            close()
            parts, bullet = [line.text], True
        elif parts and prev_line is not None and _continues(prev_line, line.text, wrap) \
                and not _opens_facts(line.text):
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
