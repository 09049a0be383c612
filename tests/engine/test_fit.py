"""Fitting to a page count: only whole lines leave, in a careful editor's order."""

from __future__ import annotations

from tailor_app.tailoring.compose.fit import estimate_pages
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument

ROLES = [
    ("Operations Manager, Bayside Distribution  2021 - Present", [
        "Ran a 60,000 sq ft cross-dock with 45 staff across three shifts",
        "Rolled out a WMS (Manhattan SCALE) and cut dock-to-stock time by 35%",
        "Built weekly KPI dashboards in Excel for on-time shipping and labor hours",
        "Negotiated carrier rates with 6 LTL carriers, saving $180K a year",
        "Led OSHA safety audits with zero recordable incidents in 2023",
    ]),
    ("Shift Supervisor, Bayside Distribution  2017 - 2021", [
        "Supervised 18 associates on the outbound shift",
        "Scheduled forklift certification training for new hires",
        "Kept cycle count accuracy above 99.5% using RF scanners",
        "Organised the holiday party and the team's charity run",
        "Cleaned and re-labelled the returns area each quarter",
    ]),
    ("Inventory Associate, Northgate Foods  2014 - 2017", [
        "Counted and reconciled inventory for 2,000 SKUs in SAP",
        "Loaded trucks and checked bills of lading",
        "Answered phones at the front desk when it was short-staffed",
        "Helped redesign the break room",
    ]),
    ("Cashier, Corner Market  2011 - 2014", [
        "Handled cash and card payments for 200 customers a day",
        "Stocked shelves and rotated perishables",
        "Trained two new cashiers on the register",
    ]),
    ("Camp Counselor, Lakeside Summer Camp  2009 - 2011", [
        "Led hikes and canoe trips for groups of 12 children",
        "Planned evening activities and campfire programs",
    ]),
]
RESUME = "Jordan Blake\njordan.blake@example.com | (555) 018-3321\n\n" + "\n\n".join(
    ["Summary\nOperations leader in warehousing and distribution.",
     "Experience\n" + "\n\n".join(role + "\n" + "\n".join(f"- {b}" for b in bullets)
                                  for role, bullets in ROLES),
     "Education\nB.S. Supply Chain Management, Ohio State University, 2011",
     "Skills\nWMS, SAP, Excel, OSHA, forklift, RF scanning, inventory control, LTL freight",
     "Volunteering\n" + "\n".join(f"- Food bank volunteer, shift {n}: sorted donations "
                                   "and packed boxes for families" for n in range(1, 16))])
POSTING = """Warehouse Operations Manager
Requirements: 5+ years in warehouse operations; WMS; SAP; OSHA; inventory control;
cycle counting; team leadership; Excel reporting. Preferred: LTL freight, Lean."""


def test_two_pages_to_one_leaves_out_the_weakest_oldest_lines_first() -> None:
    full = tailor(ResumeDocument.from_text(RESUME), POSTING)
    assert estimate_pages(full.tailored, full.summary) > 1
    fitted = tailor(ResumeDocument.from_text(RESUME), POSTING, pages=1)
    assert fitted.guard.ok, fitted.guard.message()
    assert estimate_pages(fitted.tailored, fitted.summary) <= 1
    left = fitted.left_out
    assert left, "something had to go"
    for line in left:  # everything left out is a line of the resume, listed
        assert line in RESUME
    text = fitted.text
    assert "jordan.blake@example.com" in text  # never the contact block
    for heading in ("Experience", "Education", "Skills"):
        assert heading in text  # never a heading of a kept section
    # lines showing a required skill stay while weaker lines remain
    for required in ("Rolled out a WMS", "Counted and reconciled inventory", "OSHA safety"):
        assert required in text
    volunteering = [line for line in left if line.startswith("Food bank")]
    assert volunteering == left[:len(volunteering)]  # extracurriculars go first
    # what would go next: weak lines of the oldest roles, then whole old roles, and
    # lines that show a required skill only after every weaker one
    order = left + [line for group in fitted.spare for line in group]
    assert order.index("Planned evening activities and campfire programs") < order.index(
        "Organised the holiday party and the team's charity run")  # the oldest role first
    assert order.index("Organised the holiday party and the team's charity run") < order.index(
        "Led hikes and canoe trips for groups of 12 children")  # weak bullets before roles
    assert order.index("Helped redesign the break room") < order.index(
        "Counted and reconciled inventory for 2,000 SKUs in SAP")
    assert "Rolled out a WMS (Manhattan SCALE) and cut dock-to-stock time by 35%" not in order
    # each kept role keeps at least one line
    for role, _ in ROLES:
        if role in text:
            block = text[text.index(role):].split("\n\n")[0]
            assert "•" in block, role
    assert full.match_after.score == fitted.match_after.score  # nothing asked for went


