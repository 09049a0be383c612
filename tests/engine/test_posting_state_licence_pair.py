"""A state's licence named by two joined words is one licence, not two.

Found on fresh insurance sales postings: "an active Iowa Property & Casualty license"
asked Property and Casualty License and, beside it, "Iowa Property license" and
"Casualty license", licences no state gives (the state's name kept the pair from being
looked up whole). Each test is on text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_a_states_pair_licence_is_one_credential() -> None:
    text = ("Personal Lines Agent\nPrairie Shield Insurance\n\nRequirements\n"
            "- A current Nebraska Life & Health license, or get one in your first 90 days\n"
            "- Two years of phone sales\n")
    analysis = analyse_posting(text)
    assert "Life and Health License" in analysis.certifications
    assert not {"Nebraska Life license", "Health license"} & set(analysis.certifications)


def test_two_licences_named_with_a_state_stay_two() -> None:
    text = ("Charge Nurse\nLakeside Care Center\n\nRequirements\n"
            "- Active Oregon RN or LPN license\n"
            "- BLS certification\n")
    names = {s.name for s in analyse_posting(text).skills}
    assert {"Registered Nurse", "Licensed Practical Nurse"} <= names
