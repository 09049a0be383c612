"""Words a posting says of the employer's own people, and other non-asks found on fresh
postings in admin, logistics, sales, teaching, construction and the trades (Dec 5,
precision5). Each test is on text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_our_crews_and_vendors_are_the_employers_people() -> None:
    # "our landscaping vendor", "our welding and machining crews", "our landscaping
    # crew": people already there, named by their trade; the job is not asked the trade.
    office = _names("Office Manager\n\nResponsibilities\n"
                    "- Coordinate with our landscaping vendor on snow removal\n"
                    "- Order parts for our welding and machining crews\n"
                    "- Process invoices in QuickBooks\n")
    assert "QuickBooks" in office
    assert not office & {"Landscaping", "Welding", "Machining"}
    lead = _names("Site Lead\n\nDuties\n- Lead our landscaping crew on commercial accounts\n"
                  "- Run payroll for 40 staff in ADP\n- Perform drywall repair and welding\n")
    assert {"Payroll", "Drywall", "Welding"} <= lead
    assert "Landscaping" not in lead


def test_a_word_that_grades_a_phrase_is_no_part_of_its_name() -> None:
    # "minor", "busy", "impeccable": how much or how well, never what is asked.
    names = _names("Facilities Assistant\n\nDuties\n- Make minor drywall patches and "
                   "touch-up painting\n- Keep minor equipment logs current\n\n"
                   "Requirements\n- Data entry, filing and meticulous recordkeeping\n"
                   "- Excellent spoken English, written communication and impeccable "
                   "discretion\n")
    assert {"Drywall", "Filing", "Equipment logs"} <= names
    assert not {n for n in names if n.split()[0].lower() in (
        "minor", "meticulous", "impeccable")}


def test_a_name_joined_by_a_plus_is_the_employer() -> None:
    # "Fernway Garden + Stone" under the title names the employer as "&" would, and the
    # sentence it opens is its story: the patios and walls it is known for ask nothing.
    text = ("Landscape Crew Lead\nFernway Garden + Stone\nBoulder, CO\n\n"
            "Fernway Garden + Stone is a design-build landscape firm known for flagstone "
            "patios, dry-laid stone walls and native prairie plantings.\n\n"
            "What you'll do\n* Lead a three-person crew on hardscape installs\n"
            "* Operate a skid steer and plate compactor\n")
    analysis = analyse_posting(text)
    assert analysis.company == "Fernway Garden + Stone"
    names = {s.name for s in analysis.skills}
    assert "Skid Steer" in names
    assert not {n for n in names if "patio" in n.lower() or "wall" in n.lower()
                or n == "Design-build"}


def test_a_word_before_its_own_noun_is_no_object_of_the_verb() -> None:
    # Past "and", "project" in "project reviews" describes the reviews: the verb "plan"
    # does not act on it, so no Project Planning; "administer injections and vaccines"
    # still names both.
    names = _names("Coordinator\n\nDuties\n- Plan the holiday party and project reviews\n"
                   "- Give test drives and product walkarounds\n"
                   "- Coordinate client meetings and travel for the team\n")
    assert "Project Planning" not in names
    assert "Product testing" not in names
    assert "Travel Arrangements" in names
    # Two describing words sharing the noun leave the verb acting on both.
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    deeds = load_vocabulary().deeds("Answer walk-in and phone inquiries", lists=True)
    assert "Phone Support" in {h.skill.name for h in deeds}


def test_a_verb_opening_a_list_of_things_is_no_part_of_its_first_item() -> None:
    # "Install housewrap, J-channel, …": the verb governs the list; after a colon a
    # plain noun opens it ("filter changes").
    names = _names("Siding Installer\n\nDuties\n- Install housewrap, J-channel, starter "
                   "strip and soffit panels\n- Perform routine upkeep: filter changes, "
                   "belt replacement and lubrication\n")
    assert {"Starter strip", "Soffits", "Filter changes", "Belt replacement"} <= names
    assert "Install housewrap" not in names


def test_how_often_is_no_part_of_a_phrase() -> None:
    names = _names("Siding Installer\n\nDuties\n- Meet with each homeowner twice during "
                   "the job\n- Hold site walkthroughs once a week\n")
    assert not {n for n in names if n.lower().endswith(("twice", "once"))}


def test_trades_listed_after_vendors_are_theirs() -> None:
    # "vendors (landscaping, snow removal, window washing)": whom the job schedules.
    names = _names("Property Coordinator\n\nDuties\n- Schedule outside vendors "
                   "(landscaping, snow removal, window washing) for all sites\n"
                   "- Perform drywall patching between tenants\n")
    assert "Drywall" in names
    assert not names & {"Landscaping", "Snow Removal"}
