"""A skill of making a thing, read from the employer's thing the hire works through.

"Submit POD photos through our mobile app", "post the specials on our website": the
vocabulary's "mobile apps" is an alias of Mobile App Development, but here the app is
the employer's, named as the medium the hire works in, and building one is no ask. A
skill whose name says the making (Development, Design, Programming, Engineering) is
dropped when the posting's words do not say it and a preposition of working through
("through", "via", "in", "on", "using", "with", "from", "into", "by") or a verb of
using ("download", "install", "use", "open", "access") and "our" stand just before:
"build our mobile app", "our web development team" still read.

Left alone on purpose: a named product the employer runs ("our Samsara ELD", "in our
CMMS (Maximo)", "Minitab or similar"). The quality labels count those as asks (a tool
the posting will have the hire use), and dropping them lost true gaps on the labelled
set and on every older batch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tailor_app.tailoring.posting.protocols import HitLike

__all__ = ["own_instance_drops"]

# A medium the hire works through: "through our mobile app", "on our website"; or the
# employer's thing as what a verb of using takes: "Download our mobile app to track your
# application", "install our app", "use our website" (a using verb, never a making one:
# "build our mobile app", "redesign our website" still read).
_THROUGH_OURS = re.compile(
    r"\b(?:through|via|in|on|using|with|from|into|by|download|downloads|downloading"
    r"|install|installs|use|uses|open|opens|access)[ \t]+our[ \t]+(?:[\w-]+[ \t]+){0,2}$",
    re.IGNORECASE)
_MAKING = re.compile(r"\b(?:Development|Design|Programming|Engineering)$")


def own_instance_drops(text: str, hits: Sequence[HitLike]) -> set[int]:
    """Indexes of ``hits`` naming the making of the employer's own thing, which the
    posting names only as a medium of the work (see the module docstring)."""
    if "our" not in text:
        return set()
    return {n for n, h in enumerate(hits)
            if h.skill.kind == "hard" and made_thing_used(text, h)}


def made_thing_used(text: str, hit: HitLike) -> bool:
    """Does a skill of making a thing ("Mobile App Development") stand for the thing
    itself, the employer's, used as a medium ("through our mobile app")? The skill's
    name says the making and the posting's words do not."""
    if _MAKING.search(hit.skill.name) is None:
        return False
    if _MAKING.search(text[hit.start:hit.end].title()) is not None:
        return False  # "our web development team" says the making
    return _THROUGH_OURS.search(text, max(0, hit.start - 40), hit.start) is not None
