"""Whether the resume's own opening paragraph keeps its place at the top.

An employer reads the first third of a resume first. A long objective or profile
("Hard-working and dependable professional seeking a position with a growing
organization where I can …") answers nothing a posting asks, yet it stands right
under the name and pushes the skills list and the first role's bullets out of that
first glance. A careful person tailoring the resume would cut it; the engine may not
drop a line (DESIGN.md, promise 1), so it moves the paragraph after the work, the
skills, the education and the credentials, where it is still the writer's own words
but no longer holds the top. It stays before the closing sections (awards, interests,
"References available upon request"), which a reader takes for the end of a resume.
The tailored summary line above the body says what the paragraph did not.

The paragraph gives way only when it is long, at least ``LONG_CHARS`` characters
(three printed lines and more), and answers fewer than one of the posting's skills
per ``LONG_CHARS`` characters. Soft skills do not count: "communication, teamwork
and dedication" are what every objective says, and the posting's values boilerplate
is not read as an ask either. A short summary always stays ("Fundraiser with four
years at a food bank", which a reader takes for relevant even when no vocabulary
name is in it), as does a long one that names the work asked ("…six years of
accounts payable in NetSuite, month-end close and vendor reconciliation"). A short
objective does not: headed "Objective" or saying what the writer seeks ("seeking a
position where I can grow"), it tells the reader what the writer wants rather than
what they did, and when it names neither the work asked nor the work of the job's
title ("Prep cook looking for a line cook job" does) it gives way at any length.

Nothing gives way on a mismatched pair: when the rest of the resume shows fewer than
``MISMATCHED_SHARE`` of the posting's asks (a realtor's resume under a product
manager's posting), moving the writer's own paragraph lifts nothing asked into view,
and a "Summary" standing after the education reads as a slip. The paragraph keeps its
place, as a careful person would leave it on a resume sent for other work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from tailor_app.tailoring.compose.relevance import content_stems, title_stems
from tailor_app.tailoring.model import PostingAnalysis, Section

LONG_CHARS = 250
# The share of the posting's asks (soft skills aside) the rest of the resume must show
# for the pair to be a match at all, below which the paragraph keeps its place.
MISMATCHED_SHARE = 0.25
# Where the paragraph goes in ``tailor._order_sections``' ranks: after every section
# kind ranked up to 7 (experience, projects, education, skills, certifications), before
# the closing ones ranked 8 (awards, volunteering, languages, interests, references).
GIVEN_WAY = 7.5

__all__ = ["GIVEN_WAY", "LONG_CHARS", "MISMATCHED_SHARE", "gives_way"]


def gives_way(section: Section, skills: Callable[[str], set[str]],
              analysis: PostingAnalysis,
              elsewhere: Callable[[], Collection[str]] | None = None) -> bool:
    """Does the resume's own summary or objective ``section`` leave the top to the
    sections after it? ``skills`` names the posting's skills a line shows
    (``Relevance.skills``); ``elsewhere`` gives the posting's skills the rest of the
    resume shows, asked only of a paragraph that may give way."""
    # A dated entry is work, which a resume without headings can leave in its opening
    # block: that block is no paragraph to move.
    if section.kind != "summary" or any(e.start or e.end for e in section.entries):
        return False
    lines = [line for entry in section.entries for line in (*entry.header, *entry.bullets)]
    length = sum(len(line) for line in lines)
    # A short one stays, unless it is an objective: what the writer wants, not what
    # they did ("Seeking a position where I can grow"), naming no work asked and no
    # work of the job's title ("Prep cook looking for a line cook job" says it).
    if length < LONG_CHARS and not _an_objective(section, lines):
        return False  # the cheap test first: most short openings are summaries
    soft = {m.name for m in analysis.skills if m.kind == "soft"}
    if elsewhere is not None:
        work = {m.name for m in analysis.skills} - soft
        if len(work & set(elsewhere())) < MISMATCHED_SHARE * len(work):
            return False  # a mismatched pair: nothing asked to lift into view
    answered = {name for line in lines for name in skills(line)} - soft
    if length < LONG_CHARS:
        return not answered and not content_stems(" ".join(lines)) & title_stems(analysis)
    return len(answered) * LONG_CHARS < length


# What an objective says and a summary does not: the writer's wish for the next job.
_SEEKING = re.compile(r"\b(?:seeking|looking (?:for|to)|to obtain|hoping to|"
                      r"where I can|I (?:would like|want|hope) to)\b", re.IGNORECASE)


def _an_objective(section: Section, lines: Sequence[str]) -> bool:
    """Is the paragraph an objective: headed so ("OBJECTIVE", "Career Objective"), or
    saying what the writer seeks ("…looking to bring … where I can learn and grow")?"""
    heading = (section.heading or "").casefold()
    return "objective" in heading or any(_SEEKING.search(line) for line in lines)
