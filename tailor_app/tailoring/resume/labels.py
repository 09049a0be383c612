"""Lines that carry their own section label: "Skills: Excel, QuickBooks, payroll".

Short resumes (and the foot of long ones) often skip headings and label a line
instead: "Skills: ...", "Technical skills: ...", "Tools: ...", "Certifications:
...", "Languages: ...", "Education: B.A., Some College, 2016". Read as the body of
whatever section it sits in, such a line was a bullet of the last role or the
school of the last degree, and its skills were nobody's.

A line is labelled when the words before its colon name a section kind
(``headings.heading_kind``) and what follows reads as a list or a short entry,
not a sentence: "Onboard new staff: I-9s, badge access, ..." names no section,
and "Training: ran quarterly refreshers for the whole site." is prose. The parser
then gives such a line a section of its own (without a heading: the label stays
in the line, as written) when it stands apart from a role's bullets; one inside a
role stays where it is, and its skills still count as the resume's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tailor_app.tailoring.resume.entries import SourceLine
from tailor_app.tailoring.resume.headings import heading_kind
from tailor_app.tailoring.resume.sections import opens_a_role
from tailor_app.tailoring.resume.skill_list import skill_items

__all__ = ["LABEL_KINDS", "label_kind", "label_of", "split_labelled"]

# The kinds a one-line label may open. Summary, experience and projects are prose
# or roles ("Summary: ...", "Experience: 5 years ..."): a colon there is no list.
LABEL_KINDS = frozenset({"skills", "certifications", "languages", "education", "interests"})
_LABEL = re.compile(r"^([^:]{2,40}):\s+(\S.*)$")
# Kinds whose rest must read as a list of short items.
_LIST_KINDS = frozenset({"skills", "certifications", "languages", "interests"})
_ROLE_KINDS = frozenset({"experience", "projects", "volunteering"})


def label_of(text: str) -> str | None:
    """The label a line opens with ("Technical skills"), when it names a kind we read."""
    if not 2 <= text.find(":") <= 40:
        return None  # a label's colon is its first, after 2 to 40 characters
    m = _LABEL.match(text)
    if not m or len(m.group(1).split()) > 4:
        return None
    return m.group(1) if heading_kind(m.group(1)) in LABEL_KINDS else None


def label_kind(text: str) -> str | None:
    """The section kind a labelled line belongs to, or None for any other line.

    >>> label_kind("Skills: Excel, QuickBooks, payroll")
    'skills'
    >>> label_kind("Onboard new staff: I-9s, badge access") is None
    True
    """
    if len(text) > 400:
        return None
    label = label_of(text)
    if label is None:
        return None
    kind = heading_kind(label)
    rest = text[len(label) + 1:].strip()
    words = rest.split()
    if kind in _LIST_KINDS:
        items = skill_items(rest)
        if not items:
            return None
        if len(items) == 1 and (len(words) > 6 or rest.endswith((".", "!", "?"))):
            return None  # "Training: ran quarterly refreshers for the whole site."
        if any(len(item.split()) > 8 for item in items):
            return None
    elif len(words) > 20 or (rest.endswith((".", "!", "?")) and len(words) > 8):
        return None
    return kind


def split_labelled(lines: Sequence[SourceLine], marks: Sequence[tuple[int, str]]
                   ) -> list[tuple[int, str]]:
    """(index, kind) of the labelled lines that stand as sections of their own.

    A labelled line of the section it sits in ("Languages: Python" under SKILLS)
    is just a line of that section. One inside a role's run of lines (no blank line
    before it, inside experience or projects) stays with the role, unless it follows
    another labelled line that stands alone, or is a degree ("Education: ..."), or
    comes before the first dated role of a resume without headings.
    """
    out: list[tuple[int, str]] = []
    heads = dict(marks)
    # A resume without headings runs roles from its top: treat it as experience, from
    # its first dated role on (above it, "Skills: ..." under the contact lines is no
    # role's line).
    current: str | None = None if marks else "experience"
    first_role = None if marks else next(
        (k for k, line in enumerate(lines) if opens_a_role(line)), None)
    previous_split = False
    for k, line in enumerate(lines):
        if k in heads:
            current, previous_split = heads[k], False
            continue
        kind = label_kind(line.text)
        if kind is None or kind == current or current in _LIST_KINDS:
            # "Languages: Python, Go" under SKILLS is one of its lines.
            previous_split = False
            continue
        # A degree is no part of one role ("Education: A.S. Business, Bunker Hill
        # Community College, 2017" under the last role's bullets).
        apart = (line.blank_before or previous_split or current not in _ROLE_KINDS
                 or kind == "education" or (first_role is not None and k < first_role))
        if apart:
            out.append((k, kind))
        previous_split = apart
    return out
