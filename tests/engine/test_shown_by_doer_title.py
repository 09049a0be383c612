"""An activity asked by its "-ing" noun is shown by a title naming its doer ("Caregiver"
for Caregiving, "Accountant" for Accounting, "Tutor" for Tutoring), and not by a title
whose head is someone else ("Computer Technician" for Computing) or by the word in a
bullet. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines


def vocabulary() -> Vocabulary:
    entries, problems = parse_lines(["Scheduling\thard\tscheduling"], "test")
    return Vocabulary(entries, problems, narrower_splits(entries))


def report(title: str, bullets: list[str], *names: str) -> MatchReport:
    text = ("Robin Ash\nrobin.ash@example.com\n\nExperience\n"
            f"{title} — Lakeside Homes, Duluth, MN\nMay 2019 – Present\n"
            + "".join(f"- {b}\n" for b in bullets))
    asks = [SkillMention(n, "hard", True, n, "requirements") for n in names]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asks,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary())


def shown(r: MatchReport) -> dict[str, str]:
    return {m.name: m.resume_term for m in r.matched}


def test_a_title_naming_the_doer_shows_the_activity() -> None:
    assert shown(report("Caregiver", ["Helped four clients a day"], "Caregiving")) == {
        "Caregiving": "caregiver"}
    assert shown(report("Staff Accountant", ["Closed the books"], "Accounting")) == {
        "Accounting": "accountant"}
    assert shown(report("Math Tutor", ["Met students twice a week"], "Tutoring")) == {
        "Tutoring": "tutor"}


def test_another_head_or_a_word_in_a_bullet_shows_nothing() -> None:
    r = report("Computer Technician", ["Worked with a caregiver team"], "Computing",
               "Caregiving")
    assert r.matched == []


def test_an_activity_of_a_kind_needs_the_kind_in_that_entry() -> None:
    r = report("School Counselor", ["Run eight-week small groups on grief"], "Group Counseling",
               "Career Counseling")
    assert shown(r) == {"Group Counseling": "groups"}


def test_a_kind_inside_a_product_name_or_an_adjective_kind_is_not_read() -> None:
    r = report("Science Teacher", ["Post homework in Google Classroom"], "Classroom teaching")
    assert r.matched == []
    r = report("School Counselor", ["Meet students one at a time"], "Individual Counseling")
    assert r.matched == []


def test_one_on_one_work_is_the_individual_kind() -> None:
    r = report("School Counselor", ["See 12 students a week one-on-one"], "Individual Counseling")
    assert shown(r) == {"Individual Counseling": "one-on-one"}
    r = report("Math Tutor", ["See 12 students a week one-on-one"], "Individual Counseling")
    assert r.matched == []


def test_a_title_with_the_kind_and_the_doer_shows_the_kinded_activity() -> None:
    # "Case Manager" does case management, "Senior Financial Analyst" financial analysis,
    # "Physical Therapist" physical therapy: the kind is in the title itself.
    assert shown(report("Case Manager", ["Carried 20 families"], "Case Management")) == {
        "Case Management": "Case Manager"}
    assert shown(report("Senior Financial Analyst", ["Built the budget model"],
                        "Financial Analysis")) == {"Financial Analysis": "Financial Analyst"}
    assert shown(report("Physical Therapist", ["Treated 12 patients a day"],
                        "Physical Therapy")) == {"Physical Therapy": "Physical Therapist"}


def test_another_kind_or_a_bare_doer_shows_no_kinded_activity() -> None:
    # A "Project Manager" did project management, not case management; a "Manager"
    # says no kind at all.
    assert report("Project Manager", ["Ran three builds"], "Case Management").matched == []
    assert report("Manager", ["Ran the store"], "Case Management").matched == []


def test_a_title_naming_the_doer_of_a_noun_activity_shows_it() -> None:
    assert shown(report("Lead Phlebotomist", ["Drew 40 patients a shift"], "Phlebotomy")) == {
        "Phlebotomy": "phlebotomist"}
    assert shown(report("Wedding Photographer", ["Shot 30 weddings a year"],
                        "Photography")) == {"Photography": "photographer"}
    assert report("Lab Aide", ["Labelled tubes for the phlebotomist"], "Phlebotomy").matched == []


def test_a_grade_after_the_title_leaves_its_head_the_doer() -> None:
    r = report("Case Manager II", ["Carry a caseload of 25 adults"], "Case Management")
    assert shown(r) == {"Case Management": "Case Manager"}
    assert shown(report("Accountant III", ["Post entries"], "Accounting")) == {
        "Accounting": "accountant"}
    # a word of the title itself is no grade: "Line Lead" stays a lead
    assert report("Dispatcher Lead", ["Answer radios"], "Dispatching").matched == []


def test_the_manager_of_a_place_has_run_its_operations() -> None:
    # A store's, bar's or clinic's manager or supervisor has run the place: its
    # operations and its management.
    assert shown(report("Store Manager", ["Led 14 associates"], "Store operations")) == {
        "Store operations": "Store Manager"}
    assert shown(report("Bar Manager", ["Wrote the cocktail menu"], "Bar operations")) == {
        "Bar operations": "Bar Manager"}
    assert shown(report("Warehouse Supervisor", ["Led a crew of 12"],
                        "Warehouse Management")) == {"Warehouse Management": "Warehouse Supervisor"}


def test_a_functions_manager_or_another_role_runs_no_place() -> None:
    # Sales or security operations are trades of their own; an associate or a lead of
    # the store ran none of it.
    assert report("Sales Manager", ["Led 14 reps"], "Sales operations").matched == []
    assert report("Security Manager", ["Ran badge access"], "Security operations").matched == []
    assert report("Store Associate", ["Stocked shelves"], "Store operations").matched == []
    assert report("Kitchen Lead", ["Ran the line"], "Kitchen Management").matched == []


def test_a_craft_named_otherwise_than_its_doer_is_shown_by_the_doer() -> None:
    assert shown(report("Lead Trim Carpenter", ["Hang doors"], "Trim Carpentry")) == {
        "Trim Carpentry": "Trim Carpenter"}
    assert shown(report("Brick Mason", ["Laid block"], "Masonry")) == {"Masonry": "mason"}
    assert shown(report("CNC Machinist", ["Ran a Haas VF-2"], "CNC Machining")) == {
        "CNC Machining": "CNC Machinist"}
    assert shown(report("Medical Interpreter", ["Worked with Spanish-speaking families"],
                        "Interpretation")) == {"Interpretation": "interpreter"}
    # A technician is the doer of no particular craft, and a carpenter of no masonry.
    r = report("Pharmacy Technician", ["Filled prescriptions"], "Electronics", "Masonry")
    assert r.matched == []
    assert shown(report("Finish Carpenter", ["Hung doors"], "Masonry")) == {}
