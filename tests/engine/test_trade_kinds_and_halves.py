"""Electrical and mechanical troubleshooting shown by a deed of troubleshooting and the
parts of that kind in one clause of a work bullet; rough and finish carpentry shown by
the work of each half (framing, trim); blueprint reading by working from shop drawings.
The same words never show the other kind or a customer's. Texts written for this test
(none copied from a posting or a resume)."""

from __future__ import annotations

import pytest
from match_probe import unmet

from tailor_app.tailoring.compose.tailor import tailor


def _report(ask: str, bullet: str) -> tuple[dict[str, str], list[str]]:
    resume = ("Robin Ash\nrobin@example.com\n\nExperience\n"
              f"Technician, Lakeside Co, 2020 to Present\n- {bullet}\n")
    report = tailor(resume, f"Technician\n\nRequirements\n- {ask}\n").match_before
    return ({m.name.casefold(): m.resume_term for m in report.matched},
            unmet(report))  # not shown, or only maybe


@pytest.mark.parametrize(("ask", "bullet"), [
    ("Electrical troubleshooting", "Troubleshoot faults on ControlLogix PLCs and read the ladder"),
    ("Electrical troubleshooting",
     "Diagnose no-cool calls: check pressures, test capacitors and contactors"),
    ("Electrical troubleshooting", "Fixed wiring problems on reefer trailers"),
    ("Mechanical troubleshooting", "Fix hydraulic and pneumatic problems on six presses"),
    ("Mechanical troubleshooting", "Diagnosed noisy gearboxes and worn bearings on conveyors"),
    ("Rough carpentry", "Framed walls and set trusses on custom homes"),
    ("Finish carpentry", "Installed baseboard and crown in 40 condos"),
    ("Finish carpentry", "Hung doors and ran base and casing in new townhomes"),
    ("Blueprint reading", "Fit up plate and beams from shop drawings"),
])
def test_the_work_of_a_kind_shows_it(ask: str, bullet: str) -> None:
    shown, missing = _report(ask, bullet)
    assert shown, (ask, missing)
    assert not missing, missing


@pytest.mark.parametrize(("ask", "bullet"), [
    # a customer's trade after the problem is no part fixed
    ("Mechanical troubleshooting", "Fixed billing problems for pump station customers"),
    # the deed and the part in two clauses
    ("Electrical troubleshooting", "Diagnosed late shipments; rebuilt the breaker room shelving"),
    # the other kind
    ("Mechanical troubleshooting", "Troubleshoot faults on ControlLogix PLCs"),
    # trim is finish work, never the structure
    ("Rough carpentry", "Installed baseboard and crown in 40 condos"),
])
def test_other_words_show_no_kind(ask: str, bullet: str) -> None:
    _shown, missing = _report(ask, bullet)
    assert missing, ask


def _asked(posting_line: str, bullet: str) -> tuple[set[str], list[str]]:
    resume = ("Robin Ash\nrobin@example.com\n\nExperience\n"
              f"Technician, Lakeside Co, 2020 to Present\n- {bullet}\n")
    report = tailor(resume, f"Technician\n\nRequirements\n- {posting_line}\n").match_before
    return {m.name for m in report.matched}, unmet(report)


def test_a_present_tense_bullet_opens_with_its_verbs() -> None:
    """"Recover, evacuate and recharge": each verb of the opening series is a deed, as
    "evacuated" would be; the same verb later in a bullet is no deed by its form."""
    shown, missing = _asked("Refrigerant recovery, evacuation and charging",
                            "Recover, evacuate and recharge refrigerant on split systems")
    assert "Evacuation" in shown and not missing
    shown, missing = _asked("Procurement of parts and supplies",
                            "Source, procure and receive parts for three plants")
    assert "Procurement" in shown and not missing
    _shown, missing = _asked("Refrigerant recovery, evacuation and charging",
                             "Kept recovery logs; the crew would evacuate systems weekly")
    assert "Evacuation" in missing
