"""A body's rules or model asked by its letters ("ASCA National Model", "DOT compliance",
"CMS guidelines") is shown where the resume's work follows that body: "an ASCA-aligned
program", "per DOT and FMCSA rules", "ADA-compliant ramps" (shown26, Dec 7). The letters
alone, a membership or a product's approval say nothing of the work. Texts written for
these tests."""

from __future__ import annotations

import pytest
from one_bullet_report import one_bullet_report as _report


@pytest.mark.parametrize(("ask", "bullet", "title", "skill"), [
    ("Build a comprehensive program using the ASCA National Model",
     "Built an ASCA-aligned counseling program for 600 students", "School Counselor",
     "ASCA National Model"),
    ("Knowledge of the ASCA National Model",
     "Wrote annual goals in line with ASCA for a K-8 program", "School Counselor",
     "ASCA National Model"),
    ("DOT compliance", "Audited driver files per DOT and FMCSA rules", "Dispatcher",
     "DOT compliance"),
    ("Knowledge of FMCSA compliance",
     "Kept driver qualification files under FMCSA regulations", "Dispatcher",
     "FMCSA compliance"),
    ("Knowledge of CMS guidelines", "Coded and billed claims per CMS rules for two clinics",
     "Billing Specialist", "CMS guidelines"),
    ("ADA compliance", "Built ADA-compliant ramps and restroom grab bars",
     "Facilities Technician", "ADA compliance"),
])
def test_work_that_follows_the_body_shows_its_rules(ask: str, bullet: str, title: str,
                                                    skill: str) -> None:
    shown, unmet = _report(ask, bullet, title)
    assert skill in shown
    assert skill not in unmet


@pytest.mark.parametrize(("ask", "bullet", "title", "skill"), [
    ("ASCA National Model", "Member of ASCA since 2019", "School Counselor",
     "ASCA National Model"),
    ("ASCA National Model", "Presented a poster to ASCA in 2022", "School Counselor",
     "ASCA National Model"),
    ("ADA compliance", "Built ramps for the ADA office", "Facilities Technician",
     "ADA compliance"),
    ("Knowledge of CMS guidelines", "Sent 40 claims a day to CMS", "Billing Specialist",
     "CMS guidelines"),
    # goods sold are no work done to the rules (review26's S4)
    ("DOT compliance", "Sold DOT-compliant tires and helmets", "Sales Associate",
     "DOT compliance"),
    ("ADA compliance", "Stocked ADA-compliant grab bars and ramps", "Store Associate",
     "ADA compliance"),
])
def test_the_letters_alone_show_no_rules(ask: str, bullet: str, title: str,
                                         skill: str) -> None:
    shown, _ = _report(ask, bullet, title)
    assert skill not in shown
