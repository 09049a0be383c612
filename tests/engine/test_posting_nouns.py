"""Short lower-case noun phrases read from a posting's demand lines (posting/nouns.py)."""

from __future__ import annotations

from phrase_probe import phrase_term

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.duties import VerbTerm
from tailor_app.tailoring.posting.nouns import noun_terms


def names(text: str, *, free: bool = False, avoid: set[str] | None = None,
          verbs: frozenset[str] = frozenset()) -> list[str]:
    # A duty's verb by its noun (``VerbTerm``) is only a candidate here: the analysis
    # keeps it where the vocabulary holds the noun (test_posting_duty_verbs.py).
    return [t.name for t in noun_terms(text, [], avoid or set(), free=free, verbs=verbs)
            if not isinstance(t, VerbTerm)]


def test_objects_of_a_cue_and_the_list_it_opens() -> None:
    found = names("Hands-on experience with model registries, experiment tracking and "
                  "feature stores is expected.")
    assert found == ["Model registries", "Experiment tracking", "Feature stores"]


def test_one_word_counts_only_as_a_cue_object() -> None:
    assert names("Working knowledge of underwriting.") == ["Underwriting"]
    assert names("We review underwriting weekly.") == []


def test_items_of_a_list_in_prose() -> None:
    found = names("Each night you will count inventory, reconcile vendor statements, "
                  "update rent rolls and close the register.", verbs=frozenset({"updat"}))
    assert "Vendor statements" in found and "Rent rolls" in found


def test_a_bullet_that_is_one_phrase() -> None:
    assert names("Tiered huddles", free=True) == ["Tiered huddles"]
    # The same words inside a longer line of prose are not read on their own.
    assert names("Lead tiered huddles with the night crew", free=False) == []


def test_boilerplate_people_and_places_are_no_asks() -> None:
    assert names("Experience in a fast-paced environment and the ability to work with "
                 "our team.") == []
    assert names("Experience with laundry staff, hiring managers and room attendants.") == []
    assert names("Our luxury hotel, spa, restaurants and event space.") == []
    # A place is an ask only when a cue names it: "experience in a law firm".
    assert names("Experience in a law firm or medical office.") == ["Law firm",
                                                                   "Medical office"]


def test_the_title_and_company_words_are_no_asks() -> None:
    assert names("Experience with restaurant management, wine service, menu design.",
                 avoid={"restaurant", "management"}) == ["Wine service", "Menu design"]


def test_a_duty_verb_is_cut_from_its_object() -> None:
    found = [t.name for t in noun_terms(
        "Inspect guest rooms, replace water heaters, rebuild faucets and clear drains.",
        [], set(), free=False, verbs=frozenset({"inspect", "replac", "rebuild"}))]
    assert "Water heaters" in found and "Guest rooms" in found


def test_analysis_reads_noun_phrases_in_requirements_only() -> None:
    a = analyse_posting(
        "Staff Accountant\n\nAbout us\nWe love tiered huddles, rent rolls and cap rates.\n\n"
        "Requirements\n- Experience with three-way match and lien waivers\n"
        "- 2+ years in accounts payable\n")
    found = {s.name.lower() for s in a.skills}  # read by shape, or named by the vocabulary
    assert {"three-way match", "lien management"} <= found  # lien waivers: the vocabulary's
    assert not {"tiered huddles", "rent rolls", "cap rates"} & found


def test_a_read_phrase_is_shown_by_other_forms_of_its_words() -> None:
    shown = phrase_term
    assert shown("Month-end reports", "Prepared month-end reporting for 3 sites") == \
        "month-end reporting"
    assert shown("Vendor statements", "Reconciled statements from vendors weekly") == \
        "statements from vendors"
    # The words far apart, or split by a comma, show nothing.
    assert shown("Vendor statements", "Paid vendors on time; filed bank statements") is None
    assert shown("Rent rolls", "Collected rent, rolls of film") is None


def test_a_cue_may_name_a_method_or_a_code_by_its_capitalised_name() -> None:
    found = names("Experience with the Pyramid Model or Conscious Discipline is a plus.")
    assert found == ["Pyramid Model", "Conscious Discipline"]
    assert names("Working knowledge of the Texas Rules of Civil Procedure.") == [
        "Texas Rules of Civil Procedure"]
    # A name written on with a slash is another reading's ("EtherNet/IP").
    assert names("Experience with Ethernet/IP networks.") == []


def test_a_bracket_inside_a_list_does_not_end_it() -> None:
    found = names("Each day you will repair leaks, replace water heaters (tank and "
                  "tankless), rebuild faucets and toilets, and clear floor drains.",
                  verbs=frozenset({"replac", "rebuild", "repair", "clear"}))
    assert {"Water heaters", "Floor drains"} <= set(found)


