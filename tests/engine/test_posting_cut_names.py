"""A rulebook's head that opens another name ("Code Gray and Code Silver") ends no
named code, and a figure after a currency sign ("over $5M") is a sum, no method code."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_code_word_that_opens_the_next_name_ends_no_rulebook() -> None:
    found = names("Duties\n- Answer Code Orange and Code Pink pages across the campus\n")
    assert not any(n.endswith(" Code") for n in found)
    assert "Ohio Plumbing Code" in names(
        "Requirements\n- Knowledge of the Ohio Plumbing Code and local rules\n")


def test_a_sum_after_a_currency_sign_is_no_code() -> None:
    found = names("Requirements\n- Two years running a program with a budget over $8M\n")
    assert "8M" not in found
    assert "5S" in names("Requirements\n- Run 5S audits on the floor\n")
