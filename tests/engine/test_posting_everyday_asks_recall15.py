"""Everyday asks of the fields the blind set reads worst, written as people write them:
a cafe's "open and close the cafe", a kitchen kept "up to health code", a hotel's
"arrivals and departures", a caseworker's court hearings, a tutor's one-on-one
instruction, an HR coordinator who posts openings and answers benefits questions.
Each is read as an ask; the same words in a shift's availability are not. Every text
here was written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


CAFE_SHIFT_LEAD = """\
Cafe Shift Lead, Ninebark Coffee
What you'll do
- Open and close the cafe on your scheduled days and run the shift
- Keep the prep area and pastry case up to health code
- Pull shots and steam milk during the morning rush
"""


def test_a_cafe_lead_opens_closes_and_keeps_the_health_code() -> None:
    asks = _asks(CAFE_SHIFT_LEAD)
    assert {"Opening and closing procedures", "Health code compliance"} <= asks


HOTEL_AGENT = """\
Guest Service Agent
Responsibilities:
* Manage arrivals and departures and keep room status current
* Check in arriving guests and explain hotel amenities
Requirements: one year of front desk work.
"""


def test_a_hotels_arrivals_are_guest_check_in() -> None:
    assert "Guest check-in" in _asks(HOTEL_AGENT)


def test_availability_for_opening_shifts_asks_no_procedure() -> None:
    text = ("Barista\nRequirements\n- Availability for opening and closing shifts, "
            "including weekends\n- One year of espresso experience\n")
    assert "Opening and closing procedures" not in _asks(text)


PROBATION_AIDE = """\
Juvenile Probation Aide
Duties include supervising a caseload of youth on probation, writing progress notes,
and attending court hearings with the probation officer. A valid driver's license is
required.
"""


def test_a_caseworker_attends_court_hearings() -> None:
    assert "Court hearings" in _asks(PROBATION_AIDE)


READING_TUTOR = """\
Reading Interventionist (K-3)
- Deliver small group and one-on-one instruction in phonics and fluency
- Track progress with DIBELS and share results at data meetings
"""


def test_one_on_one_instruction_is_read_beside_small_group() -> None:
    asks = _asks(READING_TUTOR)
    assert {"One-on-one instruction", "Small group instruction"} <= asks


HR_ASSISTANT = """\
HR Assistant, Brookfield Dental Group
In this role you will post job openings on job boards, screen applications and
answer benefits questions from staff in our nine offices. Two years of HR
experience required.
"""


def test_an_hr_assistant_posts_jobs_and_answers_benefits_questions() -> None:
    asks = _asks(HR_ASSISTANT)
    assert {"Posting job openings", "Benefits Administration"} <= asks
