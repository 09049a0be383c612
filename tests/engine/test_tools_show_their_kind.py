"""A product shows the kind of software a posting asks for: Asana or Trello project
management software, Xero or Sage accounting software, Teams video conferencing, and
running a brand's Instagram or TikTok social media. An invitation to follow the
employer online asks for no platform."""

from __future__ import annotations

import pytest
from match_probe import shown_by_bullet

from tailor_app.tailoring.posting.analyse import analyse_posting


def _shown(ask: str, bullet: str) -> set[str]:
    return shown_by_bullet(ask, bullet, "Coordinator")


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Project management software", "Tracked tasks in Asana and Trello",
     "Project Management Software"),
    ("Accounting software", "Closed the books in Xero for 12 clients", "Accounting Software"),
    ("Video conferencing", "Hosted Microsoft Teams meetings for 40 people",
     "Video Conferencing Software"),
    ("Experience with social media", "Ran the Instagram and TikTok accounts", "Social Media"),
    # "A pharmacy system such as ...": the kind, written the short way.
    ("Working knowledge of a pharmacy system", "Filled 300 prescriptions a day in EnterpriseRx",
     "Pharmacy Management Systems"),
])
def test_a_product_shows_its_kind(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


def test_following_the_employer_online_asks_nothing() -> None:
    posting = analyse_posting("Sales Associate\n\nRequirements\n- Retail sales experience\n\n"
                              "Follow us on Facebook and Instagram! Find us on social media.\n")
    names = {s.name for s in posting.skills}
    assert not names & {"Facebook", "Instagram", "Social Media"}, names