def test_lines_put_back_stay() -> None:
    fitted = tailor(ResumeDocument.from_text(RESUME), POSTING, pages=1)
    back = fitted.left_out[0]
    again = tailor(ResumeDocument.from_text(RESUME), POSTING, pages=1, keep=[back])
    assert back in again.text
    assert back not in again.left_out
    assert again.guard.ok


def test_keep_everything_leaves_nothing_out() -> None:
    result = tailor(ResumeDocument.from_text(RESUME), POSTING)
    assert result.left_out == [] and result.spare == []
    for _, bullets in ROLES:
        for bullet in bullets:
            assert bullet in result.text


def _fitted_lines(text: str, pages: int = 1) -> tuple[str, list[str]]:
    result = tailor(ResumeDocument.from_text(text), POSTING, pages=pages)
    assert result.guard.ok, result.guard.message()
    return result.text, result.left_out


def test_a_line_written_in_several_roles_is_left_out_from_each() -> None:
    """Two roles with the same filler line: both copies can go, each listed (the
    guard excuses a line once per copy left out; a shorter list made it refuse
    the whole fitting and keep everything)."""
    roles = [(role.replace("  ", f" (team {n})  "), [*bullets, "Accomplishment 2"])
             for n in (1, 2) for role, bullets in ROLES]
    text = "Jordan Blake\njordan.blake@example.com\n\nExperience\n" + "\n\n".join(
        role + "\n" + "\n".join(f"- {b}" for b in bullets) for role, bullets in roles)
    result = tailor(ResumeDocument.from_text(text), POSTING, pages=1)
    assert result.guard.ok and "every change" not in result.dropped
    assert result.left_out.count("Accomplishment 2") >= 2
    assert result.text.count("Accomplishment 2") + result.left_out.count(
        "Accomplishment 2") == len(roles)


def test_contact_details_labels_and_section_headings_stay() -> None:
    extra = ("\n\nActivities\nChess Club  2012 - 2014\n- Languages spoken:\n- Spanish\n"
             "- Weekly puzzle night\n- jordan.b@example.org, (555) 019-2222\n"
             "- Ran the club newsletter\n\nAwards\nCommunity\n"
             "Volunteer of the Year, Food Bank, 2019\nHonours list, 2010")
    text, left = _fitted_lines(RESUME + extra)
    assert left, "something had to go"
    assert "jordan.b@example.org, (555) 019-2222" in text  # contact details never go
    assert "Languages spoken:" in text and "Spanish" in text  # a label keeps its item
    assert "Weekly puzzle night" in left
    # a section keeps an entry under its heading; a sub-heading keeps the one under it
    assert "Awards" in text and "Community" in text
    assert "Volunteer of the Year, Food Bank, 2019" in text


def test_plain_description_lines_stay_plain_when_bullets_around_them_go() -> None:
    text = ("Jordan Blake\njordan.blake@example.com\n\nExperience\n"
            + "\n\n".join(f"{role}\nDescription of the {role.split(',')[0]} job.\n"
                          + "\n".join(f"- {b}" for b in bullets)
                          for role, bullets in ROLES)
            + "\n\nVolunteering\n" + "\n".join(
                f"- Food bank volunteer, shift {n}: sorted donations and packed boxes"
                for n in range(1, 30)))
    fitted = tailor(ResumeDocument.from_text(text), POSTING, pages=1)
    assert fitted.left_out
    for section in fitted.tailored.sections:
        for entry in section.entries:
            for i, line in enumerate(entry.bullets):
                assert entry.is_plain(i) == line.startswith("Description of"), line


def test_without_group_takes_a_whole_entry_or_the_named_bullets() -> None:
    from tailor_app.tailoring.compose.fit import without_group

    fitted = tailor(ResumeDocument.from_text(RESUME), POSTING, pages=2)
    full = tailor(ResumeDocument.from_text(RESUME), POSTING, pages=1)
    spare = full.spare or fitted.spare
    assert spare
    resume = fitted.tailored
    role = next(e for s in resume.sections for e in s.entries if e.header
                and e.header[0].startswith("Cashier"))
    smaller, gone = without_group(resume, [*role.header, *role.bullets])
    assert gone[0].startswith("Cashier")
    assert all(not e.header or not e.header[0].startswith("Cashier")
               for s in smaller.sections for e in s.entries)
    bullet = role.bullets[0]
    smaller, gone = without_group(resume, [bullet])
    assert gone == [bullet]
    assert bullet not in [b for s in smaller.sections for e in s.entries for b in e.bullets]


