"""An ask the posting explains with its own examples: what the match report says.

Each test reads a posting and a resume written here for it, as a user would paste
them, and checks the report's "matched" and "missing" lists."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def report(resume: str, posting: str):
    return match_resume(parse_resume(resume), analyse_posting(posting))


def resume_with(*bullets: str, extra: str = "") -> str:
    lines = "\n".join(f"- {b}" for b in bullets)
    return ("Robin Diaz\nrobin@example.com\n\nExperience\nAnalyst  2019 – Present\n"
            f"Northwind Foods, Omaha, NE\n{lines}\n{extra}")


def test_a_tool_the_posting_gives_as_an_example_shows_the_ask() -> None:
    """"Reporting with business intelligence tools (e.g. Tableau, Looker)": a resume
    that built Tableau dashboards shows the business intelligence asked."""
    resume = resume_with("Built Tableau dashboards for 12 store managers")
    r = report(resume, "Requirements\n- Reporting with business intelligence tools "
                       "(e.g. Tableau, Looker, Qlik)\n")
    assert "Business Intelligence" in {m.name for m in r.matched}
    assert "Business Intelligence" not in r.missing


def test_examples_after_such_as_count_too() -> None:
    resume = resume_with("Ran every deal through the MEDDICC qualification framework")
    r = report(resume, "Requirements\n- Experience with a structured sales methodology "
                       "such as MEDDIC, MEDDICC or Challenger\n")
    matched = {m.name for m in r.matched}
    assert any("MEDDIC" in name or "Sales" in name for name in matched)
    assert not any("Sales" in name and "MEDDIC" not in name for name in r.missing)


def test_an_example_does_not_show_an_ask_it_only_sits_near() -> None:
    """A tool in another sentence, or the kind given after a product ("Epic (EHR)"),
    shows nothing: the product asked is still missing for a resume with another EHR."""
    resume = resume_with("Charted care plans in the Cerner EHR")
    r = report(resume, "Requirements\n- Epic (EHR) charting\n")
    assert "Epic" in r.missing


def test_examples_of_something_else_in_the_sentence_show_nothing() -> None:
    """"cloud infrastructure using approaches such as continuous integration": the
    examples are of the approaches, not of the cloud infrastructure asked."""
    resume = resume_with("Set up continuous integration in GitHub Actions for 6 services")
    r = report(resume, "Requirements\n- Experience building cloud infrastructure using "
                       "approaches such as continuous integration and infrastructure as "
                       "code\n")
    assert "Cloud infrastructure" not in {m.name for m in r.matched}


def test_parts_of_a_field_of_knowledge_do_not_show_the_field() -> None:
    """"Customs knowledge (tariff codes, bills of lading)" lists parts of the field:
    a resume that audited bills of lading has not shown customs work."""
    resume = resume_with("Audited bills of lading for 200 truckload shipments a week")
    r = report(resume, "Requirements\n- Customs compliance knowledge (Incoterms, bills of "
                       "lading)\n")
    assert any("Customs" in name for name in r.missing)


def test_one_ask_written_in_two_names_is_missing_once() -> None:
    """"Microsoft Dynamics 365 Business Central" is one product; "authority to operate
    (ATO)" one ask: a reader counts one gap each, so the report lists each once."""
    resume = resume_with("Closed the books monthly in Sage Intacct")
    r = report(resume, "Requirements\n- Experience with Microsoft Dynamics 365 Business "
                       "Central\n- Help teams prepare authority to operate (ATO) packages\n")
    assert "Business Central" in r.missing
    assert "Microsoft Dynamics" not in r.missing
    assert len([n for n in r.missing if n in ("ATO", "Authority to operate")]) == 1


def test_a_tool_named_with_its_kind_is_one_ask() -> None:
    """"Pyxis medication dispensing systems", "the Epic EHR": the product asked is
    Pyxis, Epic; "Jira Scrum boards" asks for two skills."""
    resume = resume_with("Closed the books monthly in Sage Intacct")
    r = report(resume, "Requirements\n- Experience with Pyxis medication dispensing "
                       "systems\n- Jira Scrum boards\n")
    assert "Pyxis" in r.missing
    assert "Medication Dispensing" not in r.missing
    ehr = report(resume, "Requirements\n- Charting in the Epic EHR\n")
    assert "Epic" in ehr.missing
    assert "Electronic Health Records" not in ehr.missing
    assert {"Jira", "Scrum"} <= set(r.missing)


