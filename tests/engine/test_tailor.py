"""Tailoring end to end across fields: truthful, nothing lost, more relevant first."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from match_probe import unmet
from posting_samples import POSTINGS
from resume_samples import SAMPLES

from tailor_app.tailoring.compose.guard import SUMMARY_WORDS
from tailor_app.tailoring.compose.relevance import Relevance
from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ParsedResume
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 11, 1)
FIELDS = sorted(set(SAMPLES) & set(POSTINGS))


def _roles(resume: ParsedResume) -> list[tuple[tuple[str, ...], Counter[str]]]:
    return [(tuple(e.header), Counter(e.bullets)) for s in resume.sections
            if s.kind == "experience" for e in s.entries]


def test_there_are_pairs_from_at_least_eight_fields() -> None:
    assert len(FIELDS) >= 8, FIELDS


@pytest.mark.parametrize("field", FIELDS)
def test_tailoring_is_truthful_and_loses_nothing(field: str) -> None:
    result = tailor(SAMPLES[field], POSTINGS[field], today=TODAY)
    assert result.guard.ok, result.guard.message()
    assert result.match_after.score >= result.match_before.score
    # Roles keep their chronological order and each keeps all of its own bullets.
    if not result.renamed:
        assert [h for h, _ in _roles(result.tailored)] == [h for h, _ in _roles(result.original)]
        assert [b for _, b in _roles(result.tailored)] == [b for _, b in _roles(result.original)]
    # What the posting asks for and the resume lacks never enters the resume.
    lowered = result.text.casefold()
    original = render_text(result.original).casefold()
    for missing in result.match_after.missing:
        if missing.casefold() not in original:
            assert missing.casefold() not in lowered
    assert result.text == render_text(result.tailored, result.summary)


@pytest.mark.parametrize("field", FIELDS)
def test_bullets_showing_required_skills_come_first(field: str) -> None:
    result = tailor(SAMPLES[field], POSTINGS[field], today=TODAY)
    vocabulary = load_vocabulary()
    required = set(result.analysis.required_skills)
    asked = {s.name for s in result.analysis.skills}

    # A line opening with the title's own work ("Managed a portfolio of 6 projects" for
    # a project manager) is the job itself and may lead lines of asked tools (order21).
    job = Relevance(result.analysis, vocabulary)

    def shows(bullet: str, names: set[str]) -> bool:
        return any(h.skill.name in names for h in vocabulary.find(bullet))

    for section in result.tailored.sections:
        for entry in section.entries:
            strong = [i for i, b in enumerate(entry.bullets) if shows(b, required)]
            none = [i for i, b in enumerate(entry.bullets)
                    if not shows(b, asked) and not job.does_title_work(b)]
            if strong and none:
                assert max(strong) < min(none), entry.bullets


@pytest.mark.parametrize("field", FIELDS)
def test_summary_line_is_made_of_resume_facts(field: str) -> None:
    result = tailor(SAMPLES[field], POSTINGS[field], today=TODAY)
    if result.summary is None:
        return
    assert result.text.splitlines().count(result.summary) == 1
    source_text = render_text(result.original).casefold()
    if result.summary.startswith("Experience in "):
        # The resume's own summary gives its title and years: only skills it shows.
        import re
        words = set(re.findall(r"\w+", source_text))
        listed = result.summary.removeprefix("Experience in ").rstrip(".")
        extra = set(re.findall(r"\w+", listed.casefold())) - SUMMARY_WORDS - words
        # A bullet's deed is told with its verb in the -ing form ("launching a referral
        # email campaign" from "Launched a referral email campaign"): the verb is the
        # resume's own.
        assert all(w.endswith("ing") and any(
            r.startswith(stem) for stem in (w[:-3], w[:-4]) if len(stem) >= 3
            for r in words) for w in extra), extra
        return
    if result.summary.startswith(("Education: ", "Holds ", "Speaks ")):
        return  # no sentence of work: only the degree, cards or languages it holds
    title = result.summary.split(" with ")[0].rstrip(".")
    assert title.casefold() in source_text or title[0].isdigit()


def test_a_skill_is_written_the_way_the_posting_writes_it() -> None:
    resume = (
        "Sam Okafor\nsam.okafor@example.com\n\nEXPERIENCE\n"
        "Backend Developer, Tidewater Logistics    Jan 2020 – Present\n"
        "• Tuned Postgres queries for the billing service\n"
        "• Wrote JS dashboards for dispatchers\n\n"
        "SKILLS\nPostgres, JS, Python\n"
    )
    posting = (
        "Backend Engineer\n\nRequirements:\n- 3+ years with PostgreSQL\n"
        "- JavaScript for internal tools\n- Python\n"
    )
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok, result.guard.message()
    assert result.renamed == {"Postgres": "PostgreSQL", "JS": "JavaScript"}
    assert "• Tuned PostgreSQL queries for the billing service" in result.text
    assert "Postgres " not in result.text
    assert result.match_after.score > result.match_before.score


def test_sections_the_posting_cares_about_lead() -> None:
    resume = (
        "Ana Lima\nana.lima@example.com\n\nEDUCATION\nBSc Accounting, State University, 2015\n\n"
        "EXPERIENCE\nStaff Accountant, Brightline Co.    2016 – Present\n"
        "• Prepared month-end close and account reconciliations\n\n"
        "SKILLS\nQuickBooks, Excel, GAAP\n"
    )
    posting = ("Staff Accountant\nRequirements:\n- GAAP knowledge required\n"
               "- Month-end close experience\n- Excel\n")
    result = tailor(resume, posting, today=TODAY)
    kinds = [s.kind for s in result.tailored.sections]
    assert kinds.index("skills") < kinds.index("experience") < kinds.index("education")
    skills_line = next(s for s in result.tailored.sections if s.kind == "skills").entries[0]
    assert skills_line.header[0].startswith(("GAAP", "Excel"))


def test_without_a_resume_the_posting_is_still_analysed() -> None:
    result = tailor(None, POSTINGS[FIELDS[0]], today=TODAY)
    assert result.text == ""
    assert result.analysis.skills
    assert result.guard.ok


def test_skill_items_in_brackets_stay_together_when_reordered() -> None:
    from tailor_app.tailoring.compose.tailor import reorder_skill_line

    rank = {"SAP": 2.0, "QuickBooks": 1.0}
    line = "Software: NetSuite, Excel (pivot tables, XLOOKUP), QuickBooks, SAP"
    assert reorder_skill_line(line, lambda i: rank.get(i, 0.0)) == (
        "Software: SAP, QuickBooks, NetSuite, Excel (pivot tables, XLOOKUP)")
    mixed = "Python / SQL, Excel"  # two kinds of separator: left exactly as written
    assert reorder_skill_line(mixed, lambda i: 1.0 if i == "Excel" else 0.0) == mixed


def test_years_in_the_summary_leave_out_internships() -> None:
    resume = (
        "Lee Park\nlee.park@example.com\n\nEXPERIENCE\n"
        "Staff Accountant, Harbor Foods    Jan 2021 – Present\n"
        "• Reconciled 12 bank accounts each month\n\n"
        "Accounting Intern, Harbor Foods    Jun 2017 – Aug 2017\n"
        "• Filed invoices\n"
    )
    result = tailor(resume, "Staff Accountant\nRequirements: 3+ years of reconciliation",
                    today=TODAY)
    assert result.summary is not None
    assert result.summary.startswith("Staff Accountant with 5 years of experience")
    assert result.match_before.years_found == 5.9  # Jan 2021 to Nov 2026, both months counted
    assert result.guard.ok


def test_the_headline_title_comes_from_a_recent_role() -> None:
    resume = (
        "Kim Ito\nkim.ito@example.com\n\nEXPERIENCE\n"
        "Project Coordinator, Rose Group    Sep 2019 – Present\n"
        "• Built Excel models for 45 properties\n\n"
        "Junior Analyst, City of Toronto    Jun 2012 – Aug 2012\n"
        "• Compiled financial reviews\n"
    )
    posting = "Real Estate Analyst\nRequirements:\n- Excel\n- 3+ years of experience\n"
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert result.summary.startswith("Project Coordinator with 7 years of experience")


@pytest.mark.parametrize(
    ("field", "matched", "missing"),
    [
        ("nurse", {"Patient Assessment", "IV Therapy", "Epic", "Basic Life Support"},
         {"Discharge Planning"}),
        ("accountant", {"GAAP", "Month-End Close", "NetSuite", "Journal Entries"}, set()),
        ("teacher", {"Differentiated Instruction", "Google Classroom", "Classroom Management"},
         {"ESL Endorsement"}),
        # "Cascade Fluid Systems designs hydraulic pumps" is the company's story: no ask.
        ("mechanical", {"SolidWorks", "Finite Element Analysis", "Design for Manufacturing"},
         {"Fatigue life"}),
        ("software", {"Python", "PostgreSQL", "Docker", "Kubernetes"}, {"Query tuning"}),
        ("retail", {"Visual Merchandising", "Inventory Management", "Scheduling"},
         {"Performance Management"}),
    ],
)
def test_matched_skills_have_resume_evidence_and_gaps_are_reported(
        field: str, matched: set[str], missing: set[str]) -> None:
    result = tailor(SAMPLES[field], POSTINGS[field], today=TODAY)
    report = result.match_after
    found = {m.name: m for m in report.matched}
    assert matched <= found.keys()
    assert missing <= set(unmet(report))  # not shown, or only maybe
    resume_lines = set(render_text(result.tailored).splitlines())
    for match in found.values():
        # Evidence is a line of the resume itself (never the generated summary).
        assert match.evidence != result.summary
        assert any(match.evidence in line for line in resume_lines), match


def test_the_headline_never_contradicts_the_years_the_resume_states() -> None:
    resume = (
        "Jo Reyes\njo.reyes@example.com\n\nSUMMARY\n"
        "Data analyst with six years of experience in retail analytics.\n\n"
        "EXPERIENCE\nSenior Data Analyst, Brightline Grocers    Mar 2016 – Present\n"
        "• Built Tableau dashboards\n"
    )
    result = tailor(resume, "Data Analyst\nRequirements: Tableau, 3+ years", today=TODAY)
    # The resume opens with its own summary stating its years: a second title or figure
    # would repeat it (or contradict it: the dates say 10, the person says six).
    assert result.summary is not None and result.summary.startswith("Experience in Tableau")
    assert result.text.count("years") == 1
    assert result.guard.ok


def test_the_headline_skips_volunteer_roles_job_titles_and_verb_forms() -> None:
    resume = (
        "Sam Person\nsam@example.com\n\nEXPERIENCE\n"
        "Project Coordinator, Rose Group    Sep 2019 – Present\n"
        "• Partnered with product managers and A/B tested pricing in Excel\n\n"
        "Volunteer Coordinator, St. Stephen's Church    Jul 2008 – Present\n"
        "• Coordinate hot meals every week\n"
    )
    posting = ("Project Coordinator\nRequirements:\n- Excel\n- A/B testing\n"
               "- Work with product managers\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert result.summary.startswith("Project Coordinator with 7 years of experience in")
    assert "Excel" in result.summary
    assert "tested" not in result.summary and "managers" not in result.summary
    assert result.guard.ok


def test_a_licence_named_with_its_state_counts_when_the_resume_holds_it() -> None:
    resume = (
        "Ana Cruz\nana.cruz@example.com\n\nEXPERIENCE\n"
        "Staff Nurse, Desert Valley Hospital    2018 – Present\n"
        "• Cared for 5 telemetry patients per shift\n\n"
        "LICENSES\nRegistered Nurse, Arizona State Board of Nursing\n"
    )
    posting = "Registered Nurse\nRequirements:\n- Active Arizona RN license required\n"
    result = tailor(resume, posting, today=TODAY)
    names = {m.name for m in result.match_after.matched}
    assert not any("Arizona" in m for m in result.match_after.missing_required), (
        result.match_after.missing_required)
    assert names & {"Registered Nurse", "Arizona RN license"}
