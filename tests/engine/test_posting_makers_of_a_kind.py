"""Makers offered as a choice right before the kind of thing asked: the kind is the ask.

"Restock Pyxis or Omnicell automated dispensing cabinets" asks for the cabinets; a
resume showing Pyxis cabinets was told Omnicell was missing. "Chart orders in an Epic or
Cerner EHR" asks for the record. With no kind after them, two named tools stay two asks
("Chart in Epic or Cerner"), as the labelling rule says. Texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import analyse_posting, tailor


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_choice_of_cabinet_makers_asks_the_cabinets() -> None:
    posting = ("Pharmacy Technician\n\nResponsibilities\n"
               "- Restock Pyxis or Omnicell automated dispensing cabinets on each unit\n")
    found = asks(posting)
    assert "Automated Dispensing Cabinets" in found
    assert "Omnicell" not in found and "Pyxis" not in found
    report = tailor("Ana Ruiz\n\nEXPERIENCE\nPharmacy Technician, City Hospital, 2019 - 2024\n"
                    "- Restocked Pyxis MedStation cabinets on 12 units\n", posting,
                    today=date(2026, 12, 1)).match_before
    assert "Omnicell" not in report.missing_required
    assert "Automated Dispensing Cabinets" in [m.name for m in report.matched]


def test_a_choice_of_record_makers_asks_the_record() -> None:
    found = asks("Unit Clerk\n\nDuties\n- Chart orders in an Epic or Cerner EHR\n")
    assert "Electronic Health Records" in found
    assert "Cerner" not in found and "Epic" not in found


def test_two_named_tools_without_their_kind_stay_two_asks() -> None:
    found = asks("Unit Clerk\n\nDuties\n- Chart in Epic or Cerner\n")
    assert "Epic" in found and "Cerner" in found
    found = asks("Help Desk Agent\n\nDuties\n- Work tickets in Zendesk or Freshdesk\n")
    assert "Zendesk" in found and "Freshdesk" in found
