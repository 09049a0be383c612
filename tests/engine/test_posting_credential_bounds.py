"""Where a credential's name starts and whether it is asked at all (posting/certs.py):
a sentence's end bounds the words before "certification", and a credential the posting
says it does not need is no ask."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.sections import split_posting


def test_a_sentence_end_bounds_the_credential_s_name() -> None:
    found = analyse_posting("Analytics Engineer\n\nRequirements: strong SQL; Fivetran or"
                            " Stitch. Microsoft DP-900 certification is nice to have.\n")
    assert not any("Stitch" in c for c in found.certifications)


def test_a_credential_not_required_is_no_ask() -> None:
    found = analyse_posting("Shop Coordinator\n\n2+ years of shop administration required;"
                            " CDL not required.\n")
    assert not any("CDL" in c for c in found.certifications)
    assert not any("CDL" in s.name for s in found.skills)


def test_certified_said_of_a_paper_is_no_credential() -> None:
    found = analyse_posting("Project Coordinator\n\nDuties\n- Track certified payroll and"
                            " prevailing wage filings from every contractor\n"
                            "- Must be OSHA 10 certified\n")
    assert not any(c.lower().startswith("track") for c in found.certifications)
    names = {s.name for s in found.skills}
    assert "Certified Payroll" in names
    assert any("OSHA" in c for c in found.certifications)


def test_a_pronoun_before_certified_names_no_credential() -> None:
    found = analyse_posting("Shift Lead\n\nWhat you bring\nTwo years on a loading dock. You"
                            " are certified (or can certify within 30 days) on reach trucks."
                            " We are licensed by the state.\n")
    assert not any(c.lower().startswith(("you", "we")) for c in found.certifications)
    assert not any(s.name.lower().startswith("you ") for s in found.skills)


def test_a_job_board_separator_bounds_the_credential_s_name() -> None:
    found = analyse_posting("Resource Room Teacher\nTucson, AZ · Full Time · Certified\n\n"
                            "Requirements\n- Arizona special education certificate\n")
    assert not any("Full Time" in c for c in found.certifications)
    assert any("special education" in c.lower() for c in found.certifications)



def test_a_job_s_name_and_codes_are_a_facts_line() -> None:
    """"Job Title: Budget Analyst (FINMGT)" names the job and its code, as "Location:" names
    its place: read with the job's facts, never as a duty whose bracket is an acronym asked."""
    split = split_posting("Vacancy announcement\n\nDuties\n- Prepare budget justifications"
                          " in Excel\n\nBasic Information\nJob Title: Budget Analyst (FINMGT)\n"
                          "Series & Grade: 0560 - 12\nPromotion Potential: GS-13\n")
    kinds = {u.text: u.kind for u in split.units}
    assert kinds["Job Title: Budget Analyst (FINMGT)"] == "benefits"
    assert kinds["Series & Grade: 0560 - 12"] == "benefits"
    assert kinds["Prepare budget justifications in Excel"] == "responsibilities"


def test_a_federal_posting_s_specialty_code_is_no_ask(corpus_dir: Path) -> None:
    for name in ("18f_logingov_devops_sre.txt", "18f_consulting_software_engineer.txt"):
        path = corpus_dir / "jds" / name
        if not path.is_file():
            pytest.skip("corpus posting not present")
        found = analyse_posting(path.read_text(encoding="utf-8"))
        assert "APPSW" not in {s.name for s in found.skills}, name
