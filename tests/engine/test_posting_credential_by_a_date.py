"""A credential the reader must get by a date is asked, not given (Dec 5, recall9).
Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_or_you_get_one_within_a_time_is_an_ask() -> None:
    asks = _asks("Claims Adjuster\n\nWhat you need\n- A Texas all-lines adjuster license, "
                 "or you get one within 90 days (we cover the course)\n- Xactimate\n")
    assert "Xactimate" in asks
    assert any("Adjuster" in name for name in asks)
    certified = _asks("Picker\n\nRequirements\n- A forklift certification, or you'll get "
                      "certified within 30 days of hire\n")
    assert certified.get("Forklift Certification") is True


def test_what_the_job_gives_is_still_no_ask() -> None:
    assert not _asks("HVAC Technician\n\nPerks\nYou get a take-home van and an iPad.\n\n"
                     "Why us\nOur techs get a Milwaukee tool set on day one.\n")
