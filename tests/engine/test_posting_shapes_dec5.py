"""Shapes of postings the reader used to misread, each written fresh for these tests:
a company's own "Your …" heading over the duties, "Duties include:" as an inline
heading, a job title in capitals that holds the word "legal", a bare "(preferred)" at
the end of a list, duties told by their verb alone under "About the role", and a duty
list whose verbs share one object though the vocabulary knows a deed of only some of
them ("Draft, review and negotiate contracts")."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _split(text: str) -> tuple[set[str], set[str]]:
    analysis = analyse_posting(text)
    return set(analysis.required_skills), set(analysis.preferred_skills)


def _asks(text: str) -> set[str]:
    required, preferred = _split(text)
    return required | preferred


YOUR_HEADING = """\
Growth Marketing Lead

Our story
Fernhill builds budgeting tools for households and has since 2015.

Your playbook
Own paid search and lifecycle email, and run A/B testing on every landing page.

Your background
Four years of growth marketing.
"""


def test_a_your_heading_opens_the_duties() -> None:
    required, _preferred = _split(YOUR_HEADING)
    assert {"A/B Testing"} <= required
    assert "Search Engine Marketing" in required  # "paid search", another name of it


INLINE_DUTIES = """\
Title Processor
About the position: Support our escrow officers on residential closings.
Duties include: ordering title commitments and managing escrow accounts.
Required: 2 years of title experience.
"""


def test_duties_include_is_a_heading() -> None:
    required, _preferred = _split(INLINE_DUTIES)
    assert "Title commitments" in required


CAPS_TITLE = """\
LEGAL ASSISTANT - WORKERS COMPENSATION
Prepare and e-file pleadings with the board, docket hearing dates and manage
attorney calendars. 3 years as a legal assistant required; Microsoft Word and
Clio expected.
"""


def test_a_title_naming_the_legal_trade_is_no_legal_notice() -> None:
    asks = _asks(CAPS_TITLE)
    assert {"Pleadings", "Clio", "Microsoft Word"} <= asks
    assert analyse_posting(CAPS_TITLE).min_years == 3


BARE_CUE = """\
Step-Down Charge Nurse
Requirements
- An active RN license, BLS, ACLS and a PCCN (preferred)
"""


def test_a_bare_preferred_closes_the_last_item_only() -> None:
    required, preferred = _split(BARE_CUE)
    assert {"Basic Life Support", "Advanced Cardiovascular Life Support"} <= required
    assert "Progressive Care Certified Nurse" in preferred


def test_a_bare_preferred_on_its_own_line_still_speaks_for_it() -> None:
    required, preferred = _split("Medical Assistant\nLicense/Certification:\n"
                                 "- BLS Certification (Required)\n- Phlebotomy (Preferred)\n")
    assert "Basic Life Support" in required
    assert "Phlebotomy" in preferred


ABOUT_THE_ROLE = """\
AML Investigator
About the role
Review monitoring alerts and complete enhanced due diligence on high-risk customers.
Qualifications
- Two years in a bank's compliance team
"""


def test_a_duty_told_by_its_verb_under_about_the_role_is_required() -> None:
    required, _preferred = _split(ABOUT_THE_ROLE)
    assert "Enhanced due diligence" in required


SHARED_OBJECT = """\
Contracts Administrator
Duties
- Draft, review and negotiate contracts with suppliers
"""


def test_verbs_of_a_list_share_their_object() -> None:
    asks = _asks(SHARED_OBJECT)
    assert {"Contract Drafting", "Contract Negotiation"} <= asks


def test_a_long_list_of_verbs_gives_its_object_to_the_last_alone() -> None:
    text = ("Program Analyst\nDuties\n"
            "- Plan, evaluate, analyze, and report progress toward program goals\n")
    assert "Progress monitoring" not in _asks(text)
