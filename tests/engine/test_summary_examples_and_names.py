"""The summary line names the posting's asks before the brands it gives as examples of
them ("using scan tools (Snap-on, Autel)": a reader takes the brands for an
illustration), and a skill's own name whose first word is also a verb ("work order" of
"Work orders") is a name, not a deed to tell ("working order system")."""

from __future__ import annotations

from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.compose.opening import by_importance, only_an_example
from tailor_app.tailoring.model import PostingAnalysis, SkillMention
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def test_a_brand_in_brackets_after_a_broader_ask_is_an_example() -> None:
    line = "Weigh and mix batches using floor scales (Mettler Toledo, Ohaus) and mixers"
    assert only_an_example("Mettler Toledo", line)
    assert only_an_example("Ohaus", line)
    assert not only_an_example("floor scales", line)
    # After "such as" or "e.g.", to the clause's end.
    assert only_an_example("Tableau", "Build reports in a BI tool such as Tableau or Looker.")
    # A cue that opens a sentence counts as well (review23 T4: a case-sensitive check
    # passed over "For example" and put the brands first in the line again).
    assert only_an_example("Autel", "Diagnose no-starts with scan tools. For example Snap-on "
                                    "or Autel, and lab scopes.")
    assert only_an_example("Tableau", "Build reports in a BI tool. Such as Tableau or Looker.")
    # A gloss in brackets names the thing itself, not an example of it.
    assert not only_an_example("EHR", "Chart every visit in the electronic health record (EHR)")
    # Named outside the brackets too: asked in its own right.
    assert not only_an_example("Ohaus", line + "; calibrate the Ohaus scales weekly")


def _mention(name: str, term: str, snippet: str) -> SkillMention:
    return SkillMention(name=name, kind="tool", required=True, snippet=snippet,
                        section="responsibilities", term=term)


def test_the_line_names_the_asks_before_the_brands_given_as_examples() -> None:
    duty = "Diagnose no-starts using scan tools (Snap-on, Autel) and lab scopes"
    analysis = PostingAnalysis(
        title="Automotive Technician", company=None, sections=[],
        skills=[_mention("Snap-on Diagnostics", "Snap-on", duty),
                _mention("Lab Scopes", "lab scopes", duty),
                _mention("Timing belts", "timing belts", "Replace timing belts")],
        keywords=[], min_years=None, degree=None, certifications=[])
    matched = [("Snap-on", "tool", "Snap-on Diagnostics"), ("lab scope", "tool", "Lab Scopes"),
               ("timing belts", "hard", "Timing belts")]
    ranked = [name for _t, _k, name in by_importance(matched, analysis, load_vocabulary())]
    assert ranked == ["Lab Scopes", "Timing belts", "Snap-on Diagnostics"]


def test_a_name_whose_first_word_is_a_verb_is_no_deed() -> None:
    vocabulary = load_vocabulary()
    alone = "- Close out each work order in Maximo before the end of the shift"
    term = summary_term("work order", "hard", "Work orders", alone, vocabulary)
    assert term == "work order"
    # Only ever before another noun ("work order system"), the singular describes it:
    # alone in the line it would read as a slip, so it is left out (review23 T3).
    text = "- Document repairs and labor in the dealer's work order system"
    assert summary_term("work order", "hard", "Work orders", text, vocabulary) is None


def test_the_things_a_skill_works_on_are_no_workers() -> None:
    vocabulary = load_vocabulary()
    text = "- Place meat and dairy orders every Monday and count the walk-in cooler"
    # "orders" ends like a doer ("-er", plural) but is what Ordering works on.
    assert summary_term("dairy orders", "hard", "Ordering", text, vocabulary) == "dairy orders"
    # The workers of a skill's work are still no name for it.
    welders = "- Schedule the welders and fitters on two shifts"
    assert summary_term("welders", "hard", "Welding", welders, vocabulary) is None
