"""Role structure the corpus trial found wrong: which lines head a role, where one
role ends and the next begins, and what is a field of a role.

Each fix has a self-made case (reader hints given by hand, as the PDF and DOCX
readers give them) and a check on the real file that showed it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor_app.tailoring.model import ParsedResume, ResumeDocument, Section, TextLine
from tailor_app.tailoring.reading import read_resume
from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume


def _doc(lines: list[TextLine], fmt: str = "pdf") -> ResumeDocument:
    return ResumeDocument(text="\n".join(t.text for t in lines), lines=lines,
                          source_format=fmt)


def _parse(lines: list[TextLine], fmt: str = "pdf") -> ParsedResume:
    doc = _doc(lines, fmt)
    parsed = parse_resume(doc)
    assert invariant_problems(doc, parsed) == []
    return parsed


def _section(parsed: ParsedResume, kind: str) -> Section:
    return next(s for s in parsed.sections if s.kind == kind)


def _line(text: str, size: float = 10.0, bold: bool = False, page: int = 0) -> TextLine:
    return TextLine(text, size=size, bold=bold or None, page=page)


_CONTACT = [_line("Marisa Okafor", 24, True), _line("marisa.okafor@example.com")]


def test_a_name_with_an_exclamation_mark_is_an_employer() -> None:
    parsed = _parse([
        *_CONTACT,
        _line("EXPERIENCE", 17, True),
        _line("President & CEO", 12),
        _line("Yahoo!", 10, True),
        _line("July 2012 – Ongoing  Sunnyvale, CA", 9),
        _line("• Acquired Tumblr for $1.1 billion and moved the company’s blog there", 9),
        _line("Vice President of Location & Services", 12),
        _line("Google", 10, True),
        _line("Oct 2010 – July 2012  Palo Alto, CA", 9),
    ])
    roles = _section(parsed, "experience").entries
    assert [(r.title, r.organisation) for r in roles] == [
        ("President & CEO", "Yahoo!"), ("Vice President of Location & Services", "Google")]
    assert roles[0].bullets == [
        "Acquired Tumblr for $1.1 billion and moved the company’s blog there"]


def test_a_line_set_like_the_entrys_first_starts_the_next_entry() -> None:
    parsed = _parse([
        *_CONTACT,
        _line("EDUCATION", 16),
        _line("CORNELL UNIVERSITY", 12, True),
        _line("MENG IN COMPUTER SCIENCE", 11),
        _line("Dec 2014 | Ithaca, NY"),
        _line("CORNELL UNIVERSITY", 12, True),
        _line("BS IN COMPUTER SCIENCE", 11),
        _line("May 2014 | Ithaca, NY"),
        _line("Magna Cum Laude"),
        _line("Cum. GPA: 3.83 / 4.0"),
        _line("LA MARTINIERE FOR BOYS", 12, True),
        _line("Grad. May 2011 | Kolkata, India"),
    ])
    entries = _section(parsed, "education").entries
    assert [e.header[0] for e in entries] == [
        "CORNELL UNIVERSITY", "CORNELL UNIVERSITY", "LA MARTINIERE FOR BOYS"]
    assert [e.start.year if e.start else None for e in entries] == [2014, 2014, 2011]
    # Honours and GPA stay with the degree above them.
    assert "Magna Cum Laude" in entries[1].header + entries[1].bullets
    assert "Cum. GPA: 3.83 / 4.0" in entries[1].bullets
    assert entries[2].organisation == "LA MARTINIERE FOR BOYS"  # "Grad." labels a date


def test_plain_text_lines_have_no_look_to_split_on() -> None:
    """Without sizes or weights, four header lines still make one role."""
    parsed = parse_resume(
        "Rosa Diaz\nrosa@example.com\n\nEXPERIENCE\nAcme Corp\nWarehouse Supervisor\n"
        "Jan 2019 - Present\nAcme Corp\n- Ran the night shift of 14 pickers\n")
    role = _section(parsed, "experience").entries[0]
    assert role.header == ["Acme Corp", "Warehouse Supervisor", "Jan 2019 - Present",
                           "Acme Corp"]


def test_a_header_wrapped_after_a_comma_is_one_line() -> None:
    parsed = _parse([
        *_CONTACT,
        _line("Education", 14),
        _line("2014 – 2016 Master of Science in Computer Science, Specialization in AI, "
              "MIT, Cambridge,", 10.9),
        _line("USA", 10.9),
        _line("2010 – 2014 Bachelor of Science in Computer Science, UC San Diego, USA", 10.9),
    ])
    entries = _section(parsed, "education").entries
    assert len(entries) == 2
    assert entries[0].header == [
        "2014 – 2016 Master of Science in Computer Science, Specialization in AI, MIT, "
        "Cambridge, USA"]
    assert entries[0].organisation != "USA"


def test_a_bare_research_heading_holds_roles() -> None:
    parsed = _parse([
        *_CONTACT,
        _line("RESEARCH", 16),
        _line("CORNELL ROBOT LEARNING LAB | RESEARCHER", 12),
        _line("Jan 2014 – Jan 2015 | Ithaca, NY"),
        _line("Worked with Prof Saxena to create PlanIt, a tool which learns from feedback."),
    ])
    research = parsed.sections[-1]
    assert research.heading == "RESEARCH" and research.kind == "experience"
    role = research.entries[0]
    assert role.title == "RESEARCHER" and role.start is not None


def test_a_duration_beside_the_dates_is_not_the_employer() -> None:
    parsed = _parse([
        *_CONTACT,
        _line("Experience", 14, True),
        _line("Nexus AI, Co-Founder & CTO  San Francisco, CA  June 2023 – present  "
              "2 years 10 months"),
        _line("• Raised $18M Series A led by Sequoia Capital"),
    ])
    role = _section(parsed, "experience").entries[0]
    assert (role.title, role.organisation) == ("Co-Founder & CTO", "Nexus AI")
    assert role.end is not None and role.end.present


def test_a_role_split_by_a_page_break_keeps_its_dates() -> None:
    lines = [
        *_CONTACT,
        _line("GOVERNANCE", 16),
        _line("Member, The Mommies Network", 12.6, True),
        _line("2008-02 — 2010-01", 8.4),
        _line("Sat on the board of directors."),
        _line("Academic Contributor, Khronos Group", 12.6, True),
        TextLine("", page=0),
        _line("2015-01 — Present", 8.4, page=1),
        _line("Participated in the GORFF standardization process.", page=1),
    ]
    entries = parsed_entries = _section(_parse(lines), "other").entries
    assert [e.organisation for e in parsed_entries] == ["The Mommies Network", "Khronos Group"]
    assert entries[1].end is not None and entries[1].end.present


def test_undated_bold_projects_after_blank_lines_are_separate() -> None:
    parsed = _parse([
        TextLine("MIR RAHMAN", bold=True, size=24),
        TextLine("mir@example.com"),
        TextLine("PROJECTS", bold=True, size=16),
        TextLine("Furniture Shop | Developed a responsive furniture website using HTML, CSS "
                 "& JS, improving product visibility by 40% and customer interaction by 30%.",
                 bold=True, size=12),
        TextLine(""),
        TextLine("Special Restaurant | Built a responsive restaurant website using HTML, CSS, "
                 "JavaScript & Bootstrap, improving reservations by 35%.", bold=True, size=12),
    ], fmt="docx")
    projects = _section(parsed, "projects").entries
    assert [p.title for p in projects] == ["Furniture Shop", "Special Restaurant"]
    assert all(not p.bullets for p in projects)


# ------------------------------------------------------------------ corpus

def _corpus(corpus_dir: Path, name: str) -> ParsedResume:
    doc = read_resume(corpus_dir / "resumes" / name)
    parsed = parse_resume(doc)
    assert invariant_problems(doc, parsed) == []
    return parsed


@pytest.mark.corpus
def test_deedy_entries_split_where_the_page_shows(corpus_dir: Path) -> None:
    parsed = _corpus(corpus_dir, "deedy_two-column_openfonts.pdf")
    education = parsed.sections[0]
    assert [(e.organisation, e.start.year if e.start else None)
            for e in education.entries] == [
        ("CORNELL UNIVERSITY", 2014), ("CORNELL UNIVERSITY", 2014),
        ("LA MARTINIERE FOR BOYS", 2011)]
    experience = _section(parsed, "experience")
    assert [e.organisation for e in experience.entries] == [
        "FACEBOOK", "COURSERA", "GOOGLE", "PHABRICATOR"]
    assert ("Full-stack developer - Wrote and reviewed code for JS using Backbone, Jade, "
            "Stylus and Require and Scala using Play") in experience.entries[1].bullets
    research = next(s for s in parsed.sections if s.heading == "RESEARCH")
    assert research.kind == "experience"
    assert [e.start.year if e.start else None for e in research.entries] == [2014, 2012]


@pytest.mark.corpus
def test_sb2nov_each_employer_keeps_its_bullets(corpus_dir: Path) -> None:
    experience = _section(_corpus(corpus_dir, "sb2nov_sourabh_bajaj.pdf"), "experience")
    assert [e.organisation for e in experience.entries] == [
        "Google", "Coursera", "Lucena Research", "Georgia Institute of Technology"]
    assert all(e.start is not None for e in experience.entries)
    lucena = experience.entries[2]
    assert [b.split(":")[0] for b in lucena.bullets] == ["Portfolio Management", "QuantDesk"]


@pytest.mark.corpus
def test_word_for_mac_tab_stops_and_page_number(corpus_dir: Path) -> None:
    doc = read_resume(corpus_dir / "resumes" / "open-resume_laverne_word-mac.pdf")
    assert doc.lines[0].text == "Leo Leopard"  # the stray page number "2" is gone
    parsed = parse_resume(doc)
    school = _section(parsed, "education").entries[0]
    assert school.organisation == "University of La Verne"
    assert school.start is not None and school.start.year == 2016


@pytest.mark.corpus
def test_hackmyresume_role_across_a_page_break(corpus_dir: Path) -> None:
    parsed = _corpus(corpus_dir, "hackmyresume_jane_wkhtmltopdf.pdf")
    governance = next(s for s in parsed.sections if s.heading == "GOVERNANCE")
    khronos = governance.entries[-1]
    assert khronos.organisation == "Khronos Group"
    assert khronos.end is not None and khronos.end.present


@pytest.mark.corpus
def test_python_docx_projects_are_two(corpus_dir: Path) -> None:
    projects = _section(_corpus(corpus_dir, "resume-maker_python-docx.docx"), "projects")
    assert [p.title for p in projects.entries] == [
        "Fantastic.Furniture.Shop", "Special Restaurant"]


def test_definition_terms_are_entries_not_headings() -> None:
    """Pandoc definition lists: "My Cool Side Project" names an entry of the section
    above it, although its last word is a heading noun."""
    from tailor_app.tailoring.reading.plain import read_markdown

    text = (
        "Sam Ito\n=======\n\nsam@example.com\n\n"
        "Technical Experience\n--------------------\n\n"
        "My Cool Side Project\n:   A scheduler for community gardens, built with Flask.\n\n"
        "Open Source\n:   Fixed memory leaks in the Linux kernel's USB stack.\n\n"
        "Extra Section, Call it Whatever You Want\n"
        "----------------------------------------\n\n"
        "* Random tidbit\n"
    )
    lines = read_markdown(text)
    parsed = _parse(lines, fmt="md")
    assert [s.heading for s in parsed.sections] == [
        "Technical Experience", "Extra Section, Call it Whatever You Want"]
    technical = parsed.sections[0]
    assert [e.header[0] for e in technical.entries] == ["My Cool Side Project", "Open Source"]


@pytest.mark.corpus
def test_pandoc_definition_terms_stay_in_their_section(corpus_dir: Path) -> None:
    for name in ("pandoc-resume_johnny_coder_pandoc.docx", "pandoc-resume_johnny_coder.md"):
        parsed = _corpus(corpus_dir, name)
        headings = [s.heading for s in parsed.sections]
        assert "My Cool Side Project" not in headings, name
        assert "Extra Section, Call it Whatever You Want" in headings, name
        technical = next(s for s in parsed.sections if s.heading == "Technical Experience")
        assert technical.entries[0].header[0] == "My Cool Side Project", name
