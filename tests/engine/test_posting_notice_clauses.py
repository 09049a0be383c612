"""A requirements paragraph written as one sentence of clauses, a hiring notice among
them ("…; CPR certification; must pass a background check and fingerprinting."), is
cut at its semicolons: the notice is boilerplate, the clauses before it are asks. Read
whole, the paragraph was a legal notice and every credential in it was lost."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_a_notice_clause_leaves_the_other_clauses_asked() -> None:
    a = analyse_posting(
        "Infant Room Teacher\n"
        "What you will do:\nPlan daily activities for six infants and keep feeding logs.\n"
        "What you need:\n"
        "A CDA credential or an associate degree in early childhood education; one year in "
        "a licensed infant room; Pediatric First Aid certification; must pass a background "
        "check and fingerprinting.\n")
    asked = {s.name for s in a.skills} | set(a.certifications)
    assert {"Child Development Associate", "Early Childhood Education"} <= asked
    assert a.min_years == 1


def test_a_notice_sentence_alone_is_still_a_notice() -> None:
    a = analyse_posting(
        "Bus Aide\nResponsibilities\n- Help students board the bus safely\n"
        "Other\nAll offers are contingent on a background check; applicants must consent "
        "to a drug screen.\n")
    assert not [s for s in a.skills if s.section == "legal"]


def test_a_list_of_credentials_ending_in_a_notice_keeps_the_credentials() -> None:
    # A line of demands with commas only: the notice is its last item, the rest asks.
    a = analyse_posting(
        "Yard Driver\nWhat you need\n"
        "- High school diploma or GED, forklift certification, must pass a drug screen.\n"
        "- Valid driver's license with a clean record, able to pass a background check.\n"
        "- Current CPR certification and pass a fingerprint background check.\n")
    asked = {s.name for s in a.skills} | set(a.certifications)
    assert {"Forklift Certification", "Driver's License", "CPR Certification"} <= asked


def test_a_notice_lists_its_own_grounds_after_it() -> None:
    # After the notice's start, plain commas go on with its own list: no asks there.
    a = analyse_posting(
        "Line Cook\nRequirements\n- Knife skills\n"
        "Employment is contingent upon a background check, a drug screen, proof of "
        "identity, verification of references.\n")
    assert not {"Verification of References", "Proof of identity"} & {s.name for s in a.skills}
