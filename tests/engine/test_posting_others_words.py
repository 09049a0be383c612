"""Words a posting says of others, which it does not ask of the person hired.

Written fresh postings in admin, logistics, social services, teaching and the trades
showed false "missing" skills read from the employer's other teams and departments
("our engineering team ships using React" in a support specialist's posting), its
people's credentials ("Our licensed technicians are NATE-certified" for a dispatcher),
the holders the job helps ("Assist journeyman plumbers"), a job board's criteria block
("Industries: Primary and Secondary Education"), an equal-opportunity line in its
letters ("EEO/AA Employer."), what the posting waives ("… is not required") and the
welding society's letters read as Amazon Web Services. Each test is on text written
for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_a_welders_aws_is_the_welding_societys() -> None:
    welder = _asks("Pipe Welder\nHollis Fab Works\n\nRequirements\n- 2 years of TIG welding"
                   " on stainless pipe\n- AWS certification preferred\n- Grinding\n")
    assert "Amazon Web Services" not in welder
    assert "AWS Certified Welder" in welder
    cloud = _asks("Cloud Engineer\n\nRequirements\n- AWS certification preferred\n"
                  "- Terraform and Kubernetes\n")
    assert "Amazon Web Services" in cloud


SUPPORT = """Support Specialist
Quillfeather

Quillfeather is a scheduling software company for dental offices. Our engineering team \
ships every week using Vue.js and Google Cloud, and our clients move their patient lists \
over from Dentrix.

