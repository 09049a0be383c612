"""The minimum years of experience and the degree a posting asks for (``min_years``,
``degree``), with the patterns that read them ("5+ yrs", "three to five years", "a
minimum of five years"; not "4 years of college" or "a 2-year contract"). Caseless
patterns are searched through every unit; the reader supplies each unit's wording,
sentences and required-or-preferred answer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tailor_app.tailoring.caseless import Caseless, folded, word_start
from tailor_app.tailoring.degrees import highest_degree, rank

if TYPE_CHECKING:  # the reader asks these questions of itself: no cycle at run time
    from tailor_app.tailoring.posting.reader import PostingReader

# ------------------------------------------------------------------ years, degree
NUMBER_WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen"))}
NUM = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
# Caseless patterns (see caseless.py) are the ones searched through every unit.
YEARS = Caseless(
    # "5+", "five plus", "two-plus", "five or more"
    rf"\b{NUM}(?:\s*\(\s*\d{{1,2}}\s*\))?\s*(?:\+|-?\s*plus|or more|or greater)?\s*"
    rf"(?:(?:-\s*to\s*-|-|–|to|or)\s*{NUM}(?:\s*\(\s*\d{{1,2}}\s*\))?\s*\+?\s*)?"
    r"(?:years?|yrs?|ans?)\b(?:\+(?!\w))?"  # "2 yrs+ in a call center"
)
# "At least 12 months of customer service", "18 months in a support role": a year or
# more written in months, read as its whole years (less than a year asks for none).
MONTHS = re.compile(r"\b(\d{2}|twelve)\s*\+?\s*(?:months?|mos?)\b(?:\+(?!\w))?",
                    re.IGNORECASE)
YEARS_NOT_BEFORE = re.compile(
    # A window of time, not a span of work: "no more than two violations in three
    # years", "during the first 2 years" (experience is "3 years in retail", after).
    r"\b(?:within|in|during|after|first|past|last|every|under|aged?|once|twice|times|per"
    # "up to 5 years": a ceiling, no minimum; "6 months to 1 year": less than a year.
    r"|up\s+to|months?\s*(?:to|-|–|or)"
    # A ceiling or a term's length: "serve in excess of 8 years", "not to exceed 4 years"
    r"|in\s+excess\s+of|exceed(?:s|ing)?|NTE|longer\s+than|beyond"
    # What the job will hold: "you will spend 2 years on a rotation" (a program's length;
    # "you've spent 3 years in retail" is experience)
    r"|(?:will|you['’]ll)\s+spend"
    # How long a contract or term runs: "the contract runs for 2 years".
    r"|(?:runs?|lasts?|lasting|extends?)(?:\s+for)?(?:\s+up\s+to)?"
    r"|(?:term|period|duration|length)\s+of)\s*(?:the\s*)?$", re.IGNORECASE)
YEARS_NOT_AFTER = re.compile(
    # "22 an hour": the French "an" (a year) read before an English pay unit is an article.
    r"(?<=[Aa][Nn])\s+(?:hour|hr)\b"
    r"|\s*(?:ago|old|of age|of (?:college|university|school|study|coursework|education"
    # "years of service" is tenure, "years of service or repair plumbing experience" not
    r"|(?:service|training)\b(?![\w\s/,-]{0,40}\bexperience)"
    r"|hire|employment|schooling|apprenticeship|high school|grad(?:uate)? school)"
    # "three years running" is a streak, "3 years running for the readers' poll" too;
    # "3+ years running payroll" is the work done.
    r"|in business|warranty|history|from|after|of operation|contract|in a row"
    r"|running(?!\s+(?!(?:and|for|with|among|by|in|at|from|since|now|as)\b)[a-z])"
    # "a valid license with 3 years of driving history", "3 years of clean record": a
    # record kept, not work done
    r"|of\s+(?:[\w-]+\s+){0,2}(?:history|record)\b"
    r"|straight|consecutive)",
    re.IGNORECASE,
)
EXPERIENCE = Caseless(
    f"experience|{word_start('exp')}\\b|background|track record|expérience")
# "3 years in retail", "2 years as a cook", "2 years at a front desk", "2 years behind a
# bar", "3 years on a framing crew": where or as what the years were worked.
YEARS_TIED = re.compile(
    r"\s*(?:of\s+)?(?:[\w/&-]+\s+){0,3}?(?:in|as|with|of|at|behind|on|[a-z]{3,}ing)\b",
    re.IGNORECASE)
# "Requirements: 3+ years Power BI development; strong DAX": under the requirements,
# the years before a short line of work that ends the item are that work's experience.
YEARS_LISTED = re.compile(r"[ \t]+(?:[\w/&+#.-]+[ \t]+){0,3}[\w/&+#-]+[ \t]*(?:[;,]|\.(?!\w)|$)")
# "Sales: 2 years (Required)": a job board's experience line, its field as the label.
YEARS_LABELLED = re.compile(r"\s*\(\s*(?:required|preferred)\s*\)", re.IGNORECASE)
# "at least a year of experience", "a year's experience": one, written as "a".
A_YEAR = re.compile(r"\b(?:at\s+least|minimum\s+of|over|more\s+than)?\s*\ba\s+(?:full\s+)?"
                    r"year(?:['’]s)?(?![\w-])", re.IGNORECASE)
# "Years of experience: 4", "Years of related experience - 3+": the figure after its label.
YEARS_AFTER_LABEL = re.compile(
    r"\byears\s+of\s+(?:[\w-]+\s+){0,2}?experience(?:\s+required)?\s*[:–-]\s*(\d{1,2})\b",
    re.IGNORECASE)
# Between two figures of one sentence: the second is another way in, not a further
# demand ("4 years of experience, or 8 years in lieu of a degree"; "3 years with a
# bachelor's degree, or 5 with an associate's"). The first is the posting's own. Only
# an "or" that opens the second figure's own words counts ("2 years in sales or
# marketing and 5 years managing" asks for 5), or "in lieu"/"instead" right after it.
OTHER_WAY_IN = re.compile(r"\bor\s+(?:(?!and\b)[\w'’-]+\s+){0,4}$", re.IGNORECASE)
IN_LIEU_AFTER = re.compile(r"[^.;]{0,60}?\b(?:in\s+lieu|instead)\b", re.IGNORECASE)
# "A bachelor's degree in social work or a related field, or two years of equivalent
# experience": years that stand in for a degree, another way in rather than the role's
# own demand ("and one year of case management" after it is that).
DEGREE_OR_BEFORE = re.compile(
    r"\b(?:degree|diploma|bachelor\w*|BSW|MSW|BSN|associate['’]?s)\b[^.;]{0,100}?,?\s+or\s+"
    r"(?:an?\s+)?(?:additional\s+)?$", re.IGNORECASE)
# "worked in a commercial kitchen for at least 3 years", "licensed for 2 years": the
# years of a working life, written after it.
YEARS_TIED_BEFORE = re.compile(
    r"\b(?:worked|working|employed|licensed|practi[cs]ed|practi[cs]ing|served|serving)\b"
    r"[^.;:!?\n]{0,60}\bfor\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+"
    r"|more\s+than\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
# "g(?<!\wg)ed" is "\bged": each branch opens with a letter, so the search can skip
# ahead to the letters that start one (ten times faster than the IGNORECASE form).
DEGREE_CONTEXT = Caseless(
    r"degree|diploma|g(?<!\wg)ed\b|bachelor|master['’]?s|ph\.?\s?d|doctor|m(?<!\wm)ba\b|graduate"
    r"|equivalent|b(?<!\wb)\.?s\.?c?\b|m(?<!\wm)\.?s\.?c?\b|b(?<!\wb)\.?a\b|m(?<!\wm)\.?a\b"
    r"|b(?<!\wb)sn\b|m(?<!\wm)sn\b|a(?<!\wa)dn\b|dipl[ôo]me|baccalaur|high school"
)
HIGH_SCHOOL_CONTEXT = re.compile(r"diploma|\bged\b|equivalent|graduate|degree|education",
                                  re.IGNORECASE)
DEGREE_SPLIT = re.compile(r"\bor\b|/|,|\band\b|;", re.IGNORECASE)



def min_years(reader: PostingReader) -> int | None:
    """The posting's minimum years of experience: the largest required figure tied to
    experience (a preferred one only when none is required, and one taken in place of
    a degree only when there is no other), or None."""
    found: list[int] = []
    preferred: list[int] = []
    instead: list[int] = []  # years taken in place of a degree: only when nothing else
    for i in range(len(reader.units)):
        wording = reader.wording(i)
        text = wording.text
        last: tuple[tuple[int, int], int] | None = None  # (sentence, end) of the last figure
        for years, start, end, own_tie in _figures(text, wording.low):
            if not 0 < years <= 30:
                continue
            if YEARS_NOT_BEFORE.search(text, max(0, start - 20), start):
                continue
            if YEARS_NOT_AFTER.match(text, end):
                continue
            sentence = reader.sentence(i, start)
            clause = wording.clause(sentence, start)
            tied = (own_tie or EXPERIENCE.search(text, wording.low, *clause)
                    or YEARS_TIED.match(text, end)
                    or YEARS_LABELLED.match(text, end)
                    or YEARS_TIED_BEFORE.search(text, max(0, start - 90), start)
                    or _experience_heading(reader, i)
                    or (reader.units[i].kind in ("requirements", "preferred")
                        and YEARS_LISTED.match(text, end) is not None))
            if not tied or reader.context(i, start, "hard") is not True:
                continue  # "a firm celebrating 25 years of land development work"
            if last is not None and last[0] == sentence and ";" not in text[last[1]:start] \
                    and (OTHER_WAY_IN.search(text, last[1], start)
                         or IN_LIEU_AFTER.match(text, end)):
                continue  # "…, or 8 years in lieu of a degree": another way in
            last = (sentence, end)
            if DEGREE_OR_BEFORE.search(text, max(sentence[0], start - 120), start):
                instead.append(years)  # "a degree in social work, or two years of …"
                continue
            (found if reader.required(i, start) else preferred).append(years)
    # "5+ years of experience, including at least one year leading a team": the
    # figure for the role is the largest required one, not a sub-requirement; a
    # posting that only prefers years ("one year preferred but we will train")
    # still says what experience the role wants.
    found = found or preferred or instead
    return max(found) if found else None

def _experience_heading(reader: PostingReader, index: int) -> bool:
    """Does the unit stand under an "Experience:" label ("Experience: 3 years")?"""
    section = reader.units[index].section
    heading = reader.headings[section] if 0 <= section < len(reader.headings) else ""
    return bool(heading) and EXPERIENCE.search(heading, folded(heading)) is not None

def degree(reader: PostingReader) -> str | None:
    """The lowest degree level the posting requires, or None."""
    levels: list[str] = []
    for i in range(len(reader.units)):
        wording = reader.wording(i)
        text = wording.text
        spans = {reader.sentence(i, m.start())
                 for m in DEGREE_CONTEXT.finditer(text, wording.low)}
        for a, b in sorted(spans):
            pos = a
            for part in DEGREE_SPLIT.split(text[a:b]):
                level = highest_degree(part)
                here = text.find(part, pos, b) if part else pos
                pos = max(pos, here)
                if level is None:
                    continue
                if level == "high school" and not HIGH_SCHOOL_CONTEXT.search(text, a, b):
                    continue
                if reader.required(i, pos):
                    levels.append(level)
    return min(levels, key=rank) if levels else None


def _figures(text: str, low: str | None) -> list[tuple[int, int, int, bool]]:
    """Every figure of years in a unit, in reading order: (years, start, end, and whether
    its own words tie it to experience, as "Years of experience: 4" does)."""
    out = []
    for m in YEARS.finditer(text, low):
        value = m.group(1).lower()
        out.append((int(value) if value.isdigit() else NUMBER_WORDS.get(value, 99),
                     m.start(), m.end(), False))
    # Both readings below need the letters "year" (no other letter folds to y, e, a or r
    # under IGNORECASE), which most units lack: the scan of each is skipped then.
    lowered = low if low is not None else text.lower()
    if "year" in lowered:
        out += [(1, m.start(), m.end(), False) for m in A_YEAR.finditer(text)]
        out += [(int(m.group(1)), m.start(), m.end(), True)
                for m in YEARS_AFTER_LABEL.finditer(text)]
    if "month" in lowered or "mos" in lowered:  # likewise
        for m in MONTHS.finditer(text):
            months = 12 if m.group(1).lower() == "twelve" else int(m.group(1))
            if 12 <= months <= 120:
                out.append((months // 12, m.start(), m.end(), False))
    return sorted(out, key=lambda f: f[1])

__all__ = [
    "A_YEAR",
    "DEGREE_CONTEXT",
    "DEGREE_OR_BEFORE",
    "DEGREE_SPLIT",
    "EXPERIENCE",
    "HIGH_SCHOOL_CONTEXT",
    "IN_LIEU_AFTER",
    "MONTHS",
    "NUMBER_WORDS",
    "OTHER_WAY_IN",
    "YEARS",
    "YEARS_AFTER_LABEL",
    "YEARS_LABELLED",
    "YEARS_LISTED",
    "YEARS_NOT_AFTER",
    "YEARS_NOT_BEFORE",
    "YEARS_TIED",
    "YEARS_TIED_BEFORE",
    "degree",
    "min_years",
]
