"""A one-paragraph posting's run of duties parted by semicolons reads each duty's list.

A posting written as one paragraph often tells the day as one long sentence: a colon,
then duty after duty parted by semicolons ("...: restrain and position patients; prepare
fluid pumps, suture packs and bandage trays; clean kennels; ..."). The list readers took
any sentence over forty words for prose and read a list inside it only after a cue
("experience with"), so the things each duty named were lost. A clause after a colon or
a semicolon that opens with a verb in its base form is one duty, as a bullet is, and its
list is read as a bullet's. A sentence about "the applicant" stays prose, and so does a
clause opening with an "-ing" word ("developing and leading adoption of ...").

A list of one-word things closed by a word that only says each is a process ("...,
sedimentation and filtration processes") names Filtration, as it names Sedimentation.
Texts are written for these tests, in several fields.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_clinic_paragraphs_run_of_duties_reads_the_things_listed() -> None:
    found = asks(
        "Harbor Paws Animal Hospital is a busy four-doctor practice in Tacoma looking for a "
        "veterinary assistant to join the team full time. Most days look much the same from "
        "open to close: restrain and position patients for exams; prepare fluid pumps, suture "
        "packs, bandage trays and e-collars before each surgery; clean kennels and runs after "
        "the morning rush; walk the boarders twice a day; and restock the exam rooms before "
        "the evening appointments begin.")
    assert "Suture packs" in found and "Bandage trays" in found


def test_a_payroll_desks_run_of_duties_reads_the_papers_listed() -> None:
    found = asks(
        "Brightwater Staffing places light industrial and clerical workers with client "
        "companies across western Ohio, and our branch needs a payroll clerk. Every Monday "
        "brings the same close of the prior week, start to finish: collect and audit "
        "timesheets, mileage logs, per diem claims and shift differential reports; key the "
        "hours into the payroll system by noon; send the register to the branch manager for "
        "approval; and answer worker calls about missing hours.")
    assert "Mileage logs" in found


def test_a_long_sentence_of_prose_still_reads_no_list() -> None:
    # Told of "the applicant", a sentence is prose whatever its marks.
    found = asks(
        "Senior Analyst\n\nThe applicant's record should be demonstrated by assignments of "
        "real weight over several years, in more than one office and under more than one "
        "director, where the applicant served the agency well: chaired panels, committees, "
        "working groups and task forces; wrote the reports that came of them; and briefed "
        "the leadership on each.")
    assert "Working groups" not in found and "Task forces" not in found


def test_a_process_word_closing_a_list_names_the_last_item() -> None:
    found = asks(
        "The City of Larch Falls is hiring a Water Plant Operator for its surface water plant "
        "on the river, which serves nineteen thousand residents and two industrial parks "
        "under a consent order through 2029. The shift runs the whole plant: monitor and "
        "adjust coagulation, flocculation, sedimentation and filtration processes from the "
        "control room; backwash filters on schedule; and keep the daily logs.")
    assert "Flocculation" in found and "Filtration" in found
    assert "Filtration processes" not in found
    found = asks(
        "Finishing Operator\n\nResponsibilities:\n- Run the anodizing, sealing, dyeing and "
        "passivation processes on the second shift")
    assert "Passivation" in found and "Passivation processes" not in found
