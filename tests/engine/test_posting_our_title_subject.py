"""A sentence whose subject names the job after "Our" ("Our Family Support Specialists
carry a caseload", "Our Store Managers run ...") tells the job's duties, even where its
first word after "Our" is one the employer's story opens with ("Our family has served
...", "Our store ...")."""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.posting.context import describes_company


def test_the_subject_runs_through_the_capitalised_words() -> None:
    sentence = "Our Family Advocates carry a caseload of 20 households."
    assert not describes_company(sentence, None, "Advocate")
    assert describes_company("Our family has run this shelter since 1961.", None, "Advocate")


def test_a_duty_told_of_the_job_in_the_opening_is_asked() -> None:
    text = ("Family Advocate\nNorth Bend Community Action\n\n"
            "North Bend Community Action has served the valley since 1966. Our Family "
            "Advocates carry a caseload of 20 households and complete intake assessments.\n\n"
            "Requirements\n- Valid driver's license\n")
    asks = {s.name for s in analyse_posting(text).skills}
    assert {"Case Management", "Intake Assessment"} <= asks


def test_the_employers_own_family_stays_its_story() -> None:
    text = ("Family Advocate\n\nOur family of agencies uses Apricot and HubSpot across "
            "nine counties.\n\nRequirements\n- Valid driver's license\n")
    asks = {s.name for s in analyse_posting(text).skills if s.required}
    assert "HubSpot" not in asks
