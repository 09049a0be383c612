"""The summary line never claims more than the resume says of itself: a resume that
states its years in words ("two and a half years", "over a decade") gets no second
figure, the years it gives are those of the work its title names (not a stock clerk's
before a first pharmacy job), and a credential named as its holder is called
("Certified Pharmacy Technician") is a sentence of its own, not written after "Holds"
as if it were a card."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

POSTING = ("Pharmacy Technician\nRequirements\n- Prescription filling\n- Insurance claims\n"
           "- Certified Pharmacy Technician\n- 1+ year of retail pharmacy experience\n")


def _resume(summary: str, credential: str = "Certified Pharmacy Technician, 2022") -> str:
    return ("Noor Haddad\nnoor.haddad@example.com\n\nSUMMARY\n" + summary + "\n\n"
            "EXPERIENCE\nPharmacy Technician, Main Street Drug, Akron, OH    2022 – Present\n"
            "• Fill prescriptions and process insurance claims for 300 patients a day\n"
            "Stock Clerk, Corner Grocery, Akron, OH    2018 – 2022\n"
            "• Unloaded trucks and faced shelves\n\n"
            "CERTIFICATIONS\n" + credential + "\n")


@pytest.mark.parametrize("summary", [
    "Pharmacy tech with two and a half years behind a busy counter.",
    "Retail worker with over a decade of customer service, now in pharmacy.",
    "Two decades serving customers in stores and pharmacies.",
])
def test_years_the_resume_states_in_words_are_not_restated(summary: str) -> None:
    result = tailor(_resume(summary), POSTING, today=TODAY)
    assert result.guard.ok
    assert "years of experience" not in (result.summary or "")


def test_years_are_given_when_the_resume_states_none() -> None:
    result = tailor(_resume("Careful, quick and kind at the counter."), POSTING, today=TODAY)
    assert "years of experience" in (result.summary or "")


def test_a_holders_title_is_not_held_as_a_card() -> None:
    result = tailor(_resume("Careful, quick and kind at the counter."), POSTING, today=TODAY)
    line = result.summary or ""
    assert result.guard.ok
    assert "Holds Certified Pharmacy Technician" not in line
    assert line.endswith(". Certified Pharmacy Technician."), line


def test_a_credential_with_its_own_noun_is_still_held() -> None:
    result = tailor(_resume("Careful, quick and kind at the counter.",
                            "Certified Pharmacy Technician certificate, PTCB, 2022"),
                    POSTING, today=TODAY)
    line = result.summary or ""
    assert result.guard.ok
    assert "Holds Certified Pharmacy Technician certificate." in line


def test_the_years_are_those_of_the_work_the_title_names() -> None:
    # Five years as a pharmacy technician after four stocking shelves: the line's
    # "Pharmacy Technician with N years" counts the first only.
    result = tailor(_resume("Careful, quick and kind at the counter."), POSTING, today=TODAY)
    line = result.summary or ""
    assert line.startswith("Pharmacy Technician with 5 years of experience"), line


def test_an_earlier_role_doing_the_asked_work_counts() -> None:
    resume = _resume("Careful, quick and kind at the counter.").replace(
        "• Unloaded trucks and faced shelves",
        "• Filled prescriptions and processed insurance claims at the front desk")
    result = tailor(resume, POSTING, today=TODAY)
    assert (result.summary or "").startswith("Pharmacy Technician with 9 years of experience")


def test_an_earlier_role_doing_one_item_lends_it_no_years() -> None:
    # The earlier job processed claims but filled no prescriptions: "9 years of
    # experience in insurance claims and filling prescriptions" would claim nine years
    # of filling them.
    resume = _resume("Careful, quick and kind at the counter.").replace(
        "• Unloaded trucks and faced shelves", "• Processed insurance claims at the front desk")
    result = tailor(resume, POSTING, today=TODAY)
    line = result.summary or ""
    assert "filling prescriptions" in line, line
    assert line.startswith("Pharmacy Technician with 5 years of experience"), line


@pytest.mark.parametrize(("earlier", "years"), [
    ("HVAC Technician, Cool Air Co., Akron, OH    2012 – 2021", "5 years"),
    ("Senior Technician, Cool Air Co., Akron, OH    2012 – 2021", "5 years"),
    # A word of the trade is not enough either: a clerk who answered phones adds no
    # years to "… experience in insurance claims and filling prescriptions" (the line
    # claims that work; the earlier role counts only by showing it, as above).
    ("Pharmacy Clerk, Main Street Drug, Akron, OH    2012 – 2021", "5 years"),
])
def test_a_role_sharing_only_the_kind_of_worker_adds_no_years(earlier: str, years: str) -> None:
    resume = ("Noor Haddad\nnoor.haddad@example.com\n\nEXPERIENCE\n"
              "Pharmacy Technician, Main Street Drug, Akron, OH    2022 – Present\n"
              "• Fill prescriptions and process insurance claims for 300 patients a day\n"
              f"{earlier}\n• Answered phones and kept the schedule\n")
    line = tailor(resume, POSTING, today=TODAY).summary or ""
    assert line.startswith(f"Pharmacy Technician with {years} of experience"), line


def test_the_guard_takes_a_smaller_figure_only_as_a_count_of_years() -> None:
    from tailor_app.tailoring.compose.guard import check
    from tailor_app.tailoring.resume.parser import parse_resume

    source = parse_resume(_resume("Careful, quick and kind at the counter."))
    ok = "Pharmacy Technician with 5 years of experience in insurance claims."
    bad = "Pharmacy Technician with experience in 5 insurance claims."
    assert check(source, source, ok, {}, today=TODAY).ok
    assert "5" in check(source, source, bad, {}, today=TODAY).invented
