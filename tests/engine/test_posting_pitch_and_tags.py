"""The employer's pitch under a "Why ... here" heading, and a recruiter's tracking tags
(Dec 6, precision10). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.chrome import is_chrome
from tailor_app.tailoring.posting.headings import classify_heading
from tailor_app.tailoring.posting.sections import split_posting


def test_a_why_heading_about_liking_the_place_is_the_pitch() -> None:
    assert classify_heading("Why you'll like it here") == "benefits"
    assert classify_heading("Why our nurses stay here") == "benefits"
    assert classify_heading("Why you'll enjoy the work") == "benefits"
    # A "why" that tells the job's purpose is no pitch of rewards.
    assert classify_heading("Why this role matters") != "benefits"


def test_tools_named_in_the_pitch_are_no_duties() -> None:
    text = ("CNC Machinist\nRiverbend Tool & Die\n\nWhy you'll like it here\n"
            "You'll get paid training on our Mazak lathes and a $400 boot allowance.\n\n"
            "What you'll do\n- Set up and run Haas VF-2 mills\n- Read blueprints and GD&T\n")
    split = split_posting(text)
    kinds = {u.text[:8]: u.kind for u in split.units}
    assert kinds["You'll g"] == "benefits"


def test_tracking_tags_are_the_boards_not_the_posting() -> None:
    assert is_chrome("#LI-Hybrid #REQ4471")
    assert is_chrome("#LI-DNI")
    assert not is_chrome("#Requirements")  # perhaps a Markdown heading without its space
    text = ("Welder\n\nRequirements\n- MIG and stick welding\n- Read weld symbols\n\n"
            "#LI-Onsite #WLD220\n")
    names = {s.name for s in analyse_posting(text).skills}
    assert not any("WLD220" in n or "LI-Onsite" in n for n in names)


def test_hashtags_of_words_stay_read() -> None:
    # Review finding: "#OSHA #Forklift" may name skills; only codes are the board's.
    assert not is_chrome("#OSHA #Forklift")
    assert not is_chrome("#hiring #warehouse")
    assert is_chrome("#ZR #LI-Remote")
