"""The posting analyser: sections, required vs preferred skills, years, degree,
certifications, title, company and key phrases, on postings from ten fields.

Most tests run against a small vocabulary defined here (``TinyVocabulary``) that
has the same interface as ``tailor_app.tailoring.skills.vocabulary``, so they test the
analyser's own logic and do not move when the real vocabulary grows. The real
vocabulary is exercised by the corpus tests at the end.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from posting_samples import POSTINGS

from tailor_app.tailoring.model import PostingAnalysis
from tailor_app.tailoring.posting.analyse import _analyse, analyse_posting
from tailor_app.tailoring.posting.sections import classify_heading, split_posting
from tailor_app.tailoring.skills.phrases import key_phrases

# --------------------------------------------------------------- a tiny vocabulary


@dataclass(frozen=True)
class Skill:
    name: str
    kind: str
    fields: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkillHit:
    skill: Skill
    start: int
    end: int
    surface: str


_ENTRIES = """
Python|hard; Java|hard; Go|hard|Golang; JavaScript|hard|JS; SQL|hard; PostgreSQL|tool|Postgres
Docker|tool; Kubernetes|tool|k8s; AWS|tool|Amazon Web Services; Kafka|tool; Terraform|tool
React|tool; Flask|tool; Celery|tool; CSS|hard; HTML|hard; WCAG|hard; Figma|tool; Sketch|tool
user research|hard; usability testing|hard; wireframing|hard|wireframes
prototyping|hard|prototypes; design systems|hard|design system; Salesforce|tool; HubSpot|tool
negotiation|soft; communication|soft; leadership|soft; Microsoft Excel|tool|Excel; GAAP|hard
CPA|certification|Certified Public Accountant; NetSuite|tool
account reconciliation|hard|account reconciliations; month-end close|hard; SEO|hard
SEM|hard; Google Analytics|tool; Google Ads|tool; SolidWorks|tool; AutoCAD|tool; GD&T|hard
FEA|hard; ANSYS|tool; BLS|certification|Basic Life Support; ACLS|certification
Registered Nurse|certification|RN; EHR|hard|electronic health records; Epic|tool
patient assessment|hard; medication administration|hard; PMP|certification; Agile|hard
Scrum|hard; Jira|tool; budgeting|hard|budgets; risk management|hard
inventory management|hard; visual merchandising|hard; customer service|soft
point of sale|tool|POS; differentiated instruction|hard; classroom management|hard
Google Classroom|tool; Spanish|language; QuickBooks|tool; Serverless|tool; Tailwind|tool
Ruby|hard; R|hard; SAS|tool; Tableau|tool; Power BI|tool
"""
# Words that are skills only when capitalised, as the real vocabulary's exact-case entries.
_CASE_SENSITIVE = {"go", "epic", "sketch", "react", "agile", "r"}


class TinyVocabulary:
    """The interface of ``vocabulary.Vocabulary``: find(text) and lookup(term)."""

    def __init__(self) -> None:
        self._by_term: dict[str, Skill] = {}
        for entry in re.split(r";|\n", _ENTRIES):
            if not entry.strip():
                continue
            name, kind, *aliases = (x.strip() for x in entry.split("|"))
            skill = Skill(name, kind, (), tuple(aliases))
            for term in (name, *aliases):
                self._by_term[term.lower()] = skill
        terms = sorted(self._by_term, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w+#])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![\w+#])",
            re.IGNORECASE,
        )

    def find(self, text: str, *, cjk: bool = False) -> list[SkillHit]:
        hits = []
        for m in self._pattern.finditer(text):
            surface = m.group()
            if surface.lower() in _CASE_SENSITIVE and not surface[0].isupper():
                continue
            hits.append(SkillHit(self._by_term[surface.lower()], m.start(), m.end(), surface))
        return hits

    def lookup(self, term: str) -> Skill | None:
        return self._by_term.get(term.strip().lower())


VOCAB = TinyVocabulary()


def analyse(text: str, **kwargs: str) -> PostingAnalysis:
    return analyse_posting(text, vocabulary=VOCAB, **kwargs)


@pytest.fixture(scope="module")
def samples() -> dict[str, PostingAnalysis]:
    return {key: analyse(text) for key, text in POSTINGS.items()}


def required(a: PostingAnalysis) -> set[str]:
    return set(a.required_skills)


def preferred(a: PostingAnalysis) -> set[str]:
    return set(a.preferred_skills)


# ------------------------------------------------------------------ the ten samples


def test_every_field_has_a_sample() -> None:
    assert set(POSTINGS) == {"nurse", "accountant", "teacher", "sales", "marketing",
                             "mechanical", "designer", "project_manager", "software", "retail"}


@pytest.mark.parametrize(
    ("key", "kinds"),
    [
        ("nurse", ["other", "about", "responsibilities", "requirements", "preferred", "legal"]),
        ("accountant", ["other", "responsibilities", "requirements", "benefits", "legal"]),
        ("teacher", ["other"]),
        ("sales", ["other", "about", "about", "responsibilities", "requirements", "preferred",
                   "benefits"]),
        ("marketing", ["other", "about", "responsibilities", "requirements", "preferred",
                       "benefits"]),
        ("mechanical", ["other", "responsibilities", "requirements"]),
        ("designer", ["other", "about", "responsibilities", "requirements", "preferred"]),
        ("project_manager", ["other", "about", "responsibilities", "requirements", "preferred",
                             "legal"]),
        ("software", ["other", "responsibilities", "requirements", "preferred"]),
        ("retail", ["other", "about", "responsibilities", "requirements", "benefits"]),
    ],
)
def test_section_kinds(samples: dict[str, PostingAnalysis], key: str, kinds: list[str]) -> None:
    assert [s.kind for s in samples[key].sections] == kinds


@pytest.mark.parametrize(
    ("key", "must", "nice"),
    [
        ("nurse", {"Registered Nurse", "BLS", "ACLS", "EHR", "patient assessment"}, {"Epic"}),
        ("accountant", {"GAAP", "NetSuite", "Microsoft Excel", "account reconciliation",
                        "month-end close"}, {"CPA"}),
        ("teacher", {"differentiated instruction", "classroom management", "Google Classroom"},
         {"Spanish"}),
        ("sales", {"Salesforce", "negotiation", "communication"}, {"HubSpot"}),
        ("marketing", {"SEO", "SEM", "Google Ads", "Google Analytics"}, {"HubSpot", "HTML", "CSS"}),
        ("mechanical", {"SolidWorks", "AutoCAD", "GD&T", "FEA"}, {"ANSYS"}),
        ("designer", {"user research", "usability testing", "wireframing", "prototyping",
                      "WCAG", "Figma", "Sketch"}, {"React"}),
        ("project_manager", {"PMP", "Jira", "Agile", "Scrum", "risk management", "budgeting"},
         set()),
        ("software", {"Python", "SQL", "PostgreSQL", "AWS", "Docker", "Kubernetes", "Terraform"},
         {"Kafka", "Go", "Java"}),
        ("retail", {"visual merchandising", "customer service", "inventory management",
                    "point of sale"}, set()),
    ],
)
def test_required_and_preferred_skills(
    samples: dict[str, PostingAnalysis], key: str, must: set[str], nice: set[str]
) -> None:
    a = samples[key]
    assert must <= required(a), must - required(a)
    assert nice <= preferred(a), nice - preferred(a)


@pytest.mark.parametrize(
    ("key", "years", "degree", "title", "company"),
    [
        ("nurse", 2, "associate", "Registered Nurse (RN)", "Riverside Valley Medical Center"),
        ("accountant", 2, "bachelor", "Staff Accountant", "Harborline Logistics"),
        ("teacher", 2, "bachelor", "High School Mathematics Teacher",
         "Lincoln Heights High School"),
        ("sales", 3, None, "Account Executive", "Brightwave"),
        ("marketing", 3, None, "Digital Marketing Specialist", "Northwind Outdoor Co."),
        ("mechanical", 5, "bachelor", "Mechanical Design Engineer II", "Cascade Fluid Systems"),
        ("designer", 4, None, "Senior UX Designer", None),
        ("project_manager", 5, "bachelor", "IT Project Manager", "Meridian State Credit Union"),
        ("software", 5, None, "Senior Backend Engineer", None),
        ("retail", 3, "high school", "Store Manager", "Maple & Main Home Goods"),
    ],
)
def test_years_degree_title_company(
    samples: dict[str, PostingAnalysis], key: str, years: int | None, degree: str | None,
    title: str, company: str | None,
) -> None:
    a = samples[key]
    assert (a.min_years, a.degree, a.title, a.company) == (years, degree, title, company)


@pytest.mark.parametrize(
    ("key", "certs"),
    [
        ("nurse", ["Registered Nurse", "BLS", "ACLS", "PCCN"]),
        ("accountant", ["CPA"]),
        ("teacher", ["Texas Educator Certificate"]),
        ("marketing", ["Google Ads certification"]),
        ("mechanical", ["PE license"]),
        ("project_manager", ["PMP", "Certified ScrumMaster (CSM)"]),
        ("retail", []),
    ],
)
def test_certifications(samples: dict[str, PostingAnalysis], key: str, certs: list[str]) -> None:
    assert samples[key].certifications == certs


@pytest.mark.parametrize(
    ("key", "present", "absent"),
    [
        ("nurse", {"Joint Commission", "American Heart Association", "discharge planning",
                   "State of Ohio"}, {"EHR", "Nights", "ability", "communication skills"}),
        ("accountant", {"journal entries", "general ledger accounting"},
         {"Harborline Logistics", "Staff Accountant", "race", "Python", "CPA exam"}),
        ("teacher", {"AP Calculus", "Mathematics Education"}, {"High School", "Bachelor's"}),
        ("sales", {"B2B SaaS", "MEDDIC", "Customer Success", "discovery calls"},
         {"Brightwave", "Salesforce", "Uncapped commission"}),
        ("marketing", {"content creation", "content curation", "content distribution",
                       "Meta Ads", "LinkedIn Ads"}, {"Northwind Outdoor Co", "Gear discount"}),
        ("mechanical", {"ASME Y14.5", "hydraulic pumps"}, {"PE", "WA", "B.S"}),
        ("project_manager", {"RAID", "steering committee", "sprint planning"},
         {"Certified ScrumMaster", "risk budgeting", "IT Project Manager"}),
        ("software", {"FedRAMP", "PCI DSS", "data modeling"}, {"Senior Backend Engineer"}),
        ("retail", {"loss prevention", "retail management"},
         {"QuickBooks", "employee discount", "GED"}),
    ],
)
def test_keywords(
    samples: dict[str, PostingAnalysis], key: str, present: set[str], absent: set[str]
) -> None:
    keywords = samples[key].keywords
    assert len(keywords) <= 25
    # A term read by its shape ("VLOOKUP", "FedRAMP", "Sprint planning") is a skill now,
    # not a keyword.
    read = {x.lower() for x in keywords} | {s.name.lower() for s in samples[key].skills}
    assert {x.lower() for x in present} <= read, {x.lower() for x in present} - read
    lowered = {k.lower() for k in keywords}
    assert not {x.lower() for x in absent} & lowered


def test_keywords_rank_requirement_phrases_above_company_story() -> None:
    a = analyse(
        "About Acme\nAcme sells garden furniture through Garden Centers.\n\n"
        "Requirements\n- Travel for supplier audits across Asia.\n"
        "- Lead supplier audits with buyers.\n"
    )
    assert a.keywords[0] == "supplier audits"
    assert a.keywords.index("supplier audits") < a.keywords.index("garden furniture")


# ------------------------------------------------------------- specific behaviours


def test_eeo_boilerplate_is_ignored_for_skills(samples: dict[str, PostingAnalysis]) -> None:
    a = samples["accountant"]
    names = {s.name for s in a.skills}
    # The EEO paragraph names leadership, communication and Python; the job does not.
    assert not {"leadership", "communication", "Python"} & names
    legal = [s for s in a.sections if s.kind == "legal"]
    assert legal and "without regard to race" in legal[0].text


def test_eeo_paragraph_without_heading_is_legal() -> None:
    a = analyse(
        "Requirements\n- 3 years of Python.\n\nWe are an equal opportunity employer and hire "
        "without regard to race or religion; our HR team uses Salesforce and Excel.\n"
    )
    assert [s.kind for s in a.sections] == ["requirements", "legal"]
    assert a.required_skills == ["Python"]


def test_benefits_never_give_skills(samples: dict[str, PostingAnalysis]) -> None:
    retail = {s.name for s in samples["retail"].skills}
    assert "QuickBooks" not in retail and "Microsoft Excel" not in retail
    assert all(s.section not in {"benefits", "legal"} for a in samples.values() for s in a.skills)


def test_posting_without_headings_uses_wording(samples: dict[str, PostingAnalysis]) -> None:
    a = samples["teacher"]
    assert [s.kind for s in a.sections] == ["other"]
    assert a.sections[0].text.startswith("Lincoln Heights High School is seeking")
    assert "Spanish" in preferred(a) and "Google Classroom" in required(a)


def test_wording_overrides_the_section(samples: dict[str, PostingAnalysis]) -> None:
    kafka = next(s for s in samples["software"].skills if s.name == "Kafka")
    assert (kafka.section, kafka.required) == ("requirements", False)
    a = analyse("Nice to have:\n- Docker experience is required for the on-call rotation.\n")
    assert a.required_skills == ["Docker"]


@pytest.mark.parametrize(
    ("sentence", "must", "nice"),
    [
        ("Experience with Python, Flask and Docker is a plus.", set(), {"Python", "Flask",
                                                                        "Docker"}),
        ("Must have Python, Java a plus.", {"Python"}, {"Java"}),
        ("Python required; AWS preferred.", {"Python"}, {"AWS"}),
        ("Strong SQL skills (Tableau preferred).", {"SQL"}, {"Tableau"}),
        ("3+ years of Python experience, ideally with Kafka.", {"Python"}, {"Kafka"}),
        ("Exposure to Terraform.", set(), {"Terraform"}),
        ("Familiarity with Kubernetes is a plus but not required.", set(), {"Kubernetes"}),
        ("Familiarity with Kubernetes.", {"Kubernetes"}, set()),
    ],
)
def test_required_or_preferred_by_wording(sentence: str, must: set[str], nice: set[str]) -> None:
    a = analyse("Requirements\n- " + sentence)
    assert (required(a), preferred(a)) == (must, nice)


def test_alternatives_are_each_listed_with_their_sentences_strength() -> None:
    a = analyse("Requirements\n- Experience with Python or Java.\n"
                "- At least one of Tableau, Power BI.\n- Docker and Kubernetes.\n"
                "- Go or Kafka would be a plus.\n")
    assert required(a) == {"Python", "Java", "Tableau", "Power BI", "Docker", "Kubernetes"}
    assert preferred(a) == {"Go", "Kafka"}


def test_an_alternative_also_accepted_is_not_required() -> None:
    a = analyse("Requirements\n- Python required; Java also accepted.\n"
                "- Tableau, or Power BI will also be considered.\n")
    assert "Python" in required(a)
    assert {"Java", "Power BI"} <= preferred(a)


def test_examples_after_such_as_keep_their_strength() -> None:
    a = analyse("We'll evaluate you based on:\n• Delivering software with modern tools such as "
                "Python, Flask, Celery, AWS, CSS, Javascript. Nice-to-haves are Terraform, "
                "Serverless, Tailwind, Docker, Kubernetes\n")
    assert {"Python", "Flask", "Celery", "AWS", "CSS", "JavaScript"} == required(a)
    assert {"Terraform", "Serverless", "Tailwind", "Docker", "Kubernetes"} == preferred(a)


def test_about_section_tools_are_weaker_and_required_wins() -> None:
    a = analyse("About us\nOur stack runs on AWS and Kafka.\n\nRequirements\n- AWS experience.\n")
    assert required(a) == {"AWS"} and preferred(a) == {"Kafka"}
    aws = next(s for s in a.skills if s.name == "AWS")
    assert (aws.section, aws.snippet) == ("requirements", "AWS experience.")


def test_one_mention_per_skill_first_snippet_kept() -> None:
    a = analyse("Requirements\n- Python for services.\n- More Python for scripts.\n")
    assert [(s.name, s.snippet) for s in a.skills] == [("Python", "Python for services.")]


def test_snippet_is_the_sentence_trimmed() -> None:
    long = "Python " + "and many more words " * 20 + "end."
    a = analyse(f"Requirements\n- First sentence here. {long} Last sentence.")
    snippet = a.skills[0].snippet
    assert snippet.startswith("Python and many more words")
    assert len(snippet) <= 205 and "First sentence" not in snippet


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of experience in nursing.", 5),
        ("At least 3 years of experience with payroll.", 3),
        ("A minimum of two years experience required.", 2),
        ("3-5 years of experience in B2B sales.", 3),
        ("Five (5) years of experience managing projects.", 5),
        ("You have 4 years in a similar role.", 4),
        ("Twelve years as a licensed electrician.", 12),
        ("Our company was founded 20 years ago. 4 years of experience required.", 4),
        ("Earn your endorsement within 2 years of hire.", None),
        ("Experience: 2+ years preferred.", 2),  # only preferred: still the role's figure
        ("Serve students aged 14 to 18 years.", None),
        ("Offer a 10 year warranty on all work.", None),
        ("No experience needed.", None),
    ],
)
def test_min_years(text: str, years: int | None) -> None:
    assert analyse(text).min_years == years


def test_min_years_takes_the_largest_required_figure() -> None:
    """The figure for the role as a whole; "2+ years with AWS" is a part of it, and a
    preferred figure asks nothing."""
    a = analyse("Requirements\n- 5+ years of Python experience.\n- 2+ years with AWS.\n"
                "Preferred\n- 7 years of Go experience.\n")
    assert a.min_years == 5


@pytest.mark.parametrize(
    ("text", "degree"),
    [
        ("Bachelor's degree in Accounting required.", "bachelor"),
        ("BS/MS degree in Computer Science.", "bachelor"),
        ("B.Sc. in Chemistry or equivalent experience.", "bachelor"),
        ("4-year degree or equivalent experience.", "bachelor"),
        ("High school diploma or GED.", "high school"),
        ("Associate degree in Nursing (ADN) required; BSN preferred.", "associate"),
        ("MBA required.", "master"),
        ("PhD in Physics or a related field.", "doctorate"),
        ("Teach high school students algebra.", None),
        ("Master's degree preferred.", None),
        ("Our office is in Baltimore, MD near the harbor.", None),
    ],
)
def test_degree(text: str, degree: str | None) -> None:
    assert analyse("Requirements\n- " + text).degree == degree


@pytest.mark.parametrize(
    ("text", "certs"),
    [
        ("Current RN license in Texas.", ["Registered Nurse"]),
        ("BLS and ACLS certification required.", ["BLS", "ACLS"]),
        ("Valid CDL Class A and a clean driving record.", ["CDL Class A"]),
        ("Professional Engineer (PE) license preferred.", ["Professional Engineer (PE) license"]),
        ("Must be a Certified Public Accountant.", ["CPA"]),
        ("Certification in Revit is a plus.", ["Certification in Revit"]),
        ("A valid driver's license.", ["Driver's license"]),
        ("Clean driving record and a valid Ohio driver's license.", ["Driver's license"]),
        ("Experience with certification processes.", []),
    ],
)
def test_certification_patterns(text: str, certs: list[str]) -> None:
    assert analyse("Requirements\n- " + text).certifications == certs


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Senior Backend Engineer\n\nWe build payments.", "Senior Backend Engineer"),
        ("Job title: Payroll Specialist\nLocation: Remote", "Payroll Specialist"),
        ("Position: Registered Nurse\nDays", "Registered Nurse"),
        ("# Data Analyst\n\n## About us\nWe count things.", "Data Analyst"),
        ("We're hiring a Registered Nurse to join our ICU.", "Registered Nurse"),
        ("We are seeking a talented and experienced Java Developer to join us.",
         "Java Developer"),
        ("Job Description: Java Developer (3 Years of Experience)", "Java Developer"),
        ("Requirements\n- Python", None),
        # A licence that names its holder ends many nursing titles.
        ("Night Shift RN\n\nWe care for 40 residents.", "Night Shift RN"),
        ("Home Health LPN\nRequirements: BLS", "Home Health LPN"),
        ("Requirements\n- RN license\n- BLS", None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    assert analyse(text).title == title


def test_given_title_and_company_are_kept(samples: dict[str, PostingAnalysis]) -> None:
    a = analyse(POSTINGS["software"], title="Ledger Engineer", company="Ferncliff")
    assert (a.title, a.company) == ("Ledger Engineer", "Ferncliff")
    assert "Ferncliff Payments" not in a.keywords  # the company's words are not key phrases


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("About Acme Robotics\nWe build arms.", "Acme Robotics"),
        ("At Tech Solutions, we believe in software.", "Tech Solutions"),
        ("Globex is hiring a nurse.", "Globex"),
        ("We are hiring a nurse.", None),
        ("About the role\nYou will code.", None),
    ],
)
def test_company(text: str, company: str | None) -> None:
    assert analyse(text).company == company


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What you'll do", "responsibilities"), ("Key duties", "responsibilities"),
        ("Your role", "responsibilities"), ("What we're looking for", "requirements"),
        ("Basic Qualifications", "requirements"), ("Minimum qualifications", "requirements"),
        ("Must have", "requirements"), ("Preferred qualifications", "preferred"),
        ("Nice-to-haves", "preferred"), ("Bonus points", "preferred"),
        ("Desired skills", "preferred"), ("About us", "about"), ("About the role", "about"),
        ("Who we are", "about"), ("About you", "requirements"), ("Benefits", "benefits"),
        ("Perks", "benefits"), ("What we offer", "benefits"), ("Compensation", "benefits"),
        ("Equal opportunity", "legal"), ("EEO statement", "legal"),
        ("Accommodations", "legal"), ("How to apply", "legal"), ("Location", None),
    ],
)
def test_heading_names(heading: str, kind: str | None) -> None:
    assert classify_heading(heading) == kind


def test_heading_shapes() -> None:
    text = ("**Responsibilities**\n- Use Python.\n## Requirements\n- Docker.\nNICE TO HAVE\n"
            "- Go.\nBenefits:\n- Gym.\nRequirements: SQL and Kafka.\nExperience with AWS\n")
    kinds = [(s.kind, s.heading) for s in split_posting(text).sections]
    assert kinds == [("responsibilities", "Responsibilities"), ("requirements", "Requirements"),
                     ("preferred", "NICE TO HAVE"), ("benefits", "Benefits"),
                     ("requirements", "Requirements")]
    # "Experience with AWS" looks like a heading line but is a requirement.
    assert split_posting(text).sections[-1].text == "SQL and Kafka.\nExperience with AWS"


# ------------------------------------------------------------------ input hygiene


def test_lone_bullets_and_page_numbers(samples: dict[str, PostingAnalysis]) -> None:
    a = samples["software"]
    must = next(s for s in a.sections if s.kind == "requirements")
    assert must.text.split("\n") == ["5+ years of professional software development experience.",
                                     "Strong Python and SQL skills.",
                                     "Experience with Kafka is a plus."]
    assert not any(line.strip() in {"•", "2"} for s in a.sections for line in s.text.split("\n"))


def test_hard_wrapped_lines_are_joined(samples: dict[str, PostingAnalysis]) -> None:
    a = samples["mechanical"]
    fea = next(s for s in a.skills if s.name == "FEA")
    assert fea.snippet == ("Run FEA on castings and welded frames to verify strength and "
                           "fatigue life, and support physical testing in our lab.")
    assert "production-ready drawings" in a.sections[1].text  # "draw-" / "ings" rejoined


def test_latex_hyphenation_page_numbers_and_soft_hyphens() -> None:
    text = ("Responsibilities\n• Build scal-\nable, low-\nlatency services in Java for the\n"
            "entire company.\n1\n• Keep user\u00adcentered design in Python.\n")
    units = [u.text for u in split_posting(text).units]
    assert units == ["Build scalable, low-latency services in Java for the entire company.",
                     "Keep user-centered design in Python."]


def test_markdown_is_stripped(samples: dict[str, PostingAnalysis]) -> None:
    a = samples["marketing"]
    seo = next(s for s in a.skills if s.name == "SEO")
    assert seo.snippet.startswith("Own SEO for our product pages: keyword research")
    assert "](" not in seo.snippet and "**" not in a.sections[0].text


def test_french_posting_does_not_crash() -> None:
    text = ("Développeur Python senior\n\nVous devrez accomplir les tâches suivantes :\n"
            "• Fournir du code Python de haute qualité dans le nuage (AWS).\n"
            "Atouts :\n• Connaissance de Terraform.\n")
    a = analyse(text)
    assert {"Python", "AWS"} <= required(a)
    assert a.sections[1].kind == "responsibilities"


def test_coordinated_lists_are_split() -> None:
    phrases = [c.text for c in key_phrases(
        [("Lead data preparation, transformation and exploration with Python, R, and SAS. "
          "Use quantitative and qualitative methods.", 1.0)], lambda _: False)]
    for p in ("data preparation", "data transformation", "data exploration", "Python", "R",
              "SAS", "quantitative methods", "qualitative methods"):
        assert p in phrases, (p, phrases)


# ------------------------------------------------------------ never raise, bounded


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    a = _analyse(text, None, None, VOCAB)  # the unguarded core, so errors show
    assert isinstance(a, PostingAnalysis)
    assert len(a.keywords) <= 25


_POSTING_ALPHABET = st.sampled_from(
    ["\n", " ", "•", "-", ":", "**", "#", "(", ")", ",", ";", ".", "5+ years", "Python",
     "Requirements", "Nice to have", "ABOUT US", "equal opportunity", "or", "and", "a plus",
     "must", "Bachelor's", "certification", "license", "\u00ad", "scal-", "e.g.", "1"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_POSTING_ALPHABET, max_size=200).map("".join))
def test_posting_shaped_text_never_raises(text: str) -> None:
    a = _analyse(text, None, None, VOCAB)
    assert all(s.kind in {"about", "responsibilities", "requirements", "preferred",
                          "benefits", "legal", "other"} for s in a.sections)


def test_huge_input_returns_quickly() -> None:
    text = ("Requirements:\n" + "- Python, Java or Go; 5+ years (a plus) e.g. AWS " * 4000
            + "x" * 50_000 + "(" * 20_000)
    start = time.process_time()  # CPU time: a loaded machine must not fail it
    a = _analyse(text, None, None, VOCAB)
    assert time.process_time() - start < 10
    assert a.skills


@pytest.mark.allow_log("tailor_app.tailoring.posting.analyse", "posting analysis failed")
def test_unexpected_error_gives_a_readable_result(caplog: pytest.LogCaptureFixture) -> None:
    class Broken(TinyVocabulary):
        def find(self, text: str, *, cjk: bool = False) -> list[SkillHit]:
            raise RuntimeError("boom")

    a = analyse_posting("Requirements\n- Python", vocabulary=Broken())
    assert a.sections[0].text == "Requirements\n- Python" and a.skills == []
    assert "posting analysis failed" in caplog.text


def test_result_round_trips_to_json(samples: dict[str, PostingAnalysis]) -> None:
    data = samples["nurse"].to_dict()
    assert data["required_skills"] == samples["nurse"].required_skills
    assert {"title", "company", "sections", "skills", "keywords", "min_years", "degree",
            "certifications"} <= set(data)


# ------------------------------------------------------------------ real postings

CORPUS_JDS = [
    "18f_coe_data_analytics_specialist.txt", "18f_consulting_software_engineer.txt",
    "18f_logingov_devops_sre.txt", "18f_logingov_product_manager.txt", "18f_ux_designer.txt",
    "cds_fr_developpeur_python_senior.txt", "cds_full_stack_developer.txt",
    "cds_platform_sre_developer.txt", "cds_senior_front_end_developer.txt",
    "resume-matcher_backend-eng.txt", "resume-matcher_java_developer_from_pdf.txt",
    "resume-matcher_ml-eng.txt", "resume-matcher_servicenow_senior_engineer.txt",
]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "title", "company", "years", "degree"),
    [
        ("cds_full_stack_developer.txt", "Full Stack Software Developer", "CDS", None, None),
        ("resume-matcher_java_developer_from_pdf.txt", "Java Developer", "Tech Solutions", 3,
         "bachelor"),
        ("resume-matcher_backend-eng.txt", "Senior Backend Engineer", None, 4, None),
        ("resume-matcher_ml-eng.txt", "Machine Learning Engineer", None, 3, None),
        ("18f_logingov_product_manager.txt", "Product Manager", "Login.gov", 1, None),
        ("18f_logingov_devops_sre.txt", "DevOps/Site Reliability Engineer (IT Specialist)",
         "Login.gov", 1, None),
    ],
)
def test_corpus_posting_facts(
    corpus_dir: Path, name: str, title: str, company: str | None, years: int | None,
    degree: str | None,
) -> None:
    a = analyse((corpus_dir / "jds" / name).read_text(encoding="utf-8"))
    assert (a.title, a.company, a.min_years, a.degree) == (title, company, years, degree)


@pytest.mark.corpus
def test_corpus_structure_and_hygiene(corpus_dir: Path) -> None:
    full_stack = analyse((corpus_dir / "jds" / "cds_full_stack_developer.txt").read_text())
    assert [s.kind for s in full_stack.sections] == ["other", "responsibilities", "requirements",
                                                     "legal"]
    assert {"Python", "Flask", "Celery", "AWS", "CSS", "JavaScript"} <= required(full_stack)
    assert {"Terraform", "Docker", "Kubernetes", "Serverless", "Tailwind"} <= preferred(
        full_stack)
    java = analyse((corpus_dir / "jds" / "resume-matcher_java_developer_from_pdf.txt").read_text())
    text = "\n".join(s.text for s in java.sections)
    assert "scalable, enterprise-grade" in text and "Transaction management" in text
    assert "\n1\n" not in text and not text.endswith("\n2")
    pm = analyse((corpus_dir / "jds" / "18f_logingov_product_manager.txt").read_text())
    assert all(line.strip() != "•" for s in pm.sections for line in s.text.split("\n"))


@pytest.mark.corpus
@pytest.mark.parametrize("name", CORPUS_JDS)
def test_corpus_postings_with_the_real_vocabulary(corpus_dir: Path, name: str) -> None:
    vocabulary = pytest.importorskip("tailor_app.tailoring.skills.vocabulary").load_vocabulary()
    text = (corpus_dir / "jds" / name).read_text(encoding="utf-8")
    if len({h.skill.name for h in vocabulary.find(text)}) < 3:
        pytest.skip(f"the vocabulary does not cover the field of {name} yet")
    start = time.process_time()  # CPU time: a loaded machine must not fail it
    a = analyse_posting(text)
    elapsed = time.process_time() - start
    assert len(a.skills) >= 3, a.skills
    assert elapsed < 2.0  # generous: the budget is held by the benchmark, not here
    assert all(s.section not in {"legal", "benefits"} for s in a.skills)


# "Gold hard skills" of the corpus MANIFEST, as terms the vocabulary should resolve.
GOLD: dict[str, tuple[set[str], set[str]]] = {
    "cds_full_stack_developer.txt": ({"Python", "Flask", "Celery", "AWS", "JavaScript", "CSS",
                                      "WCAG"}, {"Terraform", "Docker", "Kubernetes"}),
    "resume-matcher_backend-eng.txt": ({"Python", "FastAPI", "Django REST Framework", "asyncio",
                                        "PostgreSQL", "Kafka", "Redis", "Docker", "AWS",
                                        "Kubernetes", "Datadog", "OpenTelemetry"}, set()),
    "resume-matcher_ml-eng.txt": ({"Python", "PyTorch", "scikit-learn", "MLflow", "SQL",
                                   "SageMaker", "Spark"}, set()),
    "resume-matcher_java_developer_from_pdf.txt": ({"Java", "SQL", "Hibernate", "JPA",
                                                    "Spring MVC", "test-driven development"},
                                                   set()),
    "18f_consulting_software_engineer.txt": ({"Ruby", "Python", "JavaScript", "Go"}, set()),
    "18f_coe_data_analytics_specialist.txt": ({"Python", "R", "SAS", "SQL", "Tableau",
                                               "Power BI"}, set()),
    "18f_logingov_devops_sre.txt": ({"AWS", "Terraform", "Chef", "Ruby on Rails"}, set()),
    "cds_senior_front_end_developer.txt": ({"JavaScript", "Angular", "React", "WCAG"}, set()),
    "resume-matcher_servicenow_senior_engineer.txt": ({"ServiceNow", "JavaScript", "ITIL",
                                                       "Git", "Jenkins", "MySQL", "SQL"}, set()),
    "cds_fr_developpeur_python_senior.txt": ({"Python"}, set()),
}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(GOLD))
def test_corpus_gold_skills(corpus_dir: Path, name: str) -> None:
    vocabulary = pytest.importorskip("tailor_app.tailoring.skills.vocabulary").load_vocabulary()
    a = analyse_posting((corpus_dir / "jds" / name).read_text(encoding="utf-8"))
    found = {s.name: s.required for s in a.skills}
    gold, nice = GOLD[name]

    def canonical(term: str) -> str:
        skill = vocabulary.lookup(term)
        return skill.name if skill is not None else term

    unknown = sorted(t for t in gold | nice if vocabulary.lookup(t) is None)
    known = {t for t in gold if t not in unknown}
    if len(known) < len(gold) / 2:
        pytest.skip(f"the vocabulary lacks most gold skills of {name}: {unknown}")
    missing = {t for t in known if canonical(t) not in found}
    assert len(missing) <= len(known) // 4, (
        f"{name}: analyser missed {sorted(missing)}; vocabulary lacks {unknown}")
    for term in nice:
        if term not in unknown:
            assert found.get(canonical(term)) is False, f"{term} should be preferred in {name}"


@pytest.mark.parametrize(
    ("key", "must", "nice"),
    [
        ("nurse", {"RN", "BLS", "ACLS", "EHR", "patient assessment"}, {"Epic"}),
        ("accountant", {"GAAP", "NetSuite", "Excel", "account reconciliation"}, {"CPA"}),
        ("mechanical", {"SolidWorks", "AutoCAD", "GD&T", "FEA"}, {"ANSYS"}),
        ("project_manager", {"PMP", "Jira", "Agile", "Scrum", "risk management"}, set()),
        ("retail", {"visual merchandising", "inventory management", "point of sale"}, set()),
        ("software", {"Python", "SQL", "PostgreSQL", "Docker"}, {"Kafka"}),
    ],
)
def test_samples_with_the_real_vocabulary(key: str, must: set[str], nice: set[str]) -> None:
    vocabulary = pytest.importorskip("tailor_app.tailoring.skills.vocabulary").load_vocabulary()
    known = {t: s.name for t in must | nice if (s := vocabulary.lookup(t)) is not None}
    if len(known) < len(must | nice):
        pytest.skip(f"the vocabulary lacks {sorted(set(must | nice) - set(known))}")
    a = analyse_posting(POSTINGS[key])
    assert {known[t] for t in must} <= required(a)
    assert {known[t] for t in nice} <= preferred(a)


@pytest.mark.parametrize(("heading", "kind"), [
    ("Your toolbox", "requirements"), ("Tools of the trade", "requirements"),
    ("What gets you hired", "requirements"), ("Your background", "requirements"),
    ("The work", "responsibilities"), ("What the job looks like", "responsibilities"),
    ("Where you come in", "responsibilities"), ("Your first 90 days", "responsibilities"),
    ("Nice extras", "preferred"), ("What we're building", "about"), ("Our projects", "about"),
])
def test_headings_in_a_companys_own_voice(heading: str, kind: str) -> None:
    assert classify_heading(heading) == kind
