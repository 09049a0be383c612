"""An ask the resume shows in other words is not missing: a kind of a thing named by
the kind's word and a narrower name of the thing ("stand-up reach trucks" for a
Stand-up forklift). Each with the related but different wording that must show
nothing. Sentences written for these tests, in several fields."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, shown_by_bullet, tsv_vocabulary

VOCABULARY = tsv_vocabulary("\n".join([
    "Welding\thard\twelding | pipe beveling | pipe welding",
    "Forklift Operation\thard\tforklift | reach truck | order picker | stand-up forklift"
    " | sit-down forklift | sit-down counterbalance | pallet jack | electric pallet jack",
    "Sterilization\thard\tsterilizer | sterilizers | autoclave",
    "Floor Care\thard\tfloor care | floor scrubber | burnisher",
]))


def shown(bullet: str, *names: str) -> dict[str, str]:
    report = bullets_report([bullet], asks(*names), VOCABULARY)
    return {m.name: m.evidence for m in report.matched}


@pytest.mark.parametrize(("bullet", "ask"), [
    # logistics: the kind's word before a narrower name of the forklift
    ("Drove stand-up reach trucks in the freezer aisles", "Stand-up forklift"),
    # the narrower name opens with the kind's word
    ("Ran a sit-down counterbalance lift on the dock", "Sit-down forklift"),
    # facilities: a hyphen of the kind written as a space
    ("Ran a walk behind burnisher on the lobby tile every night", "Walk-behind floor care"),
])
def test_a_kind_by_its_word_and_a_narrower_name_is_shown(bullet: str, ask: str) -> None:
    found = shown(bullet, ask)
    assert ask in found
    assert found[ask].endswith(bullet)  # the line that shows it is quoted


@pytest.mark.parametrize(("bullet", "ask"), [
    # another kind: a stand-up truck is no sit-down one
    ("Drove stand-up reach trucks in the freezer aisles", "Sit-down forklift"),
    # the kind's word names something else in its sentence
    ("Led the stand-up meeting, then drove reach trucks", "Stand-up forklift"),
    ("Sit down with new drivers before they use the reach truck", "Sit-down forklift"),
    # a sibling is no narrower thing: an electric forklift is no electric pallet jack
    ("Charged the electric forklift every night", "Electric pallet jack"),
    # a plain noun before a child of the head is no kind of the ask (review20's M1, M2)
    ("Performed pipe beveling and fit-up for the welding crew", "Pipe welding"),
])
def test_a_word_of_the_kind_elsewhere_shows_nothing(bullet: str, ask: str) -> None:
    assert ask not in shown(bullet, ask)


SPELLED = tsv_vocabulary("\n".join([
    "FIFO\thard\t=FIFO | ~first in first out",
    "Lead Qualification\thard\tlead qualification | =BANT",
    "BANT\thard\t<budget authority need and timeline",
    "MIS\thard\t=MIS | management information systems",
    "HRIS\thard\t=HRIS | human resources information system",
]))


def spelled_shown(bullet: str, ask: str, kind: str = "hard") -> dict[str, str]:
    report = bullets_report([bullet], asks(ask, kind=kind), SPELLED)
    return {m.name: m.evidence for m in report.matched}


@pytest.mark.parametrize(("bullet", "ask"), [
    # food service: the vocabulary's spelling, written with a comma
    ("Rotate dairy and produce first in, first out every morning", "FIFO"),
    # sales: a resume phrase of the skill, written as a list
    ("Screened inbound leads on budget, authority, need and timeline", "BANT"),
    # with a hyphen inside each half
    ("Kept the walk-in cooler first-in, first-out", "FIFO"),
])
def test_an_acronym_spelled_out_is_shown(bullet: str, ask: str) -> None:
    found = spelled_shown(bullet, ask)
    assert ask in found
    assert found[ask].endswith(bullet)


@pytest.mark.parametrize(("bullet", "ask"), [
    # the tail and head of two list items (review20's M3, M7)
    ("Led budget management, information systems and facilities", "MIS"),
    ("Oversaw human resources, information system upgrades and facilities", "HRIS"),
    # words that only start with the letters: not a name of the skill
    ("Reviewed budgets, approvals, needs and timelines with the owner", "BANT"),
    ("Sold first in town, first out of the lot", "FIFO"),
    # a sentence's break between the words
    ("Sold first. In the spring, first orders went out", "FIFO"),
])
def test_words_that_only_start_with_its_letters_show_nothing(bullet: str, ask: str) -> None:
    assert ask not in spelled_shown(bullet, ask)



PAIRED = tsv_vocabulary("Store Operations\thard\tstore operations")


def paired_shown(bullet: str, ask: str) -> set[str]:
    return {m.name for m in bullets_report([bullet], asks(ask), PAIRED).matched}


@pytest.mark.parametrize(("bullet", "ask"), [
    # retail: the two deeds with a slash, then the next duty
    ("Handle escalated complaints and run opening/closing, safe counts and deposits",
     "Opening and closing procedures"),
    # stockroom: an ampersand, then a small word
    ("Handled receiving & stocking for the back room", "Receiving and stocking duties"),
    # hotel desk: hyphenated deeds at the line's end
    ("Cover the desk and do check-in and check-out", "Check-in and check-out procedures"),
])
def test_two_deeds_named_without_their_routine_word_are_shown(bullet: str, ask: str) -> None:
    assert ask in paired_shown(bullet, ask)


@pytest.mark.parametrize(("bullet", "ask"), [
    # banking: the pair describes the accounts
    ("Handled opening/closing accounts for new members", "Opening and closing procedures"),
    ("Did the opening & closing paperwork for loans", "Opening and closing procedures"),
    # one deed only
    ("Ran the opening checklist every Saturday", "Opening and closing procedures"),
])
def test_the_pair_describing_another_thing_shows_nothing(bullet: str, ask: str) -> None:
    assert ask not in paired_shown(bullet, ask)


@pytest.mark.parametrize(("ask", "bullet", "title"), [
    # a group led by a plain verb of leading
    ("Crew leadership", "Run two- and three-person crews on clinic build-outs", "Electrician"),
    ("Crew leadership", "Supervised a crew of six laborers on a school addition", "Foreman"),
    # incidents logged are incident reports (a resume's phrase)
    ("Incident reports", "Log incidents and falls for the charge nurse", "Nurse Aide"),
    # the material's name and a foreman's word
    ("Drywall", "Hung and taped gypsum board on tenant finish jobs", "Carpenter"),
    ("Daily reports", "Filed dailies and photos in Procore", "Carpenter Foreman"),
    # the kinds of isolation kept
    ("Isolation precautions", "Followed contact and droplet precautions for residents with flu",
     "LPN"),
    # a cook's knife work told as the cut
    ("Knife skills", "Cut vegetables and portion proteins for the line", "Line Cook"),
    # a structured literacy program is the approach; an AAC device is AAC
    ("Structured literacy", "Taught small groups with the Wilson Reading System", "Teacher"),
    ("Structured literacy", "Taught K-2 phonics with Fundations", "Teacher"),
    ("Augmentative and alternative communication",
     "Supported two students who use speech-generating devices", "Paraprofessional"),
])
def test_app_vocabulary_reads_the_ask_in_other_words(ask: str, bullet: str, title: str) -> None:
    assert shown_by_bullet(ask, bullet, title)


@pytest.mark.parametrize(("ask", "bullet", "title"), [
    # joining a crew, or a crew's trucks, is no leading of it
    ("Crew leadership", "Joined a crew of six laborers", "Laborer"),
    ("Crew leadership", "Ran crew trucks to the yard each night", "Laborer"),
    # the clinician's work the aide helped with stays the clinician's
    ("IV starts", "Helped nurses start IVs on the unit", "Nurse Aide"),
    # a cut of costs is no knife work
    ("Knife skills", "Cut costs and labor hours for the line", "Kitchen Manager"),
    # a colleague's name is no program
    ("Structured literacy", "Co-taught reading groups with Ms. Wilson", "Teacher"),
])
def test_app_vocabulary_leaves_related_words_unshown(ask: str, bullet: str, title: str) -> None:
    assert not shown_by_bullet(ask, bullet, title)


@pytest.mark.parametrize(("bullet", "title"), [
    # a maintenance tech's and a press operator's lockout, told with the verb
    ("Lock out equipment before clearing jams on the bagger", "Maintenance Technician"),
    ("Locked out the press brake before every die change", "Press Brake Operator"),
])
def test_a_trades_verb_and_particle_noun_is_shown_by_its_verb(bullet: str, title: str) -> None:
    assert "Lockout/Tagout" in shown_by_bullet("Lockout/tagout", bullet, title)


@pytest.mark.parametrize("bullet", [
    "Got locked out of the work order system twice",   # shut out: no lockout
    "Locked out tenants who stopped paying rent",     # done to people
    "Locked the tool crib and checked out meters",    # the particle not after the verb
])
def test_the_same_verb_in_another_sense_shows_no_lockout(bullet: str) -> None:
    assert "Lockout/Tagout" not in shown_by_bullet("Lockout/tagout", bullet,
                                                   "Maintenance Technician")


@pytest.mark.parametrize(("ask", "bullet"), [
    ("Blood pressure", "Seat patients, update health histories and take vital signs"),
    ("Blood pressure", "Took vitals every four hours on 12 residents"),
])
def test_a_routine_checks_part_is_shown_by_the_check(ask: str, bullet: str) -> None:
    assert ask in shown_by_bullet(ask, bullet, "Dental Assistant")



@pytest.mark.parametrize(("ask", "bullet"), [
    # a logged or documented thing is no report of it (review20's M4)
    ("Give shift report at every handoff", "Logged overtime shifts for the night crew"),
    ("Prepare Medicare cost reports", "Documented costs for each repair job"),
])
def test_a_thing_logged_is_no_report_of_it(ask: str, bullet: str) -> None:
    assert not shown_by_bullet(ask, bullet, "Warehouse Associate")


@pytest.mark.parametrize(("ask", "bullet", "title"), [
    # review20's M1 and M2, with the app's vocabulary: a child of the head that opens
    # with the ask's first noun, or follows it, is no kind of the ask
    ("Experience with customer relationship management software",
     "Built lasting customer relationships with 40 regional hardware stores", "Sales Rep"),
    ("3+ years of pipe welding on carbon steel",
     "Performed pipe beveling and fit-up for the welding crew", "Pipefitter Helper"),
    ("Hands-on experience with the Scaled Agile Framework (SAFe)",
     "Coached five teams in scaled Scrum using the Nexus framework", "Agile Coach"),
    # a named framework's hyphenated word is no kind either (review20's M8)
    ("Experience with Large-Scale Scrum (LeSS)",
     "Facilitated large-scale sprint planning for nine teams on one release", "Agile Coach"),
])
def test_a_plain_first_word_names_no_kind(ask: str, bullet: str, title: str) -> None:
    assert not shown_by_bullet(ask, bullet, title)


def test_a_currency_code_is_no_speech_device() -> None:
    # review20's M9: SGD is a Singapore dollar in a treasury posting
    assert not shown_by_bullet("Daily cash positioning across SGD, USD and EUR accounts",
                               "Settled SGD and USD payments for 40 suppliers",
                               "Treasury Analyst") & {
        "Speech-generating devices", "Augmentative and Alternative Communication"}


@pytest.mark.parametrize(("bullet", "title"), [
    ("Lead 6 receivers on the night shift", "Receiving Lead"),
    ("Plan the day and direct one floater and two aides", "Lead Teacher"),
    ("Supervised 9 room attendants and 2 housepersons", "Housekeeping Lead"),
])
def test_a_weak_fields_crew_led_shows_team_leadership(bullet: str, title: str) -> None:
    assert "Team Leadership" in shown_by_bullet("Team leadership", bullet, title)


def test_people_served_are_no_crew_led() -> None:
    assert "Team Leadership" not in shown_by_bullet(
        "Team leadership", "Checked in walk-in customers and answered phones", "Receptionist")
