"""Words of the store floor, the banquet room and the showroom that other jobs use in
their own sense (review14 of recall14, Dec 6): "qualified customers" are those a lender
approves, an office sets up its own meeting rooms, a guard checks a visitor's ID, a
plumber caps a pipe, a paralegal checks the dates in a letter, a marketer prices a
product. None asks, or shows, the store's skill. Every text is written for the test.
"""

from __future__ import annotations

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _matched(resume: str, posting: str) -> set[str]:
    result = tailor(ResumeDocument.from_text(resume), posting)
    return {m.name for m in result.match_before.matched}


_ASSOCIATE = ("Dana Reyes\n\nExperience\nSales Associate — Best Buy (2021–present)\n"
              "- Sold TVs and sound bars; added protection plans for qualified customers on "
              "financing\n- Met 110% of monthly sales goal\n")


def test_customers_who_qualify_for_credit_ask_and_show_no_qualifying() -> None:
    posting = ("Furniture Sales Associate\nOakline Home – Columbus, OH\n\nResponsibilities\n"
               "- Help shoppers choose sofas, beds and dining sets\n- Offer 0% financing to "
               "qualified customers\n- Meet monthly sales goals\n\nRequirements\n"
               "- 1 year of retail sales\n")
    assert "Lead Qualification" not in _asked(posting)
    showroom = ("Showroom Sales Consultant\nMetro Ford\n\nDuties\n- Qualify walk-in customers "
                "and find the right vehicle\n- Follow up with leads in VinSolutions\n")
    assert "Lead Qualification" in _asked(showroom)
    assert "Lead Qualification" not in _matched(_ASSOCIATE, showroom)


def test_qualifying_buyers_for_a_rebate_is_no_sellers_qualifying() -> None:
    # Another field: a utility's rebate program.
    assert "Lead Qualification" not in _asked(
        "Energy Program Assistant\n\nDuties\n- Mail rebate checks to qualified buyers of "
        "heat pumps\n- Answer program questions by phone\n")


_ASSISTANT = ("Morgan Lee\n\nExperience\nExecutive Assistant — Buckeye Mutual (2019–present)\n"
              "- Set up meeting rooms for board meetings and ordered lunch\n"
              "- Kept the CEO's calendar and booked travel\n"
              "- Checked IDs of visitors at the front desk and issued badges\n")


def test_an_offices_meeting_rooms_are_no_banquet_setup() -> None:
    banquet = ("Banquet Captain\nThe Ashford Hotel – Columbus, OH\n\nResponsibilities\n"
               "- Lead banquet setup and event catering for weddings and conferences\n"
               "- Run the floor during plated and buffet service\n\nRequirements\n"
               "- 2 years of banquet experience\n")
    matched = _matched(_ASSISTANT, banquet)
    assert "Banquet Setup" not in matched and "Event Catering" not in matched
    office = ("Office Assistant\nHarper & Lane CPAs\n\nDuties\n- Answer phones and greet clients\n"
              "- Set up meeting rooms for client meetings\n- Proofread letters and check dates, "
              "names and figures before they go out\n")
    asked = _asked(office)
    assert "Banquet Setup" not in asked
    assert "Product date checks" not in asked


def test_a_libraries_study_rooms_are_no_banquet_setup() -> None:
    assert "Banquet Setup" not in _asked(
        "Library Aide\n\nDuties\n- Set up meeting rooms and study rooms for patrons\n"
        "- Shelve returned books\n")


def test_a_guards_id_check_is_no_age_verification() -> None:
    liquor = ("Cashier\nBuckeye Wine & Spirits – Columbus, OH\n\nDuties\n- Ring up sales and "
              "check ID for alcohol purchases\n- Stock shelves\n\nRequirements\n- 21 or older\n")
    assert "Age Verification" in _asked(liquor)
    assert "Age Verification" not in _matched(_ASSISTANT, liquor)
    guard = ("Security Officer\nAllied Guard Services\n\nDuties\n- Check ID of every visitor at "
             "the lobby desk and issue badges\n- Patrol the parking garage hourly\n")
    assert "Age Verification" not in _asked(guard)


def test_a_bank_tellers_id_check_is_no_age_verification() -> None:
    assert "Age Verification" not in _asked(
        "Bank Teller\n\nDuties\n- Check IDs before cashing checks\n- Balance your drawer\n")


def test_a_pipes_end_caps_are_no_store_display() -> None:
    plumbing = ("Plumbing Apprentice\nBlue Line Plumbing – Columbus, OH\n\nDuties\n- Cut and cap "
                "water lines; install end caps on PEX stubs before drywall\n- Carry tools and "
                "keep the van stocked\n\nRequirements\n- Driver's license\n")
    assert "Endcap displays" not in _asked(plumbing)
    merch = ("Retail Merchandiser\nCrown Merchandising\n\nDuties\n- Visual merchandising in "
             "grocery stores: set displays to planogram\n\nRequirements\n- Reliable car\n")
    helper = ("Sam Ortiz\n\nExperience\nPlumbing Helper — Flow Pro (2022–present)\n"
              "- Soldered end caps on copper stubs during rough-in\n- Carried pipe and fittings\n")
    assert "Visual Merchandising" not in _matched(helper, merch)


def test_a_fence_posts_end_caps_are_no_store_display() -> None:
    assert "Endcap displays" not in _asked(
        "Fence Installer\n\nDuties\n- Set posts in concrete and fit end caps on every post\n")


def test_a_paralegals_date_check_is_no_grocery_date_check() -> None:
    assert "Product date checks" not in _asked(
        "Paralegal\n\nDuties\n- Check dates and deadlines on every filing\n- Keep the docket\n")


def test_a_marketers_pricing_is_no_markdown() -> None:
    marketing = ("Product Marketing Associate\nTrailhead Outdoor Co. – Denver, CO\n\nDuties\n"
                 "- Research competitors to help price products for launch\n- Write product "
                 "pages and launch emails\n\nRequirements\n- 1-2 years in marketing\n")
    assert "Price Changes and Markdowns" not in _asked(marketing)


def test_an_estimators_pricing_is_no_markdown() -> None:
    assert "Price Changes and Markdowns" not in _asked(
        "Estimator\n\nDuties\n- Price product options for each bid and send quotes\n")
