"""What the summary line spends its few names on.

The line at the top has room for a handful of skills. A reader takes the skills list
right under it at its word, so a skill that list already names in other words is not
named again; a word that is only the thing the work touched ("instruments") is no
skill's name; a compound adjective ("four-handed technique") is a name, not a deed;
the resume's own names of the skills come before products and parts that show
another, broader skill; and a name too long for the room left gives way to a shorter
one after it rather than ending the list. A practice the vocabulary files as a
certification ("lockout/tagout") is work a bullet shows done and may be named; a
credential one holds is not.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.opening import by_importance
from tailor_app.tailoring.compose.summary import build_summary, is_deed
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

CLINIC_TECH = """Jordan Reyes
Asheville, NC | jordan.reyes@example.com

SKILLS
IV catheter placement, venipuncture, anesthesia monitoring

EXPERIENCE
Veterinary Technician, Maple Street Animal Clinic    Apr 2019 – Present
• Place intravenous catheters and draw blood for the morning surgeries
• Run urinalysis and cytology on the in-house analyzers
• Keep the anesthesia log and watch patients through recovery
• Wrap and restrain cats for nail trims and exams
• Clean the kennels and restock the treatment room
• Order food and supplies for the kennel each week
• Answer the phones at the front desk on Saturdays
"""
CLINIC_POSTING = """Veterinary Technician
Requirements:
- IV catheters and venipuncture
- Anesthesia monitoring
- Urinalysis and cytology
"""


def test_a_skill_the_skills_list_names_in_other_words_is_not_named_again() -> None:
    result = tailor(CLINIC_TECH, CLINIC_POSTING, today=TODAY)
    assert result.summary is not None
    # "IV catheter placement" is written two lines below: "intravenous catheters"
    # would say it again; the line spends its room on what the top does not show.
    assert "intravenous catheters" not in result.summary, result.summary
    assert "urinalysis" in result.summary and "cytology" in result.summary, result.summary
    assert result.guard.ok and result.dropped == []


def _resume(bullets: list[str]) -> str:
    lines = "\n".join(f"• {b}" for b in bullets)
    return ("Robin Vale\nrobin.vale@example.com\n\nEXPERIENCE\n"
            f"Dental Assistant, Harbor Dental    Mar 2018 – Present\n{lines}\n")


def test_the_thing_a_duty_is_done_to_is_no_name_for_the_skill() -> None:
    resume = parse_resume(_resume(["Clean and sterilize rooms and instruments between patients",
                                   "Take bitewings and panoramic images"]))
    analysis = analyse_posting("Dental Assistant\nRequirements: sterilization, panoramic images")
    # The matcher found Sterilization in the duty and kept its object as the word.
    line = build_summary(resume, analysis, [("instruments", "hard", "Sterilization"),
                                            ("panoramic images", "hard", "Panoramic images")],
                         TODAY)
    assert line == "Dental Assistant with 8 years of experience in panoramic images."


def test_a_hyphenated_describing_word_is_no_verb() -> None:
    assert not is_deed("four-handed technique")
    assert not is_deed("evidence-based practice")
    # A verb still opens a deed, in its plain or past form.
    assert is_deed("managed budgets") and is_deed("planning meetings")
    resume = _resume(["Assist the dentist chairside using four-handed technique",
                      "Take bitewings and panoramic images"])
    line = build_summary(parse_resume(resume),
                         analyse_posting("Dental Assistant\nRequirements: four-handed dentistry"),
                         [("four-handed technique", "hard", "Four-handed dentistry")], TODAY)
    assert line == "Dental Assistant with 8 years of experience in four-handed technique."


def test_the_resume_s_own_names_come_before_a_narrower_product() -> None:
    vocabulary = load_vocabulary()
    analysis = analyse_posting("Data Analyst\nRequirements:\n- Data warehousing\n"
                               "- Data quality\n- Forecasting\nNice to have: dbt")
    matched = [("Snowflake", "tool", "Data Warehousing"), ("data quality", "hard", "Data Quality"),
               ("dbt", "tool", "dbt"), ("forecasting", "hard", "Forecasting")]
    ordered = [name for _t, _k, name in by_importance(matched, analysis, vocabulary)]
    # Required first; among them, the resume's own names of the skill before a product
    # that shows a broader one; the posting's order otherwise.
    assert ordered == ["Data Quality", "Forecasting", "Data Warehousing", "dbt"]


def test_a_name_too_long_for_the_room_left_gives_way_to_a_shorter_one() -> None:
    bullets = [f"• Kept the weekly log for crew {n} and filed it on Fridays" for n in range(12)]
    bullets += ["• Ran rough-in for copper and PEX supply lines",
                "• Sized gas lines and replaced water heaters",
                "• Cleared drains with a cable machine and a hydro-jetter",
                "• Installed backflow preventers on commercial construction sites across"
                " central Ohio counties near Columbus",
                "• Pressure-tested lines with a gauge",
                "• Set toilets and replaced faucets"]
    resume = ("Luis Soto\nluis.soto@example.com\n\nEXPERIENCE\nPlumber, Soto & Sons    "
              "Mar 2016 – Present\n" + "\n".join(bullets) + "\n")
    posting = "Service Plumber\nRequirements: the trade"
    long_name = ("backflow preventers on commercial construction sites across central Ohio "
                 "counties near Columbus")
    matched = [("copper", "hard", "Copper"), ("PEX", "hard", "PEX"),
               ("gas lines", "hard", "Gas lines"), ("water heaters", "hard", "Water heaters"),
               (long_name, "hard", "Backflow prevention"), ("faucets", "hard", "Faucets")]
    line = build_summary(parse_resume(resume), analyse_posting(posting), matched, TODAY)
    assert line is not None and long_name not in line
    # The long one does not fit in what is left of the line; the short one after it does.
    assert line.endswith("water heaters and faucets."), line


MILL = """Dana Kowalski
Pueblo, CO | dana.k@example.com

