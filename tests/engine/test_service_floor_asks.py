"""The everyday asks of a store's front end and floor, a banquet crew and a seller, as
a posting tells them (recall14, Dec 6): a shift told as a list of "-ing" duties after a
verb of moving ("you'll be stocking the dairy case, bagging orders and greeting
shoppers"), and the work named by its deed in the vocabulary (greeting customers,
bagging, facing, product date checks, PLU codes, shelf tags, pricing, closing contracts,
qualifying shoppers, following up on estimates, breaking down events). Every text is
written for the test.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    analysis = analyse_posting(text)
    return {s.name for s in analysis.skills} | set(analysis.certifications)


@pytest.mark.parametrize(("posting", "wanted"), [
    ("Cashier\n\nIn a shift you'll be stocking the dairy case, bagging orders and "
     "greeting shoppers at the door.\n", {"Grocery bagging", "Customer greeting"}),
    ("Night Stocker\n\nYou'll be unloading pallets, pulling expired product and "
     "facing shelves before we open.\n", {"Product date checks", "Shelf facing"}),
    ("Prep Cook\n\nYou'll be keeping the reach-ins stocked and tidy, labeling and dating "
     "every container and taking temps twice a shift.\n", {"Food Labeling and Dating"}),
])
def test_duties_listed_after_a_verb_of_moving_are_asks(posting: str, wanted: set[str]) -> None:
    # A shift told as a list: the first duty moves goods, the next ones are duties of
    # their own, not more goods moved.
    assert wanted <= _asked(posting)


def test_goods_after_a_verb_of_moving_still_ask_nothing() -> None:
    # One "-ing" word among goods is a good ("roofing"); the goods stay unasked.
    names = _asked("Yard Associate\n\nDuties\n- Loading flatbeds with lumber, drywall and "
                   "roofing\n")
    assert "Roofing" not in names


def test_a_front_end_duty_list_names_each_task() -> None:
    names = _asked("Front End Clerk\n\nDuties\n- Price merchandise and hang sale tags\n"
                   "- Look up PLU codes at the scale\n- Check ID for tobacco sales\n"
                   "- Build endcaps for the weekly ad\n")
    assert {"Price Changes and Markdowns", "Shelf tags", "PLU codes", "Age Verification",
            "Endcap displays"} <= names


def test_things_a_store_buys_are_no_tagging_ask() -> None:
    names = _asked("Route Sales Rep\n\nWe sell shelf labels and price guns to independent "
                   "grocers across the state.\n\nRequirements\n- Valid driver's license\n")
    assert "Shelf tags" not in names
    assert "Price Changes and Markdowns" not in names


def test_written_english_asks_written_communication() -> None:
    names = _asked("Support Agent\n\nRequirements\n- Excellent written English\n"
                   "- Typing speed of 45 WPM\n")
    assert "Written Communication" in names


def test_a_sellers_contracts_shoppers_and_estimates() -> None:
    names = _asked("Showroom Consultant\n\nWhat you'll do\n- Close new contracts every month\n"
                   "- Qualify shoppers before the design consult\n"
                   "- Follow up on open estimates within two days\n")
    assert {"Deal Closing", "Lead Qualification", "Lead Follow-Up"} <= names


def test_a_banquet_crews_rooms_set_up_and_broken_down() -> None:
    names = _asked("Banquet Houseman\n\nDuties\n- Set up function rooms for each group\n"
                   "- Break down ballrooms after the last event\n")
    assert {"Banquet Setup", "Event breakdown"} <= names


def test_lost_packages_are_tracked() -> None:
    names = _asked("Support Associate\n\nYou'll answer chats and track down lost packages "
                   "with the carriers.\n")
    assert "Shipment Tracking" in names


@pytest.mark.parametrize("line", [
    "Stay calm and patient with frustrated shoppers at the returns desk",
    "Handle irate callers without raising your voice",
    "Soothe unhappy diners and comp a dessert when it fits",
    "Handle billing disputes and upset tenants with tact",
])
def test_calming_upset_people_asks_de_escalation(line: str) -> None:
    assert "De-escalation" in _asked(f"Service Associate\n\nDuties\n- {line}\n")


def test_difficult_deadlines_are_no_one_to_calm() -> None:
    names = _asked("Project Coordinator\n\nDuties\n- Manage difficult timelines and demanding "
                   "deadlines\n- Keep the schedule in Smartsheet\n")
    assert "De-escalation" not in names


@pytest.mark.parametrize("line", [
    "Answer calls, emails and chats from policyholders",
    "Work a queue of tickets, emails and chats every shift",
    "Help riders by phone, email and chat",
])
def test_a_support_desks_listed_channels_are_each_asked(line: str) -> None:
    names = _asked(f"Member Support Agent\n\nDuties\n- {line}\n")
    assert {"Email support", "Live chat"} <= names


def test_an_offices_phones_and_emails_ask_no_email_support() -> None:
    names = _asked("Office Assistant\n\nDuties\n- Answer phones and emails from parents\n"
                   "- Keep the front desk calendar\n")
    assert "Email support" not in names


def test_chat_support_and_live_chat_are_one_skill() -> None:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    named = {vocabulary.lookup(n).name for n in ("chat support", "live chat support", "live chat")}
    assert named == {"Live chat"}


def test_a_product_in_capitals_after_its_software_kind_is_asked() -> None:
    # "our POS (STORIS)": the system the job uses, not who grants "POS".
    names = _asked("Showroom Sales Associate\n\nDuties\n- Ring up every sale in our POS "
                   "(RICS)\n- Keep the floor tagged\n")
    assert "RICS" in names


def test_a_credentials_grantor_in_brackets_is_still_no_ask() -> None:
    names = _asked("Medical Assistant\n\nRequirements\n- CMA (AAMA) required\n")
    assert "AAMA" not in names


@pytest.mark.parametrize("line", [
    "Greet arriving guests at the porte-cochere",
    "Greet every shopper who walks in",
    "Greet walk-in customers and find out what they are looking for",
])
def test_greeting_a_place_of_services_people_is_asked(line: str) -> None:
    assert "Customer greeting" in _asked(f"Floor Associate\n\nDuties\n- {line}\n")


def test_an_employers_own_greeting_is_no_ask() -> None:
    names = _asked("Sales Associate\n\nAt Penrose Outfitters we greet every customer by name "
                   "and have since 1961.\n\nRequirements\n- Retail sales experience\n")
    assert "Customer greeting" not in names


def test_a_demanding_client_is_no_one_to_calm() -> None:
    names = _asked("Account Manager\n\nDuties\n- Manage demanding clients and their renewals\n"
                   "- Keep forecasts current in Salesforce\n")
    assert "De-escalation" not in names


@pytest.mark.parametrize("line", [
    "Manage difficult patient cases with the physician",
    "Handle difficult customer returns and exchanges",
    "Manage demanding client accounts and deadlines",
])
def test_a_person_word_describing_a_thing_is_no_one_to_calm(line: str) -> None:
    # The cases, the returns and the accounts are what is difficult, not a person.
    names = _asked(f"Analyst\nAcme - Madison, WI\n\nDuties\n- {line}\n- Keep records\n")
    assert "De-escalation" not in names


def test_an_upset_guest_at_a_hotel_desk_is_still_calmed() -> None:
    names = _asked("Night Auditor\n\nDuties\n- Handle angry guests at 2 a.m. calmly\n")
    assert "De-escalation" in names
