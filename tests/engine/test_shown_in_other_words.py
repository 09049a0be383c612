"""A skill the resume shows in other words is matched, not reported missing: a product
inside the suite asked for, a renamed product under its new name, a method of the
broader practice asked, an industry-wide synonym; and never the reverse (the broader
skill does not show the narrower one). Texts written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.evidence import ResumeLine, find_in_lines
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines


def report(bullets: list[str], asks: list[str]):
    resume = ("Robin Ash\nrobin.ash@example.com\n\nExperience\n"
              "Operations Lead  May 2019 – Present\nHarbor Works, Duluth, MN\n"
              + "".join(f"- {b}\n" for b in bullets))
    posting = "Requirements\n" + "".join(f"- {a}\n" for a in asks)
    return match_resume(parse_resume(resume), analyse_posting(posting))


def missing(r) -> set[str]:
    return set(r.missing_required) | set(r.missing_preferred)


def matched(r) -> dict[str, str]:
    return {m.name: m.resume_term for m in r.matched}


# --- the vocabulary's markers: "~" another name, "^" the broader skill ----------------

TSV = """\
Widget Suite\ttool\tWS
Gizmo Designer\ttool\t~Gadget Studio | ^Widget Suite
Lathe Work\thard\tturning | knurling | ~spinning lathes
Knurling Practice\thard\t^Lathe Work
"""


def test_a_synonym_marked_with_a_tilde_stays_the_same_skill() -> None:
    entries, problems = parse_lines(TSV.splitlines(), "test")
    assert not problems
    splits = narrower_splits(entries)
    # "knurling" names a kind of lathe work and becomes a skill of its own; the other
    # name written with "~" does not, though it shares no word with the name.
    assert ["knurling"] in splits["Lathe Work"]
    assert not any("spinning lathes" in group for group in splits["Lathe Work"])
    assert "Gizmo Designer" not in splits
    vocabulary = Vocabulary(entries, problems, splits)
    assert vocabulary.lookup("Gadget Studio").name == "Gizmo Designer"
    assert vocabulary.lookup("spinning lathes").name == "Lathe Work"
    assert vocabulary.lookup("Gizmo Designer").broader == ("Widget Suite",)


def test_a_broader_skill_marked_with_a_caret_must_exist() -> None:
    entries, problems = parse_lines(["Gizmo Designer\ttool\t^No Such Suite"], "test")
    assert "No Such Suite" in " ".join(Vocabulary(entries, problems).problems)


def test_a_broader_skill_of_a_broader_skill_is_shown_too() -> None:
    entries, problems = parse_lines(TSV.splitlines(), "test")
    vocabulary = Vocabulary(entries, problems, narrower_splits(entries))
    found = find_in_lines([ResumeLine("Built every part in Gadget Studio", "bullet",
                                      "experience")], vocabulary)
    assert {"Gizmo Designer", "Widget Suite"} <= set(found)
    hit = found["Widget Suite"][0][1]
    assert hit.surface == "Gadget Studio"  # the resume's own words are the evidence
    found = find_in_lines([ResumeLine("Cut threads with knurling tools", "bullet",
                                      "experience")], vocabulary)
    assert "Lathe Work" in found


# --- a product of a suite shows the suite (O*NET and ESCO name the two together) --------

def test_the_build_files_a_suites_products_under_it() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import build_vocabulary

    tsv = ("Acme Office\ttool\tAcme Office Suite\nAcme Sheets\ttool\tSheets\n"
           "Acme Notes\ttool\t\nAcme Paint\ttool\t\nAcme Paint Pro\ttool\t\n")
    vocabulary = Vocabulary.from_lines(tsv)
    labels = ["Acme Office Sheets", "Acme Office Notes", "Acme Paint Pro", "Acme Paint X"]
    commodities = {"Acme Office": {"Office suite software"},
                   "Acme Sheets": {"Spreadsheet software"},
                   "Acme Notes": {"Word processing software"},
                   "Acme Paint": {"Graphics software"}, "Acme Paint Pro": {"Graphics software"}}
    out = build_vocabulary.suite_relations(labels, vocabulary, commodities)
    assert out == {"Acme Notes": ["Acme Office"], "Acme Sheets": ["Acme Office"]}


def test_word_excel_or_outlook_show_microsoft_office() -> None:
    r = report(["Kept the partners' calendars and docket deadlines in Outlook"],
               ["Proficiency in Microsoft Office"])
    assert matched(r).get("Microsoft Office") == "Outlook"
    r = report(["Built monthly variance workbooks in Excel"], ["MS Office Suite"])
    assert not missing(r)


def test_the_suite_does_not_show_each_of_its_products() -> None:
    r = report(["Used Microsoft Office every day"], ["Advanced Microsoft Excel"])
    assert "Microsoft Excel" in missing(r)


# --- renamed products and industry-wide synonyms -----------------------------------

def test_a_renamed_product_shows_under_either_name() -> None:
    r = report(["Edited ControlLogix programs in RSLogix 5000"], ["Studio 5000"])
    assert not missing(r)
    r = report(["Made approved edits in Studio 5000"], ["RSLogix 5000 programming"])
    assert not missing(r)


def test_ladder_diagrams_are_ladder_logic() -> None:
    r = report(["Wrote ladder logic for a palletizer"], ["Read ladder diagrams"])
    assert not missing(r)


def test_handling_complaints_is_resolving_them() -> None:
    r = report(["Resolved tenant complaints within 48 hours"], ["Complaint handling"])
    assert not missing(r)


def test_truckload_alone_means_a_full_truckload() -> None:
    r = report(["Booked truckload freight with 30 carriers"], ["FTL and LTL shipping"])
    assert "FTL" in matched(r)
    r = report(["Booked LTL freight with 30 carriers"], ["FTL shipping"])
    assert "FTL" in missing(r)  # less than a truckload is not a truckload


# --- a method or product of the broader practice asked ---------------------------------

def test_a_lean_method_shows_continuous_improvement() -> None:
    r = report(["Ran kaizen events on the bottling line"], ["Continuous improvement"])
    assert matched(r).get("Continuous Improvement") is not None
    r = report(["Led continuous improvement projects"], ["Kaizen"])
    assert "Kaizen" in missing(r)  # the practice does not show each method


def test_sterilizing_instruments_shows_infection_control() -> None:
    r = report(["Sterilized instruments and kept the autoclave log"], ["Infection control"])
    assert not missing(r)


def test_a_maintenance_system_product_shows_a_cmms() -> None:
    r = report(["Closed 40 work orders a week in SAP PM"], ["Experience with a CMMS"])
    assert not missing(r)
    r = report(["Planned shutdowns in IBM Maximo"], ["CMMS"])
    assert not missing(r)
    r = report(["Planned shutdowns with a paper board"], ["CMMS"])
    assert "CMMS" in missing(r)


def test_a_tool_of_a_kind_shows_the_kind() -> None:
    cases = [
        ("Trained churn models in PyTorch and scikit-learn", "Machine learning"),
        ("Modeled the orders schema in Snowflake", "Data warehousing"),
        ("Tuned slow queries on PostgreSQL 15", "Relational databases"),
        ("Ran fatigue studies in Abaqus", "Finite element analysis (FEA)"),
        ("Ran stress checks in SolidWorks Simulation", "FEA"),
        ("Posted assignments in Google Classroom", "Google Workspace for Education"),
        ("Prepared EEO-1 data for three sites", "EEO compliance"),
    ]
    for bullet, ask in cases:
        assert not missing(report([bullet], [ask])), (bullet, ask)


def test_a_kind_of_a_kind_is_shown_on_up() -> None:
    # Minitab is a statistics package, and statistical analysis is data analysis.
    r = report(["Ran capability studies with Minitab"], ["Data analysis"])
    assert matched(r).get("Data Analysis") == "Minitab"
    r = report(["Planned weekly lessons for 14 three-year-olds"], ["Curriculum planning"])
    assert not missing(r)


def test_the_kind_does_not_show_a_tool_of_it() -> None:
    r = report(["Built machine learning models for churn"], ["PyTorch"])
    assert "PyTorch" in missing(r)
    r = report(["Did data analysis for the plant"], ["Minitab"])
    assert "Minitab" in missing(r)


def test_employee_investigations_are_workplace_investigations() -> None:
    r = report(["Investigated employee complaints and wrote findings"],
               ["Conduct workplace investigations"])
    assert not missing(r)


# --- a verb list sharing its object, and action nouns in "-ery" ---------------------

def test_verbs_listed_before_one_object_each_do_it() -> None:
    r = report(["Recover, evacuate and charge refrigerant on rooftop units"],
               ["Refrigerant recovery"])
    assert not missing(r)
    r = report(["Recovered refrigerant from two chillers"], ["Refrigerant recovery"])
    assert not missing(r)


def test_a_verb_with_its_own_object_does_not_take_the_next_one() -> None:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    names = {h.skill.name for h in vocabulary.deeds(
        "Recovered lost files, then charged refrigerant", lists=True)}
    assert "Refrigerant Recovery" not in names
    listed = "Recover, evacuate and charge refrigerant"
    assert "Refrigerant Recovery" in {h.skill.name
                                      for h in vocabulary.deeds(listed, lists=True)}
    # A posting's duties are read without unknown listed verbs (each verb would be an ask);
    # "recover refrigerant" is a name the vocabulary knows, so it is asked there too.
    assert "Refrigerant Recovery" in {h.skill.name for h in vocabulary.deeds(listed)}


def test_two_names_of_one_practice_show_each_other() -> None:
    cases = [
        ("Led software engineering for a billing platform", "Software development"),
        ("Set up injection moulding cells for medical parts", "Injection molding"),
        ("Used differentiated teaching for 28 learners", "Differentiated instruction"),
        ("Wrote technical documentation for the API", "Technical writing"),
        ("Ran requirements elicitation workshops", "Requirements gathering"),
        ("Handled 60 auto claims a week", "Claims processing"),
        ("Lead parent conferences each fall", "Parent-teacher conferences"),
    ]
    for bullet, ask in cases:
        assert not missing(report([bullet], [ask])), (bullet, ask)


def test_a_spelling_of_a_term_marked_as_a_synonym_goes_with_it() -> None:
    tsv = "Widget Making\thard\t~widget building | widget builder | gadget making\n"
    entries, _problems = parse_lines(tsv.splitlines(), "test")
    splits = narrower_splits(entries)
    # "widget builder" is another spelling of the marked term, so it stays too.
    assert splits == {"Widget Making": [["gadget making"]]}


def test_a_british_spelling_is_the_same_term() -> None:
    from tailor_app.tailoring.skills.narrower import group_key, is_synonym

    assert is_synonym("labour relations", "Labor Relations")
    assert is_synonym("paediatrics", "Pediatrics")
    assert group_key("mould design") == group_key("mold design")
    assert group_key("contact centre") == group_key("contact center")
    assert not is_synonym("mold design", "Injection Molding")  # still a narrower term
    r = report(["Negotiated with the union on labour relations"], ["Labor relations"])
    assert not missing(r)


def test_training_people_is_staff_training_and_delivering_training() -> None:
    r = report(["Trained 12 new hires on the point-of-sale system"],
               ["Staff training", "Training facilitation", "Employee training"])
    assert not missing(r)
    r = report(["Facilitated quarterly compliance workshops"], ["Staff training"])
    assert "Staff training" in missing(r)  # running workshops names no staff trained


def test_safety_data_sheets_show_hazard_communication() -> None:
    r = report(["Trained room attendants on safe chemical handling with SDS sheets"],
               ["OSHA Hazard Communication"])
    assert not missing(r)
    r = report(["Ran the site hazard communication program"], ["HazCom"])
    assert not missing(r)
    r = report(["Ran the site HazCom program"], ["Maintain the SDS binder"])
    assert "SDS" in missing(r)  # the program does not show this part of it


def test_a_contraction_is_the_term_it_contracts() -> None:
    from tailor_app.tailoring.skills.narrower import join_acronym_groups

    groups = [["InfoSec"], ["information security"], ["network security"], ["RevOps"]]
    assert join_acronym_groups(groups) == [["InfoSec", "information security"],
                                           ["network security"], ["RevOps"]]
    r = report(["Ran the InfoSec program for 400 staff"], ["Information security"])
    assert not missing(r)


def test_a_welding_process_by_its_acronym_or_its_shop_name() -> None:
    cases = [("Stick welded structural steel to AWS D1.1", "SMAW"),
             ("Ran SMAW root passes on pipe", "Stick welding"),
             ("MIG welded trailer frames", "GMAW"),
             ("Certified in GTAW on stainless", "TIG welding")]
    for bullet, ask in cases:
        assert not missing(report([bullet], [ask])), (bullet, ask)
    r = report(["MIG welded trailer frames"], ["TIG welding"])
    assert missing(r)  # another process
    r = report(["MIG welded trailer frames"], ["Welding"])
    assert not missing(r)


def test_preventive_maintenance_in_the_trades_own_words() -> None:
    for bullet in ("Completed PM work orders in the CMMS every week",
                   "Performed seasonal tune-ups on 300 furnaces"):
        assert not missing(report([bullet], ["Preventive maintenance"])), bullet


def test_analyzing_something_is_its_analysis() -> None:
    r = report(["Analyzed sales data in Excel for 40 stores"], ["Data analysis"])
    assert matched(r).get("Data Analysis") == "Analyzed sales data"
    r = report(["Analysed variances against budget each month"], ["Variance analysis"])
    assert not missing(r)


def test_docketing_or_practice_software_shows_case_management() -> None:
    r = report(["Kept case calendars in Clio and docketed every court order"],
               ["Case management"])
    assert not missing(r)
    r = report(["Kept matters current in MyCase"], ["Legal case management"])
    assert not missing(r)
    r = report(["Coordinated care for 40 oncology patients"], ["Clio"])
    assert "Clio" in missing(r)


def test_a_product_under_its_makers_other_name_or_its_old_name() -> None:
    from tailor_app.tailoring.skills.narrower import is_synonym

    assert is_synonym("AWS SQS", "Amazon SQS")
    assert is_synonym("Simple Queue Service", "Amazon SQS")
    assert not is_synonym("RF design", "Circuit Design")  # a plain word is no product
    assert not is_synonym("Stark Law", "Healthcare Law")
    assert not is_synonym("PA-DSS", "PCI DSS")
    cases = [("Ran batch jobs on AWS EC2 and SQS", "Amazon EC2"),
             ("Built ad campaigns in Google AdWords", "Google Ads"),
             ("Administered users in Azure AD", "Microsoft Entra ID"),
             ("Built dashboards in Google Data Studio", "Looker Studio"),
             ("Managed mail and calendars in G Suite", "Google Workspace")]
    for bullet, ask in cases:
        assert not missing(report([bullet], [ask])), (bullet, ask)


def test_a_postings_analyze_duties_ask_no_analysis_of_each_object() -> None:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    duty = "Monitor, evaluate, analyze, and report progress on policy requirements"
    assert vocabulary.deeds(duty) == []  # a posting's reading
    told = "Analyzed sales data for 40 stores"
    assert [h.skill.name for h in vocabulary.deeds(told, lists=True)] == ["Data Analysis"]
