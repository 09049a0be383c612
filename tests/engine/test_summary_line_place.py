"""Where the summary line stands and which job title it names, read as an employer
reads the top of a tailored resume:

* under a resume's own SUMMARY or PROFILE paragraph, as that summary's last line, not
  as an untitled line stacked above its heading; every export puts it there too;
* under a headline written below the name, never between the two;
* right under the contact block when the resume opens with its skills or its work;
* of a title written as two jobs at once ("Field Engineer / Assistant
  Superintendent"), the half the posting names, and never a half that names a task
  ("Night Audit") rather than a person.
"""

from __future__ import annotations

from datetime import date

from tailor_app.export.layout import build_layout
from tailor_app.export.text_writers import markdown_text
from tailor_app.tailoring.compose.render import summary_place
from tailor_app.tailoring.compose.summary import line_title
from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

_OWN_PROFILE = (
    "Lena Morrow\nlena.morrow@example.com | 555-0142\n\n"
    "PROFILE\n"
    "Bookkeeper for small contractors who keeps the ledger clean and the bills paid on time.\n\n"
    "EXPERIENCE\n"
    "Bookkeeper, Plumb Line Builders, Fargo, ND | 2021 – Present\n"
    "- Enter vendor bills and run check runs twice a month in QuickBooks Online\n"
    "- Reconcile three bank accounts and the company credit card each month\n"
    "- Prepare 1099s for 40 subcontractors every January\n"
    "- Track job costs by project and send monthly reports to the owner\n"
    "- Invoice general contractors on progress billing schedules\n\n"
    "Office Assistant, Red River Dental, Moorhead, MN | 2017 – 2021\n"
    "- Answered a four-line phone and scheduled patient appointments\n"
    "- Posted insurance payments and mailed patient statements\n"
    "- Ordered office supplies and kept the break room stocked\n\n"
    "EDUCATION\nA.A.S. Accounting, Minnesota State Community and Technical College, 2017\n\n"
    "SKILLS\nQuickBooks Online, Excel\n")
_BOOKKEEPER_POSTING = (
    "Full-Charge Bookkeeper\nRequirements\n- Bank reconciliations\n- QuickBooks Online\n"
    "- 1099 preparation\n- Accounts payable\n- 2+ years of bookkeeping experience\n")


def test_the_line_closes_the_resumes_own_profile() -> None:
    result = tailor(_OWN_PROFILE, _BOOKKEEPER_POSTING, today=TODAY)
    assert result.guard.ok and result.summary
    text = result.text
    profile = text.index("PROFILE")
    own = text.index("Bookkeeper for small contractors")
    line = text.index(result.summary)
    work = text.index("EXPERIENCE")
    assert profile < own < line < work, text
    # The Markdown export puts it in the same place.
    markdown = markdown_text(result.tailored, result.summary)
    assert markdown.index("PROFILE") < markdown.index(result.summary[:20]) < markdown.index(
        "EXPERIENCE"), markdown
    assert build_layout(result.tailored, result.summary).summary_at == 1


def test_the_line_stands_under_the_contact_block_without_a_summary() -> None:
    resume = _OWN_PROFILE.replace(
        "PROFILE\nBookkeeper for small contractors who keeps the ledger clean and the bills "
        "paid on time.\n\n", "")
    result = tailor(resume, _BOOKKEEPER_POSTING, today=TODAY)
    assert result.guard.ok and result.summary
    text = result.text
    assert text.index(result.summary) < text.index("EXPERIENCE") < text.index("Plumb Line")
    assert text.index("lena.morrow@example.com") < text.index(result.summary)
    assert summary_place(result.tailored, result.summary) == 0


