"""A credential the writer is still working toward ("PCCN eligible", "PMP (in
progress)", "pursuing the CCRN") is not shown: saying it is held would invent it. A
credential held beside such words for another stays shown. Texts written for these
tests."""

from __future__ import annotations

import pytest

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
])
def test_a_credential_not_yet_earned_is_not_shown(line: str) -> None:
    r = bullets_report(["Care for 4 step-down patients"], CERTS, VOCABULARY, skills=line)
    assert shown(r) == {"Basic Life Support": "BLS"}


def test_a_held_credential_is_shown_beside_one_in_progress() -> None:
    r = bullets_report(["Care for 4 step-down patients"], CERTS, VOCABULARY,
                       skills="PCCN (2023), CCRN in progress, PMP certified")
    assert shown(r) == {"Progressive Care Certified Nurse": "PCCN",
                        "Project Management Professional": "PMP"}
