"""Everyday skills of the weak fields the vocabulary lacked, named as techs, teachers,
shippers and case workers write them: the steps of a heating or cooling maintenance
visit (coil cleaning, filter changes, carbon monoxide tests), students' Chromebooks,
freight claims filed with carriers, and families connected to services."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor_app.tailoring import analyse_posting, tailor
from tailor_app.tailoring.reading import read_resume
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize(("words", "name"), [
    ("CO testing", "Carbon Monoxide Testing"),
    ("carbon monoxide checks", "Carbon Monoxide Testing"),
    ("evaporator coil cleaning", "Coil Cleaning"),
    ("filter changes", "Filter changes"),
    ("Chromebook", "Chromebooks"),
    ("carrier claims", "Freight Claims"),
])
def test_the_words_name_the_skill(words: str, name: str) -> None:
    skill = load_vocabulary().lookup(words)
    assert skill is not None and skill.name == name


def test_a_maintenance_posting_asks_each_step() -> None:
    text = ("Maintenance Technician (HVAC)\n\nDuties\n- Seasonal PMs: change filters, clean "
            "coils and check belts\n- CO testing on every gas appliance\n")
    asks = {s.name for s in analyse_posting(text).skills}
    assert {"Filter changes", "Coil Cleaning", "Carbon Monoxide Testing"} <= asks


def test_a_case_worker_connecting_families_shows_resource_referral(tmp_path: Path) -> None:
    resume = tmp_path / "r.txt"
    resume.write_text("Dana Reyes\n\nExperience\nHousing Navigator, Eastside Shelter, "
                      "2021-2024\n- Connected families to rental assistance and food "
                      "pantries\n", encoding="utf-8")
    posting = ("Case Manager\n\nRequirements\n- Resource referral for housing and "
               "benefits\n")
    result = tailor(read_resume(resume), posting)
    assert "Resource Referral" in [m.name for m in result.match_before.matched]


def test_a_shipping_posting_asks_freight_claims() -> None:
    text = "Shipping Clerk\n\nResponsibilities\n- Prepare bills of lading and file claims " \
           "with carriers for damaged freight\n"
    assert "Freight Claims" in {s.name for s in analyse_posting(text).skills}


def test_a_teacher_posting_asks_chromebooks() -> None:
    text = "Teacher\n\nRequirements\n- Comfortable teaching on student Chromebooks\n"
    assert "Chromebooks" in {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("words", "name"), [
    ("Wit and Wisdom", "Wit & Wisdom"),
    ("Into Reading", "HMH Into Reading"),
    ("Wonders", "McGraw Hill Wonders"),
    ("enVision Math", "enVision Mathematics"),
    ("UFLI", "UFLI Foundations"),
])
def test_adopted_curricula_are_named(words: str, name: str) -> None:
    hits = load_vocabulary().find(f"Our second grade team teaches {words} daily.")
    assert [h.skill.name for h in hits] == [name]


def test_a_curriculum_in_brackets_after_its_kind_is_asked() -> None:
    text = ("Teacher\n\nResponsibilities\nYou'll teach from our adopted programs (Into Reading "
            "for ELA, Zearn for math) and keep a weekly newsletter going.\n")
    assert {"HMH Into Reading", "Zearn"} <= {s.name for s in analyse_posting(text).skills}


def test_wonders_in_lower_case_is_no_curriculum() -> None:
    assert load_vocabulary().find("Our volunteers work wonders with kids.") == []
