"""The summary line reads like a line a careful person wrote."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.summary import calm_title, is_real_title
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)


def _resume(title: str, bullets: list[str], summary: str | None = None) -> str:
    own = f"SUMMARY\n{summary}\n\n" if summary else ""
    lines = "\n".join(f"• {b}" for b in bullets)
    return (f"Robin Vale\nrobin.vale@example.com\n\n{own}EXPERIENCE\n"
            f"{title}, Harbor Foods    Mar 2018 – Present\n{lines}\n")


def test_a_verb_phrase_is_not_listed_as_a_skill() -> None:
    resume = _resume("Operations Manager", [
        "Manage budgets of $2M across three sites",
        "Led vendor negotiations and cut costs 8%",
    ])
    posting = ("Operations Manager\nRequirements:\n- Budget management\n- Negotiation\n"
               "- Excel\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "manage budgets" not in result.summary.casefold()
    assert result.summary.startswith("Operations Manager with 8 years of experience")
    assert result.guard.ok


def test_a_resume_only_phrase_is_not_named_as_a_skill() -> None:
    """ "on budget" shows budgeting in a bullet, but "experience in on budget" is no
    sentence: the summary leaves such a phrase out (the resume never names budgeting)."""
    resume = _resume("Host", [
        "Seated 200 covers a night on OpenTable",
        "Delivered the patio rebuild on time and on budget",
    ])
    posting = "Host\nRequirements:\n- Budget management\n- OpenTable\n"
    result = tailor(resume, posting, today=TODAY)
    assert "Budgeting" in {m.name for m in result.match_after.matched}
    assert result.summary is not None and "OpenTable" in result.summary
    assert "on budget" not in result.summary.casefold()


def test_no_line_that_repeats_the_resumes_own_summary() -> None:
    resume = _resume("Registered Nurse", ["Triage of 40 patients a shift in Epic"],
                     summary="Registered Nurse caring for emergency patients in triage.")
    result = tailor(resume, "Registered Nurse\nRequirements: triage, Epic", today=TODAY)
    # Title and triage are in the resume's own summary: only what it does not say.
    assert result.summary == "Experience in Epic."
    assert result.text.count("Registered Nurse") == 2  # its summary and its role
    resume = resume.replace("in triage.", "in triage with Epic.")
    assert tailor(resume, "Registered Nurse\nRequirements: triage, Epic",
                  today=TODAY).summary is None


def test_a_template_heading_or_placeholder_is_no_job_title() -> None:
    for placeholder in ("Your Most Recent Work Experience", "Job Title", "Position Title",
                        "That Other Job You Had"):
        assert not is_real_title(placeholder), placeholder
    for title in ("Registered Nurse", "Head Code Ninja", "IT Administrator"):
        assert is_real_title(title), title
    resume = _resume("Job Title", ["Built Python tools for the warehouse team"])
    result = tailor(resume, "Python Developer\nRequirements: Python", today=TODAY)
    assert result.summary is None or not result.summary.startswith("Job Title")


def test_a_title_in_capitals_is_not_shouted_again() -> None:
    vocabulary = load_vocabulary()
    assert calm_title("SOFTWARE ENGINEER", vocabulary) == "Software Engineer"
    assert calm_title("HEAD OF QA", vocabulary) == "Head of QA"
    assert calm_title("IT ADMINISTRATOR", vocabulary) == "IT Administrator"
    assert calm_title("Data Analyst", vocabulary) == "Data Analyst"
    resume = _resume("SOFTWARE ENGINEER", ["Wrote Python services on AWS"])
    result = tailor(resume, "Software Engineer\nRequirements: Python, AWS", today=TODAY)
    assert result.summary is not None
    assert result.summary.startswith("Software Engineer with 8 years of experience in Python")
    assert "SOFTWARE" not in result.summary
    assert result.guard.ok


def test_a_skill_that_echoes_the_title_is_not_repeated() -> None:
    resume = _resume("Data Analyst", ["Data analysis in SQL and Tableau for 12 stores"])
    result = tailor(resume, "Data Analyst\nRequirements: data analysis, SQL, Tableau",
                    today=TODAY)
    assert result.summary is not None
    assert "data analysis" not in result.summary.casefold()
    assert "SQL" in result.summary


def test_a_title_alone_is_no_summary() -> None:
    resume = ("Robin Vale\nrobin@example.com\n\nEXPERIENCE\n"
              "Head Gardener, Kew Estate    Mar 2026 – Present\n• Pruned roses\n")
    result = tailor(resume, "Software Engineer\nRequirements: Python, Go", today=TODAY)
    assert result.summary is None


def test_a_skill_named_as_a_deed_is_left_out_or_named_properly() -> None:
    from tailor_app.tailoring.compose.summary import build_summary, is_deed
    from tailor_app.tailoring.posting.analyse import analyse_posting
    from tailor_app.tailoring.resume.parser import parse_resume

    assert is_deed("manage budgets") and is_deed("A/B tested") and is_deed("developing apps")
    assert not is_deed("patient assessment") and not is_deed("Budget Management")
    # A list of verbs, a sentence's words.
    assert is_deed("recover, evacuate and charge refrigerant")
    assert is_deed("cost to a job")
    assert not is_deed("Build Automation") and not is_deed("The Creative Curriculum")
    assert not is_deed("Studio 5000") and not is_deed("Leading Hotels of the World")
    resume = parse_resume(_resume("Operations Manager", [
        "Manage budgets of $2M and report on budget management to the board",
        "Built Excel models of supplier costs"]))
    analysis = analyse_posting("Operations Manager\nRequirements: budgets, Excel")
    # A vocabulary that names a skill by a deed (ESCO writes "manage budgets").
    line = build_summary(resume, analysis, [("manage budgets", "hard", "manage budgets"),
                                            ("Manage budgets", "hard", "Budget Management"),
                                            ("Excel", "tool", "Excel")], TODAY)
    # Named as the resume writes the name: "budget management" mid-sentence.
    assert line == ("Operations Manager with 8 years of experience in budget management "
                    "and Excel.")


def _line(resume_text: str, matched: list[tuple[str, str, str]],
          posting: str = "Coordinator\nRequirements: the job") -> str | None:
    from tailor_app.tailoring.compose.summary import build_summary
    from tailor_app.tailoring.posting.analyse import analyse_posting
    from tailor_app.tailoring.resume.parser import parse_resume

    return build_summary(parse_resume(resume_text), analyse_posting(posting), matched, TODAY)


def test_skills_are_written_as_the_resume_writes_them_mid_sentence() -> None:
    resume = _resume("Charge Nurse", ["Led wound care rounds and taught IV therapy to new hires",
                                      "Documented care plans in Epic"])
    line = _line(resume, [("wound care", "hard", "Wound Care"),
                          ("care plans", "hard", "Care plan"), ("Epic", "tool", "Epic")])
    assert line == "Charge Nurse with 8 years of experience in wound care, care plans and Epic."


def test_a_past_tense_or_a_worker_is_not_named_as_a_skill() -> None:
    resume = _resume("Office Manager", ["Took minutes at weekly board meetings",
                                        "Trained four welders on the new press brake",
                                        "Tracked supply orders in Excel"])
    line = _line(resume, [("Took minutes", "hard", "Minute Taking"),
                          ("welders", "hard", "Welding"), ("Excel", "tool", "Excel")])
    assert line == "Office Manager with 8 years of experience in Excel."


def test_a_bullet_s_opening_words_or_a_list_of_verbs_are_not_named_as_skills() -> None:
    resume = _resume("IT Support Specialist", [
        "Resolve 25–30 tickets a day in ServiceNow",
        "Recover, evacuate and charge refrigerant on rooftop units",
        "Coded every cost to a job and phase"])
    line = _line(resume, [("Resolve 25–30 tickets", "hard", "Ticket resolution"),
                          ("Recover, evacuate and charge refrigerant", "hard",
                           "Refrigerant recovery"),
                          ("cost to a job", "hard", "Job costing"),
                          ("ServiceNow", "tool", "ServiceNow")])
    # The deed is told as a deed, its count left out ("resolving tickets"), never listed
    # as the bullet writes it ("Resolve 25–30 tickets").
    assert line == ("IT Support Specialist with 8 years of experience in ServiceNow and "
                    "resolving tickets.")


def test_an_employer_s_name_is_no_experience() -> None:
    # "Site Design" is only the name of the firm the resume worked for.
    resume = ("Kai Osei\nkai@example.com\n\nEXPERIENCE\n"
              "Project Engineer, Triangle Site Design    Mar 2018 – Present\n"
              "• Drew grading plans in AutoCAD Civil 3D\n")
    line = _line(resume, [("Site Design", "hard", "Site design"),
                          ("AutoCAD Civil 3D", "tool", "AutoCAD Civil 3D")])
    assert line == "Project Engineer with 8 years of experience in AutoCAD Civil 3D."


def test_languages_are_spoken_not_experience_and_never_said_twice() -> None:
    matched = [("Excel", "tool", "Excel"), ("Spanish", "language", "Spanish"),
               ("Arabic", "language", "Arabic")]
    line = _line(_resume("Legal Assistant", ["Kept case files in Excel",
                                             "Interpreted for Spanish and Arabic clients"]),
                 matched)
    assert line == ("Legal Assistant with 8 years of experience in Excel. "
                    "Speaks Spanish and Arabic.")
    own = _resume("Legal Assistant", ["Kept case files in Excel"],
                  summary="Legal assistant for 8 years; fluent in Spanish and Arabic.")
    assert _line(own, matched) == "Experience in Excel."
    # Only languages: the line still says something a reader can use.
    assert _line(_resume("Legal Assistant", ["Interpreted for Spanish clients"]),
                 [("Spanish", "language", "Spanish")]) == (
        "Legal Assistant with 8 years of experience. Speaks Spanish.")


def test_a_language_only_studied_is_not_said_spoken() -> None:
    # A course taken, with its school, or a degree: the resume lists it; "Speaks French"
    # would claim what it does not say.
    matched = [("Excel", "tool", "Excel"), ("French", "language", "French")]
    studied = _resume("Office Coordinator", ["Kept the vendor list in Excel"]) + (
        "\nTRAINING\nConversational French, Lakeshore Community College, 2022\n")
    assert _line(studied, matched) == "Office Coordinator with 8 years of experience in Excel."
    degree = _resume("Office Coordinator", ["Kept the vendor list in Excel"]) + (
        "\nEDUCATION\nB.A. French, Carleton University, 2017\n")
    assert _line(degree, matched) == "Office Coordinator with 8 years of experience in Excel."
    # A skills list read item by item: French is listed as spoken, the course is German's.
    listed = _resume("Office Coordinator", ["Kept the vendor list in Excel"]) + (
        "\nSKILLS\nLanguages: French (fluent), German (two college courses)\n")
    assert _line(listed, matched) == (
        "Office Coordinator with 8 years of experience in Excel. Speaks French.")
    assert "German" not in (_line(listed, [("German", "language", "German")]) or "")
    # A line is schooling by its words, not its section: said under EDUCATION beside a
    # driver's license, the language is still one the resume speaks.
    beside = _resume("Office Coordinator", ["Kept the vendor list in Excel"]) + (
        "\nEDUCATION\nB.S. Biology, 2019\nDriver's license, own car. Conversational French.\n")
    assert _line(beside, matched) == (
        "Office Coordinator with 8 years of experience in Excel. Speaks French.")


def test_a_language_taught_or_interpreted_at_a_school_is_spoken() -> None:
    # Review22 T1: a teacher's lines name a school and classes; teaching the language
    # and interpreting in it are the resume writing it as spoken.
    resume = ("Dana Ruiz\ndana.ruiz@example.com\n\nEXPERIENCE\n"
              "Spanish Teacher, Lincoln High School    Aug 2016 – Jun 2024\n"
              "• Taught Spanish I-IV to classes of 30 students\n"
              "• Interpreted for Spanish-speaking parents at school conferences\n"
              "• Kept grades and attendance in PowerSchool\n")
    line = _line(resume, [("PowerSchool", "tool", "PowerSchool"),
                          ("Spanish", "language", "Spanish")])
    assert line is not None and line.endswith("Speaks Spanish."), line
    # A deed that says the language was studied is still schooling.
    studied = ("Dana Ruiz\ndana.ruiz@example.com\n\nEXPERIENCE\n"
               "Office Assistant, Lincoln High School    Aug 2016 – Jun 2024\n"
               "• Kept grades and attendance in PowerSchool\n"
               "• Took evening classes in Spanish through the district\n")
    line = _line(studied, [("PowerSchool", "tool", "PowerSchool"),
                           ("Spanish", "language", "Spanish")])
    assert "Speaks" not in (line or ""), line


def test_a_licence_is_not_taken_for_a_job_title() -> None:
    assert not is_real_title("Colorado Journeyman Electrician License #JW.0123456")
    assert not is_real_title("OSHA 30 Certified")
    assert is_real_title("Maintenance Electrician")
    assert is_real_title("Tier 2 Support Engineer")


def test_the_summary_a_job_gets_is_guarded_with_its_linking_words() -> None:
    resume = _resume("Legal Assistant", ["Kept case files in Excel",
                                         "Interpreted for Spanish and Arabic clients"])
    posting = "Legal Assistant\nRequirements:\n- Excel\n- Spanish\n- Arabic\n"
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and "Speaks Spanish and Arabic" in result.summary
    assert result.guard.ok and not result.dropped


def test_a_verb_or_a_describing_word_is_not_named_as_the_skill() -> None:
    # "Coach" and "Forecast" open a bullet as verbs (for Coaching, Forecasting), and
    # "nonconforming" describes the material, not the work (Nonconformance).
    resume = _resume("Quality Engineer", [
        "Coach new inspectors on the gauges",
        "Forecast scrap for the monthly review",
        "Handled nonconforming material and wrote the reports",
        "Maintain PFMEAs and control plans",
    ])
    posting = ("Quality Engineer\nRequirements:\n- Coaching\n- Forecasting\n"
               "- Nonconformance\n- PFMEA\n- Control plans\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    for word in ("Coach", "Forecast", "nonconforming"):
        assert word not in result.summary, result.summary
    assert "PFMEAs" in result.summary and result.guard.ok


def test_a_name_the_vocabulary_knows_is_not_read_as_a_deed() -> None:
    # "fixed assets" opens with a word ending in -ed, but it is the name the
    # vocabulary gives Fixed Asset Accounting, not something the person fixed.
    resume = _resume("Senior Accountant", [
        "Kept the fixed assets register and ran depreciation each month",
        "Posted journal entries and accruals in NetSuite",
    ])
    posting = ("Senior Accountant\nRequirements:\n- Fixed asset accounting\n"
               "- Journal entries\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and "fixed assets" in result.summary, result.summary
    assert result.guard.ok


def test_a_headline_under_the_name_stating_years_is_not_contradicted() -> None:
    """"CDL Class B driver, 6 years" under the name is the resume's own claim: the line
    never states another figure worked out from the dates (2018 to now is eight)."""
    resume = ("Marek Vale\nmarek.vale@example.com\nCDL Class B driver, 6 years, no accidents\n\n"
              "EXPERIENCE\nRoute Driver, Harbor Foods    Mar 2018 – Present\n"
              "• Pre-trip inspections and liftgate deliveries to 18 stops a day\n")
    posting = "Delivery Driver\nRequirements:\n- Pre-trip inspections\n- Liftgate\n"
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and "years" not in result.summary
    assert "8" not in result.summary
    assert result.guard.ok
    # Without the headline the dates speak for the resume.
    plain = tailor(resume.replace("CDL Class B driver, 6 years, no accidents\n", ""), posting,
                   today=TODAY)
    assert plain.summary is not None and "8 years of experience" in plain.summary


def test_an_action_on_people_is_not_named_as_a_skill() -> None:
    """"Transfer clients" is what the resume did; the line names the skill only in
    words the resume writes as a name, never "experience in transfer clients"."""
    resume = _resume("Caregiver", ["Transfer clients with a gait belt and a Hoyer lift",
                                   "Bathing, toileting and incontinence care for 4 clients"])
    posting = ("Home Health Aide\nDuties:\n- Assist with transfers\n- Gait belt\n"
               "- Bathing and toileting\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "transfer clients" not in result.summary.casefold()
    assert "bathing" in result.summary.casefold()
    assert result.guard.ok


def test_a_skill_written_as_a_deed_is_named_by_the_skill() -> None:
    # The vocabulary finds Vital Signs in "Take vital signs …", but the line names the
    # skill, never the bullet's verb with it ("experience in take vital signs").
    resume = _resume("Certified Nursing Assistant", [
        "Take vital signs for 14 residents a shift and chart them in PointClickCare",
        "Turn and reposition bed-bound residents every two hours",
    ])
    posting = ("Nursing Assistant\nRequirements:\n- Vital signs\n- Repositioning\n"
               "- PointClickCare\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    said = result.summary.casefold()
    assert "vital signs" in said
    assert "take vital signs" not in said
    assert "turn and reposition" not in said
    assert result.guard.ok


def test_a_certificate_with_a_year_is_not_the_headline_title() -> None:
    # A certificate line with a year and no bullets reads like a dated role, and its
    # name shares "Manager" with the posting's title: it is still no job.
    resume = ("Kim Osei\nkim.osei@example.com\n\nEXPERIENCE\n"
              "Sous Chef, Harbor Grill    Mar 2019 – Present\n"
              "• Keep daily temp logs and run the line on the chef's days off\n"
              "• Order produce and count the walk-ins every Sunday\n"
              "ServSafe Food Protection Manager, 2023\n")
    posting = ("Kitchen Manager\nRequirements:\n- Temperature logs\n- Inventory\n"
               "- ServSafe Manager certification\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert result.summary.startswith("Sous Chef with 7 years of experience")
    # Named only as what the person holds, never as the title.
    assert "ServSafe" not in result.summary.split(". ")[0]


def test_a_compound_that_opened_a_bullet_is_lower_case_mid_sentence() -> None:
    resume = _resume("Delivery Driver", [
        "Drop-and-hook loads at three distribution centers",
        "Hand-truck appliances into homes and log hours on an electronic logging device",
    ])
    posting = ("Delivery Driver\nRequirements:\n- Drop and hook\n- Hand truck\n"
               "- Electronic logging device\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "drop-and-hook" in result.summary
    assert "hand-truck" in result.summary
    assert "Drop-and-hook" not in result.summary


def test_a_role_beside_the_point_gives_way_to_the_headline() -> None:
    # A student's latest role shares no word with the posting's title; the headline
    # under the name does, so the line names no title rather than the wrong one.
    resume = ("Sam Okafor\nFront End Developer\nsam.okafor@example.com\n\nEXPERIENCE\n"
              "Teacher's Assistant | Lakeside Academy    07/2025 - 04/2026\n"
              "• Built JavaScript and React quizzes for classroom activities\n")
    posting = "Front End Developer\nRequirements:\n- JavaScript\n- React\n- TypeScript\n"
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "Teacher" not in result.summary
    assert result.summary.startswith("Experience in JavaScript")
    assert result.guard.ok


def test_a_role_in_another_field_keeps_its_title_without_a_headline() -> None:
    # No headline: the latest role is still the person's title, in any field.
    resume = _resume("Registered Nurse", ["Coordinate discharge planning for 20 patients a week"])
    posting = "Case Manager\nRequirements:\n- Discharge planning\n- Care coordination\n"
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert result.summary.startswith("Registered Nurse with 8 years of experience")


def test_a_discipline_in_title_case_reads_as_the_posting_writes_it() -> None:
    resume = _resume("Quality Engineer", [
        "Ran Measurement System Analysis studies on 12 gauges",
        "Wrote National Electrical Code checklists for the panel shop",
    ])
    posting = ("Quality Engineer\nRequirements:\n- Experience with measurement system "
               "analysis\n- Knowledge of the National Electrical Code\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "measurement system analysis" in result.summary
    assert "National Electrical Code" in result.summary
    assert result.guard.ok


def test_a_deed_taught_to_others_is_not_the_writers_experience() -> None:
    """ "Taught patients how to manage heart-failure medications" is true of the nurse,
    but managing the medications is the patients' deed: the line must not say she has
    "experience in managing heart-failure medications"."""
    from tailor_app.tailoring.compose.tailor import tailor

    resume = ("Dana Reyes\ndana@example.com\n\nSummary\nRegistered nurse with 4 years on a "
              "cardiac unit.\n\nExperience\nRegistered Nurse, Mercy Heart, 2021 to Present\n"
              "- Taught patients and families how to manage heart-failure medications\n"
              "- Gave oral and IV medications and charted in Epic\n")
    posting = ("Registered Nurse\n\nRequirements\n- Medication management\n"
               "- IV medications\n- Epic\n")
    opening = tailor(resume, posting).summary or ""  # the line closes her own Summary
    assert "manag" not in opening.casefold()
    assert "Epic" in opening


def test_a_lone_verb_opening_a_list_is_not_named_as_a_skill() -> None:
    """ "Recover, evacuate and charge refrigerant" shows refrigerant recovery, but the
    line must not say "experience in … Recover": a verb alone is no name."""
    from tailor_app.tailoring.compose.tailor import tailor

    resume = ("Luke Kowal\nluke@example.com\n\nExperience\nService Technician, Prairie Air, "
              "2019 to Present\n- Recover, evacuate and charge refrigerant (R-410A)\n"
              "- Install gas furnaces and heat pumps\n")
    posting = ("HVAC Technician\n\nRequirements\n- Refrigerant recovery and charging\n"
               "- Gas furnaces\n- Heat pumps\n")
    opening = tailor(resume, posting).text.split("\n\n")[1]
    assert "Recover" not in opening
    assert "gas furnaces" in opening


_LONG = [f"Handled station {n} on the line during dinner service" for n in range(1, 9)]


def test_an_asked_credential_at_the_bottom_is_named_in_a_sentence_of_its_own() -> None:
    resume = (_resume("Line Cook", ["Ran the grill and saute stations", *_LONG])
              + "\nEDUCATION AND LICENSES\nCulinary Arts Certificate, Lane Community College, "
                "2015\nServSafe Food Protection Manager\nForklift certified\n")
    posting = ("Kitchen Lead\nRequirements:\n- Saute and grill\n- ServSafe Manager "
               "certification\n- Forklift certification a plus\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and result.guard.ok
    assert "Holds ServSafe Food Protection Manager." in result.summary
    # A state ("certified") is no name one holds: said as written, a sentence of its own
    # (third25), never "Holds … forklift certified"; an unasked card is not named.
    assert result.summary.endswith("Forklift certified."), result.summary
    assert "holds servsafe food protection manager and" not in result.summary.casefold()
    unasked = tailor(resume, "Kitchen Lead\nRequirements:\n- Saute and grill\n", today=TODAY)
    assert unasked.summary is None or "Holds" not in unasked.summary


def test_credentials_listed_on_one_line_are_each_named() -> None:
    resume = (_resume("Staff Nurse", ["Cared for five telemetry patients a shift", *_LONG])
              + "\nEDUCATION AND LICENSES\nBachelor of Science in Nursing, Arizona State "
                "University, 2018\nBLS, ACLS, PALS\n")
    posting = ("Telemetry RN\nRequirements:\n- BLS and ACLS required\n- Telemetry\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and result.guard.ok
    assert result.summary.endswith("Holds BLS and ACLS.")
