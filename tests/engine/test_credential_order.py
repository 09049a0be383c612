"""A list of credentials puts the lines the posting asks for above those it does not,
and otherwise keeps the author's order."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

_BULLETS = "\n".join(f"• {b}" for b in (
    "Clear kitchen and bath drains with a drum machine and cable",
    "Replace faucets, toilets and garbage disposals for homeowners",
    "Find and repair slab leaks with a listening device",
    "Install water softeners and whole-house filters"))


def _resume(credentials: str) -> str:
    return ("Ray Okonjo\nray.okonjo@example.com\n\nEXPERIENCE\nService Plumber, Metro Drain "
            f"Pros    Apr 2019 – Present\n{_BULLETS}\n\nLICENSES\n{credentials}\n")


_POSTING = ("Service Plumber\nRequirements:\n- Journeyman plumber license\n"
            "- Valid driver's license\n- Drain cleaning and leak repair\n- Fixture repair\n")


def _credential_lines(text: str) -> list[str]:
    lines = text.split("LICENSES\n", 1)[1].split("\n\n", 1)[0]
    return [line for line in lines.splitlines() if line.strip()]


def test_an_unasked_credential_gives_way_to_an_asked_one() -> None:
    result = tailor(_resume("Journeyman Plumber License, Texas, 2020\n"
                            "OSHA 10-Hour Construction\nValid driver's license"),
                    _POSTING, today=TODAY)
    assert result.guard.ok
    assert _credential_lines(result.text) == [
        "Journeyman Plumber License, Texas, 2020", "Valid driver's license",
        "OSHA 10-Hour Construction"]


def test_asked_credentials_keep_the_author_s_order() -> None:
    """The licence of the trade written first stays first, though the card below it
    is asked as well."""
    written = ("Journeyman Plumber License, Texas, 2020\nValid driver's license\n"
               "OSHA 10-Hour Construction")
    result = tailor(_resume(written), _POSTING, today=TODAY)
    assert _credential_lines(result.text) == written.splitlines()


def test_a_list_holding_no_asked_credential_keeps_its_order() -> None:
    """Tried on a posting that asks for none of them, the licences keep the author's
    order, though a line shares a word with it ("construction")."""
    written = ("Journeyman Plumber License, Texas, 2020\nValid driver's license\n"
               "OSHA 10-Hour Construction")
    posting = ("Bookkeeper, Construction\nRequirements:\n- QuickBooks Online\n- Job costing "
               "for construction projects\n- Accounts payable\n")
    result = tailor(_resume(written), posting, today=TODAY)
    assert _credential_lines(result.text) == written.splitlines()
