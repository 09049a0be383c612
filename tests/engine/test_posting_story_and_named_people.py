"""The employer's story told by its things counted or by when it happened, and the work
of people the posting names (Dec 6, precision10). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_the_employers_things_counted_are_its_story() -> None:
    text = ("Front Desk Agent\nHarbor Point Resort, Bar Harbor ME\n\nOur 85 cottages, "
            "marina and two dining rooms host family reunions, yoga retreats and "
            "weddings all summer.\n\nWhat you'll do\n- Check guests in and out in "
            "Opera PMS\n- Answer the phones\n")
    names = _names(text)
    assert "Weddings" not in names and not any("Yoga" in n for n in names)
    assert "Opera PMS" in names or "Oracle Opera" in names or any("Opera" in n for n in names)


def test_a_story_told_with_its_year_is_still_the_story() -> None:
    text = ("Kindergarten Teacher\nMaple Hollow School District\n\nLast year our district "
            "was honored by the state for gains in early literacy and STEM.\n\n"
            "Responsibilities\n- Teach reading with the Heggerty phonemic awareness "
            "curriculum\n")
    names = _names(text)
    assert "Early literacy" not in names and "STEM" not in names
    assert "Heggerty" in names or any("Heggerty" in n for n in names)


def test_people_named_by_an_honorific_do_their_own_work() -> None:
    text = ("Veterinary Receptionist\nWillow Creek Animal Hospital\n\nDr. Ana Ortiz and "
            "Dr. Ben Holt lead a team of surgeons and perform orthopedic surgery on dogs "
            "and cats.\n\nWhat you'll do\n- Check in patients and schedule appointments "
            "in Cornerstone\n- Assist Dr. Ortiz with client callbacks\n")
    names = _names(text)
    assert "Team Leadership" not in names
    assert not any("Orthopedic" in n or "Surgery" in n for n in names)
    assert "Appointment scheduling" in names  # the job's own duties stay asked


def test_a_named_persons_demand_is_the_jobs_ask() -> None:
    text = ("Dental Assistant\nOrtiz Family Dentistry\n\nDr. Ortiz requires every "
            "assistant to know Dentrix and hold a radiography certificate.\n")
    assert "Dentrix" in _names(text)


def test_a_story_or_a_person_that_turns_to_the_job_leaves_its_asks() -> None:
    # Review finding: the job's own asks told after the employer's things or people.
    names = _names("Night RN\n\nOur 24-bed cardiac unit needs a nurse skilled in "
                   "telemetry monitoring and IV therapy.\n")
    assert any("IV" in n or "Intravenous" in n for n in names)
    names = _names("Line Cook\n\nChef Dana Cole runs a kitchen of 9 and needs a cook who "
                   "can work the grill station and shuck oysters.\n")
    assert any("oyster" in n.lower() or "shuck" in n.lower() for n in names)
    names = _names("Stock Clerk\n\nRequirements\n- Ms Excel skills for tracking inventory\n"
                   "- Ms Word proficiency required\n")
    assert "Microsoft Excel" in names and "Microsoft Word" in names
