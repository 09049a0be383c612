"""The plain English verbs that do an action a skill's name calls by its noun: "fix" does
a repair, "find" a detection, "book" a scheduling. General English only, one line per
action noun, each verb a dictionary synonym of the action in every field (never one
posting's wording). Read by the resume's synonym deeds (``verb_synonyms.py``) and by the
deed index (``deeds.py``), so a posting's "find and fix leaks" and a resume's "fixed
leaks" name the same Leak repair.
"""

from __future__ import annotations

__all__ = ["DEED_SYNONYMS", "SYNONYM_VERBS"]

# The action noun of an ask (lower case, singular) -> verbs that do the same action,
# in their base form. General English only.
SYNONYM_VERBS: dict[str, tuple[str, ...]] = {
    "documentation": ("chart", "record", "log"),
    "preparation": ("cook", "draft", "prep", "run"),
    "inspection": ("check", "examine"),
    "repair": ("fix", "mend", "rebuild", "overhaul"),
    "training": ("teach", "instruct"),
    "management": ("oversee", "own", "keep", "run"),
    "supervision": ("oversee", "run", "lead"),
    "cleaning": ("wash", "scrub", "sanitize", "sanitise", "disinfect", "clear", "unclog", "snake"),
    "maintenance": ("maintain", "service"),
    "scheduling": ("book", "set"),
    "coordination": ("arrange", "organize", "organise", "set"),
    "writing": ("draft", "author"),
    "collection": ("gather", "take"),
    "installation": ("hang", "mount", "fit", "run", "set", "replace"),
    "picking": ("pull",),
    "routing": ("transfer", "direct", "forward"),
    "soldering": ("sweat",),
    "servicing": ("handle", "service"),
    "service": ("help", "assist", "serve"),
    "facilitation": ("lead", "run", "host"),
    "entry": ("enter", "key", "input"),
    "procurement": ("buy", "purchase", "source"),
    "reconciliation": ("reconcile", "balance"),
    "troubleshooting": ("diagnose",),
    "tracking": ("log", "monitor"),
    "monitoring": ("track", "watch"),
    "education": ("teach", "instruct", "coach"),
    "processing": ("handle", "take", "run"),
    "administration": ("give",),
    "submission": ("send",),
    "detection": ("find", "locate", "spot"),
    "arrangement": ("book", "arrange"),
    "reading": ("interpret",),
    # "Read rhythm strips", "read blueprints", "read EKGs": to read a record is to interpret it
    "interpretation": ("read",),
    "handling": ("sort", "move", "carry"),
    # a group led: "Run two- and three-person crews" is crew leadership
    "leadership": ("lead", "run", "head", "direct", "supervise"),
}

# The synonyms that name nothing but their action, read by the deed index in postings
# and resumes alike: "fix" or "rebuild" is always a repair, "sweat" a soldering. (A
# cleaning verb's object may be the place, not the thing: "snaked kitchen drains" is no
# Kitchen cleaning.) The others above ("run", "keep", "set", "take", "find", "lead") name many
# actions in a posting's duties ("run reports", "keep the site clean", "find
# intrusions") and are read only in a resume's lines, where the ask's own object
# stands beside them (``verb_synonyms``). "Diagnose" stays out too: "diagnose and repair
# electrical systems" asks for the systems, not Electrical Troubleshooting.
DEED_SYNONYMS: dict[str, tuple[str, ...]] = {
    "repair": ("fix", "mend", "rebuild", "overhaul"),
    "soldering": ("sweat",),
    "documentation": ("chart",),
    # "input new prescriptions", "input orders": to input a record is to enter it.
    "entry": ("input",),
}
