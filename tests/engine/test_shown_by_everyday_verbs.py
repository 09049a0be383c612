"""Resumes tell deeds in everyday verbs and irregular pasts: "Troubleshot lighting
control problems" troubleshoots lighting, "Hung windows" installs them, "Took copays"
collects them, "Kept the calendars" manages them. The verb must still be done to the
ask's own object, so the same verbs with another object, or the object alone, show
nothing. Texts written for these tests; asks given as the posting's analysis would
read them."""

from __future__ import annotations

from match_probe import asks, bullets_report, shown, tsv_vocabulary

from tailor_app.tailoring.model import MatchReport
from tailor_app.tailoring.skills.stems import same_word
from tailor_app.tailoring.skills.vocabulary import Vocabulary

TSV = """\
Window installation\thard\twindow installs
Calendar Management\thard\tcalendar coordination
"""


def vocabulary() -> Vocabulary:
    return tsv_vocabulary(TSV)


def report(bullets: list[str], *names: str) -> MatchReport:
    return bullets_report(bullets, asks(*names), vocabulary(),
                          role="Lead Hand  March 2018 – Present\n"
                               "Northgate Services, Fargo, ND",
                          name="Dale Okonkwo\ndale.okonkwo@example.com")


def test_irregular_pasts_of_trade_verbs_are_their_verbs() -> None:
    for past, base in (("troubleshot", "troubleshooting"), ("laid", "lay"),
                       ("bent", "bending"), ("strung", "string")):
        assert same_word(past, base)
    assert not same_word("laid", "lead")


def test_troubleshot_shows_the_troubleshooting_of_its_object() -> None:
    r = report(["Troubleshot lighting control problems on rooftop units"],
               "Lighting troubleshooting")
    assert shown(r) == {"Lighting troubleshooting": "Troubleshot lighting"}


def test_hanging_mounting_or_fitting_a_thing_installs_it() -> None:
    r = report(["Hung windows and exterior doors on two new houses",
                "Mounted cabinets in the kitchen remodel"],
               "Window installation", "Cabinet installation")
    assert shown(r) == {"Window installation": "Hung windows",
                        "Cabinet installation": "Mounted cabinets"}


def test_taking_payments_collects_them_and_keeping_calendars_manages_them() -> None:
    r = report(["Took copays at check-out and balanced the drawer",
                "Kept the owner's calendars and booked travel"],
               "Copay collection", "Calendar Management")
    assert shown(r) == {"Copay collection": "Took copays",
                        "Calendar Management": "Kept the owner's calendars"}


def test_the_verbs_done_to_another_thing_show_nothing() -> None:
    r = report(["Hung drywall in three basements", "Took phone messages for the owner",
                "Kept the shop clean", "Window cleaning on Fridays"],
               "Window installation", "Copay collection", "Calendar Management")
    assert r.matched == []
    assert set(r.missing_required) == {"Window installation", "Copay collection",
                                       "Calendar Management"}


def test_pulling_setting_running_and_serving_are_their_actions() -> None:
    r = report(["Pulled orders for the afternoon trucks", "Set up meetings for the director",
                "Ran cable through the drop ceiling", "Served food to 200 residents",
                "Led weekly support groups"],
               "Order Picking", "Meeting scheduling", "Cable installation", "Food service",
               "Group facilitation")
    assert shown(r) == {"Order Picking": "Pulled orders", "Meeting scheduling": "Set up meetings",
                        "Cable installation": "Ran cable", "Food service": "Served food",
                        "Group facilitation": "Led weekly support groups"}


def test_those_verbs_done_to_another_thing_show_nothing() -> None:
    r = report(["Pulled weeds around the lot", "Set the meeting room chairs",
                "Ran reports on cable sales", "Served on the food committee"],
               "Order Picking", "Meeting scheduling", "Cable installation", "Food service")
    assert r.matched == []


def test_transferring_calls_routes_them() -> None:
    r = report(["Answered the main line and transferred calls to the partners",
                "Transferred funds between accounts"], "Call routing")
    assert shown(r) == {"Call routing": "transferred calls"}


def test_an_ask_with_its_verb_first_takes_the_verb_s_synonyms() -> None:
    r = report(["Found and fixed leaks under slabs", "Sweated copper and crimped PEX"],
               "Repair leaks", "Solder copper")
    assert shown(r) == {"Repair leaks": "fixed leaks", "Solder copper": "Sweated copper"}
    other = report(["Fixed the leak report template", "Sweated the details on copper pricing"],
                   "Repair leaks", "Solder copper")
    assert other.matched == []
