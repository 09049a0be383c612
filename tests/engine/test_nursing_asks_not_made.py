"""Asks a nursing or care posting does not make, and the care words it does ask.

Fresh postings for a dialysis nurse, a long-term-care LPN, a school nurse, an OR
circulator and an emergency department tech showed asks no careful reader would list:
the nurse an aide reports to read as an RN licence, a list of prepositions ("before,
during and after") read as a skill, the conditions of the people cared for read as
skills, a training program finished read as the HR skill of running one, and a
dialysis nurse's credential letters read as a software term. Each test is on text
written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_the_nurse_a_change_is_reported_to_is_no_licence_asked() -> None:
    aide = _asks("Patient Care Assistant\nHarbor Point Rehab\n\nWhat you will do\n"
                 "- Report changes in a patient's skin or appetite to the RN or LPN on shift\n"
                 "- Notify the charge RN right away when a patient falls\n"
                 "- Take vital signs and help with meals\n\nRequirements\n"
                 "- Current CNA certification\n")
    assert "Vital Signs" in aide
    assert "Registered Nurse" not in aide
    assert "Licensed Practical Nurse" not in aide
    # Asked as the hire's own licence, the letters stay an ask.
    nurse = _asks("Charge Nurse\n\nRequirements\n- Active LPN license in good standing\n"
                  "- Report changes in condition to the attending physician\n")
    assert "Licensed Practical Nurse" in nurse
    # Only a credential's letters are the nurse told: a system updated stays asked.
    office = _asks("Medical Assistant\n\nDuties\n- Room patients and update the EHR after"
                   " every visit\n- Give injections\n")
    assert "Electronic Health Records" in office
    sales = _asks("Inside Sales Rep\n\nDuties\n- Call 60 leads a day and update the CRM"
                  " after every call\n- Book meetings for account executives\n")
    assert "Customer Relationship Management" in sales


def test_a_list_of_small_words_is_no_skill() -> None:
    asks = _asks("Hemodialysis Nurse\n\nDuties\n- Assess patients before, during and after"
                 " each hemodialysis treatment\n- Weigh patients on arrival\n")
    assert "Hemodialysis" in asks
    assert not {"During", "Before", "After"} & set(asks)


def test_the_conditions_of_the_people_served_are_no_asks() -> None:
    asks = _asks("School Nurse\n\nA day in your shoes\nYou will draft individualized health"
                 " plans for pupils with asthma, diabetes, seizures and severe allergies,"
                 " and coach teachers to carry them out.\n")
    assert "Individualized Healthcare Plans" in asks
    assert not [n for n in asks if n.lower().rstrip("s") in {
        "asthma", "diabete", "seizure", "severe allergie"}]
    # The conditions a clinician treats are the expertise asked.
    therapist = _asks("Behavioral Health Therapist\n\nDuties\n- Run therapy groups\n"
                      "- Write treatment plans\n\nRequirements\n- Experience treating"
                      " clients with PTSD, depression and substance use disorders\n")
    assert "Depression" in therapist
    # After a helping verb the list is the help given, and stays asked.
    aide = _asks("Resident Aide\n\nWhat you will do\n- Help residents with bathing,"
                 " dressing and grooming\n- Answer call lights promptly\n")
    assert {"Bathing Assistance", "Dressing", "Grooming"} <= set(aide)
    # A plan the people have, asked by its letters, stays an ask.
    teacher = _asks("Preschool Aide\n\nDuties\n- Support toddlers with IFSPs beside the"
                    " early intervention team\n- Plan circle time\n")
    assert "IFSP" in teacher or "IFSPs" in teacher


def test_a_training_program_completed_is_schooling_not_the_hr_skill() -> None:
    aide = _asks("Nurse Aide\n\nRequirements\n- Completion of a state-approved nurse aide"
                 " training program\n- Current CPR card\n")
    assert "Training programs" not in aide
    trainer = _asks("Learning Specialist\n\nDuties\n- Design and deliver training programs"
                    " for new hires\n")
    assert "Training programs" in trainer
    # A program others complete is the hire's to run.
    benefits = _asks("Benefits Coordinator\n\nDuties\n- Encourage employees to complete the"
                     " wellness program\n- Answer benefits questions\n")
    assert "Employee Wellness" in benefits


DIALYSIS = """Dialysis Nurse
Lakeside Renal Care

Duties
- Cannulate fistulas and grafts and manage central venous catheter access
- Give heparin and IV iron per orders and monitor blood pressure during treatment
- Teach home dialysis and renal diet

Requirements
- Current RN license and BLS
- CNN (Certified Nephrology Nurse) or CDN preferred
"""


def test_a_nephrology_nurses_letters_are_no_software_term() -> None:
    asks = _asks(DIALYSIS)
    assert "Cannulation" in asks
    assert "Content Delivery Networks" not in asks
    assert asks.get("CDN") is False  # the dialysis nurse's credential, preferred
    # The catheter's access is no network's access management.
    assert "Identity and Access Management" not in asks
    web = _asks("Web Platform Engineer\n\nRequirements\n- Put our site behind a CDN\n"
                "- Terraform, Kubernetes and AWS\n- Tune caching and load balancing\n")
    assert "Content Delivery Networks" in web


def test_surgery_a_robot_assists_is_no_industrial_robotics() -> None:
    asks = _asks("OR Nurse\n\nPreferred\n- Experience with robotic-assisted surgery\n"
                 "\nRequirements\n- Two years as an OR circulator\n- Lead the time-out and"
                 " run surgical counts\n")
    assert "Robotics" not in asks
    assert asks.get("Robotic-Assisted Surgery") is False
    assert {"OR Circulating", "Surgical Time-Out", "Surgical Counts"} <= set(asks)
    # A plumber's circulator pumps and a study's consents are no OR nursing.
    plumber = _asks("Service Plumber\n\nDuties\n- Replace circulator pumps and zone valves"
                    " on hydronic boilers\n- Solder copper lines\n")
    research = _asks("Clinical Research Coordinator\n\nDuties\n- Verify consent for every"
                     " study participant before the first visit\n- Enter data in REDCap\n")
    assert "OR Circulating" not in plumber
    assert "Surgical Consent Verification" not in research


def test_an_aides_call_lights_are_no_phone_support() -> None:
    asks = _asks("Patient Care Tech\n\nDuties\n- Answer call lights and help with"
                 " patient turning and ambulation\n- Teach carb counting to new diabetics\n")
    assert "Phone Support" not in asks
    assert {"Call Lights", "Repositioning", "Ambulation Assistance",
            "Carbohydrate Counting"} <= set(asks)


def test_the_crew_a_nurse_supervises_is_named_by_its_job_not_asked() -> None:
    asks = _asks("Charge Nurse\n\nDuties\n- Supervise patient care technicians on the unit\n"
                 "- Provide patient care to six patients\n")
    assert asks.get("Patient Care") is True  # asked where the nurse gives it
    snippet = {s.name: s.snippet for s in analyse_posting(
        "Charge Nurse\n\nDuties\n- Supervise patient care technicians on the unit\n"
        "- Triage walk-in patients\n").skills}
    assert "Patient Care" not in snippet


def test_a_schools_grades_spelled_out_are_no_teaching_ask() -> None:
    asks = _asks("School Nurse\n\nWhat you will do\n- Run the health office for our 400"
                 " students, kindergarten through sixth grade\n- Track immunization records\n")
    assert "Kindergarten Teaching" not in asks
    teacher = _asks("Kindergarten Teacher\n\nDuties\n- Teach kindergarten literacy and math\n")
    assert "Kindergarten Teaching" in teacher

