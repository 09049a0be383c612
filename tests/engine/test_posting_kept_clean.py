"""Places the hire keeps clean or safe are no skills (Dec 6, precision13). Text written
for the test, not a batch's posting."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_the_places_kept_clean_are_no_asks() -> None:
    asks = _asks("Maintenance Technician\nRidgeway Apartments\n\nDuties\n- Keep boiler "
                 "rooms, laundry rooms and pool decks clean and safe\n- Repair plumbing "
                 "leaks\n")
    assert "Boiler Operation" not in asks and "Laundry" not in asks
    assert "Plumbing" in asks


def test_what_they_are_kept_in_and_kept_for_stays_asked() -> None:
    asks = _asks("Executive Assistant\nNorthbay Trust\n\nDuties\n- Keep the board files in "
                 "SharePoint tidy\n- Manage calendars in Outlook\n")
    assert "Microsoft SharePoint" in asks
