"""A credential's letters that name a thing the work used are no card held.

An electrician's EMT is electrical metallic tubing: "Conduit bending (EMT, rigid)" in a
posting asked an Emergency Medical Technician certification, "Bent and installed EMT
conduit" on the resume matched it, and the summary line said "Holds EMT." The letters
now take the electrical sense beside conduit words (skills/senses.py), and the
summary's "Holds …" names only a credential the resume writes as one it holds: in its
credentials, skills or summary, a role's title, or a line that calls it a card
(compose/summary._written_as_held). Text written for the test.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting

TODAY = date(2026, 12, 1)

ELECTRICIAN = ("Commercial Electrician\nPrairie Power Services\n\nRequirements\n"
               "- 3+ years as an electrician in commercial construction\n"
               "- Conduit bending (EMT, rigid)\n- Blueprint reading\n")
ELECTRICIAN_RESUME = (
    "Sam Ortiz\nsam.ortiz@example.com\n\nEXPERIENCE\n"
    "Electrician, Red Fork Electric, Tulsa, OK    2021 – Present\n"
    "- Bent and installed EMT conduit for tenant finish-outs\n"
    "- Read blueprints and marked up as-builts\n")


def test_emt_beside_conduit_is_tubing_not_a_medical_card() -> None:
    names = {s.name for s in analyse_posting(ELECTRICIAN).skills}
    assert "Emergency Medical Technician" not in names
    result = tailor(ELECTRICIAN_RESUME, ELECTRICIAN, today=TODAY)
    assert "Holds" not in (result.summary or "")
    assert "Emergency Medical Technician" not in {m.name for m in result.match_before.matched}


def test_emt_asked_by_an_ambulance_service_is_still_the_credential() -> None:
    posting = ("EMT - Basic\nRiverbend Ambulance\n\nRequirements\n"
               "- Current state EMT certification\n- CPR/BLS\n- Valid driver's license\n")
    names = {s.name for s in analyse_posting(posting).skills}
    assert "Emergency Medical Technician" in names
    resume = ("Jo Park\njo.park@example.com\n\nEXPERIENCE\n"
              "Ambulance Driver, County EMS    2022 – Present\n"
              "- Transported patients to three hospitals\n\n"
              "CERTIFICATIONS\nEMT, Oklahoma, 2022\nBLS\n")
    result = tailor(resume, posting, today=TODAY)
    assert "Emergency Medical Technician" in {m.name for m in result.match_before.matched}


NURSE_POSTING = ("Clinic Nurse\nLakeview Health\n\nRequirements\n- BLS certification\n"
                 "- Patient education\n- Vital signs\n")


def test_a_card_named_only_in_work_it_taught_is_not_said_to_be_held() -> None:
    resume = ("Ana Ruiz\nana.ruiz@example.com\n\nEXPERIENCE\n"
              "Clinic Assistant, Lakeview Family Practice    2020 – Present\n"
              "- Taught BLS classes to new front desk hires\n"
              "- Took vital signs and taught patients to use inhalers\n")
    result = tailor(resume, NURSE_POSTING, today=TODAY)
    assert result.guard.ok
    assert "Holds BLS" not in (result.summary or "")



def test_a_course_given_by_a_named_body_is_not_held() -> None:
    # "Court of Master Sommeliers Introductory course" names who gave a course: "Holds
    # Court of Master Sommeliers" would name an institution as a card. The ServSafe
    # card beside it is still held.
    from tailor_app.tailoring.compose.summary import _a_course_of

    body = ("CERTIFICATIONS\nServSafe Food Protection Manager, exp. 2028\n"
            "Court of Master Sommeliers Introductory course, 2021\n")
    assert _a_course_of(body, "Court of Master Sommeliers")
    assert not _a_course_of(body, "ServSafe Food Protection Manager")
    posting = ("Bar Manager\nRequirements\n- ServSafe Manager certification\n"
               "- Sommelier certification a plus\n- Wine list management\n- Bar inventory\n")
    resume = ("Rafael Quist\nrafael.quist@example.com\n\nEXPERIENCE\n"
              "Bar Lead, Eastside Wine Room, Duluth, MN    2020 – Present\n"
              "- Count bar inventory every Sunday and place liquor orders\n"
              "- Keep the 80-bottle wine list current with the owner\n\n"
              "CERTIFICATIONS\nServSafe Food Protection Manager, exp. 2028\n"
              "Court of Master Sommeliers Introductory course, 2021\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    assert "Court of Master Sommeliers" not in (result.summary or ""), result.summary
