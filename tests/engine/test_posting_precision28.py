"""Words a posting says without asking them (Dec 8, 01:19-04:19, prec28).

Each false ask is also a false "missing" in the user's report. These tests are on text
written for them, in other trades than the pool pairs that showed each class:

- a paper named by what it holds ("keep boiler inspection records", "prepare the monthly
  donor retention report") asks for that paper, not the general skill of keeping records
  or preparing reports; a paper kept with no kind named ("keep accurate records") still
  asks the general skill;
- a workplace's calls answered as one task among the trade's ("answer patient calls and
  confirm appointments") are reception work, no Phone Support; calls named as the job's
  own stream ("answer inbound customer calls", "answer 911 calls") still ask it.
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


def test_a_program_named_by_what_it_runs_is_no_program_management() -> None:
    asks = _asks("Benefits Assistant", "Manage the tuition reimbursement program")
    assert "Program Management" not in asks


def test_a_paper_kept_with_no_kind_named_still_asks_the_general_skill() -> None:
    asks = _asks("Warehouse Clerk", "Keep accurate records of every delivery")
    assert "Records Management" in asks
    asks = _asks("Office Assistant", "Keep records and file invoices for the owner")
    assert "Records Management" in asks


def test_calls_answered_in_passing_are_no_phone_support() -> None:
    asks = _asks("Dental Front Desk Coordinator", "Answer patient calls and confirm appointments")
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
