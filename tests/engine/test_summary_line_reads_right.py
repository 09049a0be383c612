"""What the summary line says at the top of a tailored resume, read as an employer
reads it:

* a role's title leads the line even when the contact line's profile link holds a
  word of the posting's title ("linkedin.com/in/dana-sales"): a link is no headline;
* a deed whose line names a product later ("Enter service tickets into Yardi") is
  told as a deed ("entering service tickets …"), never quoted with its capital verb
  mid-line;
* letters in capitals heading a skills list ("RF scanners, …") are a name, never a
  verb given an -ing ("rfing scanners");
* a deed whose verb's -ing form makes the skill's own name ("Cold call dental
  offices" for Cold Calling) is said by that name ("cold calling", never "cold call");
* a journeyman's years at an employer named after a state's nickname ("Volunteer
  State Mechanical") are work, not a volunteer role.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)


def _line(resume: str, posting: str) -> str:
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    return result.summary or ""


def test_a_profile_link_is_no_headline() -> None:
    resume = ("Dana Whitfield\n"
              "Dayton, OH | 937-555-0111 | dana.w@example.com | linkedin.com/in/dana-sales\n\n"
              "EXPERIENCE\n"
              "Account Manager, Miami Valley Dental Supply, Dayton, OH    2020 – Present\n"
              "- Cold call dental offices and book 6 demos a week\n"
              "- Manage 90 accounts in HubSpot and renew service contracts\n"
              "Route Driver, Gem City Linen, Dayton, OH    2016 – 2020\n"
              "- Delivered linen to 40 restaurants a day\n")
    posting = ("Outside Sales Representative\nRequirements\n- Cold calling\n- HubSpot\n"
               "- 2+ years of B2B sales experience\n")
    line = _line(resume, posting)
    assert line.startswith("Account Manager with "), line


def test_a_deed_naming_a_product_later_is_told_as_a_deed() -> None:
    resume = ("Luis Ortega\nluis.ortega@example.com\n\n"
              "EXPERIENCE\n"
              "Leasing Assistant, Harbor View Apartments, Long Beach, CA | March 2021 – Present\n"
              "• Greet walk-in prospects and give tours of model units\n"
              "• Enter service tickets into Yardi and call residents when the work is done\n"
              "• File signed leases and renewal forms by building\n")
    posting = ("Leasing Assistant — You will greet prospects, give tours, handle data entry in "
               "our property system, file leases, and answer phones. One year of leasing "
               "experience required.")
    line = _line(resume, posting)
    assert "Enter service tickets" not in line, line
    assert "entering service tickets into Yardi" in line, line


def test_capital_letters_heading_a_skills_list_are_no_verb() -> None:
    resume = ("Kim Salo\nkim.salo@example.com\n\n"
              "EXPERIENCE\n"
              "Receiving Clerk, Northline Foods, Duluth, MN    2019 – Present\n"
              "- Unload trucks and check counts against the PO\n"
              "- Trained new clerks on RF scanners and putaway rules\n\n"
              "SKILLS\nRF scanners, pallet jack, Excel, cycle counting\n")
    posting = ("Receiving Associate\nRequirements\n- RF scanning\n- Cycle counting\n- Excel\n"
               "- Receiving\n")
    line = _line(resume, posting)
    assert "rfing" not in line.casefold(), line
    assert "RF scanners" in line, line


def test_an_employer_named_volunteer_state_is_no_volunteer_role() -> None:
    resume = ("Ray Odom\nray.odom@example.com\n\n"
              "EXPERIENCE\n"
              "Journeyman Plumber\n"
              "Volunteer State Mechanical, Nashville, TN\n"
              "May 2018 - Present\n"
              "* Rough in and top out DWV and water lines in new homes\n"
              "* Install water heaters and gas piping\n\n"
              "Plumber's Helper\n"
              "Cumberland Plumbing, Nashville, TN\n"
              "June 2015 - April 2018\n"
              "* Dug ditches and carried pipe for the crew\n")
    posting = ("Journeyman Plumber\nRequirements\n- Water heaters\n- Gas piping\n"
               "- 4 years of plumbing experience\n")
    line = _line(resume, posting)
    # The employer's "Volunteer" takes nothing from the plumber's years; the helper's
    # years before them (ditches, carrying pipe) are no plumber's either.
    assert line.startswith("Journeyman Plumber with 8 years"), line


def test_a_deed_whose_ing_form_is_the_skills_name_is_said_by_that_name() -> None:
    for bullet in ("Cold call dental offices and book 6 demos a week",
                   "Cold called dental offices and booked 6 demos a week"):
        resume = ("Dana Whitfield\ndana.w@example.com\n\nEXPERIENCE\n"
                  "Account Manager, Miami Valley Dental Supply, Dayton, OH    2020 – Present\n"
                  f"- {bullet}\n- Manage 90 accounts in HubSpot and renew service contracts\n")
        posting = ("Outside Sales Representative\nRequirements\n- Cold calling\n- HubSpot\n"
                   "- 2+ years of B2B sales experience\n")
        line = _line(resume, posting)
        assert "cold calling" in line, line
        assert "cold call " not in line and "cold call." not in line, line
