"""The employer's other teams and the job's boss are no asks: "refer members to our
lending team" asks for no lending, "report to the Director of Sales Operations" for no
sales operations. Texts written here."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def asks(*duties: str) -> set[str]:
    posting = "Member Service Representative\nResponsibilities\n" + "".join(
        f"- {d}\n" for d in duties)
    return {s.name for s in analyse_posting(posting).skills}


def test_a_team_the_job_works_with_is_no_ask() -> None:
    found = asks("Refer members to our lending team for auto loans",
                 "Open accounts in Salesforce")
    assert "Commercial Lending" not in found
    assert "Salesforce" in found


def test_the_person_the_job_reports_to_is_no_ask() -> None:
    found = asks("Report to the Director of Sales Operations",
                 "Build territory plans in Salesforce")
    assert "Sales Operations" not in found


def test_experience_on_such_a_team_still_asks() -> None:
    # No "our" or "the": the candidate's own experience, not the employer's people.
    assert "Sales Operations" in asks("Two years of experience in sales operations")
