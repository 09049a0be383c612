"""An acronym the posting uses is shown by the resume's words that spell it out, in
lower case as in capitals (shown26, Dec 7): "track OEE" by "tracked overall equipment
effectiveness", "UPH" by "units per hour", "VFC" by "Vaccines for Children". Initials
alone spell many things, so the words must be written as a name is, about the work the
posting asks; each rule has a near miss that stays missing. Texts written for these
tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.initials import initials_evidence
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def _report(ask: str, bullet: str, title: str) -> tuple[set[str], set[str]]:
    """(shown, not shown) of a posting asking ``ask`` against a one-role resume."""
    text = (f"Robin Ash\nrobin@example.com\n\nExperience\n{title} | Lakeside Co | "
            f"2020 - Present\n- {bullet}\n")
    report = match_resume(parse_resume(text),
                          analyse_posting(f"{title}\n\nWhat you will do\n- {ask}\n"))
    return ({m.name for m in report.matched},
            {*report.missing, *report.maybe_shown, *report.unconfirmed})


def _shown_by(acronym: str, snippet: str, line: str) -> str | None:
    """The words quoted for an ask named ``acronym`` read from ``snippet``, or None."""
    mention = SkillMention(acronym, "hard", True, snippet, "requirements", acronym)
    _credit, match = initials_evidence(mention, [ResumeLine(line, "bullet", "experience")],
                                       load_vocabulary())
    return None if match is None else match.resume_term


@pytest.mark.parametrize(("ask", "bullet", "acronym", "title"), [
    ("Track OEE and downtime on the filling lines",
     "Tracked overall equipment effectiveness and downtime for three filling lines",
     "OEE", "Production Lead"),
    ("Meet UPH goals on the pick line",
     "Held 150 units per hour on the pick line through two peak seasons", "UPH",
     "Order Selector"),
    ("Manage VFC ordering and storage",
     "Managed Vaccines for Children ordering and fridge storage logs", "VFC",
     "Medical Assistant"),
    ("Pay TTD benefits on time",
     "Paid temporary total disability benefits on time on 90 lost-time claims", "TTD",
     "Claims Adjuster"),
])
def test_an_acronym_asked_is_shown_by_its_words(ask: str, bullet: str, acronym: str,
                                                title: str) -> None:
    shown, unmet = _report(ask, bullet, title)
    assert acronym in shown
    assert acronym not in unmet


def test_the_words_may_be_joined_by_hyphens_and_take_an_ending() -> None:
    assert _shown_by("TIC", "Use a TIC lens with every family",
                     "Bring a trauma-informed care lens to every family visit"
                     ) == "trauma-informed care"
    # a small word joined by a hyphen gives its letter
    assert _shown_by("OTD", "Improve OTD to every customer account",
                     "Improved on-time delivery to every customer account"
                     ) == "on-time delivery"
    # the posting's word may be in the run as well as beside it
    assert _shown_by("VFC", "Reconcile the vaccine stock for VFC each month",
                     "Reconciled the vaccine stock for Vaccines for Children each month"
                     ) == "Vaccines for Children"
    assert _shown_by("ILP", "Write ILPs with each student",
                     "Write individualized learning plans with each student"
                     ) == "individualized learning plans"


@pytest.mark.parametrize(("acronym", "snippet", "line"), [
    # A clause's own verb opens the run: a deed, not a name.
    ("WIP", "Count WIP on the floor each shift",
     "Wrote inventory procedures for the floor each shift"),
    ("PPE", "Issue PPE to the crew on each shift",
     "Prepared payroll entries for the crew each shift"),
    ("PPO", "Explain PPO plans to each member",
     "Process purchase orders for each member site"),
    # A bullet opens with its verb; a compound's half starts no name; a quantifier
    # is no part of one.
    ("CDC", "Follow CDC guidance on the route and count deliveries",
     "Check delivered counts on the route against the invoice"),
    ("PPD", "Record PPD results in the chart for every patient",
     "Record six-point probe depths in the chart for every patient"),
    ("SRP", "Write SRP summaries for each research grant",
     "Wrote several research papers for each grant summary"),
    # In lower case a small word gives no letter but "per" (review26's S7).
    ("OTD", "Track OTD for each customer account",
     "Tracked orders to distributors for each customer account"),
    ("OOS", "Reduce OOS rates in every store", "Reduced orders of supplies in every store"),
    # The same initials about other work: nothing of the posting's sentence.
    ("OEE", "Track OEE and downtime on the filling lines",
     "Compiled online employee evaluations for the HR office"),
    # Two words with a small one between need two of the sentence's words.
    ("UPH", "Meet UPH goals on the pick line",
     "Trained new hires on unit pricing habits at the register"),
    # A clause, not a name: a pronoun or helping word inside the run.
    ("TTD", "Calculate TTD benefits on lost-time claims",
     "Told them directly about lost-time claims"),
])
def test_the_same_initials_in_another_sense_show_nothing(acronym: str, snippet: str,
                                                         line: str) -> None:
    assert _shown_by(acronym, snippet, line) is None


@pytest.mark.parametrize(("ask", "bullet", "title", "skill"), [
    # An acronym the vocabulary knows is read by its known names only (review26's S1).
    ("Chart vitals in the EMR for every patient",
     "Charted vitals for every patient on my emergency medicine rotation", "Nursing Student",
     "Electronic Health Records"),
    ("Program PLCs on the packaging lines",
     "Ran two packaging lines for our private label client", "Production Lead",
     "PLC Programming"),
    ("Write IEP goals for each student", "Wrote individual exercise plans for each student",
     "PE Teacher", "Individualized Education Program"),
    # "and" is no part of a name.
    ("Monitor OEE on the packaging line",
     "Monitored overtime and equipment expenses on the packaging line", "Supervisor", "OEE"),
    # A capitalised run after "at" is a place.
    ("Track CPH on the pick line", "Picked on the line at Cascade Pick House", "Order Picker",
     "CPH"),
    # A place's or a firm's name, however its capitals spell (review26's S1).
    ("ERP experience", "Planted trees in Elm Ridge Park", "Accountant", "ERP"),
    ("EHR experience", "Charted at Eastside Health Rehabilitation Center", "Nurse", "EHR"),
])
def test_other_words_with_the_initials_show_nothing(ask: str, bullet: str, title: str,
                                                    skill: str) -> None:
    shown, _ = _report(ask, bullet, title)
    assert skill not in shown


@pytest.mark.parametrize(("ask", "bullet", "title", "skill"), [
    # A body asked by its letters is shown by its name (review26's S6).
    ("AHIMA membership preferred",
     "Member, American Health Information Management Association since 2020", "Coder",
     "AHIMA"),
    ("NHA certification", "Passed the exam of the National Healthcareer Association in 2022",
     "Phlebotomist", "NHA"),
])
def test_a_body_is_shown_by_its_name(ask: str, bullet: str, title: str, skill: str) -> None:
    shown, _ = _report(ask, bullet, title)
    assert any(skill in name for name in shown)


def test_an_ask_in_words_is_not_met_by_other_words_with_its_initials() -> None:
    shown, _ = _report("Manage continuous renal replacement therapy for ICU patients",
                       "Escalate changes to the rapid response team for ICU patients",
                       "Registered Nurse")
    assert not any("Renal" in name for name in shown)


def test_a_credential_is_never_read_from_initials() -> None:
    mention = SkillMention("CPT", "certification", True, "CPT required for phlebotomy",
                           "requirements", "CPT")
    line = ResumeLine("Certified pharmacy technician for phlebotomy clinics", "bullet",
                      "experience")
    assert initials_evidence(mention, [line], load_vocabulary()) == (0.0, None)
