"""A paragraph under "About the role" that ends by opening a list ("As a night cook on
our line you will", "Your duties include:") leads into the job's duties: the bullets
under it are responsibilities, so their skills are asked and required, not read as
more talk about the role.

Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.sections import split_posting


def test_bullets_after_a_you_will_lead_in_are_duties() -> None:
    text = ("Warehouse Associate\nPrairie Cold Storage\n\nAbout the role:\n"
            "As a second-shift associate in our freezer building you will\n"
            "* Run cycle counts in Manhattan every night\n"
            "* Track reefer temperatures on each trailer\n"
            "What we're looking for:\n* Forklift certification\n")
    kinds = [u.kind for u in split_posting(text).units if u.bullet]
    assert kinds[:2] == ["responsibilities", "responsibilities"]
    required = {s.name: s.required for s in analyse_posting(text).skills}
    assert required.get("Cycle counts") is True


def test_a_duties_include_lead_in_opens_duties_too() -> None:
    text = ("Dental Assistant\n\nAbout the job\nYour duties include:\n"
            "- Take bitewing x-rays and full-mouth series\n- Sterilize instruments\n")
    kinds = [u.kind for u in split_posting(text).units if u.bullet]
    assert kinds == ["responsibilities", "responsibilities"]


def test_bullets_without_a_lead_in_stay_where_the_heading_puts_them() -> None:
    text = ("Program Analyst\nAbout the role\nWe are a small civic team.\n"
            "- Flexible hours\n- Remote first\n")
    kinds = [u.kind for u in split_posting(text).units if u.bullet]
    assert kinds == ["about", "about"]
