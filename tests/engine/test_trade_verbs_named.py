"""A trade's duty named by its verb: "Fabricate brackets", "Rig and set equipment".

A duty's verb is asked by its noun where the vocabulary holds the noun and it is of the
posting's field ("negotiate change orders": Negotiation). Fabrication and Rigging were
no skills (only Metal Fabrication and Load Rigging), so a millwright's "Fabricate
brackets and guards" and "Rig and move machinery with the overhead crane" asked
neither, in three helpers' labels. Both are trade skills now, matched in capitals only
in a posting's text: lower-case "fabrication" is also a kitchen's ("whole-fish
fabrication") and a dental lab's verb is no trade's. A resume shows them by the deed
("Fabricated guards", "Rig and set rolls"). Texts written for these tests (Dec 8, asks28).
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


_MECHANIC = ("Maintenance Mechanic\n\nResponsibilities\n"
             "- Troubleshoot conveyors, gearboxes and hydraulic systems\n"
             "- Fabricate brackets and guards with MIG welding\n"
             "- Rig and set new equipment with chain falls and the overhead crane\n"
             "- Follow lockout/tagout on every job\n")


def test_a_mechanics_fabricating_and_rigging_are_asked() -> None:
    found = asks(_MECHANIC)
    assert "Fabrication" in found and "Rigging" in found


def test_a_stage_crew_rigs_too() -> None:
    found = asks("Stagehand\n\nDuties\n- Rig truss and motors for touring shows\n"
                 "- Load in lighting and audio gear with forklifts and genie lifts\n"
                 "- Follow fall protection rules when working at height\n")
    assert "Rigging" in found


def test_a_dental_lab_and_a_kitchen_fabricate_no_trade() -> None:
    found = asks("Dental Assistant\n\nDuties\n- Take alginate impressions and fabricate "
                 "temporary crowns\n- Expose and process bitewing radiographs\n"
                 "- Sterilize instruments and chart in Dentrix\n")
    assert "Fabrication" not in found
    found = asks("Seafood Cook\n\nRequirements\n- Whole-fish fabrication and butchery\n"
                 "- ServSafe certification\n")
    assert "Fabrication" not in found


def test_a_resume_that_fabricated_and_rigged_shows_both() -> None:
    resume = ("Lee Park\nlee@example.com\n\nExperience\nMillwright | Gulf Paper | 2019 - "
              "Present\n- Fabricated guards and chutes from plate and angle\n"
              "- Rig and set rolls and motors with the overhead crane\n")
    report = match_resume(parse_resume(resume), analyse_posting(_MECHANIC))
    matched = {m.name for m in report.matched}
    assert "Fabrication" in matched and "Rigging" in matched


def test_a_dental_lab_and_an_animator_keep_their_own_sense() -> None:
    # review28 A4: a dental lab fabricates crowns, an animator rigs characters.
    found = asks("Dental Lab Technician\n\nRequirements\n"
                 "- Fabricate crowns, bridges and night guards\n- Operate milling units\n")
    assert "Fabrication" not in found
    found = asks("3D Animator\n\nRequirements\n- Rigging and skinning characters in Maya\n")
    assert "Rigging" not in found


def test_a_figurative_deed_shows_no_trade() -> None:
    resume = ("Kim Lo\nkim@example.com\n\nExperience\nOffice Manager | Pine Co | 2019 - "
              "Present\n- Fabricated a sales forecast for the board\n"
              "- Rigged the office raffle so the interns won\n")
    report = match_resume(parse_resume(resume), analyse_posting(_MECHANIC))
    matched = {m.name for m in report.matched}
    assert "Fabrication" not in matched and "Rigging" not in matched
