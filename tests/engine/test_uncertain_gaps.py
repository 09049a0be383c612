"""A duty the posting tells in its own everyday words is listed to check, not "missing".

Measured on 130 hand-labelled pairs of earlier sessions, a "missing" claim for such a
phrase ("Pallet wrapping" from "Wrap and label mixed pallets …") was right 10 % of the
time: the resume usually said it otherwise ("Shrink-wrapped and labelled outbound
loads"). The report keeps the ask and lists it apart (skills/uncertain_gaps.py); a
vocabulary skill the posting names, a credential, a tool and anything asked in the
requirements keep their "missing". Text written for the test.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.uncertain_gaps import line_sharing_words, uncertain_gap

TODAY = date(2026, 12, 1)

POSTING = ("Dock Lead\nHarbor Freightways\n\nWhat you'll do\n"
           "- Audit inbound pallets before they go to the racks\n"
           "- Wrap and label mixed pallets for the afternoon trucks\n"
           "- Enter receipts in Microsoft Excel\n\n"
           "What you need\n- Forklift certification\n- 2+ years in a warehouse\n")
RESUME = ("Lee Grant\nlee.grant@example.com\n\nEXPERIENCE\n"
          "Dock Worker, Bayside Storage, Oakland, CA    2021 – Present\n"
          "- Checked every incoming pallet against the packing list\n"
          "- Shrink-wrapped and labelled outbound loads\n")


def test_duties_in_the_postings_words_are_listed_to_check_not_called_missing() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    report = result.match_before
    # "Audit inbound pallets" is read as a deed of the vocabulary's Load Auditing
    # ("pallet auditing", asks22); told in the duty's own words, it is still to check.
    assert "Load Auditing" in report.unconfirmed
    assert "Load Auditing" not in report.missing
    # still an ask the analysis lists
    assert "Load Auditing" in {s.name for s in result.analysis.skills}
    # named tools and credentials the resume lacks are still missing
    assert "Microsoft Excel" in report.missing
    assert "Forklift Certification" in report.missing
    assert not set(report.unconfirmed) & set(report.missing)
    assert result.to_dict()["gaps"]["unconfirmed"] == report.unconfirmed


def test_a_duty_the_resume_shows_in_the_same_words_is_matched() -> None:
    resume = RESUME.replace("Shrink-wrapped and labelled outbound loads",
                            "Wrapped and labelled mixed pallets for outbound trucks")
    report = tailor(resume, POSTING, today=TODAY).match_before
    assert "Pallet wrapping" in {m.name for m in report.matched}
    assert "Pallet wrapping" not in report.unconfirmed


def mention(name: str, *, kind: str = "hard", section: str = "responsibilities",
            term: str = "", required: bool = True,
            snippet: str = "a line of the posting") -> SkillMention:
    return SkillMention(name, kind, required, snippet, section, term)


def test_only_an_everyday_phrase_from_the_duties_is_uncertain() -> None:
    assert uncertain_gap(mention("Pallet wrapping"))
    assert uncertain_gap(mention("Shipping lane sweeping", section="other"))
    # asked in the requirements: a screen, so a gap there is claimed
    assert not uncertain_gap(mention("Pallet wrapping", section="requirements"))
    # the vocabulary's name as the posting wrote it
    assert not uncertain_gap(mention("Inventory control", term="inventory control"))
    # a proper name inside the phrase, or not a hard skill
    assert not uncertain_gap(mention("NC Building Code"))
    assert not uncertain_gap(mention("Reach truck", kind="tool"))
    assert not uncertain_gap(mention("Forklift certification", kind="certification"))


COOK = ("Pat Lane\npat@example.com\n\nEXPERIENCE\n"
        "Line Cook, Harbor Grill, Boston, MA    2021 – Present\n"
        "- Worked the grill and fry stations\n")


def test_a_duty_the_requirements_also_ask_keeps_its_missing() -> None:
    posting = ("Seafood Cook\nSalt House\n\nResponsibilities\n"
               "- Shuck oysters and fillet whole fish\n\n"
               "Requirements\n- Must be able to fillet whole fish\n")
    report = tailor(COOK, posting, today=TODAY).match_before
    assert "Fish butchery" in report.missing  # asked again where the job screens
    assert "Oyster shucking" in report.unconfirmed  # told only among the duties


def test_a_duty_a_line_demands_keeps_its_missing() -> None:
    posting = ("Seafood Cook at Salt House. You will shuck oysters for the raw bar and "
               "work the grill station. You must be able to fillet whole fish and "
               "portion it.\n")
    report = tailor(COOK, posting, today=TODAY).match_before
    assert "Fish butchery" in report.missing
    assert "Oyster shucking" in report.unconfirmed


# A required skill of the work whose words a line of the resume uses: listed beside that
# line to check, not called missing (right 16 % of the time on earlier sessions' pairs).
SHIPPING = ("Shipping Coordinator\nNorthline Supply\n\nResponsibilities\n"
            "- Book dock appointments with carriers and warehouses\n"
            "- Track shipments and update customers\n\n"
            "Requirements\n- 2+ years of shipping experience\n- Microsoft Excel\n")
CLERK = ("Ana Cruz\nana.cruz@example.com\n\nEXPERIENCE\n"
         "Shipping Clerk, Lakeside Paper, Duluth, MN    2021 – Present\n"
         "- Set appointments with trucking companies every morning\n"
         "- Called customers when a truck ran late\n")


def test_a_required_skill_whose_words_a_resume_line_uses_is_listed_with_that_line() -> None:
    result = tailor(CLERK, SHIPPING, today=TODAY)
    report = result.match_before
    line = "Set appointments with trucking companies every morning"
    assert report.maybe_shown == {"Dock appointments": line}
    assert "Dock appointments" not in report.missing
    assert "Dock appointments" in {s.name for s in result.analysis.skills}  # still an ask
    # a named tool keeps its "missing"; the job title's "Shipping" is no line of work
    assert "Microsoft Excel" in report.missing
    # a duty whose words the posting wrote ("Track shipments") keeps its "missing"
    assert "Shipment Tracking" in report.missing
    assert result.to_dict()["gaps"]["maybe_shown"] == {"Dock appointments": line}


def test_a_line_naming_another_kind_of_the_head_is_listed_to_check_without_it() -> None:
    """"delivery appointments" names its own kind of appointments: the rule cannot tell a
    related kind from an unrelated one ("wage garnishment orders" for Purchase orders),
    so the ask is listed to check, quoting no line, and is still not called missing."""
    clerk = CLERK.replace("Set appointments", "Set delivery appointments")
    report = tailor(clerk, SHIPPING, today=TODAY).match_before
    assert "Dock appointments" not in report.maybe_shown
    assert "Dock appointments" in report.unconfirmed
    assert "Dock appointments" not in report.missing


def test_a_preferred_skill_whose_words_a_line_uses_stays_missing() -> None:
    posting = SHIPPING.replace("Requirements\n", "Preferred\n- Dock appointments\n\n"
                               "Requirements\n").replace(
        "- Book dock appointments with carriers and warehouses\n", "")
    report = tailor(CLERK, posting, today=TODAY).match_before
    assert "Dock appointments" not in report.maybe_shown


def test_a_line_sharing_words_needs_the_names_telling_words() -> None:
    lines = ["Ran the weekly inventory count for two stores",
             "Set up the warehouse's new racking"]
    # one of two telling words is enough; the generic "management" is not telling
    assert line_sharing_words(mention("Inventory management"), lines) == lines[0]
    assert line_sharing_words(mention("Project management"), lines) is None
    # a three-word name needs two of its words in one line, its head among them
    assert line_sharing_words(mention("New warehouse racking"), lines) == lines[1]
    assert line_sharing_words(mention("Warehouse safety audits"), lines) is None
    assert line_sharing_words(mention("Warehouse racking installation"), lines) is None
    # a describing word alone tells no work
    assert line_sharing_words(mention("Early literacy"),
                              ["Arrived early and set up math centers"]) is None
    assert line_sharing_words(mention("Weekly inventory"), ["Weekly staff meetings"]) is None
    # the line that uses most of the words is quoted
    more = [*lines, "Counted inventory and set par levels for the warehouse"]
    assert line_sharing_words(mention("Warehouse inventory"), more) == more[2]
    # named things and credentials keep their "missing": a shared word proves nothing
    assert line_sharing_words(mention("Inventory software", kind="tool"), lines) is None
    assert line_sharing_words(mention("ISO 9001 inventory"), lines) is None
    assert line_sharing_words(mention("USDA inventory"), lines) is None
    assert line_sharing_words(mention("Inventory specialist certification"), lines) is None


def test_the_lines_to_check_survive_the_stored_result() -> None:
    """The rewrite and the cover letter read the report back from the job's stored result."""
    from tailor_app.rewriting.stored import match_from_dict

    report = tailor(CLERK, SHIPPING, today=TODAY).match_after
    assert match_from_dict(report.to_dict()).maybe_shown == report.maybe_shown != {}


