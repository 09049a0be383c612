"""A duty's second thing after "and" is asked as its first is.

"Maintain patient charts and referral logs", "inspect fire extinguishers and emergency
lights", "schedule deliveries and crane picks": the duty reader read the verb's first
object and stopped at "and", so a second thing no vocabulary holds was never asked.
After an object of two words or a plural, "and"/"or" and a phrase of two or three plain
words that no verb opens is a second object of the same verb. Not read: a verb after
"and" (the next duty), one word (the list readers' part), a singular word before "and"
that describes the next noun ("keep a risk and issues log"), an action noun that is a
duty of its own ("and pass health inspections"), a state the things are kept in ("and
trailer logs complete"), and a verb that deals with people.
Texts are written for these tests, in several fields.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_front_desks_second_record_is_asked() -> None:
    found = asks("Dental Front Desk Coordinator\n\nWhat you will do:\n"
                 "- Maintain patient charts and referral logs in Dentrix\n- Answer phones")
    assert "Referral logs" in found


def test_a_facility_techs_second_device_is_asked() -> None:
    found = asks("Facilities Technician\n\nResponsibilities:\n"
                 "- You will inspect fire extinguishers and emergency lights each month\n"
                 "- Keep the boiler room clean")
    assert "Emergency lights" in found
    assert "Light emergencying" not in found


def test_a_site_coordinators_second_job_is_asked() -> None:
    found = asks("Site Logistics Coordinator\n\nDuties:\n"
                 "- Schedule deliveries and crane picks with the superintendent\n"
                 "- Keep the gate log")
    assert "Crane picks" in found


def test_what_follows_and_that_is_no_second_object() -> None:
    found = asks("Project Coordinator\n\nDuties:\n"
                 "- Identify project risks and keep a risk and issues log\n"
                 "- Keep temperature logs and pass health inspections\n"
                 "- Greet visitors and walk-in guests\n"
                 "- Keep delivery tickets and trailer logs complete in Samsara")
    assert "Issues log" not in found
    assert "Pass health inspections" not in found and "Health inspections" not in found
    assert "Walk-in guests" not in found
    assert not any(name.endswith("complete") for name in found)
