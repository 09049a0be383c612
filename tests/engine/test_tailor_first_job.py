"""A first job in the field: a graduate whose only roles are a café's or a shop's.

The degree and the projects show what the posting asks; the roles do not. A careful
writer leads with them and does not tie the skills to the unrelated job ("Line cook
with 4 years of experience in Tableau"). A role named like the posting's job, or
showing one of its skills, is related work and keeps its place and its title. Texts
are written for these tests.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

POSTING = """Junior Data Analyst
Responsibilities:
- Write SQL queries and build Tableau dashboards
- Clean data in Python
Requirements:
- Bachelor's degree
- SQL, Python, Tableau
"""


def _resume(role: str, bullets: list[str]) -> str:
    lines = "\n".join(f"• {b}" for b in bullets)
    return f"""Noor Haddad
Tucson, AZ | noor.haddad@example.com

EXPERIENCE
{role}, Saguaro Diner, Tucson, AZ | Jun 2022 – Present
{lines}

EDUCATION
B.S. Statistics, University of Arizona, May 2026

PROJECTS
Monsoon Rainfall Explorer
• Queried 30 years of gauge readings with SQL and built a Tableau dashboard by month
• Cleaned the station files in Python (pandas)
"""


def test_unrelated_work_leaves_the_title_and_years_out_of_the_line() -> None:
    resume = _resume("Line Cook", ["Work the grill for 200 covers a night",
                                   "Prep sauces and proteins"])
    result = tailor(resume, POSTING, today=TODAY)
    assert result.summary is not None
    assert result.summary.startswith("Experience in ")
    assert "Line Cook" not in result.summary and "years" not in result.summary
    assert result.guard.ok


def test_unrelated_work_goes_below_the_degree_and_the_projects() -> None:
    resume = _resume("Line Cook", ["Work the grill for 200 covers a night",
                                   "Prep sauces and proteins"])
    text = tailor(resume, POSTING, today=TODAY).text
    assert text.index("EDUCATION") < text.index("PROJECTS") < text.index("EXPERIENCE")


def test_a_role_showing_an_asked_skill_keeps_its_place_and_title() -> None:
    resume = _resume("Shift Lead", ["Track daily sales in Tableau for the owner",
                                    "Open the diner and count the till"])
    result = tailor(resume, POSTING, today=TODAY)
    assert result.text.index("EXPERIENCE") < result.text.index("EDUCATION")
    assert result.summary is not None and result.summary.startswith("Shift Lead with ")


def test_a_role_named_like_the_job_keeps_its_place() -> None:
    resume = _resume("Data Analyst Intern", ["Answered the phones", "Filed invoices"])
    result = tailor(resume, POSTING, today=TODAY)
    assert result.text.index("EXPERIENCE") < result.text.index("EDUCATION")


CHANGER = """Imani Okoro
Tucson, AZ | imani.okoro@example.com

EXPERIENCE
Route Driver, Sonoran Linen Service, Tucson, AZ | Mar 2017 – Present
• Deliver linens to 40 hotels and clinics a day
• Load the box truck and check the pallet count

EDUCATION
B.A. Art History, University of Arizona, 2012
"""


def test_a_career_changers_old_degree_stays_below_years_of_work() -> None:
    """Nine years of driving do not show SQL, but a 2012 art history degree hoisted
    above them reads as a first job: the work keeps the top."""
    text = tailor(CHANGER, POSTING, today=TODAY).text
    assert text.index("EXPERIENCE") < text.index("EDUCATION")


def test_a_career_changers_projects_that_show_the_work_lead_the_unrelated_roles() -> None:
    resume = CHANGER + """
PROJECTS
City Bus Ridership
• Queried a year of ridership with SQL and built a Tableau dashboard by route
"""
    text = tailor(resume, POSTING, today=TODAY).text
    assert text.index("PROJECTS") < text.index("EXPERIENCE") < text.index("EDUCATION")


def test_a_degree_finished_two_years_ago_still_leads_unrelated_work() -> None:
    resume = CHANGER.replace("2012", "2024")
    text = tailor(resume, POSTING, today=TODAY).text
    assert text.index("EDUCATION") < text.index("EXPERIENCE")


def test_projects_showing_only_soft_skills_do_not_lead_years_of_work() -> None:
    """Review L1: "communication" and "teamwork" in a mural project are no work the
    posting asks; twelve years of driving keep the top."""
    posting = POSTING + "- Strong communication and teamwork skills\n"
    resume = CHANGER + """
PROJECTS
Neighborhood Mural
• Led a team of volunteers and presented the design to the city council
• Strong communication with neighbors and teamwork on weekends
"""
    text = tailor(resume, posting, today=TODAY).text
    assert text.index("EXPERIENCE") < text.index("PROJECTS")
