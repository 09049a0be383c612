"""Two describing words in front of one head name two skills: "full-cycle technical
recruiting" asks (and shows) Full-cycle Recruiting as well as Technical Recruiting. A
verb or participle in front ("process insurance claims") names the same ask again and
is not read so."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _asks(requirement: str) -> set[str]:
    return {s.name for s in analyse_posting(f"Recruiter\n\nRequirements\n- {requirement}\n").skills}


def test_both_describing_words_ask_their_skill() -> None:
    assert {"Full-cycle recruiting", "Technical Recruiting"} <= _asks(
        "3+ years of full-cycle technical recruiting")
    assert {"Residential wiring", "Electrical Wiring"} <= _asks(
        "Experience with residential electrical wiring")


def test_a_verb_or_participle_in_front_asks_nothing_more() -> None:
    assert "Claims Processing" not in _asks("Process insurance claims daily")
    assert "Adjusting entries" not in _asks("Post adjusting journal entries at year end")


def test_the_resume_shows_both_the_same_way() -> None:
    resume = parse_resume("Ana Ruiz\nana@example.com\n\nExperience\nRecruiter | Lakeside Co | "
                          "2020 - Present\n- Ran full-cycle technical recruiting for 15 roles\n")
    report = match_resume(resume, analyse_posting(
        "Recruiter\n\nRequirements\n- Full-cycle recruiting experience\n"))
    assert [m.name for m in report.matched] == ["Full-cycle recruiting"]


def test_a_channels_word_before_a_lettered_name_is_a_name_too() -> None:
    # "outside B2B sales" asks for Outside Sales and B2B Sales (Dec 7, asks21); before,
    # only a name in lower case was read so, and Outside Sales was lost.
    asks = {s.name for s in analyse_posting(
        "Territory Rep\n\nRequirements\n- 4+ years of outside B2B sales to contractors\n"
    ).skills}
    assert {"Outside Sales", "B2B Sales"} <= asks


def test_another_word_before_a_lettered_name_leaves_it_whole() -> None:
    # "residential HVAC service" is no "residential service": with the acronym gone,
    # too little of the name is left to say which.
    asks = {s.name for s in analyse_posting(
        "Service Technician\n\nRequirements\n- 3 years of residential HVAC service work\n"
    ).skills}
    assert not any(name.lower().startswith("residential") for name in asks)
