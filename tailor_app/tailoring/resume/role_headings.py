"""A role set as a heading: "## Warehouse Supervisor — Cascade Freight Lines".

Markdown resumes, and Word resumes built from the heading styles, often give each
role a heading of its own and no "Experience" heading above them. Read as section
headings naming no kind we know, those roles became "other" sections (the first one
could even join the contact block, when nothing above it was a heading), and
tailoring, which sends unknown sections to the end, moved the whole work history
below education and skills.

Whether a heading line is a role is read from its shape, never from a list of
titles: it holds a role's dates, or the line under it is a dated line (the dates, or
"Cascade Freight, 2021 – Present"), or it names a job ("Supervisor", "Assistant")
beside a second part ("— Employer", "| Employer", "at Employer"), or has two such
parts and bullets under it ("Groundskeeper at Kilauea Golf Club"). A headline under
the person's name ("## Journeyman Plumber — Service & Repair") is followed by the
contact details, so a heading with an e-mail or a phone number in the next lines is
no role; a degree's line is a school's, not a role's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tailor_app.tailoring.resume.contact import find_email, find_phone
from tailor_app.tailoring.resume.dates import find_date_range
from tailor_app.tailoring.resume.entries import SourceLine, is_sentence
from tailor_app.tailoring.resume.fields import DEGREE, names_a_role, word_count
from tailor_app.tailoring.resume.sections import opens_a_role

__all__ = ["HOLDS_ROLES", "ROLE_HEADING", "contact_follows", "reads_as_role", "work_starts_at"]

# What ``_Headings.kind`` answers for such a line: no section kind, an entry.
ROLE_HEADING = "role heading"
# Sections a role heading is an entry of; under any other it opens a work section.
HOLDS_ROLES = frozenset({"experience", "projects", "volunteering"})
# The second part of a role's line: "Title — Employer", "Title | Employer", "Title at
# Employer", "Title, Employer".
_SECOND_PART = re.compile(r"\s[—–|·@-]\s|\sat\s|,\s", re.IGNORECASE)
# The same without the comma, which a section's own title may hold ("Extra Section,
# Call it Whatever You Want").
_SET_APART = re.compile(r"\s[—–|·@-]\s|\sat\s", re.IGNORECASE)
_CONTACT_REACH = 3  # lines after a headline where the contact details still are


def _dated_line_under(lines: Sequence[SourceLine], index: int) -> bool:
    """Is the line under ``index`` a short dated line, no bullet ("March 2021 –
    Present", "Cascade Freight Lines, 2021 – Present")?"""
    if index + 1 >= len(lines):
        return False
    under = lines[index + 1]
    return (not under.glyph and not under.level and _ranged(under.text)
            and not is_sentence(under.text))


def _ranged(text: str) -> bool:
    """Does ``text`` hold a date range ("2019 – 2021", "since 2019"), not a lone year
    (which dates an award or a certificate as often as a role)?"""
    found = find_date_range(text)
    return found is not None and found[1] is not None


def contact_follows(lines: Sequence[SourceLine], index: int) -> bool:
    """Is an e-mail address or a phone number in the few lines under the heading line
    at ``index``, before the next heading? Then the line is the headline under the
    name ("## Journeyman Plumber — Service & Repair"), part of the contact block."""
    for after in lines[index + 1:index + 1 + _CONTACT_REACH]:
        if after.level:
            return False
        if find_email(after.text) or find_phone(after.text):
            return True
    return False


def reads_as_role(lines: Sequence[SourceLine], index: int) -> bool:
    """Does the heading line at ``index`` name a role (see the module docstring)?"""
    line = lines[index]
    text = line.text.replace("**", "").strip()
    if not text or is_sentence(text) or DEGREE.search(text):
        return False
    if contact_follows(lines, index):
        return False  # the headline under the name, above the contact details
    if (opens_a_role(line) and _ranged(line.text)) or _dated_line_under(lines, index):
        return True
    if _SECOND_PART.search(text) is None:
        return False
    # "Groundskeeper at Kilauea Golf Club" over its bullets: two parts, and what the
    # heading heads is a list of what was done.
    bullets_under = index + 1 < len(lines) and lines[index + 1].glyph
    return names_a_role(text) or (bullets_under and _SET_APART.search(text) is not None)


# Sections whose lines are never a role's: a role that starts among them ends them.
_NO_ROLES = frozenset({"summary", "skills"})


def work_starts_at(lines: Sequence[SourceLine], index: int, current: str | None,
                   heading_at: int) -> int | None:
    """Where the roles start, when the line at ``index`` opens a role set apart by a
    blank line inside a summary or a skills list (``current``, whose heading is the line
    at ``heading_at``): "Professional Summary" / a paragraph / "Warehouse Supervisor,
    Cascade Freight Lines, 2021 – Present" has no "Experience" heading, and the roles
    read as more summary, or as skills. A title and an employer on the lines above
    the dates ("Dental Assistant" / "Lakefront Family Dentistry" / "May 2020 –
    Present"), up to the blank line, start the role. None when the line opens no role
    there."""
    if current not in _NO_ROLES:
        return None
    line = lines[index]
    if not opens_a_role(line) or DEGREE.search(line.text):
        return None
    if not _ranged(line.text):
        return None
    start = index
    while not lines[start].blank_before:
        start -= 1
        above = lines[start]
        if (start <= heading_at or index - start > 2 or above.glyph
                or is_sentence(above.text) or word_count(above.text) > 10
                or find_date_range(above.text)):
            return None  # a date inside the summary's paragraph or the skills' list
    # The section keeps at least one line of its own.
    return start if start - 1 > heading_at else None
