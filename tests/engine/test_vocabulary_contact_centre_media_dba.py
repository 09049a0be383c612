"""Asks of a bank's contact centre, a brand's social and search marketing, a database
administrator and a lab's front office, read in their own words (skills added to the
curated vocabulary from postings written for the purpose)."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting


def asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("posting", "skills"), [
    ("Member Service Representative\n\nWhat you'll do\n- Reset online banking passwords "
     "and place stop payments\n- Dispute card transactions and flag suspected fraud\n",
     {"Password Resets", "Stop Payments", "Card Disputes", "Fraud Prevention"}),
    ("Search Marketing Specialist\n\nDuties\n- Add schema markup and rewrite meta "
     "descriptions\n- Build internal links between service pages\n",
     {"Schema Markup", "Meta descriptions", "Internal Linking"}),
    ("Social Media Assistant\n\nDuties\n- Write captions for Instagram and TikTok\n"
     "- Work with influencers on product seeding\n",
     {"Copywriting", "Influencer Marketing"}),
    ("SQL Server DBA\n\nDuties\n- Configure Always On availability groups\n- Tune "
     "queries with execution plans and Query Store\n- Schedule SQL Agent jobs\n",
     {"Always On Availability Groups", "Query Execution Plans", "Query Store"}),
])
def test_the_posting_asks_in_its_own_words(posting: str, skills: set[str]) -> None:
    found = asked(posting)
    assert skills <= found, skills - found


def test_a_front_desk_and_a_labs_everyday_words_show_the_asks() -> None:
    posting = ("Lab Receptionist\n\nRequirements\n- Patient check-in\n- Pediatric "
               "phlebotomy\n- Urine specimen collection\n")
    resume = ("Ana Ruiz\nana@example.com\n\nExperience\nPhlebotomist, Valley Lab, 2020 to "
              "2024\n- Checked in patients and verified their insurance\n- Handled "
              "pediatric draws for the children's clinic\n- Collected urine specimens "
              "for drug screens\n")
    report = tailor(resume, posting).match_before
    matched = {m.name for m in report.matched}
    assert {"Patient Intake", "Pediatric Phlebotomy", "Specimen Collection"} <= matched, \
        report.missing


def test_a_colleges_own_systems_are_asked_and_a_bare_banner_is_not() -> None:
    assert {"Banner Finance", "25Live"} <= asked(
        "Budget Clerk\n\nRequirements\n- Banner Finance\n- Book rooms in 25Live\n")
    assert not any("Banner" in name for name in asked(
        "Staff Accountant\nBanner Health\n\nRequirements\n- Excel\n"))
