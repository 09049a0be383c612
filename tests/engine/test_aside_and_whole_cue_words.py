"""An aside in brackets is as wished or as firm as the words it hangs on, and a cue
is a whole word: "needling" and "needles" say no need."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _strengths(posting: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(posting).skills}


@pytest.mark.parametrize(("posting", "skill"), [
    ("What we need:\n* Current BLS\n* Kinesio taping and dry needling exposure is a bonus "
     "(dry needling is PT-only in our clinics, so interest is enough)\n", "Dry Needling"),
    ("Requirements\n- Current CPR card\n- Phlebotomy is a plus (butterfly needles and "
     "Vacutainer systems)\n", "Butterfly needles"),
    ("Requirements\n- Valid driver's license\n- Experience with QuickBooks Online would be "
     "a big plus (our clients use Xero too)\n", "Xero"),
])
def test_an_aside_after_a_wish_is_wished(posting: str, skill: str) -> None:
    strengths = _strengths(posting)
    assert strengths[skill] is False


def test_an_aside_keeps_its_own_cue_and_a_firm_line_stays_firm() -> None:
    strengths = _strengths("Requirements\n- Salesforce is nice to have (HubSpot required)\n"
                           "- Valid CDL Class A (we pay for the Hazmat endorsement)\n")
    assert strengths["Salesforce"] is False
    assert strengths["HubSpot"] is True
    assert strengths["Hazmat Endorsement"] is True


def test_must_and_need_still_read_as_whole_words() -> None:
    strengths = _strengths("About you\nYou must hold a Class A CDL. You need forklift "
                           "experience; Excel is a plus.\n")
    assert strengths["Class A CDL"] is True
    assert strengths["Forklift Operation"] is True
    assert strengths["Microsoft Excel"] is False
