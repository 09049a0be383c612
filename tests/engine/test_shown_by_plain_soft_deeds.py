"""Soft skills and negotiation told by what was done, in the words of a dispatcher, a
nurse, a rep or an office coordinator: telling people news is communication ("call
shippers with updated arrival times", "notify the physician of changes"), fixing a
problem named so is problem solving, a talk given is presenting, letters written are
writing, answering product questions or taking a contractor's orders is customer
service, and getting a better price is negotiating it. Words near them that do other
work show nothing."""

from __future__ import annotations

import pytest
from match_probe import shown_by_bullet

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _shown(ask: str, bullet: str) -> set[str]:
    return shown_by_bullet(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Strong communication skills", "Phone carriers and receivers with revised delivery times",
     "Communication"),
    ("Strong communication skills", "Notified the attending physician of any change in status",
     "Communication"),
    ("Strong communication skills", "Update families on progress at every visit",
     "Communication"),
    ("Problem-solving skills", "Fixed scheduling issues before they reached the manager",
     "Problem Solving"),
    ("Problem-solving skills", "Sort out billing problems for walk-in members",
     "Problem Solving"),
    ("Presentation skills", "Delivered quarterly safety presentations to 80 drivers",
     "Presentation Skills"),
    ("Presentation skills", "Gave product talks at contractor breakfasts", "Presentation Skills"),
    ("Written communication", "Wrote collection letters and payment reminders",
     "Written Communication"),
    ("Customer service", "Answered warranty questions at the service counter",
     "Customer Service"),
    ("Customer service", "Took phone and fax orders from builders and remodelers",
     "Customer Service"),
    ("Negotiation skills", "Bargained with three freight brokers on every spot load",
     "Negotiation"),
    ("Negotiation skills", "Got lower pricing from two paper suppliers", "Negotiation"),
    # The ask is the verb's own skill, not "Pricing negotiation" made of its object.
    ("Build quotes, negotiate pricing and close deals",
     "Work price breaks with buyers on big orders",
     "Negotiation"),
])
def test_a_plain_deed_shows_the_skill(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # News kept, not told: records of customers are no talk with them.
    ("Strong communication skills", "Updated customer records after every call",
     "Communication"),
    # A leak is no problem named so.
    ("Problem-solving skills", "Fixed leaks and replaced valves", "Problem Solving"),
    # Notice given at a job, a presentation prepared for someone else to give.
    ("Presentation skills", "Gave two weeks' notice", "Presentation Skills"),
    ("Presentation skills", "Formatted slides for the VP's presentations",
     "Presentation Skills"),
    # Questions with no buyer's subject; orders from a manager.
    ("Customer service", "Answered questions from the night supervisor", "Customer Service"),
    # Working a shift at a rate is no bargain.
    ("Negotiation skills", "Worked weekend shifts at a higher rate", "Negotiation"),
])
def test_other_work_shows_nothing(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


def _resume_shows(posting: str, resume: str) -> set[str]:
    report = match_resume(parse_resume(resume), analyse_posting(posting))
    return {m.name for m in report.matched}


def test_shorthand_in_a_title_and_on_a_unit() -> None:
    """"Sales Rep" is a sales representative, a "tele unit" a telemetry unit, "DOT regs"
    the DOT's regulations (a case-exact name read through its short word)."""
    posting = ("Route Sales\n\nRequirements\n- Outside sales experience\n"
               "- Telemetry experience\n- Knowledge of DOT regulations\n")
    resume = ("Robin Ash\nrobin@example.com\n\nExperience\n"
              "Territory Sales Rep | Lakeside Co | 2020 - Present\n"
              "- Floated to the step-down/tele unit twice a month\n"
              "Skills: Excel, DOT regs\n")
    shown = _resume_shows(posting, resume)
    assert {"Outside Sales", "Telemetry", "DOT regulations"} <= shown


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # A result only the practice gives.
    ("Close deals with new accounts", "Close rate of 1 in 3 on qualified demos", "Deal Closing"),
    ("Close deals with new accounts", "Closed 19 new service contracts in 2024",
     "Deal Closing"),
    ("Upselling", "Raised the average check from $31 to $36 in six months", "Upselling"),
    ("Upselling", "Avg sale up 11% after I started pairing accessories", "Upselling"),
    ("Cross-selling", "Add on filters, belts and wiper blades to service tickets",
     "Cross-selling"),
    ("Manage the office budget", "Held supply costs within plan for three years",
     "Budgeting"),
])
def test_a_result_shows_the_practice(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Close deals with new accounts", "Conversion rate on the landing page rose 2%",
     "Deal Closing"),
    ("Upselling", "Average order took 2 days to ship", "Upselling"),
    ("Manage the office budget", "Kept the break room clean", "Budgeting"),
])
def test_a_figure_of_other_work_shows_nothing(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Construction industry experience preferred",
     "Kept the books for a 40-person roofing contractor", "Construction industry"),
    ("Long-term care experience", "Charge nurse for a 90-bed nursing center in Joplin",
     "Long-Term Care"),
    ("Restaurant experience", "Prep cook at a busy 150-seat steakhouse", "Restaurant"),
])
def test_a_bullet_that_describes_the_workplace(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Banking experience", "Opened accounts for a bank customer base of 4,000", "Banking"),
    ("Construction industry experience preferred", "Worked as an independent contractor",
     "Construction industry"),
])
def test_a_place_named_in_passing_is_no_workplace(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


def test_a_nursing_center_is_long_term_care() -> None:
    resume = parse_resume("Robin Ash\nrobin@example.com\n\nExperience\n"
                          "LPN | Cedar Bluff Nursing Center | 2020 - Present\n"
                          "- Pass meds to 28 residents\n")
    posting = analyse_posting("LPN\n\nRequirements\n- Long-term care experience\n")
    assert "Long-Term Care" in {m.name for m in match_resume(resume, posting).matched}


@pytest.mark.parametrize(("ask", "bullet"), [
    ("Collect insurance certificates from subcontractors",
     "Got current COIs from all 14 subs before mobilization"),
    ("Maintain vendor COIs", "Kept vendor certificates of insurance up to date"),
    ("Track subcontractor insurance certificates", "Chased roofers for an updated COI"),
])
def test_certificates_of_insurance_by_any_name(ask: str, bullet: str) -> None:
    assert "Certificates of Insurance" in _shown(ask, bullet)


def test_a_conflict_of_interest_asks_no_insurance() -> None:
    posting = analyse_posting("Legal Assistant\n\nRequirements\n- Run COI checks on new matters\n")
    assert "Certificates of Insurance" not in {m.name for m in posting.skills}


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Cold calling experience", "Averaged 70 dials and 9 conversations a day", "Cold Calling"),
    ("Cold calling experience", "Won 12 new accounts by phoning office managers at law firms",
     "Cold Calling"),
    ("Prospecting skills", "Dug up leads from chamber lists and trade show badges",
     "Prospecting"),
    ("Prospecting skills", "Knocked on 30 storefront doors every Tuesday", "Prospecting"),
    ("Door-to-door canvassing", "Went door-to-door in new subdivisions twice a week",
     "Door-to-door canvassing"),
    ("Appointment setting", "Set 8 discovery meetings a week for two closers",
     "Appointment setting"),
    ("B2B sales experience", "Sold janitorial supplies to 45 schools and clinics",
     "B2B Sales"),
    ("New business development", "Signed 22 new logos in my first year",
     "New business development"),
    ("Lead follow-up", "Called back inbound web leads the same hour", "Lead Follow-Up"),
    ("Needs analysis", "Walked each plant with the maintenance lead to see where parts failed",
     "Needs Analysis"),
])
def test_a_rep_tells_selling_by_the_deed(ask: str, bullet: str, skill: str) -> None:
    assert skill in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # A property manager's calls to owners sell nothing.
    ("Cold calling experience", "Phoned owners about late repairs and renewals", "Cold Calling"),
    ("B2B sales experience", "Sold concessions to fans at home games", "B2B Sales"),
    ("Appointment setting", "Booked 40 patient appointments a day", "Appointment setting"),
    ("Needs analysis", "Walked the floor to check stock levels", "Needs Analysis"),
    ("New business development", "Opened 3 new stores in Ohio",
     "New business development"),
])
def test_other_calls_and_visits_show_no_selling(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Pick customer orders", "Pull, tape and load 90 orders a shift", "Order Picking"),
    ("Schedule and confirm appointments", "Book, move and confirm appointments for 3 providers",
     "Appointment scheduling"),
])
def test_a_series_of_verbs_shares_its_object(ask: str, bullet: str, skill: str) -> None:
    """The first verb of a bullet's series ("Pull, tape and load") is done to the object
    after the last, a synonym verb too."""
    assert skill in _shown(ask, bullet)


def test_a_series_shares_no_other_object() -> None:
    assert "Order Picking" not in _shown("Pick customer orders", "Pull, tape and load boxes")
