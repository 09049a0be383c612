"""A verb's form in a posting that does no duty: a name's word, a describing word, the
last noun of a list, or a verb whose object ends before the people named later
(posting/hit_filters.py ``no_deed``); and an organisation named by its people."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("text", "not_asked"), [
    # A verb's form after a determiner names a kind of worker.
    ("Assistant Director\n\nRequirements\n- Two years of experience as a lead teacher "
     "in a licensed centre\n", "Team Leadership"),
    # Capitalised inside a sentence: the name of a hiring authority, not a duty.
    ("Policy Advisor\n\nEligibility\nTell us if you have been a political Schedule C "
     "or Non-Career senior employee.\n", "Staff scheduling"),
    # The batch jobs are scheduled; the dispatcher, three words on, is only spoken to.
    ("Reporting Analyst\n\nYou should be comfortable scheduling jobs, and explaining "
     "a report to a dispatcher.\n", "Staff scheduling"),
    # "monitoring" closes a list of nouns: nothing is monitored.
    ("Platform Engineer\n\nWhat you will do\n- Help product teams plan the hosting, "
     "scaling, monitoring, and security needs of each new service\n",
     "Security monitoring"),
    # A past form after "and" and a describing word describes the patients.
    ("Lab Assistant\n\nDuties\n- Draw blood from walk-in and scheduled patients\n",
     "Patient Scheduling"),
    # The object goes on into a longer name: no product is managed.
    ("Brand Coordinator\n\nDuties\n- Work with creators and manage product seeding\n",
     "Product Management"),
    # A verb's form joined by "or" to a noun of its own is a degree's subject: no field
    # is marketed.
    ("Events Lead\n\nRequirements\n- Degree in marketing or a related field\n"
     "- 3 years planning trade shows\n", "Field Marketing"),
])
def test_a_verbs_form_that_does_no_duty_asks_nothing(text: str, not_asked: str) -> None:
    assert not_asked not in asked(text)


@pytest.mark.parametrize(("text", "skill"), [
    ("Front Desk Lead\n\nDuties\n- Supervise, schedule, and train front desk staff\n",
     "Staff scheduling"),
    ("Front Desk Lead\n\nDuties\n- Supervise, schedule, and train front desk staff\n",
     "Team Leadership"),
    ("Ops Coordinator\n\nDuties\n- Monitor, track, and report shipments daily\n",
     "Shipment Tracking"),
    ("Clinic Lead\n\nDuties\n- Check in and schedule patients for follow-up visits\n",
     "Patient Scheduling"),
    ("Ops Coordinator\n\nDuties\n- Schedule and confirm patient appointments\n",
     "Patient Scheduling"),
    ("Platform Engineer\n\nWhat you will do\n- Monitoring systems and on-call "
     "rotations\n- Monitor systems, and page the on-call engineer\n", "System monitoring"),
])
def test_a_list_of_verbs_still_does_its_duty(text: str, skill: str) -> None:
    assert skill in asked(text)


def test_an_organisations_people_are_no_ask() -> None:
    text = ("Data Specialist\n\nWho may apply\nApplicants must not be current NOAA "
            "employees or contractors.\n\nRequirements\n- Experience with SQL and "
            "dbt\n")
    found = asked(text)
    assert "NOAA" not in found
    assert "SQL" in found


@pytest.mark.parametrize("text", [
    "Site Engineer\n\nWhat you will do\n- Run our APIs with high standards of uptime, "
    "performance and reliability\n",
    "Backend Engineer\n\nAbout you\n- You take ownership of reliability: on-call, "
    "runbooks and incident reviews\n",
])
def test_a_systems_quality_is_no_trait_asked(text: str) -> None:
    assert "Reliability" not in asked(text)


def test_the_trait_itself_is_still_asked() -> None:
    text = ("Warehouse Associate\n\nRequirements\n- Reliability and a strong work ethic\n"
            "- Able to lift 50 lb\n")
    assert "Reliability" in asked(text)


def test_an_object_that_opens_a_longer_name_is_that_name() -> None:
    """"improve the quality management system" improves the system the posting names,
    not quality as such; "improve quality on the line" asks for it."""
    system = asked("Quality Technician\n\nDuties\n- Maintain and improve the quality "
                   "management system\n- Run first article checks\n")
    assert "Quality Improvement" not in system
    assert "Quality Management Systems" in system
    line = asked("Quality Technician\n\nDuties\n- Improve quality on the packing line\n"
                 "- Run first article checks\n")
    assert "Quality Improvement" in line


def test_a_phrase_of_amount_or_time_is_no_skill() -> None:
    text = ("Product Lead\n\nWhat you will do\n- Show the ability to manage hard "
            "partnerships, such as several outside vendors, significant board oversight, "
            "or many funders\n- Good knowledge of the latest Salesforce AI features like "
            "Einstein, Agentforce and upcoming releases\n\nRequirements\n- You need one "
            "year of experience at the next lower GS-grade (or equal).\n- Experience with "
            "Jira and SQL\n")
    found = {name.lower() for name in asked(text)}
    assert not {"significant board oversight", "latest", "upcoming releases",
                "next lower"} & found
    assert {"jira", "sql", "salesforce"} <= found
