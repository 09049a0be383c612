"""One name written another way is shown, not reported missing: a closed compound
written open ("cut line" for Cutlines), an acronym asked in the plural ("LPNs") by the
singular, an acronym by the hyphenated words it stands for ("point-of-care" for POC),
equipment asked in the plural by the singular. And the lookalikes stay missing: a
preposition split off ("over time"), plain words whose initials happen to spell the
acronym, a product name's plural. Texts written for these tests; asks given as the
posting's analysis would read them."""

from __future__ import annotations

from match_probe import asks, bullets_report, shown, tsv_vocabulary

from tailor_app.tailoring.model import MatchReport
from tailor_app.tailoring.skills.vocabulary import Vocabulary

TSV = """\
Cutlines\thard\tcutlines
Wheel loaders\ttool\tWheel loaders
Microsoft Teams\ttool\tMicrosoft Teams | Teams
"""


def vocabulary() -> Vocabulary:
    return tsv_vocabulary(TSV)


def report(bullets: list[str], *asked: tuple[str, str]) -> MatchReport:
    mentions = [m for n, k in asked for m in asks(n, kind=k)]
    return bullets_report(bullets, mentions, vocabulary(),
                          role="Site Lead  May 2019 – Present\n"
                               "Lakeside Works, Duluth, MN")


def test_a_closed_compound_written_open_shows_the_ask() -> None:
    r = report(["Marked each cut line on the slab before sawing",
                "Closed out every punch walk within a week"],
               ("Cutlines", "hard"), ("Closeout", "hard"))
    assert shown(r) == {"Cutlines": "cut line", "Closeout": "Closed out"}


def test_a_preposition_split_off_is_no_compound() -> None:
    r = report(["Over time I took on the night shift", "Backed up the front desk"],
               ("Overtime", "hard"), ("Backups", "hard"))
    assert r.matched == []


def test_a_plural_acronym_is_shown_by_the_singular() -> None:
    r = report(["Charge LPN for a 30-bed unit"], ("LPNs", "hard"))
    assert shown(r) == {"LPNs": "LPN"}


def test_an_acronym_is_shown_by_its_hyphenated_words() -> None:
    r = report(["Ran point-of-care glucose tests"], ("POC", "hard"))
    assert shown(r) == {"POC": "point-of-care"}


def test_plain_words_with_those_initials_are_no_acronym() -> None:
    r = report(["Took part in our club"], ("POC", "hard"))
    assert r.matched == []


def test_equipment_asked_in_the_plural_is_shown_by_the_singular() -> None:
    r = report(["Loaded trucks with a wheel loader"], ("Wheel loaders", "tool"))
    assert shown(r) == {"Wheel loaders": "wheel loader"}


def test_a_product_name_is_not_folded() -> None:
    r = report(["Joined the sales team for a year"], ("Teams", "tool"))
    assert r.matched == []
