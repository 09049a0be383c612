"""Words of a posting that name an owner, the employer's wares or what the employer
hands out, which are no asks. Texts are written for these tests.

Each was a false "missing" on a fresh posting: "Oregon's" read as a product from
"Oregon's early learning standards", "Dry van" from "Ridgeway is an asset-based
carrier running dry van freight" (the wish "an asset" read in "asset-based"), "Point
of Sale" from "the point-of-sale platform that 12,000 restaurants run on", "Vacuum
pumps" from "company provides power tools, vacuum pumps and a truck".
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.context import describes_company, names_products, offers
from tailor_app.tailoring.posting.names import product_names


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _names(text: str) -> list[str]:
    return [n for n, _a, _b in product_names(text, lambda a, b: True, set())]


def test_a_name_in_the_possessive_owns_the_thing_and_is_no_product() -> None:
    assert _names("Follow Idaho's early childhood standards and guidelines") == []
    assert _names("Demo BrightArc's imaging system to clinics") == []
    # The product's own name still reads: "the Trucker Path app".
    assert _names("Plan routes in the Trucker Path app") == ["Trucker Path"]


def test_a_describing_word_opening_with_a_wish_is_no_wish() -> None:
    """ "an asset-based carrier" tells what the employer is; "an asset" alone wishes."""
    assert describes_company("Kestrel is an asset-based carrier hauling flatbed freight "
                             "across Texas.")
    assert not describes_company("Kestrel TMS experience is an asset.")
    asked = _asked("Dispatcher\nKestrel Freight - Austin, TX\n\nKestrel is an asset-based "
                   "carrier hauling flatbed freight across Texas.\n\nRequirements\n"
                   "- 2 years of dispatch experience\n- Knowledge of hours of service\n")
    assert "Flatbed" not in asked
    assert "Hours of service" in asked


def test_a_platform_its_customers_run_on_is_the_employers_product() -> None:
    assert names_products("We make the scheduling platform that 900 clinics run on")
    assert not names_products("Our stack runs on AWS and Postgres")


def test_tools_the_company_or_employer_provides_are_given_not_asked() -> None:
    assert offers("the company provides ladders, lifts and meters")
    assert offers("We'll provide a laptop and a headset")
    assert offers("All testing equipment is furnished by the employer")
    assert not offers("Provide excellent service to every caller")
    asked = _asked("Plumber\n\nRequirements\n- Own basic hand tools; company provides "
                   "pipe threaders, press tools and a van\n- Valid driver's license\n")
    assert "Driver's License" in asked
    assert not any("Press" in name or "Thread" in name for name in asked)


def test_what_the_employer_will_train_you_on_is_given_not_asked() -> None:
    text = ("Inside Sales Rep\n\nRequirements\n- 1+ year of phone sales experience\n"
            "- No accounting background needed; we'll train you on QuickBooks Online\n")
    asked = _asked(text)
    assert not any("QuickBooks" in name for name in asked)
    # The job training others on a tool is its duty, and asks for the tool.
    text = ("Office Lead\n\nDuties\n- Train new staff on QuickBooks Online\n")
    assert "QuickBooks" in _asked(text)


def test_the_company_named_short_tells_its_own_story() -> None:
    """ "Dunmore Electric has wired ..." of "Dunmore Electric Company": the employer's
    story under its name cut short, no ask; a demand in its name is still one."""
    assert describes_company("Dunmore Electric has wired clinics, dairies and schools "
                             "since 1974.", "Dunmore Electric Company")
    assert not describes_company("Dunmore Electric requires a CDL for every tech.",
                                 "Dunmore Electric Company")
    text = ("Office Manager\nDunmore Electric Company - Erie, PA\n\nDunmore Electric has "
            "wired dairies, clinics and grain elevators across the county.\n\n"
            "Requirements\n- QuickBooks experience\n")
    asked = _asked(text)
    assert "QuickBooks" in asked
    assert not any("Dair" in name or "Grain" in name for name in asked)
