"""The resume's sections, once the parser has found its headings and labelled lines.

Split from ``parser`` (which decides what is a heading, a labelled line and the
contact block) because cutting the rest into sections is its own question: where
a resume without headings starts its roles and its education, and how a labelled
line ("Skills: ...") interrupts the section around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tailor_app.tailoring.model import Section
from tailor_app.tailoring.resume.dates import find_date_range
from tailor_app.tailoring.resume.entries import DEGREE, SourceLine, build_entries, is_sentence

__all__ = ["build_sections", "opens_a_role"]

# A licence or certificate named with its year ("Colorado Journeyman Electrician
# License #JW.01234, OSHA 30 (2024)") is no role, though it is dated.
_LICENCE = re.compile(r"\b(?:licen[cs]es?|certifications?|certificates?)\b", re.IGNORECASE)
# Words that date a credential's validity, never a job: "BLS Provider (American Heart
# Association), valid through 2026", "Nurse Aide Registry, active since 2023", "CPR,
# exp. 05/2027".
_VALIDITY = re.compile(r"\b(?:valid|good|current)\s+(?:through|thru|until|till|to)\b"
                       r"|\bexp(?:ires|ired|iry|iration)?\b|\bactive\s+since\b"
                       r"|\b(?:renewed|issued)\b", re.IGNORECASE)


def opens_a_role(line: SourceLine) -> bool:
    """A dated line that reads as a role's header (judged without its dates, which
    make "Front Office Manager — The Magnolia Hotel (Autograph Collection, 212
    rooms) — 2020 to present" long)."""
    if line.glyph:
        return False
    found = find_date_range(line.text)
    if found is None:
        return False
    # (The range may open with its own word: "active since 2023" is found as "since 2023".)
    if _VALIDITY.search(line.text[max(0, found[2] - 24): found[2] + 6]):
        return False
    rest = (line.text[: found[2]] + line.text[found[3]:]).strip(" ,;|–—-()")
    return not is_sentence(rest) and not _LICENCE.search(rest)


def _headless_sections(body: Sequence[SourceLine], fmt: str) -> list[Section]:
    """No headings: a summary paragraph, then experience found by dates, then
    education when a later header names a degree."""
    if not body:
        return []
    first_date = next((k for k, ln in enumerate(body) if opens_a_role(ln)), None)
    sections: list[Section] = []
    if first_date is None:
        return [Section("other", "", build_entries(body, "other", fmt))]
    k = first_date
    while k > 0 and not body[k].blank_before and not body[k - 1].glyph and not is_sentence(
            body[k - 1].text) and first_date - k < 2:
        k -= 1  # title lines just above the first dated line belong to that role
    if k:
        sections.append(Section("summary", "", build_entries(body[:k], "summary", fmt)))
    rest = body[k:]
    edu = next((m for m, ln in enumerate(rest) if m and ln.blank_before and not ln.glyph
                and DEGREE.search(ln.text) and not is_sentence(ln.text)), None)
    if edu is None:
        sections.append(Section("experience", "", build_entries(rest, "experience", fmt)))
    else:
        sections.append(Section("experience", "", build_entries(rest[:edu], "experience", fmt)))
        sections.append(Section("education", "", build_entries(rest[edu:], "education", fmt)))
    return sections


def build_sections(lines: Sequence[SourceLine], end: int, marks: Sequence[tuple[int, str]],
                   labelled: Sequence[tuple[int, str]], fmt: str,
                   opened: Sequence[tuple[int, str]] = ()) -> list[Section]:
    """The sections between the contact block and the footer.

    Headings (``marks``) open sections; a labelled line that stands apart
    (``labelled``) is a section of one line without a heading, after which the
    section it interrupted goes on (headless, as the lines before the first heading
    are when the resume has headings). A line in ``opened`` (a role set as a heading
    with no section heading above it) opens a section without a heading whose first
    line it is.
    """
    sections: list[Section] = []
    cuts = sorted([(k, kind, "heading") for k, kind in marks]
                  + [(k, kind, "label") for k, kind in labelled]
                  + [(k, kind, "open") for k, kind in opened])

    def run(lo: int, hi: int, kind: str | None, heading: SourceLine | None) -> None:
        body = lines[lo:hi]
        if kind is None:  # before the first heading
            if not body:
                return
            if marks and not any(opens_a_role(ln) for ln in body):
                sections.append(Section("summary", "", build_entries(body, "summary", fmt)))
            else:
                # No headings, or roles before the first one ("EDUCATION" and "SKILLS"
                # headed, the work not): the work is found by its dates.
                sections.extend(_headless_sections(body, fmt))
        elif heading is not None or body:
            sections.append(Section(kind, heading.text if heading else "",
                                    build_entries(body, kind, fmt)))

    kind: str | None = None
    heading: SourceLine | None = None
    lo = end
    for k, cut_kind, how in cuts:
        run(lo, k, kind, heading)
        if how == "heading":
            kind, heading, lo = cut_kind, lines[k], k + 1
        elif how == "open":
            kind, heading, lo = cut_kind, None, k
        else:
            sections.append(Section(cut_kind, "", build_entries(lines[k:k + 1], cut_kind, fmt)))
            heading, lo = None, k + 1
    run(lo, len(lines), kind, heading)
    return sections
