"""A skill the resume shows in other words is matched, not reported missing, and a
resume that does not show it is still told it is missing. Shapes of English, each
with the cases that must not count: the deed one of the skill's synonyms names
("managed up to 30 vendors"), the place the work is done ("visit clients at home"),
a list item whose role and list say the rest ("room assignments, billing"), the
training a person built or gave, a measure with its aim ("gross margin goal"), and a
soft skill's deed ("make coverage decisions"). Texts and vocabularies written for these
tests; the asks are given as the posting's analysis would read them, so only matching
is under test."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines

TSV = """\
Vendor Coordination\thard\t~vendor management
Coaching\thard\tcoaching staff | coached
Room assignments\thard\troom assignment
Night audit\thard\tnight audits
Check-in\thard\tcheck-ins
Staff training\thard\t~employee training
Decision Making\tsoft\tdecision-making
Team Leadership\tsoft\tleading teams
Blueprint Reading\thard\t~reading drawings
"""


def vocabulary() -> Vocabulary:
    entries, problems = parse_lines(TSV.splitlines(), "test")
    assert not problems
    return Vocabulary(entries, problems, narrower_splits(entries))


def resume(bullets: list[str], title: str = "Operations Lead",
           employer: str = "Harbor Works, Duluth, MN") -> str:
    return ("Robin Ash\nrobin.ash@example.com\n\nExperience\n"
            f"{title}  May 2019 – Present\n{employer}\n"
            + "".join(f"- {b}\n" for b in bullets))


def ask(name: str, snippet: str = "", kind: str = "hard") -> SkillMention:
    return SkillMention(name, kind, True, snippet or name, "requirements")


def report(bullets: list[str], asks: list[SkillMention], **where: str) -> MatchReport:
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asks,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(resume(bullets, **where)), analysis,
                        vocabulary=vocabulary())


def shown(r: MatchReport) -> dict[str, str]:
    return {m.name: m.resume_term for m in r.matched}


def missing(r: MatchReport) -> set[str]:
    """The asks not shown: called missing, listed with a line that may show them, or
    listed to check (a line sharing only the head as another kind of it is quoted for
    none: uncertain_gaps.line_and_other_kind)."""
    return (set(r.missing_required) | set(r.missing_preferred) | set(r.maybe_shown)
            | set(r.unconfirmed))


# --- the deed a synonym of the skill names ------------------------------------------

def test_the_deed_a_synonym_names_shows_the_skill() -> None:
    r = report(["Managed up to 12 vendors for the county fair each summer"],
               [ask("Vendor Coordination")])
    assert shown(r) == {"Vendor Coordination": "Managed up to 12 vendors"}
    r = report(["Hire, schedule and coach staff across two shifts"], [ask("Coaching")])
    assert shown(r) == {"Coaching": "coach staff"}


def test_a_synonyms_noun_must_be_the_object_itself() -> None:
    # "vendor" only describes the accounts; "managed" has no vendors as its object.
    r = report(["Managed up to 12 vendor accounts and the monthly close"],
               [ask("Vendor Coordination")])
    assert missing(r) == {"Vendor Coordination"}
    r = report(["Managed the office for vendors and walk-in visitors"],
               [ask("Vendor Coordination")])
    assert missing(r) == {"Vendor Coordination"}


def test_a_plural_in_ings_is_the_synonyms_object_not_its_verb() -> None:
    """ "reading drawings": "drawings" ends like an action but is the thing read."""
    r = report(["Read and interpret shop drawings and weld symbols"],
               [ask("Blueprint Reading")])
    assert shown(r) == {"Blueprint Reading": "Read and interpret shop drawings"}
    r = report(["Read mechanical drawings to lay out duct runs"], [ask("Blueprint Reading")])
    assert shown(r) == {"Blueprint Reading": "Read mechanical drawings"}


def test_drawings_made_or_checked_are_not_drawings_read() -> None:
    r = report(["Drew shop drawings for stair rails in AutoCAD",
                "Read meter dials; produced drawings of the site",
                "Read to children at story time and hung their drawings"],
               [ask("Blueprint Reading")])
    assert missing(r) == {"Blueprint Reading"}


# --- where the work is done ------------------------------------------------------------

def test_the_place_after_the_deed_shows_the_work_named_by_it() -> None:
    r = report(["Visit clients at home twice a month and keep case notes"],
               [ask("Home visits")])
    assert shown(r) == {"Home visits": "Visit clients at home"}
    r = report(["Screened 40 applicants a week by phone"], [ask("Phone screening")])
    assert shown(r) == {"Phone screening": "Screened 40 applicants a week by phone"}


def test_an_idiom_or_a_longer_noun_is_no_place() -> None:
    r = report(["Assessed students at risk of failing and met with their parents"],
               [ask("Risk assessment")])
    assert missing(r) == {"Risk assessment"}
    # "home" describes the care; the visits are no home visits the resume tells of.
    r = report(["Visited families in home care programs"], [ask("Home visits")])
    assert missing(r) == {"Home visits"}
    # What the work was done in is its setting, not where or how: no management of it.
    r = report(["Managed budgets in the project and escalations in a team of 12 agents"],
               [ask("Project management"), ask("Team management")])
    assert missing(r) == {"Project management", "Team management"}


# --- a list item whose list and role say the rest ---------------------------------------

HOTEL = ["Lead 14 guest service agents across three shifts",
         "Run arrivals, room assignments, billing and night audits in the property system"]
POSTING_LINE = "Oversee check-in, room assignments and guest billing"


def test_a_list_item_beside_another_ask_of_the_same_sentence_in_a_role_about_it() -> None:
    r = report(HOTEL, [ask("Room assignments", POSTING_LINE),
                       ask("Guest billing", POSTING_LINE)])
    assert shown(r)["Guest billing"] == "billing"


def test_a_list_item_may_open_the_line() -> None:
    lines = [HOTEL[0], "Billing, room assignments and night audits in the property system"]
    r = report(lines, [ask("Room assignments", POSTING_LINE), ask("Guest billing", POSTING_LINE)])
    assert shown(r)["Guest billing"] == "Billing"


def test_the_item_alone_is_not_enough() -> None:
    # No word of the role names guests: billing at a clinic is no guest billing.
    clinic = ["Schedule patients for three providers",
              "Run arrivals, room assignments, billing and insurance checks"]
    r = report(clinic, [ask("Room assignments", POSTING_LINE), ask("Guest billing", POSTING_LINE)])
    assert "Guest billing" in missing(r)
    # Another sentence of the posting: the lists need not be about the same work.
    r = report(HOTEL, [ask("Room assignments", POSTING_LINE),
                       ask("Guest billing", "Post charges to guest billing accounts")])
    assert "Guest billing" in missing(r)
    # A word before it makes it another kind of billing.
    r = report([HOTEL[0], "Run arrivals, room assignments, group billing and night audits"],
               [ask("Room assignments", POSTING_LINE), ask("Guest billing", POSTING_LINE)])
    assert "Guest billing" in missing(r)


# --- training built or given --------------------------------------------------------------

def test_training_the_person_built_or_gave_shows_staff_training() -> None:
    r = report(["Raised scores by rebuilding check-in training for the front desk"],
               [ask("Staff training")])
    assert shown(r) == {"Staff training": "rebuilding check-in training"}
    r = report(["Developed a new-hire training program for 30 cashiers"],
               [ask("Staff training")])
    assert "Staff training" in shown(r)
    r = report(["Lead weekly safety trainings for new hires"], [ask("Staff training")])
    assert "Staff training" in shown(r)


def test_training_taken_or_given_to_customers_is_not_staff_training() -> None:
    for bullet in ("Completed forklift training and OSHA 10",
                   "Developed customer training videos for the product launch",
                   "Delivered training sessions for clients moving to the new portal"):
        assert missing(report([bullet], [ask("Staff training")])) == {"Staff training"}, bullet


# --- a measure asked with its aim ------------------------------------------------------------

def test_a_measure_with_its_aim_is_shown_by_the_measure() -> None:
    r = report(["Finished the year at 104% of gross margin goal"], [ask("Gross-margin target")])
    assert shown(r) == {"Gross-margin target": "gross margin"}
    # One word left is too little to name the measure: "sales" alone is everywhere.
    r = report(["Met weekly sales goals at the counter"], [ask("Revenue target")])
    assert missing(r) == {"Revenue target"}


# --- a soft skill done ---------------------------------------------------------------------

def test_a_soft_skill_is_shown_by_its_deed() -> None:
    r = report(["Read policy forms to make coverage decisions on 110 open files"],
               [ask("Decision Making", kind="soft")])
    assert shown(r) == {"Decision Making": "make coverage decisions"}


def test_its_words_turned_round_name_something_else() -> None:
    r = report(["Present weekly results to the leadership team"],
               [ask("Team Leadership", kind="soft")])
    assert missing(r) == {"Team Leadership"}



# --- the shipped vocabulary: the narrower skill shows the broader, never the reverse ----------

def test_outbound_calls_to_accounts_are_no_cold_calls() -> None:
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=[
        ask("Cold Calling"), ask("Outbound calling")], keywords=[], min_years=None,
        degree=None, certifications=[])
    calls = parse_resume(resume(["Make 40 outbound calls a week to lapsed accounts"]))
    r = match_resume(calls, analysis)
    assert "Outbound calling" in shown(r) and missing(r) == {"Cold Calling"}
    cold = parse_resume(resume(["Cold-called 60 contractors a week from purchased lists"]))
    assert set(shown(match_resume(cold, analysis))) == {"Cold Calling", "Outbound calling"}


# --- a qualifier the list item before gives ---------------------------------------------

def test_the_item_before_gives_the_asks_middle_word() -> None:
    for line in ["Valid Ohio driver's license, clean record",
                 "Driver's license and clean record."]:
        r = report([line], [ask("Clean Driving Record")])
        assert shown(r) == {"Clean Driving Record": "clean record"}, line


def test_the_item_must_stand_alone_right_after_the_qualifier() -> None:
    for line in ["Kept a clean record of calls in the driver log",  # no list item
                 "Forklift certified, clean record",  # nothing says driving
                 "Valid driver's license, OSHA 10, clean record"]:  # another item between
        r = report([line], [ask("Clean Driving Record")])
        assert missing(r) == {"Clean Driving Record"}, line


# --- work done with a party -----------------------------------------------------------

def test_work_done_with_the_parties_shows_coordinating_with_them() -> None:
    r = report(["Schedule trailers with carriers and audit bills of lading"],
               [ask("Carrier coordination")])
    assert shown(r) == {"Carrier coordination": "Schedule trailers with carriers"}
    r = report(["Audit invoices; resolve damage claims with our carriers"],
               [ask("Carrier coordination")])
    assert shown(r) == {"Carrier coordination": "resolve damage claims with our carriers"}
    r = report(["Met monthly with foster parents to plan visits"],
               [ask("Foster parent coordination")])
    assert shown(r) == {"Foster parent coordination": "Met monthly with foster parents"}


def test_no_party_one_firm_or_another_party_is_no_coordination() -> None:
    r = report(["Packed glassware with care", "Helped with events and holiday parties"],
               [ask("Care coordination"), ask("Event coordination")])
    assert missing(r) == {"Care coordination", "Event coordination"}
    r = report(["Called the carrier with updates", "Loaded trailers with drivers",
                "Compared carriers' rates with the budget"], [ask("Carrier coordination")])
    assert missing(r) == {"Carrier coordination"}
    r = report(["Met monthly with parents to plan visits"],
               [ask("Foster parent coordination")])
    assert missing(r) == {"Foster parent coordination"}
