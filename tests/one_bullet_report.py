"""A match report of one ask against one bullet, for the engine's crediting tests.

Shared by the tests of readers that credit an ask from a single resume line
(``framework_followed``, ``screened``): each builds the same one-role resume and
one-line posting.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def one_bullet_report(ask: str, bullet: str, title: str) -> tuple[set[str], set[str]]:
    """(skills shown, skills not shown: missing, maybe shown or unconfirmed) when a
    posting titled ``title`` requires ``ask`` of a resume whose one role has ``bullet``."""
    text = (f"Robin Ash\nrobin@example.com\n\nExperience\n{title} | Lakeside Co | "
            f"2020 - Present\n- {bullet}\n")
    report = match_resume(parse_resume(text),
                          analyse_posting(f"{title}\n\nRequirements\n- {ask}\n"))
    return ({m.name for m in report.matched},
            {*report.missing, *report.maybe_shown, *report.unconfirmed})
