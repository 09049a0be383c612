"""A role's title alone on the line above its dated employer line, though few of its
words are capitalised ("Nursing Assistant (while in school)"), opens that role. It was
glued to the last bullet of the role above, so the tailored resume moved it among that
role's bullets and the role below lost its title. Texts are written for these tests."""

from __future__ import annotations

from tailor_app.tailoring import tailor
from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume

CASHIER = """Priya Raman
priya.raman@example.com | 555-0144

EXPERIENCE
Pharmacy Technician
Lakeside Drug, Toledo, OH | March 2022 – present
- Fill 250 prescriptions a day and count controlled substances
- Process insurance claims and resolve rejections

Cashier (part time while in school)
Lakeside Drug, Toledo, OH | June 2019 – February 2022
- Ran the front register and handled returns

EDUCATION
Pharmacy Technician Certificate, Owens Community College, 2022
"""

# Without blank lines: the bullet above sets the title apart.
WELDER = """Luis Ortega
luis.ortega@example.com

WORK HISTORY
Pipe Welder
Gulfline Fabrication, Beaumont, TX | 2021 – present
- Weld carbon steel pipe to ASME B31.3 with SMAW and GTAW
Welder helper on night shift
Gulfline Fabrication, Beaumont, TX | 2018 – 2021
- Fire watch, grinding and fit-up for the welders
"""


def _headers(text: str) -> list[list[str]]:
    parsed = parse_resume(ResumeDocument.from_text(text))
    return [e.header for s in parsed.sections if s.kind == "experience" for e in s.entries]


def test_a_lowercase_title_over_its_dated_line_opens_the_role() -> None:
    headers = _headers(CASHIER)
    assert headers == [
        ["Pharmacy Technician", "Lakeside Drug, Toledo, OH | March 2022 – present"],
        ["Cashier (part time while in school)",
         "Lakeside Drug, Toledo, OH | June 2019 – February 2022"]]
    assert invariant_problems(ResumeDocument.from_text(CASHIER),
                              parse_resume(ResumeDocument.from_text(CASHIER))) == []


def test_the_title_after_a_bullet_with_no_blank_line_opens_the_role() -> None:
    assert [h[0] for h in _headers(WELDER)] == ["Pipe Welder", "Welder helper on night shift"]


def test_the_tailored_resume_keeps_the_title_above_its_own_role() -> None:
    text = tailor(CASHIER, "Pharmacy Technician\nRequirements\n- Insurance claims\n- Returns\n"
                  ).text
    assert ("Cashier (part time while in school)\n"
            "Lakeside Drug, Toledo, OH | June 2019 – February 2022\n• Ran the front register"
            ) in text
    assert text.index("Cashier (part time") > text.index("Process insurance claims")


def test_a_last_line_that_names_no_role_stays_with_its_role() -> None:
    # A guard: an unmarked line under the bullets that names no role is the role's own.
    text = CASHIER.replace("Cashier (part time while in school)\n", "")
    text = text.replace("- Process insurance claims and resolve rejections\n",
                        "- Process insurance claims and resolve rejections\n\n"
                        "Recognised as employee of the quarter\n")
    headers = _headers(text)
    assert headers[1] == ["Lakeside Drug, Toledo, OH | June 2019 – February 2022"]


# Two entries set in two columns, the first with no bullets: nothing stands between its
# dated line and the next entry's employer line.
TWO_COLUMNS = """Mina Cho
mina.cho@example.com

EXPERIENCE
Puget Transit Authority    Seattle, WA
Dispatcher    Feb 2021 – Mar 2021
Cascade Movers    Seattle, WA
Driver    Jan 2018 – Jan 2021
- Drove a 26-foot box truck on local moves
"""


def test_the_next_employer_set_like_the_first_opens_its_own_entry() -> None:
    assert _headers(TWO_COLUMNS) == [
        ["Puget Transit Authority    Seattle, WA", "Dispatcher    Feb 2021 – Mar 2021"],
        ["Cascade Movers    Seattle, WA", "Driver    Jan 2018 – Jan 2021"]]


def test_a_place_under_the_dates_stays_in_the_header() -> None:
    # A guard: a line that is only the place, under the title and dates, is this
    # entry's, even with a promotion's dated line right after it.
    text = ("Ana Ruiz\nana@example.com\n\nEXPERIENCE\nNorthwind Foods\n"
            "Shift Lead | 2022 – present\nBoise, ID\nCrew Member | 2019 – 2022\n"
            "- Ran the register\n")
    headers = _headers(text)
    assert headers[0][:3] == ["Northwind Foods", "Shift Lead | 2022 – present", "Boise, ID"]


def test_a_headingless_resumes_first_role_is_no_contact_line() -> None:
    # No headings at all: the first role's whole header (title, employer, place) stands
    # over a line of dates alone, right under the contact lines. It was read as one
    # more contact line, and the summary line was put between it and its dates.
    text = ("Lena Ortiz\nBoise, ID · 208-555-0101 · lena.ortiz@example.com\n\n"
            "Office Coordinator, Snake River Engineering Group, Boise, ID\n2022 - present\n"
            "Order supplies and keep the front desk running\n"
            "Schedule client meetings in Outlook\n\n"
            "Receptionist, Treasure Valley Dental, Meridian, ID\n2019 - 2022\n"
            "Checked patients in and answered phones\n")
    parsed = parse_resume(ResumeDocument.from_text(text))
    assert parsed.contact.lines == ["Lena Ortiz",
                                    "Boise, ID · 208-555-0101 · lena.ortiz@example.com"]
    assert _headers(text)[0] == [
        "Office Coordinator, Snake River Engineering Group, Boise, ID", "2022 - present"]
