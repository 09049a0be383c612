"""Words of the employer's story and of a posting's closing lines ask for nothing: what
the employer runs, makes or sells, told over several sentences; its name cut by an
abbreviation ("Co.") or by a phrase ("a community bank"); the rewards, how to apply,
a school's or a bank's legal notice, the shift, the schooling. Each test also keeps a
real ask of the same posting, so that a rule that reads too much shows."""

from __future__ import annotations

from types import SimpleNamespace

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.hit_filters import names_a_currency
from tailor_app.tailoring.posting.nouns import noun_terms


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _preferred(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills if not s.required}


def test_the_employers_story_goes_on_after_its_first_sentence() -> None:
    asked = _asked(
        "Youth Advocate\nBrookline Youth Alliance has served Erie County for 40 years. "
        "Our programs include foster care, adoption and a food bank.\nResponsibilities\n"
        "- Complete intake assessments\n- Conduct home visits and crisis intervention\n")
    assert not asked & {"Foster Care", "Adoption", "Food bank"}
    assert {"Home visits", "Crisis intervention"} <= asked


def test_a_story_sentence_that_turns_to_the_job_is_read() -> None:
    asked = _asked(
        "Dock Associate\nKettle Row Freight has run a cross-dock in Macon since 1988. Our "
        "drivers haul refrigerated freight across the Southeast. The dock associate "
        "operates a forklift and a pallet jack every shift.\n")
    assert "Refrigerated Freight" not in asked
    assert {"Forklift Operation", "Pallet jack"} <= asked


def test_a_sentence_about_the_job_is_no_name_of_the_employer() -> None:
    # "The loader operates", "This position is": no capitalised name opens them.
    assert {"Forklift Operation", "Pallet jack"} <= _asked(
        "Loader\nThe loader operates a forklift and a pallet jack every shift.\n")
    assert {"Data Entry", "Filing"} <= _asked(
        "Office Assistant\nThis position is responsible for scheduling, filing and data "
        "entry.\n")


def test_an_abbreviation_in_the_name_does_not_cut_the_story() -> None:
    asked = _asked(
        "Sales Associate\nThornbury Outdoor Co. sells kayaks, mountain bikes and camping "
        "gear in four stores.\nWhat you'll do\n- Greet customers and run the POS\n"
        "- Cash handling and visual merchandising\n")
    assert not asked & {"Kayaks", "Mountain bikes", "Camping gear"}
    assert {"Cash Handling", "Visual Merchandising"} <= asked


def test_software_the_employer_sells_is_no_ask_but_its_stack_is_context() -> None:
    text = ("Support Engineer\nAbout us\nQuillmark makes point-of-sale software and "
            "inventory management software for florists. Our stack runs on AWS and "
            "PostgreSQL.\nWhat you'll do\n- Answer tickets in Zendesk\n- Write SQL to "
            "investigate data issues\n")
    asked = _asked(text)
    assert not asked & {"Point of Sale", "Inventory Management Software"}
    assert {"Amazon Web Services", "PostgreSQL"} <= _preferred(text)
    assert {"Zendesk", "SQL"} <= asked


def test_a_phrase_between_the_name_and_its_verb_keeps_the_story() -> None:
    asked = _asked(
        "Teller\nGranger Savings Bank, a 90-year-old community bank, offers wealth "
        "management, trust services and commercial lending.\nRequirements\n- Cash handling "
        "and balancing a cash drawer\n- Customer service experience\n")
    assert not asked & {"Wealth management", "Commercial Lending", "Trust services"}
    assert {"Cash Handling", "Customer Service"} <= asked


def test_rewards_and_how_to_apply_under_the_requirements_ask_nothing() -> None:
    asked = _asked(
        "Legal Assistant\nRequirements: 2 years of legal assistant experience; Westlaw and "
        "Microsoft Word.\nHalden Ruiz offers a hybrid schedule, a 401(k) with profit "
        "sharing, and parking. Submit a cover letter, resume and writing sample to "
        "jobs@haldenruiz.example.\n")
    assert not {n for n in asked
                if any(w in n.casefold() for w in ("profit", "parking", "letter", "resume",
                                                   "writing"))}
    assert {"Westlaw", "Microsoft Word"} <= asked


