"""A narrower term split off one skill that another skill already names in another form
("copper piping" under Plumbing, Copper pipe under Plumbing Pipe Materials) joins that
skill rather than standing as a second skill of one term: a posting's "copper pipe" and
a resume's "copper piping" name one thing. Entries here are written for these tests."""

from __future__ import annotations

import io

from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines

CURATED = """\
Plumbing\thard\tpipefitting | copper piping | drain cleaning
Pipe Materials\thard\tcopper pipe | PEX pipe
Legal Transcription\thard\tcourt reporting | dictation
Court Reports\thard\tcourt report writing
Donor Relations\thard\tmoves management
Office Moves\thard\tmove management | furniture moves
"""


def _vocabulary() -> Vocabulary:
    entries = parse_lines(io.StringIO(CURATED), "trades")[0]
    return Vocabulary(entries, splits=narrower_splits(entries))


def test_a_term_written_another_way_joins_the_skill_that_names_it() -> None:
    vocabulary = _vocabulary()
    piping, pipe = vocabulary.lookup("copper piping"), vocabulary.lookup("copper pipe")
    assert piping is not None and pipe is not None
    assert piping.name == pipe.name  # "Copper piping" or "Copper pipe": one skill
    # Still a kind of both skills it was listed under.
    assert {"Pipe Materials", "Plumbing"} <= set(piping.broader)
    asked = [hit.skill.name for hit in vocabulary.find("Sweat copper pipe fittings")]
    shown = [hit.skill.name for hit in vocabulary.find("Replaced copper piping in 40 homes")]
    assert asked == shown == [pipe.name]


def test_a_plural_and_a_work_or_another_words_number_stay_apart() -> None:
    vocabulary = _vocabulary()
    reporting = vocabulary.lookup("court reporting")
    assert reporting is not None and reporting.name != "Court Reports"
    moves = vocabulary.lookup("moves management")
    move = vocabulary.lookup("move management")
    assert moves is not None and move is not None and moves.name != move.name


def test_a_work_said_with_its_system_joins_the_work() -> None:
    entries = parse_lines(io.StringIO(
        "Physical Security\thard\tbadge audits | access control systems\n"
        "Access Control\thard\taccess control\n"
        "Reading Assessment\thard\trunning records | Benchmark Assessment System\n"
        "Benchmark Assessments\thard\tbenchmark testing\n"), "security")[0]
    vocabulary = Vocabulary(entries, splits=narrower_splits(entries))
    systems = vocabulary.lookup("access control systems")
    assert systems is not None and systems.name == "Access Control"
    asked = [h.skill.name for h in vocabulary.find("Monitor CCTV and the access control system")]
    shown = [h.skill.name for h in vocabulary.find("Ran access control at the main gate")]
    assert "Access Control" in asked and "Access Control" in shown
    # A product's own name with "System" stays that product, not a work.
    product = vocabulary.lookup("Benchmark Assessment System")
    assert product is not None and product.name != "Benchmark Assessments"
