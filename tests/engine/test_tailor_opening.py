"""The top of the tailored resume names the posting's skills the resume shows.

An employer reads the first third of a resume first. The summary line names the
asked-for skills the resume shows further down (not those a reader already sees at
the top), most important first, as many as a readable sentence holds; everything it
names is the resume's own, and nothing of the resume is lost.
"""

from __future__ import annotations

import re
from datetime import date

from tailor_app.tailoring.compose.fit import estimate_pages
from tailor_app.tailoring.compose.opening import KEY_SKILLS, MOST_SKILLS
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

ANALYST = """Sam Ortega
Denver, CO | sam.ortega@example.com | 303-555-0101

SUMMARY
Analyst who turns messy operational data into decisions for store and supply teams.

EXPERIENCE
Senior Data Analyst, Lakeside Grocers    Jan 2020 – Present
• Met weekly with store managers to review results and agree next steps
• Presented quarterly results to the leadership team and the board
• Mentored two junior analysts through their first year
• Built Tableau dashboards on Snowflake for 140 stores
• Wrote Python jobs in Airflow to load point-of-sale data every night
• Ran A/B tests on weekly promotions and reported lift in Looker

Data Analyst, Pine Logistics    Jun 2016 – Dec 2019
• Answered ad hoc questions from the operations team
• Modelled delivery times in R and kept the forecasts in Excel
• Kept the dbt models tested and documented

EDUCATION
B.S. Statistics, University of Colorado, 2016

SKILLS
SQL, PowerPoint, Tableau
"""
ANALYST_POSTING = """Data Analyst
Requirements:
- SQL, Python and Tableau
- Snowflake and Airflow
- dbt and R
- Excel and Looker
"""
ASKED = ("SQL", "Python", "Tableau", "Snowflake", "Airflow", "dbt", "R", "Excel", "Looker")


