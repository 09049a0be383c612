"""A long objective that answers little of the posting leaves the top to the work.

Texts written for this test: a prep cook and a parts counter clerk, each with a
long opening paragraph, and the same people with a short one or one that names the
work asked.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

OBJECTIVE = (
    "Reliable and enthusiastic team member looking for a full-time opportunity with a "
    "company that values hard work, honesty and respect. I am a fast learner who enjoys "
    "a busy environment, gets along with everyone and wants to keep growing with an "
    "organization where I can make a real difference, build my career and be part of a "
    "family."
)

COOK = """Tomasz Lindqvist
Duluth, MN · 218-555-0104 · tomasz.l@example.com

OBJECTIVE
{opening}

EXPERIENCE
Prep Cook, Harbor Grill — Duluth, MN — 2021 to present
• Prep vegetables, proteins and sauces from the prep list before each dinner service
• Run the fryer and flat-top on the line on weekends
• Label, date and rotate product by FIFO in the walk-in cooler
• Keep the station clean and sanitized to health code

Dishwasher, Pine Lodge — Cloquet, MN — 2019 to 2021
• Washed dishes, pots and pans and took out the trash

EDUCATION
Denfeld High School — Diploma, 2019
"""

COOK_POSTING = """Line Cook — Lakeside Bistro

Responsibilities
- Prepare ingredients from the prep list
- Cook on the flat-top, fryer and grill during service
- Follow FIFO rotation, labeling and dating
- Keep the station sanitized and follow the health code

Requirements
- 1 year of kitchen experience
- Food handler card
- Good communication and teamwork
"""


def _tailor(opening: str, posting: str = COOK_POSTING) -> str:
    return tailor(COOK.format(opening=opening), posting, today=TODAY).text


def test_a_long_objective_that_names_no_asked_skill_goes_after_the_work() -> None:
    text = _tailor(OBJECTIVE)
    assert text.index("EXPERIENCE") < text.index("EDUCATION") < text.index("OBJECTIVE")
    assert OBJECTIVE in text  # moved, never dropped nor changed
    # The first role's bullets now stand in the first third a reader sees first.
    assert text.index("flat-top") < len(text) // 3


def test_a_short_objective_keeps_its_place() -> None:
    short = "Prep cook looking for a line cook job on a busy dinner line."
    text = _tailor(short)
    assert text.index("OBJECTIVE") < text.index("EXPERIENCE")


def test_a_long_paragraph_that_names_the_work_asked_keeps_its_place() -> None:
    rich = ("Prep cook with five years in busy kitchens: I work from the prep list, run the "
            "fryer and the flat-top on the line, rotate product by FIFO and keep my station "
            "sanitized to health code. Calm on a full dinner rush and quick to learn a new "
            "menu, a new station or a new way of plating.")
    assert len(rich) >= 250
    text = _tailor(rich)
    assert text.index("OBJECTIVE") < text.index("EXPERIENCE")


def test_soft_skills_in_an_objective_do_not_hold_the_top() -> None:
    soft = OBJECTIVE.replace("gets along with everyone", "brings good communication and "
                             "teamwork to every shift")
    text = _tailor(soft)
    assert text.index("EXPERIENCE") < text.index("OBJECTIVE")


PARTS = """Dana Whitcomb
Fargo, ND | 701-555-0177 | dana.whitcomb@example.com

{opening}

Parts Counter Clerk, Red River Truck Parts, Fargo ND (2020 – present)
- Look up parts in the catalog and the Epicor system for walk-in and phone customers
- Ring up sales, take payments and process returns and core credits
- Receive freight, check it against the packing slip and stock the shelves

Cashier, Hornbacher's, Moorhead MN (2018 – 2020)
- Ran the register and handled cash
"""

PARTS_POSTING = """Parts Counter Associate
We need someone to look up parts in Epicor, sell to walk-in and phone customers, process
returns and core credits, and receive freight. Cash handling and one year of parts
counter experience required.
"""


def test_an_unheaded_opening_paragraph_moves_too() -> None:
    text = tailor(PARTS.format(opening=OBJECTIVE), PARTS_POSTING, today=TODAY).text
    assert text.index("Parts Counter Clerk") < text.index(OBJECTIVE)
    assert text.rstrip().endswith(OBJECTIVE)


RECEPTION = """Tina Marsh
tina.marsh@example.com | 555-0199

PROFESSIONAL SUMMARY
{summary}

EXPERIENCE
Front Desk Receptionist, Lakeside Dental, 2019 - 2024
- Checked in 40 patients a day and verified insurance
- Scheduled appointments in Dentrix

EDUCATION
Associate of Applied Science, Medical Office Administration, 2019

HOBBIES
Gardening, hiking, volunteering at the animal shelter

REFERENCES
Available upon request
""".format(summary=(
    "Dedicated and hard-working professional with a passion for helping people and a "
    "proven record of going above and beyond. I am seeking a position with a growing "
    "organization where I can use my strong work ethic, positive attitude and "
    "dependability to make a difference every day and grow my career."))


def test_the_moved_paragraph_stays_before_hobbies_and_references() -> None:
    posting = ("Dental Receptionist\nRequirements: Dentrix; insurance verification; "
               "scheduling; 2 years front office.")
    text = tailor(RECEPTION, posting, today=TODAY).text
    assert (text.index("EXPERIENCE") < text.index("EDUCATION")
            < text.index("PROFESSIONAL SUMMARY") < text.index("HOBBIES")
            < text.index("REFERENCES"))
    assert text.rstrip().endswith("Available upon request")


def test_a_moved_objective_goes_before_awards_and_languages() -> None:
    resume = COOK.format(opening=OBJECTIVE) + (
        "\nAWARDS\nEmployee of the Month, Harbor Grill, March 2023\n"
        "\nLANGUAGES\nEnglish, Polish\n")
    text = tailor(resume, COOK_POSTING, today=TODAY).text
    assert (text.index("EDUCATION") < text.index("OBJECTIVE") < text.index("AWARDS")
            < text.index("LANGUAGES"))
