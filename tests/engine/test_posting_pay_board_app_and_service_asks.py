"""A board's app and its "Jobs you might like", a one-paragraph posting's pay clause, a
check named with two agencies, and the everyday asks of a banquet floor, a territory
seller and a clinic said in their own words (Dec 7, asks20). Each test is
on text written for it, with a same-shaped line that stays an ask."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.chrome import is_chrome, opens_board_list
from tailor_app.tailoring.posting.context import rewards_or_applying


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


# --- the board's own words -----------------------------------------------------------

def test_the_boards_app_told_by_its_stores_is_chrome() -> None:
    assert is_chrome("Get the Shiftly app on the App Store and Google Play")
    assert is_chrome("Download our app for iOS and Android")
    # The job's own work with apps stays the posting's.
    assert not is_chrome("Publish release builds of our app to the App Store and Google Play")
    assert not is_chrome("Download our mobile app to clock in and see your schedule")


def test_jobs_you_might_like_opens_the_boards_list() -> None:
    assert opens_board_list("Jobs you might like")
    assert opens_board_list("Other jobs you may also like")
    assert not opens_board_list("Jobs you might like to do here include mentoring.")


_BOARD = """Dental Assistant
Maple Grove Family Dental - Boise, ID
Duties
Take digital X-rays and chart in Dentrix
Requirements
Idaho radiography certificate
Jobs you might like
Orthodontic Assistant - Bright Smiles Ortho - 2 days ago
Veterinary Technician - Boise Pet Hospital - 1 week ago
Get the Shiftly app on the App Store and Google Play
"""


def test_other_jobs_and_the_boards_app_ask_nothing() -> None:
    names = _names(_BOARD)
    assert "Dentrix" in names
    assert not any("Orthodont" in n or "Veterinar" in n or "Shiftly" in n for n in names)


# --- pay told in a paragraph ------------------------------------------------------------

def test_a_clause_that_opens_with_the_pay_gives() -> None:
    assert rewards_or_applying("Pay is $21/hour plus tips, free shift meals and a uniform "
                               "allowance")
    assert rewards_or_applying("We pay $30-38/hour plus spiffs and a take-home van.")
    assert rewards_or_applying("Starting wage is $19 with a weekly shift differential")
    # No figure, a demand, or a verb's sense: judged as usual.
    assert not rewards_or_applying("Pay attention to allergy flags on every ticket")
    assert not rewards_or_applying("We pay close attention to HACCP temperature logs")
    assert not rewards_or_applying("The role pays $52K plus commission and requires a CDL")
    # Digits that are no money (review20 A1).
    assert not rewards_or_applying("We pay close attention to 5S and OSHA 10 standards on "
                                   "every shift")


_PARAGRAPH = (
    "Banquet Server - Ridgeview Lodge, Bozeman, MT. You'll set rooms from each BEO and run "
    "plated and buffet service for groups of up to 300. We want a year of banquet "
    "experience and a food handler card. Pay is $17/hour plus a share of the 20% service "
    "charge, free meals on shift and discounted lodge stays for you and your family.")


def test_the_pay_clause_of_a_paragraph_posting_asks_nothing() -> None:
    names = _names(_PARAGRAPH)
    assert {"Plated Service", "Buffet Service"} <= names
    assert not any("meal" in n.lower() or "service charge" in n.lower()
                   or "lodge" in n.lower() for n in names)


# --- a check named with two agencies -------------------------------------------------------

def test_a_fingerprint_check_by_two_agencies_is_the_check() -> None:
    names = _names("Requirements\n- Current CPR card\n- Live Scan DOJ/FBI fingerprint "
                   "clearance before the first day\n")
    assert "Background Screening" in names
    assert not any(n.startswith(("DOJ", "FBI")) for n in names)


# --- the fields' own words ---------------------------------------------------------------

def test_wine_poured_at_the_table_is_wine_service_not_bartending() -> None:
    names = _names("Responsibilities\n- Pour wine service at head tables and fire courses "
                   "with the kitchen\n")
    assert {"Wine Service", "Course Timing"} <= names
    assert "Bartending" not in names
    # A bar's own pouring is still bartending.
    assert "Bartending" in _names("Responsibilities\n- Pour drinks and mix cocktails at "
                                  "the service bar\n")


def test_a_sellers_book_pipeline_and_bids() -> None:
    names = _names("What you'll do\n- Grow a book of 70 independent restaurant accounts\n"
                   "- Keep your pipeline current in Salesforce\n"
                   "- Write bids for county and city agencies\n")
    assert {"Account Management", "Pipeline Management", "Bidding"} <= names


def test_a_tb_test_is_asked() -> None:
    assert "TB Testing" in _names("Requirements\n- Negative TB test within the last year\n")


def test_another_jobs_listing_closes_with_its_age() -> None:
    from tailor_app.tailoring.posting.chrome import board_listing
    assert board_listing("Behavior Technician (Part-Time, Bilingual) — Elm Grove ABA "
                         "Center — 4 days ago")
    assert not board_listing("Report any fall that happened 3 days ago to the charge "
                             "nurse and to risk management before the end of the shift.")
    names = _names("Registered Behavior Technician\nDuties\nRun discrete trial training\n"
                   "Similar jobs\nSpeech-Language Pathology Assistant (Pediatrics) — "
                   "Northside Therapy Group — 4 days ago\n")
    assert not any("Speech" in n for n in names)


# --- a credential's grantor written before it ------------------------------------------------

def test_the_body_before_a_credential_is_no_second_ask() -> None:
    names = _names("Requirements\n- Lab assistant certification (NCCT MLA, ASCP PBT or "
                   "AMT RPT)\n- BLS ACLS\n")
    assert not {"NCCT", "AMT", "ASCP Certification"} & names
    assert {"Basic Life Support"} <= names


def test_body_before_credential_by_its_letters() -> None:
    from tailor_app.tailoring.posting.credential_bodies import body_before_credential
    text = "ASCP PBT or BLS ACLS"
    assert body_before_credential(text, 0, 4, "ASCP Certification", {5})
    assert body_before_credential(text, 0, 4, None, {5})
    # A credential of its own before another one, written without a comma, stays.
    assert not body_before_credential(text, 12, 15, "Basic Life Support", {16})
    # Nothing granted right after the letters.
    assert not body_before_credential("ASCP members", 0, 4, None, set())


# --- the spellings narrowed after review20 (A2-A5), each with its line -------------------------

def test_a_masons_coursing_and_a_teachers_course_pacing_are_no_server_timing() -> None:
    assert "Course Timing" not in _names("Responsibilities\n- Lay block and brick, keeping "
                                         "coursing level and joints tooled\n")
    assert "Course Timing" not in _names("Responsibilities\n- Monitor course pacing for 120 "
                                         "online students and contact families\n")


def test_a_book_fair_is_no_book_of_accounts() -> None:
    assert "Account Management" not in _names("Responsibilities\n- Plan and manage a book "
                                              "fair each spring\n")
    assert "Account Management" in _names("Responsibilities\n- Manage a book of 60 "
                                          "existing dealer accounts\n")


def test_taking_prints_is_the_work_not_a_check() -> None:
    assert "Background Screening" not in _names(
        "Responsibilities\n- Fingerprinting and evidence processing at crime scenes\n")


def test_a_tracking_pipeline_of_data_is_no_sales_pipeline() -> None:
    assert "Pipeline Management" not in _names(
        "Responsibilities\n- Own the event tracking pipeline from the mobile app to the "
        "warehouse\n")


# --- headings in the company's own voice -------------------------------------------------------

def _kinds(heading: str) -> list[str]:
    from tailor_app.tailoring.posting.sections import split_posting
    text = f"Prep Cook\n\n{heading}\n- Run the fryer station\n- Label and date every pan\n"
    return [s.kind for s in split_posting(text).sections if s.heading]


def test_company_voice_headings_name_their_section() -> None:
    assert _kinds("Extra points") == ["preferred"]
    assert _kinds("Things that will help") == ["preferred"]
    assert _kinds("It would be great if you also have") == ["preferred"]
    assert _kinds("What we expect") == ["requirements"]
    assert _kinds("Hard requirements") == ["requirements"]
    assert _kinds("You'll be great at this if") == ["requirements"]
    assert _kinds("The day-to-day") == ["responsibilities"]
    assert _kinds("A little about us") == ["about"]
    assert _kinds("The fine print") == ["legal"]
    # Lines of the same words that say something else stay lines.
    assert _kinds("Great at Excel") == []
    assert _kinds("Hard work pays off here") == []


def test_wishes_under_extra_points_are_preferred() -> None:
    skills = analyse_posting("Prep Cook\n\nWhat we expect\n- ServSafe Food Handler card\n"
                             "\nExtra points\n- Sous vide experience\n").skills
    by_name = {s.name: s.required for s in skills}
    assert by_name.get("ServSafe Food Handler") is True
    assert any(not req for name, req in by_name.items() if "Sous" in name)


# --- one list's plural wish speaks for every item ----------------------------------------------

def _required(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_a_plural_wish_closing_one_list_speaks_for_every_item() -> None:
    said = _required("Dental Assistant at Smile Co. We need a current radiography "
                     "certificate. Experience with Dentrix, training in CPI or Mandt, and "
                     "familiarity with Invisalign are a plus.")
    assert said["Radiography Certification"] is True
    assert said["Dentrix"] is False and said["CPI"] is False and said["Invisalign"] is False


def test_a_singular_wish_or_a_demand_before_the_joint_keeps_its_own() -> None:
    said = _required("Dental Assistant at Smile Co. Hold a current radiography certificate, "
                     "and experience with Dentrix or Eaglesoft would be a plus.")
    assert said["Radiography Certification"] is True and said["Dentrix"] is False
    said = _required("Dental Assistant at Smile Co. You need a radiography certificate and "
                     "Dentrix, and experience with CPI and Invisalign are a plus.")
    assert said["Dentrix"] is True and said["Invisalign"] is False