def test_a_publication_goes_with_its_authors_line() -> None:
    """A list section read one line per entry: the authors under a dated title go with
    it, never alone (an author list without its title reads wrong)."""
    names = ["Bo Chen", "Al Diaz", "Cy Evans", "Di Fox", "Ed Gray", "Flo Hart", "Gus Ives",
             "Hal Jones", "Ida King", "Jo Lane", "Kai Moss"]
    pubs = "\n".join(f"Study number {n} of freight routing on the lakes  May {2000 + n}\n"
                     f"Jordan Blake, {name}" for n, name in enumerate(names))
    text, left = _fitted_lines(RESUME + "\n\nPublications\n" + pubs)
    assert any(line.startswith("Study number") for line in left)
    for n, name in enumerate(names):
        title = f"Study number {n} of freight routing on the lakes  May {2000 + n}"
        authors = f"Jordan Blake, {name}"
        assert (title in left) == (authors in left), n
        assert (title in text) == (authors in text), n


def test_a_long_certificate_list_goes_before_a_recent_roles_relevant_lines() -> None:
    """U21: certificates were never trimmed, so a page filled by nine of them cost the
    recent roles that show the posting's work; all but the first may go, as if older
    than the oldest role."""
    from tailor_app.tailoring.compose.fit import candidates
    from tailor_app.tailoring.resume.parser import parse_resume

    certs = "\n".join(f"Vendor Cloud Certificate level {n}, 20{10 + n}" for n in range(1, 10))
    text = ("Ana Ruiz\nana.ruiz@example.com\n\nEXPERIENCE\n"
            "Site Reliability Lead, Orbit Pay    2021 - Present\n"
            "- Ran Kubernetes clusters for 300 services\n- Wrote Terraform modules for AWS\n\n"
            "Infrastructure Engineer, Kite Bank    2018 - 2021\n"
            "- Built Kafka pipelines\n- Set up Terraform for 40 accounts\n\n"
            f"CERTIFICATIONS\n{certs}\n")
    resume = parse_resume(text)

    def relevance(line: str) -> float:
        return 1.0 if any(w in line for w in ("Kubernetes", "Terraform", "Kafka")) else 0.0

    def shows(line: str) -> set[str]:
        return {w for w in ("Kubernetes", "Terraform", "Kafka") if w in line}

    order = [c.lines[0] for c in candidates(resume, relevance, shows)]
    assert "Vendor Cloud Certificate level 1, 2011" not in order  # one always stays
    last_cert = max(i for i, line in enumerate(order) if line.startswith("Vendor Cloud"))
    kite = order.index("Infrastructure Engineer, Kite Bank    2018 - 2021")
    assert last_cert < kite
    # The older role goes whole before the newer one loses a line showing the work.
    kite_lines = [i for i, line in enumerate(order) if "Kafka" in line or "40 accounts" in line
                  or line.startswith("Infrastructure Engineer")]
    assert all(i <= kite for i in kite_lines)
    assert all(i > kite for i, line in enumerate(order) if "Orbit" in line or "300" in line)


def test_a_required_credential_stays_on_the_page_before_role_lines_go() -> None:
    """Review L3: a BLS card the posting requires is never left out of a credentials
    list to make room, though the skills list names BLS too."""
    roles = "\n\n".join(
        f"Registered Nurse, Hospital {n}, Denver, CO | {2024 - 3 * n} – {2027 - 3 * n}\n"
        + "\n".join(f"- Cared for ICU patients on ventilators and charted in Epic, shift {k}"
                    for k in range(5)) for n in range(1, 8))
    resume = ("Kim Lo\nkim.lo@example.com\n\nSKILLS\nBLS, ACLS, Epic, critical care\n\n"
              f"EXPERIENCE\n{roles}\n\nEDUCATION\nBSN, University of Colorado, 2003\n\n"
              "CERTIFICATIONS\nCCRN, AACN, exp 2027\nACLS, American Heart Association, exp 2026\n"
              "BLS, American Heart Association, exp 2026\n")
    posting = ("ICU Registered Nurse\n\nRequirements:\n- Active RN license\n"
               "- BLS and ACLS certification required\n- 2 years of critical care experience\n"
               "- Epic charting\n")
    fitted = tailor(ResumeDocument.from_text(resume), posting, pages=1)
    assert fitted.guard.ok
    assert fitted.left_out
    assert not any("American Heart Association" in line for line in fitted.left_out)
