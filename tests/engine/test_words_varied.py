"""A skill the resume shows in other words is not missing: a name's words spread out
("an electric stand-up rider floor scrubber"), a kind coordinated before its head
("weekly payroll and overtime reports"), the name's last words by another spelling
("packaged RTUs"), an acronym asked with its kind's word ("CAUTI prevention" by
"CAUTI"), a count in figures or words ("3-week lookahead"), a period said as a phrase
("each quarter"), an acronym the posting glosses ("Motivational Interviewing (MI)"),
and a three-way match told by what is matched. Each with the related but different
wording that shows nothing. Sentences written for these tests, in five fields."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, tsv_vocabulary, unmet

from tailor_app.tailoring.model import SkillMention

VOCABULARY = tsv_vocabulary("\n".join([
    "Floor Care\thard\tfloor care | electric floor scrubber | floor scrubbers",
    "Commercial Dishwashing\thard\tdish machine | commercial dish machine",
    "Payroll Reporting\thard\tpayroll reports | weekly payroll report",
    "Rooftop Units\thard\trooftop unit | =RTU | =RTUs | packaged rooftop units",
    "Device-Associated Infection Prevention\thard\t=CAUTI | =CAUTI prevention | =CLABSI"
    " | =CLABSI prevention",
    "Infection Control\thard\tinfection control | =MRSA | =MRSA screening",
    "Programmable Logic Controllers\ttool\t=PLC | =PLCs | =PLC programming",
    "Construction Scheduling\thard\tconstruction schedules | three-week look-ahead",
    "Payroll Taxes\thard\tpayroll tax | quarterly payroll tax | =941s",
    "Motivational Interviewing\thard\tmotivational interviewing",
    "Three-Way Match\thard\tthree-way matching",
    "Wage Garnishments\thard\t~garnishments | ~child support withholding orders",
]))


def shown(bullet: str, *names: str, kind: str = "hard") -> set[str]:
    report = bullets_report([bullet], asks(*names, kind=kind), VOCABULARY)
    return {m.name for m in report.matched}


@pytest.mark.parametrize(("bullet", "ask"), [
    ("Ran an electric stand-up floor scrubber through the lobby each night",
     "Electric floor scrubber"),
    ("Ran the commercial Hobart conveyor dish machine on Sunday brunch", "Commercial dish machine"),
    ("Prepare the weekly payroll and overtime reports for the plant manager",
     "Weekly payroll report"),
    ("Set up child support and student loan withholding orders", "Wage Garnishments"),
])
def test_a_name_spread_out_in_one_phrase_is_shown(bullet: str, ask: str) -> None:
    assert ask in shown(bullet, ask)


@pytest.mark.parametrize(("bullet", "ask"), [
    # in capitals: the words are looked for in any case before a pattern is tried
    ("RAN AN ELECTRIC STAND-UP FLOOR SCRUBBER THROUGH THE LOBBY", "Electric floor scrubber"),
    # a line with letters beyond ASCII is read by the patterns themselves
    ("Ran an electric stand-up floor scrubber through the café each night",
     "Electric floor scrubber"),
    # the last word in its other number: "summary" for "summaries"
    ("Wrote the weekly store inventory summary for the district manager",
     "Weekly inventory summaries"),
])
def test_a_spread_name_in_any_case_or_letters_is_shown(bullet: str, ask: str) -> None:
    assert ask in shown(bullet, ask)


@pytest.mark.parametrize(("bullet", "ask"), [
    # "and" between: the first item is another thing, not a kind of the head
    ("Ran an electric buffer and floor scrubber", "Electric floor scrubber"),
    # a preposition between: another phrase
    ("Cleaned the commercial kitchen with a dish machine", "Commercial dish machine"),
    # a comma between
    ("Ran electric carts, floor scrubbers and vacuums", "Electric floor scrubber"),
])
def test_words_of_other_phrases_show_nothing(bullet: str, ask: str) -> None:
    assert ask not in shown(bullet, ask)


def test_the_last_words_by_another_spelling_of_their_skill() -> None:
    assert "Packaged rooftop units" in shown("Started up packaged RTUs on a new middle school",
                                             "Packaged rooftop units")
    # the first word must stand right before the other spelling
    assert "Packaged rooftop units" not in shown("Packaged the old RTUs for the scrap yard",
                                                 "Packaged rooftop units")


def test_an_acronym_shows_its_ask_with_the_kind_word_of_their_skill() -> None:
    bullet = "Audited Foley and central line care against the CAUTI and CLABSI checklists"
    # An ask written with the kind's word is the acronym's skill (one narrower skill
    # since the splitter joins "CAUTI prevention" to "CAUTI", test_one_skill_two_names);
    # the acronym alone in a bullet shows it.
    cauti, clabsi = (VOCABULARY.lookup(n) for n in ("CAUTI prevention", "CLABSI prevention"))
    assert cauti is not None and clabsi is not None
    assert cauti is VOCABULARY.lookup("CAUTI") and clabsi is VOCABULARY.lookup("CLABSI")
    assert {cauti.name, clabsi.name} <= shown(bullet, cauti.name, clabsi.name)


@pytest.mark.parametrize(("bullet", "ask", "kind"), [
    # "screening" is no word of Infection Control: an MRSA case is no MRSA screening
    ("Cared for MRSA patients on contact isolation", "MRSA screening", "hard"),
    # a PLC is not its programming: Programmable Logic Controllers holds no such word
    ("Troubleshoot PLC faults on the packaging lines", "PLC programming", "tool"),
])
def test_an_acronym_without_its_kind_word_shows_nothing_else(bullet: str, ask: str,
                                                              kind: str) -> None:
    assert ask not in shown(bullet, ask, kind=kind)


def test_a_count_in_figures_and_a_hyphen_closed_up() -> None:
    assert "Three-week look-ahead" in shown(
        "Kept the 3-week lookahead current for twelve trades", "Three-week look-ahead")


def test_a_count_in_figures_for_a_term_no_vocabulary_holds() -> None:
    assert "Two-hour rounding" in shown("Did 2-hour rounding on every resident",
                                        "Two-hour rounding")


@pytest.mark.parametrize(("bullet", "ask", "found"), [
    ("Prepare 941s and state returns each quarter", "Quarterly payroll tax", True),
    ("Prepare the payroll tax deposits every quarter", "Quarterly payroll tax", True),
    ("Prepare 941s and state returns each month", "Quarterly payroll tax", False),
    ("Closed each quarter with the controller", "Quarterly payroll tax", False),
])
def test_a_period_said_as_a_phrase(bullet: str, ask: str, found: bool) -> None:
    assert (ask in shown(bullet, ask)) is found


def _glossed(bullet: str, snippet: str) -> set[str]:
    mention = SkillMention("Motivational Interviewing", "hard", True, snippet, "requirements")
    report = bullets_report([bullet], [mention], VOCABULARY)
    return {m.name for m in report.matched}


def test_an_acronym_the_posting_glosses_is_read_on_the_resume() -> None:
    snippet = "Use Motivational Interviewing (MI) to help parents set goals"
    assert "Motivational Interviewing" in _glossed("Use MI to set goals with each parent",
                                                   snippet)
    assert "Motivational Interviewing" in _glossed(
        "Family visits: use MI so parents choose their own goals", snippet)
    # a town's state is not the letters, with or without its comma (review19's M1)
    assert "Motivational Interviewing" not in _glossed("Moved to Lansing, MI in 2020",
                                                       snippet)
    assert "Motivational Interviewing" not in _glossed(
        "Parent groups at the Detroit MI center, setting goals", snippet)
    # nor a degree
    assert "Motivational Interviewing" not in _glossed("MI in Social Work; set goals", snippet)


def test_two_glossed_letters_after_a_figure_are_a_clock_time() -> None:
    vocabulary = tsv_vocabulary("Preventive Maintenance\thard\tpreventive maintenance")
    mention = SkillMention("Preventive Maintenance", "hard", True,
                           "Perform Preventive Maintenance (PM) on packaging lines",
                           "requirements")
    for bullet in ("Ran two cartoning lines on the 6 PM to 6 AM shift",
                   "Worked PM shift on two packaging lines",
                   "Covered PM/AM relief on the packaging lines"):
        report = bullets_report([bullet], [mention], vocabulary)
        assert "Preventive Maintenance" not in {m.name for m in report.matched}, bullet
    # without the posting's gloss two letters say nothing
    assert "Motivational Interviewing" not in _glossed(
        "Use MI to set goals with each parent", "Use motivational interviewing")


@pytest.mark.parametrize(("bullet", "found"), [
    ("Match vendor bills to POs and receiving slips before each check run", True),
    ("Pay 400 invoices a month, including PO and receiver matching", True),
    ("Key POs and receipts into the ERP", False),  # nothing matched
    # a receiver's two-way check: no invoice (review19's M2)
    ("Matched packing slips to POs at the receiving dock", False),
    ("Match deposits to the bank statement", False),
])
def test_a_three_way_match_told_by_what_is_matched(bullet: str, found: bool) -> None:
    report = bullets_report([bullet], asks("Three-Way Match"), VOCABULARY)
    assert ("Three-Way Match" in {m.name for m in report.matched}) is found
    if not found:
        assert "Three-Way Match" in unmet(report)


HANGING = tsv_vocabulary("\n".join([
    "Long-Term Care\thard\tlong-term care",
    "Construction Scheduling\thard\tconstruction schedules | two-week look-ahead",
]))


@pytest.mark.parametrize(("bullet", "ask", "found"), [
    # a hyphen left hanging before "and": the shared word written out
    ("Worked in short- and long-term care settings for six years", "Long-Term Care", True),
    ("Kept the 2- and 3-week lookaheads current", "Two-week look-ahead", True),
    # only the shared word is written out: these are assignments, not care
    ("Took short- and long-term projects for the warehouse", "Long-Term Care", False),
    ("Kept the 3-week lookahead current", "Two-week look-ahead", False),
])
def test_a_hanging_hyphen_is_read_with_its_shared_word(bullet: str, ask: str,
                                                       found: bool) -> None:
    report = bullets_report([bullet], asks(ask), HANGING)
    assert (ask in {m.name for m in report.matched}) is found
