"""An ask of care for someone ("Patient care", "Resident care") is shown by the deed
the English way round, "cared for" them, with only a number or a plain word or two
between. Caring about someone, or taking care of a thing for them, shows nothing.
Texts written for these tests; asks given as the posting's analysis would read them."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, tsv_vocabulary

from tailor_app.tailoring.model import MatchReport

TSV = "Wound Care\thard\twound dressing\n"


def report(bullet: str, asked: str) -> MatchReport:
    return bullets_report([bullet], asks(asked), tsv_vocabulary(TSV),
                          role="Staff Nurse  2021 – Present\nLakeview Hospital, Duluth, MN",
                          name="Ines Moreau\nines.moreau@example.com")


@pytest.mark.parametrize(("bullet", "asked", "term"), [
    ("Cared for 5 to 6 post-op patients a shift", "Patient care",
     "Cared for 5 to 6 post-op patients"),
    ("Caring for 30 residents on the memory care hall", "Resident care",
     "Caring for 30 residents"),
    ("Cared for children ages 2 to 5 in a home daycare", "Child care", "Cared for children"),
])
def test_caring_for_them_is_their_care(bullet: str, asked: str, term: str) -> None:
    assert [m.resume_term for m in report(bullet, asked).matched] == [term]


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Took care of the billing for patients", "Patient care"),
    ("Cared deeply about residents and their families", "Resident care"),
    ("Cared for the unit's supply room", "Patient care"),
])
def test_other_care_shows_nothing(bullet: str, asked: str) -> None:
    assert report(bullet, asked).matched == []
