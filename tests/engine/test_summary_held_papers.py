"""Papers in the summary line: a driver's licence the posting requires is held, and
named as one ("Holds a driver's license."); certificates and permits in the plural are
papers the work handled, which the line may name as work."""

from __future__ import annotations

from datetime import date

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
