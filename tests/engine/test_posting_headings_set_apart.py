"""Headings in a company's own words set apart by blank lines, over rewards or wishes
(Dec 6, precision10). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.sections import split_posting

# Every heading has a blank line under it, as pages copied from careers sites do.
_LAB = (
    "Lab Assistant\n\nWho we are\n\nPinecrest Diagnostics runs three reference labs in "
    "western Montana and processes 4,000 specimens a day for clinics and hospitals.\n\n"
    "What you'll do\n\n- Accession specimens in Sunquest and label tubes\n"
    "- Centrifuge and aliquot serum samples\n\n"
    "What you need\n\n- 1 year of lab or phlebotomy experience\n- Phlebotomy certification\n\n"
    "Extra credit for\n\n- Epic Beaker experience\n- Spanish\n\n"
    "How we look after you\n\n"
    "Pinecrest offers a pension plan, paid time off from your first day and free parking, "
    "and patience and a calm manner go a long way here.\n")


def _kind_of(text: str, opening: str) -> str:
    return next(u.kind for u in split_posting(text).units if u.text.startswith(opening))


def test_a_heading_with_a_blank_line_under_it_heads_what_follows() -> None:
    assert _kind_of(_LAB, "Epic Beaker") == "preferred"
    assert _kind_of(_LAB, "Pinecrest offers a pension") == "benefits"
    asks = {s.name: s.required for s in analyse_posting(_LAB).skills}
    assert asks.get("Spanish") is False  # a wish, no longer a requirement
    assert "Patience" not in asks  # said of the workplace among its rewards


def test_a_wish_worded_line_heads_the_preferred_asks() -> None:
    text = ("Line Cook\n\nAbout the kitchen\n\nWe are a 90-seat bistro in Duluth cooking "
            "from scratch every day of the week.\n\nThe job\n\nYou'll work the saute and "
            "grill stations, prep sauces and stocks, and break down fish.\n\n"
            "What you need\n\n- 2 years on a busy line\n- Food handler card\n\n"
            "Would make you stand out\n\n- Sous vide cooking\n- Butchery\n")
    asks = {s.name: s.required for s in analyse_posting(text).skills}
    assert _kind_of(text, "Sous vide") == "preferred"
    assert any(not req for name, req in asks.items() if "sous vide" in name.lower())


def test_short_lines_of_rewards_under_a_heading_of_their_own_are_benefits() -> None:
    text = ("Housekeeping Supervisor\nLakeview Lodge\n\nWhat you'll do\n"
            "- Inspect rooms and assign sections to 12 room attendants\n"
            "- Track linen par levels\n\nWhat you need\n- 2 years in hotel housekeeping\n\n"
            "Good to know\nFree shuttle from town\nStaff meals and discounted spa days\n"
            "Dental and vision\n")
    assert _kind_of(text, "Free shuttle") == "benefits"
    names = {s.name.lower() for s in analyse_posting(text).skills}
    assert not any("spa" in n or "meal" in n or "shuttle" in n for n in names)


def test_short_requirement_lines_under_a_heading_stay_asks() -> None:
    # The lines under a heading of the company's own words are no rewards: still asks.
    text = ("Warehouse Associate\nBlue Ridge Supply\n\nWhat you'll do\n"
            "- Pick and pack orders with an RF scanner\n\nWhat you need\n"
            "- 6 months in a warehouse\n\nAlso handy\nForklift certification\n"
            "Reach truck experience\nBasic Excel\n")
    names = {s.name for s in analyse_posting(text).skills}
    assert "Forklift Certification" in names or "Forklift Operation" in names


def test_clinical_lines_under_a_heading_of_its_own_words_are_no_rewards() -> None:
    # "Dental" and "medical" name the work here, not cover the job gives.
    text = ("Dental Assistant\nMaple Street Dental\n\nWhat you'll do\n- Seat patients and "
            "chart perio exams\n\nWhat you need\n- 1 year chairside\n\nChairside work\n"
            "Dental radiography certificate\nMedical history review\nDental sealants\n")
    split = split_posting(text)
    assert next(u.kind for u in split.units
                if u.text.startswith("Dental radiography")) != "benefits"


def test_a_block_of_cover_words_without_giving_is_no_rewards() -> None:
    # Review finding: words of cover name the work in a front office's requirements.
    text = ("Dental Front Office\n\nAbout us\n\nLakeview Dental is a four-doctor family "
            "practice in Ames caring for 6,000 patients.\n\nWhat you'll do\n\n- Check "
            "patients in and answer the phones\n\nOur front desk toolkit\n\nDentrix or "
            "Eaglesoft\nDental insurance verification\nMedical history review and charting"
            "\n\nBenefits\n\n- Health and 401(k)\n")
    names = {s.name for s in analyse_posting(text).skills}
    assert "Dentrix" in names and "Eaglesoft" in names
