"""The degree a posting asks for, named at the top as the resume writes it.

A posting that asks for a degree ("Bachelor's degree in mathematics or education",
"BSN preferred") is read by someone who looks for it first, and an experienced
person's resume keeps its education at the foot of the page. The summary line then
names the degrees the resume holds at the level asked or above, exactly as its
education section writes them ("Education: Bachelor of Science in Nursing."), as a
careful editor would: nothing is reworded, so nothing can be claimed that the
resume does not say.

Left out on purpose: a high-school diploma (no reader of a posting looks for it at
the top), a degree not held or not yet ("expected 2027", "currently enrolled",
"did not graduate", "withdrew", "credits completed", read in every line of the
entry; in doubt, left out), a degree below the level asked, and a degree the first third of the
text already shows (an entry-level resume leads with its education).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.degrees import degree_levels, highest_degree, rank
from tailor_app.tailoring.model import Entry, ParsedResume, PostingAnalysis
from tailor_app.tailoring.resume.fields import CREDENTIAL, DEGREE

# Where a posting asks for something; what the company does, its benefits ("tuition
# support toward your BSN") and its legal notices ask nothing.
_ASKING = frozenset({"requirements", "preferred", "responsibilities", "other"})
# The lowest level worth the top of a resume.
_LOWEST = rank("associate")
# At most this many degrees, each at most this long: a degree's name, not a line.
MOST_DEGREES = 2
_LONGEST = 70
# A degree not held, or not yet: "(expected 2027)", "Currently enrolled: RN-to-BSN",
# "Completed 3 of 4 years; did not graduate", "Withdrew after junior year", "96 of 180
# credits completed", "Some college toward a BSW". Read in the entry's every line, the
# header and the lines under it; when in doubt the degree is left where it is.
_PENDING = re.compile(
    r"\b(?:expected|anticipated|in progress|enrolled|enrollment|pursuing|pursuit|candidate|"
    r"currently|incomplete|unfinished|ongoing|to be completed|graduating|"
    r"not (?:completed|finished|conferred|awarded)|did not|didn['’]t|never|withdrew|withdrawn|"
    r"left|dropped|some college|toward|towards|credits?|credit hours|attended|attending|"
    r"partial|ABD|all but)\b", re.IGNORECASE)
# Courses in place of a degree: "coursework in business" heads the entry. Under a
# degree, "Relevant coursework: …" lists what the degree took, and says nothing against it.
_COURSES_ONLY = re.compile(r"\b(?:coursework|courses)\b", re.IGNORECASE)
# The summary line's word for the list, which must be the resume's own word too.
LABEL = "Education"


def asked_levels(analysis: PostingAnalysis) -> set[str]:
    """The degree levels the posting asks for, required or preferred."""
    levels = {analysis.degree} if analysis.degree else set()
    asking = "\n".join(s.text for s in analysis.sections if s.kind in _ASKING)
    return levels | degree_levels(asking)


def _pending(entry: Entry, today: date, after: Entry | None = None) -> bool:
    """Does the entry say the degree is not held, or not yet, or end in the future?
    ``after`` is the entry below it when that one names no degree of its own: a blank
    line may part "Did not graduate" from the degree it speaks of."""
    lines = [*entry.header, *entry.bullets]
    if after is not None:
        lines += [*after.header, *after.bullets]
    if _PENDING.search(" ".join(lines)) or _COURSES_ONLY.search(" ".join(entry.header)):
        return True
    end = entry.end or entry.start
    return end is not None and not end.present and end.year is not None and (
        end.year, end.month or 12) > (today.year, today.month)


def held_degree_titles(resume: ParsedResume, today: date) -> list[tuple[int, int, str]]:
    """The resume's finished degrees from associate level up, as (minus the level, its
    place, the title as written): read before the posting, which most resumes make
    needless (no degree, or none held)."""
    found: list[tuple[int, int, str]] = []
    for section in resume.sections:
        if section.kind != "education":
            continue
        entries = section.entries
        for order, entry in enumerate(entries):
            title = (entry.title or "").strip(" ,;")
            if not title or len(title) > _LONGEST or not DEGREE.search(title) or (
                    CREDENTIAL.search(title)):
                continue
            level = rank(highest_degree(title))
            after = entries[order + 1] if order + 1 < len(entries) else None
            if after is not None and any(DEGREE.search(line) for line in after.header):
                after = None
            if level >= _LOWEST and not _pending(entry, today, after) and not any(
                    title == t for _l, _o, t in found):
                found.append((-level, order, title))
    return found


def held_degrees(resume: ParsedResume, analysis: PostingAnalysis, today: date,
                 above: int = 0, asked: set[str] | None = None,
                 titles: list[tuple[int, int, str]] | None = None,
                 body_of: Callable[[], str] | None = None) -> list[str]:
    """The resume's degrees at the level the posting asks or above, highest first and
    as its education section writes them; none already in the first third of the text
    (``above``: the characters the summary line adds over the body, pushing it down;
    ``asked`` and ``titles``: ``asked_levels`` and ``held_degree_titles`` when the
    caller has read them already; ``body_of`` gives the resume's text, rendered once
    for its callers)."""
    titles = held_degree_titles(resume, today) if titles is None else titles
    if not titles:
        return []
    # "High school" is as often the students a teacher teaches as a diploma asked, and
    # never worth the top: the lowest level asked from associate up.
    asked = asked_levels(analysis) if asked is None else asked
    floor = min((rank(level) for level in asked if rank(level) >= _LOWEST), default=-1)
    found = [t for t in titles if floor >= 0 and -t[0] >= floor]
    if not found:
        return []
    body = render_text(resume) if body_of is None else body_of()
    if not re.search(rf"\b{LABEL}\b", body, re.IGNORECASE):
        return []  # the line's label word is the resume's own, or no label at all
    top = body[: max(0, (len(body) + above) // 3 - above)].casefold()
    return [t for _l, _o, t in sorted(found) if t.casefold() not in top][:MOST_DEGREES]


def degree_sentence(degrees: Sequence[str]) -> str:
    """ "Education: M.Ed., Curriculum and Instruction; B.S., Mathematics" (a degree's
    own commas make the semicolon the list's mark)."""
    return f"{LABEL}: {'; '.join(degrees)}" if degrees else ""


__all__ = ["MOST_DEGREES", "asked_levels", "degree_sentence", "held_degree_titles",
           "held_degrees"]
