"""An acronym is one term in every form: its plural and the words it stands for.

A nurse writes "placed peripheral IVs", a technician "VFDs"; the posting asks for
"peripheral IV" or "variable frequency drives". Texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring import tailor
from tailor_app.tailoring.skills.narrower import join_acronym_groups
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines


def names(vocabulary: Vocabulary, text: str) -> list[tuple[str, str]]:
    return [(h.skill.name, h.surface) for h in vocabulary.find(text)]


@pytest.fixture(scope="module")
def small() -> Vocabulary:
    entries, problems = parse_lines([
        "Peripheral IV\thard\t=peripheral IV",
        "Electronic Health Records\ttool\t=EHR | electronic health record",
        "Gas lines\thard",
        "Certified Nursing Assistant\tcertification\t=CNA",
        "Operating Room\thard\t=OR",
    ], "test")
    assert problems == []
    return Vocabulary(entries)


def test_an_acronym_s_plural_is_the_acronym(small: Vocabulary) -> None:
    assert names(small, "Placed peripheral IVs daily") == [("Peripheral IV", "peripheral IVs")]
    assert names(small, "Charted in EHRs") == [("Electronic Health Records", "EHRs")]


def test_a_word_in_capitals_is_no_acronym_plural(small: Vocabulary) -> None:
    assert names(small, "Charted in EHRS") == []
    # The people who hold a credential, and two letters alone, name no skill.
    assert names(small, "Supervise CNAs in two ORs") == []
    assert names(small, "two gas line") == [("Gas lines", "gas line")]


def test_an_acronym_joins_the_words_it_stands_for() -> None:
    groups = [["VFD"], ["VFDs"], ["variable frequency drives", "variable frequency drive"],
              ["servo drives"], ["TLS"], ["TLS 1.3"]]
    assert join_acronym_groups(groups) == [
        ["VFD", "VFDs", "variable frequency drives", "variable frequency drive"],
        ["servo drives"], ["TLS"], ["TLS 1.3"]]


def test_a_split_acronym_is_one_narrower_skill_with_its_words() -> None:
    entries, _ = parse_lines(["Motion Control\thard\tservo motors | =VFD | =VFDs | "
                              "variable frequency drives"], "test")
    splits = narrower_splits(entries)
    assert ["VFD", "VFDs", "variable frequency drives"] in splits["Motion Control"]
    vocabulary = Vocabulary(entries, splits=splits)
    found = vocabulary.lookup("variable frequency drives")
    assert found is not None and found.name == "VFD" and found.broader == ("Motion Control",)


def test_the_posting_s_words_are_shown_by_the_resume_s_acronym_plural() -> None:
    resume = ("Ana Ruiz\nana@example.com\n\nEXPERIENCE\nMaintenance Technician, Acme Foods"
              "    2019 – Present\n• Troubleshot motor control centers and VFDs on six lines\n")
    posting = ("Maintenance Technician\nRequirements:\n- Variable frequency drives\n"
               "- Hydraulics\n")
    report = tailor(resume, posting, today=date(2026, 6, 1)).match_before
    assert "Variable frequency drives" not in report.missing_required
    assert any(m.resume_term == "VFDs" for m in report.matched)


def test_an_acronym_may_take_the_letter_of_a_small_word() -> None:
    """"BOL" is "bill of lading", "HOS" "hours of service", "P&L" "profit and loss":
    an acronym often keeps the "of" or writes the "and" as "&"."""
    groups = [["bills of lading"], ["BOL", "BOLs"], ["profit and loss"], ["P&L"],
              ["hours of service"], ["HOS"], ["LTL"], ["bill of materials"], ["BOMs"]]
    assert join_acronym_groups(groups) == [
        ["bills of lading", "BOL", "BOLs"], ["profit and loss", "P&L"],
        ["hours of service", "HOS"], ["LTL"], ["bill of materials", "BOMs"]]


def test_an_acronym_joins_every_term_it_stands_for() -> None:
    groups = [["first call resolution"], ["first contact resolution"], ["FCR"], ["AHT"]]
    assert join_acronym_groups(groups) == [
        ["first call resolution", "first contact resolution", "FCR"], ["AHT"]]


def test_a_shortened_word_is_the_same_term() -> None:
    """"temp logs" is "temperature logs", "workers' comp" "workers' compensation"; a
    word that only starts like another ("con" for "construction") or a longer name
    ("Java" for "JavaScript") is not."""
    from tailor_app.tailoring.skills.narrower import is_synonym

    groups = [["temperature logs"], ["temp logs"], ["temperature control"], ["con logs"]]
    assert join_acronym_groups(groups) == [["temperature logs", "temp logs"],
                                           ["temperature control"], ["con logs"]]
    assert is_synonym("workers' comp", "Workers' Compensation")
    assert not is_synonym("temp staffing", "Temperature Logs")
    assert not is_synonym("data migration", "Database Migration")


def test_a_credential_s_state_names_no_other_credential() -> None:
    """"valid driver's license" is the driver's license; "valid", "current" and
    "active" say the credential holds, not which it is."""
    from tailor_app.tailoring.skills.narrower import group_key

    assert group_key("valid driver's license") == group_key("driver's license")
    assert group_key("current BLS card") == group_key("BLS card")
