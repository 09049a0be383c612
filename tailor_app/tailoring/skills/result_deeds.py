"""Skills shown by a result only the practice gives, told in plain words with its number,
and by finding out why something went wrong.

The same kind of table as ``field_deeds.py`` (``everyday_deeds.py`` reads it): a skill's
name and one pattern of the words that show it, read only in the resume's own entries.
Postings name a call centre's, a stock room's and an agency's measures (average handle
time, first call resolution, inventory accuracy, renewals) and the work of finding
causes (root cause analysis, troubleshooting); resumes tell the number or the search:
"Keep my average call under 5 minutes", "solve most issues on the first call",
"wall-to-wall counts (98.9% accuracy)", "Keep 94% of my book at renewal", "Track down
why an order shipped wrong", "Figure out why a discount code isn't working". Each
pattern names the measure or the search, never a product, an employer or a field.
"""

from __future__ import annotations

import re

__all__ = ["RESULT_DEEDS"]

# A call's average length, with its time: "Keep my average call under 5 minutes",
# "avg handle time 4:30", "calls averaged under 6 minutes".
_HANDLE_TIME = re.compile(
    r"\b(?:average|avg\.?)\s+(?:call|handle|handling|talk)(?:\s+(?:time|length))?\s+"
    r"(?:of\s+|under\s+|below\s+|at\s+|around\s+|near\s+|was\s+|is\s+)?(?:under\s+)?"
    r"\d[\d:.]*\s*(?:min|mins|minutes|seconds|secs?)?\b(?!\s*%)"
    r"|\bcalls?\s+averag(?:ed|ing|es|e)\s+(?:under\s+|below\s+|about\s+)?\d[\d:.]*\s*"
    r"(?:min|mins|minutes|seconds|secs?)\b", re.IGNORECASE)

# An issue solved on the first call or contact: "solve most issues on the first call",
# "resolved 85% of calls on first contact". A verb of solving first ("closed the sale
# on the first call" is a seller's).
_FIRST_CALL = re.compile(
    r"\b(?:solv|resolv|fix|settl|handl)(?:e|es|ed|ing|ed)?\s+(?:[\w%'’-]+\s+){0,5}?"
    r"(?:on|in|during|at)\s+(?:the\s+)?first\s+(?:call|contact|touch)\b", re.IGNORECASE)

# Stock counted right, with its share: "wall-to-wall counts (98.9% accuracy)", "99.7%
# inventory accuracy". A count or the stock named before the share, or the kind of
# accuracy after it ("99.8% pick accuracy" is a picker's, not the stock's).
_STOCK_ACCURACY = re.compile(
    r"\b\d{2}(?:\.\d+)?\s?%\s+(?:inventory|count|stock|location|on-hand|cycle\s+count)\s+"
    r"accuracy\b"
    r"|\b(?:counts?|counted|inventory|stock|on-hand|locations|bins)\b[^.;]{0,60}?"
    r"\b\d{2}(?:\.\d+)?\s?%\s+accura(?:cy|te)\b", re.IGNORECASE)

# Renewals kept, with their share: "Keep 94% of my book at renewal", "renewed 96% of
# accounts", "a 92% renewal rate".
_RENEWALS = re.compile(
    r"\b(?:kept|keep|keeps|keeping|retain(?:ed|s|ing)?|held|hold|holds|save[ds]?)\s+"
    r"(?:over\s+|nearly\s+|about\s+)?\d[\d.]*\s?%\s+of\s+(?:my\s+|our\s+|the\s+|all\s+)?"
    r"(?:[\w-]+\s+)?(?:book|accounts|clients|customers|policies|members|contracts)\s+"
    r"(?:at|through|on|each|every)\s+(?:\w+\s+)?renewals?\b"
    r"|\brenew(?:ed|s|ing)?\s+(?:over\s+|nearly\s+|about\s+)?\d[\d.]*\s?%\s+of\b"
    r"|\b\d[\d.]*\s?%\s+renewal\s+rate\b|\brenewal\s+rate\s+(?:of\s+)?\d", re.IGNORECASE)

# Finding out why: "Track down why an order shipped wrong", "figured out what was
# causing the short pays", "get to the bottom of repeat complaints".
_FIND_OUT = (r"(?:figur(?:e|ed|es|ing)\s+out|f(?:ind|ound|inds|inding)\s+out"
             r"|track(?:ed|s|ing)?\s+down|chas(?:e|ed|es|ing)\s+down|pin(?:ned|s|ning)?\s+down"
             r"|work(?:ed|s|ing)?\s+out|d(?:ig|igs|igging|ug)\s+into"
             r"|g(?:et|ot|ets|etting)\s+to\s+the\s+bottom\s+of)")
_CAUSE = re.compile(
    rf"\b{_FIND_OUT}\s+(?:why|how\s+come|what\s+(?:went|goes|had\s+gone)\s+wrong"
    r"|what\s+caused|what(?:'s|’s|\s+is|\s+was)\s+causing|the\s+(?:root\s+)?causes?\s+of)\b",
    re.IGNORECASE)
# Finding out why a thing does not work: "Figure out why a discount code or checkout
# isn't working", "see what input isn't making", "find what's wrong with the unit", or
# finding the faults themselves by their state ("Find dead circuits").
_NOT_WORKING = re.compile(
    rf"\b(?:{_FIND_OUT}|see|find|found|check(?:ed)?)\s+(?:why|what|which)\b[^.;:]{{0,50}}?"
    r"(?:\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|doesn['’]t|didn['’]t"
    r"|stopped|fail(?:s|ed|ing)?|broke|broken|tripp(?:ed|ing)|leak(?:s|ed|ing)"
    r"|jamm(?:ed|ing))\b|\bnot\s+(?:working|running|making|starting|printing|loading))"
    rf"|\b(?:{_FIND_OUT}|find|found)\s+what(?:'s|’s|\s+is|\s+was)\s+wrong\s+with\b"
    # Or the faults found, named by their state: "Find dead circuits, bad neutrals and
    # tripping breakers", "tracked down a shorted coil".
    rf"|\b(?:{_FIND_OUT}|find|finds|finding|found|locat(?:e|es|ed|ing))\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:dead|bad|loose|shorted|blown|burnt|burned|faulty|failed|failing|tripping"
    r"|leaking|grounded|seized)\s+(?!(?:stock|inventory|leads?|accounts?|ends?|debts?"
    r"|addresses|data|checks|deals?)\b)[a-z]+",
    re.IGNORECASE)

RESULT_DEEDS: dict[str, re.Pattern[str]] = {
    "Average Handle Time": _HANDLE_TIME,
    "First call resolution": _FIRST_CALL,
    "Inventory Accuracy": _STOCK_ACCURACY,
    "Renewal Management": _RENEWALS,
    "Root Cause Analysis": _CAUSE,
    "Troubleshooting": _NOT_WORKING,
}
