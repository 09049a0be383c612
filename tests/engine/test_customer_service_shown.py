"""Customer service, asked in nearly every posting that meets the public, is shown by
the work of serving people however a resume tells it: helping, greeting or checking in
guests, answering their questions or calls, resolving their complaints, a hotel's guest
services. Care given to patients or residents, and help given to colleagues, is not."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume

POSTING = "Associate\n\nRequirements\n- Excellent customer service skills\n"


def _shown(bullet: str, header: str = "Associate | Lakeside Co | 2020 - Present") -> bool:
    resume = parse_resume(f"Robin Ash\nrobin@example.com\n\nExperience\n{header}\n- {bullet}\n")
    report = match_resume(resume, analyse_posting(POSTING))
    return "Customer Service" in {m.name for m in report.matched}


@pytest.mark.parametrize("bullet", [
    "Greeted and checked in 200 guests a night",
    "Took care of customers at the counter and handled returns",
    "Resolved customer complaints at the service desk",
    "Handled customer billing questions and fixed invoice errors",
    "Answered 80 calls a day from policyholders about claims",
    "Served 30 tables a shift on weekends",
    "Helped members open checking and savings accounts",
])
def test_serving_people_shows_customer_service(bullet: str) -> None:
    assert _shown(bullet)


def test_a_hotels_guest_services_is_customer_service() -> None:
    assert _shown("Answered phones and took reservations",
                  header="Guest Services Agent | Harbor Inn | 2019 - 2021")


@pytest.mark.parametrize("bullet", [
    "Assisted residents with bathing and dressing",
    "Assisted team members with inventory counts",
    "Helped 31 first-time buyers use down payment assistance",
    "Served on the safety committee",
])
def test_care_help_to_colleagues_and_selling_are_not_it(bullet: str) -> None:
    assert not _shown(bullet)
