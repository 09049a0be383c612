"""A product named by the resume shows the kind of system a posting asks for (an ERP,
an EHR, a WMS or a TMS), a half of a paired ask may be told by its deed ("modified
materials" for modifications), and the field's own things show its asks ("naloxone
kits" for harm reduction, "link families to food pantries" for community resources).
Near misses stay missing. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.match_probe import shown_by_bullet

CASES = [
    ("Experience with an ERP system", "AR Clerk", "Bill 150 customers a day out of Acumatica",
     "ERP"),
    ("Experience with an ERP system", "Buyer", "Entered purchase orders in Odoo and SYSPRO",
     "ERP"),
    ("Experience with an electronic health record", "Case Manager",
     "Wrote progress notes in Qualifacts the same day", "Electronic Health Records"),
    ("Work daily in a warehouse management system", "Inventory Specialist",
     "Ran moves and holds in Deposco", "Warehouse Management System"),
    ("Book loads in our transportation management system", "Logistics Coordinator",
     "Booked 50 loads a week in Kuebix", "Transportation Management System"),
    ("Collaborate on accommodations and modifications", "Resource Teacher",
     "Share accommodations and modified materials with classroom teachers",
     "Accommodations and Modifications"),
    ("Use harm reduction principles", "Case Manager",
     "Handed out naloxone kits and made needle exchange referrals", "Harm Reduction"),
    ("Connect families to community resources", "Family Advocate",
     "Link families to food pantries, housing programs and childcare subsidies",
     "Resource Referral"),
    ("Forklift certification required", "Warehouse Associate",
     "Put away pallets; OSHA powered industrial truck certified", "Forklift Certification"),
    ("Business intelligence experience", "Data Analyst",
     "Built sales dashboards in Tableau for 12 regions", "Business Intelligence"),
    ("Video editing skills", "Content Creator", "Cut weekly YouTube episodes in Final Cut Pro",
     "Video editing"),
    ("Experience with scheduling software", "Shift Lead",
     "Built the weekly schedule for 30 servers in 7shifts", "Scheduling Software"),
    ("Experience with accounting software", "Bookkeeper",
     "Kept the books for 12 clients in Zoho Books", "Accounting Software"),
    ("Experience with a CRM", "Development Manager",
     "Kept gift records and moves management in Raiser's Edge",
     "Customer Relationship Management"),
    ("Strong attention to detail", "AR Clerk", "Detail-minded clerk posting 300 payments a day",
     "Attention to Detail"),
]


@pytest.mark.parametrize(("ask", "title", "bullet", "skill"), CASES)
def test_shown_by_the_product_or_the_deed(ask: str, title: str, bullet: str, skill: str) -> None:
    assert skill in shown_by_bullet(ask, bullet, title)


NEAR_MISSES = [
    # Small-business accounting software is not an ERP.
    ("Experience with an ERP system", "Bookkeeper", "Kept the books in QuickBooks Online",
     "ERP"),
    # A spreadsheet is not a BI tool.
    ("Business intelligence experience", "Data Analyst", "Built sales reports in Excel",
     "Business Intelligence"),
    # One half of a paired ask is not the pair.
    ("Collaborate on accommodations and modifications", "Resource Teacher",
     "Share accommodations with classroom teachers", "Accommodations and Modifications"),
    # A drug given in an emergency is treatment, not harm reduction work.
    ("Use harm reduction principles", "ER Nurse", "Gave naloxone to an overdosing patient",
     "Harm Reduction"),
    ("Connect families to community resources", "Family Advocate",
     "Gave families a list of phone numbers", "Resource Referral"),
]


@pytest.mark.parametrize(("ask", "title", "bullet", "skill"), NEAR_MISSES)
def test_a_near_miss_stays_missing(ask: str, title: str, bullet: str, skill: str) -> None:
    assert skill not in shown_by_bullet(ask, bullet, title)
