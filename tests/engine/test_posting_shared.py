"""A head shared by two modifiers names two skills (posting/shared.py)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.shared import shared_head_hits
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def asked(posting: str) -> set[str]:
    analysis = analyse_posting(posting)
    return {s.name for s in analysis.skills} | set(analysis.certifications)


def test_a_head_shared_backwards_names_both_skills() -> None:
    found = asked("Claims Coordinator\n\nWhat you need\n"
                  "- Clear written and verbal communication with adjusters\n"
                  "- Experience with unit and integration testing of our intake tools\n")
    assert {"Written Communication", "Verbal Communication", "Unit Testing"} <= found


def test_leading_words_shared_forwards_name_both_credentials() -> None:
    found = asked("Process Engineer\n\nNice to have\n- A Six Sigma Green or Black Belt\n")
    assert {"Six Sigma Green Belt", "Six Sigma Black Belt"} <= found


def test_a_named_product_shares_no_words_with_its_neighbour() -> None:
    vocabulary = load_vocabulary()
    text = "Post openings on Indeed and LinkedIn Recruiter every Monday."
    spelled = shared_head_hits(text, vocabulary.lookup, vocabulary.find(text))
    assert [h.skill.name for h in spelled] == []
    # Only phrases the vocabulary holds are spelled out.
    text = "Keep the north and south parking lots clear."
    assert shared_head_hits(text, vocabulary.lookup, vocabulary.find(text)) == []


def test_a_slash_shares_a_head_too_but_not_inside_a_name() -> None:
    vocabulary = load_vocabulary()
    text = "Knowledge of cross-browser/mobile compatibility issues."
    spelled = shared_head_hits(text, vocabulary.lookup, vocabulary.find(text))
    assert [h.skill.name for h in spelled] == ["Cross-Browser Compatibility"]
    text = "Run A/B testing on the TMS/WMS screens."
    assert shared_head_hits(text, vocabulary.lookup, vocabulary.find(text)) == []


def test_a_duty_s_verb_before_a_coordination_names_each_side_s_activity() -> None:
    # "control food and labor costs" is controlling food costs and labor costs: the
    # vocabulary's Food Cost Management and Labor Cost Management.
    found = [s.name for s in analyse_posting(
        "Kitchen Manager\nResponsibilities\n- Order produce and dry goods from our vendors\n"
        "- Control food and labor costs every week\n- Train line cooks on new recipes"
    ).skills]
    assert "Food Cost Management" in found and "Labor Cost Management" in found


def test_without_a_verb_the_coordination_names_no_activity() -> None:
    # (A restaurant's "food and labor costs" are its managers' own asks by name now, so
    # the bookkeeper's statements show the rule: reconciling them is an activity.)
    found = [s.name for s in analyse_posting(
        "Office Manager\nResponsibilities\n- Reconcile bank and credit card statements\n"
        "- Order office supplies").skills]
    assert "Bank reconciliation" in found
    found = [s.name for s in analyse_posting(
        "Office Manager\nResponsibilities\n- Review bank and credit card statements with "
        "the owner\n- Order office supplies").skills]
    assert "Bank reconciliation" not in found


def test_the_lead_of_a_longer_name_is_shared_forwards() -> None:
    found = asked("Service Technician\n\nWhat you'll do\n- Handle refrigerant recovery and "
                  "charging according to the rules\n- Keep project budgets and schedules\n")
    assert {"Refrigerant Recovery", "Refrigerant Charging", "Project Budgeting",
            "Project Scheduling"} <= found


def test_no_lead_is_shared_with_a_word_that_runs_on() -> None:
    # "sanitation standards" is its own phrase, not food sanitation.
    found = asked("Cook\n\nWhat you'll do\n- Follow food safety and sanitation standards\n")
    assert "Food sanitation" not in found


def test_the_items_of_a_longer_list_share_the_head_too() -> None:
    found = asked("Loan Processor\n\nWhat you'll do\n- Process conventional, FHA and VA loans "
                  "for first-time buyers\n- Follow ITIL practices (incident, request and "
                  "change management)\n")
    assert {"Conventional Loans", "FHA Loans", "VA Loans", "Incident Management",
            "Request Management", "Change Management"} <= found, found


def test_a_list_item_alone_names_no_kind_it_does_not_name() -> None:
    vocabulary = load_vocabulary()
    text = "Post openings on Indeed, Glassdoor and LinkedIn Recruiter every Monday."
    spelled = shared_head_hits(text, vocabulary.lookup, vocabulary.find(text))
    assert not any("Glassdoor" in h.surface or "Indeed" in h.surface for h in spelled)
