"""A coder's CPT is the procedure code set; a lab's is a Certified Phlebotomy Technician.

A phlebotomist's posting ("a phlebotomy certification (CPT through NHA or ASCP)") asked
for CPT coding beside the credential, and a phlebotomist's "CPT (NHA), 2022" showed
coding: her report said she lacked a coder's skill the posting never asked. The letters
read as the trade their sentence (or, in a bare credentials line, the whole text)
speaks of.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting

PHLEBOTOMIST = "Certified Phlebotomy Technician"
CODING = "CPT Coding"

LAB_POSTING = ("Phlebotomist\n\nRequirements\n- A phlebotomy certification (CPT through "
               "NHA, ASCP or AMT)\n- Venipuncture on adults and children\n")
CODER_POSTING = "Medical Coder\n\nRequirements\n- CPC\n- Accurate CPT and ICD-10-CM coding\n"


def _names(posting: str) -> set[str]:
    analysis = analyse_posting(posting)
    return {s.name for s in analysis.skills} | set(analysis.certifications)


@pytest.mark.parametrize(("posting", "asked", "not_asked"), [
    (LAB_POSTING, PHLEBOTOMIST, CODING),
    ("Lab Assistant\n\nRequirements\n- CPT or CPT-1 certification\n- Draw blood from "
     "patients for the lab\n", PHLEBOTOMIST, CODING),
    (CODER_POSTING, CODING, PHLEBOTOMIST),
])
def test_the_posting_asks_the_cpt_of_its_trade(posting: str, asked: str,
                                               not_asked: str) -> None:
    names = _names(posting)
    assert asked in names, names
    assert not_asked not in names, names


def test_a_phlebotomists_cpt_shows_the_credential_and_no_coding() -> None:
    resume = ("Dana Reyes\ndana@example.com\n\nExperience\nPhlebotomist, Valley Lab, 2020 "
              "to 2024\n- Drew blood from 40 patients a day and labeled specimens\n\n"
              "Certifications\nCPT (NHA), 2022\n")
    report = tailor(resume, LAB_POSTING).match_before
    assert PHLEBOTOMIST in {m.name for m in report.matched}
    assert CODING not in report.missing
    assert CODING in tailor(resume, CODER_POSTING).match_before.missing
