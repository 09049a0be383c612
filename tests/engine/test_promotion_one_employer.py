"""Roles held one after another under one employer line: the later role keeps the
employer, and the unit after its title's comma stays part of the title. Texts
written for these tests."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.letter import draft_letter
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import Entry
from tailor_app.tailoring.resume.parser import parse_resume

PROMOTED = """Priya Raman
Austin, TX | priya.raman@example.com | 512-555-0133

EXPERIENCE

Lone Star Regional Medical Center, Austin, TX
Charge Nurse, Medical-Surgical Unit    2022 – Present
- Lead a team of 6 RNs and 3 PCTs on a 32-bed med-surg unit
- Make assignments, manage admissions and discharges, and escalate rapid responses
Staff Nurse, Medical-Surgical Unit    2019 – 2022
- Cared for 5-6 post-surgical patients per shift: wound care, IV therapy, PCA pumps
- Documented assessments and care plans in Epic
Nurse Extern, Intensive Care Unit    2018 – 2019
- Assisted ICU nurses with turns, baths and hourly vitals

St. David's Urgent Care, Round Rock, TX
Medical Assistant    2016 – 2018
- Roomed patients, took vitals and drew blood
"""


def _roles(text: str) -> list[Entry]:
    return [e for s in parse_resume(text).sections if s.kind == "experience"
            for e in s.entries]


def test_a_promotion_keeps_the_employer_and_its_unit() -> None:
    roles = _roles(PROMOTED)
    assert [(r.title, r.organisation) for r in roles] == [
        ("Charge Nurse, Medical-Surgical Unit", "Lone Star Regional Medical Center"),
        ("Staff Nurse, Medical-Surgical Unit", "Lone Star Regional Medical Center"),
        ("Nurse Extern, Intensive Care Unit", "Lone Star Regional Medical Center"),
        ("Medical Assistant", "St. David's Urgent Care"),
    ]
    # The header lines stay as written: only their reading changed.
    assert roles[1].header == ["Staff Nurse, Medical-Surgical Unit    2019 – 2022"]


def test_a_named_employer_after_the_comma_is_a_new_job() -> None:
    text = PROMOTED.replace("Staff Nurse, Medical-Surgical Unit",
                            "Staff Nurse, Mercy Hospital")
    roles = _roles(text)
    assert (roles[1].title, roles[1].organisation) == ("Staff Nurse", "Mercy Hospital")


def test_one_line_roles_throughout_keep_their_comma_employers() -> None:
    text = """Dana Whitfield
dana@example.com

EXPERIENCE
Line Cook, Blue Heron    2021 – Present
- Ran the grill station for 180 covers a night
Prep Cook, Copper Kettle    2019 – 2021
- Prepped stocks and sauces for the morning crew
"""
    roles = _roles(text)
    assert [(r.title, r.organisation) for r in roles] == [
        ("Line Cook", "Blue Heron"), ("Prep Cook", "Copper Kettle")]


def test_the_letter_names_the_employer_of_a_promoted_role() -> None:
    posting = """Staff Nurse - Medical-Surgical
Requirements:
- Wound care and IV therapy
- PCA pump management
- Epic documentation
"""
    result = tailor(PROMOTED, posting, today=date(2026, 12, 7))
    letter = draft_letter(result.tailored, result.analysis, result.match_after)
    assert "at Lone Star Regional Medical Center" in letter.text
    assert "at Medical-Surgical Unit" not in letter.text
    # Nothing the resume wrote is lost from the tailored text.
    assert "Staff Nurse, Medical-Surgical Unit    2019 – 2022" in result.text