def test_a_list_closing_a_longer_clause_names_its_things() -> None:
    # Clauses joined by commas: the list of things is the items after the last long one.
    found = names("Each morning you will open the bays and check the delivery log against "
                  "the purchase orders, then assist the lead mechanic on brake repairs, wheel "
                  "alignments and tire rotations.")
    assert {"Brake repairs", "Wheel alignments", "Tire rotations"} <= set(found)
    assert not any("delivery" in n.lower() or "purchase" in n.lower() for n in found)
    # A company's story told the same way ("…, and Platforms, building and running
    # shared services") is a list of what units do, not of things asked.
    assert names("Our teams span many offices, each with its own leadership and budget, "
                 "Partnerships, advising other departments, and Platforms, building and "
                 "running shared services.") == []


def test_a_verb_and_its_one_word_object_is_a_duty_not_a_name() -> None:
    found = names("You will greet visitors, stock shelves and answer phones.",
                  verbs=frozenset({"stock"}))
    assert not any(n.lower().startswith("stock") for n in found)
    found = names("Each night you will sort and file invoices, count and seal deposit bags.",
                  verbs=frozenset({"count"}))
    assert not any(n.lower().startswith(("file", "seal")) for n in found), found
    assert "Deposit bags" in found
    # A noun before "and" shares no verb: "schematics and wiring diagrams".
    assert "Wiring diagrams" in names("Read schematics, blueprints and wiring diagrams.",
                                      verbs=frozenset({"blueprint"}))


def test_a_list_of_long_duties_names_each_duty_object() -> None:
    found = names("You will patch drywall, sand and refinish oak cabinets in occupied "
                  "homes before the owners return, install baseboard trim and replace door "
                  "hardware where the old finish has worn through.",
                  verbs=frozenset({"patch", "sand", "install", "replac"}))
    assert {"Oak cabinets", "Baseboard trim", "Door hardware"} <= set(found)
    assert not any(n.lower().startswith(("patch", "refinish", "install", "sand")) for n in found)


def test_one_word_activities_in_a_list_of_things() -> None:
    found = names("Rotate across the kitchen stations on prepping, plating, expediting "
                  "and dishwashing.")
    assert {"Plating", "Expediting", "Dishwashing"} <= set(found)
    # Plain plurals stay unread without a cue, and kinds of people are no activities.
    assert names("Schedule visits, deliveries and contractor walkthroughs.") == \
        ["Contractor walkthroughs"]
    assert names("Present results to HR, operations and finance leaders.") == []


def test_a_cue_written_after_its_object() -> None:
    # "X experience" asks for X as "experience in X" does, and so does each item
    # joined to it.
    assert names("Fleet dispatch background would be a bonus.") == ["Fleet dispatch"]
    assert names("Pallet racking or cold storage experience is a plus.") == [
        "Pallet racking", "Cold storage"]
    assert names("Drywall finishing experience preferred.") == ["Drywall finishing"]


def test_the_field_of_a_count_of_years_is_no_such_ask() -> None:
    # "N years of X experience" names the role's line of work (the years' field).
    assert names("At least 4 years of commercial roofing experience.") == []
    assert names("5+ yrs industrial boiler experience required.") == []


def test_a_tail_cue_reads_no_name_and_no_grading_word() -> None:
    # The last word of a name, and "equivalent", are no asks.
    assert names("Harbor Freight Partners standards experience preferred.") == []
    assert names("A diploma in welding or equivalent experience.") == []


def test_a_later_item_keeps_its_own_words() -> None:
    # "Python for analysis" is Python and what it is for, not an item "analysis".
    text = "Use SolidWorks Simulation, MATLAB or Python for analysis"
    taken = [(text.index(w), text.index(w) + len(w))
             for w in ("SolidWorks Simulation", "MATLAB", "Python")]
    assert "Analysis" not in [t.name for t in noun_terms(text, taken, set(), free=False)]


def test_how_a_posting_ranks_an_ask_is_no_ask() -> None:
    """"Would be an advantage", "an asset": the words of a preference, once the skills
    around them are read, are left over but name nothing."""
    for line in ("Experience with manual therapy techniques such as soft tissue mobilization "
                 "would be an advantage, as would Kinesio taping, and Spanish skills.",
                 "Experience with manual therapy techniques such as soft tissue mobilization "
                 "is an asset, as is Kinesio taping, and Spanish skills."):
        asked = {s.name for s in analyse_posting(f"Requirements\n- {line}").skills}
        assert "Kinesio Taping" in asked
        assert not asked & {"Advantage", "Asset"}, asked


def test_one_word_every_trade_gives_is_no_ask() -> None:
    # "setup, service and breakdown": a banquet's steps; "service" alone names no skill.
    asked = {s.name for s in analyse_posting(
        "Banquet Captain\n\nDuties\n- Lead servers through setup, service and breakdown "
        "of weddings\n").skills}
    assert "Service" not in asked
    assert names("Working knowledge of permitting and service.") == ["Permitting"]


def test_the_people_a_duty_is_done_with_are_no_ask() -> None:
    """ "Partner with department heads", "meet with school principals": the people."""
    asked = {s.name for s in analyse_posting(
        "HR Generalist\n\nWhat you'll do\n- Partner with department heads on hiring and "
        "onboarding\n- Meet monthly with school principals and team coordinators\n").skills}
    assert not asked & {"Department heads", "School principals", "Team coordinators"}, asked
    assert "Onboarding" in asked
