"""The summary line reads like a line a careful person wrote."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.summary import calm_title, is_real_title
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)


def _resume(title: str, bullets: list[str], summary: str | None = None) -> str:
    own = f"SUMMARY\n{summary}\n\n" if summary else ""
    lines = "\n".join(f"• {b}" for b in bullets)
    return (f"Robin Vale\nrobin.vale@example.com\n\n{own}EXPERIENCE\n"
            f"{title}, Harbor Foods    Mar 2018 – Present\n{lines}\n")


def test_a_verb_phrase_is_not_listed_as_a_skill() -> None:
    resume = _resume("Operations Manager", [
        "Manage budgets of $2M across three sites",
        "Led vendor negotiations and cut costs 8%",
    ])
    posting = ("Operations Manager\nRequirements:\n- Budget management\n- Negotiation\n"
               "- Excel\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "manage budgets" not in result.summary.casefold()
    assert result.summary.startswith("Operations Manager with 8 years of experience")
    assert result.guard.ok


def test_no_line_that_repeats_the_resumes_own_summary() -> None:
    resume = _resume("Registered Nurse", ["Triage of 40 patients a shift in Epic"],
                     summary="Registered Nurse caring for emergency patients in triage.")
    result = tailor(resume, "Registered Nurse\nRequirements: triage, Epic", today=TODAY)
    # Title and triage are in the resume's own summary: only what it does not say.
    assert result.summary == "Experience in Epic."
    assert result.text.count("Registered Nurse") == 2  # its summary and its role
    resume = resume.replace("in triage.", "in triage with Epic.")
    assert tailor(resume, "Registered Nurse\nRequirements: triage, Epic",
                  today=TODAY).summary is None


def test_a_template_heading_or_placeholder_is_no_job_title() -> None:
    for placeholder in ("Your Most Recent Work Experience", "Job Title", "Position Title",
                        "That Other Job You Had"):
        assert not is_real_title(placeholder), placeholder
    for title in ("Registered Nurse", "Head Code Ninja", "IT Administrator"):
        assert is_real_title(title), title
    resume = _resume("Job Title", ["Built Python tools for the warehouse team"])
    result = tailor(resume, "Python Developer\nRequirements: Python", today=TODAY)
    assert result.summary is None or not result.summary.startswith("Job Title")


def test_a_title_in_capitals_is_not_shouted_again() -> None:
    vocabulary = load_vocabulary()
    assert calm_title("SOFTWARE ENGINEER", vocabulary) == "Software Engineer"
    assert calm_title("HEAD OF QA", vocabulary) == "Head of QA"
    assert calm_title("IT ADMINISTRATOR", vocabulary) == "IT Administrator"
    assert calm_title("Data Analyst", vocabulary) == "Data Analyst"
    resume = _resume("SOFTWARE ENGINEER", ["Wrote Python services on AWS"])
    result = tailor(resume, "Software Engineer\nRequirements: Python, AWS", today=TODAY)
    assert result.summary is not None
    assert result.summary.startswith("Software Engineer with 8 years of experience in Python")
    assert "SOFTWARE" not in result.summary
    assert result.guard.ok


def test_a_skill_that_echoes_the_title_is_not_repeated() -> None:
    resume = _resume("Data Analyst", ["Data analysis in SQL and Tableau for 12 stores"])
    result = tailor(resume, "Data Analyst\nRequirements: data analysis, SQL, Tableau",
                    today=TODAY)
    assert result.summary is not None
    assert "data analysis" not in result.summary.casefold()
    assert "SQL" in result.summary


def test_a_title_alone_is_no_summary() -> None:
    resume = ("Robin Vale\nrobin@example.com\n\nEXPERIENCE\n"
              "Head Gardener, Kew Estate    Mar 2026 – Present\n• Pruned roses\n")
    result = tailor(resume, "Software Engineer\nRequirements: Python, Go", today=TODAY)
    assert result.summary is None


def test_a_skill_named_as_a_deed_is_left_out_or_named_properly() -> None:
    from tailor_app.tailoring.compose.summary import build_summary, is_deed
    from tailor_app.tailoring.posting.analyse import analyse_posting
    from tailor_app.tailoring.resume.parser import parse_resume

    assert is_deed("manage budgets") and is_deed("A/B tested") and is_deed("developing apps")
    assert not is_deed("patient assessment") and not is_deed("Budget Management")
    resume = parse_resume(_resume("Operations Manager", [
        "Manage budgets of $2M and report on budget management to the board",
        "Built Excel models of supplier costs"]))
    analysis = analyse_posting("Operations Manager\nRequirements: budgets, Excel")
    # A vocabulary that names a skill by a deed (ESCO writes "manage budgets").
    line = build_summary(resume, analysis, [("manage budgets", "hard", "manage budgets"),
                                            ("Manage budgets", "hard", "Budget Management"),
                                            ("Excel", "tool", "Excel")], TODAY)
    assert line == ("Operations Manager with 8 years of experience in Budget Management "
                    "and Excel.")
