"""An estimator's and a construction project manager's paper: takeoffs, bid leveling,
subcontract buyout, scopes of work, change orders, prevailing wage, RFIs.

These skills had no entries: a posting asking them asked nothing or a phrase of its own
("Sub bids"), and a resume that had done the work in its own words ("leveled sub bids",
"Davis-Bacon jobs", "requests for information to the GC") was told it lacked it. A
builder's RFI goes to the architect; a seller's answers a buyer and is proposal writing.
"""

from __future__ import annotations

import pytest
from match_probe import unmet
from skill_names import names

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("line", "skill"), [
    ("Performed takeoffs for slabs and footings from PDF plans", "Quantity Takeoff"),
    ("Leveled sub bids by scope on bid day", "Bid Leveling"),
    ("Sent invitations to bid to 40 subcontractors per project", "Bid Solicitation"),
    ("Helped the PM buy out the job after award", "Subcontract Buyout"),
    ("Wrote scope letters with inclusions and exclusions", "Scope of Work"),
    ("Priced change orders for the owner's late design changes", "Change Orders"),
    ("Ran two Davis-Bacon school jobs", "Prevailing Wage"),
    ("Filed certified payroll reports every week", "Prevailing Wage"),
    ("Kept the RFI log and submittal log for a 4-story clinic", "RFIs"),
    ("Sent requests for information to the architect", "RFIs"),
    ("Proposed value-engineering options that saved $80,000", "Value Engineering"),
    ("Prepared monthly pay applications on AIA G702 forms", "Pay Applications"),
])
def test_the_builders_words_show_the_skill(vocabulary: Vocabulary, line: str,
                                           skill: str) -> None:
    assert skill in names(vocabulary, line)


def test_takeoffs_show_construction_estimating_but_not_the_reverse(
        vocabulary: Vocabulary) -> None:
    assert "Construction Estimating" in names(vocabulary, "Did takeoffs for 60 bids a year")
    assert "Quantity Takeoff" not in names(vocabulary, "Commercial estimating for a GC")


@pytest.mark.parametrize("line", [
    "Logged 300 takeoffs and landings in the King Air",  # a pilot's takeoff
    "Modeled a leveraged buyout for a private equity client",  # a financier's buyout
    "Payroll for 80 staff in ADP",  # payroll is not certified payroll
])
def test_other_trades_words_show_none_of_them(vocabulary: Vocabulary, line: str) -> None:
    found = names(vocabulary, line)
    assert not found & {"Quantity Takeoff", "Subcontract Buyout", "Prevailing Wage"}


def _asks(line: str) -> set[str]:
    posting = f"Project Coordinator\n\nRequirements\n- {line}\n- Microsoft Excel\n"
    return {s.name for s in analyse_posting(posting).skills}


def test_a_builders_rfis_are_asked_as_rfis() -> None:
    asks = _asks("Send RFIs to the architect when the drawings conflict")
    assert "RFIs" in asks and "Proposal Writing" not in asks


def test_a_sellers_rfis_are_proposal_writing() -> None:
    asks = _asks("Write responses to RFPs and RFIs from government buyers")
    assert "Proposal Writing" in asks and "RFIs" not in asks


POSTING = """Assistant Project Manager

Responsibilities
- Track RFIs and submittals with the architect
- Price change orders and prepare monthly pay applications
- Level sub bids and help buy out the job
"""


def test_a_resume_in_its_own_words_is_not_told_it_lacks_them() -> None:
    resume = """Ana Ruiz
ana.ruiz@example.com

Experience
Project Coordinator, Ridgeline Builders, 2020 to 2024
- Logged requests for information to the design team and chased answers
- Priced change orders and prepared pay apps each month
- Leveled bids from drywall and painting subcontractors
"""
    report = tailor(resume, POSTING).match_before
    shown = {m.name for m in report.matched}
    assert {"RFIs", "Change Orders", "Pay Applications", "Bid Leveling"} <= shown
    # "Price change orders" is no retailer's price changes.
    assert "Price Changes and Markdowns" not in unmet(report)
    # the duty the resume does not tell is listed as not shown
    assert "Subcontract Buyout" in unmet(report)
