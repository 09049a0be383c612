"""A posting's ask shown by the resume in everyday words of the trade.

A posting names a duty by its noun ("guest check-in", "night audit", "legal research",
"cold calling"); a resume tells the same work as a deed or in the floor's own words
("checked guests in and out", "ran the overnight audit", "researched case law on
Westlaw", "made 80 dials a day"). Where the two are the same work the vocabulary files
them as one skill (`~` other names) or the tool as a narrower one (Westlaw shows legal
research, Relativity e-discovery, Photoshop the Adobe suite); a related but different
skill stays missing. Every sentence here was written for this test, none copied from a
posting or resume.
"""

from __future__ import annotations

from datetime import date

import pytest
from match_probe import unmet
from skill_names import names

from tailor_app.tailoring import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


# (the posting's words, the resume's words for the same work)
SAME_WORK = [
    ("Handle guest check-in and check-out.", "Checked guests in and out of a 90-room inn."),
    ("Complete the night audit.", "Ran the overnight audit four nights a week."),
    ("Manage room reservations.", "Changed and cancelled room bookings by phone."),
    ("Perform accurate data entry.", "Data entry of 200 orders a day."),
    ("Record prepaid expenses.", "Booked prepaids and amortized them monthly."),
    ("Follow opening and closing procedures.", "Opened and closed the store on weekends."),
    ("Support loss prevention.", "Caught two shoplifters and filed incident reports."),
    ("Follow sanitation standards.", "Kept the dish station clean and sanitized."),
    ("Rotate stock using FIFO.", "Dated and rotated product in the walk-in."),
    ("Manage tenant improvements.", "Ran tenant build-outs for three office floors."),
    ("Charge refrigerant to spec.", "Recharged refrigerant on rooftop units."),
    ("Conduct legal research.", "Researched case law for motions in limine."),
    ("Conduct legal research.", "Pulled statutes and cases on Westlaw."),
    ("Manage e-discovery.", "Ran review batches in Relativity."),
    ("Provide dementia care.", "Cared for residents living with dementia on a locked unit."),
    ("Make cold calls to new prospects.", "Made 90 dials a day to new prospects."),
    ("Experience with Adobe Creative Suite.", "Retouched photos in Photoshop."),
    ("Bend conduit.", "Conduit bending and installation on commercial jobs."),
    ("Follow BSA/AML procedures.", "Filed CTRs under Bank Secrecy Act rules."),
    ("Clean MVR required.", "Clean driving record for ten years."),
    ("Know DOT regulations.", "Kept every load within FMCSA rules."),
    ("Monitor CCTV.", "Watched 30 camera feeds from the security desk."),
    ("Manage work orders.", "Dispatched maintenance requests to two technicians."),
    ("Keep job sites clean.", "Cleaned up job sites and hauled debris daily."),
    ("Operate power tools.", "Broke out old slabs with a jackhammer."),
    ("Assist with concrete placement.", "Poured concrete for sidewalks and footings."),
    ("Assist with concrete finishing.", "Screeded concrete and edged the slabs."),
    ("Follow jobsite safety rules.", "Led weekly site safety walks."),
    ("Drive customer retention.", "Held gross retention at 95% across 40 accounts."),
    ("Monitor account health.", "Tracked health scores for 60 customers."),
    ("Process the purchase ledger.", "Handled accounts payable for 300 suppliers."),
    ("Maintain the sales ledger.", "Kept accounts receivable under 40 days."),
    ("Process supplier payments.", "Ran the weekly payment run by BACS."),
    ("Apply CPT codes.", "Coded office visits in CPT and ICD-10."),
    ("Review EOBs.", "Posted payments from each explanation of benefits."),
    ("Verify insurance eligibility.", "Verified coverage before every new visit."),
    ("Prepare shipping documents.", "Created BOLs and packing lists."),
    ("Maintain clinical documentation.", "Wrote progress notes within a day of each session."),
    ("Use CBT with adult clients.", "Used cognitive behavioral therapy with adults."),
    ("Perform stock replenishment.", "Restocked shelves and coolers every night."),
    ("Maintain planogram compliance.", "Set shelves to planograms after each reset."),
    ("Monitor anesthesia.", "Watched vitals on patients under anesthesia."),
    ("Provide technical support.", "Worked the help desk for 300 staff."),
    ("Use a ticketing system.", "Logged every request in ServiceNow."),
    ("Support annual giving.", "Ran the annual appeal mailing."),
    ("Assist with grant writing.", "Drafted foundation proposals that won $200K."),
    ("Send donor acknowledgments.", "Wrote thank-you letters within 48 hours of each gift."),
    ("Perform DOT annual inspections.", "Completed FMCSA annual inspections on 40 tractors."),
    ("Conduct property showings.", "Showed homes to 15 buyers a month."),
    ("Clean guest rooms.", "Turned over rooms after every checkout."),
    ("Provide companionship.", "Kept clients company on long afternoons."),
    ("Conduct phone screens.", "Ran 20 screening calls a week."),
    ("Perform patient assessments.", "Did primary and secondary surveys on every call."),
    ("Extend offers to candidates.", "Made offers to 30 engineers and closed 25."),
    ("Conduct client intake.", "Interviewed prospective clients and opened new matters."),
    ("Assist with trial preparation.", "Assembled trial binders and exhibit lists."),
]


