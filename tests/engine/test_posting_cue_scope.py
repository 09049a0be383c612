"""How far a cue word reaches: each of two cues in one clause speaks for the words
nearest it, a cue leading one comma part does not reach a part that opens an ask of its
own, and an inline "Desirable qualifications:" label makes its paragraph preferred."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _kinds(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_a_required_ask_and_a_bonus_in_one_clause_keep_their_own_cues() -> None:
    kinds = _kinds("Parts Counter Associate\nWe need two years of counter sales; experience "
                   "with QuickBooks is required and a forklift certification would be a bonus.\n")
    assert kinds["QuickBooks"] is True
    assert kinds.get("Forklift Certification", False) is False


def test_preferred_but_not_required_is_still_a_hedge() -> None:
    kinds = _kinds("Analyst\nRequirements\n- Tableau preferred but not required\n")
    assert kinds["Tableau"] is False


def test_a_part_opening_its_own_ask_is_out_of_reach_of_preferably() -> None:
    kinds = _kinds("Recruiter\nYou should have 3+ years of recruiting, preferably in "
                   "hospitals, working knowledge of HIPAA record-keeping, and strong Excel "
                   "skills.\n")
    assert kinds["HIPAA"] is True


def test_a_desirable_qualifications_label_makes_its_paragraph_preferred() -> None:
    kinds = _kinds("Instrument Technician\nMinimum qualifications: Five years of controls "
                   "maintenance; a valid driver's license.\n\nDesirable qualifications: "
                   "experience with Modbus; a Journeyman Electrician license.\n")
    assert kinds["Modbus"] is False
    assert kinds["Journeyman License"] is False


def test_a_cue_heading_its_line_with_a_colon_reaches_every_part() -> None:
    """ "Nice to have: X, experience with Y": the label speaks for the whole line, even
    for a part that opens an ask of its own (an inline "preferably" would not)."""
    kinds = _kinds("Engineer\n\nYou have\n- 3+ years building backend services in Go\n"
                   "- Nice to have: Terraform, experience with HIPAA-regulated systems\n"
                   "- Bonus (any of): Ansible, working knowledge of Puppet\n")
    assert kinds["Go"] is True
    assert kinds["Terraform"] is False
    assert kinds["HIPAA"] is False
    assert kinds["Ansible"] is False and kinds["Puppet"] is False


def test_as_is_carries_a_trailing_cue_on() -> None:
    kinds = _kinds("Engineer\n\nYou have\n- Strong Python\n"
                   "- Kafka experience is a plus, as is Redis\n")
    assert kinds["Python"] is True
    assert kinds["Apache Kafka"] is False and kinds["Redis"] is False


def test_a_capitalised_sentence_with_a_wish_is_no_company_story() -> None:
    """ "Knowledge of ASC 606 is nice to have." opens like a company's story (a
    capitalised subject) but states a wish, in an unheaded paragraph."""
    kinds = _kinds("Staff Accountant\n\nWe use NetSuite daily. Knowledge of ASC 606 is nice "
                   "to have. Tableau experience is advantageous.\n")
    assert kinds["ASC 606"] is False and kinds["Tableau"] is False
