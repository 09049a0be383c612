"""An item of a list that shares the last item's sector noun names a kind of retail,
software or delivery, and alone no skill: "experience in outdoor, sporting goods or
specialty retail" asks for no Outdoor; "banking or another regulated industry" still
asks for banking, and a list that goes on past the noun ("audit and quarterly sales
tax filings") shares nothing."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(line: str) -> set[str]:
    return {s.name for s in analyse_posting(f"Manager\nRequirements\n- {line}\n").skills}


def test_a_sectors_modifier_is_no_skill() -> None:
    asked = _asked("Experience in outdoor, marine or specialty retail")
    assert not asked & {"Outdoor", "Marine"}


def test_a_kind_of_software_is_no_skill() -> None:
    asked = _asked("Experience selling inventory, scheduling or field service software")
    assert "Scheduling" not in asked


def test_an_industry_pointed_back_at_stays_asked() -> None:
    asked = _asked("Experience in banking or another regulated industry")
    assert "Banking" in asked


def test_a_list_that_goes_on_past_the_noun_shares_nothing() -> None:
    asked = _asked("Support our annual audit and quarterly sales tax filings")
    assert "Audit" in asked
