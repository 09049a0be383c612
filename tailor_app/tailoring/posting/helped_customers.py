"""What an employer says its product helps its customers do: "HireQuick helps small
businesses post jobs and hire faster", "We help restaurants manage payroll". The deeds
after the customers are theirs, told in the company's story, and ask nothing of the
hire; read as asks they became false "missing" skills (review15 round 2).

Only the story's third person ("<name> helps", "we help") opens such a clause, and only
before a plural noun for customers; the hire's own "help customers post jobs" (an
imperative duty) is left to the other rules. The span runs to the clause's end.
"""

from __future__ import annotations

import re

__all__ = ["helped_customer_spans"]

_HELPED = re.compile(
    r"(?:\bhelps|\b[Ww]e[ \t]+help)[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}?"
    r"(?:businesses|companies|teams|employers|owners|customers|clients|organizations"
    r"|organisations|firms|restaurants|schools|practices|shops|stores|brands|retailers"
    r"|families|homeowners|landlords|agencies|clinics|hospitals|nonprofits)"
    r"[ \t]+(?:to[ \t]+)?[^.;:!?\n]*")


def helped_customer_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that tell what the employer helps its customers do."""
    if "help" not in text:
        return []
    return [m.span() for m in _HELPED.finditer(text)]
