"""The plural of a skill named for a worker is the people a deed was done with:
"Helped millwrights replace conveyor rollers" gives the line no "experience in …
millwrights" (review20 T1); the singular, the writer's own trade, is another matter."""

from __future__ import annotations

from tailor_app.tailoring.compose.summary import _workers_of_the_name


def test_a_plural_of_a_worker_s_name_is_people() -> None:
    assert _workers_of_the_name("millwrights", "Millwright")
    assert _workers_of_the_name("electricians", "Electrician")


def test_things_and_the_name_itself_stay() -> None:
    assert not _workers_of_the_name("forklifts", "Forklift")  # a thing, not a worker
    assert not _workers_of_the_name("millwright", "Millwright")  # the writer's own trade
    assert not _workers_of_the_name("conveyor rollers", "Conveyor Rollers")


def test_machines_named_like_workers_stay() -> None:
    # "-or" and "-er" name machines as often as people: excavators are run, not helped.
    assert not _workers_of_the_name("excavators", "Excavator")
