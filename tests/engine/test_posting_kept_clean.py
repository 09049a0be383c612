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


def test_a_controlled_space_kept_clean_is_the_jobs_practice() -> None:
    # (review13 round 2) A cleanroom or a sterile field kept clean is the job's own skill.
    asks = _asks("Cleanroom Operator\nHelix Biologics – Durham, NC\n\n- Keep the cleanroom "
                 "clean and particle-free\n- Fill vials on the line\nRequirements\n- High "
                 "school diploma\n")
    assert "Cleanroom" in asks
    asks = _asks("Surgical Technologist\nNorthside Surgery Center\n\n- Set up instruments and "
                 "keep the sterile field clean throughout each case\n- Pass instruments to the "
                 "surgeon\nRequirements\n- CST certification\n")
    assert "Sterile field" in asks
