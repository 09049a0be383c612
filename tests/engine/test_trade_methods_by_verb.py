"""A kitchen's and a plant's methods told by their verbs (Dec 5, recall9): the curated
names give the deed index each method's verb and the family of things it is done to.
Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_kitchens_methods_are_asked_by_their_verbs() -> None:
    names = _names("Prep Cook\n\nWhat you'll do\n- Portion chicken and steaks for the line\n"
                   "- Shuck clams for the chowder\n- Plate desserts for banquets\n"
                   "- Fillet and break down fish deliveries\n")
    assert {"Portion control", "Food Plating"} <= names
    assert any("shucking" in n.lower() for n in names)


def test_a_resume_shows_them_in_the_past_tense() -> None:
    vocabulary = load_vocabulary()
    found = {h.skill.name for h in vocabulary.deeds(
        "Portioned proteins and shucked oysters for a 90-seat raw bar")}
    assert "Portion control" in found
    assert any("shucking" in n.lower() for n in found)


def test_greasing_machines_is_lubrication() -> None:
    assert "Lubrication" in _names("Maintenance Mechanic\n\nDuties\n- Grease bearings and "
                                   "chains on the packaging line\n- Replace belts\n")
    # Grease as a thing of a kitchen is no lubrication.
    assert "Lubrication" not in _names("Dishwasher\n\nDuties\n- Clean the grease traps and "
                                       "hoods\n- Scrub pots and pans\n")


def test_a_verb_that_names_only_repair_reads_as_repair() -> None:
    names = _names("Maintenance Plumber\n\nDuties\n- Fix leaks in tenant units\n"
                   "- Rebuild toilets and faucets\n")
    assert {"Leak Repair", "Plumbing Fixtures"} <= names
    vocabulary = load_vocabulary()
    assert "Leak Repair" in {h.skill.name for h in vocabulary.deeds(
        "Fixed 30 leaks a month in a 200-unit complex", lists=True)}


def test_verbs_of_many_actions_stay_out_of_postings() -> None:
    # "run", "keep", "diagnose" name many actions: no reading by synonym.
    names = _names("Auto Technician\n\nDuties\n- Diagnose and repair electrical systems\n"
                   "- Keep the site clean\n")
    assert "Electrical Troubleshooting" not in names
