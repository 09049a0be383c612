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
from collections.abc import Callable

# How many more container objects than were freed set off a young collection (Python's
# default is 700). A job keeps few of what it makes (most go as soon as their last
# reference does), yet at 700 it set off two young collections and every few jobs an
# older one, each walking what the job and the caches held at that moment: ~2 % of a
# job's time, for cycles a job hardly makes. At 5,000 a job of the engine benchmark
# sets off almost none; a young collection then walks at most a few thousand objects
# (well under a millisecond), and the cyclic garbage waiting for it stays small.
YOUNG_THRESHOLD = 5000


def freeze_startup_objects() -> int:
    """Exempt every object alive now from later full collections, and collect the young
    generation less often (``YOUNG_THRESHOLD``); returns how many objects the collector
    no longer walks (for tests and the log)."""
    gc.freeze()
    _young, *older = gc.get_threshold()
    gc.set_threshold(max(_young, YOUNG_THRESHOLD), *older)
    return gc.get_freeze_count()


def load_without_collections(load: Callable[[], object], *, freeze: bool) -> int:
    """Run ``load`` (the window's engine warm-up, on a worker thread) with the
    collector paused, then, with ``freeze``, freeze what is alive before it runs again;
    returns the freeze count (0 without ``freeze``).

    Why: the warm-up makes some 100,000 long-lived objects (the engine's modules, the
    vocabulary). Collections set off during it, and the first ones after it, walked
    them all on the worker thread while it held the GIL: 20-40 ms each, three of them,
    each a stall of the window (the kernel's trace of the load benchmark). Frozen
    before the collector runs again, they are never walked."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        load()
        return freeze_startup_objects() if freeze else 0
    finally:
        if was_enabled:
            gc.enable()
