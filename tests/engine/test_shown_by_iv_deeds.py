"""IV work as nurses write it: the deed with its object ("Stick IVs", "hang piggybacks",
"Push meds", "hang IV antibiotics"); never an IV that is someone else's, an order, a pump,
a team, or a certificate, nor medications pushed to buyers."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import PostingAnalysis
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tests.match_probe import asks

_ASKS = asks("IV Catheter Placement", "IV push", "IV Piggyback", "IV Therapy")


def _shown(bullet: str) -> set[str]:
    resume = ("Morgan Hale, RN\nmorgan.hale@example.com\n\nExperience\n"
              "Staff Nurse | Lakeview Medical Center, 4 West | 2020 - Present\n"
              f"- Assess 5 patients a shift and chart in Epic\n- {bullet}\n")
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=_ASKS,
                               keywords=[], min_years=None, degree=None, certifications=[])
    report = match_resume(parse_resume(resume), analysis)
    return {m.name for m in report.matched}


@pytest.mark.parametrize(("bullet", "skills"), [
    ("Stick IVs when the floor needs one, usually on the first try",
     {"IV Catheter Placement", "IV Therapy"}),
    ("Start peripheral IVs on the hard sticks", {"IV Catheter Placement", "IV Therapy"}),
    ("Push meds, hang piggybacks and heparin drips", {"IV push", "IV Piggyback", "IV Therapy"}),
    ("Hang IV antibiotics and fluids through PICCs and midlines", {"IV Therapy"}),
    ("Pass meds, including IV pushes and antibiotic piggybacks",
     {"IV push", "IV Piggyback", "IV Therapy"}),
])
def test_the_deed_shows_its_iv_skill(bullet: str, skills: set[str]) -> None:
    assert _shown(bullet) == skills, bullet


@pytest.mark.parametrize("bullet", [
    "Put in IV orders for the hospitalist",             # an order, not a line placed
    "Call the IV team when a patient needs a line",     # another's work
    "Watched the charge nurse hang piggybacks",         # another's deed, watched
    "Pushed new medications to physicians in my territory",  # selling
    "Cleaned and stocked IV pumps between patients",    # a pump cleaned
    "Goal: learn to start IVs this year",               # a wish
])
def test_what_is_no_iv_deed_of_the_writer_shows_none(bullet: str) -> None:
    assert not _shown(bullet), bullet
