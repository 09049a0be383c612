"""A credit union's universal banker and a dental office's assistant: the title, the
credentials listed one a line, and the everyday words of the teller line. Texts
written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting

BANKER = (
    "Universal Banker II\nSummit Ridge Credit Union | Aurora, CO | Full-time\n\n"
    "Summit Ridge serves 140,000 members.\n\nYour day\n"
    "- Process deposits, withdrawals and loan payments at the teller line\n"
    "- Open checking accounts\n- Spot and stop elder financial abuse and check fraud\n\n"
    "What we need\n- Experience with a core system (Symitar a plus)\n")


def test_a_bankers_title_and_credit_union_are_read() -> None:
    analysis = analyse_posting(BANKER)
    assert analysis.title == "Universal Banker II"
    assert analysis.company == "Summit Ridge Credit Union"
    assert "System" not in {s.name for s in analysis.skills}  # "a core system"


def test_a_member_service_reps_words_show_the_teller_work() -> None:
    resume = ("Alyssa Moreno\nalyssa@example.com\n\nExperience\nMember Service Representative, "
              "Front Range FCU, 2022 to Present\n- Handled 120 member transactions a day\n"
              "- Opened new share, checking and CD accounts\n"
              "- Caught two elder-abuse scams before the money left\n")
    matched = {m.name for m in tailor(resume, BANKER).match_before.matched}
    assert {"Teller Transactions", "Account Opening", "Elder financial abuse",
            "Fraud Prevention"} <= matched


def test_a_credential_listed_with_its_expiry_under_education_is_shown() -> None:
    """ "BLS for Healthcare Providers, AHA (exp. 2026)" among one-line credentials under
    "EDUCATION & LICENSES": the year is when it lapses, so the line is an item, not the
    entry's school line whose words are hidden."""
    resume = ("Marisol Chavez\nmarisol@example.com\n\nEXPERIENCE\nDental Assistant, Sierra "
              "Dental, 2023 to Present\n- Seat 15 patients a day\n\nEDUCATION & LICENSES\n"
              "Dental Assisting Certificate, Clovis Adult School, 2022\n"
              "California Registered Dental Assistant (RDA) license\n"
              "BLS for Healthcare Providers, AHA (exp. 2026)\n"
              "Radiation Safety and Coronal Polish certified\n")
    posting = ("Dental Assistant (RDA)\n\nMust hold a California RDA license, current BLS, and "
               "Radiation Safety and Coronal Polish certificates.\n")
    report = tailor(resume, posting).match_before
    assert "Basic Life Support" in {m.name for m in report.matched}
    assert not [m for m in report.missing if m.lower().startswith("and ")], report.missing
    assert analyse_posting(posting).certifications[-2:] == [
        "Radiation Safety certificates", "Coronal Polish certificates"]


def test_the_products_a_job_opens_or_sells_are_no_asks() -> None:
    """ "Open checking, savings and certificate accounts", "Refer members to mortgage,
    auto and personal loans": the verb's objects are products. Equipment one operates
    still is asked."""
    asked = {s.name for s in analyse_posting(
        "Universal Banker\n\nDuties\n- Open checking, savings and certificate accounts\n"
        "- Refer members to mortgage, auto and personal loans\n"
        "- Sell memberships, personal training and supplements\n").skills}
    assert "Account Opening" in asked
    assert not asked & {"Savings", "Certificate accounts", "Personal loans", "Supplements"}, \
        asked
    asked = {s.name for s in analyse_posting(
        "Warehouse Associate\n\nDuties\n- Operate forklifts, pallet jacks and scissor lifts\n"
        ).skills}
    assert {"Forklift Operation", "Pallet jack"} <= asked, asked


def test_a_pharmacys_dme_is_durable_medical_equipment() -> None:
    asked = {s.name for s in analyse_posting(
        "Pharmacy Technician\n\nDuties\n- Ring out patients, including OTC and DME items\n"
        ).skills}
    assert any("durable medical equipment" in name.casefold() for name in asked), asked
    assert not any("distance" in name.casefold() for name in asked)


def test_the_trade_of_the_employers_own_workplace_is_no_ask() -> None:
    """ "our busy pediatric office", "We are a family dental practice": where the job is.
    Experience of such a place is still asked."""
    for posting in ("Medical Receptionist\n\nWe need a front desk receptionist for our busy "
                    "pediatric office. Must know basic medical terminology.\n",
                    "Receptionist\n\nWe are a pediatric practice in Tulsa. You will answer "
                    "phones and know medical terminology.\n"):
        asked = {s.name for s in analyse_posting(posting).skills}
        assert "Pediatrics" not in asked, asked
        assert "Medical Terminology" in asked
    asked = {s.name for s in analyse_posting(
        "Receptionist\n\nRequirements\n- 1 year of experience in a pediatric office\n").skills}
    assert "Pediatrics" in asked


def test_an_it_teams_accounts_are_users_logins() -> None:
    asked = {s.name for s in analyse_posting(
        "IT Support Technician\n\nDuties\n- Manage user accounts in Active Directory\n"
        ).skills}
    assert "User Account Management" in asked
    assert "Account Management" not in asked  # a seller's key accounts
