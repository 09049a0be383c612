"""Confidentiality as office workers tell it: information kept private, locked or to
oneself, or handled as confidential; never a door kept locked, another's privacy, a
goal or a lesson."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume

_POSTING = ("Office Coordinator\n\nRequirements\n- Confidentiality with employee records\n"
            "- Microsoft Excel\n")


def _shown(bullet: str) -> bool:
    resume = ("Casey Abara\ncasey.abara@example.com\n\nExperience\n"
              "Office Coordinator | Fenwick Roofing | 2020 - Present\n"
              f"- Order supplies and run payroll for 40 roofers\n- {bullet}\n")
    report = match_resume(parse_resume(resume), analyse_posting(_POSTING))
    return "Confidentiality" in {m.name for m in report.matched}


@pytest.mark.parametrize("bullet", [
    "Kept personnel files locked and confidential",
    "Keep client files private and shred old copies",
    "Keep personnel and board matters to myself",
    "Processed confidential payroll records every two weeks",
    "Kept patient PHI secure at the front window",
])
def test_information_kept_private_shows_confidentiality(bullet: str) -> None:
    assert _shown(bullet), bullet


@pytest.mark.parametrize("bullet", [
    "Kept the stockroom locked after hours",            # a door, no information
    "Students kept their journals private",             # another's deed
    "Goal: keep every personnel file confidential",     # a wish
    "Learned to keep client files private in a records course",  # a lesson
    "Filed the owner's contracts in the locked cabinet",       # filed, not kept private
    # The manager's deed, and a noun or an adverb taken for a verb.
    "My manager handled confidential closing files; I answered the phones",
    "Entered claims that typically confidential records staff had flagged",
])
def test_what_is_no_information_kept_by_the_writer_shows_none(bullet: str) -> None:
    assert not _shown(bullet), bullet
