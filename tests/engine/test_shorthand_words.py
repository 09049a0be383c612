"""A short word a resume writes inside a skill's name ("case mgmt", "preventive maint",
"cust service", "pt & family teaching", "acct mgmt") is read as the name it shortens;
alone, in capitals where capitals mean another word ("PT"), or across a name the text
already holds, it names nothing new. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def found(vocabulary: Vocabulary, text: str) -> dict[str, str]:
    return {h.skill.name: h.surface for h in vocabulary.find(text)}


@pytest.mark.parametrize(("text", "name", "surface"), [
    ("Coordinated discharges w/ case mgmt and PT", "Case Management", "case mgmt"),
    ("Ran preventive maint on 40 rooftop units", "Preventive Maintenance", "preventive maint"),
    ("Answered cust service emails for a furniture store", "Customer Service", "cust service"),
    ("Owned acct mgmt for 60 dealers", "Account Management", "acct mgmt"),
    ("Kept inventory mgmt current in the ERP", "Inventory Management", "inventory mgmt"),
    ("Helped run sales ops for the region", "Sales Operations", "sales ops"),
])
def test_a_short_word_inside_a_name_reads_as_the_name(vocabulary: Vocabulary, text: str,
                                                      name: str, surface: str) -> None:
    assert found(vocabulary, text).get(name) == surface


def test_a_short_word_alone_or_in_capitals_names_nothing_new(vocabulary: Vocabulary) -> None:
    assert found(vocabulary, "Mgmt trainee, rotated through three stores") == {}
    assert "Patient Education" not in found(vocabulary, "PT education for athletes")
    # "service calls" is already a name: "cust" does not take its "service" away.
    assert found(vocabulary, "Handled cust service calls") == {"Service Calls": "service calls"}


def test_the_phrase_readers_know_the_short_words_too(vocabulary: Vocabulary) -> None:
    # "scheduled appts" is appointment scheduling; "checked in 60 pts" patient check-in.
    from match_probe import asks, bullets_report, shown, unmet

    report = bullets_report(["Scheduled appts & follow-ups in eClinicalWorks"],
                            asks("Appointment scheduling"), vocabulary)
    assert "Appointment scheduling" in shown(report)
    report = bullets_report(["PT evaluations and plans of care"], asks("Patient evaluation"),
                            vocabulary)
    assert "Patient evaluation" in unmet(report)


def test_microsoft_s_ms_is_no_master_s_degree() -> None:
    from tailor_app.tailoring.degrees import highest_degree
    from tailor_app.tailoring.resume.parser import parse_resume

    assert highest_degree("Skills: MS Office, MS Excel, MS Project") is None
    assert highest_degree("MS, Data Science, 2019") == "master"
    # A headless resume's last line of tools is no education section.
    text = ("Gloria Ruiz\n520-555-0100\n\nReceptionist — Saguaro Clinic — 2018-2024\n"
            "- Answered phones\n\nBilingual English/Spanish · MS Office · Typing 55 wpm\n")
    assert "education" not in [s.kind for s in parse_resume(text).sections]
