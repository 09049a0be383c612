"""Preferred by wording, in two more of the ways postings say it, and an acronym that is
part of a form's code is no skill."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def kinds(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_helpful_after_a_skill_makes_it_preferred() -> None:
    found = kinds("Requirements\n- Excel\n- Experience with QuickBooks helpful.\n")
    assert found["Microsoft Excel"] is True
    assert found["QuickBooks"] is False


def test_as_would_carries_the_advantage_on_to_the_next_skill() -> None:
    found = kinds("Requirements\n- Excel\n\nA Spanish speaker would be an advantage, as "
                  "would experience with Salesforce.\n")
    assert found["Salesforce"] is False
    assert found["Microsoft Excel"] is True


def test_an_acronym_glued_to_a_forms_number_is_no_skill() -> None:
    assert "National Electrical Code" not in kinds(
        "Requirements\n- Prepare Form 1099-NEC filings for contractors\n")
    assert "National Electrical Code" in kinds("Requirements\n- Working knowledge of the NEC\n")


def test_priority_or_preference_given_makes_a_skill_preferred() -> None:
    found = kinds("Requirements\n- Excel\n- Candidates with QuickBooks experience will be "
                  "given priority.\n")
    assert found["Microsoft Excel"] is True
    assert found["QuickBooks"] is False
    assert kinds("Requirements\n- Excel\n\nPreference will be given to applicants who "
                 "speak Spanish.\n")["Spanish"] is False


def test_highly_regarded_makes_a_skill_preferred() -> None:
    found = kinds("Requirements\n- Excel\n- Experience with QuickBooks is highly regarded.\n")
    assert found == {"Microsoft Excel": True, "QuickBooks": False}


def test_encouraged_to_apply_invites_and_does_not_require() -> None:
    found = kinds("Requirements\n- Excel\n\nCandidates who speak Vietnamese are "
                  "encouraged to apply, since many of our clients do.\n")
    assert found == {"Microsoft Excel": True, "Vietnamese": False}
    assert kinds("Requirements\n- Excel\n- We strongly encourage Tagalog speakers to "
                 "apply.\n")["Tagalog"] is False
    assert kinds("Requirements\n- Excel\n- Fluent Tagalog.\n")["Tagalog"] is True


def test_would_be_ideal_and_even_better_mark_a_wish() -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("Estimator\n\nWhat you bring\n- Takeoffs in Bluebeam\n"
            "- Procore would be ideal\n- QuickBooks would be even better\n")
    required = {s.name: s.required for s in analyse_posting(text).skills}
    assert required.get("Bluebeam") is True
    assert required.get("Procore") is False and required.get("QuickBooks") is False


def test_a_summary_of_the_job_tells_its_duties_not_its_context() -> None:
    """Under "Job Summary" the job's own work, told of the job ("The Warehouse Lead
    leads a team in receiving and shipping"), is asked as a duty is; under a heading
    about the employer it stays context."""
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("Warehouse Lead\nJob Summary: The Warehouse Lead leads a team of associates in "
            "receiving, put-away, picking, packing and shipping.\nRequirements: forklift "
            "certification. Bilingual English/Spanish preferred.\n")
    required = {s.name: s.required for s in analyse_posting(text).skills}
    assert required.get("Shipping") is True and required.get("Putaway") is True
    assert required.get("Spanish") is False
    text = ("Warehouse Lead\nAbout Us\nRidgeway Supply runs shipping for 40 stores.\n"
            "Requirements\n- Forklift certification\n")
    assert {s.name: s.required for s in analyse_posting(text).skills}.get("Shipping") in (
        None, False)


def test_a_forms_bare_summary_heading_sums_up_the_job() -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("POSITION: Payroll Specialist\nDEPARTMENT: Human Resources\n\nSUMMARY\n"
            "Processes biweekly payroll for 450 employees and administers employee benefit "
            "programs.\n\nQUALIFICATIONS\nAdvanced Excel skills.\n")
    required = {s.name: s.required for s in analyse_posting(text).skills}
    assert required.get("Benefits Administration") is True


def test_the_opportunity_heading_tells_the_jobs_duties() -> None:
    """ "The Opportunity" describes the job, as "The Role" does: its work is required."""
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("Outside Sales Representative\n\nThe Opportunity\nGrow a territory of contractor "
            "accounts. Work with branch managers to hit an annual quota and log calls in "
            "Salesforce.\n\nWhat You Bring\n- 3 years of B2B sales\n")
    required = {s.name: s.required for s in analyse_posting(text).skills}
    assert required.get("Quota Attainment") is True
    assert required.get("Salesforce") is True


def test_a_wish_after_a_comma_spares_a_demand_with_its_own_years() -> None:
    """ "3+ years of office management experience, healthcare preferred": the wish is
    the setting; the office management, with its own years, stays required. "Python,
    SQL preferred" still prefers both."""
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("Office Manager\n\nRequirements\n- 3+ years of office management experience, "
            "healthcare preferred\n- QuickBooks\n")
    required = {s.name: s.required for s in analyse_posting(text).skills}
    assert required.get("Office Management") is True
    text = "Analyst\n\nRequirements\n- Python, SQL preferred\n"
    required = {s.name: s.required for s in analyse_posting(text).skills}
    assert required.get("Python") is False and required.get("SQL") is False


def test_an_inline_role_label_tells_the_duties() -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("Solar Installer\nSunward Energy\n\nRole: You will run conduit on "
            "residential roofs.\nRequirements: NABCEP PV Associate a plus.\n")
    required = {s.name: s.required for s in analyse_posting(text).skills}
    assert required.get("Conduit Work") is True


def test_a_label_opening_a_sentence_speaks_for_all_of_it() -> None:
    # "Preferred:" inside a paragraph: every item after it, not the first alone.
    text = ("Payroll Analyst\n\nRequirements: 3+ years of multi-state payroll, ADP Workforce"
            " Now, advanced Excel. Nice to have: Workday, a CPP certification, garnishment"
            " processing.")
    skills = {s.name: s.required for s in analyse_posting(text).skills}
    assert skills.get("Microsoft Excel") is True
    assert skills.get("Workday") is False
    assert all(not required for name, required in skills.items()
               if "arnish" in name or name.startswith("CPP"))
