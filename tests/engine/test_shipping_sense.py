"""'Shipped' in a software resume is a release, not the warehouse skill.

A developer's "Led and shipped Yoda - the admin interface" once showed Shipping
against a warehouse posting, and the summary line said "experience in shipping".
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor

POSTING = """Warehouse Associate

Requirements
- Experience in shipping
- Forklift experience
"""


def _resume(bullet: str) -> str:
    return f"""Sam Lee
sam.lee@example.com

Experience
Associate, Northwind, 2019 to 2024
- {bullet}
- Answered customer questions by phone
"""


def _shown(bullet: str) -> set[str]:
    result = tailor(_resume(bullet), POSTING)
    return {m.name for m in result.match_before.matched}


@pytest.mark.parametrize("bullet", [
    "Led and shipped Yoda - the admin interface for the new Phoenix platform",
    "Shipped 12 features to production in a year",
    "Shipped the v2 API with zero downtime",
    "Designed and shipped the Android app in six weeks",
])
def test_a_release_shows_no_shipping(bullet: str) -> None:
    assert "Shipping" not in _shown(bullet)
    result = tailor(_resume(bullet), POSTING)
    assert "shipping" not in (result.summary or "").lower()


@pytest.mark.parametrize("bullet", [
    "Picked, packed and shipped customer orders",
    "Shipped 300 orders a day",
    "Packed and shipped UPS and FedEx packages",
    "Shipped replacement parts and updated the service log",
])
def test_goods_shipped_still_show_shipping(bullet: str) -> None:
    assert "Shipping" in _shown(bullet)
