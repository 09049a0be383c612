"""A list of kinds written before one head noun shows each kind with the head: "IM/SubQ/ID
injections" shows intramuscular and subcutaneous injections, "sliding-scale and basal
insulin" shows sliding-scale insulin, whatever the last kind is. Figures and "and/or"
are no kinds. Texts written for these tests."""

from __future__ import annotations

from tests.match_probe import asks, bullets_report, shown, tsv_vocabulary

VOCABULARY = tsv_vocabulary(
    "Intramuscular Injections\thard\tIM injections\n"
    "Subcutaneous Injections\thard\tSubQ injections\n"
    "Insulin Administration\thard\tsliding-scale insulin\n"
    "Round-the-clock Support\thard\t24 support\n"
    "Call Work\thard\tand billing calls\n")
ASKS = asks("Intramuscular Injections", "Subcutaneous Injections", "Insulin Administration",
            "Call Work",
            "Round-the-clock Support")


def test_each_slashed_kind_is_read_with_the_head() -> None:
    r = bullets_report(["Gave IM/SubQ/ID injections and vaccines"], ASKS, VOCABULARY)
    assert shown(r) == {"Intramuscular Injections": "IM", "Subcutaneous Injections": "SubQ"}


def test_the_first_of_two_kinds_joined_by_and() -> None:
    r = bullets_report(["Fingerstick glucose checks, sliding-scale and basal insulin"], ASKS,
                       VOCABULARY)
    assert shown(r) == {"Insulin Administration": "sliding-scale"}


def test_figures_and_and_or_are_no_kinds() -> None:
    r = bullets_report(["Covered 24/7 support and/or billing calls"], ASKS, VOCABULARY)
    assert shown(r) == {}


def test_the_end_of_another_phrase_is_no_kind() -> None:
    vocabulary = tsv_vocabulary("Adapted Instruction\thard\tclassroom accommodations\n")
    r = bullets_report(["Co-teach math in the general education classroom and plan "
                        "accommodations"], asks("Adapted Instruction"), vocabulary)
    assert shown(r) == {}
