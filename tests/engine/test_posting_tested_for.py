"""A duty of testing told by what it looks for ("test for carbon monoxide", "screen
clients for depression") asks the test by that thing's name: Carbon monoxide testing,
Depression screening. Before, the gas or the illness itself was the ask ("Carbon
monoxide"), or nothing when the duty stood alone on its line."""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_bullet_of_testing_for_a_thing() -> None:
    text = "Plumber\n\nDuties\n- Test for backflow at every commercial site\n"
    assert "Backflow testing" in _asks(text)


def test_a_screening_told_to_you_in_a_sentence() -> None:
    text = ("Community Health Worker\n\nWhat you'll do\nYou'll visit patients at home, "
            "screen them for food insecurity and help them enroll in benefits.\n")
    assert "Food insecurity screening" in _asks(text)


def test_a_list_item_names_the_test_with_its_singular_thing() -> None:
    text = ("Gas Fitter\n\nResponsibilities\nYou will purge lines, light pilots and test "
            "for gas leaks.\n")
    asks = _asks(text)
    assert "Gas leak testing" in asks
    assert "Gas leaks" not in asks


def test_checking_for_what_is_wrong_names_no_test() -> None:
    text = "Porter\n\nDuties\n- Check for damage and spills on every aisle\n"
    assert not any(name.endswith(("testing", "checking", "screening")) for name in _asks(text))
