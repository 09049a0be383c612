"""A skill is credited only from a deed the resume tells as the writer's own and as done
(review9, Dec 5): not someone else's ("…, who fixed leaks"), not negated, not a goal, not
only learned or watched (skills/writers_own.py); a seller's needs discovery likewise
(skills/needs_shown.py), and never named in the summary by its asking words."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring import tailor
from tailor_app.tailoring.skills.writers_own import told_as_done

TODAY = date(2026, 12, 1)


def _report(resume: str, posting: str) -> tuple[set[str], list[str], str | None]:
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok, result.guard.invented
    report = result.match_before
    return {m.name for m in report.matched}, report.missing, result.summary


DESK = ("Robin Hale\nrobin@example.com\n\nExperience\n"
        "Front Desk Coordinator, Harbor Dental, 2020 to Present\n- {bullet}\n- Greeted patients\n")
TRAVEL = "Office Manager\nNorthwind Co\n\nRequirements\n- Book travel for the leadership team\n"
COLD = "Inside Sales Rep\nNorthwind Co\n\nRequirements\n- Cold calling\n"


def test_booking_travel_told_as_done_is_shown() -> None:
    matched, _missing, summary = _report(DESK.format(bullet="Booked travel for three partners"),
                                         TRAVEL)
    assert "Travel Arrangements" in matched
    assert summary is not None and "booking travel" in summary


@pytest.mark.parametrize("bullet", [
    "Never booked travel myself; sent requests to the agency",
    "Goal: book travel for the whole office by spring",
    "Shadowed the office manager as she booked travel for partners",
])
def test_travel_negated_planned_or_watched_is_missing(bullet: str) -> None:
    matched, missing, summary = _report(DESK.format(bullet=bullet), TRAVEL)
    assert "Travel Arrangements" not in matched and "Travel Arrangements" in missing
    assert summary is not None and "travel" not in summary


def test_cold_calling_learned_is_missing_and_done_is_shown() -> None:
    matched, missing, _ = _report(DESK.format(bullet="Learning to cold call restaurant owners"),
                                  COLD)
    assert "Cold Calling" in missing and "Cold Calling" not in matched
    matched, _, summary = _report(DESK.format(bullet="Cold called 60 dental offices a day"), COLD)
    assert "Cold Calling" in matched and summary is not None and "cold calling" in summary


def test_a_later_clause_told_as_done_still_counts() -> None:
    # The negation reaches to its clause's end: the booking after the semicolon is done.
    assert told_as_done("Did not miss a shift; booked travel for 3 partners").endswith(
        "; booked travel for 3 partners")


PORTER = ("Kim Soto\nkim@example.com\n\nExperience\nBuilding Porter, Elm Towers, 2018 to Present\n"
          "- {bullet}\n- Cleaned lobbies\n")
PLUMBING = "Maintenance Tech\nNorthwind Co\n\nRequirements\n- Leak repair\n- Toilet repair\n"


@pytest.mark.parametrize("bullet", [
    "Called the owner's contractor, who fixed leaks and toilets in 40 units",
    "Logged work orders; the plumber fixed leaks in the laundry room",
])
def test_a_repair_someone_else_did_is_missing(bullet: str) -> None:
    matched, missing, summary = _report(PORTER.format(bullet=bullet), PLUMBING)
    assert "Leak Repair" in missing and "Leak Repair" not in matched
    assert summary is not None and "fixing" not in summary


def test_the_writers_own_repair_is_told_with_real_words() -> None:
    bullet = "Fixed leaks in 40 units and rebuilt toilets"
    matched, _, summary = _report(PORTER.format(bullet=bullet), PLUMBING)
    assert {"Leak Repair", "Plumbing Fixtures"} <= matched
    assert summary == ("Building Porter with 9 years of experience in fixing leaks and "
                       "rebuilding toilets."), summary


PHONES = ("Casey Moore\ncasey@example.com\n\nExperience\nPhone Sales Rep, Lumen Mobile, "
          "2019 to Present\n- {bullet}\n- Took payments\n")
NEEDS = ("Phone Sales Representative\nNorthwind Co\n\nRequirements\n"
         "- Ask callers questions to find out what they need and recommend the right plan\n")


def test_the_writers_own_asking_shows_needs_analysis_and_is_not_quoted() -> None:
    matched, _, summary = _report(PHONES.format(
        bullet="Asked callers how many lines they needed, then recommended a family plan"), NEEDS)
    assert "Needs Analysis" in matched
    assert summary == "Phone Sales Rep with 8 years of experience.", summary


@pytest.mark.parametrize("bullet", [
    "Sat beside a senior rep who asked callers what they needed and recommended plans",
    "Supervisors asked callers what they wanted and recommended upgrades",
    "Target for next year: ask every caller what they need before recommending an upgrade",
    "Learned how reps recommend upgrades to callers",
    "Found out which carrier callers came from before sending them to billing",
    "Asked my team lead how to sell upgrades",
])
def test_asking_that_is_not_the_writers_selling_is_missing(bullet: str) -> None:
    matched, missing, summary = _report(PHONES.format(bullet=bullet), NEEDS)
    assert "Needs Analysis" not in matched and "Needs Analysis" in missing
    assert summary is not None and " in " not in summary


ELECTRIC = "Electrician\nNorthwind Co\n\nRequirements\n- Conduit bending\n- 5 years of experience\n"
WIRING = ("Ari Banks\nari@example.com\n\nExperience\nElectrician\n{org}, 2012 to 2024\n"
          "- Pulled wire in new homes\n")


@pytest.mark.parametrize("org", ["Volunteer Riverside Food Bank", "Volunteer Habitat for Humanity"])
def test_volunteer_work_claims_no_years(org: str) -> None:
    _, _, summary = _report(WIRING.format(org=org), ELECTRIC)
    assert summary is None or "years" not in summary


@pytest.mark.parametrize("org", ["Volunteer State Mechanical", "Volunteer Electric Co"])
def test_an_employer_named_volunteer_counts_its_years(org: str) -> None:
    _, _, summary = _report(WIRING.format(org=org), ELECTRIC)
    assert summary == "Electrician with 12 years of experience.", summary


@pytest.mark.parametrize("line", [
    "Watched 6 toddlers daily, planned activities",  # watching children is the work
    "Observed and documented student behavior",
    "Checked that pallets were not damaged during forklift loading",  # a state, no deed
])
def test_work_that_reads_like_a_marker_stays(line: str) -> None:
    assert told_as_done(line) == line


def test_a_marker_reaches_only_to_its_clause_end() -> None:
    told = told_as_done("Never missed a shift while running the forklift")
    assert told.endswith("while running the forklift") and "missed" not in told


def test_plans_as_a_noun_is_no_goal() -> None:
    line = "Attached protection plans to 35% of appliance sales"
    assert told_as_done(line) == line


DRIVER = "Delivery Driver\nNorthwind Co\n\nRequirements\n- Valid driver's license\n- Forklift\n"


@pytest.mark.parametrize(("line", "held"), [
    ("No driver's license; I take the bus to work", False),
    ("Forklift: no certification yet, drove a pallet jack daily", False),
    ("Valid driver's license, no accidents in 6 years", True),
])
def test_a_clause_opening_with_no_shows_nothing(line: str, held: bool) -> None:
    """"No driver's license" says the writer lacks it: the report keeps the gap."""
    resume = ("Sam Ortiz\nsam@example.com\n\nExperience\nWarehouse Associate, Acme Foods, "
              f"2021 to Present\n- Loaded trucks\n\nDetails\n{line}\n")
    matched, missing, summary = _report(resume, DRIVER)
    name = "Forklift" if line.startswith("Forklift") else "Driver's License"
    assert (name in matched) is held, (line, matched)
    if not held and name == "Driver's License":
        assert name in missing
        assert "Holds" not in (summary or "") or name.split("'")[0] not in (summary or "")
    assert told_as_done("No. 1 in regional sales") == "No. 1 in regional sales"
