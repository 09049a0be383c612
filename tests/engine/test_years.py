"""The minimum years of experience a posting asks for, in the many ways postings say it,
and never the years of something else (schooling, a contract, the company's age)."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("A minimum of five years of experience in payroll is required.", 5),
        ("Requirements:\n- 5+ yrs in retail management", 5),
        ("You have three to five years of experience as a paralegal.", 3),
        ("Five or more years of experience in commercial HVAC service.", 5),
        ("Six years or more of bedside nursing experience.", 6),
        ("At least 5 years' experience with municipal budgets.", 5),
        ("At least 5 years’ experience with municipal budgets.", 5),
        ("3 yrs. experience in a distribution centre", 3),
        ("Requires 7+ years' professional experience in tax preparation.", 7),
        ("Ten (10) years of progressive experience in facilities management.", 10),
        ("Experience: 3 years (required)", 3),
        ("Four or greater years of classroom experience.", 4),
        ("The ideal candidate brings 5 or more years supporting a C-level executive.", 5),
        ("You'll be a great fit if you have three or more years of experience in analytics.",
         3),
        ("At least one year of pharmacy technician experience is preferred but we will train.",
         1),
        ("Three years of service or repair plumbing experience is the minimum.", 3),
        ("Two-to-four years of experience in retail banking.", 2),
        ("You bring two-plus years of experience in B2B sales.", 2),
        ("Requirements:\n- Ten-plus years in corporate finance", 10),
        ("3–5 yrs exp. in a distribution warehouse", 3),
        ("This is a 2-year contract; you need 4 years of experience in SAP.", 4),
        ("You need a clean record (two violations in three years at most) and at least one "
         "year of commercial driving experience.", 1),
        ("Requirements:\n- three to five years of experience in claims\n"
         "- 4 years of college preferred", 3),
        ("You bring at least a year of experience on a busy line.", 1),
        ("A year's experience in a veterinary clinic is preferred.", 1),
        ("Years of experience: 4", 4),
        ("Years of related experience - 3", 3),
        ("Requirements:\n- 2+ years running social media accounts for a brand", 2),
        ("Three years running a busy kitchen line is a must.", 3),
    ],
)
def test_years_read_in_every_wording(text: str, years: int) -> None:
    assert analyse_posting(text).min_years == years


@pytest.mark.parametrize(
    "text",
    [
        "This is a 2-year contract position. Experience with Excel is essential.",
        "Our drivers average 5 years of service with us. CDL required.",
        "Must have completed 4 years of college coursework in biology.",
        "Four years of apprenticeship training in the electrical trade.",
        "We have been in business for 40 years and serve the whole county.",
        "Applicants must be at least 18 years of age.",
        "We are a 12-year-old company that values craft.",
        "We are a 45-person civil firm celebrating 25 years of land development work.",
        "Join a team that was named a top workplace four years in a row.",
        "Voted the region's best employer three years running, with experience to share.",
        "Proud winner of Best Coffee 3 years running for the readers' poll. Make espresso.",
        "Top-rated 4 years running with over 500 five-star reviews.",
        "The contract runs for 2 years with an option to extend.",
        "The assignment lasts for up to 3 years, working with the county's engineers.",
        "An initial term of 2 years working with our partners.",
        "A clean driving record (no more than two moving violations in three years) and "
        "commercial driving experience.",
        "No at-fault accidents during the past 5 years; forklift experience is a plus.",
        "Up to 5 years of experience in a law office.",
        "Six months to 1 year of experience in customer service.",
        "Twice a year you will attend a conference to broaden your experience.",
        "We pay a year-end bonus to staff with sales experience.",
        "Experience with our trucks, which are inspected three times a year.",
        # Pay, not years: "an hour" after a figure is no French "an" (a year).
        "Warehouse Associate\n\nYou'll work nights with one weekend a month, earn 22 an"
        " hour plus overtime on holidays, and get benefits. Forklift experience is a plus.",
    ],
)
def test_years_of_something_else_are_not_experience(text: str) -> None:
    assert analyse_posting(text).min_years is None


def test_schooling_beside_experience_reads_only_the_experience() -> None:
    text = "Bachelor's degree (4 years of college) and 2 years of experience in sales."
    assert analyse_posting(text).min_years == 2


def test_role_figure_wins_over_a_part_of_it() -> None:
    text = ("What you bring\n- Three (3) or more years of dispatch experience, including at "
            "least one year leading a shift.\n")
    assert analyse_posting(text).min_years == 3


def test_a_preferred_figure_counts_only_without_a_required_one() -> None:
    text = ("Requirements\n- 4+ years of experience in dispatch.\n"
            "Nice to have\n- 6 years in freight brokerage.\n")
    assert analyse_posting(text).min_years == 4


def test_a_company_age_beside_the_ask_is_not_read() -> None:
    text = ("We are a 45-person civil firm celebrating 25 years of land development work.\n\n"
            "Requirements\n- 6+ years of land development design experience\n")
    assert analyse_posting(text).min_years == 6


def test_a_job_boards_experience_lines_read_required_over_preferred() -> None:
    """Job boards list experience as "<field>: N years (Required|Preferred)"; the bare
    cue in parentheses speaks for the line, so the required figure is the minimum."""
    text = ("Qualifications\n- Sales: 2 years (Preferred)\n"
            "- Customer service: 1 year (Required)\n- Driver's license (Required)\n")
    assert analyse_posting(text).min_years == 1


def test_a_bare_preferred_in_parentheses_marks_the_skill_before_it() -> None:
    analysis = analyse_posting("Requirements\n- Excel (Preferred)\n- Forklift operation\n")
    kinds = {s.name: s.required for s in analysis.skills}
    assert kinds["Microsoft Excel"] is False
    assert kinds["Forklift Operation"] is True


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Requirements\n- You have worked in a commercial kitchen for at least 3 years", 3),
        ("Requirements\n- Must have been licensed for at least 2 years\n- CDL", 2),
        ("Requirements\n- Practiced as a dental hygienist for over 4 years", 4),
    ],
)
def test_years_written_after_the_work_are_read(text: str, years: int) -> None:
    assert analyse_posting(text).min_years == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("A bachelor's degree and 4 years of experience, or 8 years of experience in lieu of "
         "a degree.", 4),
        ("3 years of experience with a bachelor's degree, or 5 years with an associate "
         "degree.", 3),
        ("A high school diploma and 2 years of experience, or an associate degree and 1 year "
         "of experience.", 2),
        ("2 years of experience in sales or marketing and 5 years of management experience.",
         5),
        ("A year or more in customer service; 3 years of experience in management.", 3),
    ],
)
def test_another_way_in_is_not_a_further_demand(text: str, years: int) -> None:
    """Two figures joined by "or" in one sentence are two ways in: the posting's first
    one is its minimum, not the larger substitute for a degree."""
    assert analyse_posting(text).min_years == years


def test_separate_sentences_still_take_the_largest_required_figure() -> None:
    text = ("Requirements:\n- 2 years of experience in a dental office.\n"
            "- 4 years of experience with Dentrix or Eaglesoft.")
    assert analyse_posting(text).min_years == 4


def test_a_credential_one_must_be_eligible_for_is_a_demand_not_a_benefit() -> None:
    # "eligible for" tells a benefit ("eligible for our pension") unless a modal or an
    # "or" asks it of the candidate; the years in that sentence are then the demand.
    text = ("Applicants must hold, or be eligible for, state certification as a school "
            "nurse and must have at least three years of experience in pediatrics.")
    assert analyse_posting(text).min_years == 3
    benefit = ("After 90 days you will be eligible for our pension, which vests after five "
               "years of service.")
    assert analyse_posting(benefit).min_years is None


@pytest.mark.parametrize("wish", ["10 years of experience would be ideal",
                                  "7+ years would be even better",
                                  "Ten years is ideal"])
def test_a_larger_figure_the_posting_only_wishes_for_does_not_raise_the_minimum(
        wish: str) -> None:
    text = f"Estimator\n\nWhat you bring\n- 3-5 yrs estimating commercial jobs\n- {wish}\n"
    assert analyse_posting(text).min_years == 3


def test_a_driving_record_is_no_experience() -> None:
    text = ("Case Manager\nRequirements\n- At least one year of case management experience\n"
            "- Valid driver's license with 3 years of driving history\n"
            "- 2 years of clean driving record\n")
    assert analyse_posting(text).min_years == 1
    # Driving experience is the work itself for a driver.
    text = "Delivery Driver\nRequirements\n- 2 years of verifiable driving experience\n"
    assert analyse_posting(text).min_years == 2


def test_a_short_unit_of_time_is_no_part_of_a_term() -> None:
    analysis = analyse_posting("Estimator\n\nWhat you bring\n- 3-5 yrs estimating\n")
    assert not any("yrs" in s.name.casefold() for s in analysis.skills)


@pytest.mark.parametrize(("text", "years"), [
    ("- 2 yrs+ in a call center", 2),
    ("- At least 12 months of customer service experience", 1),
    ("- 18 months of experience in a support role", 1),
    ("- 24 months of experience as a CNA", 2),
    ("- Twelve months of experience in retail", 1),
    ("- 6+ months of call center experience", None),
    ("- Must complete CPR certification within 12 months of hire", None),
    ("- Must commit to a 12 month contract", None),
])
def test_a_plus_after_the_unit_and_a_year_or_more_in_months_are_read(
        text: str, years: int | None) -> None:
    assert analyse_posting(f"Support Specialist\n\nRequirements\n{text}\n").min_years == years


def test_years_in_place_of_a_degree_give_way_to_the_roles_own_figure() -> None:
    text = ("Housing Case Manager\n\nRequirements\n- Bachelor's degree in social work, "
            "psychology or a related field, or two years of equivalent experience\n"
            "- At least one year of case management experience\n")
    assert analyse_posting(text).min_years == 1
    # Alone, they are the only figure the posting gives.
    text = "Clerk\n\nRequirements\n- Bachelor's degree or 4 years of related experience\n"
    assert analyse_posting(text).min_years == 4


@pytest.mark.parametrize("text", [
    "No individual hired under this authority can serve in excess of 8 years.",
    "Appointments last longer than 1 year, but not to exceed 4 years.",
])
def test_a_terms_ceiling_is_no_experience(text: str) -> None:
    posting = (f"UX Designer\n\nJob Summary\n{text}\n\nRequirements\n"
               "- One year of specialized experience\n")
    assert analyse_posting(posting).min_years == 1


@pytest.mark.parametrize(("line", "years"), [
    ("2 years at a medical front desk", 2),
    ("At least 3 years behind a bar in a high-volume restaurant", 3),
    ("2+ years on a residential framing crew", 2),
])
def test_years_tied_to_where_they_were_worked(line: str, years: int) -> None:
    assert analyse_posting(f"Requirements\n- {line}\n- Cash handling\n").min_years == years


@pytest.mark.parametrize("text", [
    # A founder's past, a benefit's condition, a program's length: no experience asked.
    "About us\nOur founders spent 20 years at a big bank.\nRequirements\n- QuickBooks\n",
    "Benefits\n- After 2 years at the company you get a sabbatical.\n"
    "Requirements\n- QuickBooks\n",
    "Requirements\n- You will spend 2 years on a rotation across our plants\n- QuickBooks\n",
])
def test_years_at_a_place_that_ask_no_experience(text: str) -> None:
    assert analyse_posting(text).min_years is None


@pytest.mark.parametrize("text", [
    "Server\n\nWe need at least one year of restaurant experience. You'll work Thursday"
    " through Sunday with one double a week, earn $18-$21 an hour plus tips on every shift,"
    " and get free meals.",
    "Leasing Consultant\n\nWe need at least one year of leasing or sales experience."
    " You'll work Tuesday through Saturday with one Sunday a month, earn $19-$22 an hour"
    " plus commission on every lease, and get 20% off rent.",
])
def test_a_pay_range_beside_the_ask_leaves_the_asked_years(text: str) -> None:
    assert analyse_posting(text).min_years == 1


def test_the_french_year_is_still_read() -> None:
    assert analyse_posting("Développeur Python\n\nExigences\n- 5 ans d'expérience en"
                           " Python\n- Django").min_years == 5
