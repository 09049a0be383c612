"""Idioms, errands, gifts, paths, other people's letters and goods moved: words of a
posting that ask nothing (Dec 6, precision12). Each test is on text written for it,
in a field other than the batch that showed the class.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.sections import split_posting


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _all(text: str) -> set[str]:
    analysis = analyse_posting(text)
    return {s.name for s in analysis.skills} | set(analysis.certifications)


def test_an_idiom_asks_nothing_but_the_duty_beside_it_does() -> None:
    # "lend a hand", "lend an ear", "keep an eye", "hit the ground running": figures of
    # speech, never Lending; the duty in the same line is still read.
    names = _names("Medical Receptionist\n\nResponsibilities\n"
                   "- Lend a hand to the billing office with insurance verification\n"
                   "- Lend an ear to anxious patients and schedule appointments in Epic\n"
                   "- Hit the ground running with our check-in process\n")
    assert "Lending" not in names
    assert {"Insurance Verification", "Epic Systems"} & names
    assert "Appointment scheduling" in names


def test_an_idiom_is_matched_whole() -> None:
    # "lend money" is a loan officer's work, told literally: still read.
    names = _names("Loan Officer\n\nDuties\n- Lend money to small businesses and "
                   "underwrite commercial loans\n")
    assert "Lending" in names or "Commercial Lending" in names


def test_the_place_an_errand_goes_is_no_ask() -> None:
    # "run invoices to the service desk": where the papers go names no skill.
    names = _names("Parts Runner\n\nWhat you'll do\n"
                   "- Run invoices to the service desk when the counter is busy\n"
                   "- Pull parts from the warehouse and deliver them to shops\n")
    assert "Service desk" not in names and "Service Desk" not in names


def test_what_the_employer_pays_for_is_no_ask() -> None:
    # "we'll cover your Class A CDL", "Have your phlebotomy certificate paid for", "free
    # forklift training": gifts, not demands.
    text = ("Warehouse Associate\n\nWhat you'll do\n- Pick and pack orders with an RF "
            "scanner\n\nPerks\nWe will pay for your CDL once you pass 90 days.\n")
    assert "Commercial Driver's License" not in _all(text)
    clinic = _all("Lab Assistant\n\nAs part of our team you'll:\n"
                  "- Have your phlebotomy certification paid for\n"
                  "- Process specimens and label tubes\n")
    assert "Phlebotomy Certification" not in clinic
    # One sentence paying for two things, after the job's pay line: both are gifts.
    both = _all("Stock Associate\n\nDuties\n- Unload trucks and stock shelves\n\n"
                "Pay: $18/hour\n\nWe cover your OSHA 10 card and pay for forklift "
                "certification after your first 90 days.\n")
    assert not {"OSHA 10", "Forklift Certification"} & both, both


def test_a_path_the_job_leads_to_is_no_ask() -> None:
    # "Grow into a Certified Medication Aide role", "move up to driving".
    names = _all("Resident Aide\n\nResponsibilities\n- Help residents with bathing and "
                 "dressing\n- Grow into a Medication Aide role with our training\n")
    assert "Certified Medication Aide" not in names


def test_a_credential_stays_asked_when_the_hire_must_hold_it() -> None:
    names = _all("Route Driver\n\nRequirements\n- Valid CDL Class B\n"
                 "- Work alongside our CDL drivers on the long routes\n")
    assert any("CDL" in n or "Commercial Driver" in n for n in names)


def test_other_peoples_letters_are_no_credential() -> None:
    # "work alongside our CDL drivers", "report to the RN supervisor": the people the
    # job works with, named by their credential.
    names = _all("Dock Worker\n\nDuties\n- Load trailers and work alongside our CDL "
                 "drivers at the dock\n- Keep the yard clean\n")
    assert not any("CDL" in n or "Commercial Driver" in n for n in names)


def test_goods_a_job_moves_ask_no_trade() -> None:
    # "stock the shelves with tile, flooring and plumbing fittings": goods; the trade
    # named by them is no ask of a stocker. "load CNC machines" is the machine's work.
    names = _names("Stocker\n\nDuties\n- Stock the aisles with tile, carpentry and "
                   "plumbing goods overnight\n- Unload roofing and siding from trailers\n")
    assert not names & {"Roofing", "Carpentry"}
    machinist = _names("Machine Operator\n\nDuties\n- Load and unload CNC machines\n")
    assert any("CNC" in n for n in machinist)


def test_a_company_heading_names_its_kind_by_a_word() -> None:
    # "The Impact You'll Have" over a paragraph of duties, in a posting whose other
    # headings are known: the duties are read as duties, not as the employer's story.
    text = ("Store Clerk\nPine Ridge Hardware\n\nAbout Us\nPine Ridge Hardware is a family "
            "store serving three towns.\n\nThe Impact You'll Have\n"
            "You will run the register, mix paint, cut keys and help customers find "
            "parts for their projects every day.\n\nRequirements\n- Cash handling\n\n"
            "Benefits\n- Employee discount\n")
    kinds = {s.kind for s in split_posting(text).sections
             if "register" in s.text}
    assert kinds == {"responsibilities"}


def test_a_road_is_no_form() -> None:
    names = _names("Driver\n\nDuties\n- Deliver to stores north of I-94 and near I-35\n")
    assert not names & {"I-94", "I-35"}


def test_a_vendors_product_line_is_not_another_fields_tool() -> None:
    # "Infor Eclipse" (a made-up pairing): the vendor's product, no Eclipse IDE; a vendor
    # and a product of one field stay two asks.
    names = _names("Inventory Clerk\n\nDuties\n- Receive stock and adjust counts in "
                   "Infor Eclipse\n- Print labels\n")
    assert "Eclipse IDE" not in names
    plant = _names("Controls Tech\n\nRequirements\n- Allen-Bradley RSLogix experience\n")
    assert {"Allen-Bradley", "RSLogix"} <= plant


def test_a_places_code_is_no_skill() -> None:
    # "(GRR)" after an airport's name is its code, not Gross Revenue Retention.
    names = _names("Fueler\nJetline Services\n\nJetline fuels aircraft at Grand Rapids "
                   "Regional Airport (GRR).\n\nDuties\n- Fuel aircraft and log uplifts\n")
    assert "Gross Revenue Retention" not in names


def test_a_boards_logo_line_is_chrome() -> None:
    names = _names("Monster logo  |  Find jobs  Salary guide  |  Upload your resume\n"
                   "Warehouse Associate\n\nDuties\n- Pick orders with an RF scanner\n")
    assert "Logo Design" not in names


def test_orders_given_to_people_are_commands() -> None:
    # "give orders to the dish crew": directing people, no purchasing; a server's "take
    # orders" stays read.
    lead = _names("Kitchen Lead\n\nDuties\n- Give orders to the dish crew and expedite "
                  "plates\n")
    assert "Ordering" not in lead
    server = _names("Server\n\nDuties\n- Take orders and run food\n")
    assert "Order Taking" in server


def test_an_errands_place_leaves_the_next_duty_whole() -> None:
    # Review finding: "carry linens to the rooms, strip and make beds" asked "Strip" when
    # the errand was blanked; "run food to the tables" is still Food Running.
    room = _names("Room Attendant - Lakeview Inn\nYou will carry linens to the rooms, "
                  "strip and make beds, and restock amenities.\n")
    assert "Bed making" in room
    assert not room & {"Strip", "Restock amenities", "Rooms"}
    busser = _names("Busser / Food Runner - Olive & Vine\nYou will run food to the tables, "
                    "clear and reset tables, and refill water.\n")
    assert "Food Running" in busser
    assert not busser & {"Clear", "Refill water", "Tables"}


def test_goods_moved_ask_no_phrase_either() -> None:
    # Review finding: with the list's hits left out, "roofing shingles" was read as a
    # phrase; the whole list a verb of moving handles is goods.
    names = _names("Delivery Driver - Hartwell Supply\nYou will drive a box truck on local "
                   "routes, load and unload deliveries, and collect signatures.\n"
                   "Load the truck with lumber, drywall and roofing shingles each morning.\n")
    assert not {n for n in names if n.split()[0] in ("Roofing", "Drywall", "Lumber")}
    assert "Truck Loading" in names


def test_letters_of_the_people_beside_the_job() -> None:
    # "alongside an LPN", "supervise CNAs", "assist the RN": holders, not the hire.
    names = _all("Unit Clerk\n\nDuties\n- Work alongside an LPN on evenings\n"
                 "- Assist the RN with admission paperwork\n")
    assert not names & {"Licensed Practical Nurse", "Registered Nurse"}
    nurse = _all("Charge Nurse\n\nRequirements\n- Active RN license\n\nDuties\n"
                 "- Supervise CNAs on the unit\n")
    assert "Registered Nurse" in nurse
    assert "Certified Nursing Assistant" not in nurse


def test_a_hotels_room_checks_are_room_inspection() -> None:
    hotel = _names("Houseman\n\nDuties\n- Do room checks after guests check out and "
                   "report repairs\n")
    assert "Resident Supervision" not in hotel
    home = _names("Youth Worker\n\nDuties\n- Complete overnight room checks on residents\n")
    assert "Resident Supervision" in home


def test_a_firms_name_in_the_text_asks_nothing() -> None:
    # A coined word and a trade, ending as firms end or standing where a firm stands.
    names = _names("Front Desk Clerk at Northgate Plumbing Services. You will answer "
                   "phones and greet visitors for Sunbeam Pest Control in Boise.\n")
    assert not names & {"Plumbing", "Pest Control"}
    assert "Greeting Visitors" in names
    names = _names("Bookkeeper\n\nOakfield Roofing Supply is hiring a bookkeeper to "
                   "reconcile bank accounts in QuickBooks.\n")
    assert "Roofing" not in names and "Recruiting" not in names
    assert "QuickBooks" in names


def test_a_duty_opening_with_a_skill_is_no_firm() -> None:
    # "Provide Payroll Services to clients": a duty's verb, not a coined name; "restore
    # from Veeam Backup & Replication": a product named first.
    names = _names("Assistant\n\nDuties\n- Provide Payroll Services to clients\n"
                   "- Test restores from Veeam Backup & Replication monthly\n")
    assert {"Payroll", "Veeam"} <= names


def test_what_the_hire_receives_is_no_ask() -> None:
    # "Receive free scrubs", "Have access to our Spanish classes": gifts under a line in
    # the company's words; "Receive and inspect shipments" stays a duty.
    names = _names("Dietary Aide\n\nAs part of our family, you'll:\n- Receive free scrubs "
                   "and meals\n- Have access to our Spanish classes\n- Serve trays to "
                   "residents\n")
    assert not names & {"Spanish", "Free scrubs"}
    dock = _names("Receiver\n\nDuties\n- Receive and inspect shipments against purchase "
                  "orders\n")
    assert "Delivery Receiving" in dock


def test_a_path_told_as_progress_and_a_share_of_cost() -> None:
    # "as you progress toward your CDL" leads somewhere; "We cover 50% of your license
    # fees" is a gift. "Working toward your CPA would be an advantage" stays a wish.
    names = _all("Yard Hand\n\nDuties\n- Move trailers in the yard\n\nPay\nWe cover 50% of "
                 "your forklift certification, with raises as you progress toward your "
                 "CDL.\n")
    assert not any("CDL" in n or "Commercial Driver" in n or "Forklift" in n for n in names)
    wish = _all("Staff Accountant\n\nRequirements\n- 2 years of public accounting\n"
                "- Working toward your CPA would be an advantage\n")
    assert "Certified Public Accountant" in wish


def test_a_grade_band_and_an_employers_initials_are_no_asks() -> None:
    names = _names("Math Teacher (Grades 9-12)\nLakeshore Regional School District\n\n"
                   "Duties\n- Teach Algebra I to 9th graders\n- Follow the LRSD pacing "
                   "guide\n\nRequirements\n- CPI (Crisis Prevention Institute) training\n")
    assert not names & {"Grades", "LRSD"}
    assert any("Crisis" in n or "CPI" in n for n in names)


def test_trades_in_brackets_after_a_shop_and_colleagues_by_trade() -> None:
    names = _names("Office Assistant\n\nDuties\n- Route calls to the right shop (plumbing, "
                   "carpentry or paint)\n- Work alongside our school psychologist on "
                   "testing schedules\n")
    assert not names & {"Plumbing", "Carpentry", "School psychologist"}


def test_goods_a_duty_unloads_are_no_phrase() -> None:
    names = _names("Receiver\n\nDuties\n- Unload trailers of canned goods, bottled water "
                   "and paper towels\n")
    assert not names & {"Paper towels", "Bottled water"}


def test_a_duty_opening_with_receive_or_access_stays_a_duty() -> None:
    # Review finding 3: money, leave or uniforms named in a duty are its work; only the
    # verb's own object tells a gift, and "receive and post" is a duty.
    text = ("Accounting Clerk\nHarbor Foods Cafeteria Services\n\nResponsibilities\n"
            "- Receive payment for meals and make change at the register\n"
            "- Receive and post customer payments and process expense reimbursements in "
            "QuickBooks\n"
            "- Access the HRIS to enter PTO and 401(k) changes for 80 employees\n"
            "- Get manager approval for discounts and voids\n"
            "- Receive uniforms and linens from the laundry vendor and count them\n"
            "- Receive and deposit checks up to $20,000 daily\n\n"
            "Requirements\n- 2 years of bookkeeping\n")
    names = _names(text)
    assert {"Payment Posting", "QuickBooks", "HRIS", "Laundry", "Manager approval",
            "Bookkeeping"} <= names
    gifts = _names("Housekeeper\n\nAs a member of our team, you'll:\n- Get paid weekly\n"
                   "- Earn a $1/hr differential on weekends\n- Clean 14 rooms per shift\n")
    assert "Room cleaning" in gifts
    assert not {n for n in gifts if "differential" in n.lower() or "paid" in n.lower()}


def test_the_moving_of_the_verbs_own_object_is_the_duty_not_goods() -> None:
    """ "Unload pallets from trailers" names the work itself (Pallet unloading); only the
    goods a load is made of ("trailers of meat, dairy and frozen produce") ask nothing."""
    from tailor_app.tailoring.posting.analyse import analyse_posting

    asks = {s.name for s in analyse_posting(
        "Warehouse Associate\n\nWhat you will do\n"
        "- Unload pallets from trailers and check counts\n"
        "- Stack boxes of tile on pallets\n").skills}
    assert "Pallet unloading" in asks


def test_a_thing_done_by_others_asks_nothing() -> None:
    # "the negotiated schedule": negotiated by others, long ago; no negotiating asked.
    text = ("Science Teacher\n\nAbout the job\nTeach Biology to grades 9-10; pay follows "
            "the negotiated salary schedule.\n\nRequirements\n- Ohio teaching license\n")
    assert "Negotiation" not in _names(text)
    sales = ("Account Executive\n\nRequirements\n- Negotiate pricing and close deals\n"
             "- Have negotiated contracts over $100K\n")
    assert "Negotiation" in _names(sales)
