"""Two everyday ways a resume shows an ask: a home visit told by the kind of home
("Visited clients in their apartments weekly"), and a "<noun> skills" ask by its noun
alone in the skills section ("Prospecting | negotiating | presentations"). A place
that is not where the client lives, or the noun in a bullet, shows nothing. Texts
written for these tests; asks given as the posting's analysis would read them."""

from __future__ import annotations

from match_probe import asks, bullets_report, tsv_vocabulary

from tailor_app.tailoring.model import MatchReport
from tailor_app.tailoring.skills.vocabulary import Vocabulary

TSV = """\
Home visits\thard\thome visit
Presentation Skills\tsoft\tdelivering presentations
Negotiation\tsoft\tnegotiating deals
"""


def vocabulary() -> Vocabulary:
    return tsv_vocabulary(TSV)


def report(bullets: list[str], skills: str, *asked: tuple[str, str]) -> MatchReport:
    mentions = [m for n, k in asked for m in asks(n, kind=k)]
    return bullets_report(bullets, mentions, vocabulary(), skills=skills,
                          role="Housing Case Manager  2021 – Present\n"
                               "Eastside Housing Partners, Tacoma, WA",
                          name="Noor Haddad\nnoor.haddad@example.com")


def test_a_visit_to_the_kind_of_home_is_a_home_visit() -> None:
    r = report(["Visited clients in their apartments weekly"], "Excel",
               ("Home visits", "hard"))
    assert {m.name: m.resume_term for m in r.matched} == {
        "Home visits": "Visited clients in their apartments"}


def test_a_visit_to_another_place_is_none() -> None:
    r = report(["Visited clients in their hospital rooms", "Visited the apartments office"],
               "Excel", ("Home visits", "hard"))
    assert r.matched == []


def test_a_skills_noun_alone_in_the_skills_list_shows_the_skill() -> None:
    r = report(["Sold MRO supplies to plants"], "Prospecting | negotiating | presentations",
               ("Presentation Skills", "soft"))
    assert {m.name: m.resume_term for m in r.matched} == {"Presentation Skills": "presentations"}


def test_the_noun_in_a_bullet_or_inside_a_longer_item_shows_nothing() -> None:
    r = report(["Printed presentation materials for the board"],
               "Excel | presentation software", ("Presentation Skills", "soft"))
    assert r.matched == []
