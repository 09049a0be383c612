"""A tool the posting names with its maker in front ("Cummins INSITE", "Detroit Diesel
DiagnosticLink") is shown by the product's name alone, written as a name ("Diagnosed
derates with Insite and a laptop"); a product in capitals is the same name with one
capital. The word in lower case, or starting a longer name, shows nothing. Texts
written for these tests; asks given as the posting's analysis would read them."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, tsv_vocabulary

from tailor_app.tailoring.model import MatchReport

TSV = "Welding\thard\tMIG welding\n"


def report(bullet: str, tool: str) -> MatchReport:
    return bullets_report([bullet], asks(tool, kind="tool"), tsv_vocabulary(TSV),
                          role="Diesel Mechanic  2019 – Present\nPrairie Haul, Joliet, IL",
                          name="Wes Tanaka\nwes.tanaka@example.com")


@pytest.mark.parametrize(("bullet", "tool", "term"), [
    ("Diagnosed derates with Insite and a laptop", "Cummins INSITE", "Insite"),
    ("Cleared fault codes with INSITE on every PM", "Cummins INSITE", "INSITE"),
    ("Ran DiagnosticLink to calibrate DD15 engines", "Detroit Diesel DiagnosticLink",
     "DiagnosticLink"),
])
def test_the_product_without_its_maker_shows_the_tool(bullet: str, tool: str, term: str) -> None:
    r = report(bullet, tool)
    assert [m.resume_term for m in r.matched] == [term]


@pytest.mark.parametrize(("bullet", "tool"), [
    ("Gained insite into fleet downtime", "Cummins INSITE"),
    ("Trained on Insite Pro Suite with the dealer", "Cummins INSITE"),
    ("Calibrated engines with a Detroit laptop", "Detroit Diesel DiagnosticLink"),
])
def test_other_words_show_no_tool(bullet: str, tool: str) -> None:
    assert report(bullet, tool).matched == []
