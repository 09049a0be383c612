"""A duty the posting tells in its own everyday words is listed to check, not "missing".

Measured on 130 hand-labelled pairs of earlier sessions, a "missing" claim for such a
phrase ("Pallet wrapping" from "Wrap and label mixed pallets …") was right 10 % of the
time: the resume usually said it otherwise ("Shrink-wrapped and labelled outbound
loads"). The report keeps the ask and lists it apart (skills/uncertain_gaps.py); a
vocabulary skill the posting names, a credential, a tool and anything asked in the
requirements keep their "missing". Text written for the test.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.uncertain_gaps import uncertain_gap

TODAY = date(2026, 12, 1)

POSTING = ("Dock Lead\nHarbor Freightways\n\nWhat you'll do\n"
           "- Audit inbound pallets before they go to the racks\n"
           "- Wrap and label mixed pallets for the afternoon trucks\n"
           "- Enter receipts in Microsoft Excel\n\n"
           "What you need\n- Forklift certification\n- 2+ years in a warehouse\n")
RESUME = ("Lee Grant\nlee.grant@example.com\n\nEXPERIENCE\n"
          "Dock Worker, Bayside Storage, Oakland, CA    2021 – Present\n"
          "- Checked every incoming pallet against the packing list\n"
          "- Shrink-wrapped and labelled outbound loads\n")


def test_duties_in_the_postings_words_are_listed_to_check_not_called_missing() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    report = result.match_before
    assert "Pallet wrapping" in report.unconfirmed
    assert "Pallet wrapping" not in report.missing
    # still an ask the analysis lists
    assert "Pallet wrapping" in {s.name for s in result.analysis.skills}
    # named tools and credentials the resume lacks are still missing
    assert "Microsoft Excel" in report.missing
    assert "Forklift Certification" in report.missing
    assert not set(report.unconfirmed) & set(report.missing)
    assert result.to_dict()["gaps"]["unconfirmed"] == report.unconfirmed


def test_a_duty_the_resume_shows_in_the_same_words_is_matched() -> None:
    resume = RESUME.replace("Shrink-wrapped and labelled outbound loads",
                            "Wrapped and labelled mixed pallets for outbound trucks")
    report = tailor(resume, POSTING, today=TODAY).match_before
    assert "Pallet wrapping" in {m.name for m in report.matched}
    assert "Pallet wrapping" not in report.unconfirmed


def mention(name: str, *, kind: str = "hard", section: str = "responsibilities",
            term: str = "") -> SkillMention:
    return SkillMention(name, kind, True, "a line of the posting", section, term)


def test_only_an_everyday_phrase_from_the_duties_is_uncertain() -> None:
    assert uncertain_gap(mention("Pallet wrapping"))
    assert uncertain_gap(mention("Shipping lane sweeping", section="other"))
    # asked in the requirements: a screen, so a gap there is claimed
    assert not uncertain_gap(mention("Pallet wrapping", section="requirements"))
    # the vocabulary's name as the posting wrote it
    assert not uncertain_gap(mention("Inventory control", term="inventory control"))
    # a proper name inside the phrase, one word, or not a hard skill
    assert not uncertain_gap(mention("NC Building Code"))
    assert not uncertain_gap(mention("Palletizing"))
    assert not uncertain_gap(mention("Reach truck", kind="tool"))
    assert not uncertain_gap(mention("Forklift certification", kind="certification"))


COOK = ("Pat Lane\npat@example.com\n\nEXPERIENCE\n"
        "Line Cook, Harbor Grill, Boston, MA    2021 – Present\n"
        "- Worked the grill and fry stations\n")


def test_a_duty_the_requirements_also_ask_keeps_its_missing() -> None:
    posting = ("Seafood Cook\nSalt House\n\nResponsibilities\n"
               "- Shuck oysters and fillet whole fish\n\n"
               "Requirements\n- Must be able to fillet whole fish\n")
    report = tailor(COOK, posting, today=TODAY).match_before
    assert "Fish butchery" in report.missing  # asked again where the job screens
    assert "Oyster shucking" in report.unconfirmed  # told only among the duties


def test_a_duty_a_line_demands_keeps_its_missing() -> None:
    posting = ("Seafood Cook at Salt House. You will shuck oysters for the raw bar. "
               "You must be able to fillet whole fish and portion it.\n")
    report = tailor(COOK, posting, today=TODAY).match_before
    assert "Fish butchery" in report.missing
    assert "Oyster shucking" in report.unconfirmed
