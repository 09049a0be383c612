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


def test_a_lead_in_told_as_a_promise_opens_perks_not_duties() -> None:
    text = ("Home Health Aide\nNorthstar Home Care\n\nAbout us\n"
            "Northstar has served families in Duluth since 1998. Once you're hired, you will\n"
            "- Take paid CPR and First Aid classes in your first month\n"
            "- Work toward a CNA license on our dime\n"
            "What you'll do\n- Help clients bathe and dress\n")
    bullets = [u for u in split_posting(text).units if u.bullet]
    assert [u.kind for u in bullets[:2]] == ["about", "about"]
    required = {s.name for s in analyse_posting(text).skills if s.required}
    assert not required & {"CPR Certification", "First Aid Certification",
                           "Certified Nursing Assistant"}


def test_a_bullet_that_opens_by_receiving_stays_a_perk() -> None:
    text = ("Dishwasher\n\nAbout the job\nAs a dishwasher on our busy brunch line you will\n"
            "- Scrape, rack and run dishes through the machine\n"
            "- Earn a free ServSafe Food Handler course after 90 days\n")
    kinds = [u.kind for u in split_posting(text).units if u.bullet]
    assert kinds == ["responsibilities", "about"]
