"""More kinds of workplace a posting asks, shown by where the person worked: a distribution
center, an outpatient clinic, a store, a home of long-term care for a nurse or aide, and
asks of a setting with one more word ("Retail management" by a store's key holder,
"Industrial distribution" by an industrial supply house). What a setting is not shown by:
another line of work in such a place, a school, a bullet that names the place as someone
else's, a dentist's office for a medical clinic."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.settings import names_a_setting


def _resume(header: str, bullet: str = "Kept the schedule and answered phones",
            education: str = "Diploma, Westfield High School, 2015") -> str:
    return (f"Jordan Reyes\njordan.reyes@example.com\n\nExperience\n{header}\n- {bullet}\n\n"
            f"Education\n{education}\n")


def _matched(resume: str, ask: str) -> dict[str, str]:
    report = match_resume(parse_resume(resume),
                          analyse_posting(f"Associate\n\nRequirements\n- {ask}\n"))
    return {m.name: m.resume_term for m in report.matched}


@pytest.mark.parametrize(("ask", "header", "skill"), [
    ("Outpatient clinic experience",
     "Medical Assistant | Pinewood Pediatrics | Dayton, OH | 2020 - 2024", "Outpatient clinic"),
    ("Outpatient clinic experience",
     "Medical Assistant | Harmon Family Practice | Dayton, OH | 2020 - 2024", "Outpatient clinic"),
    ("Long-term care experience",
     "Certified Nursing Assistant | Harbor View Assisted Living | 2020 - 2024", "Long-Term Care"),
    ("Long-term care experience",
     "Charge Nurse (LPN), Riverside Senior Living, Eau Claire, WI, 2019 - 2024",
     "Long-Term Care"),
    ("LTC experience", "LPN | Oak Ridge Care Center | Joplin, MO | 2021 - 2024", "LTC"),
    ("Retail management experience",
     "Assistant Store Manager | Cascade Books | Bend, OR | 2020 - 2024", "Retail management"),
    ("Retail management experience",
     "Key Holder | Northside Running Co. | Omaha, NE | 2020 - 2024", "Retail management"),
    ("Industrial distribution background",
     "Inside Sales | Tri-State Industrial Supply | Erie, PA | 2020 - 2024",
     "Industrial distribution"),
    ("Food distribution experience",
     "Delivery Driver | Golden Valley Foods Distribution | Fresno, CA | 2020 - 2024",
     "Food distribution"),
    ("Catering experience", "Banquet Server | The Lakeview Hotel | Duluth, MN | 2020 - 2024",
     "Catering"),
    # A distributor's bare name under a title of warehouse work.
    ("Experience in a distribution center required\n- Distribution center experience",
     "Inventory Clerk | Sierra Home Goods Distribution | Sparks, NV | 2020 - 2024",
     "Distribution center"),
])
def test_the_work_entry_shows_the_setting(ask: str, header: str, skill: str) -> None:
    assert skill in _matched(_resume(header), ask)


def test_a_distribution_center_named_by_the_employer_under_a_title_line() -> None:
    # No "Experience" heading: the title stands on its own line over the employer's
    # dated line, and both are the first role (not a headline and a contact line).
    resume = ("Marisol Vega\nTucson, AZ · 520-555-0100 · marisol.vega@example.com\n\n"
              "Inventory Clerk\nDesert Sun Distribution Center, Tucson AZ · 2020 - present\n"
              "• Count 300 bin locations a night on the RF gun\n")
    report = match_resume(parse_resume(resume), analyse_posting(
        "Inventory Specialist\n\nRequirements\n- Experience in a distribution center\n"
        "- Distribution center experience\n"))
    assert "Distribution center" in {m.name for m in report.matched}
    first = parse_resume(resume).sections[0]
    assert first.kind == "experience" and first.entries[0].header[0] == "Inventory Clerk"


@pytest.mark.parametrize(("ask", "header"), [
    # A cook or a housekeeper in a senior community gives no nursing care.
    ("Long-term care experience", "Line Cook | Maple Terrace Senior Living | 2020 - 2024"),
    ("Long-term care experience", "Dishwasher | Sunrise Assisted Living | 2020 - 2024"),
    # The home's name holds a care word; the title is the person's.
    ("Long-term care experience", "Driver | Brookside Memory Care | 2020 - 2024"),
    # A dentist's office is no medical clinic.
    ("Outpatient clinic experience", "Dental Assistant | Bright Smile Dentistry | 2020 - 2024"),
    # A shop is as often a body shop; a sales associate runs no store.
    ("Retail experience", "Cashier | Ridge Auto Body Shop | 2020 - 2024"),
    ("Retail management experience", "Sales Associate | Trail Outfitters | 2020 - 2024"),
    # A dietary aide is the home's cook, no aide of care.
    ("Long-term care experience",
     "Dietary Aide — Sunrise Senior Living, Eau Claire (2021–present)"),
    # "Clinic" or "Physicians" in a name is no outpatient clinic: a hospital's ICU, a law
    # school's clinic, an insurer.
    ("Outpatient clinic experience preferred",
     "Staff Nurse, Medical ICU — Cleveland Clinic Main Campus (2019–present)"),
    ("Outpatient clinic experience preferred",
     "Legal Intake Assistant — UW Law School Community Legal Clinic (2023–present)"),
    ("Physician's office or outpatient experience preferred",
     "Claims Processor — Physicians Mutual Insurance Company (2020–present)"),
    # A retailer's distribution center is no store, and its manager runs no store.
    ("2 years retail management experience",
     "Warehouse Manager — Target Stores Distribution Center, Billings MT (2020–present)"),
    ("Retail store experience",
     "Warehouse Manager — Target Stores Distribution Center, Billings MT (2020–present)"),
    ("Retail store experience", "Associate Consultant — Harlow Boutique Advisory (2020–present)"),
    # A guard at a banquet hall served no banquets (review13, round 5).
    ("2 years catering or banquet experience",
     "Security Guard — Grand Banquet Center, Madison (2021–present)"),
    # Another function's manager in a store runs no store.
    ("Retail management experience", "IT Manager | Cascade Outfitters | 2020 - 2024"),
    # A distributor's driver worked for it, not in its building; a plant's warehouse is
    # no distribution center.
    ("Distribution center experience",
     "Delivery Driver | Hawkeye Foods Distribution | Waterloo, IA | 2020 - 2024"),
    ("Distribution center experience", "Warehouse Associate | Dana Inc. | 2020 - 2024"),
    # A supply house's inside salesman and an online store's support agent work in no store.
    ("Retail store experience",
     "Inside Sales Associate | Lehigh Electric Supply | Bethlehem, PA | 2020 - 2024"),
    ("Retail store experience",
     "Online Support Specialist — Sierra Outfitters (online store), Reno, NV — 2020–2024"),
    # The other word must name the same place: a food distributor is no industrial one.
    ("Industrial distribution background",
     "Delivery Driver | Golden Valley Foods Distribution | 2020 - 2024"),
])
def test_another_kind_of_work_in_the_place_shows_nothing(ask: str, header: str) -> None:
    matched = _matched(_resume(header), ask)
    assert not matched, matched


def test_a_place_told_of_others_or_studied_at_shows_no_setting() -> None:
    ask = "Long-term care experience"
    # Money raised for a home, and a course held at one, are no work there.
    fundraiser = _resume("Cashier | Quick Stop | 2020 - 2024",
                         "Raised $2,000 for Brightwater Assisted Living's garden")
    assert "Long-Term Care" not in _matched(fundraiser, ask)
    studied = _resume("Cashier | Quick Stop | 2020 - 2024",
                      education="Nurse Aide Training, Oak Park Senior Living, 2019")
    assert "Long-Term Care" not in _matched(studied, ask)
    # A clinic the writer only sent people to.
    referred = _resume("Receptionist | Lakeside Law Group | 2020 - 2024",
                       "Referred clients to the Westside Family Medicine clinic")
    assert "Outpatient clinic" not in _matched(referred, "Outpatient clinic experience")


def test_the_new_settings_are_places_the_summary_line_never_names() -> None:
    for name in ("Outpatient clinic", "Distribution center", "LTC", "Retail",
                 "Physician's office", "Skilled nursing facility"):
        assert names_a_setting(name), name
    assert not names_a_setting("Retail management")


def test_a_setting_run_by_its_own_runner_only() -> None:
    from tailor_app.tailoring.model import SkillMention
    from tailor_app.tailoring.skills.evidence import resume_lines
    from tailor_app.tailoring.skills.settings import setting_in_employer

    def shown(header: str) -> bool:
        lines = resume_lines(parse_resume(_resume(header)), None)
        ask = SkillMention("Construction management", "hard", True, "", "requirements")
        return setting_in_employer(ask, lines)[1] is not None

    assert shown("Assistant Superintendent | Desert Peak Construction | 2020 - 2024")
    # A foreman runs a crew, not the construction.
    assert not shown("Lead Carpenter / Foreman — Blackstone Valley Builders — 2019 – 2024")
