"""A certification asked by what it is in ("Six Sigma certification", "Lean or Six Sigma
certification") is shown by a credential held in that thing, though its name says
"belt", not "certification" (shown26, Dec 7); a Lean Six Sigma belt is held in Lean and
in Six Sigma, and "Lean Six Sigma" shows both methods. A credential's own words never
make it one in another thing. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _report(ask: str, line: str, title: str) -> tuple[set[str], set[str]]:
    """(shown, not shown) of a posting asking ``ask`` against a one-role resume whose
    work line is ``line``."""
    text = (f"Robin Ash\nrobin@example.com\n\nExperience\n{title} | Lakeside Co | "
            f"2020 - Present\n- {line}\n")
    report = match_resume(parse_resume(text),
                          analyse_posting(f"{title}\n\nRequirements\n- {ask}\n"))
    return ({m.name for m in report.matched},
            {*report.missing, *report.maybe_shown, *report.unconfirmed})


@pytest.mark.parametrize(("ask", "credential", "title", "asked"), [
    ("Six Sigma certification", "Earned a Six Sigma Green Belt by leading a scrap project",
     "Quality Technician", {"Six Sigma certification"}),
    ("Lean or Six Sigma certification", "Lean Six Sigma Yellow Belt, 2022",
     "Production Supervisor", {"Lean certification", "Six Sigma certification"}),
    ("Lean certification preferred", "Lean Six Sigma Black Belt who led 14 kaizen events",
     "Operations Manager", {"Lean certification"}),
    ("Welding certification", "AWS D1.1 certified welder, 3G and 4G", "Fabricator",
     {"Welding certification"}),
])
def test_a_credential_held_in_the_thing_is_its_certification(
        ask: str, credential: str, title: str, asked: set[str]) -> None:
    shown, unmet = _report(ask, credential, title)
    assert asked <= shown
    assert not asked & unmet


@pytest.mark.parametrize(("ask", "credential", "title", "asked"), [
    # A plain Six Sigma belt holds no Lean.
    ("Lean certification", "Six Sigma Green Belt, 2020", "Quality Technician",
     "Lean certification"),
    # A belt still being earned is not held.
    ("Six Sigma certification", "Six Sigma Green Belt (in progress)", "Quality Technician",
     "Six Sigma certification"),
    # A nursing assistant's card is no nursing certification.
    ("Nursing certification required", "Certified Nursing Assistant (CNA), 2022",
     "Caregiver", "Nursing certification"),
    # Only the credential's own subject, never one found through other links
    # (review26's S2): an endorsement for air brakes, a sterile processing card.
    ("Automotive repair certification required", "Class A CDL with Air Brake Endorsement",
     "Fleet Mechanic", "Automotive repair certification"),
    ("Infection control certification preferred",
     "Certified Registered Central Service Technician (CRCST)", "Infection Preventionist",
     "Infection control certification"),
])
def test_a_credential_is_no_certification_in_another_thing(
        ask: str, credential: str, title: str, asked: str) -> None:
    shown, _ = _report(ask, credential, title)
    assert asked not in shown


@pytest.mark.parametrize(("ask", "bullet", "title"), [
    ("Experience with Lean and Six Sigma methods",
     "Earned my Lean Six Sigma Green Belt leading a scrap project", "Process Engineer"),
    ("Lean manufacturing experience", "Lean Six Sigma Yellow Belt, 2022", "Production Lead"),
])
def test_lean_six_sigma_shows_lean_and_six_sigma(ask: str, bullet: str, title: str) -> None:
    shown, _ = _report(ask, bullet, title)
    assert "Lean Manufacturing" in shown
