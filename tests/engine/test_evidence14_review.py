"""What the readers of everyday wording must not credit (review14's findings on
evidence14, each with one more text of another field): a kitchen's expo station is no
trade show, a bank's business accounts no B2B sales, paper records no office supplies;
"Candidate sourcing" and "Scheduled maintenance" in a skills list are skills held, not
papers still ahead; a nurse who helped other nurses start IVs starts IVs; practice in
school under an instructor is no skill held. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.compose.tailor import tailor


def _shown(resume: str, posting: str) -> set[str]:
    return {m.name for m in tailor(resume, posting).match_before.matched}


_MARKETING = ("Marketing Coordinator\nPrairie Tools – Omaha, NE\n\nResponsibilities\n"
              "- Plan our presence at trade shows and events\n- Support B2B sales with flyers "
              "and case studies\n- Keep office supplies stocked for the marketing team\n\n"
              "Requirements\n- 1 year in marketing or sales\n")


def test_a_kitchen_s_expo_a_bank_s_accounts_and_paper_records_show_nothing() -> None:
    resume = ("Jesse Park\njesse.park@example.com\nOmaha, NE\n\nExperience\nServer — Upstream "
              "Brewing Company (2021–present)\n- Ran Expo on Friday and Saturday nights\n- Kept "
              "paper and electronic records of wine inventory\nBank Teller — Pinnacle Bank "
              "(2018–2021)\n- Processed deposits for business accounts and personal accounts\n"
              "- Opened new checking accounts for walk-in customers\n")
    shown = _shown(resume, _MARKETING)
    assert not shown & {"Trade Shows", "B2B Sales", "Office Supplies Management"}


def test_a_cleaning_crew_s_accounts_and_a_deli_s_paper_goods_show_nothing() -> None:
    resume = ("Ana Ruiz\nana.ruiz@example.com\n\nExperience\nCrew Lead — Spotless Commercial "
              "Cleaning (2020–present)\n- Cleaned 12 restaurant accounts and shop accounts "
              "every night\n- Stocked paper goods and soap in every restroom\n")
    assert not _shown(resume, _MARKETING) & {"B2B Sales", "Office Supplies Management"}


def test_a_seller_s_accounts_and_a_booth_at_a_show_still_count() -> None:
    resume = ("Lee Ortiz\nlee.ortiz@example.com\n\nExperience\nTerritory Sales Rep — Midwest "
              "Fastener (2019–present)\n- Sold to 60 contractor accounts and opened 9 new ones\n"
              "- Worked our booth at the Great Plains Builders Show\n- Order paper and toner "
              "for the branch\n")
    assert {"Trade Shows", "B2B Sales", "Office Supplies Management"} <= _shown(resume,
                                                                             _MARKETING)


def test_skills_that_open_with_a_word_of_the_marks_are_held() -> None:
    posting = ("Recruiter\nTalentBridge Staffing – Omaha, NE\n\nResponsibilities\n- Candidate "
               "sourcing on LinkedIn and job boards\n- Screen and interview candidates; "
               "schedule interviews\n\nRequirements\n- 1 year recruiting; ATS experience "
               "(Bullhorn)\n")
    resume = ("Casey Lin\ncasey.lin@example.com\nOmaha, NE\n\nExperience\nRecruiting "
              "Coordinator — Heartland Health (2022–present)\n- Scheduled interviews for 12 "
              "hiring managers\n- Posted jobs on Indeed and LinkedIn\n\nSkills\nCandidate "
              "sourcing, Bullhorn, phone screening\n")
    assert "Candidate Sourcing" in _shown(resume, posting)


def test_scheduled_maintenance_in_a_skills_list_is_held() -> None:
    posting = ("Automotive Technician\nFast Lane Auto\n\nDuties\n- Perform scheduled "
               "maintenance, brake jobs and alignments\n\nRequirements\n- ASE certification "
               "preferred\n")
    resume = ("Sam Cole\nsam.cole@example.com\n\nExperience\nLube Technician — Valvoline "
              "(2021–present)\n- Changed oil and rotated tires\n\nSkills\nScheduled "
              "maintenance, brakes, alignments, tire mounting\n")
    assert "Preventive Maintenance" in _shown(resume, posting)


def test_a_nurse_who_helped_other_nurses_start_ivs_starts_ivs() -> None:
    posting = ("Registered Nurse – Emergency Department\nMidlands Hospital – Omaha, NE\n\n"
               "Responsibilities\n- Start peripheral IVs and draw labs\n- Triage patients\n\n"
               "Requirements\n- Nebraska RN license; 2 years ED experience\n")
    resume = ("Morgan Diaz, RN\nmorgan.diaz@example.com\nOmaha, NE\n\nExperience\nCharge Nurse, "
              "Emergency Department — Bergan Mercy (2019–present)\n- Helped other nurses start "
              "difficult IVs using ultrasound\n- Triaged 30+ patients a shift\n\nLicenses\n"
              "Nebraska RN License\n")
    assert "IV Catheter Placement" in _shown(resume, posting)


def test_a_paramedic_who_helped_doctors_start_ivs_starts_ivs() -> None:
    posting = ("ER Technician\n\nResponsibilities\n- Start peripheral IVs\n")
    resume = ("Jo Reyes\njo.reyes@example.com\n\nExperience\nParamedic — Metro EMS "
              "(2018–present)\n- Helped doctors start IVs on trauma arrivals\n")
    assert "IV Catheter Placement" in _shown(resume, posting)


def test_practice_in_school_is_no_skill_held() -> None:
    posting = ("Registered Nurse – Med/Surg (Nights)\n\nResponsibilities\n- Give medications, "
               "including IV push and piggybacks, and monitor for reactions\n- Start and "
               "maintain peripheral IVs\n")
    resume = ("Ada Ruiz\nada.ruiz@example.com\n\nExperience\nNursing Student — Russell Sage "
              "College clinicals (2024–2025)\n- Learned to start IVs on mannequins in the sim "
              "lab\n- Practiced pushing meds under my instructor's supervision\nCashier — Price "
              "Chopper (2021–2024)\n- Ran the register\n")
    assert not _shown(resume, posting) & {"IV push", "IV Catheter Placement", "IV Therapy"}


def test_practice_in_a_skills_lab_shows_no_trade_skill() -> None:
    posting = ("Dental Assistant\n\nResponsibilities\n- Take digital x-rays\n")
    resume = ("Bea Lund\nbea.lund@example.com\n\nExperience\nDental Assisting Student — Valley "
              "College (2024–2025)\n- Practiced taking digital x-rays on manikins in the skills "
              "lab\n")
    assert "Dental Radiography" not in _shown(resume, posting)
    assert not any("ray" in name.lower() for name in _shown(resume, posting))