# A required duty the vocabulary names in words the posting did not write: on 215
# hand-labelled pairs of earlier sessions such "missing" claims were right about one time
# in five (the resume told the work its own way), so they are listed to check.
BAR = ("Server\nLantern Tap House\n\nWhat you'll do\n"
       "- Check IDs for every guest who orders a drink\n"
       "- Take orders on Toast and run food to tables\n\n"
       "What you need\n- Food handler card\n")
SERVER = ("Jo Park\njo.park@example.com\n\nEXPERIENCE\n"
          "Server, Maple Diner, Salem, OR    2022 – Present\n"
          "- Took orders for a 40-seat dining room and ran food\n"
          "- Set up the patio and rolled silverware before each shift\n")


def test_a_duty_named_in_other_words_than_the_postings_is_listed_to_check() -> None:
    result = tailor(SERVER, BAR, today=TODAY)
    report = result.match_before
    assert "Age Verification" in {s.name for s in result.analysis.skills}  # still asked
    assert "Age Verification" in report.unconfirmed
    assert "Age Verification" not in report.missing
    # a tool by name and a credential the requirements ask keep their "missing"
    assert {"Toast POS", "ServSafe Food Handler"} <= set(report.missing)


def test_only_a_required_duty_in_other_words_than_the_postings_is_uncertain() -> None:
    assert uncertain_gap(mention("Age Verification", term="Check IDs",
                                 snippet="Check IDs for every guest"))
    # the posting wrote the name's words, in some form, by the term the vocabulary read
    # or in the line a reader named the duty from
    assert not uncertain_gap(mention("Payment Posting", term="post payments"))
    assert not uncertain_gap(mention("Order Picking", snippet="Pick orders for the trucks"))
    assert not uncertain_gap(mention("Coaching", snippet="Coach drivers on their logs"))
    # a name: a product or a drug by its own name, which no resume says otherwise
    assert not uncertain_gap(mention("Naloxone Administration", term="Narcan",
                                     snippet="Carry Narcan on every outreach shift"))
    # a line that screens for experience, as a posting with no headings does
    assert not uncertain_gap(mention("Forklift Operation", term="forklift", section="other",
                                     snippet="We need someone with 2 years of forklift "
                                             "experience"))
    # a resume that meets none of the posting's required work has not done it otherwise
    assert not uncertain_gap(mention("Age Verification", term="Check IDs",
                                     snippet="Check IDs for every guest"), work_shown=False)
    # asked in the requirements, preferred, or demanded: a screen, so the gap is claimed
    assert not uncertain_gap(mention("Age Verification", term="Check IDs",
                                     section="requirements"))
    assert not uncertain_gap(mention("Age Verification", term="Check IDs", required=False))
    assert not uncertain_gap(mention("Age Verification", term="Check IDs",
                                     snippet="You must check IDs for alcohol"))
    # a named thing: a code, a number, a credential
    assert not uncertain_gap(mention("National Electrical Code", term="NEC"))
    assert not uncertain_gap(mention("Forklift Certification", term="forklift cert"))


