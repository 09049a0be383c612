"""The line that is the job stays over lines touching minor asks (order19).

A posting names its core work first; a line saying that duty gains
``relevance.LEAD_WEIGHT``, and the author's order weighs in each role's own scale
(``order.AUTHOR_SHARE``), so several minor asks or tools on one line no longer bury it.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose import order as order_module
from tailor_app.tailoring.compose import relevance as relevance_module
from tailor_app.tailoring.compose.order import order_bullets
from tailor_app.tailoring.compose.relevance import Relevance, lead_duties
from tailor_app.tailoring.model import Entry
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

VET_TECH = """Veterinary Technician

What you'll do
- Monitor anesthesia and recovery for dogs and cats in surgery and dental procedures
- Place IV catheters and draw blood samples
- Take digital radiographs
- Order supplies in Covetrus, keep the controlled drug log and restock exam rooms
- Schedule appointments and send reminders in ezyVet

What you need
- 2+ years as a veterinary technician
"""

PARAGRAPH = ("Bluewater Marina is a family-run harbor on Lake Erie with 300 slips. "
             "We are hiring a Marine Mechanic to repair outboard and inboard engines, "
             "winterize boats and rig new electronics. You will also keep the parts "
             "room stocked and write up work orders.")


def test_the_lead_duties_are_the_first_sentences_of_the_duties() -> None:
    duties = lead_duties(analyse_posting(VET_TECH, None, None))
    assert [weight for weight, _words in duties] == [1.0, 0.5]
    first = duties[0][1]
    assert {"anesthes", "recovery", "surgery"} <= first
    assert "radiogra" not in first


def test_a_paragraph_postings_company_story_is_no_duty() -> None:
    duties = lead_duties(analyse_posting(PARAGRAPH, None, None))
    assert duties, "the sentence naming the work is found"
    first = duties[0][1]
    assert "slip" not in first and "harbor" not in first  # the company's sentence
    assert {"outboard", "engin"} <= first


def _vet_role() -> tuple[Entry, Relevance]:
    core = "Monitor anesthesia for 12 surgeries a day and watch recovery in the ICU"
    minor = "Keep the controlled drug log and order supplies and vaccines in Covetrus"
    entry = Entry(header=["Veterinary Technician | Lakeshore Animal Hospital | 2021 - Present"],
                  bullets=[core, minor])
    relevance = Relevance(analyse_posting(VET_TECH, None, None), load_vocabulary(),
                          [*entry.header, *entry.bullets])
    return entry, relevance


def test_the_core_duty_stays_over_a_line_of_minor_asks() -> None:
    entry, relevance = _vet_role()
    assert order_bullets(entry, relevance.line).bullets == entry.bullets


def test_without_the_lead_duty_the_line_of_minor_asks_would_lead(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relevance_module, "LEAD_WEIGHT", 0.0)
    monkeypatch.setattr(order_module, "AUTHOR_SHARE", 0.0)
    entry, relevance = _vet_role()
    assert order_bullets(entry, relevance.line).bullets == entry.bullets[::-1]


def test_the_authors_order_counts_in_the_roles_own_scale() -> None:
    entry = Entry(header=["Payroll Specialist  2020 - Present"],
                  bullets=["first", "second", "third"])
    scores = {"first": 10.0, "second": 10.8, "third": 14.0}
    # 0.8 more is no clear reason in a role whose lines score near 10 (with a fixed
    # prior of 1 the second line passed the first); 4 more still is.
    assert order_bullets(entry, scores.__getitem__).bullets == ["third", "first", "second"]
    small = {"first": 1.0, "second": 1.8, "third": 0.0}
    assert order_bullets(entry, small.__getitem__).bullets == ["second", "first", "third"]


def test_a_lists_lead_in_is_no_lead_duty() -> None:
    """Review O1: "Duties include, but are not limited to, the following:" and a
    sentence about the team took both lead slots, and the first real duty none."""
    posting = ("Veterinary Technician\n\nWhat you'll do\n"
               "Key responsibilities include, but are not limited to, the following:\n"
               "You will join a friendly crew and help our clients every single day.\n"
               "- Monitor anesthesia and recovery for dogs and cats in surgery\n"
               "- Take digital radiographs\n")
    duties = lead_duties(analyse_posting(posting, None, None))
    assert duties and {"anesthes", "surgery"} <= duties[0][1]
    assert not any("crew" in words or "follow" in words for _w, words in duties)


def test_a_one_letter_skill_is_found_as_a_word_not_inside_the_company_story() -> None:
    """Review O2: "R" was found inside every sentence, so a paragraph posting's company
    story became its lead duty."""
    posting = ("Prairie Rail Outfitters sells outdoor gear from stores across rural Kansas. "
               "Our culture rewards curiosity and great service. You will build demand "
               "forecasting models in R and maintain weekly sales reports for buyers.")
    duties = lead_duties(analyse_posting(posting, None, None))
    assert duties and {"forecast", "demand"} <= duties[0][1]
    assert not any("gear" in words or "culture" in words for _w, words in duties)


def test_a_capitalised_skill_is_found_as_written() -> None:
    """Review O2: "We go the extra mile" named the language Go."""
    posting = ("Backend Engineer\n\nHarbor Lane is a shipping startup. We go the extra mile "
               "for every customer on the coast. You will build rating services in Go and "
               "deploy them to Kubernetes.")
    duties = lead_duties(analyse_posting(posting, None, None))
    assert duties and {"rat", "servic"} & duties[0][1]
    assert not any("mile" in words for _w, words in duties)


def test_a_long_name_capitalised_in_the_title_is_found_in_any_case() -> None:
    posting = ("Payroll Specialist\n\nDuties\n- Process biweekly payroll for 900 employees\n"
               "- Enter garnishments and deductions\n")
    duties = lead_duties(analyse_posting(posting, None, None))
    assert duties and "payroll" in duties[0][1]
