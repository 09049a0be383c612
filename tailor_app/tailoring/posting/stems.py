"""Where words open with given stems, by a plain scan of lowered text.

A case-blind regex of many alternatives tried at every position of a posting cost more
than the readers using it (``followed``, ``populations.ages_served``,
``served_people``); they find their few candidate words this way and read their
patterns only there.
"""

from __future__ import annotations

__all__ = ["word_starts"]


def word_starts(low: str, stems: tuple[str, ...]) -> set[int]:
    """Where in ``low`` (lowered text) a word opens with one of ``stems``."""
    out = set()
    for stem in stems:
        at = low.find(stem)
        while at >= 0:
            if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):
                out.add(at)
            at = low.find(stem, at + 1)
    return out