def test_a_schools_notice_and_pension_ask_nothing() -> None:
    asked = _asked(
        "Kindergarten Teacher\nRequirements\n- Multiple Subject Teaching Credential\n"
        "- Classroom management\nDesirable\n- Experience with Units of Study\n- Salary "
        "placement on the district schedule. CalPERS retirement. Applications accepted on "
        "EdJoin only. The district prohibits discrimination, harassment, intimidation and "
        "bullying.\n")
    assert not {n for n in asked
                if any(w in n.casefold() for w in ("calpers", "edjoin", "bullying",
                                                   "harassment", "intimidation"))}
    assert "Classroom Management" in asked


def test_a_banks_notice_asks_nothing() -> None:
    asked = _asked(
        "Loan Processor\nRequirements\n- Two years of mortgage processing in Encompass\n"
        "- Knowledge of TRID and RESPA\nLakemont Bank is a Member FDIC and an Equal Housing "
        "Lender. Benefits include an employee stock ownership plan.\n")
    assert not asked & {"FDIC", "Ownership"}
    assert {"Encompass", "TRID", "RESPA"} <= asked


def test_the_shift_line_and_schooling_ask_nothing() -> None:
    asked = _asked(
        "Night Warehouse Associate\nRequirements\n- Forklift certification\n- High school "
        "diploma or GED\nShift: nights, 10pm-6:30am, with overtime on call in December.\n")
    assert not asked & {"GED", "On-Call Rotation"}
    assert "Forklift Certification" in asked


def test_a_duty_that_names_a_benefit_is_still_the_work() -> None:
    asked = _asked(
        "Benefits Specialist\nResponsibilities\n- Administer the 401(k) plan and process "
        "PTO accruals in ADP\n- Answer employee questions about benefits administration\n")
    assert {"ADP", "Benefits Administration"} <= asked


def test_the_group_a_job_is_part_of_is_no_ask() -> None:
    asked = _asked(
        "Web Developer\nThis position is part of the Digital Services Engineering Community "
        "and builds pages in React and TypeScript.\n")
    assert {"React", "TypeScript"} <= asked
    assert "Software Engineering" not in asked


def test_training_the_employer_provides_is_no_ask() -> None:
    asked = _asked(
        "Residential Aide\nRequirements\n- CPR and First Aid certification\n- Valid "
        "driver's license\n- Naloxone training provided after hire\n")
    assert "Naloxone Administration" not in asked
    assert "Driver's License" in asked


def test_what_the_employer_is_beside_its_name_asks_nothing() -> None:
    asked = _asked(
        "Payables Clerk\nOur client, a regional property management company with a "
        "landscaping division, is seeking a payables clerk.\nRequirements\n- Invoice "
        "processing and vendor reconciliation in Yardi Voyager\n")
    assert not asked & {"Property Management", "Landscaping"}
    assert "Yardi Voyager" in asked


def test_a_description_of_the_employer_in_one_sentence_posting() -> None:
    asked = _asked(
        "Night Auditor at The Wrenfield Inn, a lakeside hotel with a spa and event space "
        "for weddings; you will balance the day's receipts in Opera PMS and handle cash.\n")
    assert "Weddings" not in asked
    assert "Opera PMS" in asked


def test_another_teams_tools_in_the_story_are_no_ask() -> None:
    asked = _asked(
        "Territory Sales Representative\nHollowmere Biologics is a biotechnology company "
        "in Raleigh. Our R&D team in Durham uses AI-driven protein design.\nRequirements\n"
        "- Two years of B2B sales\n- Veeva CRM\n")
    assert not asked & {"R&D", "AI-driven"}
    assert "B2B Sales" in asked


def test_a_currency_code_beside_the_pay_is_no_skill() -> None:
    cad = SimpleNamespace(name="Computer-Aided Design", kind="hard", fields=("design",))
    pay = "Remote, Canada · $88k–$104k CAD base"
    at = pay.index("CAD")
    assert names_a_currency(pay, SimpleNamespace(skill=cad, start=at, end=at + 3))
    duty = "Drafting in CAD from engineers' markups"
    at = duty.index("CAD")
    assert not names_a_currency(duty, SimpleNamespace(skill=cad, start=at, end=at + 3))