def test_a_duty_to_check_whose_words_a_line_uses_is_listed_with_that_line() -> None:
    """The line is what the user needs to judge a duty the posting tells its own way:
    "Wrap and label mixed pallets" beside "Shrink-wrapped and labelled outbound loads"."""
    report = tailor(RESUME, POSTING, today=TODAY).match_before
    line = "Shrink-wrapped and labelled outbound loads"
    assert report.maybe_shown.get("Pallet wrapping") == line
    assert "Pallet wrapping" not in report.unconfirmed
    assert "Pallet wrapping" not in report.missing


def test_a_resume_of_other_work_is_told_each_duty_is_missing() -> None:
    """A line cook has not drawn blood in other words: with none of a medical assistant
    posting's required work shown, its duties are called missing, not offered to check."""
    posting = ("Medical Assistant\nPinecrest Family Medicine\n\nResponsibilities\n"
               "- Draw blood and collect urine samples\n"
               "- Give flu shots and B12 injections\n"
               "- Check IDs and insurance cards at check-in\n\n"
               "Requirements\n- BLS\n")
    cook = ("Pat Lane\npat@example.com\n\nEXPERIENCE\n"
            "Line Cook, Blue Heron Diner, Boston, MA    2020 – Present\n"
            "- Ran the grill station on weekend rushes of 300 covers\n"
            "- Prepped vegetables and sauces before each shift\n")
    report = tailor(cook, posting, today=TODAY).match_before
    assert not report.matched
    assert report.missing and not report.unconfirmed and not report.maybe_shown


def test_a_role_of_another_trade_named_with_the_same_worker_word_is_other_work() -> None:
    """A pharmacy technician has not fixed toilets in other words: "technician" names a
    kind of worker in every trade, so only the title's telling words tie a resume to it."""
    posting = ("Maintenance Technician\nParkview Apartments\n\nResponsibilities\n"
               "- Fix running toilets and clogged sinks\n"
               "- Hang doors and swap out broken blinds\n"
               "- Patch holes in drywall\n\nRequirements\n- Own hand tools\n")
    pharmacy = ("Nina Alvarez\nnina@example.com\n\nEXPERIENCE\n"
                "Pharmacy Technician, CareWell Pharmacy, Tucson, AZ    2020 – Present\n"
                "- Filled 300 prescriptions a day and counted tablets\n"
                "- Entered insurance claims and resolved rejections\n")
    report = tailor(pharmacy, posting, today=TODAY).match_before
    assert not report.matched
    assert report.missing and not report.unconfirmed and not report.maybe_shown
