"""A skill named for a kind of knowing ("… care", "… service", "… regulations",
"… knowledge") is shown by a line naming the thing it is knowledge of, when every word
before the kind word is telling: "Provide hospice care" by "sat with hospice patients".
A deed's head ("repair", "instruction") or a common word before the kind ("monthly",
"new", a language) shows nothing."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, shown, tsv_vocabulary

_VOCABULARY = tsv_vocabulary(
    "Hospice Care\thard\thospice care\n"
    "Valet Service\thard\tvalet service | valet parking\n"
    "OSHA Regulations\thard\tOSHA regulations | OSHA standards\n"
    "Sommelier knowledge\thard\tsommelier knowledge\n"
    "Furnace Repair\thard\tfurnace repair\n"
    "Spanish\tlanguage\tSpanish\n"
    "Spanish instruction\thard\tSpanish instruction\n"
    "Monthly compliance\thard\tmonthly compliance\n"
    "Stored procedures\thard\tstored procedures\n"
    "Welding\thard\tMIG\n")


def _shown(ask: str, *bullets: str) -> set[str]:
    return set(shown(bullets_report(bullets, asks(ask), _VOCABULARY)))


@pytest.mark.parametrize(("ask", "bullet"), [
    ("Hospice Care", "Sat with families whose parents were on hospice"),
    ("Valet Service", "Worked the door and the valet at weddings and galas"),
    # a name in capitals is that name wherever it stands
    ("OSHA Regulations", "Walk every site with the OSHA checklist before the crew starts"),
])
def test_the_thing_a_kind_of_knowing_is_of_shows_the_skill(ask: str, bullet: str) -> None:
    assert ask in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet"), [
    # a deed's head: naming the furnace shows no repair of it
    ("Furnace Repair", "Changed furnace filters in 40 units every spring"),
    # a language before the kind: speaking it is no teaching it
    ("Spanish instruction", "Greet Spanish-speaking guests in Spanish"),
    # a time word tells when, not what
    ("Monthly compliance", "Sent the monthly schedule to the crew"),
    # the thing is not named at all
    ("Hospice Care", "Cared for residents on a 30-bed hall"),
    # the word describes another thing, or sits inside a hyphenated word
    ("Hospice Care", "Drove the hospice van to the pharmacy"),
    ("Valet Service", "Kept the valet-stand sign out of the fire lane"),
    # a verb's place: the same word as a deed, or after "to"
    ("Valet Service", "Valet the owner's cars on weekends"),
    ("Hospice Care", "Learned to hospice nothing"),
    # a name whose telling word is a verb's form
    ("Stored procedures", "Stored pallets of dry goods in the back room"),
])
def test_a_deed_a_common_word_or_nothing_named_shows_nothing(ask: str, bullet: str) -> None:
    assert ask not in _shown(ask, bullet)


def test_an_employers_name_is_no_evidence() -> None:
    report = bullets_report(["Answered the phones and booked visits"], asks("Hospice Care"),
                            _VOCABULARY, role="Scheduler  2020 – Present\nBrightwater Hospice, "
                                             "Reno, NV")
    assert "Hospice Care" not in shown(report)


def test_a_clause_the_writer_did_not_do_shows_nothing() -> None:
    assert "Valet Service" not in _shown("Valet Service", "Never worked the valet stand")


def test_the_apps_vocabulary_reads_dementia_care_from_the_residents_named() -> None:
    from match_probe import shown_by_bullet
    assert "Dementia Care" in shown_by_bullet(
        "Dementia care experience", "Half of my hall lives with dementia or Parkinson's",
        title="Caregiver")


@pytest.mark.parametrize(("ask", "bullet"), [
    # a common word of several skills' names most often means another thing
    ("Memory care experience", "Quote part numbers to walk-in buyers from memory"),
    # a noun before it makes a compound naming another thing
    ("Import compliance", "Check the weekly data import for bad rows"),
    # another word of the same stem is another thing
    ("Evacuation procedures", "Recover, evacuate and recharge the system"),
])
def test_the_apps_vocabulary_reads_no_other_sense(ask: str, bullet: str) -> None:
    from match_probe import shown_by_bullet
    assert not {"Memory care", "Import compliance", "Evacuation Procedures"} & \
        shown_by_bullet(ask, bullet)
