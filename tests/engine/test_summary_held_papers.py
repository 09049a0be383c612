"""Papers in the summary line: a driver's licence the posting requires is held, and
named as one ("Holds a driver's license."); certificates and permits in the plural are
papers the work handled, which the line may name as work."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

_RESUME = """Marcus Tellez
Fresno, CA · 559-555-0112 · marcus.tellez@example.com

EXPERIENCE
Service Technician, Valley Garage Doors, Fresno, CA — 2019 to present
• Install and repair residential and commercial garage doors and openers
• Replace torsion springs, cables and rollers on service calls
• Program openers and keypads and explain the work to the homeowner
• Collect payment and write up each job on the tablet
• Keep the service van stocked and the parts log current
• Train new helpers on spring safety
• Answer emergency calls one weekend a month
• Load the van from the pick list each morning

Installer Helper, Central Valley Fence Co., Clovis, CA — 2016 to 2019
• Set posts and hung gates on residential fences
• Loaded lumber and hardware for each job

EDUCATION
Clovis High School, 2016

ADDITIONAL
{licence}
Own hand tools and a cordless drill kit
"""

_POSTING = """Garage Door Service Technician
Requirements
- Garage door installation and repair
- Torsion spring replacement
- Opener programming
- Valid driver's license and clean driving record
- Customer service
"""


def test_a_required_drivers_licence_is_named_as_held() -> None:
    result = tailor(_RESUME.format(licence="Driver's license, clean record"), _POSTING,
                    today=TODAY)
    assert result.guard.ok
    assert "Holds a driver's license." in (result.summary or "")


def test_no_licence_is_named_that_the_resume_does_not_hold() -> None:
    result = tailor(_RESUME.format(licence="Forklift operator card"), _POSTING, today=TODAY)
    assert result.guard.ok
    assert "license" not in (result.summary or "").casefold()


def test_plural_certificates_are_papers_handled_not_held() -> None:
    vocabulary = load_vocabulary()
    text = "Keep vendors' insurance certificates on file and flag expirations"
    said = summary_term("insurance certificates", "hard", "Certificates of Insurance", text,
                        vocabulary)
    assert said == "insurance certificates"
    held = "Valid driver's license"
    assert summary_term("driver's license", "hard", "Driver's License", held,
                        vocabulary) is None


@pytest.mark.parametrize("line", [
    "No driver's license; I take the bus",
    "Driver's license suspended until 2027",
    "Driver's license expected March 2027",
    "Driver's license (in progress)",
    "Working toward my driver's license",
    "Learner's permit now, driver's license soon",
    "Do not have a driver's license",
])
def test_a_licence_the_line_denies_or_puts_ahead_is_not_held(line: str) -> None:
    result = tailor(_RESUME.format(licence=line), _POSTING, today=TODAY)
    assert result.guard.ok
    assert "Holds" not in (result.summary or ""), result.summary


@pytest.mark.parametrize("line", ["Valid driver's license", "Driver's license, Class C",
                                  "California driver's license, clean record"])
def test_a_licence_stated_as_held_is_named(line: str) -> None:
    result = tailor(_RESUME.format(licence=line), _POSTING, today=TODAY)
    assert "Holds a driver's license." in (result.summary or ""), result.summary


_AIDE = """Lee Park
Madison, WI
Experience
Caregiver — Home Instead (2021–present)
- Helped clients bathe and cooked meals
Skills
CPR certified
{line}
"""
_AIDE_POSTING = """Home Health Aide
Comfort Care – Madison, WI
Duties
- Help clients with bathing and meals in their homes
- Drive to 4-5 client homes a day
Requirements
- Valid driver's license and reliable car
- CPR
"""


@pytest.mark.parametrize("line", [
    "No driver's license; I take the bus", "Driver's license suspended until 2027",
    "Driver's license expected March 2027", "Driver's license (in progress)",
    "Working toward my driver's license"])
def test_a_skills_list_line_denying_the_licence_is_not_held(line: str) -> None:
    result = tailor(_AIDE.format(line=line), _AIDE_POSTING, today=TODAY)
    assert result.guard.ok
    assert "driver's license" not in (result.summary or "").casefold(), result.summary
