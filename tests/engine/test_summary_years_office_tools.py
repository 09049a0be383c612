"""The summary line's years count a role that did the job's own work: office tools
(Excel and its pivot tables and lookups, Word, Outlook), which a role of any field uses,
never make an earlier role of other work count ("Dispatcher with 13 years of experience
in DAT, PODs, Excel …" counted a warehouse lead's reports in Excel)."""

from __future__ import annotations

import re
from datetime import date

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)


def _years(summary: str | None) -> int | None:
    found = re.search(r"(\d+) years? of experience", summary or "")
    return int(found.group(1)) if found else None


DISPATCHER = """Tomas Ekwueme
Gary, IN | tomas.ekwueme@example.com

EXPERIENCE
Dispatcher | Lakeshore Carriers, Gary, IN | 2020 – Present
- Book loads on the DAT load board for 25 trucks
- Collect PODs from drivers and send them to billing

Warehouse Lead | Dunes Distribution, Portage, IN | 2013 – 2020
- Built daily shipment reports in Excel with VLOOKUP and pivot tables
- Led a night crew of 9 in receiving and putaway
"""

DISPATCH_POSTING = """Dispatcher
Requirements
- Book loads on DAT
- Collect PODs
- Excel, including VLOOKUP and pivot tables
"""


def test_a_warehouse_lead_s_spreadsheets_are_no_years_of_dispatching() -> None:
    result = tailor(DISPATCHER, DISPATCH_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None and "Excel" in result.summary, result.summary
    assert _years(result.summary) == 7, result.summary  # 2020 to today, not 2013


BILLER = """Renata Szabo
Tulsa, OK | renata.szabo@example.com

EXPERIENCE
Medical Billing Specialist | Riverbend Orthopedics, Tulsa, OK | 2022 – Present
- Submit clean claims to Medicare and commercial payers
- Work denials and post payments from ERAs

Store Manager | Prairie Outfitters, Broken Arrow, OK | 2012 – 2022
- Tracked sales and labor in Excel and sent weekly reports from Outlook
- Wrote staff schedules and policies in Microsoft Word
"""

BILLING_POSTING = """Medical Billing Specialist
Requirements
- Submit claims and work denials
- Payment posting
- Microsoft Excel, Word and Outlook
"""


def test_a_store_manager_s_office_programs_are_no_years_of_billing() -> None:
    result = tailor(BILLER, BILLING_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert _years(result.summary) == 5, result.summary  # 2022 to today, not 2012


def test_a_role_doing_the_work_still_counts_beside_its_spreadsheets() -> None:
    # An earlier role that booked the loads and collected the PODs did the work.
    resume = DISPATCHER.replace(
        "Warehouse Lead | Dunes Distribution, Portage, IN | 2013 – 2020\n",
        "Logistics Coordinator | Dunes Distribution, Portage, IN | 2013 – 2020\n"
        "- Booked loads on the DAT load board and collected PODs\n")
    result = tailor(resume, DISPATCH_POSTING, today=TODAY)
    assert _years(result.summary) == 14, result.summary


def test_office_tools_are_read_from_the_vocabulary() -> None:
    from tailor_app.tailoring.compose.summary import office_tool

    vocabulary = load_vocabulary()
    for name in ("Microsoft Excel", "Pivot Tables", "VLOOKUP", "Microsoft Outlook",
                 "Google Sheets"):
        assert office_tool(name, vocabulary), name
    for name in ("DAT Load Board", "QuickBooks", "Epic", "Microsoft 365 Administration"):
        assert not office_tool(name, vocabulary), name


BARISTA = """Sam Ortiz
Austin, TX | sam.ortiz@example.com

EXPERIENCE
Barista | Bean Town Coffee, Austin, TX | 2021 – Present
- Made 300 drinks a shift and trained new baristas
- Tracked milk and bean inventory in Excel

PROJECTS
Recipe Finder | 2024
- Built a recipe search app in React and TypeScript with a Node.js API
"""

FRONT_END_POSTING = """Junior Front-End Developer
Requirements
- React and TypeScript
- Node.js
- Excel for reporting
"""


def test_a_spreadsheet_ties_no_other_job_to_the_work() -> None:
    # "Barista with 6 years of experience in React, TypeScript, Node.js and Excel": the
    # barista's inventory sheet made the role read as the work asked.
    result = tailor(BARISTA, FRONT_END_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None and "React" in result.summary, result.summary
    assert "Barista" not in result.summary and _years(result.summary) is None, result.summary


SERVER = """Priya Nair
Tempe, AZ | priya.nair@example.com

EXPERIENCE
Server | Desert Bloom Bistro, Tempe, AZ | 2019 – Present
- Served 40 covers a night and closed out checks
- Kept the tip-out sheet in Google Sheets and emailed it from Outlook

PROJECTS
Capstone: Clinic Wait Times | 2025
- Wrote SQL queries against a PostgreSQL database and built a Tableau dashboard
"""

ANALYST_POSTING = """Data Analyst
Requirements
- SQL and PostgreSQL
- Tableau dashboards
- Google Sheets and Outlook
"""


def test_office_programs_tie_no_server_to_data_analysis() -> None:
    result = tailor(SERVER, ANALYST_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None and "SQL" in result.summary, result.summary
    assert "Server" not in result.summary and _years(result.summary) is None, result.summary


BARISTA_THEN_BUDGET = """Sam Ortiz
sam@example.com

Experience
Barista | Bean Co | 2023 - Present
- Made espresso drinks.
Budget Assistant | City of Lakeside | 2016 - 2023
- Built the department budget workbook in Excel with pivot tables and VLOOKUP.
"""

BARISTA_THEN_OFFICE = """Sam Ortiz
sam@example.com

Experience
Barista | Bean Co | 2023 - Present
- Made espresso drinks.
Office Administrator | Lakeside Dental | 2016 - 2023
- Managed the office in Microsoft Office: Excel, Word, Outlook.
"""


def test_office_tools_alone_count_the_years_of_the_roles_that_use_them() -> None:
    """Review24 T1: with the office work done in an earlier role, the latest role's
    years are no years of Excel ("Barista with 4 years of experience in Excel"): the
    line counts the 7 years of the role that wrote them."""
    for resume, posting in (
            (BARISTA_THEN_BUDGET, "Data Entry Specialist\nRequirements\n- Advanced Excel: "
                                  "pivot tables and VLOOKUP\n"),
            (BARISTA_THEN_OFFICE, "Executive Assistant\nRequirements\n- Expert in Microsoft "
                                  "Office (Outlook, Excel, Word)\n")):
        result = tailor(resume, posting, today=TODAY)
        assert result.summary is not None
        assert "Excel" in result.summary
        assert _years(result.summary) == 7, result.summary
