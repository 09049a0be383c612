"""The fields whose postings the vocabulary used to read poorly (mortgage lending,
customer success, fundraising, real estate sales, security, automotive, pharmacy, the
building trades, school counseling, HR compliance, bedside nursing) name their everyday
asks, and the everyday words those fields share with company text name nothing.

Every sentence here was written for this test in the way such postings and resumes
word things; none is copied from a posting."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def names(vocabulary: Vocabulary, text: str) -> set[str]:
    """The skills a reader of ``text`` is told it names: each hit and its broader skills
    ("major donors" is reported as Major donor, a kind of Major Gifts)."""
    found: set[str] = set()
    for hit in vocabulary.find(text):
        found.add(hit.skill.name)
        found.update(hit.skill.broader)
    return found


FOUND = [
    # mortgage lending
    ("Working knowledge of TRID, RESPA and ECOA; calculate DTI and LTV ratios.",
     {"TRID", "RESPA", "ECOA", "Debt-to-Income Ratio", "Loan-to-Value Ratio"}),
    ("Issue the Loan Estimate within three days and balance the Closing Disclosure.",
     {"Loan Estimate", "Closing Disclosure"}),
    ("Originate FHA, conventional loans and jumbo loans; run files through Desktop "
     "Underwriter in Encompass.",
     {"FHA Loans", "Conventional Loans", "Jumbo Loans", "Desktop Underwriter", "Encompass"}),
    ("Experience with VA loans, USDA loans and HELOCs.",
     {"VA Loans", "USDA Loans", "Home Equity Lending"}),
    # customer success
    ("Own renewals for a book of 40 accounts, run QBRs and track health scores in "
     "Gainsight.",
     {"Renewal Management", "Quarterly Business Reviews", "Customer Health Scores",
      "Gainsight"}),
    ("Drive product adoption and grow net revenue retention; reduce churn risk.",
     {"Product Adoption", "Net Revenue Retention", "Churn risk"}),
    # fundraising
    ("Manage a portfolio of major donors with moves management in Raiser's Edge.",
     {"Moves Management", "Major Gifts", "Raiser's Edge"}),
    ("Write direct mail appeals and run peer-to-peer fundraising campaigns.",
     {"Direct Mail", "Peer-to-Peer Fundraising"}),
    # real estate sales
    ("Enter listings in the MLS, give listing presentations and prepare CMAs.",
     {"MLS", "Listing Presentations", "Comparative Market Analysis"}),
    ("Write offers, negotiate purchase agreements and use dotloop or SkySlope.",
     {"Purchase Agreements", "dotloop", "SkySlope"}),
    # security
    ("Patrol the property, monitor CCTV and write incident reports; guard card required.",
     {"Security Patrols", "CCTV", "Incident Reports", "Guard Card"}),
    ("Strong report writing and emergency response; verbal judo training a plus.",
     {"Report Writing", "Emergency Response", "Verbal De-escalation"}),
    # automotive
    ("Diagnose with scan tools and ALLDATA; perform four-wheel alignments and tire "
     "rotations.",
     {"Scan Tools", "ALLDATA", "Four-wheel alignment", "Tire Service"}),
    ("Repair steering and suspension, brake systems and transmission repair.",
     {"Steering and Suspension", "Brake Systems", "Transmission Repair"}),
    # pharmacy
    ("Perform drug utilization review and medication therapy management; pharmacist "
     "license in good standing.",
     {"Drug Utilization Review", "Medication Therapy Management", "Pharmacist License"}),
    ("Resolve third-party billing rejections and keep controlled substance counts.",
     {"Prescription Insurance Billing", "Controlled Substance Counts"}),
    # building trades
    ("Install heat pumps, ductless mini-splits and water heaters; backflow testing.",
     {"Heat Pumps", "Ductless mini-splits", "Water Heaters", "Backflow testing"}),
    ("Flux core and pipe welding; 6G certified.",
     {"FCAW", "Pipe Welding"}),
    ("Set up work zone traffic control and keep jobsite cleanup on schedule.",
     {"Work zone traffic control", "Jobsite Cleanup"}),
    # school counseling and HR
    ("Deliver a program aligned to the ASCA National Model; individual counseling and "
     "Naviance.",
     {"ASCA National Model", "Individual Counseling", "Naviance"}),
    ("Administer leaves and handle ADA compliance; ERISA knowledge.",
     {"Leave Administration", "ADA Accommodations", "ERISA"}),
    # bedside nursing
    ("Complete skin assessments with the Braden scale; follow CAUTI prevention bundles.",
     {"Skin Assessment", "Device-Associated Infection Prevention"}),
    ("Active nursing license; compact license preferred.",
     {"Nursing License", "Compact Nursing License"}),
]


def test_skin_integrity_is_a_nursing_assessment_not_the_soft_skill(
        vocabulary: Vocabulary) -> None:
    found = names(vocabulary, "Assess skin integrity every shift.")
    assert "Skin Assessment" in found and "Integrity" not in found


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_field_asks_are_named(vocabulary: Vocabulary, text: str, expected: set[str]) -> None:
    found = names(vocabulary, text)
    assert expected <= found, expected - found


NOTHING = [
    # company and boilerplate text in the same fields
    "Our responsibilities encompass a wide range of services.",
    "We are an equal opportunity employer and provide reasonable accommodations.",
    "This job description is not an exhaustive list of duties.",
    "We build electric vehicles and the software that runs them.",
    "Flagging issues early keeps the team on schedule.",
    "Join us at our open house this spring.",
    "The use of controlled substances at work is prohibited.",
    "Our members renew every year; suspension of service is rare.",
    "Richmond, VA 23219",
    "The school follows the College and Career Readiness Standards.",
]


@pytest.mark.parametrize("text", NOTHING, ids=[t[:30] for t in NOTHING])
def test_everyday_words_of_these_fields_name_nothing_new(
        vocabulary: Vocabulary, text: str) -> None:
    new = {"mortgage_lending", "customer_success", "fundraising", "real_estate_sales",
           "security_services", "automotive", "pharmacy", "skilled_trades",
           "school_counseling", "hr_compliance", "nursing_care"}
    hits = [hit.skill.name for hit in vocabulary.find(text) if set(hit.skill.fields) & new]
    assert hits == []


def test_a_kind_of_loan_shows_the_broader_lending_it_is_part_of(
        vocabulary: Vocabulary) -> None:
    fha = vocabulary.lookup("FHA loans")
    assert fha is not None and "Government Loans" in fha.broader
    du = vocabulary.lookup("Desktop Underwriter")
    assert du is not None and "Automated Underwriting Systems" in du.broader


def test_mls_is_the_listing_service_not_a_landing_system(vocabulary: Vocabulary) -> None:
    mls = vocabulary.lookup("MLS")
    assert mls is not None and mls.name == "MLS" and "real_estate_sales" in mls.fields


def test_a_mortgage_posting_keeps_its_nmls_licence() -> None:
    posting = """\
Mortgage Loan Officer
What you bring
- Active NMLS registration
- Knowledge of TRID, RESPA and fair lending rules
- Experience with FHA loans, conventional loans and Encompass
- Calculate debt-to-income ratios and review credit reports
"""
    analysis = analyse_posting(posting)
    asked = {skill.name for skill in analysis.skills}
    assert "NMLS License" in analysis.certifications
    assert {"TRID", "RESPA", "Fair Lending", "FHA Loans", "Conventional Loans",
            "Encompass", "Debt-to-Income Ratio"} <= asked
