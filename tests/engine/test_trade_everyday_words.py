"""A tradesperson's, a dispatcher's and a front desk's everyday words show the asks a
posting names in its own: a synonym verb done to the ask's object ("Rebuilt gearboxes":
gearbox repair), the product or equipment the practice uses (MP2: a CMMS; Samsara: GPS
tracking), and the trade's own phrasing (resume-only phrases: "locked out and tagged
out", "formed and poured footings", "no-heat calls"). The same words never show another
ask. Texts written for this test (none copied from a posting or a resume)."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor


def _report(ask: str, bullet: str, title: str = "Technician") -> tuple[dict[str, str], list[str]]:
    resume = ("Robin Ash\nrobin@example.com\n\nExperience\n"
              f"{title}, Lakeside Co, 2020 to Present\n- {bullet}\n")
    report = tailor(resume, f"{title}\n\nRequirements\n- {ask}\n").match_before
    return {m.name.casefold(): m.resume_term for m in report.matched}, report.missing


@pytest.mark.parametrize(("ask", "bullet"), [
    # a synonym of the action, done to the ask's own object
    ("Gearbox repair", "Rebuilt gearboxes on three packaging lines"),
    ("Toilet installation", "Set toilets and vanities in new homes"),
    ("Calendar management", "Ran three directors' calendars and their travel"),
    ("Blueprint reading", "Interpret blueprints to lay out duct runs"),
    ("Mail handling", "Sorted incoming mail for a 30-person office"),
    ("Drain cleaning", "Snaked drains in 200 rental units"),
    ("Payment processing", "Take retainer payments and run cards at the front desk"),
    # the product or equipment the practice is done with
    ("CMMS", "Closed out work orders in MP2 with parts used"),
    ("GPS tracking", "Watched drivers' hours and locations in Samsara"),
    ("Field service software", "Wrote up repair options and invoices in ServiceTitan"),
    ("Plasma cutting", "Cut gussets and base plates on the plasma table"),
    ("Schematic reading", "Read one-line diagrams to lay out switchgear"),
    ("CMMS", "Close out tenant work orders in Corrigo the same day"),
    ("ERP", "Adjusted inventory in JD Edwards after sign-off"),
    ("Furnaces", "Installed gas furnaces and air handlers in new homes"),
    ("Toolbox talks", "Held tailgate safety talks every Monday"),
    ("Bluebeam Revu", "Did takeoffs and markups in Bluebeam"),
    ("Wheel alignment", "Set toe and camber on the Hunter rack"),
    ("Closeout documents", "Gathered O&M manuals and warranties for the owner"),
    # the trade's everyday phrasing (resume-only phrases)
    ("Lockout/tagout", "Locked out and tagged out conveyors before every repair"),
    ("Concrete formwork", "Formed and poured footings for decks and additions"),
    ("Punch lists", "Punched out units with the owner's rep before turnover"),
    ("Drain cleaning", "Cleared main line stoppages with a drum machine"),
    ("Mentoring", "Taught apprentices to bend conduit"),
    ("Hydrostatic testing", "Hydro tested new steam lines before turnover"),
    ("Rigging and signaling", "Rig and signal for crane lifts in the pipe rack"),
    ("Blueprint reading", "Read isometrics and P&IDs to lay out spools"),
    ("Troubleshooting", "Diagnose and repair rooftop units and split systems"),
    ("Troubleshooting", "Ran 6 no-heat calls a day in January"),
    ("Three-phase power", "Wired 480V motors and disconnects"),
    ("Torch cutting", "Cut and bevel with a torch in the field"),
    ("Structural welding", "Welded beams and columns on a parking deck"),
    ("Machining", "Made shafts and bushings on the lathe"),
    ("First article inspection", "Wrote first article reports for new part numbers"),
    ("Quoting", "Priced jobs on the spot for homeowners"),
    ("Appointment scheduling", "Booked consultations for four attorneys"),
])
def test_everyday_trade_words_show_the_ask(ask: str, bullet: str) -> None:
    shown, missing = _report(ask, bullet)
    assert shown, (ask, missing)
    assert not missing, missing


@pytest.mark.parametrize(("ask", "bullet"), [
    # a duty's opening verb names no instance of the thing after it: troubleshooting
    # shown is no PLC shown
    ("Troubleshoot PLCs", "Found and fixed faults on lighting circuits"),
    # a torch that brazes cuts nothing
    ("Torch cutting", "Brazed line sets with a torch"),
    # the verb done to another object
    ("Calendar management", "Ran the weekly sales reports"),
    ("Gearbox repair", "Rebuilt the parts catalog in the ERP"),
])
def test_the_same_words_show_no_other_ask(ask: str, bullet: str) -> None:
    _shown, missing = _report(ask, bullet)
    assert missing, ask


def test_driving_a_figure_is_no_operation() -> None:
    """"Drove sales 20%" grows sales; it operates nothing, so it shows no sales operations."""
    _shown, missing = _report("Sales operations", "Drove sales 20% in 2023")
    assert missing


@pytest.mark.parametrize(("ask", "bullet"), [
    # web forms and a photo lab's prints are no formwork and no drawings
    ("Concrete formwork", "Built forms in Jotform for client intake"),
    ("Blueprint reading", "Printed customer prints and charged per print"),
])
def test_words_of_other_work_show_no_trade(ask: str, bullet: str) -> None:
    _shown, missing = _report(ask, bullet)
    assert missing, ask


def test_a_compound_object_needs_its_first_word() -> None:
    """"Water heater installation" is done by "Replace and repair water heaters"; replaced
    "heaters" alone may be space heaters, and "lines for the sewer district" no sewer line."""
    shown, missing = _report("Water heater installation",
                             "Replace and repair water heaters, tank and tankless")
    assert shown and not missing
    _shown, missing = _report("Water heater installation", "Replaced heaters in 40 units")
    assert missing
    _shown, missing = _report("Sewer line repair", "Fixed lines for the sewer district")
    assert missing


def test_taking_over_a_desk_processes_nothing() -> None:
    """"Took over the claims desk": the object is a desk, so no claims processing."""
    _shown, missing = _report("Claims processing", "Took over the claims desk in 2022")
    assert missing


@pytest.mark.parametrize(("ask", "bullet"), [
    ("Payment collection", "Walk the customer through options and take payment before I leave"),
    ("Leak detection", "Clean coils, check oil levels and find leaks on the rack"),
])
def test_a_present_tense_bullet_joins_later_verbs(ask: str, bullet: str) -> None:
    """A present-tense bullet's later verb, joined by "and" or a comma, is a deed as its
    first is: "... and take payment" collects payment; finding leaks detects them."""
    shown, missing = _report(ask, bullet)
    assert shown and not missing, missing


def test_a_later_base_form_in_a_past_tense_bullet_is_no_deed() -> None:
    """"Managed the take payment kiosk": the bullet is told in the past, so the later
    "take" is a noun's word, not the person's deed."""
    _shown, missing = _report("Payment collection", "Managed the take payment kiosk")
    assert missing