def test_a_headline_under_the_name_keeps_its_place_above_the_line() -> None:
    resume = ("Rosa Delgado\nrosa.delgado@example.com | 555-0178\n\n"
              "Class A CDL · Hazmat endorsement · clean MVR\n\n"
              "EXPERIENCE\n"
              "Regional Driver, Prairie Freight, Omaha, NE | 2019 – Present\n"
              "- Haul refrigerated loads across six states and keep logs in Samsara ELD\n"
              "- Do pre-trip and post-trip inspections and write DVIRs\n")
    posting = ("Regional CDL-A Driver\nRequirements\n- Class A CDL\n- Hazmat endorsement\n"
               "- ELD logs\n- Pre-trip inspections\n- Reefer experience\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok and result.summary
    text = result.text
    assert text.index("Class A CDL · Hazmat") < text.index(result.summary) < text.index(
        "EXPERIENCE"), text


def test_a_slash_title_names_the_half_the_posting_asks_for() -> None:
    title = "Field Engineer / Assistant Superintendent"
    assert line_title(title, "Assistant Superintendent") == "Assistant Superintendent"
    assert line_title(title, "Field Engineer - Civil") == "Field Engineer"
    assert line_title(title, "Project Manager") == "Field Engineer"


def test_a_half_that_names_a_task_is_no_title() -> None:
    assert line_title("Night Audit / Front Desk Agent", "Night Auditor") == "Front Desk Agent"
    assert line_title("Payroll / Benefits", "Payroll Specialist") == "Payroll / Benefits"
    assert line_title("Registered Nurse, Medical-Surgical Unit", None) == "Registered Nurse"
    # "Project" names no person (review Y1): the half that does
    assert line_title("Project / Site Engineer", "Project Coordinator") == "Site Engineer"
    assert line_title("Architect / Project Lead", "Architect") == "Architect"


def test_a_fragment_pointing_at_people_is_no_item() -> None:
    # Lead's L1: "experience in link them with SUD treatment" is a torn-off deed.
    from tailor_app.tailoring.compose.summary import _speaks_of_someone

    assert _speaks_of_someone("link them with SUD treatment")
    assert _speaks_of_someone("our vendors")
    assert not _speaks_of_someone("SUD treatment")
    assert not _speaks_of_someone("themes and layouts")
    # Review Y2: a country or a state in capitals is no pronoun.
    assert not _speaks_of_someone("US GAAP")
    assert not _speaks_of_someone("ME licensure")


def test_the_line_leads_with_the_asked_half_of_a_slash_title() -> None:
    resume = ("Omar Haddad\nomar.haddad@example.com\n\n"
              "EXPERIENCE\n"
              "Field Engineer / Assistant Superintendent, Keystone Builders | 2020 – Present\n"
              "- Coordinate 15 subcontractors a week and update the three-week look-ahead\n"
              "- Keep daily logs and track RFIs and submittals in Procore\n"
              "- Lead the weekly toolbox talk\n")
    posting = ("Assistant Superintendent\nRequirements\n- Subcontractor coordination\n"
               "- Daily logs\n- RFIs\n- Submittals\n- Procore\n- Toolbox talks\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    assert (result.summary or "").startswith("Assistant Superintendent with "), result.summary


def test_a_posting_word_for_a_person_is_no_skill_of_the_line() -> None:
    # "provider" read from "assist the provider during procedures" is no item of
    # "experience in …"; a known thing in -er is still one.
    from tailor_app.tailoring.compose.summary import _a_person_read
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    assert _a_person_read("provider", vocabulary)
    assert _a_person_read("customer", vocabulary)
    assert not _a_person_read("printer", vocabulary)
    assert not _a_person_read("phlebotomy", vocabulary)
    assert not _a_person_read("forklift", vocabulary)
    assert _a_person_read("vendors", vocabulary)
    assert not _a_person_read("protractor", vocabulary)  # a thing, not a person
    assert not _a_person_read("dispatcher", vocabulary)  # the vocabulary's skill


def test_a_skills_line_under_the_name_stays_below_the_line() -> None:
    resume = ("Haruto Sato\nharuto.sato@example.com | 555-0190\n\n"
              "Skills: QuickBooks Online, Excel, Gusto\n\n"
              "Office Manager, Cedar Family Dental, Portland, OR | 2020 – Present\n"
              "- Run payroll for 12 staff in Gusto and pay vendor bills in QuickBooks Online\n"
              "- Order office and clinical supplies within a monthly budget\n")
    posting = ("Office Manager\nRequirements\n- Payroll\n- QuickBooks Online\n- Ordering "
               "supplies\n- Budgeting\n- Accounts payable\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok and result.summary
    assert result.text.index(result.summary) < result.text.index("Skills: "), result.text


def test_a_credential_held_since_a_year_is_a_headline() -> None:
    resume = ("Noor Haddad\nDayton, OH | 937-555-0133 | noor.haddad@example.com\n\n"
              "Certified Nursing Assistant — Ohio Nurse Aide Registry, listed since 2021\n"
              "CPR and First Aid (American Red Cross), current through 2027\n\n"
              "EXPERIENCE\n"
              "Certified Nursing Assistant, Maple Grove Care Center, Dayton, OH\n"
              "Jun 2021 - Present\n"
              "- Help 12 residents a shift with bathing, dressing and toileting\n"
              "- Transfer residents with a gait belt and a Hoyer lift\n"
              "- Take vital signs and chart them in PointClickCare\n"
              "- Report changes in condition to the charge nurse\n\n"
              "Dietary Aide, Maple Grove Care Center, Dayton, OH\n"
              "Jan 2019 - May 2021\n"
              "- Served meal trays and recorded intake for 40 residents\n"
              "- Checked each tray against the diet order and allergy list\n"
              "- Washed dishes, sanitized carts and stocked the kitchenette\n\n"
              "EDUCATION\nState-tested nurse aide program, Sinclair Community College, 2021\n")
    posting = ("Certified Nursing Assistant\nRequirements\n- Bathing\n- Toileting\n- Gait belt\n"
               "- Hoyer lift\n- Vital signs\n- PointClickCare\n- State nurse aide registry\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok and result.summary
    text = result.text
    assert text.index("Ohio Nurse Aide Registry") < text.index(result.summary) < text.index(
        "EXPERIENCE"), text


_SIDEBAR_FIRST = (
    "DARIUS OKONJO\nIndustrial Millwright\n\n"
    "CONTACT\n(612) 555-0148\ndarius.okonjo@example.com\nBloomington, MN\n\n"
    "SKILLS\nLaser shaft alignment\nVibration analysis\nGearbox rebuilds\nMIG welding\n\n"
    "EXPERIENCE\n"
    "Millwright\nNorthstar Grain Processing, Minneapolis, MN\n2019 – Present\n"
    "- Align pumps and fans with a laser alignment kit after every motor change\n"
    "- Rebuild gearboxes and replace bearings on conveyors and bucket elevators\n"
    "- Take monthly vibration readings and write up bad bearings before they fail\n\n"
    "Maintenance Helper\nTwin Lakes Bottling, St. Paul, MN\n2016 – 2019\n"
    "- Greased chains and changed belts on two bottling lines\n")
_MILLWRIGHT_POSTING = (
    "Millwright\nRequirements\n- Laser shaft alignment\n- Vibration analysis\n- Gearbox "
    "rebuilds\n- Bearing replacement\n- Conveyors\n- MIG welding\n")


def test_the_line_stands_below_contact_details_written_under_their_own_heading() -> None:
    # A two-column resume read as text: its sidebar's CONTACT section follows the name.
    # The line about the work goes under the phone and e-mail, not between them and
    # the name (the name and title, then the line, then the rest of the contact).
    result = tailor(_SIDEBAR_FIRST, _MILLWRIGHT_POSTING, today=TODAY)
    assert result.guard.ok and result.summary
    text = result.text
    line = text.index(result.summary)
    assert text.index("darius.okonjo@example.com") < text.index("Bloomington, MN") < line
    assert line < text.index("EXPERIENCE"), text
    assert summary_place(result.tailored, result.summary) == 1
    assert build_layout(result.tailored, result.summary).summary_at == 1
