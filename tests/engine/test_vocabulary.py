"""The skills vocabulary: its data files and the matcher's hard cases.

The data tests read every shipped field file (ours and the other fields'), so a
clash between two files written by different people fails here rather than
silently mapping a word to the wrong skill at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailor_app.paths import resource_path
from tailor_app.tailoring.model import SKILL_KINDS
from tailor_app.tailoring.skills.vocabulary import (
    SkillHit,
    Vocabulary,
    alias_key,
    closed_key,
    load_vocabulary,
)

SKILLS_DIR = resource_path("skills")

TINY = """
# a comment line
C\thard\t=C
C++\thard\t=Cpp
C#\thard\tC sharp
Go\thard\t=Go | Golang
R\thard\t=R | R programming
Java\thard
JavaScript\thard\t=JS
Python\thard
SQL\thard
MySQL\ttool
React\ttool\t=React | ReactJS
Node.js\ttool\t=Node | NodeJS
.NET\ttool\tdotnet
ASP.NET\ttool
Budgeting\thard\tbudget
Spreadsheets\thard
Front-End Development\thard\tfront-end
Email Marketing\thard\te-mail marketing
Operating Room\thard\t=OR | operating theatre
Registered Nurse\tcertification\t=RN | R.N.
French\tlanguage\t=French
CompTIA Security+\tcertification\tSecurity+
CompTIA A+\tcertification\t=A+
"""


@pytest.fixture(scope="module")
def tiny() -> Vocabulary:
    vocabulary = Vocabulary.from_lines(TINY)
    assert vocabulary.problems == []
    return vocabulary


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


def names(vocabulary: Vocabulary, text: str) -> list[str]:
    return [hit.skill.name for hit in vocabulary.find(text)]


# ------------------------------------------------------------------ hard cases


def test_java_is_not_found_inside_javascript(tiny: Vocabulary) -> None:
    assert names(tiny, "JavaScript and Java") == ["JavaScript", "Java"]
    assert names(tiny, "Javanese coffee") == []


def test_react_is_not_found_in_reactive(tiny: Vocabulary) -> None:
    assert names(tiny, "Reactive programming, reactivity") == []
    assert names(tiny, "React and ReactJS") == ["React", "React"]


def test_longest_match_wins_mysql_over_sql(tiny: Vocabulary) -> None:
    assert names(tiny, "MySQL") == ["MySQL"]
    assert names(tiny, "SQL (MySQL)") == ["SQL", "MySQL"]


def test_c_family(tiny: Vocabulary) -> None:
    assert names(tiny, "C/C++") == ["C", "C++"]
    assert names(tiny, "C#") == ["C#"]
    assert names(tiny, "Languages: C, Python") == ["C", "Python"]
    assert names(tiny, "C++17 and C#.") == ["C++", "C#"]


@pytest.mark.parametrize("text", [
    "Vitamin C deficiency", "presented to the C-suite", "C-level executives",
    "C level", "grade C", "John C. Smith", "c, python",
])
def test_c_needs_programming_context(tiny: Vocabulary, text: str) -> None:
    assert "C" not in names(tiny, text)


@pytest.mark.parametrize("text", [
    "Go, Python", "Golang", "Go and Python", "services written in Go",
    "Python, Go.", "Go programming",
])
def test_go_the_language(tiny: Vocabulary, text: str) -> None:
    assert "Go" in names(tiny, text)


@pytest.mark.parametrize("text", [
    "go the extra mile", "Go above and beyond", "Go to market", "Go-getter attitude",
    "ready to go", "GO",
])
def test_go_the_verb(tiny: Vocabulary, text: str) -> None:
    assert "Go" not in names(tiny, text)


@pytest.mark.parametrize(("text", "found"), [
    ("R, Python", True), ("R programming", True), ("Python and R", True),
    ("R&D budget", False), ("Dr. R. Smith", False), ("Excel(R)", False),
    ("grade R", False),
])
def test_r(tiny: Vocabulary, text: str, found: bool) -> None:
    assert ("R" in names(tiny, text)) is found


def test_dotted_names(tiny: Vocabulary) -> None:
    assert names(tiny, ".NET, ASP.NET and dotnet") == [".NET", "ASP.NET", ".NET"]
    assert names(tiny, "Node.js; NodeJS; Node") == ["Node.js"] * 3
    assert names(tiny, "a network node") == []


def test_plural_and_tense_variants(tiny: Vocabulary) -> None:
    assert names(tiny, "spreadsheets") == ["Spreadsheets"]
    assert names(tiny, "a spreadsheet") == ["Spreadsheets"]
    assert names(tiny, "budgets, budgeted, budgeting") == ["Budgeting"] * 3


def test_case_exact_aliases_never_fold(tiny: Vocabulary) -> None:
    assert names(tiny, "RNs and ORs") == []
    assert names(tiny, "RN, OR") == ["Registered Nurse", "Operating Room"]


def test_hyphen_and_space_variants(tiny: Vocabulary) -> None:
    text = "front-end, front end, frontend; e-mail marketing and email marketing"
    assert names(tiny, text) == ["Front-End Development"] * 3 + ["Email Marketing"] * 2


def test_punctuation_around_terms(tiny: Vocabulary) -> None:
    text = "(SQL) SQL; SQL. [SQL] 'SQL' \"SQL\""
    assert names(tiny, text) == ["SQL"] * 6


def test_phrases_do_not_span_punctuation() -> None:
    vocabulary = Vocabulary.from_lines("AWS\ttool\nAmazon EKS\ttool\tAWS EKS\nEKS\ttool")
    assert names(vocabulary, "AWS (EKS)") == ["AWS", "EKS"]
    assert names(vocabulary, "AWS EKS") == ["Amazon EKS"]
    assert names(vocabulary, "AWS\nEKS") == ["AWS", "EKS"]


def test_a_possessive_inside_a_name_is_part_of_it() -> None:
    """A name written with a possessive ("Commercial Driver's License", "workers'
    comp") is found as the text writes it, straight or curly apostrophe; a possessive
    after a name still finds the name alone ("Python's")."""
    vocabulary = Vocabulary.from_lines(
        "Commercial Driver's License\tcertification\t=CDL\n"
        "Workers' Compensation\thard\tworkers' comp\nPython\thard")
    assert names(vocabulary, "Class A Commercial Driver's License required") == [
        "Commercial Driver's License"]
    assert names(vocabulary, "a commercial driver’s license") == ["Commercial Driver's License"]
    assert names(vocabulary, "filed workers' comp claims") == ["Workers' Compensation"]
    assert names(vocabulary, "Python's typing module") == ["Python"]


def test_an_ampersand_between_words_reads_and() -> None:
    """"Health & Safety" is the name written "health and safety"; a name written with
    "&" is still found as written, and "&" inside a token ("R&D") is no "and"."""
    vocabulary = Vocabulary.from_lines(
        "Health and Safety\thard\nWage and Hour Compliance\thard\twage and hour\n"
        "Food and Beverage Service\thard\tFood & Beverage\nResearch\thard")
    assert names(vocabulary, "Led Health & Safety audits") == ["Health and Safety"]
    assert names(vocabulary, "wage & hour laws") == ["Wage and Hour Compliance"]
    assert names(vocabulary, "wage & hours") == ["Wage and Hour Compliance"]
    assert names(vocabulary, "Food & Beverage") == ["Food and Beverage Service"]
    assert names(vocabulary, "health safety") == []
    assert names(vocabulary, "R&D and research") == ["Research"]


def test_a_numbered_form_s_plural_is_the_form() -> None:
    """"I-9s" are I-9 forms; a decade ("the 1990s") names no form."""
    vocabulary = Vocabulary.from_lines("Employment Eligibility\thard\t=I-9\nISO 9001\thard")
    assert names(vocabulary, "Completed I-9s for new hires") == ["Employment Eligibility"]
    assert names(vocabulary, "audited to ISO 9001s") == ["ISO 9001"]
    assert names(vocabulary, "grew up in the 1990s") == []


def test_all_caps_line_needs_list_context(tiny: Vocabulary) -> None:
    assert names(tiny, "PROJECT MANAGER OR COORDINATOR") == []
    assert names(tiny, "Operating Room (OR) nurse") == ["Operating Room", "Operating Room"]


def test_a_plus_is_a_grade_unless_listed_with_certifications(tiny: Vocabulary) -> None:
    assert names(tiny, "Graduated with an A+ average") == []
    assert names(tiny, "Certifications: A+, Security+") == ["CompTIA A+", "CompTIA Security+"]


def test_spoken_language(tiny: Vocabulary) -> None:
    assert names(tiny, "Fluent in French and English") == ["French"]


def test_hits_are_spans_of_the_text(tiny: Vocabulary) -> None:
    text = "Built with C/C++ and Go, deployed with Node.js."
    for hit in tiny.find(text):
        assert text[hit.start:hit.end] == hit.surface
    assert [h.surface for h in tiny.find(text)] == ["C", "C++", "Go", "Node.js"]


def test_lookup_respects_case_rules(tiny: Vocabulary) -> None:
    assert tiny.lookup("Golang").name == "Go"
    assert tiny.lookup("Go").name == "Go"
    assert tiny.lookup("go") is None
    assert tiny.lookup("rn") is None
    assert tiny.lookup("R.N.").name == "Registered Nurse"
    assert tiny.lookup("front end").name == "Front-End Development"
    assert tiny.lookup("SQL Server") is None
    assert tiny.lookup("") is None


def test_loader_reports_clashes_and_bad_lines() -> None:
    clash = Vocabulary.from_lines("PostgreSQL\ttool\tPostgres\nPostgres DB\ttool\tpostgres")
    assert any("Postgres" in p for p in clash.problems)
    assert clash.lookup("Postgres").name == "PostgreSQL"  # first wins at run time
    bad = Vocabulary.from_lines("Thing\tgadget\nlonely")
    assert len(bad.problems) == 2 and len(bad) == 0


def test_same_name_in_two_fields_merges(tmp_path: Path) -> None:
    (tmp_path / "finance.tsv").write_text("Microsoft Excel\ttool\t=Excel\n", encoding="utf-8")
    (tmp_path / "admin.tsv").write_text("Microsoft Excel\ttool\tspreadsheets in Excel\n",
                                        encoding="utf-8")
    vocabulary = Vocabulary.from_files(tmp_path.glob("*.tsv"))
    assert vocabulary.problems == [] and len(vocabulary) == 1
    skill = vocabulary.lookup("Excel")
    assert skill is not None and skill.fields == ("admin", "finance")
    assert vocabulary.lookup("spreadsheets in Excel") is skill


# ------------------------------------------------------------ the shipped data


def test_every_shipped_line_parses_with_a_valid_kind(full: Vocabulary) -> None:
    assert full.problems == []
    assert {skill.kind for skill in full.skills} <= set(SKILL_KINDS)
    for path in SKILLS_DIR.glob("*.tsv"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                cols = line.split("\t")
                assert 2 <= len(cols) <= 3, f"{path.name}:{number}"
                assert cols[1] in SKILL_KINDS, f"{path.name}:{number}"


def test_enough_fields_and_entries(full: Vocabulary) -> None:
    fields = {f for skill in full.skills for f in skill.fields}
    assert len(fields) >= 12, sorted(fields)
    assert len(full) >= 2500


def test_our_fields_have_breadth(full: Vocabulary) -> None:
    ours = {"software", "data_ai", "cloud_devops", "it_security", "design", "soft_skills",
            "languages"}
    count = sum(1 for skill in full.skills if ours & set(skill.fields))
    assert count >= 1100


def test_brief_aliases(full: Vocabulary) -> None:
    pairs = {
        "Postgres": "PostgreSQL", "JS": "JavaScript", "TS": "TypeScript", "k8s": "Kubernetes",
        "GCP": "Google Cloud Platform", "Amazon Web Services": "Amazon Web Services",
        "ML": "Machine Learning", "NLP": "Natural Language Processing", "sklearn": "scikit-learn",
        "EC2": "Amazon EC2", "S3": "Amazon S3",
        "Security+": "CompTIA Security+", "SOC 2": "SOC 2",
        "Mandarin": "Mandarin Chinese", "Power BI": "Microsoft Power BI",
        "Hugging Face": "Hugging Face", "CMDB": "Configuration Management Database",
    }
    for term, name in pairs.items():
        skill = full.lookup(term)
        assert skill is not None and skill.name == name, term
    assert full.lookup("ml") is None


FIELD_TEXTS = [
    ("Built REST APIs in Python (Django) and TypeScript/React; deployed on AWS with Docker "
     "and Kubernetes via GitHub Actions.",
     {"Python", "Django", "TypeScript", "React", "Amazon Web Services", "Docker", "Kubernetes",
      "GitHub Actions", "REST APIs"}),
    ("Data analyst: SQL, Tableau and Power BI dashboards; pandas and scikit-learn models; "
     "A/B testing and regression analysis.",
     {"SQL", "Tableau", "Microsoft Power BI", "Pandas", "scikit-learn", "A/B Testing",
      "Regression Analysis"}),
    ("Service desk analyst using ServiceNow for incident management; Active Directory and "
     "Intune administration; CompTIA Security+ and ITIL 4 certified.",
     {"ServiceNow", "Incident Management", "Active Directory", "Microsoft Intune",
      "CompTIA Security+"}),
    ("Product designer: user research, wireframing and prototyping in Figma; usability "
     "testing and WCAG 2.1 accessibility audits.",
     {"User Research", "Wireframing", "Prototyping", "Figma", "Usability Testing",
      "Accessibility"}),
    ("Registered nurse (RN) with BLS and ACLS; patient care on a med-surg unit; Epic charting.",
     {"Registered Nurse", "Basic Life Support", "Advanced Cardiovascular Life Support"}),
    ("Staff accountant: month-end close, account reconciliation, GAAP, QuickBooks and Excel.",
     {"Month-End Close", "Account Reconciliation", "GAAP", "QuickBooks", "Microsoft Excel"}),
    ("Teacher: lesson planning, classroom management, differentiated instruction and IEPs.",
     {"Lesson Planning", "Classroom Management", "Differentiated Instruction"}),
    ("Strong communication and leadership; excellent problem-solving and time management; "
     "fluent in Spanish and French.",
     {"Communication", "Leadership", "Problem Solving", "Time Management", "Spanish",
      "French"}),
]


@pytest.mark.parametrize(("text", "expected"), FIELD_TEXTS)
def test_realistic_paragraphs(full: Vocabulary, text: str, expected: set[str]) -> None:
    found = set(names(full, text))
    assert expected <= found, expected - found
    absurd = {"C", "R", "Go", "Operating Room", "Information Technology"}
    assert not (found & absurd), found & absurd


@pytest.mark.parametrize("text", [
    "We go the extra mile for our customers. Go above and beyond!",
    "Managed the C-suite calendar and R&D budget reviews with Dr. R. Smith.",
    "PROJECT MANAGER OR COORDINATOR, IT WAS A PLEASURE",
    "Vitamin C and vitamin D levels were charted every shift.",
])
def test_plain_sentences_find_no_programming_languages(full: Vocabulary, text: str) -> None:
    assert {"C", "R", "Go", "D"} & set(names(full, text)) == set()


# ------------------------------------------------------------------ properties


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_find_never_raises_and_spans_are_consistent(text: str) -> None:
    vocabulary = load_vocabulary()
    previous_end = 0
    for hit in vocabulary.find(text):
        assert text[hit.start:hit.end] == hit.surface
        assert hit.start >= previous_end and hit.end > hit.start
        previous_end = hit.end


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["C", "C++", "Go", "R", "SQL", "MySQL", "Node.js", ",", " ",
                                 "/", "-", "(", ")", ".", "&", "go", "\n", "React"]),
                max_size=30))
def test_find_on_token_soup(tokens: list[str]) -> None:
    text = "".join(tokens)
    vocabulary = load_vocabulary()
    for hit in vocabulary.find(text):
        assert text[hit.start:hit.end] == hit.surface
        assert vocabulary.lookup(hit.surface) is not None


def test_load_vocabulary_is_cached() -> None:
    assert load_vocabulary() is load_vocabulary()
    assert len(load_vocabulary(Path(SKILLS_DIR))) == len(load_vocabulary())


def test_web_addresses_and_reddit_names_are_not_skills() -> None:
    """A user trial's resume listed "r/programming" under READING: that is a forum."""
    vocabulary = load_vocabulary()
    assert vocabulary.find('"r/programming"') == []
    assert vocabulary.find("https://www.reddit.com/r/programming/") == []
    assert vocabulary.find("see www.example.com/python") == []
    names = [h.skill.name for h in vocabulary.find("Skills: R, C/C++, CI/CD, TCP/IP")]
    assert names == ["R", "C", "C++", "CI/CD", "TCP/IP"]
    assert [h.skill.name for h in vocabulary.find("R programming and SQL")] == ["R", "SQL"]


# ---------------------------------------------- the derived layer (O*NET, ESCO)

GENERATED = SKILLS_DIR / "generated" / "vocabulary.json"
DERIVED_SOURCES = {"onet-technology", "onet-tools", "esco"}

# Written for these tests, one paragraph per field the derived layer is for:
# equipment, methods, regulations, licences and acronyms a resume or posting names.
FIELD_RECALL = [
    ("Serviced rooftop units; tested circuits with digital multimeters; brazed copper "
     "lines; followed lockout/tagout and NFPA 70E; EPA 608 certified; ran skid steers.",
     {"Multimeters", "Lockout/Tagout", "EPA Section 608 Certification",
      "Skid Steer"}),
    ("Set up infusion pumps and pulse oximeters, sterilized instruments in autoclaves, "
     "checked sugars with a glucometer, gave treatments by nebulizer; BLS and ACLS; HIPAA.",
     {"IV Pumps", "Pulse oximeters", "Autoclaves", "Glucometers", "Nebulizers",
      "Basic Life Support", "Advanced Cardiovascular Life Support", "HIPAA"}),
    ("Administered FMLA leave and COBRA notices, kept EEO and FLSA records, ran payroll "
     "in ADP, coached managers on workplace investigations; SHRM-CP.",
     {"FMLA", "COBRA", "EEO", "FLSA", "Payroll", "ADP", "Workplace investigations",
      "SHRM Certified Professional"}),
    ("Planned lessons to Common Core standards, wrote IEPs and 504 plans, used "
     "Google Classroom and Nearpod, and holds a state teaching license.",
     {"Common Core", "Individualized Education Program", "504 Plan", "Google Classroom",
      "Nearpod", "Teaching License"}),
    ("Drafted layouts in Autodesk Revit and checked clash reports; estimated in Bluebeam "
     "Revu; logged work orders in a CMMS.",
     {"Revit", "Bluebeam", "CMMS"}),
]


@pytest.mark.parametrize(("text", "expected"), FIELD_RECALL)
def test_fields_outside_software_are_found(full: Vocabulary, text: str,
                                           expected: set[str]) -> None:
    found = set(names(full, text))
    assert expected <= found, expected - found


# Ordinary prose of the kind every posting carries (benefits, boilerplate, duties):
# none of the derived entries may fire on it, nor any tool or certification.
ORDINARY_PROSE = """\
About us: a family-owned company with offices in three states. We offer medical, dental
and vision insurance, paid time off and a retirement plan. You will answer phones, greet
visitors, order supplies, sort the mail and help with special projects as needed; check-ins
with your manager happen weekly. Must be able to lift 50 pounds and stand for long periods.
A valid driver's license and reliable transportation are required. Pay depends on
experience. Apply with your profile and a short cover letter; the application process is
quick, and we respect quality standards in all we do. Kitchen, coffee, workspace, parking,
the ins and outs of the job, and a principle we live by: access for everyone, at no risk.
"""


def test_ordinary_prose_finds_no_derived_terms(full: Vocabulary) -> None:
    hits = full.find(ORDINARY_PROSE)
    derived = [(h.surface, h.skill.name) for h in hits if h.skill.source != "curated"]
    assert derived == []
    assert [h.surface for h in hits if h.skill.kind in ("tool", "certification")] == []


@pytest.mark.parametrize("text", [
    "Patient check-ins and the ins and outs of intake.",  # INS (inertial navigation)
    "Update your profile photo.",
    "Keep your workspace clean.",
    "Assess the risk of falls.",
    "Light the torch and braze the joint.",
])
def test_acronyms_and_vendor_names_of_other_fields_are_not_hits(full: Vocabulary,
                                                                text: str) -> None:
    assert [h.surface for h in full.find(text) if h.skill.kind == "tool"] == []


def test_generated_file_is_the_derived_layer(full: Vocabulary) -> None:
    head = json.loads(GENERATED.read_text(encoding="utf-8"))
    assert head["format"] == 1
    by_source = {s: sum(1 for k in full.skills if k.source == s) for s in DERIVED_SOURCES}
    assert all(count > 500 for count in by_source.values()), by_source
    assert {k.source for k in full.skills} == DERIVED_SOURCES | {"curated"}
    for name, count in head["entries_by_source"].items():
        assert name in DERIVED_SOURCES | {"curated"} and count > 0


def test_generated_keys_are_the_matchers_own() -> None:
    """The derived file carries each alias's key precomputed (fast loading); a change to
    the tokeniser must come with a rebuild (scripts/build_vocabulary.py), or this fails."""
    rows = json.loads(GENERATED.read_text(encoding="utf-8"))["entries"]
    for name, kind, fields, source, aliases in rows:
        assert kind in SKILL_KINDS and fields and source
        for alias, exact, key, closed in aliases:
            assert (key, closed) == (alias_key(alias, exact), closed_key(alias, exact)), name


def test_curated_entries_win_over_derived(full: Vocabulary) -> None:
    # The curated files name these; the derived layer only adds spellings to them.
    for term, name in [("Autodesk AutoCAD", "AutoCAD"), ("PostgreSQL", "PostgreSQL"),
                       ("Microsoft SQL Server", "Microsoft SQL Server")]:
        skill = full.lookup(term)
        assert skill is not None and skill.name == name and skill.source == "curated"


def test_lines_of_a_text_read_whole_are_found_as_if_read_alone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Matching reads the resume whole, renames and the guard line by line: each line
    is remembered from the whole reading, with its own offsets, says the same as
    when read alone, and is not read a second time."""
    text = ("Registered nurse, Epic and wound care\n\n"
            "• Charted assessments in Cerner PowerChart; IV therapy\nPython, SQL and Excel")
    vocabulary = load_vocabulary.__wrapped__()  # a private copy: its caches are ours
    alone = {line: [(h.skill.name, h.start, h.end, h.surface) for h in vocabulary.find(line)]
             for line in text.split("\n") if line}
    assert all(alone.values())
    vocabulary.clear_cache()
    vocabulary.find(text)
    reads: list[str] = []
    real = Vocabulary._find

    def counting(self: Vocabulary, line: str, cjk: bool = False) -> list[SkillHit]:
        reads.append(line)
        return real(self, line, cjk)

    monkeypatch.setattr(Vocabulary, "_find", counting)
    for line, hits in alone.items():
        assert [(h.skill.name, h.start, h.end, h.surface) for h in vocabulary.find(line)
                ] == hits, line
    assert reads == []


def test_an_opening_words_answer_is_remembered_only_where_the_words_decide_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Words that open a name are looked up by themselves and the word after; that
    answer is reused, but never where a longer name could go on past the two words
    ("project management" before a comma, then before "software")."""
    vocabulary = Vocabulary.from_lines(
        "Project Management\thard\n"
        "Project Management Software\ttool\tproject management tools\n"
        "Microsoft Excel\ttool\n"
        "Budgeting\thard\n")
    assert names(vocabulary, "Led project management, budgeting") == [
        "Project Management", "Budgeting"]
    assert names(vocabulary, "Used project management software daily") == [
        "Project Management Software"]
    assert names(vocabulary, "project management") == ["Project Management"]
    assert names(vocabulary, "Microsoft, Excel and the project plan") == []
    assert names(vocabulary, "Microsoft Excel and the project plan") == ["Microsoft Excel"]
    walks: list[str] = []
    real = Vocabulary._walk

    def counting(self: Vocabulary, text: str, toks: list, raw: list[str],  # type: ignore[type-arg]
                 low: list[str], i: int) -> tuple:  # type: ignore[type-arg]
        walks.append(raw[i])
        return real(self, text, toks, raw, low, i)

    monkeypatch.setattr(Vocabulary, "_walk", counting)
    vocabulary.clear_cache()  # texts are forgotten; what words open is not
    assert names(vocabulary, "the project plan and Microsoft Excel") == ["Microsoft Excel"]
    assert walks == []
    assert names(vocabulary, "Chose project management software, then budgeting") == [
        "Project Management Software", "Budgeting"]
    assert walks == ["project"]  # three words long: read again each time


def test_the_skills_are_shared_not_copied_on_each_read(full: Vocabulary) -> None:
    """Every job reads ``skills``; 16,000 entries copied each time cost ~1 % of a job."""
    assert full.skills is full.skills
    assert len(full.skills) == len(full) and full.skills[0].name


def test_a_resume_only_phrase_shows_its_skill_and_is_no_alias() -> None:
    """``<phrase``: what a resume says that shows the skill, never a posting's ask."""
    vocabulary = Vocabulary.from_lines(
        "Guest relations\thard\tguest services | <welcomed guests\n"
        "Budgeting\thard\tbudget management | <=On Budget\n")
    assert vocabulary.problems == []
    assert vocabulary.find("We have welcomed guests since 1952 and manage every budget") == []
    assert vocabulary.lookup("welcomed guests") is None
    shown = [(h.skill.name, h.surface) for h in vocabulary.shown_by(
        "Welcomed guest at the door; delivered on budget, then On Budget")]
    assert shown == [("Guest relations", "Welcomed guest"), ("Budgeting", "On Budget")]
    assert vocabulary.shown_by("Greeted visitors") == []


def test_a_resume_only_phrase_that_is_already_an_alias_is_a_mistake() -> None:
    vocabulary = Vocabulary.from_lines(
        "Guest relations\thard\tguest services | <guest services\n")
    assert any("guest services" in p and "already an alias" in p
               for p in vocabulary.problems)
    assert vocabulary.shown_by("Ran guest services") == []


def test_a_line_of_phrases_only_lays_them_on_a_narrower_skill() -> None:
    """A line holding nothing but ``<phrase``s adds them to the skill of its name, even
    one split off a broader line, without taking that skill's place or its split."""
    from tailor_app.tailoring.skills.entries import parse_lines
    from tailor_app.tailoring.skills.splits import narrower_splits

    entries, problems = parse_lines([
        "Email Marketing\thard\temail campaigns | email newsletters",
        "Email newsletters\thard\t<monthly newsletters | <wrote the newsletter",
        "Galas\thard\t<ran the gala",
    ], "t")
    splits = narrower_splits(entries)
    assert splits == {"Email Marketing": [["email campaigns"], ["email newsletters"]]}
    vocabulary = Vocabulary(entries, problems, splits=splits)
    assert vocabulary.problems == []
    newsletters = vocabulary.lookup("email newsletters")
    assert newsletters is not None and newsletters.broader == ("Email Marketing",)
    assert [h.skill.name for h in vocabulary.shown_by("Wrote the monthly newsletters")] == [
        "Email newsletters"]
    # No such skill anywhere: the line makes one, as any other line.
    assert vocabulary.lookup("Galas") is not None
    assert [h.skill.name for h in vocabulary.shown_by("Ran the gala for 400 guests")] == ["Galas"]
