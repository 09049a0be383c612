"""The added line where the resume speaks for itself already (user trial U7, U8).

A resume with its own summary keeps it at the top; an untitled "Experience in …"
line stacked above it earns its place only with skills the reader would not see
near the top; and a deed cut from a row of deeds is told as a deed ("proving out
new jobs"), never as a bare verb in a list of skills. Texts are written for these
tests.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)


def test_no_untitled_line_repeats_the_skills_list_under_the_own_summary() -> None:
    resume = ("Lena Moritz\nlena.moritz@example.com\n\nSUMMARY\n"
              "Accounts payable clerk for a regional grocer, six years in the role.\n\n"
              "SKILLS\nExcel, VLOOKUP, pivot tables, SAP\n\n"
              "EXPERIENCE\nAP Clerk, Valley Grocers    Mar 2019 – Present\n"
              "• Key 300 invoices a week into SAP and match them to receivers\n"
              "• Answer vendor calls about remittance dates and short payments\n"
              "• File W-9 forms and keep the vendor binder current for the auditors\n\n"
              "Cashier, Valley Grocers    Jun 2015 – Feb 2019\n"
              "• Ran a register on the busiest lane and balanced the drawer each night\n"
              "• Trained six new cashiers on returns, voids and coupon rules\n"
              "• Covered the customer service desk on weekends and holidays\n\n"
              "EDUCATION\nHigh school diploma, Lincoln High School, 2015\n")
    posting = ("AP Clerk\nRequirements:\n- Excel, including VLOOKUP and pivot tables\n"
               "- SAP\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    assert result.text.index("SAP") < len(result.text) // 3
    # Every asked skill stands in the skills list right under the summary: an added
    # "Experience in Excel and VLOOKUP." would say it a second time.
    assert result.summary is None


def test_a_titled_line_still_names_two_skills_when_the_top_shows_them() -> None:
    resume = ("Lena Moritz\nlena.moritz@example.com\n\n"
              "SKILLS\nExcel, VLOOKUP, pivot tables, SAP\n\n"
              "EXPERIENCE\nAP Clerk, Valley Grocers    Mar 2019 – Present\n"
              "• Key 300 invoices a week into SAP and match them to receivers\n")
    posting = ("AP Clerk\nRequirements:\n- Excel, including VLOOKUP and pivot tables\n"
               "- SAP\n")
    summary = tailor(resume, posting, today=TODAY).summary
    assert summary is not None and summary.startswith("AP Clerk with 7 years of experience in ")


def test_a_plain_verb_cut_from_a_row_of_deeds_is_told_with_its_ing_form() -> None:
    resume = ("Aldo Brenner\naldo.brenner@example.com\n\nEXPERIENCE\n"
              "Title Clerk, Summit Auto Group    Mar 2019 – Present\n"
              "• Check deal jackets against the buyer's order; notarize title applications\n"
              "• Set up temporary tags and register vehicles with the county\n\n"
              "Office Assistant, Pine Street Realty    Jan 2015 – Feb 2019\n"
              "• Answered phones and filed listings\n"
              "• Kept the office supply closet stocked\n"
              "• Greeted clients at the front desk\n")
    posting = ("Title Clerk\nRequirements:\n- Notarize documents\n- Deal jackets\n"
               "- Vehicle registration\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    summary = result.summary or ""
    assert "notarize" not in summary.casefold().replace("notarizing", "")


def test_a_thing_after_and_is_not_made_a_deed() -> None:
    from tailor_app.tailoring.compose.summary import _plain_deed

    text = "• Order supplies and equipment for three clinics\n• Edit G-code; prove out new jobs"
    assert _plain_deed(["equipment"], text) is None
    assert _plain_deed(["prove", "out", "new", "jobs"], text) == "proving out new jobs"
    assert _plain_deed(["notarize"], "• Run intake calls and notarize documents") == "notarizing"
    # Written as a name, not in a deed's place: as the resume writes it.
    assert _plain_deed(["notarize"], "Skills: notarize, Clio") is None
    # A deed's verb that is as often a compound's first noun stays as written (review L2).
    compounds = ("• Manage grant writing and program evaluation\n"
                 "• Handle deposits and check processing")
    assert _plain_deed(["program", "evaluation"], compounds) is None
    assert _plain_deed(["check", "processing"], compounds) is None


def test_a_noun_compound_after_a_deed_is_not_made_a_deed() -> None:
    resume = ("Robin Vale\nrobin.vale@example.com\n\nEXPERIENCE\n"
              "Coordinator, Hope Street Youth Center    Mar 2019 – Present\n"
              "• Manage grant writing and program evaluation for three after-school programs\n")
    posting = "Program Coordinator\n\nRequirements:\n- Program evaluation\n- Grant writing\n"
    summary = tailor(resume, posting, today=TODAY).summary or ""
    assert "programming" not in summary


def test_a_credential_headline_under_the_name_is_not_moved_below_a_section() -> None:
    """U13: "Class B CDL · Hazmat endorsement · medical card current to 2028" under the
    contact line is read as a section of its own; a credentials section moved above it
    parted it from the name."""
    resume = ("Ruth Okafor\nGary, IN | ruth.okafor@example.com\n\n"
              "Class B CDL · Hazmat endorsement · medical card current to 2028\n\n"
              "EXPERIENCE\nRoute Driver, Lakeshore Propane    Apr 2020 – Present\n"
              "• Deliver propane to 30 homes a day with a bobtail\n"
              "• Complete pre-trip inspections and log hours on an ELD\n\n"
              "LICENSES\nHazmat endorsement, Indiana BMV, 2020\n")
    posting = ("Propane Delivery Driver\nRequirements:\n- Class B CDL with hazmat endorsement\n"
               "- Pre-trip inspections\n- ELD\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    text = result.text
    assert text.index("Class B CDL ·") < text.index("LICENSES") < text.index("EXPERIENCE")
