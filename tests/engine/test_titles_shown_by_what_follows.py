"""Everyday titles a resume shows by what follows them, and a trade's word for its papers.

"Work", "Software", "Tools" alone on a line are as often words of a list as titles, so
they need layout (capitals, a colon, a style) before they are believed; a plain-text
resume often has none. What follows settles it: a dated role under "Work", a line of
short names under "Software". Before, "Work" went into the contact block and the roles
had no heading, and a "Software" list was lines of the role above with the skills list
empty. "Tickets" is how trades in Canada title their certifications. Texts are written
for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume


def test_an_everyday_title_above_a_dated_role_is_its_heading() -> None:
    # "Work" alone could be a word of a list; above a dated role it titles the roles.
    text = ("Ana Ruiz\nTucson, AZ  •  520-555-0188\n\nWork\n"
            "Barista, Desert Bloom Coffee — Tucson, AZ (Jun 2022 – now)\n"
            "- Pull 200 shots a morning on a La Marzocco\n- Count the till at close\n\n"
            "Education\nTucson High School, 2022\n")
    parsed = parse_resume(text)
    assert [(s.heading, s.kind) for s in parsed.sections] == [
        ("Work", "experience"), ("Education", "education")]
    assert "Work" not in parsed.contact.lines
    assert invariant_problems(text, parsed) == []
    # Without a dated role under it, a lone everyday word is still no heading.
    listed = parse_resume("Ana Ruiz\nana@example.com\n\nSkills\nEspresso\n\nWork\nLatte art\n")
    assert [s.heading for s in listed.sections] == ["Skills"]


def test_an_everyday_title_above_a_list_of_names_is_its_heading() -> None:
    text = ("Lee Park\nlee@example.com\n\nExperience\nSite Supervisor, Oak Build, 2019 - 2024\n"
            "- Ran crews of 12 on tilt-up warehouses\n\nSoftware\n"
            "Procore, Bluebeam Revu, Microsoft Project, Excel\n")
    parsed = parse_resume(text)
    assert [(s.heading, s.kind) for s in parsed.sections] == [
        ("Experience", "experience"), ("Software", "skills")]
    assert parsed.skills == ["Procore", "Bluebeam Revu", "Microsoft Project", "Excel"]


def test_tickets_are_a_tradespersons_certifications() -> None:
    text = ("GURPREET SANDHU\nSurrey, BC   604-555-0199   g.sandhu@example.com\n\nTICKETS\n"
            "Red Seal Construction Electrician (309A), 2019\nWHMIS 2015, Standard First Aid\n\n"
            "WORK HISTORY\n"
            "2019 – present    Journeyperson Electrician, Cobalt Electric, Vancouver\n"
            "  - Terminate and test 600V motor controls and VFDs\n")
    parsed = parse_resume(text)
    assert [(s.heading, s.kind) for s in parsed.sections] == [
        ("TICKETS", "certifications"), ("WORK HISTORY", "experience")]
