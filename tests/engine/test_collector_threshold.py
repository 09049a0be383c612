"""A process set up for jobs collects its young objects less often (tailor_app.memory)."""

from __future__ import annotations

import gc

from tailor_app.memory import YOUNG_THRESHOLD, freeze_startup_objects


def test_freezing_raises_the_young_threshold_and_keeps_the_older_ones() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        freeze_startup_objects()
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
        gc.set_threshold(20000, 5, 5)  # one set higher on purpose stays as it is
        freeze_startup_objects()
        assert gc.get_threshold() == (20000, 5, 5)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
