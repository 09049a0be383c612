"""Firms named by a trade word (Dec 6, precision13): "Bright Spark Electric", "Dunmore
Logistics, Inc. - Reno, NV", "At Spark Courier we ...". Text written for the test."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_firm_whose_first_word_is_a_skill_after_at() -> None:
    asks = _asks("Route Driver\nSpark Courier Co\n\nAt Spark Courier we move parcels across "
                 "Boise. You will deliver 120 stops a day with a handheld scanner.\n")
    assert "Apache Spark" not in asks and "Barcode Scanners" in asks


def test_a_firm_ending_in_its_trade_is_one_firm_wherever_named() -> None:
    asks = _asks("Warehouse Associate\n\nJoin Kestrel Logistics today! Kestrel Logistics "
                 "runs a 24/7 cross-dock.\n\nDuties\n- Pick and pack orders\n")
    assert "Logistics Management" not in asks
    assert "Order Picking" in asks


def test_a_product_after_from_or_in_stays_asked() -> None:
    asks = _asks("Data Engineer\nNimbus Analytics\n\nRequirements\n- Restore data from "
                 "Veeam Backup & Replication\n- Build batch jobs in Apache Spark\n")
    assert "Apache Spark" in asks
    assert any("Veeam" in a for a in asks)
    # A trade named as the work stays the work's: "Provide logistics coordination".
    asks = _asks("Logistics Coordinator\nHarbor Goods Co\n\nDuties\n- Coordinate Logistics "
                 "Management reports for the plant\n")
    assert "Logistics Management" in asks


def test_a_list_of_kinds_of_work_is_no_employer() -> None:
    # (review13 round 4) "- Commercial Plumbing" in a list is the work asked.
    asks = _asks("Service Technician\nNorthgate Services – Columbus, OH\n\nExperience we "
                 "want:\n- Commercial Plumbing\n- Residential Roofing\n- Backflow testing\n"
                 "Requirements\n- 3 years in the trades\n")
    assert {"Plumbing", "Roofing"} <= asks
    asks = _asks("Office Assistant\nKestrel Logistics, Inc. | Fresno, CA\n\nDuties\n- Answer "
                 "phones\n- File invoices\n")
    assert "Logistics Management" not in asks