@pytest.mark.parametrize(("ask", "shown"), SAME_WORK, ids=[s[:30] for _, s in SAME_WORK])
def test_the_resume_s_everyday_words_name_the_asked_skill(vocabulary: Vocabulary, ask: str,
                                                          shown: str) -> None:
    asked = {hit.skill.name for hit in vocabulary.find(ask)} | {
        hit.skill.name for hit in vocabulary.deeds(ask)}
    assert asked, ask
    assert asked & names(vocabulary, shown), (asked, names(vocabulary, shown))


# A related but different skill stays another skill: (resume's words, not shown).
RELATED = [
    ("Checked guests in and out of a 90-room inn.", {"Night audit", "Reservation Management"}),
    ("Ran the overnight audit four nights a week.", {"Guest check-in"}),
    ("Booked prepaids and amortized them monthly.", {"Accruals"}),
    ("Opened and closed the store on weekends.", {"Retail management"}),
    ("Pulled statutes and cases on Westlaw.", {"E-Discovery", "LexisNexis"}),
    ("Ran review batches in Relativity.", {"Legal Research"}),
    ("Retouched photos in Photoshop.", {"Adobe Illustrator", "Adobe InDesign"}),
    ("Recharged refrigerant on rooftop units.", {"Refrigerant Recovery"}),
    ("Ran tenant build-outs for three office floors.", {"Kitchen remodel"}),
    ("Made 90 dials a day to new prospects.", {"Cold Emailing"}),
    ("Filed CTRs under Bank Secrecy Act rules.", {"Know Your Customer"}),
    ("Clean driving record for ten years.", {"Class A CDL"}),
    ("Kept every load within FMCSA rules.", {"Hours of service", "ELD"}),
    ("Watched 30 camera feeds from the security desk.", {"Access Control"}),
    ("Poured concrete for sidewalks and footings.", {"Concrete finishing"}),
    ("Screeded concrete and edged the slabs.", {"Concrete placement"}),
    ("Held gross retention at 95% across 40 accounts.", {"Net Revenue Retention"}),
    ("Handled accounts payable for 300 suppliers.", {"Accounts Receivable"}),
    ("Ran the weekly payment run by BACS.", {"Vendor Management"}),
    ("Posted payments from each explanation of benefits.", {"CPT Coding"}),
    ("Used cognitive behavioral therapy with adults.", {"Dialectical Behavior Therapy"}),
    ("Restocked shelves and coolers every night.", {"Inventory Management"}),
    ("Worked the help desk for 300 staff.", {"Active Directory"}),
    ("Ran the annual appeal mailing.", {"Major Gifts"}),
    ("Drafted foundation proposals that won $200K.", {"Proposal Writing"}),
    ("Showed homes to 15 buyers a month.", {"Lead Generation"}),
    ("Turned over rooms after every checkout.", {"Laundry operations"}),
    ("Ran 20 screening calls a week.", {"Resume screening"}),
    ("Assembled trial binders and exhibit lists.", {"Trial Advocacy", "Legal Research"}),
    ("Interviewed prospective clients and opened new matters.", {"Conflict checks"}),
]


