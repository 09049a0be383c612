"""A heading that tells what would please the employer beyond its needs, and a labelled
line of the job's facts under a hard-wrapped line (Dec 7, asks21). Each test is on text
written for it."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.headings import classify_heading, question_heading_kind
from tailor_app.tailoring.posting.sections import split_posting


def _asks(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def _posting(heading: str, blank: bool) -> str:
    gap = "\n" if blank else ""
    return ("Parts Counter Associate\nBayline Supply\n\nWhat you'll do\n"
            "- Pull orders for contractors at the counter\n\nWhat we need\n"
            f"- Forklift certification\n- Two years of counter experience\n{gap}{heading}\n"
            "- Experience with SAP\n- Hazmat shipping training\n")


@pytest.mark.parametrize("heading", [
    "What would make us smile",
    "Things that would wow us",
    "Brownie points for",
    "Icing on the cake",
    "Icing on the cake:",
    "The cherry on top",
    "Gold stars if you have",
    "You'd make our day with",
    "We'd be thrilled if you also have",
])
@pytest.mark.parametrize("blank", [True, False])
def test_a_heading_of_delight_heads_the_wishes(heading: str, blank: bool) -> None:
    # Read as more of "What we need", every line under it was asked as required, and
    # "Brownie points" itself came out as an ask.
    asks = _asks(_posting(heading, blank))
    assert asks.get("SAP ERP") is False
    assert asks.get("Hazmat shipping") is False
    assert asks.get("Forklift Certification") is True
    assert not any("brownie" in name.lower() or "icing" in name.lower() for name in asks)


def test_delight_is_the_employers_not_the_hires_pleasure() -> None:
    # What the job offers to please the hire stays its offer; a duty that only says
    # "our day" is no wish; a closing "happy to hear from you" says nothing of wishes.
    assert classify_heading("Perks that will make you smile") == "benefits"
    assert classify_heading("Make our day-to-day run smoothly") != "preferred"
    closing = ["we", "would", "be", "happy", "to", "hear", "from", "you"]
    assert question_heading_kind(closing) is None
    assert classify_heading("What would make us smile") == "preferred"


def test_a_smile_in_a_duty_line_asks_as_before() -> None:
    asks = _asks("Dental Receptionist\n\nResponsibilities\n- Greet patients with a smile and "
                 "check them in\n- Schedule appointments in Dentrix\n")
    assert asks.get("Dentrix") is True


def test_a_bakerys_duties_are_no_heading_of_wishes() -> None:
    # Brownies baked and icing piped are duties, not figures of delight (review21 A1).
    text = ("Cake Decorator\nSweet Maple Bakery\n\nResponsibilities:\n\nBake brownies, "
            "cookies and bars\nPipe icing on the cakes for orders\nFollow HACCP food safety "
            "logs\n\nRequirements:\nServSafe Food Handler card\n")
    assert _asks(text).get("HACCP") is True
    for line in ("pipe icing on the cakes for orders", "bake brownies cookies and bars"):
        assert question_heading_kind(line.split(" ")) is None


def test_a_labelled_duty_stays_a_duty() -> None:
    # Only the line is split at a filing label; "Classification:" over a duty of an HR
    # posting is no job fact (review21 A2).
    asks = _asks("Compensation Analyst\n\nResponsibilities\n- Classification: conduct job "
                 "evaluations and desk audits for county positions\n")
    assert "Job evaluation" in asks


def test_a_facts_label_under_a_long_line_opens_its_own_line() -> None:
    # Hard-wrapped at about 70 characters, "REPORTS TO:" was joined to the long line
    # above and "REPORTS" read as an acronym asked.
    text = ("LAKESIDE AREA SCHOOLS\n"
            "POSITION: Grade 5 Classroom Teacher, Lakeside Elementary School West\n"
            "REPORTS TO: Building Principal and Director of Curriculum\n"
            "FLSA STATUS: Exempt\n\n"
            "QUALIFICATIONS:\n"
            "1. Valid state teaching license for the elementary grades, with\n"
            "   experience teaching guided reading to small groups of students.\n"
            "2. Working knowledge of Google Classroom and PowerSchool.\n")
    units = [u.text for u in split_posting(text).units]
    assert any(t.startswith("REPORTS TO:") for t in units)
    asks = _asks(text)
    assert "REPORTS" not in asks and "FLSA" not in asks
    assert asks.get("PowerSchool") is True
    # A wrapped sentence still goes on across its line break.
    assert any("experience teaching guided reading" in t for t in units)


def test_a_wrapped_line_with_a_colon_later_still_goes_on() -> None:
    text = ("Duties\nYou will load and unload trucks at our cross-dock, check each pallet\n"
            "against the bill of lading and note any damage: crushed cartons, wet freight.\n")
    units = [u.text for u in split_posting(text).units]
    assert any("check each pallet against the bill of lading" in t for t in units)


def _required(line: str) -> dict[str, bool]:
    return _asks(f"Warehouse Lead\n\nRequirements\n- Two years in a warehouse\n- {line}\n")


def test_delight_after_the_ask_makes_it_a_wish() -> None:
    assert _required("Spanish would make us smile.").get("Spanish") is False
    assert _required("Experience with SAP would make our day").get("SAP ERP") is False
    assert _required("A forklift certification earns brownie points").get(
        "Forklift Certification") is False


def test_taken_if_offered_is_no_demand() -> None:
    # "may be considered" closing the clause: the posting takes it, never asks it.
    assert _required("Bilingual Spanish may be considered").get("Spanish") is False
    # "Only ... will be considered" is the firmest must (review21 A4), and a refusal is
    # no offer.
    assert _required("Only applicants with an active RN license will be considered.").get(
        "Registered Nurse") is True
    assert _required("Applicants without a CDL will not be considered.").get(
        "Commercial Driver's License") is True


def test_sections_assigned_are_the_duty_not_an_activity_of_their_own() -> None:
    # "sections" ends like an action noun ("inspections") and was asked as itself;
    # after "and" the plain verb "assign" opened no duty at all.
    asks = _asks("Floor Lead\n\nWhat you'll do\n- Assign sections to servers before "
                 "each shift\n")
    assert "Section assignment" in asks and "Sections" not in asks
    chained = _asks("Floor Lead\n\nWhat you'll do\n- Run the pre-shift huddle and assign "
                    "sections\n")
    assert "Section assignment" in chained
    # A noun that may name a thing before another noun stays a thing of the list.
    kept = _asks("Plans Examiner\n\nWhat you'll do\n- Review plans and permit applications\n")
    assert not any(name.lower().startswith("application") for name in kept)


def test_a_capitals_label_of_the_jobs_facts_is_no_acronym() -> None:
    # "WORK YEAR:", "FLSA STATUS:", "JOB GOAL:" open a facts block's lines; their words
    # were asked as acronyms ("WORK", "YEAR", "STATUS", "GOAL").
    text = ("RIVER VALLEY SCHOOLS\nJOB TITLE: Library Clerk\nWORK YEAR: 185 days\n"
            "FLSA STATUS: Non-exempt\nJOB GOAL: To keep the library catalog in Destiny "
            "current.\n\nDUTIES:\n- Check out books and shelve returns\n")
    asks = _asks(text)
    assert not {"WORK", "YEAR", "STATUS", "GOAL", "FLSA"} & set(asks)
    # An acronym in a line's text, after its label, is still read by its shape.
    assert "QRI" in _asks("Interventionist\n\nDUTIES:\nSPRING TESTING: give the QRI to "
                          "each reader twice a year\n")
