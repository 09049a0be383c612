"""Other workers told in more shapes, credential bodies' letters, and the employer's
own credentials (Dec 6, precision14).

Each false ask became a false "missing" in the match report. Every test is on text
written for it, not a batch's posting.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.appositives import employer_aside_spans
from tailor_app.tailoring.posting.credential_bodies import names_a_credential
from tailor_app.tailoring.posting.employer_credentials import employer_credential_spans
from tailor_app.tailoring.posting.headings import classify_heading
from tailor_app.tailoring.posting.others_duties import others_duty_spans


def _said(title: str, text: str) -> list[str]:
    return [text[a:b] for a, b in others_duty_spans(text, title)]


def _asks(posting: str) -> set[str]:
    return {s.name for s in analyse_posting(posting).skills}


def test_a_worker_named_by_its_kind_opens_a_line() -> None:
    # Bare plural workers after words of their kind, at a line's opening.
    said = _said("Front Desk Clerk", "Duties\n- Housekeeping supervisors inspect every "
                 "room before release; you assign the keys.")
    assert said == ["supervisors inspect every room before release"]
    # The hire's verb before bare workers is no kind of worker: the hire's errand.
    assert _said("Dispatcher", "Duties\n- Ensure drivers complete their logs") == []
    assert _said("Dispatcher", "Duties\n- Let drivers know about closures") == []
    # The job's own people by their kind are the job's.
    assert _said("Warehouse Associate", "Duties\n- Warehouse associates pick orders") == []


def test_a_clause_of_its_own_after_so_or_where() -> None:
    said = _said("Dispatcher", "- Print the route sheets early so loaders stage "
                 "each trailer by route.")
    assert said == ["loaders stage each trailer by route"]
    said = _said("Shipping Clerk", "- Keep the dock clear where forklift operators "
                 "unload the pallets.")
    assert said == ["operators unload the pallets"]


def test_a_group_who_does_the_work_takes_either_number() -> None:
    said = _said("Dental Receptionist", "- Send claims to our billing team, who handle "
                 "denials and appeals.")
    assert said == ["who handle denials and appeals"]


def test_a_long_sentence_opened_by_you_leaves_the_workers_theirs() -> None:
    said = _said("Pharmacy Call Center Agent", "You will take refill calls and pass "
                 "the hard ones to our staff pharmacists, who counsel patients on "
                 "interactions.")
    assert said == ["who counsel patients on interactions"]
    # "you are ... a worker who": the hire.
    assert _said("Forklift Operator", "You are a steady forklift operator who loads "
                 "trailers.") == []
    # "we need someone ..., who holds": the someone sought, however far.
    assert _said("Banquet Server", "We need someone with two years of catering work, "
                 "some of it leading a crew, who holds a food handler card.") == []


def test_credential_bodies_letters_are_no_software() -> None:
    posting = ("Concrete Foreman\n\nDuties\n- Pour, screed and finish slabs and "
               "sidewalks\n- Set forms, tie rebar and saw-cut joints\n- Run a crew of "
               "four finishers and a concrete pump\n- Read blueprints and shoot grade with "
               "a laser level\n- Keep daily reports and toolbox talks\n\nRequirements\n"
               "- ACI Concrete Field Testing Technician certification\n- OSHA 30\n"
               "- Forklift and skid steer operation\n")
    assert "Azure Container Apps" not in _asks(posting)
    text = "ASP or CSP certification"
    assert names_a_credential(text, 3)
    assert names_a_credential("ACI-certified finisher", 3)
    assert not names_a_credential("ACI pipelines in Azure", 3)


def test_a_credential_of_the_employers_place_is_no_ask() -> None:
    told = "Our Toledo bakery is BRCGS certified, and a Kosher-certified kitchen."
    assert sorted(told[a:b] for a, b in employer_credential_spans(told)) == [
        "BRCGS certified", "Kosher-certified"]
    posting = ("Maintenance Mechanic\nRiverbend Castings\n\nAbout us\nWe operate an "
               "ISO 9001 certified foundry in Peoria.\n\nDuties\n- Repair hydraulic "
               "presses and conveyors\n- Weld and fabricate brackets\n")
    assert "ISO 9001" not in _asks(posting)


def test_a_credential_asked_of_the_hire_stays() -> None:
    asked = ("Quality Inspector\n\nRequirements\n- Experience in an ISO 9001 certified "
             "plant\n- Read blueprints and use calipers\n")
    assert "ISO 9001" in _asks(asked)
    assert employer_credential_spans("Must be forklift certified in 30 days.") == []
    assert employer_credential_spans("Keep our OSHA-compliant site safety plan.") == []
    assert employer_credential_spans("AWS certified welders start at $30.") == []


def test_the_hires_credential_or_school_is_no_place_of_the_employer() -> None:
    # (review14) A person certified in a setting, and the school the hire finished.
    asked = ("Process Engineer\nBrenner Molding – Akron, OH\n\nRequirements\n- Lean Six "
             "Sigma Green Belt certified in plastics operations\n- 3+ years in a plant\n")
    assert employer_credential_spans(asked) == []
    for line in ("- ServSafe certified in a busy kitchen",
                 "- Graduate of a CAAHEP accredited medical assisting program",
                 "- Degree from an ABET accredited engineering program"):
        assert employer_credential_spans(line) == [], line
    posting = ("Dental Hygienist\nLakeview Family Dental – Fargo, ND\n\nRequirements\n- "
               "Graduate of a CODA accredited dental hygiene program\n- North Dakota RDH "
               "license\n")
    assert "CODA" in _asks(posting)


def test_workers_counted_or_handling_the_readers_things() -> None:
    # A number before the workers: "two paraprofessionals, who ...".
    said = _said("Life Skills Teacher", "- Lead three job coaches, who take students to "
                 "their work sites and chart their progress.")
    assert said == ["who take students to their work sites and chart their progress"]
    # "your" is the reader's thing the workers handle, still their duty; "you" brought
    # into the clause is not.
    said = _said("Delivery Driver", "Our yard crew fuels your truck every night.")
    assert said == ["crew fuels your truck every night"]
    assert _said("Delivery Driver", "Our dispatchers call you with each change.") == []


def test_what_you_get_heads_the_perks() -> None:
    for heading in ("You get", "What you will get", "You'll receive", "What you earn"):
        assert classify_heading(heading) == "benefits", heading
    assert classify_heading("What you'll do") == "responsibilities"


def test_an_event_planned_is_event_planning() -> None:
    posting = ("Front Office Assistant\nHollow Creek Veterinary\n\nWhat you'll do\n- Plan "
               "the yearly client appreciation picnic\n- Organize the monthly safety "
               "luncheon for all staff\n- Check in patients and take payments\n")
    asks = _asks(posting)
    assert "Event Planning" in asks
    assert "Safety Planning" not in asks and not any("annual" in a.lower() for a in asks)


def test_another_kind_of_the_titles_worker_does_other_work() -> None:
    # The title's noun with another trade's noun before it: not the hire's people.
    said = _said("Pharmacy Technician", "Duties\n- Maintenance technicians repair the "
                 "pill counters; you log the faults.")
    assert said == ["technicians repair the pill counters"]
    said = _said("Service Advisor", "Duties\n- Our F&I managers handle the loan paperwork.")
    assert said == ["managers handle the loan paperwork"]
    # Rank, shift, unit or setting words keep the title's own people.
    assert _said("Maintenance Technician", "Duties\n- Senior technicians rebuild the "
                 "boilers.") == []
    assert _said("Regional Truck Driver", "Duties\n- Long-haul drivers run the western "
                 "lanes.") == []
    # (review14) The hire's own unit: "Our ICU nurses" in an RN's posting.
    posting = ("Registered Nurse\nPine Ridge Hospital – Fargo, ND\n\nAbout the role\nOur "
               "PICU nurses care for two critically ill children, titrate drips and manage "
               "ventilated patients.\n\nRequirements\n- North Dakota RN license\n")
    assert "Titrating Drips" in _asks(posting)
    assert _said("Registered Nurse", "Duties\n- Our ER nurses triage walk-ins.") == []


def test_certificates_that_are_papers_are_no_credentials() -> None:
    posting = ("Property Manager Assistant\nHollis Realty\n\n## What you'll do\n- Track "
               "vendor insurance certificates every January\n- Request certificates of "
               "occupancy for new units\n\n## Requirements\n- Notary public commission\n")
    credentials = analyse_posting(posting).certifications
    assert not any("insurance" in c.lower() or "occupancy" in c.lower() for c in credentials)
    assert any("Notary" in c for c in credentials)


def test_modifiers_sharing_one_head_name_one_object() -> None:
    posting = ("Office Assistant\nMesa Ridge Dental\n\nWhat you'll do\n- Order office and "
               "breakroom supplies every Monday\n- Answer phones and greet patients\n")
    assert "Ordering" not in _asks(posting)


def test_another_worker_teaching_is_their_work() -> None:
    said = _said("Fifth Grade Teacher", "Duties\n- The school counselor teaches coping skills to "
                 "each class, and you reinforce them.")
    assert said == ["counselor teaches coping skills to each class"]
    # The reader taught is the hire's own learning: no span.
    assert _said("Barista", "Our trainers teach you latte art.") == []


def test_an_aside_on_the_employer_before_it_hires_asks_nothing() -> None:
    posting = ("Marlow Tax & Accounting, a bookkeeping and payroll services firm in Akron, "
               "is hiring a Front Desk Coordinator. You will greet clients, answer phones "
               "and schedule appointments in Calendly. You need Microsoft Outlook.")
    asks = _asks(posting)
    assert "Calendly" in asks and "Microsoft Outlook" in asks
    assert not any(a in asks for a in ("Bookkeeping", "Payroll", "Payroll Processing"))
    told = "Greyfield Law, a family law and estate planning practice in Boise, seeks a clerk."
    assert [told[a:b] for a, b in employer_aside_spans(told)] == [
        "a family law and estate planning practice in Boise"]
    assert employer_aside_spans("You will use Excel, a spreadsheet, and Word.") == []