def test_an_adverb_after_will_is_no_duty_verb() -> None:
    asked = _asked(
        "Clinic Receptionist\nYou will also answer a multi-line phone and scan referrals "
        "into charts.\n")
    assert not {n for n in asked if n.casefold().endswith("alsoing")}
    assert "Multi-Line Phones" in asked


def test_a_subject_and_its_verb_are_no_noun_phrase() -> None:
    text = ("Track loads by ELD and GPS, update customers on ETAs, and re-plan routes "
            "when vans break down or weather closes roads.")
    names = {t.name for t in noun_terms(text, [], set(), free=False)}
    assert "Vans break" not in names
    assert "Load tracking" in names


def test_the_teams_the_job_supports_are_no_asks() -> None:
    asked = _asked(
        "Executive Assistant\nYou will support our Finance, Tax and Investor Relations "
        "teams.\nRequirements\n- Calendar management and travel arrangements in Concur\n")
    assert not asked & {"Finance", "Tax", "Investor Relations"}
    assert "Concur" in asked


def test_the_story_after_at_our_name_we() -> None:
    asked = _asked(
        "Shift Lead\nAt Fernhill Bakehouse we bake sourdough and wedding cakes every "
        "morning.\nRequirements\n- Cash handling and opening procedures\n")
    assert "Weddings" not in asked
    assert "Cash Handling" in asked


def test_an_employer_with_its_acronym_tells_its_story() -> None:
    asked = _asked(
        "Family Advocate\nLakeshore Community Action Agency (LCAA) fights poverty through "
        "LIHEAP energy assistance, weatherization and free tax preparation.\n"
        "Responsibilities\n- Home visits with enrolled families\n")
    assert not asked & {"LIHEAP", "Weatherization", "Tax Preparation"}
    assert "Home visits" in asked


def test_the_place_and_kind_of_job_in_a_header_line_ask_nothing() -> None:
    asked = _asked(
        "Home Health Physical Therapist\nBrightwell Home Care | Mesa, AZ | PRN or Full "
        "Time\nRequirements\n- Arizona PT license\n- Gait training and OASIS assessments\n")
    assert not asked & {"PRN", "Full Time"}
    assert "Gait Training" in asked


def test_an_associate_degrees_subjects_are_no_asks() -> None:
    asked = _asked(
        "Family Advocate\nRequirements\n- AA in human services, social work or a related "
        "field\n- Home visits with enrolled families\n")
    assert "Human services" not in asked
    assert "Home visits" in asked


def test_perks_and_an_on_call_line_ask_nothing() -> None:
    asked = _asked(
        "Service Plumber\nRequirements\n- Journeyman plumber license\n- Tankless water "
        "heater installs\nRotating on-call: one weekend a month.\nFlexible scheduling and "
        "a take-home truck.\n")
    assert not asked & {"On-Call Rotation", "Scheduling"}
    assert "Tankless Water Heaters" in asked


def test_a_boards_similar_jobs_and_share_lines_ask_nothing() -> None:
    asked = _asked(
        "Dietary Aide\nRequirements\n- Food handler card\n- Tray line and dish room work\n"
        "Share this job: Facebook Twitter LinkedIn Email\nSimilar Jobs: Charge Nurse | CNA | "
        "Phlebotomist\n")
    assert not asked & {"Certified Nursing Assistant", "Phlebotomy", "LinkedIn"}
    assert "ServSafe Food Handler" in asked


def test_the_employers_name_spells_out_no_acronym() -> None:
    asked = _asked(
        "Night Nurse\nCompany: Birchwood Rehabilitation & Nursing\nRequirements\n- Iowa "
        "LPN license\n- Tracheostomy care\n- Notify the RN supervisor of changes in "
        "condition\n")
    assert not asked & {"Rehabilitation Nursing", "Registered Nurse"}
    assert "Tracheostomy Care" in asked


def test_what_the_jobs_work_feeds_is_no_ask() -> None:
    asked = _asked(
        "Analytics Engineer\nResponsibilities\n- Build dbt models in Snowflake that feed "
        "billing, pricing and marketing analytics.\n")
    assert "Marketing Analytics" not in asked
    assert {"dbt", "Snowflake"} <= asked
