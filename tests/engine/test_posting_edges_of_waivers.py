"""Where a waiver, another team's work or a described workplace stops (Dec 5, review9).

The rules that set aside what the job is not ("you don't need a degree"), what the
employer's other people do ("our billing team handles claims"), the workplace joined
("join a warehouse where safety comes first") and what the employer's people hold ran
over the real asks beside them. Each test is on text written for it, not the review's.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(title: str, line: str, heading: str = "Requirements") -> dict[str, bool]:
    text = f"{title}\nBrightwater Co\n\n{heading}\n- {line}\n"
    return {s.name: s.required for s in analyse_posting(text).skills}


def _certs(title: str, line: str) -> list[str]:
    return analyse_posting(f"{title}\nBrightwater Co\n\nRequirements\n- {line}\n").certifications


def test_a_waiver_ends_where_the_real_ask_begins() -> None:
    asks = _asks("Route Driver", "You don't need a college degree, just a Class A CDL.")
    assert asks.get("Class A CDL") is True
    asks = _asks("Cashier", "We don't need retail experience, only a food handler card "
                 "and a clean driving record.")
    assert asks.get("Clean Driving Record") is True
    asks = _asks("Estimator", "We won't require a degree if you have 3 years of Revit.")
    assert asks.get("Revit") is True
    asks = _asks("Office Manager", "You don't need to be an accountant, as long as you "
                 "know QuickBooks.")
    assert asks.get("QuickBooks") is True
    # The waived part stays waived.
    assert "Bachelor's Degree" not in _asks("Route Driver", "You don't need a bachelor's "
                                             "degree, just a Class A CDL.")


def test_a_negation_and_without_make_a_demand() -> None:
    assert _asks("Account Manager", "You won't last long here without HubSpot "
                 "skills.").get("HubSpot") is True
    assert _asks("Electrician", "You will never start a job without reading the "
                 "blueprints.").get("Blueprint Reading") is True


def test_a_lapse_refused_is_no_waiver_of_the_work() -> None:
    assert _asks("Payroll Clerk", "You won't need close supervision to process "
                 "payroll.").get("Payroll") is True
    assert "OSHA Safety Training" in _asks("Site Lead", "We don't tolerate shortcuts on "
                                           "OSHA safety rules or lockout/tagout.")


def test_no_covers_only_its_own_noun_phrase() -> None:
    assert _asks("Charge Nurse", "There is no margin for error in medication "
                 "administration.").get("Medication Administration") is True
    assert _asks("Bookkeeper", "Reconcile every account with no errors in "
                 "QuickBooks.").get("QuickBooks") is True
    # The noun after "no" is still none of the job.
    assert "Bookkeeping" not in _asks("Receptionist", "There is no bookkeeping in this job.")


def test_the_jobs_own_people_keep_their_work() -> None:
    asks = _asks("Field Service Technician", "Our field techs handle PMs on Allen-Bradley "
                 "PLCs.", "What you'll do")
    assert "Allen-Bradley" in asks
    asks = _asks("Customer Support Representative", "Our reps answer chats in Zendesk.",
                 "What you'll do")
    asks |= _asks("Customer Support Representative", "Our reps handle chats in Zendesk.",
                  "What you'll do")
    assert "Zendesk" in asks
    asks = _asks("Medical Receptionist", "Our front desk staff manages check-in in "
                 "Dentrix.", "What you'll do")
    assert "Dentrix" in asks
    # Another team's work is still theirs.
    asks = _asks("Medical Receptionist", "Our billing team handles insurance claims.",
                 "What you'll do")
    assert not [n for n in asks if "claim" in n.lower()]


def test_so_opens_a_clause_of_its_own() -> None:
    asks = _asks("Prep Cook", "Our kitchen team handles 300 plates a night, so you need "
                 "knife skills.", "What you'll do")
    assert asks.get("Knife skills") is True


def test_a_workplace_joined_where_a_demand_is_told() -> None:
    asks = _asks("Diesel Mechanic", "Join our shop where mechanics service Cummins and "
                 "Detroit diesel engines every week.")
    assert {"Cummins", "Detroit"} <= set(asks)
    asks = _asks("Shipping Clerk", "Join a warehouse where forklift certification is "
                 "required on every shift.")
    assert asks.get("Forklift Certification") is True
    # A clause that only describes the place stays unread.
    asks = _asks("Shipping Clerk", "Join a warehouse where teamwork comes first.")
    assert "Teamwork" not in asks


def test_so_is_carries_the_strength_before_it() -> None:
    asks = _asks("Yard Driver", "A Class B CDL is required, and so is a clean driving "
                 "record.")
    assert asks.get("Clean Driving Record") is True
    asks = _asks("Leasing Agent", "Yardi is a nice bonus, and so is Spanish.")
    assert asks.get("Spanish") is False


def test_only_a_verb_of_holding_spares_the_employers_credential() -> None:
    certs = _certs("Water Operator", "Our plant is hiring an operator with a Grade III "
                   "Water Treatment certification.")
    assert any("Water Treatment" in c for c in certs)
    # The job's own people hold what the hire will hold.
    certs = _certs("Tanker Driver", "All of our drivers hold a Class A CDL with Hazmat "
                   "endorsements.")
    assert any("Hazmat" in c for c in certs)
    certs = _certs("Refrigeration Technician", "Our techs are EPA-certified, and you must "
                   "be too.")
    assert "EPA" in certs  # named whole, not "EPA-"
    certs = _certs("Leasing Agent", "Our maintenance techs are EPA-certified.")
    assert not [c for c in certs if "EPA" in c]


def test_learning_on_the_job_is_no_needs_discovery() -> None:
    asks = _asks("Sales Associate", "In training you will learn how shoppers pick a "
                 "mattress.", "What you'll do")
    assert "Needs Analysis" not in asks
    asks = _asks("Sales Associate", "Ask questions to learn what each shopper needs, then "
                 "recommend a mattress.", "What you'll do")
    assert asks.get("Needs Analysis") is True


def test_a_waiver_turned_back_into_a_wish_in_other_words() -> None:
    asks = _asks("Front Desk Agent", "Opera PMS is not required, though we'd love it.")
    assert asks.get("Opera PMS") is False
    asks = _asks("Front Desk Agent", "Spanish isn't necessary, but it helps.")
    assert asks.get("Spanish") is False
    # Said alone, the waiver still asks nothing.
    assert "Spanish" not in _asks("Front Desk Agent", "Spanish isn't necessary.")
