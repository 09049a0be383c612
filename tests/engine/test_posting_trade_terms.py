"""A trade's own names for its work are asks under those names: a recruiter's
"time-to-fill" and "hiring events", a site engineer's "erosion control", a
preschool's "play-based curriculum", a product engineer's "3D printed parts".

Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def asks(title: str, *duties: str) -> set[str]:
    posting = (f"{title}\nBrookfield Partners\n\nResponsibilities\n"
               + "".join(f"- {d}\n" for d in duties))
    return {s.name for s in analyse_posting(posting).skills}


def test_a_recruiter_s_work_under_its_own_names() -> None:
    found = asks("Recruiter", "Extend offers and close candidates",
                 "Staff our spring hiring events", "Report time-to-fill to each plant",
                 "Source candidates on job boards", "Build workforce plans with leaders")
    assert {"Hiring Events", "Workforce Planning", "Candidate Sourcing"} <= found
    assert "Time-to-fill" in found and "Offer Management" in found


def test_job_postings_named_in_passing_ask_for_no_writing() -> None:
    found = asks("Recruiter", "Monitor our job postings for closing dates")
    assert "Job Description Writing" not in found
    assert "Write job postings" in asks("Recruiter", "Write job postings for hourly roles")


def test_site_engineering_terms() -> None:
    found = asks("Civil Engineer", "Prepare erosion control plans",
                 "Run stormwater calculations in HydroCAD")
    assert {"Erosion and sediment control", "Stormwater management"} <= found


def test_printed_parts_ask_for_3d_printing() -> None:
    assert "3D printing" in asks("Design Engineer", "Build prototypes from 3D printed parts")


def test_a_play_based_curriculum_is_play_based_learning() -> None:
    assert "Play-Based Learning" in asks("Preschool Teacher", "Lead a play-based curriculum")


def test_the_narrower_site_work_shows_its_discipline() -> None:
    resume = ("Lee Tran\nlee.tran@example.com\n\nExperience\nProject Engineer  2020 – Present\n"
              "Ridge Civil, Boise, ID\n- Designed erosion control for 12 subdivisions\n")
    posting = "Civil Engineer\nBrookfield Partners\n\nRequirements\n- Environmental engineering\n"
    r = match_resume(parse_resume(resume), analyse_posting(posting))
    assert not (set(r.missing_required) | set(r.missing_preferred))


def test_being_on_call_is_one_ask_in_any_trade() -> None:
    for title, duty in (("Plant Technician", "Take part in an on-call rotation for alarms"),
                        ("Backend Engineer", "Share on-call duty for our services"),
                        ("Site Reliability Engineer", "Join the on call rotation")):
        assert "On-Call Rotation" in asks(title, duty), duty
    resume = ("Ana Ruiz\nana.ruiz@example.com\n\nExperience\nSRE  2021 – Present\n"
              "Lumen Cloud, Austin, TX\n- Handled incident management for production as primary\n")
    posting = "SRE\nBrookfield Partners\n\nRequirements\n- On-call rotation\n"
    r = match_resume(parse_resume(resume), analyse_posting(posting))
    assert not (set(r.missing_required) | set(r.missing_preferred))


def test_hvac_and_plumbing_names() -> None:
    assert "Central Air Conditioning" in asks(
        "HVAC Technician", "Repair heat pumps and central air conditioners")
    assert "Backflow Prevention Certification" in asks(
        "Service Plumber", "Backflow tester certification is a plus")


def test_clinic_and_hotel_duties_under_their_names() -> None:
    found = asks("Medical Assistant", "Room patients and take vitals",
                 "Handle prescription refill requests from the portal",
                 "Stock supplies in each exam room")
    assert {"Prescription Refills", "Supply stocking"} <= found
    assert any("rooming" in name.lower() for name in found)
    found = asks("Housekeeping Supervisor", "Inspect guest rooms after each turnover",
                 "Log lost and found items")
    assert "Lost and Found" in found
    assert any("inspection" in name.lower() for name in found)


def test_what_is_entered_is_its_entry() -> None:
    # "entry" is the action noun of "enter": entering orders is order entry.
    assert "Order Management" in asks("Inside Sales Rep", "Enter orders in the ERP")
    assert "Data Entry" in asks("Office Clerk", "Enter data from paper forms")


def test_stormwater_best_management_practices_are_stormwater_management() -> None:
    resume = ("Lee Tran\nlee.tran@example.com\n\nExperience\nProject Engineer  2020 – Present\n"
              "Ridge Civil, Boise, ID\n- Sized stormwater BMPs for three retail sites\n")
    posting = "Civil Engineer\nBrookfield Partners\n\nRequirements\n- Stormwater management\n"
    r = match_resume(parse_resume(resume), analyse_posting(posting))
    assert not (set(r.missing_required) | set(r.missing_preferred))
