"""Credentials the employer helps the hire earn are no asks (Dec 6, precision13). Text
written for the test, not a batch's posting."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.earned import earned_spans


def _said(text: str) -> list[str]:
    return [text[a:b] for a, b in earned_spans(text)]


def test_a_credential_earned_through_the_employers_means() -> None:
    assert _said("You can earn your CDL through our paid program.") == ["your CDL"]
    assert _said("Get your CNA certification with our free evening classes.") == \
        ["your CNA certification"]
    assert _said("We will help you get your forklift card in week one.") == \
        ["your forklift card"]
    analysis = analyse_posting(
        "Yard Driver Trainee\nPrairie Line Freight\n\nWhat you'll do\n- Move trailers "
        "around the yard with a yard truck\n- Complete pre-trip inspections\n\nWhat you "
        "need\n- A clean MVR\n- Earn your Class A CDL in five weeks at our company-paid "
        "driving school\n")
    names = {s.name for s in analysis.skills} | set(analysis.certifications)
    assert not any("CDL" in n or "Commercial Driver" in n for n in names)
    assert "Pre-trip Inspection" in names


def test_a_credential_to_have_or_to_get_by_a_deadline_stays_asked() -> None:
    assert _said("Obtain your food handler card within 30 days of hire.") == []
    assert _said("Must have your CDL and a clean MVR.") == []
    analysis = analyse_posting("Prep Cook\nJuniper Table\n\nRequirements\n- Obtain your "
                               "food handler card within 30 days of hire\n")
    names = {s.name for s in analysis.skills} | set(analysis.certifications)
    assert any("Food Handler" in n for n in names)


def test_a_duty_of_yours_with_the_pay_nearby_is_no_credential() -> None:
    # (review13 round 3) "paid weekly" is the pay, and a duty's object no credential.
    text = ("LPN – Long Term Care\nBirch Hill Care Center\n\n- Pass meds to 20 residents and "
            "complete your wound care and skin checks in PointClickCare, paid weekly with "
            "shift differentials\n- Supervise CNAs on your hall\nRequirements\n- Michigan LPN "
            "license\n")
    assert _said(text) == []
    asks = {s.name for s in analyse_posting(text).skills}
    assert "Wound Care" in asks
    assert _said("Get your forklift certification through our paid 2-day training") == \
        ["your forklift certification"]