What you'll do
- Answer customer tickets in Freshdesk
- Write help articles
"""


def test_the_tools_of_other_teams_and_clients_are_theirs() -> None:
    asks = _asks(SUPPORT)
    assert "Freshdesk" in asks
    assert not {"Vue.js", "Google Cloud Platform", "Dentrix"} & set(asks)


def test_the_jobs_own_team_keeps_its_tools_as_context() -> None:
    asks = _asks("Software Engineer\nQuillfeather\n\nAbout us\nQuillfeather builds "
                 "scheduling tools for dentists. Our engineering team works in Go and "
                 "PostgreSQL.\n\nRequirements\n- 3 years of backend development\n")
    assert asks.get("PostgreSQL") is False


def test_the_departments_other_parts_are_no_asks() -> None:
    asks = _asks("Case Assistant\n\nThe Pell County Department of Family Services seeks a "
                 "Case Assistant to support its caseworkers. The department also houses "
                 "Adult Protective Services and a Medicaid eligibility unit. The Case "
                 "Assistant transports children to visits and writes visit notes.")
    assert not {"Adult Protective Services", "Medicaid"} & set(asks)


def test_the_employers_people_and_equipment_are_its_story() -> None:
    dispatcher = _asks("Dispatcher\nBrightline Heating & Cooling\n\nBrightline Heating & "
                       "Cooling has served Akron since 1979. Our licensed technicians are "
                       "NATE-certified.\n\nResponsibilities\n- Dispatch service calls in "
                       "ServiceTitan\n")
    assert "NATE Certification" not in dispatcher
    assert "ServiceTitan" in dispatcher
    laborer = _asks("Laborer\nTalus Paving Co.\n\nTalus Paving Co. is a paving contractor "
                    "serving three counties. Our fleet includes asphalt pavers and rollers "
                    "on every job.\n\nDuties\n- Rake asphalt\n- Flag traffic\n")
    assert not {"Pavers", "Rollers"} & set(laborer)


def test_a_wish_with_a_capitalised_subject_is_no_story() -> None:
    asks = _asks("Data Analyst\n\nAbout the role\nYou'll build weekly reports. Knowledge of "
                 "Tableau is ideal.\n")
    assert asks.get("Tableau") is False


def test_a_boards_criteria_and_an_eeo_line_ask_nothing() -> None:
    asks = _asks("Office Clerk\n\nRequirements\n- Microsoft Excel\n\nSeniority level: Entry "
                 "level\nIndustries: Higher Education\nJob function: Administrative\n\n"
                 "EEO/AA Employer. Drug-free workplace.\n")
    assert set(asks) == {"Microsoft Excel"}


def test_what_the_posting_waives_is_no_ask() -> None:
    asks = _asks("Resettlement Caseworker\n\nRequirements\n- Fluency in Dari\n- Knowledge "
                 "of immigration law is not required.\n- Forklift experience preferred but "
                 "not required\n")
    assert "Immigration Law" not in asks
    assert asks.get("Forklift Operation") is False


def test_what_a_part_of_the_employer_does_is_no_ask() -> None:
    asks = _asks("Office Assistant\n\nDuties\n- Support the Parks Department, which runs "
                 "the public library and the aquatic center.\n- Keep records in Excel, "
                 "which is required.\n")
    assert "Public library" not in asks
    assert "Microsoft Excel" in asks


def test_the_holders_the_job_helps_are_people() -> None:
    helper = _asks("Electrical Helper\n\nDuties\n- Assist journeyman electricians with "
                   "rough-in\n- Pull wire under the direction of a journeyman electrician\n")
    assert "Journeyman License" not in helper
    journeyman = _asks("Electrician\n\nRequirements\n- Journeyman electrician with 4 "
                       "years of commercial work\n")
    assert "Journeyman License" in journeyman


def test_things_handed_to_people_are_no_duty_to_them() -> None:
    dispatcher = _asks("Dispatcher\n\nDuties\n- Schedule and dispatch service calls to 12 "
                       "technicians\n")
    assert "Staff scheduling" not in dispatcher
    assert "Staff scheduling" in _asks("Shift Lead\n\nDuties\n- Schedule 12 technicians "
                                       "each week\n")


def test_an_offices_logistics_are_an_events() -> None:
    office = _asks("Office Assistant\n\nDuties\n- Handle logistics for board meetings and "
                   "the annual retreat\n- Reconcile procurement card statements\n")
    assert not {"Logistics Management", "Procurement"} & set(office)
    assert "Expense Report Processing" in office
    shipping = _asks("Shipping Lead\n\nRequirements\n- Coordinate logistics for inbound "
                     "freight\n")
    assert "Logistics Management" in shipping


def test_a_grade_band_is_no_form() -> None:
    assert "K-6" not in _asks("Teacher\n\nRequirements\n- Elementary Education K-6 "
                              "certificate\n")
    assert "K-1" in _asks("Tax Preparer\n\nRequirements\n- Prepare Schedule K-1 forms\n")


def test_the_employer_by_its_first_word_is_one_of_many() -> None:
    asks = _asks("Home Care Scheduler\nAsana Home Health Services\n\nAsana is one of the "
                 "largest home care agencies in Ohio.\n\nDuties\n- Build caregiver schedules "
                 "in AxisCare\n")
    assert "Asana" not in asks


def test_a_job_board_highlight_and_a_non_credential_ask_nothing_more() -> None:
    asks = _asks("Furniture Delivery Driver (Non-CDL)\n\nJob highlights\nQualifications: "
                 "Valid driver's license, Clean driving record, Ability to lift 80 lbs\n")
    assert "Driver's License" in asks
    assert not {"Commercial Driver's License", "Ability"} & set(asks)


def test_a_shelters_job_training_program_is_its_story() -> None:
    asks = _asks("Housing Case Manager\n\nPine Hollow is a 60-bed family shelter in Tacoma. "
                 "We also run a clothing bank with free laundry and a job training program "
                 "in our bakery. The Case Manager will complete housing assessments and enter "
                 "data into HMIS.")
    assert not {"Laundry", "Training programs"} & set(asks)
    assert "HMIS" in asks


def test_who_the_employer_serves_is_its_story() -> None:
    asks = _asks("Dispatcher\nOrchard Freight\n\nWhat you'll do\n- Dispatch drivers for "
                 "pickups\n\nWhat you'll need\n- 2 years of dispatch experience\n\nWho we "
                 "serve\nOrchard Freight hauls flatbed and refrigerated loads, and our "
                 "warehouse offers kitting for grocery customers.\n")
    assert not {"Flatbed", "Refrigerated Freight", "Kitting"} & set(asks)
    assert "Dispatching" in asks


def test_a_tool_in_the_story_is_context_only_where_the_story_speaks_of_tools() -> None:
    asks = _asks("Billing Specialist\nMaple Dental Group\n\nMaple Dental Group runs 9 "
                 "offices in Ohio. Our offices use Dentrix. Our hygienists offer Invisalign "
                 "and same-day crowns.\n\nDuties\n- Post insurance payments\n")
    assert asks.get("Dentrix") is False
    assert "Invisalign" not in asks


def test_a_verb_led_alias_names_its_skill_not_a_skill_of_its_own() -> None:
    asks = _asks("Help Desk Agent\n\nDuties\n- Walk customers through resetting a router\n"
                 "- Run machines on the night shift\n")
    assert "Walk customers through" not in asks
    assert "Technical Troubleshooting for Customers" in asks
    assert "Machine Operation" in asks


def test_what_the_named_department_maintains_is_its_story() -> None:
    asks = _asks("Office Coordinator\nHarlan Technical College\n\nThe Physical Plant "
                 "department maintains 9 buildings, grounds, custodial services and the "
                 "campus fleet.\n\nResponsibilities\n- Track work orders in the CMMS\n"
                 "- Take minutes at staff meetings\n")
    assert not {"Custodial services", "Campus fleet", "Grounds"} & set(asks), asks
    assert "CMMS" in asks, asks
    # A title is no department: "The Front Office Manager leads the front desk …".
    manager = _asks("Front Office Manager\n\nThe Front Office Manager leads the front desk "
                    "and PBX teams.\n\nRequirements\n- Opera PMS\n")
    assert "PBX" in manager, manager
