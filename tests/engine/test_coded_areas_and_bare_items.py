"""A credential's areas named by their codes after the paper's word ("ASE certifications
in A4, A5 and A6", "AWS certified to D1.1 and D1.5", "T2/T4/T6") are each an ask, and a
resume listing its areas the same way, or as a range ("(A1-A8)"), shows each one. A
list item that is one bare noun of a field's equipment or managed things ("Tires",
"Occupancy") is that work. Every text was written for these tests (Dec 7, asks23)."""

from __future__ import annotations

from match_probe import shown_by_bullet

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.coded_areas import coded_areas


def _asks(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_each_coded_area_after_the_papers_word_is_asked() -> None:
    asks = _asks("Line Technician\nRequirements\n- ASE certifications in A1, A6 and A7 "
                 "(A9 a plus)\n- Own hand tools\n")
    assert asks.get("ASE A1") is True and asks.get("ASE A6") is True
    assert asks.get("ASE A7") is True
    assert asks.get("ASE A9") is False  # the bracket's own wording makes it a wish


def test_codes_joined_by_slashes_after_the_papers_word() -> None:
    asks = _asks("Diesel Mechanic\nRequirements\n- ASE-certified: T4/T6/T8\n")
    assert {"ASE T4", "ASE T6", "ASE T8"} <= set(asks)


def test_a_welders_codes_after_certified_to() -> None:
    # The same shape in another trade: the welding codes one is certified to.
    asks = _asks("Structural Welder\nRequirements\n- AWS certified to D1.1 and D1.5\n")
    assert {"AWS D1.1", "AWS D1.5"} <= set(asks)


def test_a_year_or_a_count_after_certified_is_no_area() -> None:
    assert coded_areas("CPR certified in 2019; BLS certification for 2 years") == []
    asks = _asks("Caregiver\nRequirements\n- CPR certified in 2024 or later\n")
    assert not any(name.startswith("CPR 2") for name in asks)


def test_a_quarter_after_certification_in_is_when_not_an_area() -> None:
    # review23 A5: "in Q2 and Q4" says when the paper is due.
    asks = _asks("Compliance Analyst\n\nDuties\n- Prepare evidence for our SOC certification "
                 "in Q2 and Q4\n- Lead audit prep so the plant earns ISO certification in Q3\n")
    assert not {"SOC Q2", "SOC Q4", "ISO Q3"} & set(asks)


def test_a_posting_range_stays_one_umbrella_ask() -> None:
    # "ASE A1-A8" in a posting is the whole series, asked as ASE certification; only a
    # resume's range is read area by area.
    asks = _asks("Master Technician\nRequirements\n- ASE A1-A8 certified\n")
    assert "ASE A3" not in asks
    assert [name for _a, _b, name in coded_areas("ASE A1-A3", ranges=True)] \
        == ["ASE A1", "ASE A2", "ASE A3"]


def test_a_resume_shows_each_area_it_lists_or_spans() -> None:
    ask = "ASE certifications in A4 and A5"
    assert {"ASE A4", "ASE A5"} <= shown_by_bullet(
        ask, "ASE Master Automobile Technician (A1-A8)", "Technician")
    assert {"ASE A4", "ASE A5"} <= shown_by_bullet(
        ask, "ASE certified: A2, A4, A5", "Technician")
    # A range that stops short of an area does not show it.
    assert "ASE A5" not in shown_by_bullet(ask, "ASE certified A1 through A4", "Technician")


def test_a_bare_equipment_area_on_its_line_is_that_work() -> None:
    asks = _asks("Tire and Lube Technician\nWhat you will work on\n- Tires\n"
                 "- Transmissions\n- Cooling\n")
    assert {"Tire Service", "Transmission Repair", "Cooling Systems"} <= set(asks)


def test_a_bare_managed_thing_on_its_line_is_its_management() -> None:
    asks = _asks("Assistant Community Manager\nResponsibilities\n- Occupancy\n"
                 "- Leasing\n- Resident events\n")
    assert "Occupancy management" in asks
    asks = _asks("Store Manager\nResponsibilities\n- Inventory\n- Merchandising\n")
    assert "Inventory Management" in asks


def test_a_bare_word_whose_management_has_another_name_asks_nothing() -> None:
    # "Travel" is no Travel Planning, "Medication" no Medication Administration, and a
    # word in a sentence is what the duty handles ("rotate tires").
    asks = _asks("Field Technician\nRequirements\n- Travel\n- Weekends\n- Medication\n")
    assert not {"Travel Planning", "Medication Administration"} & set(asks)
    asks = _asks("Porter\nDuties\n- Wash cars and check tires before delivery\n")
    assert "Tire Service" not in asks


def test_a_bare_word_of_another_fields_equipment_asks_nothing() -> None:
    # review23 A6: "Computers" on an office list is no Computer repair, "Facilities" on a
    # church office's no Facilities Maintenance: the area's field is not the posting's.
    asks = _asks("Office Assistant\n\nRequirements\n- Computers\n- Email\n- Typing\n")
    asks |= _asks("Church Administrator\n\nDuties\n- Bulletins\n- Calendars\n- Facilities\n")
    assert not {"Computer repair", "Facilities Maintenance"} & set(asks)
    # Beside the trade's own tools the same shape is read.
    asks = _asks("Lube Technician\n\nDuties\n- Brakes\n- Oil changes with a scan tool check\n")
    assert "Brake Systems" in asks