@pytest.mark.parametrize(("shown", "absent"), RELATED, ids=[s[:30] for s, _ in RELATED])
def test_a_related_skill_is_not_shown(vocabulary: Vocabulary, shown: str,
                                      absent: set[str]) -> None:
    assert not names(vocabulary, shown) & absent


# Another field's use of the words names nothing new.
ELSEWHERE = [
    ("We sanitize our tools between every client.", {"Food Safety"}),
    ("Phone dials and gauges must be read each hour.", {"Cold Calling"}),
]


@pytest.mark.parametrize(("text", "absent"), ELSEWHERE, ids=[t[:30] for t, _ in ELSEWHERE])
def test_the_words_name_nothing_else(vocabulary: Vocabulary, text: str,
                                     absent: set[str]) -> None:
    assert not names(vocabulary, text) & absent


def test_the_everyday_words_in_company_talk_ask_nothing() -> None:
    asked = analyse_posting("Retail Associate\nAbout us\nOur stores lose less to shoplifting"
                            " than any chain in the state.\n\nResponsibilities\n"
                            "- Run the register and restock shelves\n")
    assert "Loss Prevention" not in asked.required_skills + asked.preferred_skills


FRONT_DESK = """\
Rosa Kimura
rosa.k@example.com

Experience
Guest Services Agent  2022 - Present
Bayside Lodge, Monterey, CA
- Checked guests in and out and handled room bookings by phone and email
- Ran the overnight audit and balanced the cash drawer
"""


def test_a_front_desk_agent_s_words_show_the_posting_s_asks() -> None:
    posting = ("Front Desk Agent\nResponsibilities\n- Perform guest check-in and check-out\n"
               "- Complete the night audit\n- Manage room reservations\n"
               "- Operate the Opera PMS\n")
    report = tailor(FRONT_DESK, posting, today=TODAY).match_before
    matched = {m.name for m in report.matched}
    assert {"Guest check-in", "Night audit", "Reservation Management"} <= matched, matched
    assert "Opera PMS" in report.missing_required  # no property system is named


def test_whose_home_a_visit_is_in_shows_home_visits() -> None:
    """"Visited families in their homes" is a home visit; "in the warehouse" names no
    kind of the work ("Managed inventory in the warehouse" is no warehouse management)."""
    resume = ("Ana Ruiz\nana@example.com\n\nExperience\nCase Aide  2021 - Present\n"
              "Northside Family Center\n- Visited families in their homes twice a month\n"
              "- Counted stock in the warehouse each Friday\n")
    posting = ("Family Advocate\nResponsibilities\n- Complete home visits\n"
               "- Warehouse management\n")
    report = tailor(resume, posting, today=TODAY).match_before
    assert "Home visits" in {m.name for m in report.matched}
    assert "Warehouse Management" in unmet(report)


def test_verbs_sharing_an_object_each_ask_their_skill() -> None:
    """"Recover and recharge refrigerant": the last verb's words are a name of their own
    ("recharge refrigerant"), and the first verb shares its object; a describing word
    before a name the posting writes is no verb ("process insurance claims" asks the
    claims, not a processing of them)."""
    asked = analyse_posting("HVAC Technician\nResponsibilities\n"
                            "- Repair A/C systems and recover and recharge refrigerant\n")
    assert {"Refrigerant Recovery", "Refrigerant Charging"} <= set(asked.required_skills)
    claims = analyse_posting("Claims Clerk\nResponsibilities\n- Process insurance claims\n")
    assert "Claims Processing" not in claims.required_skills


