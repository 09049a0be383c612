"""A credential the writer is still working toward ("PCCN eligible", "PMP (in
progress)", "pursuing the CCRN") is not shown: saying it is held would invent it. A
credential held beside such words for another stays shown. Texts written for these
tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import MatchReport
from tests.match_probe import asks, bullets_report, shown, tsv_vocabulary

VOCABULARY = tsv_vocabulary(
    "Progressive Care Certified Nurse\tcertification\t=PCCN\n"
    "Project Management Professional\tcertification\t=PMP\n"
    "Critical Care Registered Nurse\tcertification\t=CCRN\n"
    "Basic Life Support\tcertification\t=BLS\n")
CERTS = asks("Progressive Care Certified Nurse", "Project Management Professional",
             "Critical Care Registered Nurse", "Basic Life Support", kind="certification")


@pytest.mark.parametrize("line", [
    "BLS | PCCN eligible | PMP (in progress) | pursuing the CCRN",
    "BLS; PCCN - exam eligible; PMP: expected 2027; studying for CCRN",
    "BLS, eligible for PCCN, working toward PMP, CCRN candidate",
    # An exam still ahead, in the ways people write it.
    "BLS; preparing to sit for the PCCN exam (goal: 2027); scheduled to take the PMP; "
    "plan to sit for CCRN",
    # A course on the way to it, its credential still pending.
    "BLS; completed a PCCN review course (certification pending); PMP prep class (test "
    "scheduled March 2027); CCRN class - exam scheduled",
])
def test_a_credential_not_yet_earned_is_not_shown(line: str) -> None:
    r = bullets_report(["Care for 4 step-down patients"], CERTS, VOCABULARY, skills=line)
    assert shown(r) == {"Basic Life Support": "BLS"}


def test_a_held_credential_is_shown_beside_one_in_progress() -> None:
    r = bullets_report(["Care for 4 step-down patients"], CERTS, VOCABULARY,
                       skills="PCCN (2023), CCRN in progress, PMP certified")
    assert shown(r) == {"Progressive Care Certified Nurse": "PCCN",
                        "Project Management Professional": "PMP"}


_LICENCE_ASK = "Journeyman Electrician\n\nRequirements\n- Georgia journeyman electrician license\n"


def _licence_report(licence_line: str) -> MatchReport:
    # The posting's state licence met by the resume's other wording of it: not the
    # vocabulary's finder but the credential readers answer, and the check holds there.
    resume = ("Dale Hughes\ndale.hughes@example.com\n\nExperience\nElectrician Apprentice | "
              "Peach State Electric | 2021 - Present\n- Pull wire and terminate devices\n\n"
              f"Licenses\n{licence_line}\n")
    return tailor(resume, _LICENCE_ASK).match_before


def test_a_licence_in_progress_is_missing_in_any_wording() -> None:
    report = _licence_report("Georgia Journeyman Electrician (in progress, exam March 2027)")
    assert "Georgia journeyman electrician license" in report.missing


def test_a_licence_held_is_matched_in_another_wording() -> None:
    report = _licence_report("Georgia Journeyman Electrician, license #EN212345")
    assert "Georgia journeyman electrician license" in {m.name for m in report.matched}
