"""The lists standing above the work come in the order of what they answer.

A skills list and the credentials a posting asks for both move above the work. A
licensed worker's licences answer most of such a posting's gate; a careful writer puts
them before a list of software, and a skills list that answers more still leads.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

_RESUME = (
    "Wren Castillo\nwren.castillo@example.com | 555-0133\n\n"
    "SOFTWARE\nDentrix\nMicrosoft Word\n\n"
    "LICENSES\nArizona RDH license\nLocal anesthesia permit\nBLS for Healthcare Providers\n\n"
    "EXPERIENCE\n"
    "Dental Hygienist, Saguaro Family Dental, Tucson, AZ | 2021 – Present\n"
    "- Scaling and root planing and periodontal maintenance for 8 patients a day\n"
    "- Take bitewings and place sealants\n")


def test_the_licences_answering_more_lead_the_software() -> None:
    posting = ("Dental Hygienist\nRequirements\n- RDH license\n- Local anesthesia permit\n"
               "- BLS\n- Dentrix\n- Scaling and root planing\n- Sealants\n")
    result = tailor(_RESUME, posting, today=TODAY)
    assert result.guard.ok
    text = result.text
    assert text.index("LICENSES") < text.index("SOFTWARE") < text.index("EXPERIENCE"), text


def test_a_skills_list_answering_more_keeps_its_lead() -> None:
    resume = _RESUME.replace("SOFTWARE\nDentrix\nMicrosoft Word\n",
                             "SOFTWARE\nDentrix, Eaglesoft, Dexis, Microsoft Excel\n")
    posting = ("Dental Hygienist\nRequirements\n- BLS\n- Dentrix\n- Eaglesoft\n- Dexis\n"
               "- Microsoft Excel\n- Scaling and root planing\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    text = result.text
    assert text.index("SOFTWARE") < text.index("LICENSES") < text.index("EXPERIENCE"), text
