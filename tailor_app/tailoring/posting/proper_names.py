"""Names whose parts the vocabulary reads as skills of another trade.

"Epicor Eclipse" is the distributor's ERP sold by Epicor, not the Eclipse IDE; "Gerald R.
Ford International Airport (GRR)" gives the airport's code, not Gross Revenue Retention.
A vendor's name directly before a word the vocabulary knows in an unrelated field names
the vendor's product line; capital letters in brackets after a named place are its
code. Both are read by shape and by the vocabulary's fields, so they hold for any vendor
and any place; a vendor and a product of the same field ("Allen-Bradley RSLogix") stay
two asks, as the labels read them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tailor_app.tailoring.posting.cue_lines import cue_lines, scan_cued
from tailor_app.tailoring.posting.protocols import HitLike

__all__ = ["grade_band_spans", "initials_of_names", "place_code_spans", "product_line_drops"]


def _fields(hit: HitLike) -> frozenset[str]:
    return frozenset(getattr(hit.skill, "fields", ()) or ())


def _one_word_name(text: str, hit: HitLike) -> bool:
    surface = text[hit.start:hit.end]
    return " " not in surface and surface[:1].isupper()


def product_line_drops(text: str, hits: Sequence[HitLike]) -> set[int]:
    """Indexes of tool hits that name a vendor's product ("Eclipse" of "Epicor
    Eclipse"): a capitalised one-word tool right after another, one space apart, in no
    field of the first, and not one of a run of three tools written without commas
    (a list of tags)."""
    drop: set[int] = set()
    tools = [(n, h) for n, h in enumerate(hits)
             if h.skill.kind == "tool" and _one_word_name(text, h)]
    for k in range(1, len(tools)):
        (_m, vendor), (n, product) = tools[k - 1], tools[k]
        if text[vendor.end:product.start] != " ":
            continue
        before = tools[k - 2][1] if k >= 2 else None
        after = tools[k + 1][1] if k + 1 < len(tools) else None
        if (before is not None and text[before.end:vendor.start] == " ") or (
                after is not None and text[product.end:after.start] == " "):
            continue  # "QuickBooks Excel Outlook": a list without commas
        if _fields(vendor) and _fields(product) and not _fields(vendor) & _fields(product):
            drop.add(n)
    return drop


# A named place and its code in brackets: "Gerald R. Ford International Airport (GRR)",
# "Mercy West Hospital (MWH)", "Lincoln Distribution Center (LDC)".
_PLACE_CODE = re.compile(
    r"\b(?:Airport|Station|Terminal|Port|Hospital|Center|Centre|University|College|County"
    r"|District|Base|Depot|Campus|Mall|Park|Plant|Warehouse|Facility)[ \t]*\(([A-Z]{2,5})\)")


def place_code_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the codes a posting gives its named places."""
    if "(" not in text:
        return []
    return [m.span(1) for m in scan_cued(_PLACE_CODE, text, cue_lines(text, len(text), ("(",)))]


# A band of school grades: "Grades 6-8", "grade 3", "Grades K–5", "Gr. 9/10". It says
# whom the job teaches, never a skill ("Grades" was read as a name in a title's brackets).
_GRADE_BAND = re.compile(
    r"\b(?:[Gg]rades?|Gr\.)[ \t]+(?:K|PK|TK|Pre-K|\d{1,2})"
    r"(?:[ \t]*(?:[-–—/]|to|through)[ \t]*(?:K|\d{1,2})|(?:,[ \t]*\d{1,2})+)?\b")
# Spelled out: "kindergarten through fifth grade", "pre-K to 8th grade" (a school nurse's
# or a counselor's school, read as Kindergarten Teaching); tried only where the text
# says "grade" after one of those words.
_SPELLED_BAND = re.compile(
    r"\b(?i:kindergarten|pre-?k|preschool|TK)[ \t]+(?i:through|thru|to)[ \t]+"
    r"(?i:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|\d{1,2}(?:st|nd|rd|th))[ \t]+grade|grade[ \t]+\d{1,2})\b")


def grade_band_spans(text: str) -> list[tuple[int, int]]:
    """Spans of grade bands."""
    if "rade" not in text and "Gr." not in text:
        return []
    spans = [m.span() for m in _GRADE_BAND.finditer(text)]
    low = text.lower()
    if "grade" in low and any(w in low for w in ("kindergarten", "pre-k", "prek", "preschool",
                                                 "tk ")):
        spans += [m.span() for m in _SPELLED_BAND.finditer(text)]
    return spans


# An organisation spelled out in the text ("Ridgecrest Unified School District") and its
# initials used later on their own ("the RUSD certificated schedule"): the letters are
# the organisation's, no skill. The name ends in a word employers' names end in (not an
# institute or association, whose letters name the course it gives: "CPI training"),
# and is not glossed in brackets (that pair is read by ``terms.acronym_pairs``).
_ORGANISATION_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+(?:(?:of|and|&|for)[ \t]+)?){1,5}"
    r"(?:District|School|Schools|College|University|Hospital|County|Department|Company"
    r"|Corporation|Group|Health|Network|Bank|Union|Academy|Clinic)\b(?![ \t]*\()")
# The last words of ``_ORGANISATION_NAME``, as written ("School" of "Schools"): only the
# lines holding one are read.
_ORGANISATIONS = ("District", "School", "College", "University", "Hospital", "County",
                  "Department", "Company", "Corporation", "Group", "Health", "Network", "Bank",
                  "Union", "Academy", "Clinic")
# A course or credential an organisation gives: "CPI training" asks for it.
_ITS_COURSE = re.compile(r"[ \t]*(?:\([^)]*\)[ \t]*)?(?:training|certified|certifications?"
                         r"|certificates?|course|class|card|exam|designation|credential"
                         r"|license|licence)\b", re.IGNORECASE)
_SMALL = frozenset({"of", "and", "&", "for"})
_CAPITALS = re.compile(r"\b[A-Z]{3,6}\b")


def initials_of_names(text: str) -> list[tuple[int, int]]:
    """Spans of capital letters that are the initials of an organisation the text
    spells out elsewhere."""
    initials: set[str] = set()
    for m in scan_cued(_ORGANISATION_NAME, text, cue_lines(text, len(text), _ORGANISATIONS)):
        words = m.group().split()
        initials.add("".join(w[0] for w in words if w not in _SMALL))
        initials.add("".join(w[0].upper() for w in words))
    if not initials:
        return []
    return [m.span() for m in _CAPITALS.finditer(text)
            if m.group() in initials and _ITS_COURSE.match(text, m.end()) is None
            and text[max(0, m.start() - 1):m.start()] != "("]
