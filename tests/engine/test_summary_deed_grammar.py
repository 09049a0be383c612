"""Deeds the summary line tells in the -ing form only where the resume writes a verb:
never a word that describes a noun after "a" or "the", and both halves of two joined
phrasal verbs."""

from __future__ import annotations

from tailor_app.tailoring.compose.gerund import gerund_phrase
from tailor_app.tailoring.compose.naming import DEED_VERBS, _only_after_a_determiner


def test_a_word_after_an_article_is_no_verb() -> None:
    text = "Kept a calm classroom with clear routines\nWrote the weekly schedule for 9 staff"
    assert _only_after_a_determiner("calm classroom", text)
    assert _only_after_a_determiner("weekly schedule", text)
    assert not _only_after_a_determiner("Wrote the weekly schedule", text)
    assert not _only_after_a_determiner("calm classroom", text + "\nCalm classroom tempers")


def test_a_name_or_time_word_between_the_article_and_the_term_keeps_it_a_noun() -> None:
    text = ("Run the Thursday check run and schedule ACH payments\n"
            "Post the weekly pay run for 3 stores\nClose the 2024 books in January\n"
            "Helped the nurses check vitals on night shift")
    assert _only_after_a_determiner("check run", text)
    assert _only_after_a_determiner("pay run", text)
    assert _only_after_a_determiner("books", text)
    # A plain word between is the phrase's subject: "check vitals" is still a deed.
    assert not _only_after_a_determiner("check vitals", text)
    assert not _only_after_a_determiner("check vitals", "Helped the RNs check vitals")
    assert not _only_after_a_determiner("reposition patients",
                                        "Helped the CNAs reposition patients")
    # A name opening the line is no word of a phrase: "Thursday" opens no article.
    assert not _only_after_a_determiner("check run", "Thursday check run for 40 vendors")


def test_the_line_never_tells_a_named_run_as_a_deed() -> None:
    from datetime import date

    from tailor_app.tailoring.compose.tailor import tailor

    resume = """Dana Whitcombe
Boise, ID · 208-555-0143 · dana.whitcombe@example.com

EXPERIENCE
Payroll and AP Clerk, Snake River Foods, Boise, ID — 2020 to present
• Run the Thursday check run and schedule ACH payments
• Post the biweekly pay run for 140 hourly staff in ADP
• Reconcile vendor statements each month
"""
    posting = """Accounts Payable Clerk
Requirements
- Check runs
- Payroll processing
- ACH payments
- Vendor statement reconciliation
"""
    result = tailor(resume, posting, today=date(2026, 12, 1))
    assert result.guard.ok
    summary = (result.summary or "").casefold()
    assert "checking run" not in summary
    assert "paying run" not in summary


def test_two_joined_phrasal_verbs_are_both_told() -> None:
    text = "Lock out and tag out every press before clearing a jam"
    assert gerund_phrase("Lock out and tag out", DEED_VERBS, text) == (
        "locking out and tagging out")
    text = "Pick up and deliver parts to job sites"
    assert gerund_phrase("Pick up and deliver parts", DEED_VERBS, text) == (
        "picking up and delivering parts")


def test_a_phrasal_verb_joined_to_an_unknown_word_is_not_told() -> None:
    text = "Set up and breakfast buffet each morning"
    assert gerund_phrase("Set up and breakfast buffet", DEED_VERBS, text) is None


def test_the_line_never_tells_a_describing_word_as_a_deed() -> None:
    from datetime import date

    from tailor_app.tailoring.compose.tailor import tailor

    resume = """Rosa Lindqvist
Duluth, MN · 218-555-0177 · rosa.lindqvist@example.com

EXPERIENCE
Fourth Grade Teacher, Lakeside Elementary, Duluth, MN — 2019 to present
• Planned reading and math units for 26 students
• Kept a calm classroom with clear routines and morning meetings
• Met with families at fall and spring conferences
"""
    posting = """Elementary Teacher
Requirements
- Classroom management
- Lesson planning
- Family communication
"""
    result = tailor(resume, posting, today=date(2026, 12, 1))
    assert result.guard.ok
    assert "calming" not in (result.summary or "")


def test_program_doubles_its_m() -> None:
    from tailor_app.tailoring.compose.gerund import gerund, is_gerund_of

    assert gerund("program") == "programming"
    assert is_gerund_of("programming", {"program"})
    text = "Program openers and keypads for each customer"
    assert gerund_phrase("Program openers", DEED_VERBS, text) == "programming openers"


def test_an_ing_noun_naming_the_asked_thing_is_a_name() -> None:
    from tailor_app.tailoring.compose.naming import ing_noun_name, summary_term
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    text = "Hung doors, patched drywall and replaced ceiling fans in 40 units a month"
    assert ing_noun_name("ceiling fans", "Ceiling fans")
    assert summary_term("ceiling fans", "hard", "Ceiling fans", text, vocabulary) == (
        "ceiling fans")
    # A deed's -ing form of a known verb stays a deed.
    assert not ing_noun_name("managing budgets", "Managing budgets")
    assert not ing_noun_name("ceiling fans", "Ceiling Fan Installation")


def test_a_deed_cut_at_the_people_it_sends_on_is_not_told() -> None:
    from tailor_app.tailoring.compose.naming import _people_sent_on

    text = ("• Link families to rental assistance, SNAP and child care vouchers\n"
            "• Connect patients with community clinics after discharge\n"
            "• Greet patients and verify insurance\n")
    assert _people_sent_on("Link families", text)
    assert _people_sent_on("Connect patients", text)
    assert not _people_sent_on("Greet patients", text)


def test_the_line_never_says_linking_families() -> None:
    from datetime import date

    from tailor_app.tailoring.compose.tailor import tailor

    resume = """Jordan Reyes
Dayton, OH · 937-555-0165 · jordan.reyes@example.com

EXPERIENCE
Family Support Specialist, Miami Valley Family Alliance, Dayton, OH — 2022 to present
• Link families to rental assistance, SNAP, Medicaid and child care vouchers
• Conduct intake and needs assessments with parents
• Use motivational interviewing to help parents set goals
"""
    posting = """Case Manager
Responsibilities
- Connect families to housing, SNAP, Medicaid and childcare resources
- Complete intake interviews
- Use motivational interviewing
"""
    result = tailor(resume, posting, today=date(2026, 12, 1))
    assert result.guard.ok
    assert "linking families" not in (result.summary or "").casefold()
