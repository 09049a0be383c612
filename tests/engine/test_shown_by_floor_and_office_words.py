"""Skills a resume shows in the plain words of a warehouse floor, a dock, a shop and a
front office, read with the app's own vocabulary: counting stock every night (cycle
counts), putting it away, taking in what arrives (receiving), knowing where trucks are
(shipment tracking), walking a site for hazards (safety inspections), upkeep on a
schedule (preventive maintenance), booking visits and lining up crews (scheduling),
teaching new hires (staff training), the employer that names the workplace (acute care,
a call center, commercial construction, a specialty practice), and a broader ask met by
the narrower one. And what they do not show. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import PostingAnalysis
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tests.match_probe import asks, bullets_report, shown


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Counted two racks of fasteners every evening and fixed what was off", "Cycle counts"),
    ("Count the freezer aisles daily and report variances", "Cycle counts"),
    ("Helped run the annual count at our two stores", "Physical Inventory"),
    ("Put inbound pallets away within two hours of receipt", "Putaway"),
    ("Putting away returns and restocking the pick line", "Putaway"),
    ("Slotted freight into rack locations by velocity", "Putaway"),
    ("Unloaded incoming trailers and checked counts against the packing list", "Receiving"),
    ("Checked in 30 vendor deliveries a day at the back door", "Shipping and Receiving"),
    ("Tracked every load on the carrier portals and warned the customer of delays",
     "Shipment Tracking"),
    ("Checked on all trucks in transit twice a day", "Truck tracking"),
    ("Walked each building every week looking for trip hazards and blocked exits",
     "Safety inspections"),
    ("Led a Friday safety walk with the plant manager", "Safety Inspections"),
    ("Greased bearings and changed gearbox oil on the conveyors every month",
     "Preventive Maintenance"),
    ("Ran fall tune-ups on 200 furnaces", "Preventive Maintenance"),
    ("Did seasonal check-ups on rooftop units for 12 restaurants", "Preventive Maintenance"),
    ("Booked, confirmed and moved consults for two surgeons", "Appointment scheduling"),
    ("Scheduled new patients for the dermatology clinic", "Appointment scheduling"),
    ("Lined up electricians and plumbers for each unit turn", "Scheduling"),
    ("Arranged site tours and inspections for buyers", "Scheduling"),
    ("Taught apprentices to read prints and bend conduit", "Staff training"),
    ("Instructed new hires on lockout and forklift safety", "Staff training"),
])
def test_the_floor_s_and_the_office_s_words_show_the_skill(full: Vocabulary, bullet: str,
                                                          asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked in shown(r), shown(r)


@pytest.mark.parametrize(("bullet", "asked"), [
    # A count once, or money counted: no cycle.
    ("Counted the returns before month-end", "Cycle counts"),
    ("Counted the cash drawer every night", "Cycle counts"),
    # An accountant's year-end inventory is a valuation, not a count.
    ("Reconciled year-end inventory to the general ledger", "Physical Inventory"),
    # Shelves stocked on a sales floor: nothing received is put away.
    ("Stocked shelves with product each morning", "Putaway"),
    ("Putting customers' items away in the fitting room", "Putaway"),
    # A driver unloads at the customer; a receptionist checks in visitors.
    ("Unloaded deliveries at the customer's store and got signatures", "Receiving"),
    ("Checked in visitors and vendors at the front desk", "Receiving"),
    # Electrical loads, freight rates: no freight tracked.
    ("Monitored electrical loads on 40 panels", "Shipment Tracking"),
    ("Tracked freight rates across three carriers", "Shipment Tracking"),
    # A floor walked for sales, a check-up given to patients.
    ("Walked the floor to greet customers and help them find sizes", "Safety inspections"),
    ("Scheduled annual check-ups for 900 patients", "Preventive Maintenance"),
    # Travel booked, a meeting run: nothing scheduled in the table's sense.
    ("Booked travel and ran the meetings for the board", "Scheduling"),
    ("Booked flights and hotels for the sales team", "Appointment scheduling"),
    # Students are no staff.
    ("Taught 28 fourth graders to write persuasive essays", "Staff training"),
])
def test_words_that_only_look_like_it_show_nothing(full: Vocabulary, bullet: str,
                                                   asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked not in shown(r), shown(r)


def _header_report(header: str, asked: str, vocabulary: Vocabulary) -> set[str]:
    resume = parse_resume("Robin Ash\nrobin@example.com\n\nExperience\n"
                          f"{header}\n- Helped every caller who reached the desk\n")
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asks(asked),
                               keywords=[], min_years=None, degree=None, certifications=[])
    return {m.name for m in match_resume(resume, analysis, vocabulary=vocabulary).matched}


@pytest.mark.parametrize(("header", "asked"), [
    ("Staff Nurse | Lakeview Regional Hospital | 2021 - Present", "Acute Care"),
    ("Agent | Northwind Insurance Contact Center | 2020 - Present", "Call Center"),
    ("Field Engineer | Bayline Commercial Contractors | 2019 - Present",
     "Commercial construction"),
    ("Receptionist | Eastside Dermatology | 2018 - Present", "Healthcare"),
    ("Scheduler | Valley Orthopaedics | 2018 - Present", "Medical office"),
])
def test_the_employer_names_the_workplace(full: Vocabulary, header: str, asked: str) -> None:
    assert asked in _header_report(header, asked, full)


@pytest.mark.parametrize(("header", "asked"), [
    # A homebuilder builds no commercial work; a clinic is no hospital floor.
    ("Framer | Ridgeview Homebuilders | 2019 - Present", "Commercial construction"),
    ("Medical Assistant | Valley Family Clinic | 2019 - Present", "Acute Care"),
    ("Clerk | Pinecrest Imaging Supplies | 2019 - Present", "Healthcare"),
])
def test_an_employer_of_another_kind_names_none(full: Vocabulary, header: str,
                                                asked: str) -> None:
    assert asked not in _header_report(header, asked, full)


def test_a_broader_ask_is_met_by_the_narrower_ask_met_in_other_words(
        full: Vocabulary) -> None:
    r = bullets_report(["Found shorts and open neutrals with a meter and got circuits back on"],
                       asks("Electrical Troubleshooting", "Troubleshooting"), full)
    assert {"Electrical Troubleshooting", "Troubleshooting"} <= set(shown(r)), shown(r)
    assert "Troubleshooting" not in r.missing_required


def test_a_narrower_ask_is_not_met_by_the_broader_one(full: Vocabulary) -> None:
    r = bullets_report(["Troubleshot packaging lines and got them running"],
                       asks("Troubleshooting", "Electrical Troubleshooting"), full)
    assert "Electrical Troubleshooting" not in shown(r), shown(r)


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Helped residents bathe, dress and eat breakfast before therapy", "Feeding Assistance"),
    ("Help clients shower and shave three mornings a week", "Bathing Assistance"),
    ("Helped clients shower and shave three mornings a week", "Grooming Assistance"),
    ("Assisted patients with meals, walking and getting to the bathroom", "Ambulation"),
    ("Assisted patients with meals, walking and getting to the bathroom",
     "Toileting Assistance"),
    ("Help my residents get dressed and walk to activities", "Dressing Assistance"),
    ("Turned all bed-bound residents every two hours", "Pressure Injury Prevention"),
    ("Floated heels and changed briefs on rounds", "Pressure Injury Prevention"),
    ("Brought in 40 new clients through the chamber and word of mouth", "Lead Generation"),
    ("Dug up new business with contractors across three counties", "Prospecting"),
    ("Added mats and grills to most patio set sales", "Upselling"),
    ("Over 40% of our households carry two or more policies", "Cross-selling"),
])
def test_a_care_aide_s_and_a_seller_s_words_show_the_skill(full: Vocabulary, bullet: str,
                                                         asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked in shown(r), shown(r)


@pytest.mark.parametrize(("bullet", "asked"), [
    # Customers walked through options, a colleague helped with meals for an event.
    ("Helped customers walk through financing options", "Ambulation"),
    ("Helped the chef with meals for a 200-guest wedding", "Feeding Assistance"),
    ("Assisted the team with showers of paperwork at month-end", "Bathing Assistance"),
    # Pages turned, no patient; a new account opened for the bank is not found.
    ("Turned around every report within two days", "Pressure Injury Prevention"),
    ("Opened new checking accounts for walk-in members", "Lead Generation"),
    # Added to one order: not most buyers.
    ("Added a rush fee to the order", "Upselling"),
])
def test_words_that_only_look_like_care_or_selling_show_nothing(full: Vocabulary, bullet: str,
                                                                asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked not in shown(r), shown(r)
