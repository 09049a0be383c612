"""A phrase shown in other forms of its words: a determiner between them says which,
never what ("take their medications"), an adjective of how often is its period
("business reviews every quarter" for Quarterly business reviews), and a vocabulary
skill's longer alias is read the same way as the posting's words. A phrase whose words
are not all there, or another period, stays missing. Texts written for these tests."""

from __future__ import annotations

from match_probe import asks, bullets_report, shown, tsv_vocabulary

from tailor_app.tailoring.model import MatchReport
from tailor_app.tailoring.skills.vocabulary import Vocabulary

TSV = """\
Fluid Reminders\thard\tfluid reminders | ~remind residents to drink fluids
Account Management\thard\taccount management
"""


def vocabulary() -> Vocabulary:
    return tsv_vocabulary(TSV)


def report(bullets: list[str], *names: str) -> MatchReport:
    return bullets_report(bullets, asks(*names), vocabulary(),
                          role="Care Lead  May 2019 – Present\n"
                               "Lakeside Homes, Duluth, MN")


def test_a_longer_alias_with_a_determiner_between_its_words() -> None:
    r = report(["Remind residents to drink their fluids every hour"], "Fluid Reminders")
    assert shown(r) == {"Fluid Reminders": "Remind residents to drink their fluids"}


def test_an_alias_missing_a_word_shows_nothing() -> None:
    r = report(["Remind residents of their visits"], "Fluid Reminders")
    assert r.matched == []


def test_an_adjective_of_how_often_is_its_period() -> None:
    r = report(["Hold safety walks every month with the site team"], "Monthly safety walks")
    assert shown(r) == {"Monthly safety walks": "safety walks every month"}


def test_another_period_shows_nothing() -> None:
    r = report(["Hold safety walks every week with the site team"], "Monthly safety walks")
    assert r.matched == []


def test_owning_accounts_is_account_management() -> None:
    r = report(["Own 40 regional accounts worth $3M a year"], "Account Management")
    assert shown(r) == {"Account Management": "Own 40 regional accounts"}
