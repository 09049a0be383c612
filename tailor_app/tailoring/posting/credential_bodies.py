"""Letters that name the body granting a credential, not another field's tool.

"ACI Flatwork Finisher certification" in a concrete finisher's posting was read as
Azure Container Apps, "ASP or CSP certification" in a safety coordinator's as
Microsoft's ASP: the American Concrete Institute and the Associate Safety Professional
share their letters with software. Each such false ask became a false "missing" in the
match report. The letters stand where a credential's name begins: capitalised words or
numbers (or another credential's letters after "or") run from them to a credential word
("certification", "certified", "card", "license").

The reader drops such letters only when they are already a field outlier of the
posting (``context.field_outliers``: three capitals whose skill is of none of the
posting's main fields), so "AWS Certified Solutions Architect" in a cloud posting and
"ASE certified technician" in a garage's keep their skill; the credential itself is the
certificate finder's to read.
"""

from __future__ import annotations

import re

__all__ = ["body_after_credential", "body_before_credential", "names_a_credential",
           "names_a_grantor"]

# From the letters' end to a credential word: up to six capitalised words or numbers
# ("Concrete Field Testing Technician Grade I", "1104", "D1.1"), or "or"/"and"/"/" and
# another credential's letters ("ASP or CSP certification"), or a hyphen
# ("ACI-certified").
_TO_CREDENTIAL = re.compile(
    r"(?:(?:[ \t]+(?:or|and)|[ \t]*/)?[ \t]+[A-Z0-9][\w.:-]*){0,6}?[ \t]*[- \t]"
    r"(?:certifications?|certificates?|certified|credentials?|cards?|licen[cs]es?"
    r"|accredited|accreditation)\b")


def names_a_credential(text: str, end: int) -> bool:
    """Do the letters ending at ``end`` of ``text`` open a credential's name?"""
    return _TO_CREDENTIAL.match(text, end) is not None


# A credential word, then the body that grants it: "CRCST certification through HSPA",
# "an RRT credential from the NBRC", "a license issued by the FAA". What follows names
# who grants the paper, and the paper itself is the ask.
# A designation is named so too ("CPP designation granted by ..."), and the body may be
# said to grant, award or administer it ("a credential awarded by NCCPA").
_GRANTED_BEFORE = re.compile(
    r"\b(?:certifications?|certificates?|certified|credentials?|credentialed|licen[cs]es?"
    r"|licensed|registration|registered|accredited|accreditation|designations?)"
    r"(?:[ \t]+(?:issued|granted|awarded|conferred|administered|offered))?"
    r"[ \t]+(?:from|through|by|via)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# An old name given in brackets: "HSPA (formerly IAHCSMM)", "(previously NCCT)".
_FORMERLY = re.compile(r"\((?:formerly|previously|once)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


# For a name that is no acronym, the granting told plainly: a verb of granting, or one
# credential named by its capitals right before its word ("CPP or FPC credential from
# PayrollOrg"). "Maintain subcontractor certifications through ISNetworld", "track
# nurse licenses through Nursys" name the system the papers are kept in (review A2).
_GRANTED_PLAINLY = re.compile(
    r"(?:\b(?:issued|granted|awarded|conferred|administered|offered)"
    r"|(?<![\w-])[A-Z][\w&-]*[ \t]+(?:certification|certificate|credential|licen[cs]e"
    r"|designation|registration))"
    r"[ \t]+(?:from|through|by|via)[ \t]+(?:the[ \t]+)?$")


def names_a_grantor(text: str, start: int, plainly: bool = False) -> bool:
    """Does the term at ``start`` name the body granting a credential named just before
    it ("certification through HSPA", "credential from the NBRC"), or a body's former
    name in brackets ("(formerly IAHCSMM)")? Such letters are no skill asked. With
    ``plainly`` (a name that is no acronym) only a granting told plainly counts."""
    before = text[max(0, start - 48):start]
    if plainly:
        return _GRANTED_PLAINLY.search(before) is not None
    return _GRANTED_BEFORE.search(before) is not None or _FORMERLY.search(before) is not None


# The word a body's own generic credential is named by ("ASCP Certification").
_CREDENTIAL_TAIL = (" certification", " certified", " certificate", " credential")


def body_before_credential(text: str, start: int, end: int, name: str | None,
                           credentials: set[int]) -> bool:
    """Are the capitals at ``start:end`` the body that grants the credential named right
    after them, one space on ("NHA CPT", "ASCP PBT", "AMT RPT", "NBRC RRT")? Phlebotomy,
    lab and respiratory postings write each credential so; the credential is the ask, its
    grantor is no second one. ``credentials`` are where the posting's credential readings
    start; ``name`` is the vocabulary's skill for the letters, if any: only a body's
    generic credential ("ASCP Certification") gives way, so a list written without
    commas ("BLS ACLS") keeps each credential."""
    letters = text[start:end]
    if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return False
    if text[end:end + 1] != " " or end + 1 not in credentials:
        return False
    return name is None or (name.casefold().startswith(letters.casefold())
                            and name.casefold()[len(letters):] in _CREDENTIAL_TAIL)


# A credential's letters right before a bracket: "MLT(ASCP)", "PBT (ASCP)", "CPT (NHA)".
_CREDENTIAL_LETTERS_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,4}[A-Z][ \t]?\($")


def body_after_credential(text: str, start: int, end: int, name: str | None) -> bool:
    """Are the capitals at ``start:end`` the body granting the credential whose letters
    stand right before their bracket ("MLT(ASCP)", "PBT (ASCP)", "RMA (AMT)")? The lab's
    and the clinic's postings name each credential with its grantor so; the credential
    is the ask, and the body's generic credential ("ASCP Certification") is no second
    one. ``name`` is the vocabulary's skill for the letters, if any."""
    letters = text[start:end]
    if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return False
    if text[end:end + 1] != ")" or _CREDENTIAL_LETTERS_BEFORE.search(
            text, max(0, start - 9), start) is None:
        return False
    return name is None or (name.casefold().startswith(letters.casefold())
                            and name.casefold()[len(letters):] in _CREDENTIAL_TAIL)
