"""A job board's summary block (pay, job type, schedule, benefits) above its "Full job
description" line: the posting after that line is read as a posting, not as benefits.

Before, the block's "Benefits" heading ran on over the whole description, so every
duty and requirement under it was read as a perk: a medical assistant's posting asked
none of its duties.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting

POSTING = """Job details
Pay
$22 - $26 an hour
Job type
Full-time
Benefits
Dental insurance
Paid time off

Full job description
Medical Assistant - Family Practice

Brookfield Family Medicine is hiring a Medical Assistant. You will take vitals, give
injections, and document visits in eClinicalWorks.

Requirements:
RMA certification, BLS, 1 year of clinic experience.
"""


def test_the_duties_after_the_summary_block_are_asked() -> None:
    analysis = analyse_posting(POSTING)
    asked = {s.name for s in analysis.skills if s.required}
    assert {"Vital Signs", "eClinicalWorks", "Basic Life Support"} <= asked
    assert analysis.min_years == 1
    assert analysis.title == "Medical Assistant"


def test_the_summary_blocks_perks_are_still_no_asks() -> None:
    asked = {s.name.lower() for s in analyse_posting(POSTING).skills}
    assert not any("dental" in name or "insurance" in name for name in asked)


def test_the_title_is_the_line_after_full_job_description() -> None:
    text = ("Job details\nPay\n$24 - $29 an hour\nJob type\nFull-time\n\n"
            "Full job description\nMedical Office Administrator - Family Practice\n\n"
            "Brookfield Family Medicine is hiring an office administrator. You will "
            "schedule appointments in eClinicalWorks.\n")
    analysis = analyse_posting(text)
    assert analysis.title == "Medical Office Administrator"
    assert analysis.company == "Brookfield Family Medicine"
