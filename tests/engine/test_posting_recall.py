"""Asks the posting states plainly that earlier readings lost: a product whose name
ends in a worker's word, a cue written after its object, and other odd shapes."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def asked(text: str) -> set[str]:
    a = analyse_posting(text)
    return {s.name for s in a.skills} | set(a.certifications)


def test_a_product_named_with_a_workers_word_is_still_asked() -> None:
    # "Server", "Manager", "Recruiter" end product names as well as job titles.
    found = asked("Platform Engineer\n\nRequirements\n- Experience with Microsoft SQL "
                  "Server and Google Tag Manager\n- Sourcing on LinkedIn Recruiter\n")
    assert {"Microsoft SQL Server", "Google Tag Manager", "LinkedIn Recruiter"} <= found


def test_a_workers_title_stays_no_skill() -> None:
    found = asked("Line Cook\n\nWhat you'll do\n- Support the restaurant servers and "
                  "the sous chef during service\n")
    assert "Restaurant server" not in found


def test_a_cue_after_its_object_reads_through_the_analysis() -> None:
    found = asked("Parts Counter Associate\n\nRequirements\n- Forklift certification; "
                  "fleet dispatch background with a parts distributor would be a bonus\n"
                  "- 3+ years of automotive parts experience\n")
    assert "Fleet dispatch" in found
    assert "Automotive parts" not in found


def test_signal_standards_and_slash_protocols_are_terms() -> None:
    from tailor_app.tailoring.posting.terms import shape_terms

    found = [t.name for t in shape_terms(
        "Wire 0-10 VDC and 4–20 mA loops on Profinet/IO and Ethernet/IP networks", [],
        set())]
    assert {"0-10 VDC", "4–20 mA", "Profinet/IO", "Ethernet/IP"} <= set(found)
    # A load, a tyre pressure, a state after a town: no such terms.
    assert shape_terms("Lift 25-50 lbs; inflate to 90-100 psi; Dallas/TX", [], set()) == []


def test_a_signal_standard_inside_a_duty_the_vocabulary_reads() -> None:
    found = asked("Instrument Technician\n\nResponsibilities\n- Calibrates 4-20 mA "
                  "instruments and keeps loop sheets current\n")
    assert "4-20 mA" in found


def test_the_last_item_of_a_long_list_runs_on_into_its_purpose() -> None:
    from tailor_app.tailoring.posting.terms import shape_terms

    text = ("Maintains variable frequency drives, flow meters, chemical analyzers and "
            "radio telemetry to remote pump stations")
    known = [(text.index(w), text.index(w) + len(w))
             for w in ("variable frequency drives", "flow meters")]
    found = [t.name for t in shape_terms(text, known, set())]
    assert "Radio telemetry" in found and "Chemical analyzers" in found
    # Two things and a purpose are no list of asks: "X or Y to Z".
    text = "Current CPR certification or willingness to obtain within 30 days"
    assert shape_terms(text, [(8, 11)], set()) == []


def test_one_product_named_in_brackets_after_the_things_it_holds() -> None:
    from tailor_app.tailoring.posting.names import product_names

    def names(text: str) -> list[str]:
        return [n for n, _a, _b in product_names(text, lambda _a, _b: True, set())]

    assert names("Track guest satisfaction scores (Zephyr) and act on trends") == ["Zephyr"]
    assert names("Perform transfers with mechanical lifts (Hoyer)") == ["Hoyer"]
    # After a singular noun, a place, or the terms of the work: no product.
    assert names("Work from the office (Stone Oak) three days a week") == []
    assert names("Cover one of our clinics (Stone Oak)") == []
    assert names("Rotating shifts (Nights) and weekends") == []


def test_one_product_named_in_brackets_after_a_kind_of_software() -> None:
    from tailor_app.tailoring.posting.names import product_names

    def names(text: str) -> list[str]:
        return [n for n, _a, _b in product_names(text, lambda _a, _b: True, set())]

    assert names("Post loan payments in our core system (Quillbank) each morning") == [
        "Quillbank"]
    assert names("Build schedules in the workforce platform (Shiftwise Pro)") == [
        "Shiftwise Pro"]
    # A place after any other singular noun is still no product.
    assert names("Report to the depot (North Bend) at six") == []


def test_a_credentials_other_level_in_brackets() -> None:
    from tailor_app.tailoring.posting.terms import shape_terms

    found = [t.name for t in shape_terms(
        "Lean Six Sigma Green Belt (Black Belt would be an advantage)", [], set())]
    assert "Lean Six Sigma Black Belt" in found
    found = [t.name for t in shape_terms("CDL Class A (Class B considered)", [], set())]
    assert "CDL Class B" in found
    a = analyse_posting("Process Engineer\n\nRequirements\n- Lean Six Sigma Green Belt "
                        "(Black Belt would be an advantage)\n")
    black = [s for s in a.skills if s.name == "Six Sigma Black Belt"]
    assert black and not black[0].required


def test_a_named_body_of_standards_written_in_lower_case() -> None:
    from tailor_app.tailoring.posting.names import product_names

    def names(text: str) -> list[str]:
        return [n for n, _a, _b in product_names(text, lambda _a, _b: True, set())]

    assert names("Harbor Crest Guide or Grand Spa Alliance standards experience "
                 "preferred") == ["Grand Spa Alliance", "Harbor Crest Guide"]
    # One plain capitalised word before "standards" is as often a place.
    assert names("Meet Texas standards for every room") == []


def test_the_first_item_of_a_list_past_its_lead_in() -> None:
    # "a crew of 12 across receiving": what precedes the list is no reading of its
    # first item, and an activity in one word is an item like its siblings.
    found = asked("Distribution Lead\n\nResponsibilities\n- Coach a crew of 12 across "
                  "receiving, kitting, packing and shipping each shift\n")
    assert {"Receiving", "Kitting", "Packing", "Shipping"} <= found


def test_the_item_after_a_named_one_is_still_the_cues_object() -> None:
    # The vocabulary names the first item; the cue goes on to the next one.
    # (Lien waivers are the vocabulary's Lien Management now; retainage is not.)
    found = asked("Bookkeeper\n\nRequirements\n- Experience with QuickBooks and retainage\n"
                  "- Familiarity with Clio or another system\n")
    assert {"QuickBooks", "Retainage", "Clio"} <= found
    assert "Another" not in found  # the other one has no name of its own


def test_trade_duties_read_as_the_trades_skills() -> None:
    found = asked("Technician\n\nResponsibilities\n- Interpret telemetry rhythms and respond "
                  "to alarms\n- Maintain flow meters, level transmitters and radio telemetry\n"
                  "- Clear drains with a cable machine or hydro-jetter\n"
                  "- Differentiate instruction for English learners\n")
    assert {"Telemetry", "Radio Telemetry", "Drain Cleaning", "Hydro-Jetting",
            "Differentiated Instruction"} <= found


def test_interpreting_drawings_is_reading_them_not_a_language() -> None:
    found = asked("Site Lead\n\nWhat you'll do\n- Read and interpret structural drawings "
                  "and resolve conflicts with the architect\n")
    assert "Blueprint Reading" in found
    assert not {n for n in found if "interpreting" in n.lower()}


def test_hospitality_duties_read_as_the_desks_skills() -> None:
    found = asked("Housekeeping Lead\n\nWhat you'll do\n- Assign rooms to attendants each "
                  "morning\n- Place orders with our linen vendor\n")
    assert {"Room Assignments", "Ordering"} <= found


def test_each_verb_sharing_an_object_names_its_own_work() -> None:
    # "write ... blog posts" is Blogging; "edit" asks for editing on its own, and the
    # video editing of another line does not name it more closely.
    found = asked("Content Specialist\n\nWhat you'll do\n- Write and edit blog posts for "
                  "our members\n\nNice to have\n- Video editing (Premiere Pro)\n")
    assert {"Blogging", "Editing and Proofreading", "Video editing"} <= found


def test_interpreting_a_thing_names_no_interpreting_of_it() -> None:
    from tailor_app.tailoring.posting.duties import object_activity
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    lookup = load_vocabulary().lookup
    assert object_activity("interpret", ["site", "plans"], lookup) is None
    assert object_activity("forecast", ["budget", "spend"], lookup) == "Budget forecasting"


def test_a_thing_made_is_asked_by_its_activity() -> None:
    found = asked("Shift Lead\n\nWhat you'll do\n- Build weekly schedules for the crew\n"
                  "- Create dashboards for the owners\n")
    assert {"Scheduling", "Dashboards"} <= found
    assert "Dashboarding" not in found  # only an activity the vocabulary holds
