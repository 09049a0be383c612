"""Product, brand and equipment names no vocabulary holds are asks where the sentence
says they name a thing (posting/names.py), and capitalised places, verbs and hospital
wings are not."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def asks(*lines: str) -> dict[str, bool]:
    text = "Route Technician\n\nRequirements\n" + "".join(f"- {line}\n" for line in lines)
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_a_name_before_a_word_for_a_kind_of_product_is_an_ask() -> None:
    got = asks("Route loads with the Haulwise Planner app",
               "Velmora and Quist Torrent gearbox transmission experience",
               "Kelvane Frost reefer unit repair",
               "Chart visits in Pinewell EHR within a day")
    assert {"Haulwise Planner", "Velmora", "Quist Torrent", "Kelvane Frost",
            "Pinewell"} <= set(got)


def test_a_name_in_apposition_or_in_use_is_an_ask() -> None:
    got = asks("Support tellers and our core banking platform, Orvane Ledgerline",
               "Teach reading with the school's phonics curriculum, Sprout Letters",
               "Bill clients from our project system (we use Tallyhaus Core) each month",
               "Teach math using the Patterns in Number curriculum")
    assert {"Orvane Ledgerline", "Sprout Letters", "Tallyhaus Core",
            "Patterns in Number"} <= set(got)


def test_a_make_with_a_model_code_keeps_the_code() -> None:
    assert "QUARN TX-40" in asks("QUARN TX-40 engine experience would be an advantage")


def test_places_wings_and_the_lines_verb_are_no_names() -> None:
    got = asks("Float between the North Tower and West Wing units as needed",
               "Work at our Dallas equipment yard and the Plano shop",
               "Operate the forklift in the Reno warehouse",
               "Diesel engine experience")
    assert not {"North Tower", "West Wing", "Dallas", "Plano", "Reno", "Diesel"} & set(got)
    got = asks("Maintain Velmora and Quist equipment")
    assert "Maintain Velmora" not in got and "Velmora" in got


def test_the_employers_own_system_is_no_ask() -> None:
    a = analyse_posting("Halden Freight\nRequirements\n- Learn the Halden Freight app\n",
                        company="Halden Freight")
    assert not [s for s in a.skills if "Halden" in s.name]


def test_forms_are_read_in_the_plural_and_after_the_word_form() -> None:
    from tailor_app.tailoring.posting.terms import shape_terms

    found = {t.name for t in shape_terms(
        "Audit Q-7s, collect R-4s and file Form 318 and Form 2210-EZ each quarter.", [], set())}
    assert {"Q-7", "R-4", "Form 318", "Form 2210-EZ"} <= found
    assert not {t.name for t in shape_terms("Teach K-12 students in the 1990s", [], set())}
    found = {t.name for t in shape_terms(
        "Prepare 4077s at year end and file the 3321-QX and 1207-B forms", [], set())}
    assert {"4077", "3321-QX", "1207-B"} <= found
    found = {t.name for t in shape_terms(
        "Help prepare the quarterly 617 and QE 4 filings; process 500 forms a day", [], set())}
    assert {"617", "QE 4"} <= found and "500" not in found


def test_a_known_form_the_vocabulary_missed_in_the_plural_is_asked_by_its_name() -> None:
    """'collect W-9s': the vocabulary knows the W-9 but not the plural in the text; the
    shape reading asks it under the vocabulary's name. (The I-9's plural is the
    vocabulary's own spelling now, 'I-9s' on an HR resume.)"""
    assert "W-9" in asks("Run onboarding and collect W-9s from every new vendor")
    assert "I-9 Verification" in asks("Run onboarding and audit I-9s every quarter")


def test_names_listed_in_brackets_after_a_noun_are_asks_but_places_are_not() -> None:
    got = asks("Experience with vector stores (Quillion or Marrowdb) is a plus",
               "Work from our office (Stone Ridge) or the depot (Allentown, PA)",
               "This role is hybrid (Dallas or Reno)")
    assert {"Quillion", "Marrowdb"} <= set(got)
    assert not {"Stone Ridge", "Allentown", "Dallas", "Reno"} & set(got)


def test_a_brand_written_capitals_first_is_read_like_one_with_an_inner_capital() -> None:
    from tailor_app.tailoring.posting.terms import shape_terms

    found = {t.name for t in shape_terms(
        "Track cases in QRSZoom and report in TOPSpro Enterprise; fix PCs and URLs", [], set())}
    assert {"QRSZoom", "TOPSpro Enterprise"} <= found
    assert "PCs" not in found


def test_a_name_may_stand_two_plain_words_before_its_kind_and_after_a_duty_verb() -> None:
    got = asks("Program Velmora Quist and Orvane Deskline building automation systems")
    assert {"Velmora Quist", "Orvane Deskline"} <= set(got)
    assert not any(name.startswith("Program") for name in got)


def test_organisations_in_brackets_and_the_end_of_a_longer_name_are_no_asks() -> None:
    got = asks("Precept graduates through our residency program (Quorvia/AACX)",
               "Follow Dakota Department of Health and Joint Commission standards")
    assert "Quorvia" not in got and "Health" not in got


def test_a_products_spelled_out_name_with_its_acronym_wins_over_a_piece_of_it() -> None:
    """'Quorin Client Care & Invoicing (CC&I)' is a product: the vocabulary reading
    'Client Care' inside it does not split it; the maker's name before it belongs to it."""
    from tailor_app.tailoring.posting.terms import shape_terms

    text = "Work in several systems, including Quorin Client Care & Invoicing (CC&I) daily"
    inside = text.index("Client Care")
    found = {t.name for t in shape_terms(text, [(inside, inside + 11)], set())}
    assert "Quorin Client Care & Invoicing" in found
    assert "Invoicing" not in found
