"""What a posting says in passing about the employer, its wares, its product's partners,
the crews the job works beside, and the job board's ad block asks for nothing: each was
read as an ask and showed as a false "missing". Each test also keeps a real ask of the
same posting, so that a rule that reads too much shows."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.chrome import is_chrome
from tailor_app.tailoring.posting.worker_lists import listed_among_workers


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_the_employer_told_after_a_dash_is_its_story() -> None:
    asked = _asked(
        "Toddler Teacher\n"
        "Maple Sprouts Learning Center – a licensed early learning center for infants and "
        "toddlers, with daily reports sent home through our family app.\n"
        "Responsibilities\n- Change diapers and help with toileting\n"
        "- Observe and document each child's development\n")
    assert not asked & {"Learning centers", "Early learning", "Daily Reports"}
    assert "Toileting Assistance" in asked


def test_a_heading_before_a_dash_is_no_employer() -> None:
    # One capitalised word is no organisation's name: what follows is still read.
    asked = _asked("Site Lead\nDuties - the lead schedules crews and keeps daily reports "
                   "for the company.\n")
    assert "Daily Reports" in asked


def test_what_the_employers_place_sells_in_a_which_clause_is_no_ask() -> None:
    asked = _asked(
        "Parts Counter Associate\n"
        "The associate keeps stock levels accurate at our branch, which sells roofing, "
        "drywall and HVAC parts to contractors. Duties include cycle counts and "
        "receiving against purchase orders.\n")
    assert not asked & {"Roofing", "Drywall", "HVAC"}
    assert {"Cycle counts", "Purchase Orders"} <= asked


def test_a_which_clause_of_a_duty_is_still_read() -> None:
    # "which includes" tells what the job works on, not what a place sells.
    asked = _asked("Fleet Mechanic\nMaintain our fleet, which includes forklifts and reach "
                   "trucks, and keep work orders current.\n")
    assert "Reach truck" in asked


def test_the_products_partners_are_no_tools_of_the_job() -> None:
    asked = _asked(
        "Sales Development Representative\n"
        "Ledgerly makes invoicing software for plumbers and electricians. Our platform "
        "handles quotes and payments, and integrates with QuickBooks Online and Xero.\n"
        "Requirements\n- Experience with HubSpot\n- Cold calling\n")
    assert not asked & {"QuickBooks", "Xero"}
    assert "HubSpot" in asked


def test_a_trade_listed_among_workers_names_a_crew() -> None:
    asked = _asked(
        "Assistant Superintendent\n"
        "Coordinate daily work of subcontractors (carpenters, roofing, plumbers, "
        "electricians, painters) and enforce jobsite safety. Read construction drawings.\n")
    assert "Roofing" not in asked
    assert "Construction drawings" in asked


def test_a_list_of_things_with_one_worker_keeps_its_asks() -> None:
    text = "Operate forklifts, pallet jacks, reach trucks and assist operators."
    start = text.index("pallet jacks")
    assert not listed_among_workers(text, start, start + len("pallet jacks"))
    text = "Schedules framers, plumbers, electricians, drywall, painters."
    start = text.index("drywall")
    assert listed_among_workers(text, start, start + len("drywall"))


def test_a_verb_that_shares_its_object_with_the_next_is_no_thing() -> None:
    # "cut and thread steel pipe": "cut" is a deed on the pipe, not a thing of its own.
    asked = _asked(
        "Pipefitter\nInstall DWV piping, braze copper fittings, glue CPVC and cut and "
        "thread black iron pipe; read isometric drawings.\n")
    assert "Cut" not in asked


def test_the_ad_blocks_credit_line_is_the_boards() -> None:
    assert is_chrome("Ads by CareerHub")
    assert is_chrome("Jobs for you: Night Auditor | Bell Person")
    assert not is_chrome("Ads by the marketing team must follow our brand guide")


def test_a_licence_named_by_two_joined_words_is_one_licence() -> None:
    a = analyse_posting(
        "Insurance Agent\nRequirements\n- Active Life & Health license\n"
        "- BLS and ACLS certification for our clinic partners\n")
    assert "Life and Health License" in a.certifications
    assert not {"Life license", "Health license"} & set(a.certifications)
    # A shared head over two credentials still names both.
    assert {"Basic Life Support", "Advanced Cardiovascular Life Support"} <= set(a.certifications)


def test_the_employer_named_longer_than_its_short_name_is_its_story() -> None:
    # The company given as "Harbor": "Harbor Federal Savings Bank serves …" is its story.
    a = analyse_posting(
        "Teller\nHarbor Federal Savings Bank serves 40,000 members with mortgages, auto "
        "loans and credit cards at nine branches.\nDuties\n- Balance a cash drawer and "
        "process deposits\n", company="Harbor")
    asked = {s.name for s in a.skills}
    assert not asked & {"Mortgages", "Auto loans", "Credit cards"}
    assert "Cash Handling" in asked


def test_the_trade_of_colleagues_is_no_ask() -> None:
    asked = _asked(
        "Inside Sales Associate\nResponsibilities\n- Quote orders and work with outside "
        "sales reps on key accounts\n- Co-teach reading with a special education teacher\n"
        "- Process returns\n")
    assert not asked & {"Outside Sales", "Special Education"}
    assert "Returns processing" in asked


def test_a_trade_asked_beside_a_worker_noun_stays() -> None:
    # "experience as an outside sales rep": the work asked, not a colleague.
    assert "Outside Sales" in _asked(
        "Account Manager\nRequirements\n- 3 years of experience as an outside sales rep\n")


def test_a_duty_told_in_the_third_person_is_no_thing() -> None:
    asked = _asked(
        "Receiving Clerk\nThe clerk unloads trucks, verifies counts against packing slips "
        "and labels pallets.\n")
    assert "Verifies counts" not in asked


def test_a_duty_verb_is_read_with_its_object() -> None:
    # "Audit freight invoices" is the vocabulary's freight audit, no audit of the books.
    asked = _asked(
        "Transportation Coordinator\nResponsibilities\n- Audit freight invoices weekly and "
        "resolve billing disputes with carriers\n- Book LTL shipments\n")
    assert "Audit" not in asked
    assert "Freight Management" in asked
    # An audit asked as such stays: "Support the annual audit".
    assert "Audit" in _asked("Staff Accountant\nResponsibilities\n- Support the annual "
                             "audit and prepare audit schedules\n")


def test_an_employer_that_has_cared_for_its_town_tells_its_story() -> None:
    asked = _asked(
        "Dental Receptionist\nHappy Tooth Family Dentistry has cared for Dayton families "
        "for 30 years with cleanings, crowns, orthodontics and sedation dentistry. The "
        "receptionist schedules appointments in Dentrix and verifies insurance.\n")
    assert not asked & {"Orthodontics", "Sedation dentistry"}
    assert "Dentrix" in asked


def test_a_name_with_its_legal_form_under_the_title_is_the_employer() -> None:
    analysis = analyse_posting(
        "Service Plumber\nApex Plumbing Contractors, Inc.\n\nApex is a union shop "
        "serving central Ohio.\n\nDuties\n- Clear drains and replace water heaters\n")
    assert analysis.company == "Apex Plumbing Contractors"
    asked = {s.name for s in analysis.skills}
    assert "Apex" not in asked
    assert "Water Heaters" in asked
    # In a sentence too, the name closing on its legal form is no ask.
    assert "Apex" not in _asked("Foreman\n\nJoin Apex Paving, Inc. and run a paving crew.\n"
                                "- Operate a paver\n")
