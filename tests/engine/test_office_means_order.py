"""An office tool a line works in ("in Excel", "with pivot tables") counts half, so a
line using one no longer rises over the job's core lines for naming it (order26)."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import tailor
from tailor_app.tailoring.compose.office import used_as_means
from tailor_app.tailoring.compose.relevance import Relevance
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

LOGISTICS_POSTING = """Freight Coordinator

Responsibilities
- Schedule carrier pickups and book LTL and truckload freight
- Track shipments to delivery and resolve delays with carriers
- Audit freight invoices

Requirements
- 2 years in freight or logistics
- Advanced Microsoft Excel (pivot tables, VLOOKUP)
"""

LOGISTICS_RESUME = """Ines Valdivia
Reno, NV | 775-555-0190 | ines.v@example.com

EXPERIENCE
Logistics Coordinator, High Desert Supply, Reno, NV    2021 - Present
- Book LTL and truckload freight with 12 carriers and schedule 40 pickups a day
- Track shipments to delivery and call carriers about late loads
- Keep the weekly cost report current in Excel with pivot tables and VLOOKUP
"""

BOOKKEEPING_POSTING = """Full-Charge Bookkeeper

Responsibilities
- Reconcile bank and credit card accounts each month
- Process biweekly payroll
- Pay vendor bills and keep accounts payable current
- Prepare monthly financial statements

Requirements
- 3 years of bookkeeping
- QuickBooks Online
- Microsoft Excel, including pivot tables and VLOOKUP
"""

BOOKKEEPING_RESUME = """Noor Castellanos
Boise, ID | 208-555-0150 | noor.c@example.com

EXPERIENCE
Bookkeeper, Gem Valley Builders, Boise, ID    2019 - Present
- Reconcile six bank and credit card accounts each month
- Run biweekly payroll for 35 employees
- Build the monthly aging summary in Excel with pivot tables and VLOOKUP
- Pay vendor bills in QuickBooks Online
"""


def _bullets(text: str) -> list[str]:
    return [line.lstrip("•- ").strip() for line in text.splitlines()
            if line.lstrip().startswith(("•", "-"))]


def test_which_office_names_are_the_means() -> None:
    line = "Build variance reports in Excel (pivot tables, XLOOKUP) for the controller"
    assert used_as_means(line, line.index("Excel"))
    assert used_as_means(line, line.index("pivot"))
    line = "Keep the freight report current in the Excel estimating workbook"
    assert used_as_means(line, line.index("Excel"))
    line = "Keep the weekly cost report current with pivot tables and VLOOKUP"
    assert used_as_means(line, line.index("VLOOKUP"))
    line = "Fix Outlook, Teams and OneDrive problems for 300 staff"
    assert not used_as_means(line, line.index("Outlook"))


def test_a_freight_report_in_excel_stays_under_the_freight_work() -> None:
    result = tailor(LOGISTICS_RESUME, LOGISTICS_POSTING, today=date(2026, 12, 1))
    bullets = _bullets(result.text)
    assert bullets[-1].startswith("Keep the weekly cost report")


def test_an_aging_summary_in_excel_stays_under_the_books() -> None:
    result = tailor(BOOKKEEPING_RESUME, BOOKKEEPING_POSTING, today=date(2026, 12, 1))
    bullets = [b[:10] for b in _bullets(result.text)]
    assert bullets.index("Reconcile ") < bullets.index("Build the ")
    assert bullets.index("Run biweek") < bullets.index("Build the ")


def test_supporting_the_office_suite_is_a_help_desks_own_work() -> None:
    posting = ("IT Support Technician\n\nResponsibilities\n- Support Microsoft 365: Outlook,"
               " Teams and OneDrive\n- Reset passwords in Active Directory\n")
    analysis = analyse_posting(posting, None, None)
    fixing = "Fix Outlook, Teams and OneDrive problems for 300 staff"
    using = "Send the weekly ticket summary with Outlook, Teams and OneDrive"
    relevance = Relevance(analysis, load_vocabulary(), [fixing, using])
    assert relevance.line(fixing) > relevance.line(using)


def test_a_tool_taught_or_helped_with_is_the_topic_not_the_means() -> None:
    # "in" or "with" after a verb of teaching or helping someone names what they
    # learned or were helped with (review27 O2); a later deed joined by "and" has its
    # own phrase of means.
    line = "Trained new tellers in Microsoft 365 during their first week"
    assert not used_as_means(line, line.index("Microsoft"))
    line = "Coached 12 inside sales agents in Salesforce reports"
    assert not used_as_means(line, line.index("Salesforce"))
    line = "Helped 250 staff with Outlook, Teams and OneDrive problems by phone"
    assert not used_as_means(line, line.index("Outlook"))
    line = "Built aging trackers in Excel and taught the clerks in Word"
    assert used_as_means(line, line.index("Excel"))
    assert not used_as_means(line, line.index("Word"))


HELP_DESK_RESUME = """Dana Okwu
dana.okwu@example.com

EXPERIENCE
IT Support Specialist | Lakeside Credit Union, Duluth, MN | 2021 – Present
- Kept the laptop and phone inventory current for 3 branches
- Printed and filed the monthly change log for the auditors
- Helped 250 staff with Outlook, Teams and OneDrive problems by phone and in person
- Trained new tellers in Microsoft 365 during their first week
"""

HELP_DESK_POSTING = """Help Desk Technician
Requirements
- 2+ years supporting Microsoft 365 users (Outlook, Teams, OneDrive)
- Train staff on Microsoft 365 tools
- Experience with Active Directory
"""


def test_training_staff_in_the_suite_stays_above_unasked_lines() -> None:
    result = tailor(HELP_DESK_RESUME, HELP_DESK_POSTING, today=date(2026, 12, 1))
    bullets = [b[:10] for b in _bullets(result.text)]
    assert bullets.index("Trained ne") < bullets.index("Kept the l"), bullets
