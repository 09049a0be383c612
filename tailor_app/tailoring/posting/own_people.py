"""The job's own people, however the posting names them: "our techs" in a Maintenance
Technician's posting, "our reps" in a Customer Service Representative's, "our front
office team" in a Receptionist's, "our kitchen team" in a Line Cook's.

Three readers set aside what the employer's *other* people do or hold ("our billing
team handles insurance claims", "our drivers all hold Class A CDLs" in a dispatcher's
posting, "join a warehouse where safety comes first"). Each must leave the hire's own
people alone, whose work and credentials are the job's: a five-letter stem alone
missed the short forms people write ("techs" is no "techn…", "reps" no "repre…") and
the team a worker is part of without sharing a word with the title (a receptionist's
front office). So a word meets the title by its stem, by one being the other's short
form (at least three letters: "tech", "rep", "admin"), by a listed abbreviation, or by
the team the title's worker belongs to (a small table by trade, not by posting).
"""

from __future__ import annotations

import re

__all__ = ["names_own_people", "same_work"]

_WORD = re.compile(r"[A-Za-z]{2,}")
# Small words that would be a short form of a longer one ("and" of "Android").
_SMALL = frozenset({"and", "the", "our", "for", "all", "any", "with", "who", "are", "its"})

# Abbreviations of a worker's name that share no first letters with it.
_ABBREVIATIONS = {
    "csr": ("representative", "agent"),
    "cna": ("assistant", "aide"),
    "rn": ("nurse",),
    "lpn": ("nurse",),
    "lvn": ("nurse",),
    "ma": ("assistant",),
    "para": ("paraprofessional", "aide"),
    "cdl": ("driver",),
}
# The team a worker is part of, named by its place or trade rather than the worker:
# a line cook's kitchen, a receptionist's front office, a technician's shop.
_TEAMS = {
    "receptionist": ("front", "reception", "patient"),
    "coordinator": ("front",),
    "cook": ("kitchen", "line", "culinary", "boh"),
    "chef": ("kitchen", "line", "culinary", "boh"),
    "dishwasher": ("kitchen", "boh"),
    "server": ("floor", "service", "foh"),
    "bartender": ("bar", "foh"),
    "host": ("floor", "foh", "front"),
    "technician": ("shop", "service", "maintenance", "field"),
    "mechanic": ("shop", "service", "maintenance", "fleet"),
    "driver": ("fleet", "delivery", "route", "transport"),
    "associate": ("floor", "store", "warehouse", "dock", "shipping", "receiving"),
    "picker": ("warehouse", "dock", "floor", "shipping"),
    "loader": ("warehouse", "dock", "shipping", "receiving"),
    "operator": ("plant", "floor", "production"),
    "agent": ("support", "service", "call", "contact", "care"),
    "representative": ("support", "service", "call", "contact", "care"),
    "nurse": ("nursing", "unit", "floor", "care"),
    "aide": ("nursing", "care", "classroom"),
    "teacher": ("teaching", "classroom", "grade"),
    "cashier": ("front", "register", "store"),
}


def _singular(word: str) -> str:
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper():
        return word[:-1].lower()  # "RNs", "CNAs": letters in the plural
    word = word.lower()
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _meets(word: str, own: str) -> bool:
    """Does ``word`` (of the posting) name the worker or trade the title word ``own``
    names: the same stem, a short form of it, or a listed abbreviation?"""
    if word == own or (len(word) >= 5 and word[:5] == own[:5]):
        return True
    short, long_ = sorted((word, own), key=len)
    if len(short) >= 3 and short not in _SMALL and long_.startswith(short):
        return True  # "tech" / "technician", "rep" / "representative"
    return own in _ABBREVIATIONS.get(word, ()) or word in _ABBREVIATIONS.get(own, ())


def names_own_people(words: str, title: str | None, head_only: bool = False) -> bool:
    """Do ``words`` ("our techs", "front office team") name the people of the job
    ``title`` names? ``head_only``: only the title's worker (its last word, "Driver" of
    "CDL-A Driver"), not its other words, counts; for a place described, where a word
    of the trade ("warehouse") is no person."""
    if not title:
        return False
    bare = re.sub(r"\([^)]*\)", " ", title)
    own = [_singular(w) for w in _WORD.findall(bare)]
    if not own:
        return False
    if head_only:
        own = own[-1:]
    said = [_singular(w) for w in _WORD.findall(words)]
    for word in said:
        for mine in own:
            if _meets(word, mine) or word in _TEAMS.get(mine, ()):
                return True
    return False


# Workers one job is called by in different words: a Home Health Aide's posting tells
# the job's duties of "our caregivers", a Warehouse Associate's of "pickers" and
# "material handlers", a nurse's of "clinicians". Each set is one job's names, not a
# trade's ranks (a line cook is no chef, an apprentice no foreman).
_SAME_WORK = tuple(frozenset(group.split()) for group in (
    "aide caregiver hha cna stna companion attendant caretaker dsp carer",
    "nurse rn lpn lvn clinician",
    "associate picker packer handler loader selector sorter stocker receiver shipper"
    " clerk member crew worker teammate",
    "representative rep agent advisor adviser specialist consultant executive",
    "technician tech mechanic",
    "teacher educator instructor",
    "paraprofessional para paraeducator aide",
    "cashier clerk associate",
))


def same_work(noun: str, title: str | None) -> bool:
    """Is ``noun`` ("caregivers", "pickers") another name of a worker the ``title``
    names ("Home Health Aide", "Warehouse Associate")?"""
    if not title:
        return False
    word = _singular(noun)
    titled = {_singular(w) for w in _WORD.findall(re.sub(r"\([^)]*\)", " ", title))}
    return any(word in group and titled & group for group in _SAME_WORK)
