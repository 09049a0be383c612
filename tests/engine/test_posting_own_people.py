"""Words a posting says of the employer's own people, and other non-asks found on fresh
postings in admin, logistics, sales, teaching, construction and the trades (Dec 5,
precision5). Each test is on text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_our_crews_and_vendors_are_the_employers_people() -> None:
    # "our landscaping vendor", "our welding and machining crews", "our landscaping
    # crew": people already there, named by their trade; the job is not asked the trade.
    office = _names("Office Manager\n\nResponsibilities\n"
                    "- Coordinate with our landscaping vendor on snow removal\n"
                    "- Order parts for our welding and machining crews\n"
                    "- Process invoices in QuickBooks\n")
    assert "QuickBooks" in office
    assert not office & {"Landscaping", "Welding", "Machining"}
    lead = _names("Site Lead\n\nDuties\n- Lead our landscaping crew on commercial accounts\n"
                  "- Run payroll for 40 staff in ADP\n- Perform drywall repair and welding\n")
    assert {"Payroll", "Drywall", "Welding"} <= lead
    assert "Landscaping" not in lead
