"""A required skill listed beside a resume line that "may show" it: the line must be
about the skill, not share its head noun as another kind of thing ("wage garnishment
orders" for Purchase orders, "Bing Maps" for Site maps, "storm drain lines" for Gas
lines): such an ask is listed to check with no line. A line whose head follows its
verb or a small word is still listed. Sentences
written for these tests, in three fields."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, tsv_vocabulary

from tailor_app.tailoring.model import MatchReport

# One skill the resume meets, so the resume is of the posting's work.
VOCABULARY = tsv_vocabulary("Data Entry\thard\tdata entry")
ROLE = "Office Assistant  May 2019 – Present\nLakeside Works, Duluth, MN"


def report_for(bullet: str, ask: str) -> MatchReport:
    return bullets_report(["Handled data entry for the front office", bullet],
                          asks("Data Entry", ask), VOCABULARY, role=ROLE)


def maybe(bullet: str, ask: str) -> dict[str, str]:
    return report_for(bullet, ask).maybe_shown


@pytest.mark.parametrize(("bullet", "ask"), [
    ("Set up wage garnishment orders and benefit deductions", "Purchase orders"),
    ("Added our three stores to Bing Maps and Yelp", "Site maps"),
    ("Jetted storm drain lines after heavy rain", "Gas lines"),
    ("Pulled credit reports for new tenants", "Aging reports"),
])
def test_a_line_naming_another_kind_of_the_head_is_not_listed(bullet: str, ask: str) -> None:
    report = report_for(bullet, ask)
    assert bullet not in report.maybe_shown.values()
    # still listed to check, never called missing for a line that shares its head
    assert ask in report.unconfirmed or ask in report.missing


@pytest.mark.parametrize(("bullet", "ask"), [
    ("Set appointments with carriers for the receiving dock", "Dock appointments"),
    ("Entered the orders for the warehouse each morning", "Purchase orders"),
    ("Kept all lines clear and labeled", "Gas lines"),
])
def test_a_line_doing_the_head_is_still_listed(bullet: str, ask: str) -> None:
    assert maybe(bullet, ask).get(ask) == bullet
