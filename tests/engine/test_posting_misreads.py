"""Words a posting writes that are no ask: another field's credential, a state code, a
worker's title, the employer's name on a long title line."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting

CLINIC = (
    "Medical Assistant\n\nWhat you'll do\n- Room patients, take vital signs and give "
    "injections\n- Draw blood by venipuncture and run EKGs\n- Document visits in Epic\n\n"
    "Requirements\n- Current CMA (AAMA), RMA or CCMA certification\n- BLS for healthcare "
    "providers\n")


def asked(text: str) -> set[str]:
    a = analyse_posting(text)
    return {s.name for s in a.skills} | set(a.certifications)


def test_an_acronym_of_another_fields_credential_is_not_read() -> None:
    found = asked(CLINIC)
    assert "Certified Management Accountant" not in found
    assert "Certified Clinical Medical Assistant" in found


def test_a_state_code_after_a_town_is_no_skill() -> None:
    text = ("Dental Assistant (Full Time) — Cedar Hills Family Dentistry, Beaverton, OR\n\n"
            "Requirements\n- Two years of chairside experience\n- CPR/BLS\n")
    a = analyse_posting(text)
    assert "Operating Room" not in {s.name for s in a.skills}
    assert a.title == "Dental Assistant (Full Time)"
    assert a.company == "Cedar Hills Family Dentistry"
    assert not {"Hills Family Dentistry", "Beaverton"} & {s.name for s in a.skills}


def test_a_workers_title_is_no_skill_but_a_duty_to_workers_is() -> None:
    found = asked("Executive Housekeeper\n\nWhat you will be doing\n- Lead a team of 40 "
                  "room attendants and housepersons\n- Train new hires on cleaning "
                  "procedures\n")
    assert "Room attendant" not in found
    assert "Staff training" in found


def test_an_acronym_inside_another_credentials_name_is_that_credential() -> None:
    a = analyse_posting("Lead Preschool Teacher\n\nQualifications:\n* Associate degree in Early "
                        "Childhood Education, or a CDA credential\n* Pediatric First Aid/CPR\n")
    assert "Child Development Associate" in a.certifications
    assert "Certified Dental Assistant" not in a.certifications
    # "Pediatric First Aid" asks for first aid, not for pediatrics.
    assert "Pediatrics" not in {s.name for s in a.skills}


def test_an_acronym_the_posting_spells_its_own_way_is_read_in_that_sense() -> None:
    text = ("Staff Nurse - Labor & Delivery\n\nRequirements\n- Current RN license\n"
            "- One year of L&D experience preferred\n")
    skills = {s.name: s.required for s in analyse_posting(text).skills}
    assert "Learning and Development" not in skills
    assert skills.get("Labor and Delivery") is False
    # Without the words, "L&D" keeps the vocabulary's own sense.
    hr = {s.name for s in analyse_posting(
        "HR Generalist\n\nRequirements\n- Experience running L&D programmes\n").skills}
    assert "Learning and Development" in hr


def test_small_words_spell_no_letter_of_an_acronym() -> None:
    text = ("Data Analyst\n\nRequirements\n- Statistical programming in SAS or R\n\n"
            "We serve American Samoa and Swains Island.\n")
    assert "SAS" in {s.name for s in analyse_posting(text).skills}


def test_the_employer_by_the_first_word_of_its_name_is_no_ask() -> None:
    text = ("Maintenance Electrician | Apex Packaging | Greenville, SC\n\nRequirements\n"
            "- Troubleshoot VFDs and motor controls\n- Read ladder logic\n\n"
            "Apex is a drug-free workplace. At Apex we believe safety is everyone's job.\n")
    a = analyse_posting(text, company="Apex Packaging")
    assert "Apex" not in {s.name for s in a.skills}
    # A developer's posting that asks for the language of that name still asks for it.
    dev = analyse_posting("Salesforce Developer\n\nRequirements\n- Write Apex triggers and "
                          "Lightning components\n", company="Apex Packaging")
    assert "Apex" in {s.name for s in dev.skills}


def test_an_object_the_posting_judges_rather_than_names_is_no_ask() -> None:
    text = ("Sales Associate\n\nYou'll greet customers, recommend the right boots, packs and "
            "layers, and fit hiking boots. You will choose appropriate tools for each repair "
            "and process returns and exchanges.\n")
    names = {s.name.casefold() for s in analyse_posting(text).skills}
    assert not any(n.startswith(("right ", "appropriate ")) for n in names), names
    assert "returns and exchanges" in names


def test_chance_initials_in_a_title_leave_an_acronym_asked() -> None:
    text = "Senior Quality Lead\n\nRequirements\n- 3 years of SQL experience\n"
    assert "SQL" in {s.name for s in analyse_posting(text).skills}


def test_a_skill_named_like_the_employer_is_still_asked() -> None:
    a = analyse_posting("Scheduler\n\nRequirements\n- Epic is required.\n",
                        company="Epic Health Partners")
    assert "Epic" in {s.name for s in a.skills}


def test_physical_demands_and_other_senses_of_a_verb_are_no_asks() -> None:
    text = ("Store Lead\n\nResponsibilities\n- Open the store two mornings a week\n"
            "- Interpret lab results for the pharmacist\n- Perform lifting and carrying "
            "tasks and use attendance and scheduling tools\n")
    names = {s.name for s in analyse_posting(text).skills}
    assert not names & {"Opening", "Interpreting", "Lifting", "Carrying", "Attendance"}
    # The kinds of a plain head that name work still do.
    ops = analyse_posting("SRE\n\nResponsibilities\n- Use automation and monitoring tools\n")
    assert {"Automation", "Monitoring"} <= {s.name for s in ops.skills}
