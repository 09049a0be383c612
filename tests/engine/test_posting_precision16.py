"""Words a posting says without asking them, third pass: the employer's past deeds and
its years told before them, the wares its customers run on, its buildings' credentials,
other workers' tools and an insurance agency's producers, and a credential named twice
by one phrase. Each was a false "missing" in the match report; each test keeps a real
ask of a similar sentence, so a rule that reads too much shows."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.context import describes_company, names_products


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_the_employers_years_and_past_deeds_are_its_story() -> None:
    assert describes_company("For 25 years we have welded trailers for dairy farms.")
    assert describes_company("For three decades, our crews have roofed churches.")
    assert describes_company("We've sold pumps and valves to water utilities since 1974.")
    assert describes_company("We have repaired transmissions for fleet owners in Akron.")
    # What the job needs, or a deed of the hire's, is no story.
    assert not describes_company("We have openings on the second shift.")
    assert not describes_company("We've added a line and need two machine operators.")
    assert not describes_company("For 2 years you will rotate through every department.")


def test_a_paragraph_opening_with_the_employers_deeds_asks_its_trade_of_nobody() -> None:
    asked = _asked(
        "Counter Sales Associate. For 30 years we have printed vinyl banners and yard "
        "signs for craft breweries, food trucks and youth leagues. You will answer phone "
        "orders, quote prices and enter orders in Epicor, and you should know Microsoft "
        "Excel.")
    assert {"Epicor", "Microsoft Excel"} <= asked
    assert not {"Craft breweries", "Food trucks", "Youth leagues"} & asked


def test_what_the_employers_customers_run_on_is_its_product() -> None:
    sentence = "Over 9,000 salons run on our booking app and card readers."
    assert describes_company(sentence)
    assert names_products(sentence)
    # Its own tools told the same way stay context: no "our" after the verb.
    assert not names_products("Our stack runs on AWS and Postgres.")


def test_the_employers_buildings_hold_their_own_credentials() -> None:
    found = analyse_posting(
        "Maintenance Supervisor\n\nAbout Cedarline\nOur townhome communities offer garages "
        "and a dog park, and four of our newest properties are LEED Gold certified.\n\n"
        "Requirements\n- EPA 608 certification\n- 3 years of multifamily maintenance "
        "experience\n")
    assert found.certifications == ["EPA Section 608 Certification"]
    stores = analyse_posting("Leasing Agent\n\nOur stores carry 4,000 products, and all of "
                             "our stores are Energy Star certified.\n")
    assert stores.certifications == []


def test_another_teams_tool_is_theirs() -> None:
    asked = _asked(
        "Outside Sales Representative\n\nOur design team works in Adobe Illustrator and "
        "our shop runs two laser engravers. You will visit schools and sports clubs, "
        "quote custom orders and log every visit in HubSpot.\n")
    assert "HubSpot" in asked
    assert "Adobe Illustrator" not in asked


def test_the_same_tool_in_the_hires_own_duty_stays_asked() -> None:
    asked = _asked(
        "Graphic Designer\n\nResponsibilities\n- Work in Adobe Illustrator to build "
        "logos and signage\n- Prepare print-ready files\n")
    assert "Adobe Illustrator" in asked


def test_an_agencys_producers_sell_and_the_hire_services_the_accounts() -> None:
    asked = _asked(
        "Personal Lines Account Manager\n\nYou will service about 900 households in "
        "partnership with our producers, who prospect and close new business. Issue "
        "auto ID cards, process endorsements and review renewals in Applied Epic.\n")
    assert "Applied Epic" in asked
    assert "Deal Closing" not in asked


def test_a_credential_named_by_its_letters_and_its_word_is_one_credential() -> None:
    asked = _asked(
        "Grade 2 Teacher\n\nQualifications\n- State teaching license\n- ESL endorsement "
        "preferred\n")
    assert "ESL Endorsement" in asked
    assert "ESL" not in asked
    # Two credentials written with one word each stay two.
    both = analyse_posting("Security Officer\n\nRequirements\n- Current CPR/AED "
                           "certification\n").certifications
    assert "AED" in both
