"""Words of a posting that name goods, bodies, board details, other people's work and the
people handled, not a skill asked of the hire.

Found on fresh postings in admin, logistics, sales and customer service: "order office and
janitorial supplies" asked Janitorial; "must be able to drive long hours and lift product"
asked Product lift; a board's one-line "Shift and schedule  8 hour shift" asked Staff
scheduling; "so that our accountants can reconcile accounts" asked Account
Reconciliation; "find a relief driver" asked Relief driver; "a quiet home workspace"
asked a home workspace; "the I-5 corridor" was read as a form like "I-9"; "keeping 40 to
60 drivers moving" asked Linehaul drivers moving; "dispensing systems" of a janitorial
distributor asked Medication Dispensing; "enter freight bills" asked Freight Management.
A school's "faculty meetings, PLCs, and professional development" asked PLC Programming;
"Schedule: Monday to Friday" in a paragraph asked Scheduling; "comfort with Microsoft
Office" asked Comfort; callers' topics ("calls per day from owners about reservations,
points and amenities") became asks; and a short paragraph
posting that says "We need …" and closes with its equal-opportunity sentence was read
whole as that notice. Each test is on text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _lower(text: str) -> set[str]:
    return {n.lower() for n in _names(text)}


def test_goods_named_by_a_trade_ask_no_skill_of_the_trade() -> None:
    text = ("Front Desk Assistant\nCedar Vale Dental\n\nDuties\n"
            "- Restock janitorial and breakroom supplies every Friday\n"
            "- Reorder cleaning chemicals when the log runs low\n"
            "- Check patients in with Dentrix\n")
    names = _names(text)
    assert "Dentrix" in names
    assert "Janitorial" not in names
    # The trade's work asked in so many words stays an ask.
    duty = ("Night Custodian\n\nResponsibilities\n- Perform janitorial duties in the gym "
            "and offices\n- Buff floors with an auto-scrubber\n")
    assert "Janitorial" in _names(duty)


def test_a_body_verb_names_no_activity() -> None:
    text = ("Route Merchandiser\n\nRequirements\n- Must be able to lift cases of product "
            "and kneel to stock low shelves\n- Build displays with planograms\n")
    low = _lower(text)
    assert not {n for n in low if "lift" in n or "case" in n or "kneel" in n}
    assert any("planogram" in n for n in low)
    # A duty's own verb beside a body verb still names its work.
    care = "Patient Care Tech\n\nDuties\n- Safely lift and transfer patients\n"
    assert any("transfer" in n for n in _lower(care))


def test_a_boards_details_on_one_line_are_no_duties() -> None:
    text = ("Warehouse Associate\nRidgeway Foods\nJob details\nPay  $18 an hour\n"
            "Job type  Full-time\nSchedule  10 hour shift  Overnight shift\n"
            "Benefits  Employee discount  Paid time off\n\nFull job description\n"
            "Pick and pack orders with an RF scanner.\n")
    low = _lower(text)
    assert not {n for n in low if "schedul" in n or "overtime" in n or "discount" in n}
    assert any("scanner" in n for n in low)


def test_a_purpose_told_of_others_is_their_work() -> None:
    text = ("Operations Clerk\n\nDuties\n- Keep the receiving log current so that our "
            "accountants can reconcile accounts each month\n- Scan packing slips into "
            "DocuWare\n")
    names = _names(text)
    assert "DocuWare" in names
    assert not {n for n in names if "reconcil" in n.lower()}
    # What the hire does for their own purpose, or teaches the learners, stays.
    own = "Dispatcher\n\nDuties\n- Watch the board so you can plan routes for the morning\n"
    assert any("route" in n for n in _lower(own))
    teach = "Reading Tutor\n\nDuties\n- Teach phonics so that every student can decode words\n"
    assert "Phonics" in _names(teach)


def test_people_and_a_workspace_are_no_asks() -> None:
    text = ("Dispatcher\n\nDuties\n- When a truck breaks down, call a wrecker, send a "
            "relief driver and rebook the delivery\n- Log every load in McLeod\n\n"
            "Requirements\n- A quiet home workspace with a wired internet connection\n")
    low = _lower(text)
    assert not {n for n in low if "driver" in n or "workspace" in n}


def test_an_interstate_is_no_form() -> None:
    text = ("Regional Driver\n\nRequirements\n- Know the I-80 corridor and the mountain "
            "passes west of Cheyenne\n- Runs mostly along I-25 between Denver and Casper\n"
            "- Complete an I-9 on your first day\n")
    names = _names(text)
    assert not {n for n in names if n.startswith(("I-80", "I-25"))}
    assert any(n.startswith("I-9") for n in names)


def test_what_a_duty_keeps_moving_is_its_state() -> None:
    text = ("Yard Dispatcher\n\nWhat you'll do\nYou will run the yard at night, keeping "
            "20 to 30 shuttle and road tractors moving to the right doors.\n"
            "- Assign doors in the yard management system\n")
    low = _lower(text)
    assert not {n for n in low if "moving" in n or "tractor" in n}


def test_dispensing_in_a_trade_other_than_pharmacy() -> None:
    text = ("Route Service Technician\nBrightwash Laundry Solutions\n\nDuties\n"
            "- Install and calibrate detergent dispensing units in hotel laundries\n"
            "- Teach housekeeping staff to read the dosing panel\n")
    assert "Medication Dispensing" not in _names(text)
    pharmacy = ("Pharmacy Technician\n\nDuties\n- Help the pharmacist with dispensing and "
                "counting tablets\n")
    assert "Medication Dispensing" in _names(pharmacy)


def test_bare_freight_is_the_goods() -> None:
    text = ("Linehaul Driver\n\nThe job\nHaul mixed retail freight between our Reno and "
            "Sparks terminals five nights a week.\n\nRequirements\n- CDL Class A\n")
    assert "Freight Management" not in _names(text)
    asked = ("Logistics Coordinator\n\nDuties\n- Handle freight forwarding for import "
             "containers\n")
    assert "Freight Management" in _names(asked)


def test_a_schools_plcs_beside_its_meetings() -> None:
    text = ("Middle School Math Teacher\n\nResponsibilities\n- Take part in staff meetings, "
            "PLCs and campus professional development\n- Plan lessons from Illustrative "
            "Mathematics\n")
    names = _names(text)
    assert "PLC Programming" not in names
    assert "Professional learning communities" in names


def test_a_label_with_a_colon_is_no_duty() -> None:
    text = ("Dental Front Desk - Maple Grove Family Dental. We need a friendly coordinator "
            "to confirm appointments and post payments in Dentrix. Pay is $20 an hour with "
            "paid holidays. Schedule: Tuesday to Saturday, 8 a.m. to 4:30 p.m., plus one "
            "evening a week. Maple Grove is an equal opportunity employer.\n")
    names = _names(text)
    assert "Dentrix" in names
    assert "Scheduling" not in names


def test_a_cues_own_noun_is_no_ask() -> None:
    text = ("Billing Clerk\n\nAbout you\nYou bring knowledge of CPT coding, and comfort "
            "with Excel pivot tables.\n")
    low = _lower(text)
    assert "comfort" not in low
    assert any("pivot" in n for n in low)


def test_what_callers_ask_about_past_who_calls() -> None:
    text = ("Member Services Agent\n\nDuties\n- Take 60 calls a day from members and "
            "their families about dues, guest passes and locker rentals\n"
            "- Log every call in Club OS\n")
    low = _lower(text)
    assert not {n for n in low if "locker" in n or "guest pass" in n}


def test_the_story_of_an_employer_named_with_its_city() -> None:
    text = ("Purchasing Assistant — Hartwell Garden Supply, Macon GA\n\n"
            "Hartwell Garden Supply imports planters, fountains and patio heaters from "
            "Mexico and sells them to 300 garden centers.\n\nWhat you will do\n"
            "- Enter purchase orders in Acumatica\n")
    low = _lower(text)
    assert any("acumatica" in n for n in low)
    assert not {n for n in low if "planter" in n or "fountain" in n or "heater" in n}


def test_a_word_of_a_schools_name_on_its_line() -> None:
    text = ("Preschool Teacher\nLittle Acorns Montessori & Early Childhood Academy — Eugene, OR\n\n"
            "What you'll do\n- Lead circle time and outdoor play for 12 four-year-olds\n"
            "- Keep daily notes for families in Procare\n")
    names = _names(text)
    assert "Procare" in names
    assert not {n for n in names if "Montessori" in n or "Early" in n}


def test_the_employers_case_for_itself_under_a_why_heading() -> None:
    text = ("Route Driver\nCopper Valley Linen\n\nWhy drive for Copper Valley?\n"
            "- Paid orientation, referral bonuses and a quarterly safety bonus\n"
            "- Home every night\n\n"
            "What you'll do\n- Deliver clean linens to 40 hotels with a box truck\n"
            "- Use a handheld scanner for proof of delivery\n")
    low = _lower(text)
    assert not {n for n in low if "orientation" in n or "referral" in n}
    assert any("proof of delivery" in n or "scanner" in n for n in low)
