"""A one-paragraph posting that opens with the employer's story and then lists the
job's duties as clauses of one "you will" sentence: "In this role you will perform
…; take …; apply …; and administer …". Each clause after a semicolon opens with a
lowercase verb, so none read as a duty told to the reader, and they were taken for
more of the employer's story: the posting's core asks went unread. Texts are written
for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    return {s.name.casefold() for s in analyse_posting(text).skills}


def test_a_dental_offices_clauses_after_you_will_are_duties() -> None:
    text = ("DENTAL HYGIENIST - Cedar Point Dental, Boise ID\n"
            "Cedar Point Dental is a growing family practice with five operatories and a "
            "friendly team. We are looking for a hygienist to join us. In this role you "
            "will perform prophylaxis and periodontal charting; take digital radiographs; "
            "apply sealants and fluoride varnish; and administer local anesthesia. "
            "Requirements: an Idaho dental hygiene license and CPR.\n")
    asked = _asked(text)
    assert {"dental sealants", "fluoride varnish", "local anesthesia",
            "dental radiography"} <= asked


def test_a_warehouses_clauses_after_you_will_are_duties() -> None:
    text = ("Inventory Clerk - Ridgeline Supply, Fresno CA\n"
            "Ridgeline Supply has served contractors across the Central Valley since 1984 "
            "from two warehouses. We are hiring an inventory clerk. You will receive "
            "freight against purchase orders; run cycle counts in NetSuite; build "
            "pallets with a pallet jack; and ship parcels through UPS WorldShip. A high "
            "school diploma is required.\n")
    asked = _asked(text)
    assert {"cycle counts", "netsuite", "pallet jack", "ups worldship"} <= asked


def test_the_employers_own_clauses_stay_its_story() -> None:
    # A guard: a story sentence of semicolon clauses with no "you will" asks nothing.
    text = ("Bookkeeper - Alder Creek Farms\n"
            "Alder Creek Farms grows apples and pears on 300 acres; ships fruit to grocers "
            "in four states; and runs a cider mill. You will keep the books in QuickBooks "
            "Online.\n")
    asked = _asked(text)
    assert "quickbooks" in asked
    assert not {"shipping", "cider"} & asked


def test_the_ideal_candidates_clauses_are_duties_too() -> None:
    # The turn to the hire told in the third person: "The ideal candidate will …; …".
    text = ("Veterinary Assistant\n"
            "Sunny Paws Animal Clinic is a three-doctor practice in Mesa that has cared for "
            "pets since 1995. The ideal candidate will restrain patients for exams; place "
            "IV catheters; monitor anesthesia during dental cleanings; and run bloodwork on "
            "our IDEXX analyzers.\n")
    assert {"iv catheter placement", "anesthesia monitoring"} <= _asked(text)