def test_two_asks_side_by_side_stay_two() -> None:
    """"Excel and Power BI", "Python, SQL", a kind and its named instance in parentheses
    ("a TMS (Oracle Transportation Management)"): separate asks, each missing."""
    resume = resume_with("Closed the books monthly in Sage Intacct")
    r = report(resume, "Requirements\n- Excel and Power BI\n- Python, SQL\n"
                       "- Tender loads in our TMS (Oracle Transportation Management)\n")
    assert any("Oracle Transportation" in n for n in r.missing)
    assert any(n in ("Transportation Management System", "TMS") for n in r.missing)
    assert {"Python", "SQL"} <= set(r.missing)
    assert any("Excel" in n for n in r.missing) and any("Power BI" in n for n in r.missing)


def test_a_credential_named_with_its_initials_is_listed_by_them() -> None:
    """"Certified Hospitality Housekeeping Executive (CHHE) preferred": the report lists
    CHHE, the name people use for it, once, and the resume's CHHE shows it."""
    posting = ("Requirements\n- Certified Hospitality Housekeeping Executive (CHHE) "
               "preferred\n")
    r = report(resume_with("Supervised 22 room attendants"), posting)
    assert "CHHE" in r.missing
    assert not [n for n in r.missing if "Executive" in n]
    holder = resume_with("Supervised 22 room attendants",
                         extra="\nCertifications\nCHHE, American Hotel & Lodging Institute\n")
    assert not report(holder, posting).missing


def test_the_posting_s_own_words_for_an_ask_in_other_forms_show_it() -> None:
    """The posting writes "performance reviews" (the vocabulary files it under
    Performance Management); "Reviewed performance of 12 direct reports" says the
    same in other forms of its words, as "Reconciled vendor statements" does for
    "reconciliation"."""
    resume = resume_with("Reviewed performance of 12 direct reports twice a year",
                         "Reconciled vendor statements every month")
    r = report(resume, "Requirements\n- Conduct performance reviews for the team\n"
                       "- Monthly reconciliation of vendor accounts\n")
    assert not r.missing


def test_examples_before_or_similar_show_the_ask() -> None:
    """"Minitab, JMP or similar statistical software", "Epic, Cerner or another EHR":
    the named tools are the posting's examples of the kind it asks for."""
    resume = resume_with("Ran capability studies in JMP", "Charted care plans in Cerner")
    r = report(resume, "Requirements\n- Proficiency in Minitab, JMP or similar statistical "
                       "software\n- Experience with Epic, Cerner or another EHR system\n")
    assert "Statistical software" not in r.missing
    assert "Electronic Health Records" not in r.missing
    assert {"Minitab", "Epic"} <= set(r.missing)  # each named tool is still its own ask


def test_parts_a_sentence_includes_and_other_kinds_of_ask_show_nothing() -> None:
    """"Design controls under FDA 21 CFR 820, including DFMEA" lists parts of the work;
    "board portals such as Diligent, or Japanese" ends its examples before the
    language: neither a DFMEA nor Japanese shows the ask before them."""
    resume = resume_with("Ran DFMEAs with the design team",
                         extra="\nLanguages\nEnglish, Japanese\n")
    r = report(resume, "Requirements\n- Design controls under ISO 13485 and FDA 21 CFR 820, "
                       "including DFMEA\n- Familiarity with board portals such as Diligent, "
                       "or Japanese language skills\n")
    matched = {m.name for m in r.matched}
    assert not any("CFR" in name or "ortal" in name for name in matched)


def test_one_line_read_as_a_skill_and_a_credential_is_one_gap() -> None:
    """"Valid driver's license" is read as a skill and as a credential, in two cases of
    its name: the missing list names it once."""
    r = report(resume_with("Wired panels in new homes"),
               "Electrician\nRequirements\n- Wire panels\nPreferred\n- Valid driver's license\n")
    assert [n.casefold() for n in r.missing].count("driver's license") == 1
