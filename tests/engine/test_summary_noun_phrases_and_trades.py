"""The summary line says a bare noun as the resume wrote it ("small groups", not "groups"),
and counts the years of the trade its title names, not of a role that only shares a
describing word with it (a dental assistant's years are no hygienist's)."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import tailor
from tailor_app.tailoring.compose.noun_phrase import with_its_describer
from tailor_app.tailoring.compose.summary import _named_like
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

_LINES = ("- Lead weekly grief circles and six-week social skills groups\n"
          "- Run homework clubs for third graders\n"
          "- Plan Friday Reading Buddies sessions with the library\n"
          "- Order lab and office supplies\n"
          "- Keep adult and child charts\n"
          "- Stock supplies in the break room\n")


def test_a_bare_noun_takes_the_word_that_describes_it() -> None:
    vocabulary = load_vocabulary()
    assert with_its_describer("clubs", _LINES, vocabulary, set()) == "homework clubs"
    # A run of capitals that is no bullet's opening verb is a name before the noun.
    assert with_its_describer("sessions", _LINES, vocabulary, set()) == (
        "Friday Reading Buddies sessions")


def test_a_noun_stays_bare_where_it_stands_bare_or_after_other_words() -> None:
    vocabulary = load_vocabulary()
    # "lab and office supplies" names two kinds; "Stock supplies" stands bare.
    assert with_its_describer("supplies", _LINES, vocabulary, set()) == "supplies"
    # "adult and child charts": one kind of two would claim less than the resume says.
    assert with_its_describer("charts", _LINES, vocabulary, set()) == "charts"
    # A word of amount or time is no kind of the thing ("six-week", "weekly").
    assert with_its_describer("circles", _LINES, vocabulary, set()) == "grief circles"
    # A phrase, a capitalised word or a deed is left as it is.
    assert with_its_describer("skills groups", _LINES, vocabulary, set()) == "skills groups"
    assert with_its_describer("Reading", _LINES, vocabulary, set()) == "Reading"


def test_a_verb_after_helped_or_to_describes_no_noun() -> None:
    # "Helped place beer and liquor orders": "place" is the verb "helped" takes, and
    # "experience in place beer" says nothing; a describing word after "to" still is one.
    vocabulary = load_vocabulary()
    lines = ("Helped place beer and liquor orders every Friday\n"
             "Trained new cashiers to stock shelves before opening\n"
             "Moved struggling readers to small groups twice a week\n")
    assert with_its_describer("beer", lines, vocabulary, set()) == "beer"
    assert with_its_describer("shelves", lines, vocabulary, set()) == "shelves"
    assert with_its_describer("groups", lines, vocabulary, set()) == "small groups"


def test_a_phrase_the_vocabulary_reads_as_an_unshown_skill_stays_unsaid() -> None:
    vocabulary = load_vocabulary()
    text = "- Check Excel reports daily\n"
    assert with_its_describer("reports", text, vocabulary, set()) == "reports"
    assert with_its_describer("reports", text, vocabulary, {
        h.skill.name for h in vocabulary.find("Excel reports")}) == "Excel reports"


def test_the_line_names_the_noun_with_its_describer() -> None:
    resume = ("Noor Haddad\nnoor.haddad@example.com\n\nEXPERIENCE\n"
              "Youth Counselor, Brightside Center    Mar 2020 – Present\n"
              "• Run six-week small groups on coping and friendship\n"
              "• Write case notes the same day\n")
    posting = ("Youth Counselor\nRequirements:\n- Group counseling\n- Case notes\n"
               "- Crisis intervention\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    assert result.summary is not None
    assert "in small groups" in result.summary


def test_a_trade_noun_of_the_title_must_be_the_roles() -> None:
    assert not _named_like("Dental Assistant", ["Dental Hygienist"])
    assert not _named_like("Pharmacy Cashier", ["Registered Pharmacist"])
    assert _named_like("Apprentice Electrician", ["Journeyman Electrician"])
    assert _named_like("Electrician Apprentice", ["Maintenance Electrician"])
    assert _named_like("Electrician Foreman", ["Maintenance Electrician"])
    assert _named_like("Chef de Partie", ["Sous Chef"])
    # A worker every trade has: a word of the trade is what is shared.
    assert _named_like("HVAC Installer", ["HVAC Service Technician"])
    assert not _named_like("Pharmacy Technician", ["HVAC Service Technician"])


def test_a_dental_assistants_years_are_no_hygienists() -> None:
    resume = ("Ana Ruiz\nana.ruiz@example.com\n\nEXPERIENCE\n"
              "Dental Hygienist, Bright Smiles    Aug 2022 – Present\n"
              "• Perform scaling and root planing and adult prophylaxis\n"
              "• Place sealants for school-age patients\n"
              "Dental Assistant, Riverside Dental    Jun 2018 – Jul 2022\n"
              "• Assisted chairside with fillings and crowns\n")
    posting = ("Dental Hygienist\nRequirements:\n- Scaling and root planing\n- Sealants\n"
               "- Prophylaxis\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert result.summary.startswith("Dental Hygienist with 4 years of experience")
    assert result.guard.ok


def test_a_tools_name_holding_a_workers_noun_is_named() -> None:
    resume = ("Tess Marlow\ntess.marlow@example.com\n\nEXPERIENCE\n"
              "Digital Marketing Coordinator, Oakline Outfitters    Jan 2021 – Present\n"
              "• Ran paid campaigns in Meta Ads Manager for six product lines\n"
              "• Set up conversion tags in Google Tag Manager\n")
    posting = ("Digital Marketing Coordinator\nRequirements:\n- Meta Ads Manager\n"
               "- Google Tag Manager\n- Paid social\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "Meta Ads Manager" in result.summary
    assert result.guard.ok


def test_a_describing_word_is_named_with_its_noun() -> None:
    from tailor_app.tailoring.compose.naming import summary_term
    text = "- Bent 2-inch conduit with a hydraulic bender\n"
    vocabulary = load_vocabulary()
    assert summary_term("hydraulic", "hard", "Hydraulics", text, vocabulary) == (
        "hydraulic bender")


def test_a_word_capitalised_only_by_its_line_reads_in_lower_case() -> None:
    from tailor_app.tailoring.compose.summary import _capital_of_an_opening
    resume = "- Audit outgoing pallets against the bills of lading\n"
    assert _capital_of_an_opening("Audit", resume, "Run RF scanner audits weekly")
    # Capitalised by the posting too, or mid-line in the resume: a name.
    assert not _capital_of_an_opening("Audit", resume, "Support the Audit Committee")
    assert not _capital_of_an_opening("Audit", resume + "- Led the Audit review\n",
                                      "Run audits")


def test_the_resumes_own_summary_names_a_phrase_only_side_by_side() -> None:
    from tailor_app.tailoring.compose.summary import _named_in
    own = ("Fundraiser with four years at a food bank. I keep the database clean and make "
           "sure every donor hears thank you. Strong in grant writing and care plans.")
    said = {w.casefold() for w in own.replace(".", " ").split()}
    assert not _named_in("donor database", own, said)
    assert _named_in("grant writing", own, said)
    assert _named_in("care plan", own, said)
    assert _named_in("database", own, said)


def test_the_line_names_a_phrase_whose_words_the_summary_says_apart() -> None:
    resume = ("Ines Okoro\nines.okoro@example.com\n\nSUMMARY\nFundraiser who keeps the "
              "database clean and thanks every donor.\n\nEXPERIENCE\n"
              "Development Coordinator, Hillside Food Bank    Mar 2021 – Present\n"
              "• Keep the donor database in Bloomerang up to date\n"
              "• Run the annual fund appeal\n")
    posting = ("Development Coordinator\nRequirements:\n- Donor database management\n"
               "- Annual fund\n- Bloomerang\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "donor database" in result.summary
    assert result.guard.ok


def test_a_product_name_opening_in_lower_case_stands_in_the_key_skills() -> None:
    resume = ("Mara Quist\nmara.quist@example.com\n\nEXPERIENCE\n"
              "Paralegal, Stone & Vale LLP    Mar 2020 – Present\n"
              "• Draft pleadings, motions and discovery responses\n"
              "• Prepare deposition outlines and exhibit binders\n"
              "• Docket court deadlines and calendar hearings\n"
              "• Run legal research on Westlaw\n"
              "• Manage document review in Relativity\n"
              "• File in CM/ECF and in state court through eFileTexas\n")
    posting = ("Litigation Paralegal\nRequirements:\n- Pleadings\n- Discovery\n- Depositions\n"
               "- Docketing\n- Legal research\n- Relativity\n- CM/ECF\n- eFileTexas\n"
               "- Westlaw\n- Document review\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and result.guard.ok
    assert "eFileTexas" in result.summary


def test_a_roles_title_says_the_work_it_names() -> None:
    resume = ("Owen Pratt\nowen.pratt@example.com\n\nEXPERIENCE\n"
              "Counter Sales Associate, Keystone Plumbing Supply    Mar 2021 – Present\n"
              "• Quote and enter orders for contractor accounts\n"
              "• Answer inbound calls and chase backorders\n")
    posting = ("Inside Sales Representative\nRequirements:\n- Counter sales\n- Inbound calls\n"
               "- Backorders\n- Order entry\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and result.guard.ok
    assert "counter sales" in result.summary.casefold()


def test_a_title_that_echoes_the_postings_job_is_not_named_as_a_skill() -> None:
    resume = ("Lena Ward\nlena.ward@example.com\n\nEXPERIENCE\n"
              "School Counselor, Pine Hill Elementary    Aug 2020 – Present\n"
              "• Run small groups on friendship and grief\n"
              "• Complete suicide risk screenings with the C-SSRS\n")
    posting = ("School Counselor\nRequirements:\n- School counseling\n- Group counseling\n"
               "- C-SSRS\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and result.guard.ok
    assert "school counseling" not in result.summary.casefold()


def test_an_aide_or_assistant_of_the_trade_is_not_the_trade() -> None:
    # Review16 O3: the role's own worker noun decides, not the trade's word anywhere.
    assert not _named_like("Nurse Aide", ["Registered Nurse"])
    assert not _named_like("Dental Hygienist Assistant", ["Dental Hygienist"])
    assert _named_like("Nurse Supervisor", ["Registered Nurse"])
    resume = ("Lee Park\nlee.park@example.com\n\nEXPERIENCE\n"
              "Registered Nurse, Mercy Hospital    Jan 2023 – Dec 2024\n"
              "• Monitor telemetry and administer medications on a step-down unit\n"
              "Nurse Aide, Sunrise Senior Living    Jan 2012 – Dec 2022\n"
              "• Helped residents with bathing, dressing and transfers\n")
    posting = ("Registered Nurse - Telemetry\n- Administer medications\n- Monitor telemetry\n"
               "Requirements:\n- 2 years of RN experience\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and result.guard.ok
    assert "11 years" not in result.summary
    assert result.summary.startswith("Registered Nurse with 2 years of experience")


def test_another_word_that_opens_with_the_term_is_no_lower_case_use() -> None:
    # Review16 O2: "leaning over machines" is not "lean" written in lower case.
    from tailor_app.tailoring.compose.summary import _capital_of_an_opening
    resume = "- Lean projects cut scrap by 20%\n"
    posting = ("Experience with Lean required\n"
               "Must be comfortable leaning over machines for long periods\n")
    assert not _capital_of_an_opening("Lean", resume, posting)


def test_a_helper_of_a_trade_written_with_a_possessive_is_of_the_trade() -> None:
    assert _named_like("Plumber's Helper", ["Journeyman Plumber"])