EXPERIENCE
Maintenance Technician, Arkansas Valley Mill    Jun 2017 – Present
• Swept the shop floor and emptied the scrap bins at shift change
• Kept the parts room tidy and labelled
• Lubricated conveyor bearings on the weekly route
• Apply lockout/tagout on every motor and conveyor before repairs
• Hold a forklift certification for the warehouse
"""
MILL_POSTING = """Maintenance Technician
Requirements:
- Lockout/tagout
- Forklift certification
"""


def test_a_practice_filed_as_a_certification_is_named_a_credential_is_not() -> None:
    result = tailor(MILL, MILL_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None
    # Lockout/tagout is work the bullet shows done, written as the resume writes it;
    # a forklift certification is held, not "experience in" (the line may say it
    # holds one, in a sentence of its own).
    assert "lockout/tagout" in result.summary, result.summary
    experience = result.summary.split(". ")[0]
    assert "forklift" not in experience.casefold(), result.summary


COURIER = """Dana Whitlock
Toledo, OH | dana.whitlock@example.com

EXPERIENCE
Courier, Maumee Parts Express    May 2020 – Present
• Deliver auto parts to 40 repair shops a day on a fixed route
• Inspect the van before each shift and log its mileage
• Collect payments and keep the delivery log

Valid Ohio driver's license, clean driving record
"""
COURIER_POSTING = """Delivery Driver
Requirements:
- Valid driver's license and a clean driving record
- Vehicle inspections before each shift
"""


def test_a_licence_or_a_clean_record_is_held_not_experienced() -> None:
    result = tailor(COURIER, COURIER_POSTING, today=TODAY)
    line = (result.summary or "").casefold()
    # The vocabulary files "Driver's License" as a skill, yet nobody has experience
    # in a licence or in a clean record: the line's experience names neither. The
    # licence the posting requires is held, and said so in a sentence of its own.
    experience = line.split(". ")[0]
    assert "license" not in experience and "record" not in line, result.summary
    assert "holds a driver's license." in line, result.summary
    assert result.guard.ok
