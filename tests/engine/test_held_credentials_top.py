"""Credentials the line names: judged against the text's first third as it reads with
the line in place, and named as held things, not as their holders are called."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

_RESUME = """Dana Whitlock
Boise, ID · 208-555-0144 · dana.whitlock@example.com

Pharmacy technician with four years in retail pharmacy. Known for accuracy at the \
fill station and patience at the counter.

CREDENTIALS
PTCB Certified Pharmacy Technician (CPhT), 2021
Idaho Pharmacy Technician License, 2021
Immunization training, 2023
BLS, American Heart Association

EXPERIENCE
Pharmacy Technician, Treasure Valley Drug, Boise, ID — 2021 to present
• Fill and label 250 prescriptions a day and count controlled substances twice
• Run insurance claims and fix rejected claims with prior authorizations
• Compound creams and oral suspensions under a pharmacist's supervision
• Reconcile the cash register and handle over-the-counter questions at pickup
• Order stock from McKesson and return expired drugs to the reverse distributor

Cashier, Albertsons, Meridian, ID — 2018 to 2021
• Ran a register and answered customer questions
"""

_POSTING = """Pharmacy Technician
Requirements:
- CPhT
- Pharmacy technician license in Idaho
- BLS certification
- Prescription filling and labeling
- Insurance claims, rejected claims and prior authorizations
- Controlled substances counts
- Compounding
- Inventory ordering and returns
"""


def test_a_credential_the_line_pushes_out_of_the_top_is_named() -> None:
    """The credentials stand near the foot of the body's first third; the line above
    them pushes them out of the text's. Each asked one is then named in the line."""
    result = tailor(_RESUME, _POSTING, today=TODAY)
    assert result.guard.ok and result.summary is not None
    head = result.text[: len(result.text) // 3]
    for credential in ("CPhT", "Pharmacy Technician License", "BLS"):
        assert credential in head


def test_a_credential_named_as_its_holder_is_called_is_named_as_held() -> None:
    bullets = "\n".join(f"• Led the {n} circle time and free play for 16 children"
                        for n in ("morning", "afternoon", "Friday", "summer", "holiday",
                                  "spring", "winter", "evening"))
    resume = ("Lee Marsh\nlee.marsh@example.com\n\nEXPERIENCE\nPreschool Teacher, Little "
              f"Acorns Center    Mar 2019 – Present\n{bullets}\n\nEDUCATION AND LICENSES\n"
              "Child Development Associate (CDA) credential, 2022\n"
              "Certified Nursing Assistant (CNA), 2017\n")
    posting = ("Preschool Teacher\nRequirements:\n- Child Development Associate required\n"
               "- Certified Nursing Assistant a plus\n- Circle time\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok and result.summary is not None
    # The noun the resume writes after the name, else the initials it glosses it with.
    assert "Child Development Associate credential" in result.summary
    assert "CNA" in result.summary and "Certified Nursing Assistant" not in result.summary
