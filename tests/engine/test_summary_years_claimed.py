"""The years the summary line states are years of the work its sentence names.

"Pipe Welder with 8 years of experience in hot work and WPS" is read by a hiring
manager as eight years of welding: a welder helper's fire watch before the welding
years, or a machine operator's shop math said in the "Key skills" list after the
sentence, adds none of them (a user trial found lines claiming two or three years
more than the titled work).
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)


def _line(resume: str, posting: str) -> str:
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    return result.summary or ""


def test_a_helpers_years_are_no_welders() -> None:
    resume = ("Ana Ruiz\nana.ruiz@example.com\n\nEXPERIENCE\n"
              "Structural Welder, Delta Iron Works, Mobile, AL    Mar 2021 - Present\n"
              "- Weld beams and columns with FCAW to AWS D1.1\n"
              "- Read weld symbols on shop drawings\n\n"
              "Welder Helper, Delta Iron Works, Mobile, AL    Mar 2017 - Feb 2021\n"
              "- Fire watch and grinding for the welding crew\n"
              "- Read weld symbols with the lead welder\n")
    posting = ("Structural Welder\n\nRequirements\n- FCAW\n- AWS D1.1\n- Weld symbols\n"
               "- 3 years of structural welding\n")
    line = _line(resume, posting)
    assert line.startswith("Structural Welder with 5 years"), line


def test_a_key_skills_item_claims_no_years() -> None:
    resume = ("Lee Moss\nlee.moss@example.com\n\nEXPERIENCE\n"
              "CNC Machinist, Apex Precision, Akron, OH    Jan 2021 - Present\n"
              "- Set up and run Haas vertical mills on aerospace brackets\n"
              "- Edit G-code at Fanuc controls and prove out new programs\n"
              "- Check parts on a CMM and log SPC readings\n\n"
              "Machine Operator, Summit Fab, Akron, OH    Jan 2017 - Dec 2020\n"
              "- Loaded parts and deburred\n"
              "- Used shop math for bolt circles\n")
    posting = ("CNC Machinist\n\nRequirements\n- Haas vertical mills\n- G-code\n- CMM\n- SPC\n"
               "- Shop math\n- Mastercam\n")
    line = _line(resume, posting)
    assert line.startswith("CNC Machinist with 6 years"), line


def test_a_role_named_like_the_job_counts_only_by_the_work_it_shows() -> None:
    # A dry van driver's years are driving years, not flatbed years: "Company Driver"
    # is named like a driver's job, but it shows none of the flatbed work the line
    # names, so "Flatbed Driver with N years of experience in step decks …" counts the
    # flatbed role alone.
    resume = ("Sam Novak\nsam.novak@example.com\n\nEXPERIENCE\n"
              "Flatbed Driver, Ridgeway Steel Haulers, Gary, IN    Mar 2022 - Present\n"
              "- Haul coil and plate on step decks and 48' flatbeds\n"
              "- Chain, strap and tarp loads to the FMCSA securement rules\n"
              "- Keep hours on a Motive ELD\n\n"
              "Company Driver, Lakeshore Dry Van, Gary, IN    Mar 2016 - Feb 2022\n"
              "- Drove a 53' dry van on regional lanes\n")
    posting = ("Flatbed Driver\n\nRequirements\n- Class A CDL\n- Step deck experience\n"
               "- Load securement\n- Tarping\n- ELD\n- 2 years of flatbed experience\n")
    line = _line(resume, posting)
    assert line.startswith("Flatbed Driver with 4 years"), line


def test_a_role_named_like_the_job_that_shows_the_work_still_counts() -> None:
    # A guard: a staff nurse's years count toward "Charge Nurse with N years of
    # experience in …" when the staff role shows the work the line names.
    resume = ("Dana Cole\ndana.cole@example.com\n\nEXPERIENCE\n"
              "Charge Nurse, Pine Ridge Rehab, Ogden, UT    Jan 2023 - Present\n"
              "- Run the med pass and wound care for 24 residents\n"
              "- Do skilled assessments and chart in PointClickCare\n\n"
              "Staff Nurse, Pine Ridge Rehab, Ogden, UT    Jan 2019 - Dec 2022\n"
              "- Ran the med pass and wound care for 20 residents\n"
              "- Charted skilled assessments in PointClickCare\n")
    posting = ("Charge Nurse\n\nRequirements\n- Medication administration\n- Wound care\n"
               "- PointClickCare\n- Skilled nursing assessments\n- 2 years of LTC experience\n")
    line = _line(resume, posting)
    assert line.startswith("Charge Nurse with 8 years"), line
