"""What a posting says the job is not, what other people of the employer do, and what
the job gives: none of it is asked of the hire.

Found on fresh postings in admin, teaching, logistics and sales: "This is not a billing
role; our billing team handles insurance claims" asked Insurance claims of a
receptionist; "You won't be managing grants or doing fundraising yourself, and there is
no bookkeeping" asked all three of an executive assistant; "You will not teach the dual
language strand" asked Dual language; "our drivers run … Thermo King reefers, Samsara
ELDs and dash cams" asked the carrier's equipment of a dispatcher, once the paragraph's
first sentence was its title; "a paid CDL training program if you ever want to drive"
asked a CDL. Each test is on text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _lower(text: str) -> set[str]:
    return {n.lower() for n in _names(text)}


def _posting(*lines: str) -> str:
    return "Office Coordinator\nLarkspur Realty\n\nRequirements\n- Microsoft Excel\n" + \
        "".join(f"- {line}\n" for line in lines)


def test_what_the_reader_will_not_do_is_no_ask() -> None:
    for line in ("You won't be running payroll or doing bookkeeping.",
                 "You will not process payroll, and there is no bookkeeping.",
                 "You do not need payroll or bookkeeping experience.",
                 "This role does not include payroll or bookkeeping."):
        low = _lower(_posting(line))
        assert "payroll" not in low and "bookkeeping" not in low, line
        assert "microsoft excel" in low


def test_a_turn_back_to_the_job_is_asked_again() -> None:
    low = _lower(_posting("You won't run payroll, but you will handle accounts payable "
                          "in QuickBooks."))
    assert "payroll" not in low
    assert {"accounts payable", "quickbooks"} <= low


def test_praise_told_with_a_negation_still_asks() -> None:
    low = _lower("Account Executive\nTallgrass Telecom\n\nRequirements\n"
                 "- You don't shy away from cold calling\n"
                 "- You're not afraid of Salesforce reports\n"
                 "- You never miss a follow-up in Salesforce\n")
    assert {"cold calling", "salesforce"} <= low


def test_not_a_kind_of_role_and_there_is_no() -> None:
    low = _lower(_posting("This is not a payroll position: the office has 12 people.",
                          "There is no bookkeeping in this job."))
    assert "payroll" not in low and "bookkeeping" not in low
    # "not just a …" says it is one.
    low = _lower(_posting("This is not just a payroll job, it is the whole back office."))
    assert "payroll" in low


def test_a_clause_that_leaves_the_work_out_of_the_role() -> None:
    low = _lower(_posting("Payroll is not part of this role.", "Bookkeeping isn't required."))
    assert "payroll" not in low and "bookkeeping" not in low
    # A wish beside the waiver is still a wish.
    text = _posting("QuickBooks is helpful but not required.")
    mentions = {s.name.lower(): s for s in analyse_posting(text).skills}
    assert "quickbooks" in mentions and not mentions["quickbooks"].required


def test_a_heading_of_what_the_job_is_not() -> None:
    text = ("Office Coordinator\nLarkspur Realty\n\nWhat this job isn't\n- Payroll\n"
            "- Bookkeeping\n\nWhat you'll do\n- Keep the listings binder in Excel\n")
    low = _lower(text)
    assert "payroll" not in low and "bookkeeping" not in low
    assert "microsoft excel" in low


def test_what_other_people_of_the_employer_do_is_theirs() -> None:
    text = ("Patient Coordinator\nWillow Creek Eye Care\n\nDuties\n"
            "- Schedule exams in Epic\n"
            "- Our billing office handles insurance claims and collections.\n"
            "- The optical lab staff does frame adjustments.\n")
    low = _lower(text)
    assert "epic" in low
    assert not {n for n in low if "claim" in n or "collection" in n or "frame" in n}


def test_the_jobs_own_people_and_a_bare_team_keep_their_work() -> None:
    # The title names them: their work is the job's.
    own = ("Billing Specialist\nWillow Creek Eye Care\n\nDuties\n"
           "- Our billing team handles insurance claims for 9 doctors.\n")
    assert any("claim" in n for n in _lower(own))
    # "our team" alone may be the hire's own team.
    bare = ("Claims Processor\nWillow Creek Eye Care\n\nDuties\n"
            "- Our team handles insurance claims for 9 doctors.\n")
    assert any("claim" in n for n in _lower(bare))


def test_a_one_paragraph_story_after_the_title_sentence() -> None:
    text = ("Load Planner — Copper Canyon Transport, Tucson, AZ. Copper Canyon is a "
            "90-truck flatbed carrier hauling steel across the Southwest; our drivers run "
            "Kenworth T680s with Omnitracs units and Bendix collision systems. We need a "
            "load planner who can plan loads in TMW and keep drivers within their hours "
            "of service.")
    low = _lower(text)
    assert "tmw" in low or any("tmw" in n for n in low)
    assert not {n for n in low if "omnitracs" in n or "bendix" in n or "kenworth" in n}


def test_a_credential_the_job_gives_is_no_ask() -> None:
    text = ("Fleet Coordinator - Keystone Freight, Easton PA. Keystone is a 200-truck reefer "
            "carrier. We need a fleet coordinator who can dispatch drivers, track trucks on "
            "the Motive ELD map, check hours of service, schedule DOT inspections and "
            "preventive maintenance, and log reefer temperatures. You need 1+ year of "
            "dispatch experience and working knowledge of FMCSA rules. Pay $24/hr with a "
            "night differential, health insurance, and a paid CDL training program if you "
            "ever want to drive.")
    analysis = analyse_posting(text)
    assert not [c for c in analysis.certifications if "CDL" in c or "Commercial" in c]
    assert "FMCSA" in {s.name for s in analysis.skills}
    asked = ("Yard Jockey\n\nRequirements\n- Class A CDL\n- Clean driving record\n\n"
             "Benefits\n- Health insurance\n")
    assert any("CDL" in c for c in analyse_posting(asked).certifications)


def test_a_state_told_before_the_kept_thing_is_no_ask() -> None:
    text = ("Kindergarten Teacher, Oak Knoll Elementary (Medford, OR). We are looking for a "
            "teacher who will teach phonics with UFLI Foundations, keep a calm classroom "
            "with clear routines, and send families weekly notes on Seesaw.")
    low = _lower(text)
    assert {"phonics", "ufli foundations", "seesaw"} <= low
    assert not {n for n in low if "calm" in n}
    # A word that may open a skill's name is left alone: "clean room", "Safe Sleep".
    lab = ("Cleanroom Technician\n\nRequirements\n- Experience with clean room "
           "gowning and particle counts\n")
    assert any("clean" in n for n in _lower(lab))


def test_a_count_of_schooling_and_a_tests_mark_are_no_asks() -> None:
    text = ("Instructional Assistant\n\nQualifications\n- Any one of: an AA degree, 60 "
            "college credits, or a passing score on the ParaPro assessment\n"
            "- Log reading data in Lexia\n")
    low = _lower(text)
    assert {"parapro assessment", "lexia"} <= low
    assert not {n for n in low if "credit" in n or "score" in n}


def test_a_credential_the_employers_people_hold_is_no_ask() -> None:
    text = ("Leasing Assistant\nMaple Court Apartments\n\nAbout us\nWe manage 900 homes in "
            "Boise. Our maintenance techs are EPA-certified and our office staff all hold "
            "Fair Housing certificates.\n\nWhat you'll do\n- Show units and process "
            "applications in AppFolio\n")
    analysis = analyse_posting(text)
    assert not [c for c in analysis.certifications if "EPA" in c or "Fair" in c]
    assert "AppFolio" in {s.name for s in analysis.skills}


def test_life_at_the_employer_is_its_story() -> None:
    text = ("Account Manager\nCorbel (scheduling software) — Remote\n\nLife at Corbel\n"
            "Corbel helps 9,000 clinics book visits, send reminders and run payroll. Our "
            "engineers ship in Elixir and Vue.\n\nWhat you'll do\n- Renew and grow 120 "
            "clinic accounts\n- Keep every renewal current in Salesforce\n")
    low = _lower(text)
    assert "salesforce" in low
    assert not {n for n in low if "payroll" in n or "elixir" in n or "vue" in n}


def test_a_week_told_with_an_article_heads_the_duties() -> None:
    text = ("Project Assistant\nNorthgate Builders\n\nWho we are\nNorthgate builds clinics "
            "and schools and self-performs concrete.\n\nWhat a week looks like\n"
            "- Log submittals and RFIs in Procore\n- Take minutes at OAC meetings\n")
    low = _lower(text)
    assert "procore" in low and "submittals" in low
    assert not {n for n in low if "concrete" in n}


def test_an_agency_named_works_tells_its_story() -> None:
    text = ("Office Specialist - Deschutes Valley Public Works. Deschutes Valley Public "
            "Works maintains 700 miles of road, a fleet shop and a solid waste transfer "
            "station; we need an office specialist who can answer phones and process "
            "purchase orders in Munis.")
    low = _lower(text)
    assert "purchase orders" in low
    assert not {n for n in low if "waste" in n}


def test_a_sellers_new_logos_are_accounts_not_logo_design() -> None:
    sales = ("Account Executive\n\nWhat you'll do\n- Close 10 new logos a month from "
             "inbound leads\n- Keep deals current in HubSpot\n")
    assert "Logo Design" not in _names(sales)
    design = "Graphic Designer\n\nWhat you'll do\n- Design logos and brand marks in Illustrator\n"
    assert "Logo Design" in _names(design)


def test_we_give_you_heads_what_the_job_comes_with() -> None:
    text = ("Route Driver\nSunbelt Linen Service\n\nYou have\n- A valid driver's license\n"
            "- 1+ year driving a box truck\n\nWe give you\n- A new Hino box truck with a "
            "liftgate\n- Route planning in our Descartes app\n- Weekly pay\n")
    low = _lower(text)
    assert "box truck" in low
    assert not {n for n in low if "liftgate" in n or "descartes" in n or "hino" in n
                or "route planning" in n}


def test_a_job_titled_non_cdl_asks_no_cdl() -> None:
    text = ("Delivery Driver (Non-CDL)\nPiedmont Furniture Outlet\n\nRequirements\n"
            "- A valid driver's license and a clean MVR\n- 1+ year driving a box truck\n"
            "- Able to read a route in the Route4Me app\n- A DOT medical card\n")
    certs = analyse_posting(text).certifications
    assert not [c for c in certs if "CDL" in c or "Commercial" in c]
    assert any("DOT" in c for c in certs)


def test_a_firm_named_with_its_legal_form_tells_its_story() -> None:
    text = ("Legal Receptionist\nOrtega & Lindqvist, PLLC is a 30-attorney firm practicing "
            "family law, estate planning and personal injury in Durham.\n"
            "Responsibilities: greet clients; schedule consultations in Clio; answer a "
            "10-line phone.\nRequirements: 1 year of reception experience; Microsoft Word "
            "and Outlook. Legal experience is a plus. No legal research or drafting is "
            "involved.\n")
    low = _lower(text)
    assert {"clio", "microsoft word"} <= low
    assert not {n for n in low if "family law" in n or "estate" in n or "injury" in n
                or "practicing" in n or "legal research" in n}


def test_the_letters_eeo_alone_are_the_notice() -> None:
    text = ("Trim Carpenter\nPrairie Oak Homes\n\nRequirements\n- 3+ years of finish "
            "carpentry\n- A valid driver's license\n\nEEO. Drug-free workplace.\n")
    assert "EEO" not in _names(text)
    hr = ("HR Generalist\n\nResponsibilities\n- Keep us compliant with FMLA, ADA and EEO.\n"
          "- Run onboarding in BambooHR\n")
    assert {"FMLA", "BambooHR"} <= _names(hr)


def test_the_people_a_seller_calls_on_are_no_skill() -> None:
    text = ("Outside Sales Rep. We're looking for a hunter who will prospect property "
            "managers and facility directors, walk buildings to bid janitorial contracts, "
            "and close new business in Salesforce.")
    low = _lower(text)
    assert "prospecting" in low and "salesforce" in low
    assert not {n for n in low if "director" in n or "facilit" in n}


def test_a_rank_after_a_preposition_leads_no_one() -> None:
    text = ("Preschool Teacher\n\nRequirements\n- 1 year of lead teacher experience\n"
            "- A CDA credential\n")
    assert "Team Leadership" not in _names(text)
    led = "Manager\n\nRequirements\n- Experience in leading teams of 10 or more\n"
    assert _names(led) & {"Leadership", "Team Leadership"}


def test_a_school_named_by_its_level_is_a_name() -> None:
    text = ("School Office Secretary\nJuniper Valley School District\n\nAbout the school\n"
            "Sage Hills Elementary serves 600 students in grades K-6, with a dual immersion "
            "program and a school-wide PBIS system. Our counselors run SEL lessons in every "
            "classroom.\n\nKey duties\n"
            "- Record absences in Skyward\n- Check visitors in through Raptor\n")
    names = _names(text)
    assert "Skyward" in names
    assert "Sage" not in names


def test_a_credential_of_the_employers_place_is_no_ask() -> None:
    text = ("Order Administrator. Halyard Fasteners is a 300-person maker of stainless "
            "bolts; our quality lab is AS9100 and ISO 9001 certified. You'll enter orders "
            "in SAP and build weekly bookings reports in Excel.")
    certs = analyse_posting(text).certifications
    assert not [c for c in certs if "AS9100" in c or "9001" in c]


def test_the_workplace_joined_is_described_not_asked() -> None:
    text = ("Warehouse Associate. Join a fast-paced, team-oriented warehouse where safety "
            "comes first and hard work is rewarded. Pick and pack orders with an RF scanner.")
    low = _lower(text)
    assert "barcode scanners" in low or any("pick" in n for n in low)
    assert not {n for n in low if "comes" in n}
    # The reader's own work there, or the tools used there, stay read.
    own = "Nurse. Join our ICU team where you will chart in Epic and titrate drips."
    assert "Epic" in _names(own)


def test_a_negation_in_a_condition_leaves_the_ask() -> None:
    text = ("Office Coordinator\n\nRequirements\n- If you don't have QuickBooks experience, "
            "you must learn it in your first 30 days\n- Microsoft Excel\n")
    assert "QuickBooks" in _names(text)


def test_the_employers_credentialed_person_is_no_ask() -> None:
    text = ("Office Coordinator\nLarkspur Realty\n\nRequirements\nWe need someone who knows "
            "Excel and Outlook well. You won't be\ndoing payroll or bookkeeping; our CPA "
            "handles both of those for\nthe firm every month.\n")
    analysis = analyse_posting(text)
    assert not [c for c in analysis.certifications if "Accountant" in c or "CPA" in c]
    assert {"Microsoft Excel", "Microsoft Outlook"} <= {s.name for s in analysis.skills}


def test_an_offer_in_brackets_leaves_the_demands_around_it() -> None:
    text = ("Warehouse Lead - Nights | Polar Point Storage | Fresno, CA\n"
            "Polar Point Storage runs three freezer warehouses with 60,000 pallet positions.\n"
            "The role: You'll lead a crew of 9 loaders and pickers on nights. You will build "
            "and check outbound loads, do cycle counts, and train new hires on RF scanning.\n"
            "Must have: 1 year as a warehouse lead, forklift experience, and comfort working "
            "in a -10F freezer (we provide freezer suits, gloves and boots).\n"
            "We offer $22/hr, medical, dental and a 401(k).\n")
    analysis = analyse_posting(text)
    assert any("Forklift" in s.name for s in analysis.skills)
    assert analysis.min_years == 1


def test_the_occasions_the_hours_bend_for_are_times() -> None:
    text = ("Front Desk Assistant. Hours are 8-5, Monday to Friday, with occasional evenings "
            "during open enrollment and our fall client appreciation events. Answer phones, "
            "greet clients and scan files into Laserfiche.")
    low = _lower(text)
    assert "laserfiche" in low
    assert not {n for n in low if "event" in n or "enrollment" in n}
    # Outside a clause of the hours, the same words are a duty.
    duty = "Teacher\n\nDuties\n- Attend some evenings for parent conferences and open house\n"
    assert any("conference" in n for n in _lower(duty))


def test_what_the_work_is_done_around_is_no_ask() -> None:
    text = ("Cold Storage Picker\n\nRequirements\n- Able to work in a 34F cooler around "
            "forklifts and pallet jacks\n- Pick orders with an RF scanner\n")
    low = _lower(text)
    assert "barcode scanners" in low
    assert not {n for n in low if "forklift" in n or "pallet" in n}
    own = "Forklift Operator\n\nRequirements\n- Able to work around forklifts all day\n"
    assert any("forklift" in n for n in _lower(own))


def test_a_sellers_visits_to_places_leave_the_next_duties() -> None:
    text = ("Territory Rep – Dental Supplies. We're looking for a rep who will visit 6-8 "
            "dental offices a day, build relationships with office managers and dentists, "
            "run lunch-and-learns with manufacturer reps, and log every call in Salesforce.")
    low = _lower(text)
    assert "salesforce" in low
    assert any("relationship" in n for n in low)
