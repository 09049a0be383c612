"""Events the hire plans: the planning is the ask, not the event's words.

"Plan the monthly safety luncheon" asked Safety Planning (the vocabulary's "plan ...
safety"), "Plan the annual holiday party" an "Annual planning", "Organize the
employee appreciation picnic" an "Appreciation picnic": the object of the verb is an
event, and the words before it say which event, not what is planned. Each was a false
"missing" in the match report of an office, HR or front-desk posting, and the event
planning it does ask was not read. So an object whose phrase ends in an event noun,
after a verb of planning, is the vocabulary's event planning; the event's own words
name nothing.
"""

from __future__ import annotations

import re

__all__ = ["EVENT_AFTER", "ends_in_event", "planned_before"]

_EVENTS = (r"(?:part(?:y|ies)|picnics?|luncheons?|banquets?|galas?|fairs?|dinners?"
           r"|celebrations?|outings?|retreats?|barbecues?|bbqs?|potlucks?|ceremon(?:y|ies)"
           r"|graduations?|receptions?|breakfasts?|mixers?|fundraisers?|open[ \t]+houses?"
           r"|tournaments?|festivals?)")
# An event that ends the object's phrase, up to two words after a deed's last word.
# The words between are the event's own ("holiday", "client appreciation"), never a
# preposition, a joining word or a determiner ("reset ballrooms between the ceremony").
_GLUE = (r"(?!(?:between|and|or|for|at|in|on|of|to|with|the|a|an|our|their|your|during"
         r"|after|before|from|by|into|each|every)\b)")
EVENT_AFTER = re.compile(
    rf"(?:[ \t]+{_GLUE}[A-Za-z][\w'’-]*){{0,2}}?[ \t]+{_EVENTS}\b", re.IGNORECASE)
_ENDS_IN_EVENT = re.compile(rf"\b{_EVENTS}$", re.IGNORECASE)
# A verb of planning before the object, in the same clause: "Plan the yearly client".
_PLANNED = re.compile(r"\b(?:plan|plans|planning|organi[sz]e|organi[sz]es|organi[sz]ing"
                      r"|coordinate|coordinates|coordinating|host|hosts|hosting|arrange"
                      r"|arranges|arranging)\b[^.;:!?\n]{0,40}$", re.IGNORECASE)


def ends_in_event(name: str) -> bool:
    """Does a phrase's name end in an event noun ("Safety luncheon")?"""
    return _ENDS_IN_EVENT.search(name) is not None


def planned_before(text: str, start: int) -> bool:
    """Does a verb of planning govern the phrase starting at ``start``?"""
    return _PLANNED.search(text, max(0, start - 60), start) is not None
