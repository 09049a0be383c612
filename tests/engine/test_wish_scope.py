"""How far a wish reaches in a sentence of asks: "ideally in X" set off by commas narrows
the ask before it and no more; "Ideally," opening a sentence speaks for all of it; and
"..., and D is a plus" after a list closed by its own "and" speaks for D alone, while
"A, B, and C are a plus" and "A, B or C would be an advantage" still speak for the whole
list. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _kinds(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


PARAGRAPH = (
    "Copperfield Supply is hiring a Branch Sales Representative who will call on "
    "contractors and build quotes in Epicor; you should bring 3+ years of outside sales "
    "experience, ideally in building products, strong Excel skills, negotiation skills and "
    "a valid driver's license, and forklift certification is a plus.")


def test_an_aside_wish_and_a_closing_wish_leave_the_list_between_them_required() -> None:
    kinds = _kinds(PARAGRAPH)
    assert kinds.get("Building Materials") is False  # "ideally in building products"
    assert kinds.get("Forklift Certification") is False  # "and forklift ... is a plus"
    for name in ("Microsoft Excel", "Negotiation", "Driver's License", "Outside Sales"):
        assert kinds.get(name) is True, name


def test_a_wish_opening_the_sentence_speaks_for_all_of_it() -> None:
    kinds = _kinds("Field Technician\n\nQualifications\n- Ideally, experience with HubSpot, "
                   "Salesforce and Gong\n- Preferably, knowledge of Python and SQL\n")
    for name in ("HubSpot", "Salesforce", "Gong", "Python", "SQL"):
        assert kinds.get(name) is False, name


def test_a_list_whose_own_and_closes_before_the_wish_is_all_wished() -> None:
    kinds = _kinds("Behavior Technician\n\nAbout you\nYou are patient and kind. Experience "
                   "with Salesforce or HubSpot, Excel, and Spanish are a plus.\n")
    for name in ("Salesforce", "HubSpot", "Microsoft Excel", "Spanish"):
        assert kinds.get(name) is False, name
    kinds = _kinds("Coordinator\n\nAbout you\nYou plan well, and experience with Salesforce, "
                   "familiarity with Tableau, or Spanish would be an advantage.\n")
    for name in ("Salesforce", "Tableau", "Spanish"):
        assert kinds.get(name) is False, name


def test_an_asides_own_list_keeps_its_wish() -> None:
    """review17's A5: "ideally with Epic, Meditech or Cerner" wishes all three."""
    kinds = _kinds("Billing Specialist\n\nRequirements:\n- 2+ years of medical billing, ideally "
                   "with Epic, Meditech or Cerner\n- Strong Excel skills\n")
    for name in ("Epic", "Meditech", "Cerner"):
        assert kinds.get(name) is False, name
    kinds = _kinds("Billing Specialist\n\nWe need someone with 2+ years of medical billing "
                   "experience, ideally with Epic, Meditech or Cerner, and strong Excel skills.\n")
    for name in ("Epic", "Meditech", "Cerner"):
        assert kinds.get(name) is False, name
    assert kinds.get("Microsoft Excel") is True
    kinds = _kinds("Warehouse Lead\n\nRequirements:\n- 3+ years in a warehouse, preferably in "
                   "food distribution, cold storage or pharma\n- Forklift certification\n")
    for name in ("Food distribution", "Cold storage", "Pharma"):
        assert kinds.get(name) is False, name
    assert kinds.get("Forklift Certification") is True
