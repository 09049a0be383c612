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