def _first_third(text: str) -> str:
    return text[: len(text) // 3]


def _names(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _source_lines(text: str) -> list[str]:
    return [line.lstrip("• ").strip() for line in text.splitlines() if line.strip()]


def test_the_top_names_the_asked_skills_the_resume_shows_further_down() -> None:
    result = tailor(ANALYST, ANALYST_POSTING, today=TODAY)
    top = _first_third(result.text)
    shown_at_top = [s for s in ASKED if _names(top, s)]
    assert len(shown_at_top) == len(ASKED), top
    # The resume as written shows few of them where an employer looks first.
    assert sum(_names(_first_third(ANALYST), s) for s in ASKED) <= 3
    assert result.summary is not None
    assert result.summary.startswith("Experience in Python, Snowflake, Airflow")
    assert result.guard.ok and result.dropped == []
    for line in _source_lines(ANALYST):  # nothing lost: every line is still there
        if not line.startswith("SQL,"):  # the skills list, its asked items first
            assert line in result.text, line
    assert "SQL, Tableau, PowerPoint" in result.text


def test_a_skill_the_top_already_shows_is_not_named_twice() -> None:
    result = tailor(ANALYST, ANALYST_POSTING, today=TODAY)
    # The skills list moves above the experience, so SQL and Tableau are read there.
    assert result.text.index("SKILLS") < result.text.index("EXPERIENCE")
    assert result.summary is not None
    assert not _names(result.summary, "SQL")
    assert not _names(result.summary, "Tableau")


def test_the_line_names_a_readable_few_skills_then_a_short_list() -> None:
    bullets = ["Wrote Python services on AWS Lambda", "Kept the Terraform modules tidy",
               "Ran Kubernetes clusters with Helm charts", "Wrote Go tools for the CI team",
               "Tuned PostgreSQL queries and Redis caches", "Shipped Kafka consumers in Java",
               "Built Grafana boards on Prometheus metrics", "Wrote Ansible playbooks"]
    resume = ("Lee Park\nlee.park@example.com\n\nEXPERIENCE\nPlatform Engineer, Norfolk Cloud"
              "    Mar 2018 – Present\n" + "\n".join(f"• {b}" for b in bullets) + "\n")
    posting = ("Platform Engineer\nRequirements:\n- Python, AWS Lambda, Terraform\n"
               "- Kubernetes, Helm, Go\n- PostgreSQL, Redis, Kafka, Java\n"
               "- Grafana, Prometheus, Ansible\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    sentence, _, key = result.summary.partition(". Key skills: ")
    listed = sentence.removeprefix("Platform Engineer with 8 years of experience in ")
    items = re.split(r", | and ", listed.rstrip("."))
    assert 4 <= len(items) <= MOST_SKILLS, result.summary
    # The skills past the sentence's few stand in a short list after it, as resumes
    # write one, within the same bounds: no sentence of eleven names.
    more = key.rstrip(".").split(", ")
    assert 2 <= len(more) <= KEY_SKILLS, result.summary
    assert not set(items) & set(more)
    for item in [*items, *more]:  # each is the resume's own word
        assert item in resume, item
    assert result.guard.ok and result.dropped == []


def test_a_name_read_as_another_skill_out_of_its_line_is_said_whole() -> None:
    # The resume's line reads "8D problem solving"; "8D" alone is another skill to the
    # vocabulary, which the guard would refuse: the line says the resume's whole name,
    # no change is refused, and the bullet itself still shows it.
    resume = ("Petra Novak\npetra.novak@example.com\n\nEXPERIENCE\nQuality Engineer, Lakeshore"
              " Plastics    Jan 2019 – Present\n• Lead 8D problem solving for customer complaints"
              "\n• Maintain PFMEAs and control plans for three molding lines\n")
    posting = "Quality Engineer\nRequirements:\n- 8D\n- PFMEA\n- Control plans\n"
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None and "8D problem solving" in result.summary
    assert "8D," not in result.summary
    assert "Lead 8D problem solving for customer complaints" in result.text


def test_product_and_standard_names_keep_their_writing() -> None:
    resume = ("Tomas Herrera\ntomas.h@example.com\n\nEXPERIENCE\nService Technician, Prairie "
              "Comfort    Apr 2017 – Present\n• Diagnose faults with Studio 5000 on site\n"
              "• Work to NFPA 70E before energized work\n"
              "• Write up repair options in ServiceTitan and take payment on site\n")
    posting = ("Service Technician\nRequirements:\n- Studio 5000\n- NFPA 70E\n- ServiceTitan\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    # "ServiceTitan" is a product, not the title's "Service" said again.
    for name in ("Studio 5000", "NFPA 70E", "ServiceTitan"):
        assert name in result.summary, result.summary
    assert result.guard.ok


def test_a_page_still_fits_with_a_longer_line() -> None:
    roles = []
    for year in range(2010, 2026, 2):
        roles.append(f"Data Analyst, Firm {year}    {year} - {year + 2}\n" + "\n".join(
            f"- Reported weekly figures to the regional team, round {n}" for n in range(6)))
    resume = ("Sam Ortega\nsam.ortega@example.com\n\nEXPERIENCE\n"
              + "\n\n".join(reversed(roles))
              + "\n- Wrote Python jobs in Airflow and Snowflake for Looker and Tableau\n"
              "- Kept the dbt models tested; modelled demand in R and Excel\n")
    full = tailor(ResumeDocument.from_text(resume), ANALYST_POSTING, today=TODAY)
    assert estimate_pages(full.tailored, full.summary) > 1
    fitted = tailor(ResumeDocument.from_text(resume), ANALYST_POSTING, today=TODAY, pages=1)
    assert fitted.summary is not None and fitted.summary.count(",") >= 4
    assert estimate_pages(fitted.tailored, fitted.summary) <= 1
    assert fitted.guard.ok
    assert "Wrote Python jobs in Airflow and Snowflake for Looker and Tableau" in fitted.text


def test_a_line_under_a_skills_list_that_names_everything_does_not_repeat_it() -> None:
    earlier = "\n".join(f"• Kept the on-call rota for team {n} and wrote its runbooks"
                        for n in range(1, 9))
    resume = ("Lee Park\nlee.park@example.com\n\nSKILLS\nPython, Terraform, Kubernetes, "
              "PostgreSQL, Redis\n\nEXPERIENCE\nPlatform Engineer, Norfolk Cloud    "
              "Mar 2018 – Present\n• Wrote Python services and Terraform modules\n"
              "• Ran Kubernetes clusters\n• Tuned PostgreSQL queries and Redis caches\n\n"
              f"Operations Engineer, Bay Hosting    Jan 2014 – Feb 2018\n{earlier}\n")
    posting = ("Platform Engineer\nRequirements:\n- Python\n- Terraform\n- Kubernetes\n"
               "- PostgreSQL\n- Redis\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    # A sentence about the person (title, years and two skills), not the list again;
    # the years are the platform work's (the operations role shares only "Engineer" and
    # writes none of the asked skills).
    assert result.summary == ("Platform Engineer with 8 years of experience in Python and "
                              "Terraform."), result.summary
    assert result.text.index("SKILLS") < len(result.text) // 3
    assert result.guard.ok


def test_the_key_skills_list_holds_names_not_deeds() -> None:
    # Deeds ("fill prescriptions") read in a sentence, not as items of a list; a list
    # of one is left out.
    bullets = ["Fill prescriptions and count pills", "Ran the Pyxis and Omnicell cabinets",
               "Billed Medicare Part D and Medicaid", "Kept the DEA controlled substance log",
               "Compounded creams in a USP 795 room", "Checked NDC numbers on every fill",
               "Took refill calls and faxed prescribers", "Used PioneerRx and SureScripts",
               "Cleaned the laminar flow hood", "Trained techs on RxConnect"]
    resume = ("Ana Ruiz\nana.ruiz@example.com\n\nEXPERIENCE\nPharmacy Technician, Main St "
              "Pharmacy    Mar 2018 – Present\n" + "\n".join(f"• {b}" for b in bullets) + "\n")
    posting = ("Pharmacy Technician\nRequirements:\n- Pyxis, Omnicell, PioneerRx, SureScripts,"
               " RxConnect\n- Medicare Part D, Medicaid, DEA, USP 795, NDC\n"
               "- Prescription filling, compounding, laminar flow hood\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and result.guard.ok
    _, _, key = result.summary.partition("Key skills: ")
    assert len(key.split(", ")) >= 2, result.summary
    vocabulary = load_vocabulary()
    for item in key.rstrip(".").split(", "):
        # No lower-case deed: a name, or a thing the vocabulary names ("laminar flow hood").
        assert item[:1].isupper() or " " not in item or (
            vocabulary.lookup(item) is not None), result.summary
        assert not item.lower().startswith(("fill ", "took ", "cleaned ")), result.summary


def test_deeds_take_the_sentence_first_when_that_names_more() -> None:
    # Only the sentence can hold a deed ("managing ventilators"); names can go to the
    # list. Seven short names first would fill the sentence and leave the deeds out.
    from tailor_app.tailoring.compose.opening import split_named

    names = ["BiPAP", "CPAP", "Epic", "ABG", "MDI", "HFNC", "PEEP", "ACLS"]
    deeds = ["managing ventilators", "managing airways"]
    terms = [*names, *deeds]
    sentence, listed = split_named(terms, lambda t: t not in deeds, told=deeds)
    assert set(deeds) <= set(sentence)
    assert set(sentence) | set(listed) == set(terms)
    assert sentence == [t for t in terms if t in sentence]  # still most important first
    # Without deeds told, the line is filled as before: names in order.
    sentence, listed = split_named(terms, lambda t: t not in deeds)
    assert sentence == names[:MOST_SKILLS] and not set(deeds) & set(sentence)


def test_a_deed_first_line_that_names_no_more_is_not_chosen() -> None:
    from tailor_app.tailoring.compose.opening import split_named

    names = ["Excel", "Word", "Outlook", "Teams", "Zoom", "Slack", "Asana"]
    deeds = ["booking travel"]
    # Deed first, the one name it pushes out would make a list of one, which is left
    # out: no more named, so the names keep the sentence.
    assert split_named([*names, *deeds], lambda t: t not in deeds, told=deeds) == (names, [])


def test_a_phrase_saying_the_postings_whole_name_is_a_list_item() -> None:
    from tailor_app.tailoring.compose.naming import says_the_name

    assert says_the_name("sterilizer logs", "Sterilizer log")
    assert says_the_name("grease traps", "Grease trap cleaning") is False  # only part of it
    assert says_the_name("kennels", "Kennels") is False  # one word: as often a duty's object
    assert says_the_name("load plans", None) is False


def test_a_deed_read_for_two_skills_is_said_once() -> None:
    from tailor_app.tailoring.compose.summary import build_summary
    from tailor_app.tailoring.posting.analyse import analyse_posting
    from tailor_app.tailoring.resume.parser import parse_resume
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    resume = parse_resume("Ines Duarte\nines@example.com\n\nEXPERIENCE\n"
                          "Housekeeping Supervisor, Bayview Inn  2020 – Present\n"
                          "• Assign rooms to 9 attendants each morning\n"
                          "• Inspect 40 rooms a day\n")
    analysis = analyse_posting("Housekeeping Supervisor\nRequirements:\n- Room assignments\n"
                               "- Room inspections\n")
    matched = [("Assign rooms", "hard", "Room Assignments"),
               ("Assign rooms", "hard", "Staff scheduling")]
    line = build_summary(resume, analysis, matched, TODAY, load_vocabulary())
    assert line is not None and line.count("assigning rooms") == 1, line
