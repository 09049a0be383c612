"""The employer's story told in shapes the story reader missed: an organisation's name
ending in its kind ("... Family Services", "... Property Group") before any verb of
what it does, the verbs of running a place or a school ("manages 3,200 apartment
homes", "educates 1,200 students"), and a sentence that says where the employer stands
before its name ("Nestled on 200 acres, Pine Ridge offers ..."). Each test keeps a real
ask of the same posting too, so a rule that reads too much shows."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.context import describes_company


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_an_organisations_name_and_any_verb_of_what_it_does() -> None:
    assert describes_company("Millbrook Family Services helps 900 families a year.")
    assert describes_company("Ostrander Property Group leases 60 storefronts in Ohio.")
    assert not describes_company("Keep HR files current and answer benefits questions.")


def test_running_a_place_or_a_school_is_the_employers_story() -> None:
    assert describes_company("Larchmont Residential manages 1,400 townhomes with pools.")
    assert describes_company("The College of Pharmacy educates 500 PharmD students.")
    # The job named as the subject is the job, not the employer.
    assert not describes_company("The Office Manager manages payroll and vendors.",
                                 job_word="Manager")


def test_where_the_employer_stands_before_its_name() -> None:
    assert describes_company("Perched above Lake Dunmore, Hollow Oak Lodge offers a "
                             "spa, a marina and fine dining.")
    assert not describes_company("Based in our Tulsa office, you will process payroll.")


def test_the_wares_of_a_story_told_so_ask_nothing() -> None:
    asked = _asked(
        "Leasing Assistant\n\nTamarack Living Group manages 2,000 apartment homes in "
        "Boise with dog parks, pools and community gardens. In this role you will show "
        "apartments, process rental applications and collect rent in AppFolio.\n")
    assert not asked & {"Dog parks", "Community Management", "Gardening"}
    assert "AppFolio" in asked
