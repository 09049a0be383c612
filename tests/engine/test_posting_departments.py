"""The departments a job works with are the employer's people, not its asks.

"Work with Sales and Customer Success to resolve billing disputes" asks for billing
disputes; Sales and Customer Success are who the job talks to. Texts are written for
these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.departments import department_lists


def _asked(duty: str) -> set[str]:
    analysis = analyse_posting(f"Job Title: Billing Analyst\nResponsibilities\n- {duty}\n")
    return {s.name for s in analysis.skills}


def test_departments_after_a_verb_of_working_together_are_not_asked() -> None:
    assert _asked("Work with Sales and Customer Success to resolve billing disputes") == {
        "Billing Disputes"}
    assert _asked("Collaborate closely with Engineering, Finance, and Human Resources "
                  "to plan headcount") == {"Headcount planning"}
    assert _asked("Coordinate with Nursing, Pharmacy and Case Management on "
                  "discharge plans") & {"Nursing", "Pharmacy", "Case Management"} == set()
    assert _asked("Partner cross-functionally with Marketing and Product Management "
                  "on launch plans") == set()


def test_the_same_words_asked_as_a_field_or_used_as_tools_are_still_read() -> None:
    assert {"Sales", "Customer Success"} <= _asked("Experience in Sales or Customer Success")
    assert {"Salesforce", "HubSpot"} <= _asked("Work with Salesforce and HubSpot every day")
    assert "Case Management" in _asked("Case Management for 40 clients on a caseload")


def test_a_list_is_the_employers_departments_only_when_every_item_is_one() -> None:
    text = "Work with Sales and NetSuite admins on quotes"
    assert department_lists(text) == []
    text = "Works closely with the Finance and Payroll teams"
    spans = department_lists(text)
    assert [text[a:b] for a, b in spans] == ["Finance and Payroll"]
    # A department's word opening a longer capitalised name is that name's.
    assert department_lists("Work with Finance Cloud every day") == []
    assert department_lists("Work with Salesforce admins") == []


def test_the_fields_of_experts_around_the_job_are_not_asked() -> None:
    """ "cross-functional teams of experts in design, software engineering and data
    science": the fields of the people the job works among, not asks of it. The
    candidate as a specialist ("You are a specialist in SQL") still asks."""
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("UX Designer\n\nResponsibilities\n- Work in teams of experts in product "
            "strategy, software engineering and data science\n- Partner with "
            "specialists in user research\n- Prototype in Figma\n")
    asked = {s.name for s in analyse_posting(text).skills}
    assert not {"Software Engineering", "Data Science", "User Research"} & asked
    assert "Figma" in asked
    text = "Data Analyst\n\nRequirements\n- You are a specialist in SQL and Tableau\n"
    assert {"SQL", "Tableau"} <= {s.name for s in analyse_posting(text).skills}


def test_lower_case_departments_closing_a_duty_are_its_people() -> None:
    text = "Plan the weekly build schedule with production and maintenance"
    spans = department_lists(text)
    assert [text[a:b] for a, b in spans] == ["production and maintenance"]
    # Asked as experience, or as the help the job gives, they are the work itself.
    assert department_lists("Two years of experience with purchasing") == []
    assert department_lists("Help with payroll and billing") == []
    asked = {s.name for s in analyse_posting(
        "Buyer\n\nDuties\n- Forecast demand with purchasing\n- Place orders in SAP\n"
        ).skills}
    assert "Purchasing" not in asked
    assert "SAP ERP" in asked


def test_departments_work_is_handed_on_to_are_its_people() -> None:
    """ "Send approved invoices to Accounts Payable", "refer callers to Lending": where
    the work goes, not what the job asks."""
    def spans(text: str) -> list[str]:
        return [text[a:b] for a, b in department_lists(text)]

    assert spans("Code and approve invoices, then forward them to Accounts Payable") == [
        "Accounts Payable"]
    assert spans("Refer callers to Lending or a branch manager") == ["Lending"]
    assert spans("Escalate system outages to engineering.") == ["engineering"]
    assert spans("Report stock shortages to purchasing") == ["purchasing"]
    # A person's title, a longer capitalised name, or a lower-case name inside the
    # clause is not the department.
    assert spans("Report to the Finance Manager") == []
    assert spans("Submit bills to Accounts Payable Online") == []
    assert spans("Send marketing emails to customers every week") == []
    asked = {s.name for s in analyse_posting(
        "Office Assistant\n\nDuties\n- Log work orders in Yardi and route invoices to "
        "Accounts Payable\n- Coordinate with Transportation and Customer Service on "
        "late deliveries\n").skills}
    assert not {"Accounts Payable", "Customer Service", "Transportation"} & asked
    assert "Yardi Voyager" in asked


def test_departments_named_in_two_words_are_departments_too() -> None:
    text = "Partner with Demand Planning and Quality Control on weekly build plans"
    assert [text[a:b] for a, b in department_lists(text)] == [
        "Demand Planning and Quality Control"]


def test_a_capitalised_only_department_in_lower_case_is_still_the_work() -> None:
    assert department_lists("Provide new hires with onboarding") == []
    assert department_lists("Help riders with transportation") == []
    assert "Onboarding" in _asked("Own employee onboarding for new hires")


def test_questions_passed_on_and_who_takes_them_are_not_the_jobs_work() -> None:
    """ "Route clinical questions to nurse triage": the job passes them on; Triage and
    billing were false "missing" skills on a scheduler's report."""
    def spans(text: str) -> list[str]:
        return [text[a:b] for a, b in department_lists(text)]

    assert spans("Route pharmacy questions to the on-call pharmacist and coverage "
                 "questions to member services") == [
        "pharmacy questions", "the on-call pharmacist", "coverage questions",
        "member services"]
    assert spans("Hand off payroll questions to HR.") == ["payroll questions", "HR"]
    # The job's own requests, or questions it answers, are its work.
    assert spans("Submit change requests to the owner") == []
    assert spans("Answer payroll questions from employees") == []


