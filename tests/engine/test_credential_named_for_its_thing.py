"""A credential the resume names in its own words (words8, Dec 5): "<thing>
certification" shown by a credential line naming the thing by another of its names
("Powered Industrial Truck operator card" for forklift certification), and a licence asked
with "State" after the state's name shown by the licence without it ("Oregon Journeyman
Plumber Certificate" for an "Oregon State Journeyman Plumber license"). Lookalikes stay
missing: a trainer's deed, another state, a "State" that names its credential. Texts
written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.regions import without_state_word
from tailor_app.tailoring.skills.vocabulary import Vocabulary


def vocabulary() -> Vocabulary:
    return Vocabulary.from_lines([
        "Pallet Jacks\ttool\tpallet jack | pallet jacks | electric pallet jack | walkie rider",
        "Pallet Jack Certification\tcertification\tpallet jack certification",
        "Journeyman Plumber License\tcertification\tjourneyman plumber license | "
        "journeyman plumber",
    ])


def report(body: str, *asks: str) -> MatchReport:
    text = ("Avery Quinn\navery.quinn@example.com\n\nExperience\n"
            "Dock Worker  May 2018 – Present\nCascade Grocers, Salem, OR\n" + body)
    mentions = [SkillMention(n, "certification", True, n, "requirements") for n in asks]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=mentions,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary())


def terms(r: MatchReport) -> dict[str, str]:
    return {m.name: m.resume_term for m in r.matched}


def test_a_certification_shown_by_its_thing_in_other_words_on_a_credential_line() -> None:
    r = report("- Unloaded produce trucks\n\nCertifications\nWalkie rider operator card, 2023\n",
               "Pallet Jack Certification")
    assert terms(r) == {"Pallet Jack Certification": "Pallet Jack Certification"}


def test_the_thing_used_at_work_holds_no_paper() -> None:
    r = report("- Moved freight with a walkie rider and trained new hires on it\n",
               "Pallet Jack Certification")
    assert r.matched == []


def test_state_after_the_state_name_is_no_qualifier() -> None:
    r = report("- Unloaded produce trucks\n\nLicenses\nOregon Journeyman Plumber Certificate, "
               "2020\n", "Oregon State Journeyman Plumber license")
    assert set(terms(r)) == {"Oregon State Journeyman Plumber license"}
    r = report("- Unloaded produce trucks\n\nLicenses\nIdaho Journeyman Plumber Certificate, "
               "2020\n", "Oregon State Journeyman Plumber license")
    assert r.matched == []


def test_a_state_word_without_a_state_before_it_stays() -> None:
    assert without_state_word(["new", "york", "state"]) == ["new", "york"]
    assert without_state_word(["washington", "state"]) == ["washington"]
    assert without_state_word(["state", "tested"]) == ["state", "tested"]
