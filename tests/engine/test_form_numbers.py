"""A government form asked by its name ("Form 1065") is shown by its bare number on a
line of filing work, in a tax preparer's and a payroll clerk's words; a number in
other work, or another issuer's form of that number, shows nothing. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, tsv_vocabulary

VOCABULARY = tsv_vocabulary("Scheduling\thard\tscheduling")


def matched(bullet: str, ask: str) -> set[str]:
    return {m.name for m in bullets_report([bullet], asks(ask), VOCABULARY).matched}


@pytest.mark.parametrize(("bullet", "ask"), [
    ("Prepared 40 small-business returns (1065, 1120S) each season", "Form 1065"),
    ("Prepare 941s and state withholding filings each quarter", "Form 941"),
])
def test_a_form_by_its_number_on_a_line_of_filing_work(bullet: str, ask: str) -> None:
    assert ask in matched(bullet, ask)


@pytest.mark.parametrize(("bullet", "ask"), [
    ("Drove 1065 miles a week on a regional route", "Form 1065"),
    ("Prepared Ohio IT 1040 returns for 80 residents", "Form 1040"),
    ("Kept 941 units on the floor stocked", "Form 941"),
])
def test_a_number_in_other_work_or_another_issuers_form_shows_nothing(bullet: str,
                                                                     ask: str) -> None:
    assert ask not in matched(bullet, ask)
