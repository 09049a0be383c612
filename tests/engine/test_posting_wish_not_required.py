"""A skill the posting says is "not required, but preferred" is still a wish.

"What the job is not" (posting/outside.py) drops a clause ending "is not required":
"CDL is not required; we will train" asks no CDL. The same words followed by a turn
back ("…, but is a plus", "though it helps") make the skill a preferred ask, the
common way postings soften a wish; read as "not the job", it vanished from the report.
Text written for the test.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(line: str) -> dict[str, bool]:
    text = ("Warehouse Associate\nNorthgate Supply\n\nRequirements\n"
            "- Able to use a pallet jack\n" f"- {line}\n")
    return {s.name.lower(): s.required for s in analyse_posting(text).skills}


def test_not_required_but_preferred_is_a_preferred_ask() -> None:
    for line in ("Forklift certification is not required but preferred.",
                 "Forklift certification is not required, but is a big plus.",
                 "Forklift certification is not required, though it helps.",
                 "A forklift license is not needed, but would be nice to have."):
        asks = _asks(line)
        forklift = [name for name in asks if "forklift" in name]
        assert forklift, (line, asks)
        assert not any(asks[name] for name in forklift), (line, asks)


def test_not_required_alone_is_still_no_ask() -> None:
    asks = _asks("Forklift certification is not required; we train on site.")
    assert not any("forklift" in name for name in asks), asks
    assert any("pallet jack" in name for name in asks), asks


def test_a_licence_not_required_but_preferred_is_asked_as_a_wish() -> None:
    asks = _asks("Class B CDL not required, but preferred.")
    cdl = [name for name in asks if "cdl" in name]
    assert cdl and not any(asks[name] for name in cdl), asks
    assert not any("cdl" in name for name in _asks("Class B CDL not required."))
