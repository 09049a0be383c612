"""A trade's words read in another field's sense stay out (review14 on trades14): a
music producer's drum machine, a water-quality sonde, a hospital called UMC, an office's
occupancy sensors, a playground's safety inspections and a school's fire code, "AP and
IB" courses, picture framing, character rigging, a car's battery changes and a crane's
pre-use inspections, a nursing mother's letdown, a kitchen's paper logs. Each case is the
reviewer's text and one more sentence of another field, written for this test.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting

_TRADE_SKILLS = {"Drain Cleaning", "Line Locating", "Mechanical Code", "Lighting Controls",
                 "Electrical Installation", "Site Safety Inspections", "Construction Safety",
                 "Building Codes", "Fire Code", "Accounts Payable", "Wood framing",
                 "Load Rigging", "Forklift Battery Changing", "Forklift Inspections",
                 "Pallet Letdowns", "Paper Logbooks", "Hours of service",
                 # the names the first reading gave them
                 "Drum machine", "Sonde", "UMC", "Occupancy sensors", "Rigging", "Letdowns",
                 "Paper Logs", "Safety Inspections"}


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize("posting", [
    "Music Production Instructor\n\nWhat you'll do\n- Teach students to program beats on a "
    "drum machine and in Ableton Live\n- Lead workshops on mixing and mastering\n",
    "Club DJ\n\nRequirements\n- Comfortable with drum machines, samplers and CDJs\n",
    "Environmental Field Technician\n\nResponsibilities\n- Deploy, calibrate and maintain YSI "
    "sondes in rivers and lakes\n- Collect water samples and record field data\n",
    "Geophysical Logger\n\nDuties\n- Run borehole sondes for gamma and resistivity logs\n",
    "Registered Nurse - ICU\nUMC Health System - Lubbock, TX\n\nResponsibilities\n- Care for 2 "
    "critically ill patients per shift at UMC\n- Titrate drips\n\nRequirements\n- Texas RN "
    "license; BLS and ACLS\n",
    "Float Pool RN\n\nRequirements\n- Float to all units at UMC Southwest\n- BLS\n",
    "Workplace Analyst\n\nResponsibilities\n- Analyze badge swipes and occupancy sensors data to "
    "report on space utilization\n- Build Tableau dashboards\n",
    "Hotel Energy Manager\n\nDuties\n- Review occupancy sensor data to cut HVAC run hours\n",
    "High School Chemistry Teacher\n\nResponsibilities\n- Teach AP and IB chemistry to grades 11 "
    "and 12\n- Plan labs and grade lab reports\n- Communicate with families\n\nRequirements\n"
    "- North Carolina teaching license; bachelor's in chemistry\n",
    "Biology Teacher\n\nDuties\n- Teach AP, IB and honors biology sections\n- Plan labs and "
    "grade lab reports\n- Differentiate instruction for English learners\n- Communicate "
    "with families\n",
    "Communications Specialist\n\nResponsibilities\n- Message framing and storytelling for "
    "patient campaigns\n",
    "Frame Shop Associate\n\nDuties\n- Custom picture framing and matting for walk-in customers\n",
    "3D Animator\n\nResponsibilities\n- Character rigging and skinning in Maya\n- Animate cycles "
    "for game characters\n",
    "Antitrust Paralegal\n\nDuties\n- Review documents in bid rigging investigations\n",
    "Lube Technician\n\nDuties\n- Oil changes, battery changes and tire rotations\n- Check fluids "
    "and wipers\n\nRequirements\n- Valid driver's license\n",
    "Hearing Aid Specialist\n\nDuties\n- Handle battery changes and cleanings for walk-in "
    "patients\n",
    "Crane Operator\n\nDuties\n- Perform pre-use inspections of the crane and rigging gear\n"
    "- Make lifts under the direction of a signal person\n\nRequirements\n- NCCCO certification\n",
    "Lactation Consultant\n\nDuties\n- Help new mothers with latch, letdown and milk supply\n"
    "- Teach breastfeeding classes\n\nRequirements\n- IBCLC certification\n",
    "Line Cook\n\nDuties\n- Keep paper logs of cooler and freezer temperatures\n- Prep sauces\n",
])
def test_no_trade_skill_is_asked_in_another_fields_words(posting: str) -> None:
    assert not _asks(posting) & _TRADE_SKILLS


@pytest.mark.parametrize(("posting", "resume_lines"), [
    ("Plumber's Helper\n\nDuties\n- Drain cleaning and snaking clogged lines\n- Carry tools "
     "and materials\n\nRequirements\n- Valid driver's license\n",
     "- Programmed beats on a Roland drum machine for 40 local artists\n"
     "- Mixed and mastered EPs in Pro Tools\n"),
    ("Electrician\n\nResponsibilities\n- Electrical installation in commercial buildings: "
     "panels, devices, fixtures\n- Read blueprints\n\nRequirements\n- 4 years electrical "
     "experience\n",
     "- Set lighting control schedules for 3 buildings in the building automation system\n"
     "- Logged work orders and met vendors on site\n"),
    ("Assistant Superintendent\n\nResponsibilities\n- Enforce construction safety on site and "
     "run toolbox talks\n- Know the building codes and coordinate city inspections\n\n"
     "Requirements\n- 3 years on commercial jobs; OSHA 30\n",
     "- Did daily safety inspections of the playground and classrooms\n"
     "- Kept the center in line with the fire code during state visits\n"
     "- Performed state safety inspections on cars and light trucks\n"),
    ("Framing Carpenter\n\nDuties\n- Framing walls, floors and roofs on new homes\n- Read plans\n"
     "\nRequirements\n- 2 years of wood framing\n",
     "- Custom picture framing for 20+ customers a week\n- Ran the register\n"),
    ("Local Delivery Driver (CDL-B)\n\nDuties\n- Deliver groceries to 8-10 stores a day\n"
     "- Keep hours of service logs\n\nRequirements\n- Class B CDL; clean driving record\n",
     "- Kept paper logs of cooler and freezer temperatures\n- Prepped sauces and proteins\n"
     "- Kept the pharmacy fridge's paper logs for the state board\n"),
])
def test_another_fields_words_show_no_trade_skill(posting: str, resume_lines: str) -> None:
    resume = ("Sam Reed\nsam@example.com\n\nExperience\nAssociate, Lakeside Co, 2019 to "
              f"Present\n{resume_lines}")
    report = tailor(resume, posting).match_before
    assert not {m.name for m in report.matched} & _TRADE_SKILLS


@pytest.mark.parametrize("line", [
    "Electrical installation in commercial buildings: panels, devices, fixtures",
    "Install and wire equipment in commercial buildings: panels, transformers and switchgear",
    "Paint and patch office buildings: panels, doors and trim",
])
def test_panels_listed_after_buildings_ask_no_panel_building(line: str) -> None:
    asks = _asks(f"Electrician\n\nDuties\n- {line}\n- Read blueprints\n")
    assert not {"Panel building", "Control Panel Wiring"} & asks
