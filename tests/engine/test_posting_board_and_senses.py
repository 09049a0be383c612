"""A job board's blocks ("Profile insights", "Hiring insights"), the people a report is
for ("dashboards for site leadership") and a word two trades share ("carrier invoices":
an insurer's bills in HR, a trucker's in logistics) ask nothing of the other sense."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.chrome import is_chrome


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_boards_insight_blocks_are_chrome() -> None:
    assert is_chrome("Profile insights")
    assert is_chrome("Hiring Insights")
    assert not is_chrome("Customer insights")


def test_a_boards_share_buttons_are_chrome() -> None:
    """ "Share on Facebook" beside "Apply for this job" listed Facebook as a missing
    skill on a pasted posting."""
    assert is_chrome("Apply for this job   Share on LinkedIn   Share on Facebook")
    assert is_chrome("Share via email")
    assert not is_chrome("Share campaign results on Facebook and Instagram")
    # Labelled with a colon, the buttons parted by bars.
    assert is_chrome("Share: Facebook | LinkedIn | X | Email")


def test_a_boards_slash_crumbs_are_chrome() -> None:
    assert is_chrome("Home / Arizona / Special Education / Job #448213")
    assert not is_chrome("Days / Nights / Weekends")
    asked = _asked("Resource Teacher\nHome / Utah / Education / Job #1182\n"
                   "Share: Facebook | LinkedIn | X | Email\n\nRequirements\n- Write IEPs"
                   "\n- Post weekly updates to the class Facebook page\n")
    assert {"LinkedIn", "Job"}.isdisjoint(asked), asked
    assert "Facebook" in asked  # asked in a duty of its own


def test_a_report_for_leadership_asks_no_leadership() -> None:
    asked = _asked("Planning Analyst\n\nDuties\n- Build weekly reports in Tableau for "
                   "plant leadership\n")
    assert "Leadership" not in asked
    assert "Tableau" in asked


def test_carrier_invoices_in_each_trade() -> None:
    assert "Freight Management" in _asked(
        "Transportation Analyst\n\nDuties\n- Audit carrier invoices and fuel surcharges "
        "for LTL shipments\n")
    assert "Benefits Invoice Reconciliation" in _asked(
        "Benefits Specialist\n\nDuties\n- Reconcile carrier invoices for medical and "
        "dental plans\n")


def test_a_boards_search_form_is_chrome() -> None:
    assert is_chrome("Search: line cook        Location: Spokane, WA        Find jobs")
    assert is_chrome("Search: bookkeeper   Where: Fargo, ND   [Find jobs]")
    assert not is_chrome("What: a line cook who can start Monday")
    analysis = analyse_posting("JobSpot   Find Jobs   Sign in\n"
                               "Search: line cook        Location: Spokane, WA        Find jobs\n"
                               "Line Cook - Breakfast\nJuniper Diner\n\nRequirements\n"
                               "- 2 years on a flat-top\n")
    assert analysis.title == "Line Cook"
