"""Asks of the claims desk, the respiratory and imaging bedside, the therapy gym, the
payroll desk and the freight desk by their own names (Dec 7, asks24): a claim's line of
loss and its files, a bedside treatment, a measure by its instrument, a payroll check.

Each test is on text written for it, not a batch's posting; two wordings of each name
where a posting may say it more than one way.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(duty: str) -> set[str]:
    text = f"Specialist\n\nResponsibilities\n- {duty}\n"
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("duty", "skill"), [
    ("Adjudicate claims against the member's plan within ten days", "Claims Adjudication"),
    ("Three years of claims adjudication in a group health plan", "Claims Adjudication"),
    ("Settle total loss claims using market valuation reports", "Total Loss Claims"),
    ("Pull loss runs for renewal submissions", "Loss Runs"),
    ("Schedule premium audits with policyholders at year end", "Premium Audit"),
    ("Teach incentive spirometry to post-operative patients", "Incentive Spirometry"),
    ("Coach patients on incentive spirometry after surgery", "Incentive Spirometry"),
    ("Perform radiographic positioning for chest and extremity exams", "Radiographic Positioning"),
    ("Administer IV contrast for CT studies", "Contrast Administration"),
    ("Take goniometric measurements at every re-evaluation", "Goniometry"),
    ("Measure grip strength with a hand dynamometer", "Dynamometry"),
    ("Audit payroll before each weekly run", "Payroll Audits"),
    ("Review payroll registers for errors before funding", "Payroll Audits"),
    ("Complete state new hire reporting for every hire", "New Hire Reporting"),
    ("Track paid time off accruals for 300 employees", "PTO Tracking"),
    ("Audit freight invoices against the rate confirmation", "Freight Bill Auditing"),
    ("Resolve OS&D claims with the carrier", "OS&D"),
])
def test_field_ask_is_read_by_its_name(duty: str, skill: str) -> None:
    assert skill in _asked(duty)


@pytest.mark.parametrize(("duty", "skill"), [
    # A marketer's contrast and a bank's reserves are no clinical or claims asks.
    ("Design banners with strong visual contrast", "Contrast Administration"),
    ("Position the brand against larger competitors", "Radiographic Positioning"),
    ("We suffered a total loss of power during the storm of 2019", "Total Loss Claims"),
])
def test_a_plain_word_is_no_such_ask(duty: str, skill: str) -> None:
    assert skill not in _asked(duty)


@pytest.mark.parametrize(("duty", "skill"), [
    ("Operate the C-arm in the OR for orthopedic cases", "C-arm Fluoroscopy"),
    ("Perform CT scans on trauma patients", "Computed Tomography"),
    ("Drive the ambulance to calls in all weather", "Emergency Vehicle Operation"),
    ("Two years of emergency vehicle operation", "Emergency Vehicle Operation"),
    ("Manage litigated claims with defense counsel", "Litigated Claims"),
    ("Handle catastrophe claims after hurricanes", "Catastrophe Claims"),
    ("Deploy to CAT claims for weeks at a time", "Catastrophe Claims"),
    ("Install shingles and underlayment on steep roofs", "Roofing"),
    ("Inspect and test fire sprinkler systems quarterly", "Fire Sprinkler Systems"),
])
def test_a_study_a_claim_a_shipment_or_a_roof_by_its_name(duty: str, skill: str) -> None:
    assert skill in _asked(duty)


def test_a_duty_on_a_claim_still_asks_the_duty() -> None:
    # A claim named with its line keeps the verb's own ask.
    assert "Claim Settlement" in _asked("Settle first- and third-party auto claims")
    assert "Claim Settlement" in _asked("Settle bodily injury claims within authority")


@pytest.mark.parametrize(("duty", "skill"), [
    ("Answer the nurse call system within three minutes", "Call Lights"),
    ("Respond to nurse call lights on the east hall", "Call Lights"),
    ("Set up and tear down AV equipment for banquets", "Audio-Visual Equipment"),
    ("Troubleshoot audio-visual equipment in the board room", "Audio-Visual Equipment"),
])
def test_a_ward_or_a_hall_system_by_its_class_name(duty: str, skill: str) -> None:
    assert skill in _asked(duty)


def test_bare_av_is_no_equipment() -> None:
    assert "Audio-Visual Equipment" not in _asked("Volunteer with the AV club on Fridays")


@pytest.mark.parametrize(("duty", "skill"), [
    ("Coordinate return-to-work programs with employers", "Return-to-Work Coordination"),
    ("Arrange transitional duty with the injured worker's supervisor",
     "Return-to-Work Coordination"),
    ("Experience with Medicare set-asides on settled claims", "Medicare Set-Asides"),
])
def test_a_comp_desks_work_by_its_name(duty: str, skill: str) -> None:
    assert skill in _asked(duty)


def test_a_workers_monday_is_no_return_to_work_program() -> None:
    assert "Return-to-Work Coordination" not in _asked(
        "Staff return to work after the holiday on Monday")


def _matched(ask: str, bullet: str, title: str = "Specialist") -> set[str]:
    resume = ("Sam Ortiz\nsam@example.com\n\nExperience\n"
              f"{title} | Lakeside Co | 2020 - Present\n- {bullet}\n")
    report = tailor(resume, f"{title}\n\nRequirements\n- {ask}\n").match_before
    return {m.name for m in report.matched}


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # review24 A1: a lab's goniometer and an engine shop's dynamometry are no clinic's
    # measures; A2: a lawn's sprinkler heads are no fire sprinkler system; A4b: an
    # installer's nurse call systems are no aide's answered call lights; A5: a scan
    # scheduled is no scan performed.
    ("Goniometry.", "Aligned the goniometer on our X-ray diffractometer.", "Goniometry"),
    ("Goniometry.", "Calibrated goniometers on the crystallography beamline.", "Goniometry"),
    ("Dynamometry.", "Ran engine dynamometry for emissions certification.", "Dynamometry"),
    ("Dynamometry.", "Ran chassis dynamometry on fleet trucks after tune-ups.", "Dynamometry"),
    ("Fire sprinkler systems.", "Replaced sprinkler heads and irrigation valves on 40 lawns.",
     "Fire Sprinkler Systems"),
    ("Fire sprinkler systems.", "Adjusted sprinkler heads on golf course fairways each spring.",
     "Fire Sprinkler Systems"),
    ("Answer call lights promptly.",
     "Installed and programmed Rauland nurse call systems in two hospitals.", "Call Lights"),
    ("Answer call lights promptly.",
     "Wired a nurse call system for a new assisted living wing.", "Call Lights"),
    ("Perform CT scans of the head, chest and abdomen.",
     "Scheduled MRI and CT scans for three clinics.", "Computed Tomography"),
    ("Perform CT scans of the head, chest and abdomen.",
     "Billed CT scans to Medicare and private insurers.", "Computed Tomography"),
])
def test_another_trades_instrument_is_not_shown(ask: str, bullet: str, skill: str) -> None:
    assert skill not in _matched(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Goniometry.", "Took goniometric measurements of knee range of motion.", "Goniometry"),
    ("Dynamometry.", "Measured grip strength with a hand dynamometer.", "Dynamometry"),
    ("Answer call lights promptly.", "Answered the nurse call system for 20 residents.",
     "Call Lights"),
    ("Perform CT scans of the head, chest and abdomen.",
     "Performed CT scans on trauma patients.", "Computed Tomography"),
])
def test_the_clinics_own_wording_is_still_shown(ask: str, bullet: str, skill: str) -> None:
    assert skill in _matched(ask, bullet)


@pytest.mark.parametrize("duty", [
    # review24 A4a: an installer's nurse call systems ask no call lights.
    "Install, program and service nurse call systems (Rauland, Hill-Rom).",
    "Terminate and test nurse call system stations in new patient rooms.",
])
def test_an_installers_nurse_call_system_asks_no_call_lights(duty: str) -> None:
    assert "Call Lights" not in _asked(duty)
