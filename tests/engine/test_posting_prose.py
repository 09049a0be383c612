"""Sentence roles in a posting: a long narrative duty sentence, a list of actions and
the conditions every hire must meet name no asks of their own (posting/nouns.py,
posting/headings.py); requirement cues and duty lists still do."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.duties import VerbTerm
from tailor_app.tailoring.posting.nouns import noun_terms


def names(text: str, *, free: bool = False) -> list[str]:
    # A duty's verb by its noun (``VerbTerm``) is only a candidate here: the analysis
    # keeps it where the vocabulary holds the noun (test_posting_duty_verbs.py).
    return [t.name for t in noun_terms(text, [], set(), free=free)
            if not isinstance(t, VerbTerm)]


# One sentence of clauses joined by semicolons, in the third person, as federal
# postings write their duties.
PROSE = ("Typical duties for the advisor include: advising regional offices on grant "
         "administration; convening working groups on rental standards, leading to "
         "wider uptake across county and tribal housing authorities; and applying "
         "design principles to benefit delivery, program reviews and case management, "
         "such as journey mapping, service blueprints, and usability testing.")


def test_a_list_inside_prose_names_only_what_follows_a_cue() -> None:
    assert len(PROSE.split()) > 40
    # Not the incidental things of the duty clauses ("rental standards", "tribal housing
    # authorities", "case management"): only the examples a cue gives.
    assert names(PROSE) == ["Journey mapping", "Service blueprints", "Usability testing"]


def test_a_list_of_actions_is_no_list_of_asks() -> None:
    assert names("Collect, validate, analyze, and publish survey results each quarter.") == []
    assert names("Designing, testing, and shipping onboarding flows for new members.") == []
    # A list of things after one verb stays a list of asks.
    assert "Heat exchangers" in names("Inspect burners, flue pipes and heat exchangers.")


def test_a_long_sentence_of_duties_keeps_its_duties() -> None:
    sentence = ("In this job you will take calls from growers and co-ops across the valley, "
                "price orders against the weekly freight table and enter them for the "
                "warehouse; you will also collect late payments, resolve damage claims "
                "with carriers, keep each grower's file current, and meet a quarterly "
                "gross-margin target.")
    assert len(sentence.split()) > 40
    found = names(sentence)
    assert "Damage claims" in found and "Gross-margin target" in found


def test_a_cue_opens_a_list_even_in_prose() -> None:
    sentence = ("You will work across several programs at once and travel to field offices "
                "each quarter, and the strongest candidates will bring hands-on experience "
                "with grant reporting, subrecipient monitoring, and single audits, which we "
                "value above any particular degree or title held before.")
    assert len(sentence.split()) > 40
    assert {"Grant reporting", "Subrecipient monitoring"} <= set(names(sentence))


def test_conditions_of_employment_ask_for_no_skills() -> None:
    posting = ("Grants Analyst\n\nRequirements\n- Experience with subrecipient monitoring\n\n"
               "Conditions of Employment\n"
               "- Complete a financial disclosure to show no conflict with your outside "
               "business interests\n- Pass a background investigation\n")
    analysis = analyse_posting(posting)
    asked = {s.name for s in analysis.skills}
    assert "Subrecipient monitoring" in asked
    assert not any("interest" in name.lower() or "disclosure" in name.lower()
                   for name in asked), asked
    assert [s.kind for s in analysis.sections if "Conditions" in s.heading] == ["legal"]


def test_values_about_the_workplace_are_no_asks() -> None:
    assert names("Support a safe, inclusive workplace and a positive team culture.",
                 free=True) == []


def test_a_sentence_about_the_applicant_names_asks_only_after_a_cue() -> None:
    # How a competency is judged, in the third person: not a list of skills to have.
    judged = ("Awareness is shown by assignments where the applicant tracks pending "
              "legislation, court rulings, and agency guidance.")
    assert names(judged) == []
    # The same person, with a cue: the cue's list is the ask.
    asked = ("The applicant must have experience with grant reporting, subrecipient "
             "monitoring, and single audits.")
    assert {"Grant reporting", "Subrecipient monitoring"} <= set(names(asked))
