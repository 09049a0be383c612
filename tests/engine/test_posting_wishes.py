"""Wishes told in words of degree (Dec 5, recall9): "a big plus", "are pluses", "would
make you stand out", "and so is any X". Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_a_big_plus_is_a_wish_not_the_employers_story() -> None:
    # After the employer's story, the wish was read as more of the story and lost.
    asks = _asks("Route Sales Driver\nAbout\nWe bottle spring water for offices in three "
                 "counties. You will run a 20-stop route. Experience with Salesforce is a "
                 "huge advantage.\n")
    assert asks.get("Salesforce") is False


def test_pluses_and_stand_out_prefer_what_they_follow() -> None:
    asks = _asks("Electrician\n\nWhat you bring\nA journeyman card and 4 years of "
                 "commercial work. OSHA 30 and experience with Lutron lighting controls are "
                 "pluses.\n")
    assert asks.get("OSHA 30") is False
    teacher = _asks("Kindergarten Teacher\n\nWhat you bring\nA teaching license. A "
                    "background in Montessori would help you stand out.\n")
    assert teacher.get("Montessori") is False
    assert teacher.get("Teaching License") is True


def test_so_carries_the_wish_to_a_new_subject() -> None:
    asks = _asks("Leasing Agent\n\nRequirements\n- 1 year in leasing\n- Yardi is a real "
                 "plus, and so is any Vietnamese\n")
    assert asks.get("Yardi Voyager") is False
    assert asks.get("Vietnamese") is False


def test_a_plain_demand_stays_required() -> None:
    asks = _asks("Welder\n\nRequirements\n- MIG welding on carbon steel\n- A big part of "
                 "the job is reading blueprints\n")
    assert asks.get("Blueprint Reading") is True
