"""Keep Python's cyclic garbage collector off the long-lived start-up objects.

Why: a full (generation 2) collection walks every object the process tracks. In the
window's process that is Qt's wrappers, the job list and the skills vocabulary:
about 100 ms on the 2-core reference machine, taken on whichever thread allocates
when the collector decides to run, while it holds the GIL. With jobs finishing
quickly (each one allocates its result's dicts), such a collection came every few
seconds and was the window's longest stall (~90 ms against a 50 ms budget).

``gc.freeze()`` moves everything alive at that moment into a permanent generation
the collector never walks again, so later collections only walk what was made since
(the usual fix for long-lived servers; see the ``gc`` docs). Objects made at start-up
and still referenced are not garbage anyway; cyclic garbage that existed at the
moment of freezing is kept, which is why it is done once, after start-up settles.
"""

from __future__ import annotations

import gc


def freeze_startup_objects() -> int:
    """Exempt every object alive now from later full collections; returns how many
    objects the collector no longer walks (for tests and the log)."""
    gc.freeze()
    return gc.get_freeze_count()
