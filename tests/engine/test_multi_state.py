"""Work asked across states is shown by a line doing that work for two states or more
named in full, in a payroll clerk's and a tax accountant's words; one state, or states
named beside other work, show nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, tsv_vocabulary

VOCABULARY = tsv_vocabulary("Scheduling\thard\tscheduling")


def matched(bullet: str, ask: str) -> set[str]:
    return {m.name for m in bullets_report([bullet], asks(ask), VOCABULARY).matched}


@pytest.mark.parametrize(("bullet", "ask"), [
    ("Run biweekly payroll for 650 employees in Iowa, Nebraska and Missouri",
     "Multi-state payroll"),
    ("File monthly sales tax returns for Ohio, Indiana and Michigan", "Multi-state sales tax"),
])
def test_work_for_two_states_or_more_is_multi_state(bullet: str, ask: str) -> None:
    assert ask in matched(bullet, ask)


@pytest.mark.parametrize(("bullet", "ask"), [
    ("Run biweekly payroll for 650 employees in Iowa", "Multi-state payroll"),
    ("Drove sales routes across Ohio and Indiana; kept payroll records", "Multi-state sales tax"),
])
def test_one_state_or_states_beside_other_work_show_nothing(bullet: str, ask: str) -> None:
    assert ask not in matched(bullet, ask)
