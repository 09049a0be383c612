"""A posting in the company's own voice: benefits under "The good stuff", the people of
"Who you'll work with", the days told in a paragraph under "About the practice" ("Day
to day you'll ..."), the employer named with its legal form, its customers named by
example, and "someone warm" as the person wanted. Each was read as asks, or lost them."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.context import describes_company, tools_of_others
from tailor_app.tailoring.posting.headings import classify_heading
from tailor_app.tailoring.posting.sections import split_posting


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_company_voice_headings_for_perks_and_colleagues() -> None:
    assert classify_heading("The good stuff") == "benefits"
    assert classify_heading("Who you'll work with") == "about"
    asked = _asked(
        "Chief of Staff\n\nYour role\n- Run the weekly leadership meeting\n- Build board "
        "decks in Google Slides\n\nWho you'll work with\nOur founders, the board, and "
        "outside counsel.\n\nThe good stuff\nEquity, fully paid premiums, a home office "
        "stipend.\n")
    assert not asked & {"Outside counsel", "Paid premiums", "Fully paid premiums"}
    assert "Google Slides" in asked


def test_the_days_told_under_an_about_heading_are_the_duties() -> None:
    text = ("Front Desk Assistant\n\nAbout the clinic: we're a family podiatry practice "
            "in Reno.\n\nDay to day you'll check patients in, verify insurance and "
            "schedule follow-ups in Kareo.\n")
    kinds = [u.kind for u in split_posting(text).units]
    assert kinds[-1] == "responsibilities"
    assert "Kareo" in _asked(text)


def test_the_employer_named_without_its_legal_form_tells_its_story() -> None:
    assert describes_company("Ridgeway Fabricators erects stair towers for hospitals.",
                             company="Ridgeway Fabricators LLC")


def test_customers_named_by_example_use_no_tool_of_the_job() -> None:
    assert tools_of_others("Customers like Asana, Zoom and Gusto use Pitchlane daily.",
                           "Account Executive")
    asked = _asked("Account Executive\n\nPitchlane is the demo platform for SaaS sellers. "
                   "Customers like Asana, Zoom and Gusto use Pitchlane daily.\n\n"
                   "What you'll do\n- Run discovery calls\n- Work deals in Salesforce\n")
    assert not asked & {"Asana", "Zoom"}
    assert "Salesforce" in asked


def test_someone_wanted_is_no_term() -> None:
    asked = _asked("Florist Assistant\n\nWe're looking for someone warm and organized, "
                   "with 1 year of retail or customer service experience.\n")
    assert "Someone warm" not in asked
    assert "Customer Service" in asked


def test_years_asked_beside_a_perk_word_are_a_demand() -> None:
    asked = _asked("Claims Representative\n\nYou have: a high school diploma; 2 years in a "
                   "call center, ideally in health insurance; typing 40 WPM.\n")
    assert "Call Center" in asked


def test_what_the_employer_is_told_among_the_duties_asks_nothing() -> None:
    asked = _asked("Dispatcher\n\nDuties: assign loads to drivers and plan routes in "
                   "McLeod. We are a 90-truck flatbed carrier hauling steel and lumber "
                   "across the Midwest.\n")
    assert not asked & {"Flatbed", "Flatbed Trucking", "Steel", "Lumber"}
    assert "McLeod Software" in asked


def test_a_systems_name_a_notice_and_a_practice_named_for_its_specialty() -> None:
    analysis = analyse_posting(
        "Billing Assistant\nLakeview Orthodontics\n\nDuties\n- Log vehicles in the "
        "Fleet Asset Management System (FAMS)\n- Answer phones\n\nVeterans Preference "
        "Notice: attach a copy of your DD214 to claim preference.\n")
    asked = {s.name for s in analysis.skills}
    assert analysis.company == "Lakeview Orthodontics"
    assert not asked & {"Orthodontics", "Asset Management", "DD214"}
    assert "Phone Support" in asked


def test_a_story_opened_by_a_question_to_the_reader_is_still_the_story() -> None:
    """ "Ready for a change? Birchwood is a ... We do X, Y and Z": the question is the
    hook, the paragraph the employer's story; its services are no asks (written for
    this test)."""
    text = ("Dental Receptionist\nBirchwood Family Dental\n\n"
            "Ready for a change? Birchwood Family Dental is a three-dentist practice in "
            "Spokane. We do implants, crowns and root canals, and we share a love of "
            "problem solving.\n\nWhat you'll do\n- Schedule appointments in Dentrix\n")
    asked = _asked(text)
    assert not asked & {"Dental Implants", "Root canals", "Problem Solving", "Crowns"}
    assert "Dentrix" in asked


def test_how_the_employer_began_opens_its_story() -> None:
    text = ("Marketing Assistant\nBlue Heron Coffee Roasters\n\n"
            "Blue Heron started as one cart at a farmers market in 2012. Today we have "
            "four cafés and a wholesale business that supplies offices and grocers.\n\n"
            "What you'll do\n- Post to Instagram and write our email newsletter\n")
    asked = _asked(text)
    assert "Wholesale" not in asked
    assert "Instagram" in asked
    assert describes_company("Hollis Mechanical began with one truck in 1988.",
                             "Hollis Mechanical Contractors")
    assert not describes_company("Hollis Mechanical requires a CDL.",
                                 "Hollis Mechanical Contractors")
