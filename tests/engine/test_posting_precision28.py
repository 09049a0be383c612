"""Words a posting says without asking them (Dec 8, 01:19-04:19, prec28).

Each false ask is also a false "missing" in the user's report. These tests are on text
written for them, in other trades than the pool pairs that showed each class:

- a paper named by what it holds ("keep boiler inspection records", "prepare the monthly
  donor retention report") asks for that paper, not the general skill of keeping records
  or preparing reports; a paper kept with no kind named ("keep accurate records") still
  asks the general skill;
- a workplace's calls answered as one task among the trade's ("answer patient calls and
  post insurance payments" of a billing coordinator) are reception work, no Phone
  Support; calls named as the job's own stream ("answer inbound customer calls", "answer
  911 calls"), or answered in a job of the phones (a receptionist's), still ask it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting

_FRAME = """{title}
Cobalt Ridge Services - 44 Foundry Lane

What you'll do
- {line}
- Order supplies and keep the work area clean

What you bring
- 1+ year of related experience
- Microsoft Excel
"""


def _asks(title: str, line: str) -> dict[str, bool]:
    posting = _FRAME.format(title=title, line=line)
    return {s.name: s.required for s in analyse_posting(posting).skills}


def test_a_paper_named_by_what_it_holds_is_no_general_records_skill() -> None:
    asks = _asks("Boiler Operator", "Keep boiler inspection records for the city inspector")
    assert "Records Management" not in asks
    asks = _asks("Clinic Coordinator", "Keep vaccine temperature records in the binder")
    assert "Records Management" not in asks
    # The rest of the posting is still read.
    assert "Microsoft Excel" in asks


def test_a_report_named_by_what_it_holds_is_no_general_report_skill() -> None:
    asks = _asks("Development Associate",
                 "Prepare the monthly donor retention report for the board")
    assert "Report preparation" not in asks
    asks = _asks("Quality Technician", "Write nonconformance reports and track them to closure")
    assert "Report Writing" not in asks


def test_a_program_a_coordinator_manages_is_still_program_management() -> None:
    asks = _asks("Youth Program Coordinator", "Manage the after-school tutoring program")
    assert "Program Management" in asks


def test_a_paper_kept_with_no_kind_named_still_asks_the_general_skill() -> None:
    asks = _asks("Warehouse Clerk", "Keep accurate records of every delivery")
    assert "Records Management" in asks
    asks = _asks("Office Assistant", "Keep records and file invoices for the owner")
    assert "Records Management" in asks


def test_calls_answered_in_passing_are_no_phone_support() -> None:
    asks = _asks("Dental Billing Coordinator", "Answer patient calls and post insurance payments")
    assert "Phone Support" not in asks
    asks = _asks("Parts Counter Associate", "Answer calls from technicians and look up parts")
    assert "Phone Support" not in asks
    # Nor is a phrase named from those words instead.
    assert not any("call" in name.lower() for name in asks)


def test_calls_named_as_the_jobs_stream_still_ask_phone_support() -> None:
    asks = _asks("Customer Care Representative", "Answer inbound customer calls about orders")
    assert "Phone Support" in asks
    asks = _asks("Public Safety Telecommunicator", "Answer 911 and non-emergency calls")
    assert "Phone Support" in asks


def test_calls_answered_in_a_job_of_the_phones_still_ask_phone_support() -> None:
    asks = _asks("Medical Office Receptionist", "Answer patient calls and confirm appointments")
    assert "Phone Support" in asks
    asks = _asks("Service Scheduler", "Answer calls from homeowners and book repair visits")
    assert "Phone Support" in asks
    for title in ("Legal Secretary", "Office Assistant", "Administrative Assistant",
                  "Executive Assistant", "Legal Assistant"):
        asks = _asks(title, "Answer calls, take messages and sort the mail")
        assert "Phone Support" in asks, title
    # Calls from those the job serves are its stream, whatever its title.
    asks = _asks("Leasing Consultant", "Answer calls and emails from prospects and give tours")
    assert "Phone Support" in asks


def _skills(posting: str) -> set[str]:
    return {s.name for s in analyse_posting(posting).skills}


def test_the_employers_business_counted_is_no_ask() -> None:
    # A ski lodge hosting events, and a dental group's clinics seeing patients.
    asked = _skills("Banquet Captain\nAspen Hollow Lodge\n\nAbout us\nAspen Hollow Lodge hosts "
                    "200 weddings, galas and trade shows a year.\n\nWhat you'll do\n"
                    "- Set banquet rooms and lead the service team\n- Use ServSafe practices\n")
    assert not asked & {"Galas", "Trade Shows", "Weddings"}
    assert "Banquet Setup" in asked
    asked = _skills("Sterile Processing Lead\nValley Surgical Center\n\nAbout the role\n"
                    "Our SPD supports 14 operating rooms and a cath lab.\n\nWhat you'll do\n"
                    "- Operate autoclaves for steam sterilization\n")
    assert "Operating Room" not in asked and "Summary Plan Descriptions" not in asked
    assert "Autoclaves" in asked


def test_the_counted_things_the_employer_hosts_before_we_are_no_ask() -> None:
    asked = _skills("Stagehand\nRiverside Arena is hiring a stagehand to support the 150 "
                    "concerts, galas and trade shows we host every season; you will rig "
                    "truss and hang speakers.\n")
    assert not asked & {"Galas", "Trade Shows"}
    assert "Truss rigging" in asked


def test_the_employers_years_of_a_deed_are_no_ask() -> None:
    for story, not_asked in (
            ("Brightline Painting & Coatings has painted commercial interiors across the "
             "county since 1988.", {"Commercial painting", "Coatings"}),
            ("Summit Roofing Contractors has installed metal roofing on farm buildings for "
             "over 30 years.", {"Metal roofing"}),
            ("Keystone Landscape Group has designed rain gardens and irrigation systems for "
             "homeowners since 2002.", {"Irrigation"})):
        asked = _skills(f"Field Technician\nCareers > Field\n{story}\nWhat you will do\n"
                        "* Install grease interceptors and backflow preventers\n")
        assert not asked & not_asked, story
        assert "Backflow Prevention" in asked


def test_a_count_the_hire_is_told_of_keeps_the_asks_after_it() -> None:
    # "you" ends the employer's clause: the duty after it is read.
    asked = _skills("Medical Assistant\nWe see 40 patients a day, and you will room "
                    "patients and take vital signs in Epic.\n")
    assert "Vital Signs" in asked and "Epic" in asked


def test_the_system_the_counted_business_runs_on_is_still_asked() -> None:
    asked = _skills("Pediatric Medical Assistant\nWe see about 80 children a day and run on "
                    "Epic.\nWhat you'll do\n- Give immunizations\n")
    assert "Epic" in asked
    asked = _skills("Help Desk Analyst\nAbout the job\nOur IT group supports 250 staff on "
                    "Windows 11 and Microsoft 365.\nRequirements\n- Two years of help desk "
                    "experience\n")
    assert "Microsoft 365" in asked
    asked = _skills("Dental Assistant\nAbout us\nWe see 45 patients a day using Dentrix.\n"
                    "Requirements\n- Chairside assisting\n")
    assert "Dentrix" in asked
