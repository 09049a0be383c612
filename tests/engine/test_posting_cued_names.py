"""A product named in plain capitalised words is an ask where the posting says the
person must know or have used it ("Proficient in Building Engines", "experience with
Field Edge"); one plain word there is as often a field. Letters that are mostly a time
zone name a code set when "codes" follow ("CDT codes")."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(requirement: str) -> set[str]:
    return {s.name for s in analyse_posting(
        f"Office Manager\n\nRequirements\n- {requirement}\n").skills}


@pytest.mark.parametrize(("line", "name"), [
    ("Proficient in Building Engines", "Building Engines"),
    ("Experience with Field Edge or a similar dispatch tool", "Field Edge"),
    ("Comfortable with Angi Leads", "Angi Leads"),
    ("Knowledge of dental insurance and CDT codes", "CDT"),
])
def test_a_name_the_person_must_know_is_asked(line: str, name: str) -> None:
    assert name in _asks(line)


def test_a_time_zone_and_a_plain_field_word_are_no_product() -> None:
    assert not _asks("Shifts end at 5pm CDT on Fridays")
    assert "Growth" not in _asks("Experience in Growth is welcome")


def test_what_the_person_knows_is_asked_without_the_verb() -> None:
    asks = _asks("The ideal candidate has 3+ years of dental office experience, knows dental "
                 "insurance and CDT codes, and is comfortable with Dentrix")
    assert {"Dental insurance", "Dentrix"} <= asks
    assert not any(a.lower().startswith("knows") for a in asks), asks


def test_colleagues_and_the_office_are_no_asks() -> None:
    assert "Maintenance technician" not in _asks(
        "Dispatch work orders to our maintenance techs")
    posting = analyse_posting("Administrative Assistant\n\nWhat you bring:\n"
                              "• High school diploma\n• 2+ years of administrative or office "
                              "experience\n• Proficient in Microsoft Word and Excel\n")
    assert "Office" not in {s.name for s in posting.skills}


def test_a_duty_verb_is_shared_by_its_two_objects() -> None:
    posting = analyse_posting("Receptionist\n\nResponsibilities\n- Greet clients and visitors;"
                              " offer refreshments\n")
    names = {s.name for s in posting.skills}
    assert "Greeting Visitors" in names
    assert not any("offerring" in n.lower() for n in names), names


def test_a_verbs_ing_form_doubles_only_a_stressed_last_letter() -> None:
    from tailor_app.tailoring.posting.duties import gerund
    assert [gerund(v) for v in ("offer", "budget", "limit", "refer", "permit", "plan")] == [
        "offering", "budgeting", "limiting", "referring", "permitting", "planning"]


def test_supervisory_experience_asks_team_leadership() -> None:
    # Asked in so many words, though the words are not the skill's name.
    assert "Team Leadership" in _asks("1 year of supervisory experience")
    assert "Team Leadership" in _asks("At least 1 year supervising staff")
    assert "Supervisory" not in _asks("Supervisory experience required")


def test_what_is_done_during_the_work_is_asked_but_not_a_season() -> None:
    assert "Home visits" in _asks("Teach parenting skills during home visits")
    assert not _asks("Help out during tax season")
    assert "Supervised Visitation" in _asks("Supervise family visits and document observations")
