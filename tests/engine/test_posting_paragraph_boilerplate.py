"""A posting written as one paragraph keeps its asks when it also holds boilerplate: an
equal-opportunity sentence at its end or a background check named in passing used to
make the whole paragraph boilerplate, and the report said there was nothing to match."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting

ONE_PARAGRAPH = (
    "Dental Hygienist (Part Time) Brightsmile Family Dental has cared for the town's "
    "smiles for 30 years. We are looking for a hygienist who will perform periodontal "
    "charting, scaling and root planing, take dental radiographs and chart every visit in "
    "Dentrix; you must hold a current state dental hygiene license and CPR certification, "
    "and experience with local anesthesia would be a plus. All offers depend on a "
    "background check. You will also teach patients home care and use an intraoral camera. "
    "We offer paid holidays and a 401(k). Brightsmile is an equal opportunity employer and "
    "considers all applicants without regard to race, religion or national origin."
)


def names(text: str) -> set[str]:
    return {s.name.casefold() for s in analyse_posting(text).skills}


def test_a_paragraph_closing_with_an_equal_opportunity_sentence_keeps_its_asks() -> None:
    found = names(ONE_PARAGRAPH)
    assert {"dentrix", "scaling and root planing"} <= found
    assert not {"religion", "race"} & found


def test_asks_after_a_background_check_sentence_are_still_read() -> None:
    found = names(ONE_PARAGRAPH)
    assert "intraoral camera" in found or "patient education" in found


def test_a_boilerplate_paragraph_alone_asks_nothing() -> None:
    text = ("Requirements\n- Dentrix\n\nBrightsmile is an equal opportunity employer. All "
            "qualified applicants receive consideration without regard to race, color, "
            "religion, sex, sexual orientation, gender identity, national origin, disability "
            "or protected veteran status. We provide reasonable accommodation to applicants "
            "with disabilities; contact our human resources team to request one.\n")
    assert names(text) == {"dentrix"}


def test_e_verify_is_a_duty_of_an_hr_job_and_boilerplate_only_as_the_employers_practice(
        ) -> None:
    text = ("What you'll do\nYou'll run new-hire onboarding and E-Verify, audit I-9s and "
            "administer leaves under FMLA.\n\nPay\n$30/hour. Northfield Farms is an "
            "equal opportunity employer and participates in E-Verify.\n")
    found = names(text)
    assert {"e-verify", "fmla"} <= found
    assert "affirmative action" not in found


def test_a_short_paragraph_names_its_wishes_beside_a_background_check() -> None:
    # Under 300 characters, such a paragraph was judged whole as one notice.
    text = ("Network Technician\n\nREQUIREMENTS\nThree years of network support.\n\n"
            "You must pass a background check. Experience with Cisco Meraki is a plus, "
            "as are CompTIA Network+ and a CCNA certification.\n")
    asked = {s.name: s.required for s in analyse_posting(text).skills}
    assert asked.get("CompTIA Network+") is False, asked
    assert "Cisco Meraki" in asked or "Meraki" in asked, asked


def test_a_short_notice_of_two_sentences_stays_a_notice() -> None:
    text = ("Requirements\n- Dentrix\n\nAll offers depend on a background check and a drug "
            "screen. Bring two forms of ID with your driver's license on your first day.\n")
    asked = {s.name for s in analyse_posting(text).skills}
    assert "Driver's License" not in asked, asked


def test_a_short_paragraph_of_duties_keeps_them_beside_a_drug_test_sentence() -> None:
    # The whole paragraph was read as one hiring notice, and the posting asked nothing.
    text = ("Specimen Collector\n\nYou will draw blood from outpatients and process the "
            "specimens for the courier. Candidates must pass a drug test.\n")
    found = names(text)
    assert {"phlebotomy", "specimen processing"} <= found, found


def test_collecting_drug_screens_is_a_duty_not_a_hiring_notice() -> None:
    text = ("Collection Site Technician\n\nYou will collect urine drug screens for "
            "employers and keep the chain of custody forms. Experience with drug test "
            "collections is a plus.\n")
    asked = {s.name.casefold(): s.required for s in analyse_posting(text).skills}
    assert "drug screen collection" in asked, asked
    assert "chain of custody" in asked, asked


def test_passing_a_drug_test_is_still_no_ask() -> None:
    text = ("Requirements\n- Forklift certification\n\nAll offers depend on passing a "
            "pre-employment drug test and a background check.\n")
    found = names(text)
    assert not any("drug" in name for name in found), found


def test_asks_in_the_same_sentence_as_a_background_check_are_read() -> None:
    # One sentence: the asks, then ", and you must pass …" (a one-paragraph posting's
    # requirements are often written so).
    text = ("Overnight Shelter Aide\n\nYou need a high school diploma, at least 2 years of "
            "experience in crisis intervention and a valid driver's license, and you must "
            "pass a state background check and fingerprinting.")
    analysis = analyse_posting(text)
    assert analysis.min_years == 2
    assert {"crisis intervention", "driver's license"} <= {
        s.name.casefold() for s in analysis.skills}


def test_an_ask_after_the_notice_clause_is_read_too() -> None:
    text = ("Bookkeeper\n\nAll offers are contingent on a background check; 3 years of "
            "experience with QuickBooks Online required.")
    analysis = analyse_posting(text)
    assert analysis.min_years == 3
    assert "quickbooks" in {s.name.casefold() for s in analysis.skills}


def test_a_sentence_of_notices_only_stays_a_notice() -> None:
    # Its clauses are all the hiring process, or too short to be asks of their own.
    for sentence in ("You must be authorized to work in the US, and you must pass a "
                     "background check and drug screen.",
                     "Must pass a background check, drug screen, and physical exam."):
        analysis = analyse_posting("Warehouse Associate\n\n" + sentence)
        assert analysis.skills == [] or not {"drug screen", "background check"} & {
            s.name.casefold() for s in analysis.skills}, sentence


# A recruiter's posting in one paragraph: the job runs the checks ("order background
# checks"), and a later sentence says a degree "is required". Judged whole, the paragraph
# read as one hiring notice (a check beside "required") and the posting asked nothing.
RECRUITER_PARAGRAPH = (
    "Recruiter - Tallgrass Senior Living\n"
    "Tallgrass Senior Living, which runs nine assisted living communities, is hiring a "
    "recruiter for caregiver and nursing roles. You will source candidates on Indeed, "
    "screen applicants by phone and schedule interviews; keep every candidate current in "
    "our applicant tracking system (Greenhouse); order background checks and reference "
    "checks for every hire; and report time-to-fill each week in Excel. We want two "
    "years of recruiting experience. A bachelor's degree in human resources is "
    "required, and SHRM-CP certification would be a plus. We offer medical, dental and a "
    "401(k) match.\n"
)


def test_a_one_paragraph_posting_whose_job_runs_the_checks_keeps_its_asks() -> None:
    analysis = analyse_posting(RECRUITER_PARAGRAPH)
    found = {s.name.casefold() for s in analysis.skills}
    assert {"greenhouse", "microsoft excel", "background screening", "recruiting"} <= found
    assert analysis.min_years == 2


def test_a_notice_sentence_in_such_a_paragraph_is_cut_off_and_the_asks_stay() -> None:
    # A guard (it passed before): the same shape in a school office, with a notice to
    # the candidate in the middle:
    # the notice is cut off, the duties and wishes around it stay asks.
    text = ("School Office Assistant\n"
            "Maple Hollow Elementary is hiring an office assistant to greet visitors, "
            "answer phones and enter attendance in PowerSchool; you will also run the "
            "school's volunteer background checks through Raptor. All offers are "
            "contingent upon passing a fingerprint background check. A high school diploma "
            "is required, and experience with Google Sheets would be a plus. The position "
            "pays $17 an hour.\n")
    analysis = analyse_posting(text)
    found = {s.name.casefold() for s in analysis.skills}
    assert "powerschool" in found
    assert "google sheets" in found
