"""The posting readers that look for their candidate words first (``posting/stems``)
must read what the whole-text patterns before them read (review25 P1–P3).

A list of ages left as asked (the title's own age, or an expertise word before it) is
still read whole: its tail is no list of its own. "Calls" open a list of people only
before "from" ("calls come in from"), not "answer calls such as ...", whose items are
the calls' subjects. And a look-back that ends at a cue never reads across a line
break. Each test is on text written for it, in two fields where the reading applies.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.followed import followed_rules
from tailor_app.tailoring.posting.served_people import people_served


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize("text", [
    # The title's own age keeps the list asked, tail and all.
    "Pediatric Physical Therapist\n\nResponsibilities\n- Treat pediatric, adolescent and"
    " geriatric patients in two outpatient clinics\n- Write plans of care in WebPT\n",
    # An expertise word long before the tail still governs the whole list.
    "Radiologic Technologist\n\nAbout the role\n- Background in a busy hospital or a large"
    " outpatient imaging practice in the Dayton area that daily sees very many pediatric,"
    " adolescent and geriatric patients is helpful\n- Perform CT scans\n",
])
def test_a_list_of_ages_left_asked_keeps_its_tail_asked(text: str) -> None:
    assert "Geriatrics" in _asks(text)


def test_calls_about_things_are_no_list_of_people() -> None:
    asks = _asks("Customer Support Specialist\n\nResponsibilities\n- Answer calls such as"
                 " small business owners, payroll customers and bookkeeping clients\n"
                 "- Resolve tickets in Zendesk\n")
    assert {"Payroll", "Bookkeeping"} <= asks
    assert people_served("Answer calls including veterans, seniors and caregivers of"
                         " dialysis patients", "Scheduler") == []


def test_calls_from_people_are_still_the_people_served() -> None:
    text = "Take calls that come in from tenants, homeowners and contractors"
    assert people_served(text, "Permit Clerk") != []


def test_a_rule_look_back_never_reads_across_a_line_break() -> None:
    text = "Wean ventilated patients per unit \nprotocols"
    assert all("\n" not in text[a:b] for a, b in followed_rules(text))


def test_a_people_look_back_never_reads_across_a_line_break() -> None:
    # "including" opens a line of its own: no people stand before it on its line.
    assert people_served("Greet patrons, \nincluding students, seniors and job seekers",
                         "Library Assistant") == []
