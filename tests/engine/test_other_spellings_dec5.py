"""Spellings people use for a skill the posting names another way (words8, Dec 5):
a count in a hyphenated compound written in words or figures ("four-line phone" for the
"8-line phone" kind of multi-line phone), a licensed holder's acronym written as the
licence for what it is for ("Vocational Nursing license" for LVN) in the resume's
licences, and the shorthand "prep" and "recon" ("tax prep", "bank recons"). And their
lookalikes stay missing: a standing held is not its people ("apprentices" supervised show
no apprenticeship). Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.number_words import number_variants
from tailor_app.tailoring.skills.stems import same_word
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


def report(body: str, *asks: tuple[str, str], vocabulary: Vocabulary | None = None
           ) -> MatchReport:
    text = ("Casey Moreno\ncasey.moreno@example.com\n\nExperience\n"
            "Office Lead  March 2020 – Present\nHillcrest Veterinary Hospital, Tucson, AZ\n"
            + body)
    mentions = [SkillMention(n, k, True, n, "requirements") for n, k in asks]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=mentions,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary or load_vocabulary())


def shown(r: MatchReport) -> set[str]:
    return {m.name for m in r.matched}


@pytest.mark.parametrize(("alias", "other"), [
    ("6-line phone", "six-line phone"), ("Three-Phase Power", "3-Phase Power"),
    ("two-way radios", "2-way radios"), ("12-lead EKG", "twelve-lead EKG"),
])
def test_a_count_in_a_compound_has_its_other_spelling(alias: str, other: str) -> None:
    assert number_variants(alias) == [other]


@pytest.mark.parametrize("alias", ["Six Sigma", "Series 6", "I-9 Verification", "Level 2",
                                   "1-2-3 blocks", "Windows 10"])
def test_a_number_that_names_a_thing_keeps_its_one_form(alias: str) -> None:
    assert number_variants(alias) == []


def test_the_vocabulary_reads_a_count_either_way() -> None:
    vocabulary = Vocabulary.from_lines(["Radios\ttool\ttwo-way radios",
                                        "Phones\thard\t8-line phones"])
    found = [h.skill.name for h in vocabulary.find("Handed out 2-way radios and ran an "
                                                   "eight-line phones board")]
    assert found == ["Radios", "Phones"]


def test_a_count_in_words_shows_the_skill_in_a_resume() -> None:
    r = report("- Answered a busy four-line phone and greeted walk-ins\n",
               ("Multi-Line Phones", "hard"))
    assert shown(r) == {"Multi-Line Phones"}


def test_a_resume_only_phrase_keeps_its_meaning_over_a_worked_out_spelling() -> None:
    vocabulary = Vocabulary.from_lines([
        "Planning\thard\tthree-day plans", "Short plans\thard\t<3-day plans"])
    assert vocabulary.problems == []
    assert [h.skill.name for h in vocabulary.find("Wrote three-day plans")] == ["Planning"]


@pytest.mark.parametrize(("a", "b"), [
    ("apprenticeship", "apprentices"), ("fellowship", "fellow"), ("dealership", "dealers"),
    ("sponsorships", "sponsors"),
])
def test_a_standing_is_not_its_person(a: str, b: str) -> None:
    # An apprenticeship is completed, apprentices are supervised: one word would let
    # "Supervised three electrical apprentices" show an Electrical apprenticeship.
    assert not same_word(a, b)


def test_a_short_word_ending_in_ship_is_no_standing() -> None:
    assert not same_word("worship", "work")


@pytest.mark.parametrize(("bullet", "asked"), [
    ("- Supervised three electrical apprentices on commercial jobs\n",
     "Electrical apprenticeship"),
    ("- Trained fellow nurses on the new infusion pumps\n", "Nursing fellowship"),
    ("- Called car dealers to schedule vehicle pickups\n", "Car dealership"),
])
def test_the_people_show_no_standing_held(bullet: str, asked: str) -> None:
    assert shown(report(bullet, (asked, "hard"))) == set()


def test_a_licensed_acronym_shown_by_the_licence_for_what_it_is_for() -> None:
    r = report("\nLicenses\nArizona Vocational Nursing license, 2019\n",
               ("Arizona LVN", "certification"))
    assert shown(r) == {"Arizona LVN"}
    r = report("\nLicenses\nClinical Social Work license (Arizona), 2021\n",
               ("LCSW", "certification"))
    assert shown(r) == {"LCSW"}


def test_another_licence_or_place_stays_missing() -> None:
    r = report("\nLicenses\nNevada Vocational Nursing license\n"
               "Arizona Master Social Work license\n",
               ("Arizona LVN", "certification"), ("LCSW", "certification"))
    assert shown(r) == set()


@pytest.mark.parametrize(("bullet", "asked"), [
    ("- Did the cold food prep for weekend banquets\n", "Cold food preparation"),
    ("- Closed the month with bank recons for four operating accounts\n", "Bank reconciliation"),
    ("- Handled individual tax prep for 200 clients each spring\n", "Tax preparation"),
])
def test_prep_and_recon_are_read_as_the_words_they_shorten(bullet: str, asked: str) -> None:
    assert shown(report(bullet, (asked, "hard"))) == {asked}


def test_a_prep_cook_prepares_no_named_ask() -> None:
    assert shown(report("- Worked as a prep cook on the breakfast line\n",
                        ("Tax preparation", "hard"))) == set()
