"""An ask the resume shows in other words is not missing: a kind of a thing named by
the kind's word and a narrower name of the thing ("stand-up reach trucks" for a
Stand-up forklift). Each with the related but different wording that must show
nothing. Sentences written for these tests, in several fields."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, tsv_vocabulary

VOCABULARY = tsv_vocabulary("\n".join([
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
    # healthcare: a narrower name of the sterilizer, with the kind's word before it
    ("Loaded and ran the steam autoclave for the surgical trays", "Steam sterilizers"),
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
])
def test_a_word_of_the_kind_elsewhere_shows_nothing(bullet: str, ask: str) -> None:
    assert ask not in shown(bullet, ask)


SPELLED = tsv_vocabulary("\n".join([
    "FIFO\thard\t=FIFO | ~first in first out",
    "Lead Qualification\thard\tlead qualification | =BANT",
    "BANT\thard\t<budget authority need and timeline",
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
    # words that only start with the letters: not a name of the skill
    ("Reviewed budgets, approvals, needs and timelines with the owner", "BANT"),
    ("Sold first in town, first out of the lot", "FIFO"),
    # a sentence's break between the words
    ("Sold first. In the spring, first orders went out", "FIFO"),
])
def test_words_that_only_start_with_its_letters_show_nothing(bullet: str, ask: str) -> None:
    assert ask not in spelled_shown(bullet, ask)

