"""The parts a duty of fixing works on are asked, plain words too.

"Replace and adjust bearings, couplings, belts and chains" asked nothing: a list of
one-word plurals stays unread without a cue, since "lift boxes, bags and totes" names
goods handled, not skills. A list that verbs of working on equipment govern (replace,
repair, rebuild, install, align, adjust, service, ...; "Replacement of") names the
trade's parts and machines: each item is asked, one to three plain words cut at a small
word, never a person, a setting or a generic word ("parts, tools and supplies"). The
verb must open the duty: "customer service with all partners, ..." is a noun mid-line.
A pasted line run on without its break ("... hydraulic systems Replace bearings, belts
and chains") opens its duty at the capital. Texts written for these tests, in several
trades (Dec 8, asks28).
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_packaging_mechanic_is_asked_each_part_replaced() -> None:
    found = asks("Packaging Line Mechanic\n\nWhat you'll do:\n"
                 "- Replace and adjust sprockets, idlers, belts and chains on the cartoners\n"
                 "- Keep the PM schedule in the CMMS")
    assert {"Idlers", "Belts", "Chains"} <= set(found)


def test_a_slash_pair_of_verbs_governs_its_list() -> None:
    found = asks("Mill Mechanic\n\nDuties\n"
                 "- Replace/repair gaskets, seals and mechanical drives.\n")
    assert {"Seals", "Mechanical drives"} <= set(found)


def test_an_electricians_replacement_of_gear_asks_each_piece() -> None:
    found = asks("Service Electrician\n\nResponsibilities\n"
                 "- Replacement of panelboards, breakers and disconnects in older plants\n")
    assert {"Breakers", "Disconnects"} <= set(found)


def test_a_colon_after_the_fixing_clause_hands_it_the_list() -> None:
    found = asks("Inside Wireman\n\nDuties\n- Install and terminate power distribution: "
                 "panels, switchgear, transformers and feeders in new schools\n")
    assert "Feeders" in found
    assert not any("schools" in name.lower() for name in found)


def test_a_line_run_on_in_a_paste_opens_at_its_capital() -> None:
    found = asks("Maintenance Technician II\n\nWhat you will do\n"
                 "Troubleshoot conveyors and palletizers on both lines\n"
                 "Replace couplings, belts, chains and gearboxes\n"
                 "Log every job in the CMMS\n")
    assert {"Couplings", "Belts", "Chains"} <= set(found)


def test_goods_handled_and_generic_things_are_no_parts() -> None:
    found = asks("Stock Associate\n\nDuties\n- Restock shelves, coolers and displays\n"
                 "- Replace parts, tools and supplies as needed\n")
    assert not {"Coolers", "Displays", "Parts", "Tools", "Supplies"} & set(found)


def test_a_fixing_word_mid_sentence_opens_no_duty() -> None:
    found = asks("Client Success Associate\n\nWhat you'll do\n"
                 "- Give great customer service with all partners, callers, and vendors "
                 "every day\n")
    assert not {"Callers", "Vendors"} & set(found)


def test_verbs_with_a_business_sense_alone_fix_nothing() -> None:
    # review28 A2: "service", "align", "install" alone also serve accounts and tables.
    found = asks("Route Sales Representative\n\nResponsibilities\n"
                 "- Service key accounts, renewals and referrals across the territory\n"
                 "- Align budgets, staffing and priorities with the regional plan\n")
    assert not {"Renewals", "Referrals", "Budgets", "Priorities"} & set(found)
    found = asks("Server\n\nResponsibilities\n- Service tables, booths and the patio during lunch\n"
                 "- Run food and drinks\n")
    assert not {"Tables", "Booths"} & set(found)
