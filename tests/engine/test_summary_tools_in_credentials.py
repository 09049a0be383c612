"""A list of software written under a credentials or schooling heading is a skills list.

Resumes often close with "CERTIFICATIONS & TOOLS" or "EDUCATION & CREDENTIALS" holding
a line like "Dentrix, Eaglesoft, Excel, Outlook". The summary line may name those tools
as it names a skills list's: they are the resume's own words for what it uses. Cards
and degrees written as a list are no such list.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.summary import _said_text, _tools_list
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

_RESUME = (
    "Marisol Quintero\nmarisol.q@example.com | 555-0161\n\n"
    "EXPERIENCE\n"
    "Dental Office Coordinator, Bright Smiles Family Dental, Tucson, AZ | 2020 – Present\n"
    "- Check patients in and out and collect copays\n"
    "- Verify dental insurance benefits before each visit\n"
    "- Post insurance payments and send patient statements each month\n"
    "- Confirm next-day appointments by phone and text\n\n"
    "Receptionist, Desert Vista Veterinary, Tucson, AZ | 2017 – 2020\n"
    "- Answered a five-line phone and booked appointments\n\n"
    "CERTIFICATIONS & SOFTWARE\n"
    "CPR, First Aid, AED\n"
    "Dentrix, Eaglesoft, Microsoft Excel, Outlook\n")
_POSTING = (
    "Dental Front Office Coordinator\nRequirements\n- Patient check-in\n"
    "- Insurance verification\n- Payment posting\n- Dentrix\n- Eaglesoft\n- Microsoft Excel\n"
    "- 2+ years of dental front office experience\n")


def test_a_tools_line_under_a_credentials_heading_is_said_like_a_skills_list() -> None:
    vocabulary = load_vocabulary()
    resume = parse_resume(_RESUME)
    said = _said_text(resume, vocabulary=vocabulary)
    assert "Dentrix, Eaglesoft, Microsoft Excel, Outlook" in said
    assert "CPR, First Aid, AED" not in said  # cards, not tools
    assert "Dentrix" not in _said_text(resume)  # without the vocabulary, as before
    result = tailor(_RESUME, _POSTING, today=TODAY)
    assert result.guard.ok and result.summary
    assert "Dentrix" in result.summary and "Eaglesoft" in result.summary, result.summary


def test_a_degree_or_a_row_of_cards_is_no_tools_list() -> None:
    vocabulary = load_vocabulary()
    assert _tools_list("Clio, HotDocs, Microsoft Word, Excel, Adobe Acrobat", vocabulary)
    assert not _tools_list("B.S. Accounting, Boise State University, 2021", vocabulary)
    assert not _tools_list("CPR, First Aid, AED", vocabulary)
    assert not _tools_list("Excel and Outlook", vocabulary)  # two tools in a phrase


_CASE_RESUME = (
    "Samira Haddad\nTacoma, WA | (253) 555-0148 | samira.haddad@example.com\n\n"
    "Summary\nCase manager with five years of helping families leave shelter. Steady in a "
    "crisis; I listen first.\n\n"
    "Experience\nCase Manager — Harbor Light Family Shelter, Tacoma, WA | May 2021 – Present\n"
    "* Manage a caseload of 26 families from shelter entry to housing\n"
    "* Run VI-SPDAT assessments and write individual housing plans\n"
    "* Record every contact in HMIS the same day\n"
    "* Walk families through unit searches and rental applications; talk with landlords "
    "about past evictions\n"
    "* Help families apply for SNAP, SSI and Apple Health and link them with SUD treatment\n"
    "* Practice motivational interviewing and trauma-informed care; de-escalate conflicts in "
    "the shelter\n"
    "* Present families at weekly coordinated entry case conferencing\n\n"
    "Shelter Aide — Bayview Recovery House, Tacoma, WA | 2019 – 2021\n"
    "* Supported 10 residents in early recovery with daily routines\n"
    "* Wrote shift notes and incident reports\n\n"
    "Education\nB.A. Sociology, University of Puget Sound, 2019\n\n"
    "Other\nWashington driver's license; Microsoft Word, Excel, Outlook; Tagalog (native)\n")
_CASE_POSTING = (
    "Family Case Manager\nWhat you'll do\n- Carry a caseload of families in rapid rehousing\n"
    "- Complete VI-SPDAT and housing stability plans\n- Keep case notes and shift notes in HMIS\n"
    "- Help families with rental applications and benefits: SNAP, TANF, SSI\n"
    "- Link families with SUD treatment and mental health care\n"
    "- Use motivational interviewing and trauma-informed care\n"
    "- Present at case conferencing and coordinated entry\n"
    "What you bring\n- Driver's license\n- Microsoft Office\n")


def test_a_listed_tool_never_displaces_a_skill_the_work_shows() -> None:
    # Review22 T2: a word processor read only from the list at the end took the place
    # of the case manager's caseload, the posting's first ask. A tool so read takes a
    # free place of the line only.
    result = tailor(_CASE_RESUME, _CASE_POSTING, today=TODAY)
    assert result.guard.ok and result.summary
    assert "managing a caseload" in result.summary, result.summary
    assert "Microsoft Word" not in result.summary, result.summary