def test_the_next_partners_after_and_with_are_departments_too() -> None:
    """ "work with Marketing on X and with Customer Success to Y": the second list is
    the same verb's partners (written for this test)."""
    asks = _asked("Partner closely with Finance on budgets and with Customer Success "
                  "to plan renewals")
    assert not asks & {"Finance", "Customer Success"}
    # A tool after "and with" is no department.
    assert "HubSpot" in _asked("Work with Sales on quotes and with HubSpot every day")


def test_two_word_departments_of_a_seller_are_departments() -> None:
    assert "Product Marketing" not in _asked(
        "Work with Product Marketing on pricing pages")
    assert "Inside Sales" not in _asked("Coordinate with Inside Sales and Operations on "
                                        "backorders")
    assert "Inside Sales" in _asked("2 years of experience in Inside Sales")


def test_trades_people_and_a_supervisors_title_are_who_the_job_works_with() -> None:
    """The other trades on a job site and the person the job works under are people:
    their trade is theirs, not this job's ask (texts written for this test)."""
    asks = _asked("Coordinate with electricians, plumbers and HVAC subcontractors on "
                  "rough-in dates")
    assert not asks & {"HVAC", "Plumbing"}
    asks = _asked("Run small reading groups under the supervision of the special "
                  "education teacher")
    assert "Special Education" not in asks
    assert "Special Education" in _asked("Experience in special education classrooms")


def test_the_one_the_job_works_under_and_a_head_of_a_department_are_people() -> None:
    """ "work under a journeyman plumber" names the apprentice's boss, "help our
    Director of Leasing" the head of another department: neither is asked of the
    job (written for this test). The job's own title stays the job's."""
    assert "Journeyman License" not in _asked(
        "Work under a journeyman plumber on service calls and new installs")
    asks = _asked("Help our Director of Leasing with open-house flyers in Canva")
    assert "Leasing" not in asks
    assert "Canva" in asks
    asks = _asked("Support our VP of Business Development with pitch decks in PowerPoint")
    assert "Business Development" not in asks
    assert "Microsoft PowerPoint" in asks
    assert "Finance" in _asked("As our Director of Finance, you will own Finance and "
                               "FP&A reporting")
