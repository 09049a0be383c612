"""A job board's pay line says "DOE" for "depending on experience": after a pay word or
a figure it is no Design of Experiments (posting/hit_filters.py ``a_pay_status``)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def asks(text: str) -> list[str]:
    return [s.name for s in analyse_posting(text).skills]


def test_doe_after_the_pay_asks_nothing() -> None:
    assert "Design of Experiments" not in asks(
        "Route Planner\n\nReq 5531. Location: Tulsa, OK. Pay: DOE. We plan 60 routes a"
        " day for a regional grocer.")
    assert "Design of Experiments" not in asks(
        "Line Cook\n$18-$21/hr DOE | Full time\nPrep and cook on the saute station.")


def test_doe_as_a_method_is_still_asked() -> None:
    assert "Design of Experiments" in asks(
        "Quality Engineer\n- Plan DOE trials on the extrusion line\n- Experience with DOE")