def test_an_acronym_read_in_the_posting_s_own_trade() -> None:
    """A therapist's DBT is dialectical behavior therapy and a counselor's LPC a
    Licensed Professional Counselor; a data team's dbt and an English solicitor's LPC
    keep their own sense."""
    therapy = analyse_posting("Therapist\nResponsibilities\n- Lead CBT and DBT skills groups"
                              " for adult clients\nRequirements\n- LPC or LCSW license\n")
    asked = set(therapy.required_skills)
    assert {"Dialectical Behavior Therapy", "Licensed Professional Counselor"} <= asked
    assert not {"dbt", "Solicitor Qualification"} & asked
    data = analyse_posting("Analytics Engineer\nRequirements\n- Build data models in DBT and"
                           " Snowflake\n")
    assert "dbt" in data.required_skills
    law = analyse_posting("Trainee Solicitor\nRequirements\n- LPC or SQE completed, ready"
                          " for a training contract\n")
    assert "Solicitor Qualification" in law.required_skills


def test_a_counselor_s_licence_meets_the_posting_s_choice() -> None:
    resume = ("Jo Reyes\njo@example.com\n\nExperience\nTherapist  2020 - Present\n"
              "Lakeside Counseling\n- Saw 25 adult clients a week\n\nLicense\n"
              "Licensed Professional Counselor (LPC), Ohio\n")
    posting = ("Outpatient Therapist\nResponsibilities\n- Provide individual therapy\n"
               "Requirements\n- LPC or LCSW license\n- EMDR training\n")
    report = tailor(resume, posting, today=TODAY).match_before
    assert "Licensed Professional Counselor" in {m.name for m in report.matched}
    assert "LCSW" not in report.missing_required  # the posting asks for one of the two
    assert "EMDR" in " ".join(report.missing_required)


def test_a_hyphenated_compound_is_the_closed_up_name(vocabulary: Vocabulary) -> None:
    """"On-boarding" and "off-boarding" are onboarding and offboarding: the tokeniser reads
    a hyphen as a space, so the closed-up names were never read in them."""
    assert {"Onboarding", "Offboarding"} <= names(vocabulary, "Ran on-boarding and"
                                                  " off-boarding for 200 hires a year.")
    found = [h.skill.name for h in vocabulary.find("Front-end work on a state-of-the-art app")]
    assert found.count("Front-End Development") == 1
    assert names(vocabulary, "A well-known, long-standing client") == set()


WRAPPED = """\
Grace Moreno
grace@example.com

Experience
Office Coordinator  2021 - Present
Valley Dental, San Jose, CA
- Scheduled appointments and managed
  calendars for four dentists
- Prepared agendas and meeting
  minutes for staff meetings.
  Trained two new front desk hires
"""


def test_a_bullet_wrapped_by_hand_is_one_line() -> None:
    """A plain-text bullet that goes on, indented and in lower case, on the next line is
    one bullet: "managed / calendars" shows calendar management, "meeting / minutes"
    minute taking. A capitalised line after a full stop stays a line of its own."""
    posting = ("Office Coordinator\nResponsibilities\n- Manage calendars\n"
               "- Take meeting minutes\n- Process insurance claims\n")
    result = tailor(WRAPPED, posting, today=TODAY)
    bullets = result.original.sections[-1].entries[-1].bullets
    assert "Scheduled appointments and managed calendars for four dentists" in bullets
    assert "Trained two new front desk hires" in bullets
    report = result.match_before
    assert {"Calendar Management", "Minute Taking"} <= {m.name for m in report.matched}
    assert "Insurance claims" in report.missing_required
