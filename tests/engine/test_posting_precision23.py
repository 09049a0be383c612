"""Words a posting says without asking them, sixth pass: the job's specialties after the
title's dash read as its employer, one product's name read as two tools, a hospital's
units read as a nursing specialty of a job that nurses no one, and a describing word
read as a duty. Each was a false "missing" in the match report (or, for the title, a
real ask lost); each test keeps a real ask of a similar sentence, so a rule that reads
too much shows."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_skills_after_the_titles_dash_are_no_employer() -> None:
    # "TIG and MIG" was taken for the employer, and the employer's words are cut from
    # the posting, so a welder's processes were lost.
    welder = _asked("Welder - TIG and MIG, Houston, TX. We need a welder for our pipe "
                    "shop, days, steady overtime.")
    assert {"GTAW", "GMAW"} <= welder
    bookkeeper = analyse_posting(
        "Bookkeeper – QuickBooks & Excel, Boise, ID. We need help with payables and "
        "month-end close.")
    assert bookkeeper.company is None
    assert {"QuickBooks", "Microsoft Excel"} <= {s.name for s in bookkeeper.skills}
    # An employer's name with a word of its own stays the employer, and asks nothing.
    hvac = analyse_posting("HVAC Service Technician - Prairie Comfort Heating & Air, "
                           "Lincoln, NE. Prairie Comfort is hiring a service tech.")
    assert hvac.company == "Prairie Comfort Heating & Air"
