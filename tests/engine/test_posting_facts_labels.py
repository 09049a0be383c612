"""A careers site's block of labelled facts ("Pay: ...", "Schedule: ...") over the
job's description (Dec 6, recall16).

Each test is on text written for it, not a batch's posting.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.sections import split_posting

_FACTS_THEN_PROSE = (
    "Line Cook\n"
    "Location: Pinecrest Lodge - Bend, OR\n"
    "Schedule: Full-time, evenings and weekends\n"
    "Pay: $21.00/hour + tips\n"
    "\n"
    "As Line Cook you will work the saute and grill stations, prep mise en place before"
    " each service and follow HACCP logs for every cooler.\n"
    "\n"
    "We are looking for someone with 2 years of line cooking experience and a current"
    " Oregon food handler card.\n"
)

def _kinds(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text[:30]) for u in split_posting(text).units]


def test_the_paragraphs_after_a_block_of_facts_are_not_more_pay() -> None:
    units = split_posting(_FACTS_THEN_PROSE).units
    pay = [u for u in units if u.text.startswith("$21.00")]
    assert pay and pay[0].kind == "benefits"
    duties = [u for u in units if u.text.startswith("As Line Cook")]
    asks = [u for u in units if u.text.startswith("We are looking")]
    assert duties and duties[0].kind != "benefits"
    assert asks and asks[0].kind != "benefits"


def test_the_job_under_a_block_of_facts_is_read() -> None:
    analysis = analyse_posting(_FACTS_THEN_PROSE)
    names = {s.name.casefold() for s in analysis.skills}
    assert "haccp" in names
    assert analysis.min_years == 2


def test_a_label_leading_into_a_list_keeps_its_section() -> None:
    text = """Barista

Benefits: we offer:

Free drinks every shift and a 401(k) with match
"""
    kinds = [k for k, t in _kinds(text) if t.startswith("Free drinks")]
    assert kinds == ["benefits"]


def test_lines_right_under_a_facts_label_stay_with_it() -> None:
    text = """Host

Compensation: $17.50/hour
Tips shared nightly with the floor team

Greet guests and manage the waitlist in OpenTable.
"""
    kinds = {t[:10]: k for k, t in _kinds(text)}
    assert kinds["Tips share"] == "benefits"
    assert kinds["Greet gues"] != "benefits"


_WRAPPED_MAIL = (
    "Office Assistant\n"
    "\n"
    "What the job involves:\n"
    "- Scan and file records; keep the record retention\n"
    "  schedule\n"
    "- Reconcile petty cash and prepare the weekly bank deposits\n"
    "- Order supplies from our vendors\n"
    "\n"
    "What we need:\n"
    "- Three or more years of front office or bookkeeping\n"
    "  experience\n"
    "- QuickBooks Online\n"
)


def test_a_wrapped_word_that_is_also_a_heading_word_stays_in_its_line() -> None:
    units = split_posting(_WRAPPED_MAIL).units
    texts = {u.text: u.kind for u in units}
    assert texts["Scan and file records; keep the record retention schedule"] \
        == "responsibilities"
    assert texts["Reconcile petty cash and prepare the weekly bank deposits"] \
        == "responsibilities"
    assert analyse_posting(_WRAPPED_MAIL).min_years == 3


def test_a_heading_word_in_capitals_under_a_line_is_still_a_heading() -> None:
    text = "Clerk\n\nWhat you'll do:\n- File invoices\nSchedule\nMonday to Friday, 8 to 5\n"
    kinds = {u.text: u.kind for u in split_posting(text).units}
    assert kinds["Monday to Friday, 8 to 5"] == "benefits"


def test_the_checks_an_hr_job_runs_in_a_run_on_sentence_are_its_duties() -> None:
    # One sentence longer than the reader takes at once: it is read in pieces, and
    # the list of checks falls where a piece begins.
    text = ("Recruiting Assistant at Fernhill Clinics. Fernhill runs twelve family clinics"
            " across the whole river valley and hires about two hundred medical assistants,"
            " nurses and"
            " front desk staff a year; as our assistant you will screen applicants by phone"
            " and book interviews on the calendars of our clinic managers and directors,"
            " post openings on our careers page, Indeed and the county job board, prepare"
            " offer letters and start background checks, drug screens and TB tests, track"
            " every candidate in our applicant tracking system and keep the weekly"
            " time-to-fill report current in Excel, and you should have a year of HR"
            " assistant experience.")
    names = {s.name for s in analyse_posting(text).skills}
    assert {"Microsoft Excel", "Time-to-fill"} <= names


def test_a_check_the_candidate_must_pass_is_still_a_notice() -> None:
    text = ("Recruiting Assistant at Fernhill Clinics. You will prepare offer letters and"
            " schedule interviews for our clinic managers, and you must pass a background"
            " check and drug screen before your start date, which is paid at $22 an hour.")
    kinds = [u.kind for u in split_posting(text).units if "must pass" in u.text]
    assert kinds == ["legal"]


def test_a_lower_case_heading_under_a_short_item_is_still_a_heading() -> None:
    text = ("Driver\n\nrequirements\n- Valid driver's license\nbenefits\n"
            "- 401(k) with a 4% match and paid time off\n")
    kinds = {u.text: u.kind for u in split_posting(text).units}
    assert kinds["401(k) with a 4% match and paid time off"] == "benefits"
