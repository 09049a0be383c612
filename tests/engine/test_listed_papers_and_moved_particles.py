"""A paper listed under a label of its kind ("Endorsements: tanker (N)") is the posting's
"Tanker endorsement" (skills/paper_items.py); a phrasal verb told with its object
between verb and particle ("put them away") shows the skill it names
(skills/particle_moved.py)."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import tailor

TODAY = date(2026, 12, 1)


def _report(bullets: list[str], posting: str, tail: str = "") -> tuple[set[str], list[str]]:
    resume = ("Casey Moreno\ncasey.moreno@example.com\n\nExperience\n"
              "Route Driver, Lakeview Propane, 2020 to Present\n"
              + "".join(f"- {b}\n" for b in bullets) + tail)
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok, result.guard.invented
    report = result.match_before
    return {m.name for m in report.matched}, report.missing


TANKER = ("Propane Delivery Driver\nNorthline Energy\n\nRequirements\n- Class B CDL\n"
          "- Tanker endorsement\n- Hazmat endorsement\n")


def test_endorsements_listed_under_their_label_are_shown() -> None:
    matched, missing = _report(["Delivered propane to 40 homes a day"], TANKER,
                               "\nLicenses\nClass B CDL\nEndorsements: tanker (N), hazmat (H)\n")
    assert {"Tanker Endorsement", "Hazmat Endorsement"} <= matched
    assert "Tanker Endorsement" not in missing


def test_an_endorsement_still_ahead_or_not_listed_is_missing() -> None:
    matched, missing = _report(["Delivered propane to 40 homes a day"], TANKER,
                               "\nEndorsements: tanker (test scheduled May 2027)\n")
    assert "Tanker Endorsement" not in matched and "Tanker Endorsement" in missing
    assert "Hazmat Endorsement" in missing


def test_an_item_that_only_starts_like_the_paper_is_no_paper() -> None:
    matched, _ = _report(["Delivered propane to 40 homes a day"], TANKER,
                         "\nEndorsements: tanker yanker award 2024\n")
    assert "Tanker Endorsement" not in matched


PUTAWAY = "Warehouse Associate\nNorthline Energy\n\nRequirements\n- Putaway\n- Forklift\n"


def test_putaway_told_with_a_pronoun_between_verb_and_particle() -> None:
    matched, _ = _report(["Checked cylinders in and put them away on the racks"], PUTAWAY)
    assert "Putaway" in matched
    matched, _ = _report(["Scanned each returned cylinder and put it away by lot"], PUTAWAY)
    assert "Putaway" in matched


def test_a_noun_between_or_a_far_particle_is_no_putaway() -> None:
    for bullet in ("Put the invoices on the desk and went away on routes",
                   "Put drivers' paperwork away in the office files"):
        matched, missing = _report([bullet], PUTAWAY)
        assert "Putaway" not in matched and "Putaway" in missing, bullet
